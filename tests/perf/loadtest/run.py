"""Run the load test once and write var/loadtest/bench-results.json: see
tests/perf/loadtest/__init__.py for what it does and how to read the results.

    .venv/bin/python -m tests.perf.loadtest.run [--users 20] [--duration 60] [--workers 5]
"""

import argparse
import contextlib
import hashlib
import importlib.metadata
import json
import math
import os
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

BASE_DIR = Path(__file__).resolve().parents[3]
SETTINGS = "tests.perf.loadtest.settings"
LOCUSTFILE = Path(__file__).with_name("locustfile.py")
DATABASE_SUFFIX = "_loadtest"
ACCESS_LOG_FORMAT = "%({x-load-name}i)s\t%(s)s\t%(D)s"
ORDER = [
    "floor",
    "home",
    "catalog",
    "course (learner)",
    "module (learner)",
    "quiz landing (learner)",
    "dashboard (learner)",
    "certificate download",
    "verify (anonymous)",
    "exam: start",
    "exam: attempt page",
    "exam: autosave",
    "exam: submit",
    "exam: result",
]
STOP_SECONDS = 20  # what a child gets after SIGTERM before its process group is killed


class RunFailed(Exception):
    """A step of the run failed; the message says which and where its log is."""


def say(message: str) -> None:
    print(f"loadtest: {message}", flush=True)  # noqa: T201


# --- results ---------------------------------------------------------------------------


def attempts_check(counts: dict[str, dict[str, int]], *, learners: int, spikes: int) -> dict:
    """Whether every learner has exactly one graded final-exam attempt per spike and none left
    open (`counts`: learner -> status -> attempts)."""
    expected = {"graded": spikes} if spikes else {}
    wrong = {email: c for email, c in counts.items() if c != expected}
    missing = learners - len(counts) if spikes else 0
    return {
        "learners": learners,
        "as_expected": learners - missing - len(wrong),
        "wrong": {**wrong, **({"(no attempt)": missing} if missing else {})},
    }


def percentile(ordered: list[float], q: float) -> float | None:
    """Nearest-rank percentile of an ascending list (None when empty)."""
    if not ordered:
        return None
    return ordered[max(0, math.ceil(q / 100 * len(ordered)) - 1)]


def parse_access_log(lines) -> dict[str, list[float]]:
    """Server time (ms) of each request, by the endpoint name the client sent (X-Load-Name).
    Requests without a name (readiness checks, warm-up) are left out."""
    times: dict[str, list[float]] = {}
    for line in lines:
        parts = line.rstrip("\n").split("\t")
        if len(parts) != 3 or parts[0] in {"", "-"}:
            continue
        try:
            milliseconds = int(parts[2]) / 1000
        except ValueError:
            continue
        times.setdefault(parts[0], []).append(milliseconds)
    return times


def summarize(samples: dict, server_ms: dict[str, list[float]]) -> dict:
    """Per endpoint: requests, requests/s, client-side p50/p95/p99, server time, the
    estimated requests/s if it were the whole load ("solo"), its ratio to the floor's, and
    its outcomes: errors (5xx, connection errors, any other unexpected status) apart from the
    4xx that real use produces."""
    duration = samples["stopped"] - samples["started"]
    total_server = sum(sum(times) for times in server_ms.values()) / 1000
    busy = total_server / duration if duration > 0 else 0.0  # workers busy on average
    names = sorted(samples["endpoints"], key=lambda n: (ORDER.index(n) if n in ORDER else 99, n))
    endpoints, means = {}, {}
    for name in names:
        data = samples["endpoints"][name]
        statuses = {int(code): count for code, count in data["statuses"].items()}
        ok = sum(count for code, count in statuses.items() if code in data["ok"])
        expected = sum(c for code, c in statuses.items() if code in data["expected_4xx"])
        server_errors = sum(c for code, c in statuses.items() if code >= 500)
        connection_errors = statuses.get(0, 0)
        unexpected = {
            str(code): count
            for code, count in statuses.items()
            if code not in data["ok"]
            and code not in data["expected_4xx"]
            and code != 0
            and code < 500
        }
        latencies = sorted(data["latencies_ms"])
        served = server_ms.get(name, [])
        mean_server = statistics.fmean(served) if served else None
        means[name] = mean_server
        endpoints[name] = {
            "requests": len(latencies),
            "requests_per_s": round(len(latencies) / duration, 2),
            "p50_ms": rounded(percentile(latencies, 50)),
            "p95_ms": rounded(percentile(latencies, 95)),
            "p99_ms": rounded(percentile(latencies, 99)),
            "server_mean_ms": rounded(mean_server),
            "server_p50_ms": rounded(percentile(sorted(served), 50)),
            "solo_requests_per_s": rounded(busy / (mean_server / 1000)) if mean_server else None,
            "ok": ok,
            "expected_4xx": expected,
            "server_errors": server_errors,
            "connection_errors": connection_errors,
            "unexpected_statuses": unexpected,
            "errors": server_errors + connection_errors + sum(unexpected.values()),
        }
    floor = means.get("floor")
    for name, result in endpoints.items():
        mean = means.get(name)
        result["ratio_to_floor"] = round(floor / mean, 4) if mean and floor else None
    requests = sum(result["requests"] for result in endpoints.values())
    return {
        "duration_s": round(duration, 1),
        "requests": requests,
        "requests_per_s": round(requests / duration, 2) if duration > 0 else None,
        "busy_workers": round(busy, 2),
        "errors": sum(result["errors"] for result in endpoints.values()),
        "expected_4xx": sum(result["expected_4xx"] for result in endpoints.values()),
        "endpoints": endpoints,
    }


def rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def table(summary: dict) -> str:
    """The results as a fixed-width text table."""
    columns = [
        ("endpoint", "{}", 24),
        ("req", "{}", 6),
        ("req/s", "{:.1f}", 7),
        ("p50 ms", "{:.1f}", 8),
        ("p95 ms", "{:.1f}", 8),
        ("p99 ms", "{:.1f}", 8),
        ("srv ms", "{:.1f}", 8),
        ("solo/s", "{:.0f}", 7),
        ("x floor", "{:.3f}", 8),
        ("errors", "{}", 7),
        ("4xx ok", "{}", 7),
    ]
    keys = [
        None,
        "requests",
        "requests_per_s",
        "p50_ms",
        "p95_ms",
        "p99_ms",
        "server_mean_ms",
        "solo_requests_per_s",
        "ratio_to_floor",
        "errors",
        "expected_4xx",
    ]
    lines = [
        columns[0][0].ljust(columns[0][2])
        + "".join(title.rjust(width) for title, _, width in columns[1:])
    ]
    for name, result in summary["endpoints"].items():
        cells = [name[: columns[0][2] - 1].ljust(columns[0][2])]
        for (_, fmt, width), key in zip(columns[1:], keys[1:], strict=True):
            value = result[key]
            cells.append(("-" if value is None else fmt.format(value)).rjust(width))
        lines.append("".join(cells))
    lines.append(
        f"total {summary['requests']} requests in {summary['duration_s']} s = "
        f"{summary['requests_per_s']} req/s; workers busy {summary['busy_workers']}; "
        f"errors {summary['errors']}; expected 4xx {summary['expected_4xx']}"
    )
    return "\n".join(lines)


# --- processes -------------------------------------------------------------------------


@dataclass
class Children:
    """Every process the run starts, each in its own process group, stopped in `stop_all`."""

    logs: Path
    running: dict[str, subprocess.Popen] = field(default_factory=dict)

    def start(self, name: str, command: list[str], env: dict[str, str]) -> subprocess.Popen:
        log = (self.logs / f"{name}.log").open("ab")
        process = subprocess.Popen(  # noqa: S603
            command,
            env=env,
            cwd=BASE_DIR,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            process_group=0,
        )
        log.close()
        self.running[name] = process
        return process

    def run(self, name: str, command: list[str], env: dict[str, str], timeout: float) -> float:
        """Run a step to completion and return its seconds; RunFailed if it fails or
        overruns."""
        say(f"{name} ...")
        began = time.monotonic()
        process = self.start(name, command, env)
        try:
            code = process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.stop(name)
            raise RunFailed(
                f"{name} took over {timeout:.0f} s; see {self.logs / name}.log"
            ) from None
        del self.running[name]
        if code:
            raise RunFailed(f"{name} exited with {code}; see {self.logs / name}.log")
        seconds = time.monotonic() - began
        say(f"{name} done in {seconds:.1f} s")
        return round(seconds, 1)

    def stop(self, name: str) -> None:
        """SIGTERM, then SIGKILL to the whole process group after STOP_SECONDS."""
        process = self.running.pop(name, None)
        if process is None:
            return
        if process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=STOP_SECONDS)
            except subprocess.TimeoutExpired:
                say(f"{name} (pid {process.pid}) did not stop; killing its process group")
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)  # workers or helpers left behind
        process.wait()

    def stop_all(self) -> None:
        for name in reversed(list(self.running)):
            self.stop(name)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str, headers: dict[str, str] | None = None) -> int:
    request = urllib.request.Request(url, headers=headers or {})  # noqa: S310 - loopback only
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
            response.read()
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def wait_ready(url: str, server: subprocess.Popen, timeout: float, log: Path) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RunFailed(f"gunicorn exited with {server.returncode}; see {log}")
        with contextlib.suppress(OSError):
            if fetch(url) == 200:
                return
        time.sleep(0.3)
    raise RunFailed(f"gunicorn did not answer {url} within {timeout:.0f} s; see {log}")


def warm_up(origin: str, plan: dict, workers: int) -> None:
    """Load the application and compile the templates in every worker before measuring."""
    learner = plan["learners"][0]
    cookie = {"Cookie": f"{plan['session_cookie']}={learner['session']}"}
    pages = [
        (plan["floor"], {}),
        (plan["home"], {}),
        (plan["catalog"], {}),
        (learner["verify"], {}),
        (plan["course"], cookie),
        (plan["modules"][0], cookie),
        (plan["quiz"], cookie),
        (plan["exam"], cookie),
        (plan["dashboard"], cookie),
        (learner["certificate"], cookie),
    ]
    jobs = [
        (origin + path, {**headers, "X-Forwarded-For": f"192.0.2.{n % 250 + 1}"})
        for n, (path, headers) in enumerate(pages * (workers * 2))
    ]
    with ThreadPoolExecutor(max_workers=workers * 2) as pool:
        statuses = list(pool.map(lambda job: fetch(*job), jobs))
    failed = sorted({url for (url, _), status in zip(jobs, statuses, strict=True) if status != 200})
    if failed:
        raise RunFailed(f"warm-up requests failed: {', '.join(failed)}")


def static_fingerprint() -> str:
    """What the collected static files depend on: the project's static files (path, size,
    modification time) and every installed distribution's version."""
    digest = hashlib.sha256()
    for folder in sorted(BASE_DIR.glob("*/static")):
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                stat = path.stat()
                digest.update(
                    f"{path.relative_to(BASE_DIR)}|{stat.st_size}|{stat.st_mtime_ns}\n".encode()
                )
    versions = sorted(
        f"{dist.metadata['Name']}=={dist.version}" for dist in importlib.metadata.distributions()
    )
    digest.update("\n".join(versions).encode())
    return digest.hexdigest()


# --- databases -------------------------------------------------------------------------


def postgres_database(url: str) -> tuple[str, str, str]:
    """(name of the run's database, its URL, a URL of the same server's maintenance
    database) for the caller's DATABASE_URL."""
    parts = urlsplit(url)
    name = parts.path.lstrip("/") or "postgres"
    own = name + DATABASE_SUFFIX
    return (
        own,
        urlunsplit(parts._replace(path="/" + own)),
        urlunsplit(parts._replace(path="/postgres")),
    )


def postgres_recreate(admin_url: str, name: str, *, create: bool) -> None:
    """Drop the database `name` (closing its connections), then create it if `create`."""
    import psycopg
    from psycopg import sql

    with psycopg.connect(admin_url, autocommit=True) as connection:
        connection.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )
        if create:
            connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def redis_flush(url: str) -> None:
    import redis

    redis.Redis.from_url(url, socket_connect_timeout=3).flushdb()


# --- the run ---------------------------------------------------------------------------


def server_environment(
    *, var_dir: Path, port: int, redis_url: str, database_url: str | None
) -> dict[str, str]:
    """Production settings (plus /_floor/) with what they require, for local use only."""
    env = {
        name: value
        for name, value in os.environ.items()
        if name
        not in {"DATABASE_URL", "SQLITE_PATH", "MEDIA_ROOT", "PRIVATE_MEDIA_ROOT", "REDIS_URL"}
        and not name.startswith(("LOCUST_", "LOADTEST_"))
    }
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": SETTINGS,
            "VAR_DIR": str(var_dir),
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "127.0.0.1",
            "BASE_URL": f"https://127.0.0.1:{port}",
            "REDIS_URL": redis_url,
            "SECURE_SSL_REDIRECT": "0",
            # One TLS-terminating proxy in front: X-Forwarded-For carries each visitor's address.
            "TRUSTED_PROXY_COUNT": "1",
            "EMAIL_BACKEND": "django.core.mail.backends.dummy.EmailBackend",
            "PYTHONUNBUFFERED": "1",
            # Certificates are signed, as in production: a throwaway key made for this run.
            "CERTIFICATE_SIGNING_PKCS12": str(var_dir / "signing" / "loadtest.p12"),
            "CERTIFICATE_SIGNING_PASSWORD": secrets.token_urlsafe(16),
        }
    )
    if database_url:
        env["DATABASE_URL"] = database_url
    return env


def gunicorn_command(*, port: int, workers: int, logs: Path) -> list[str]:
    command = [
        sys.executable,
        "-m",
        "gunicorn",
        "config.wsgi:application",
        "--bind",
        f"127.0.0.1:{port}",
        "--workers",
        str(workers),
        "--access-logfile",
        str(logs / "access.log"),
        "--access-logformat",
        ACCESS_LOG_FORMAT,
        "--graceful-timeout",
        "10",
    ]
    if int(importlib.metadata.version("gunicorn").split(".")[0]) >= 27:
        # Otherwise every gunicorn 27 server on the machine shares one socket in $HOME.
        command.append("--no-control-socket")
    return command


def locust_command(*, port: int, users: int, duration: int) -> list[str]:
    return [
        sys.executable,
        "-m",
        "locust",
        "-f",
        str(LOCUSTFILE),
        "--headless",
        "--users",
        str(users),
        "--spawn-rate",
        str(users),
        "--run-time",
        f"{duration}s",
        "--stop-timeout",
        "0",
        "--host",
        f"http://127.0.0.1:{port}",
        "--only-summary",
        "--loglevel",
        "WARNING",
    ]


def git_commit() -> str | None:
    try:
        return subprocess.run(  # noqa: S603
            ["git", "rev-parse", "--short", "HEAD"],  # noqa: S607
            cwd=BASE_DIR,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None


def raise_keyboard_interrupt(signum, frame):
    raise KeyboardInterrupt


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m tests.perf.loadtest.run",
        description="Load test on loopback: fresh database, seeded data, gunicorn with the "
        "production settings, locust headless; writes bench-results.json. SQLite, or the "
        "PostgreSQL server of DATABASE_URL (a database named after it + '_loadtest' is "
        "created and dropped).",
    )
    parser.add_argument("--users", type=int, default=20, help="locust users (default 20)")
    parser.add_argument("--duration", type=int, default=60, help="seconds of load (default 60)")
    parser.add_argument("--workers", type=int, default=5, help="gunicorn workers (default 5)")
    parser.add_argument(
        "--spikes", type=int, default=2, help="exam-start spikes in the run (default 2)"
    )
    parser.add_argument(
        "--redis-url",
        default="redis://127.0.0.1:6379/11",
        help="Redis database for the cache; flushed before and after (default db 11)",
    )
    parser.add_argument(
        "--fresh-static",
        action="store_true",
        help="collect the static files again even if nothing they depend on changed",
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=BASE_DIR / "var" / "loadtest",
        help="where the run's folder and bench-results.json go (default var/loadtest)",
    )
    args = parser.parse_args(argv)
    for name in ("users", "duration", "workers"):
        if getattr(args, name) < 1:
            parser.error(f"--{name} must be 1 or more")
    if args.spikes < 0:
        parser.error("--spikes must be 0 or more")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    began = time.monotonic()
    signal.signal(signal.SIGTERM, raise_keyboard_interrupt)
    database_url = os.environ.get("DATABASE_URL")
    if database_url and not urlsplit(database_url).scheme.startswith("postgres"):
        say("DATABASE_URL must be a postgres:// URL (or unset for SQLite)")
        return 2
    vendor = "postgresql" if database_url else "sqlite"
    var_dir = (args.out / vendor).resolve()
    shutil.rmtree(var_dir, ignore_errors=True)
    logs = var_dir / "logs"
    logs.mkdir(parents=True)
    port = free_port()
    origin = f"https://127.0.0.1:{port}"
    own_database = admin_url = None
    if database_url:
        own_database, database_url, admin_url = postgres_database(database_url)
    static_root = (args.out / "static").resolve()
    env = server_environment(
        var_dir=var_dir, port=port, redis_url=args.redis_url, database_url=database_url
    )
    env["LOADTEST_STATIC_ROOT"] = str(static_root)
    manage = [sys.executable, str(BASE_DIR / "manage.py")]
    children = Children(logs)
    phases: dict[str, float] = {}
    load_before = os.getloadavg()
    try:
        if own_database:
            say(f"PostgreSQL: creating database {own_database}")
            postgres_recreate(admin_url, own_database, create=True)
        redis_flush(args.redis_url)

        children.run(
            "signing key",
            [
                *manage,
                "signing_dev_certificate",
                "--path",
                env["CERTIFICATE_SIGNING_PKCS12"],
                "--name",
                "Load test provider",
            ],
            {**env, "DJANGO_SETTINGS_MODULE": "config.settings.dev"},
            120,
        )
        phases["migrate_s"] = children.run(
            "migrate", [*manage, "migrate", "--noinput", "--skip-checks"], env, 900
        )
        fingerprint = static_fingerprint()
        stamp = args.out / "static.fingerprint"
        current = stamp.exists() and stamp.read_text() == fingerprint
        if current and (static_root / "staticfiles.json").exists() and not args.fresh_static:
            say(f"static files in {static_root} are current")
            phases["collectstatic_s"] = 0.0
        else:
            shutil.rmtree(static_root, ignore_errors=True)
            phases["collectstatic_s"] = children.run(
                "collectstatic",
                [*manage, "collectstatic", "--noinput", "--verbosity", "0", "--skip-checks"],
                env,
                900,
            )
            stamp.write_text(fingerprint)
        plan_path = var_dir / "plan.json"
        seed = [sys.executable, "-m", "tests.perf.loadtest.seed"]
        learners = ["--learners", str(args.users), "--plan", str(plan_path)]
        phases["seed_s"] = children.run("seed", [*seed, *learners], env, 900)
        plan = json.loads(plan_path.read_text())

        mark = time.monotonic()
        say(f"gunicorn: {args.workers} workers on 127.0.0.1:{port}")
        server = children.start(
            "gunicorn", gunicorn_command(port=port, workers=args.workers, logs=logs), env
        )
        wait_ready(f"http://127.0.0.1:{port}{plan['floor']}", server, 60, logs / "gunicorn.log")
        warm_up(f"http://127.0.0.1:{port}", plan, args.workers)
        (logs / "access.log").write_text("")  # only the measured requests from here on
        phases["server_start_s"] = round(time.monotonic() - mark, 1)

        mark = time.monotonic()
        samples_path = var_dir / "samples.json"
        locust_env = {
            **{k: v for k, v in os.environ.items() if not k.startswith("LOCUST_")},
            "LOADTEST_PLAN": str(plan_path),
            "LOADTEST_SAMPLES": str(samples_path),
            "LOADTEST_USERS": str(args.users),
            "LOADTEST_DURATION": str(args.duration),
            "LOADTEST_SPIKES": str(args.spikes),
            "LOADTEST_ORIGIN": origin,
        }
        say(f"locust: {args.users} users for {args.duration} s, {args.spikes} exam-start spike(s)")
        locust = children.start(
            "locust",
            locust_command(port=port, users=args.users, duration=args.duration),
            locust_env,
        )
        try:
            locust.wait(timeout=args.duration + 60)
        except subprocess.TimeoutExpired:
            raise RunFailed(f"locust overran; see {logs / 'locust.log'}") from None
        children.stop("locust")
        phases["load_s"] = round(time.monotonic() - mark, 1)
        if server.poll() is not None:
            raise RunFailed(f"gunicorn died during the run; see {logs / 'gunicorn.log'}")
        children.stop("gunicorn")  # flushes the access log
        counts_path = var_dir / "exam-attempts.json"
        count = ["--count-attempts", str(counts_path)]
        children.run("attempt count", [*seed, *count], env, 120)
        exam_attempts = attempts_check(
            json.loads(counts_path.read_text()), learners=args.users, spikes=args.spikes
        )
        if not samples_path.exists():
            raise RunFailed(f"locust wrote no samples; see {logs / 'locust.log'}")
        samples = json.loads(samples_path.read_text())
        with (logs / "access.log").open() as access:
            summary = summarize(samples, parse_access_log(access))
    except RunFailed as failure:
        say(f"FAILED: {failure}")
        return 2
    except KeyboardInterrupt:
        say("interrupted; stopping everything")
        return 130
    finally:
        children.stop_all()
        with contextlib.suppress(Exception):
            redis_flush(args.redis_url)
        if own_database:
            try:
                postgres_recreate(admin_url, own_database, create=False)
                say(f"PostgreSQL: dropped database {own_database}")
            except Exception as error:  # reported; the run's outcome stands
                say(f"PostgreSQL: could not drop {own_database}: {error}")

    expected = [name for name in ORDER if args.spikes or not name.startswith("exam: ")]
    missing = [name for name in expected if name not in summary["endpoints"]]
    results = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "commit": git_commit(),
        "database": vendor,
        "users": args.users,
        "workers": args.workers,
        "spikes": args.spikes,
        "cpus": os.cpu_count(),
        "load_average_before": [round(x, 2) for x in load_before],
        "load_average_after": [round(x, 2) for x in os.getloadavg()],
        **phases,
        "total_s": round(time.monotonic() - began, 1),
        "not_measured": missing,
        "exam_attempts": exam_attempts,
        **summary,
    }
    text = json.dumps(results, indent=2)
    (args.out / "bench-results.json").write_text(text)
    (args.out / f"bench-results-{vendor}.json").write_text(text)
    print(f"\nLoad test ({vendor}, {args.users} users, {args.workers} workers)")  # noqa: T201
    print(table(summary))  # noqa: T201
    say(f"results in {args.out / 'bench-results.json'}; logs in {logs}")
    say(f"total {results['total_s']} s")
    say(
        f"exam attempts: {exam_attempts['learners']} learners, "
        f"{exam_attempts['as_expected']} with exactly one graded attempt per spike"
    )
    if summary["errors"] or missing or exam_attempts["wrong"]:
        if missing:
            say(f"not measured: {', '.join(missing)}")
        if exam_attempts["wrong"]:
            say(f"wrong attempt counts: {exam_attempts['wrong']}")
        say(f"FAILED: {summary['errors']} errors")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
