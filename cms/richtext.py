"""Rendering rich text in streams without one query per block, and once per page revision.

Wagtail expands each rich text value's page links with a query of its own, so a module with
a hundred paragraphs would make a hundred queries. `render_stream` finds every page link in a
stream first, loads those pages in one query, and lets the link handler read from that.

`cached_stream` keeps a page's rendered body in the shared cache under Wagtail's
`Page.cache_key` (which changes when the page is published or moved), the language and the
content generation (`cms.content_cache`), which any published page, condition or image
changes (the body shows their titles, links and renditions). Previews are always rendered
fresh.
"""

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from django.core.cache import cache
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from wagtail.models import Page
from wagtail.rich_text.pages import PageLinkHandler as WagtailPageLinkHandler
from wagtail.rich_text.rewriters import extract_attrs

from cms.content_cache import content_generation

_PAGE_LINK = re.compile(r"<a(\b[^>]*\blinktype=\"page\"[^>]*)>")
_prefetched_pages: ContextVar[dict[str, Page] | None] = ContextVar("prefetched_pages", default=None)


class PageLinkHandler(WagtailPageLinkHandler):
    """Wagtail's page link handler, reading pages loaded by `prefetch_page_links` first."""

    @classmethod
    def get_many(cls, attrs_list: list[dict]) -> list[Page | None]:
        known = _prefetched_pages.get()
        if known is None:
            return super().get_many(attrs_list)
        ids = [str(attrs.get("id")) for attrs in attrs_list]
        missing = [{"id": id_} for id_ in ids if id_ not in known]
        if missing:
            known.update((str(page.pk), page) for page in super().get_many(missing) if page)
        return [known.get(id_) for id_ in ids]


def _strings(raw: Any) -> Iterator[str]:
    if isinstance(raw, str):
        yield raw
    elif isinstance(raw, dict):
        for value in raw.values():
            yield from _strings(value)
    elif isinstance(raw, list | tuple):
        for value in raw:
            yield from _strings(value)


def page_link_ids(raw_stream: Any) -> set[str]:
    return {
        extract_attrs(match.group(1)).get("id", "")
        for text in _strings(raw_stream)
        if 'linktype="page"' in text
        for match in _PAGE_LINK.finditer(text)
    } - {""}


@contextmanager
def prefetch_page_links(stream_value) -> Iterator[None]:
    ids = page_link_ids(list(stream_value.raw_data))
    pages = {str(page.pk): page for page in Page.objects.filter(pk__in=ids)} if ids else {}
    token = _prefetched_pages.set(pages)
    try:
        yield
    finally:
        _prefetched_pages.reset(token)


def render_stream(stream_value, *, context: dict) -> SafeString:
    with prefetch_page_links(stream_value):
        return stream_value.render_as_block(context=context)


BODY_CACHE_SECONDS = 60 * 60 * 24


def cached_stream(page, stream_value, *, request) -> SafeString:
    """`render_stream` of `page`'s `stream_value`, cached per revision (see above)."""
    context = {"page": page, "request": request}
    if getattr(request, "is_preview", False):
        return render_stream(stream_value, context=context)
    key = f"stream:{page.cache_key}:{get_language()}:{content_generation()}"
    html = cache.get(key)
    if html is None:
        html = str(render_stream(stream_value, context=context))
        cache.set(key, html, BODY_CACHE_SECONDS)
    return mark_safe(html)  # noqa: S308 - our own rendering, stored as it was rendered
