"""What every page view reads from published content, kept until that content changes.

The content generation is a token in the shared cache. Any published, unpublished, moved or
saved page, site, view restriction, condition, image, provider setting or renewal rule starts
a new one (`content_changed`, connected in courses.apps), and so does an empty cache. Module
bodies are cached under it in the shared cache (`cms.richtext.cached_stream`); the site, page
addresses, course outlines, the provider's details and renewal rules are kept in each process
by `remembered`, and dropped together when the generation changes.
"""

import secrets
from collections.abc import Callable, Hashable
from contextvars import ContextVar
from typing import TypeVar

from django.core.cache import cache
from django.db import transaction

GENERATION_KEY = "content-generation"
T = TypeVar("T")

# Within a request the generation is read once: `read_once_per_request` keeps it here.
_request_generation: ContextVar[dict | None] = ContextVar("request_generation", default=None)
_remembered: dict[Hashable, object] = {}
_remembered_generation: list[str | None] = [None]


def content_generation() -> str:
    kept = _request_generation.get()
    if kept:
        return kept["generation"]
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, secrets.token_hex(8), timeout=None)
        generation = cache.get(GENERATION_KEY)
    if kept is not None:
        kept["generation"] = generation
    return generation


def _new_generation() -> None:
    cache.set(GENERATION_KEY, secrets.token_hex(8), timeout=None)
    if kept := _request_generation.get():
        kept.clear()  # this request reads the new one


def content_changed(**kwargs) -> None:
    """Everything kept under the current generation is stale. A new generation starts now,
    and again once the change is committed: a request that read the content before the commit
    may have kept it under the generation started now."""
    _new_generation()
    transaction.on_commit(_new_generation)


class ContentGenerationMiddleware:
    """Each request reads the content generation once, however much it reads under it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _request_generation.set({})
        try:
            return self.get_response(request)
        finally:
            _request_generation.reset(token)


def _current() -> dict[Hashable, object]:
    generation = content_generation()
    if generation != _remembered_generation[0]:
        _remembered.clear()
        _remembered_generation[0] = generation
    return _remembered


def remembered(key: Hashable, build: Callable[[], T]) -> T:
    """`build()`, kept in this process for the current content generation. For what is read
    from published content on every request; callers must not change what it returns."""
    kept = _current()
    if key not in kept:
        kept[key] = build()
    return kept[key]


def remembered_each(kind: str, ids: list[int], build: Callable[[list[int]], dict]) -> dict:
    """`remembered` for many objects of one `kind` at once: `build(ids)` reads, in one go,
    those of `ids` not kept yet and returns their values by id."""
    kept = _current()
    missing = [pk for pk in ids if (kind, pk) not in kept]
    if missing:
        for pk, value in build(missing).items():
            kept[(kind, pk)] = value
    return {pk: kept[(kind, pk)] for pk in ids}
