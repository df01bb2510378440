from time import time as now

from django.conf import settings
from django.core.cache import cache


def allow(*, key: str, limit: int, window_seconds: int) -> bool:
    """Count a hit against `key`; False once `limit` hits fall in the current fixed window.

    Uses the shared cache, so the limit holds across worker processes. The window is part of
    the cache key, so a cache that re-saves counters with its own timeout cannot stretch it.
    """
    window = int(now() // window_seconds)
    cache_key = f"ratelimit:{key}:{window}"
    cache.add(cache_key, 0, timeout=window_seconds * 2)
    try:
        return cache.incr(cache_key) <= limit
    except ValueError:  # evicted between add and incr
        return True


def client_ip(request) -> str:
    """The client's address; behind a proxy, from the header it sets (CLIENT_IP_HEADER)."""
    header = getattr(settings, "CLIENT_IP_HEADER", "")
    forwarded = request.META.get(header, "") if header else ""
    return forwarded.split(",")[0].strip() or request.META.get("REMOTE_ADDR", "")
