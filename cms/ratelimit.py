from time import time as now

from django.conf import settings
from django.core.cache import cache


def allow(*, key: str, limit: int, window_seconds: int) -> bool:
    """Count a hit against `key`; False once `limit` hits fall in the current fixed window.

    Uses the shared cache, so the limit holds across worker processes; with Redis (required
    in production) the count is one atomic INCR, so concurrent requests cannot overshoot.
    The window is part of the cache key, so a cache that re-saves counters with its own
    timeout cannot stretch it.
    """
    window = int(now() // window_seconds)
    cache_key = f"ratelimit:{key}:{window}"
    cache.add(cache_key, 0, timeout=window_seconds * 2)
    try:
        return cache.incr(cache_key) <= limit
    except ValueError:  # evicted between add and incr
        return True


def client_ip(request) -> str:
    """The client's address: REMOTE_ADDR, or behind TRUSTED_PROXY_COUNT proxies the
    X-Forwarded-For entry the outermost of them added (the same rule allauth applies)."""
    count = settings.TRUSTED_PROXY_COUNT
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    if count and len(forwarded) >= count and forwarded[-count]:
        return forwarded[-count]
    return request.META.get("REMOTE_ADDR", "")
