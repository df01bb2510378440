from django.core.cache import cache


def allow(*, key: str, limit: int, window_seconds: int) -> bool:
    """Count a hit against `key`; False once `limit` hits fall in the current window.

    Uses the shared cache, so the limit holds across worker processes.
    """
    cache_key = f"ratelimit:{key}"
    if cache.add(cache_key, 1, timeout=window_seconds):
        return True
    try:
        return cache.incr(cache_key) <= limit
    except ValueError:  # expired between add and incr
        cache.add(cache_key, 1, timeout=window_seconds)
        return True


def client_ip(request) -> str:
    return request.META.get("REMOTE_ADDR", "")
