import statistics


def report(title: str, rows: list[tuple]) -> None:
    """Print a small table; `make bench` shows it (pytest -s)."""
    print(f"\n{title}")  # noqa: T201
    for row in rows:
        print("  " + " | ".join(str(cell) for cell in row))  # noqa: T201


def summary(seconds: list[float]) -> str:
    ordered = sorted(seconds)
    p95 = ordered[max(0, int(len(ordered) * 0.95) - 1)]
    median = statistics.median(ordered)
    return f"median {median * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms (n={len(ordered)})"
