"""The floor: the cheapest page the site can serve behind its full middleware, and the URL
configuration of the load test (the site's own URLs plus /_floor/).

Every other page's throughput is compared with it, so the comparison shows what a page adds
to the cost every request pays anyway (WSGI, middleware, headers). Mounted only by
tests/perf/loadtest/settings.py; the real site has no such URL.
"""

from django.http import HttpResponse
from django.urls import include, path


def floor(request):
    """A few bytes of plain text: no template, no query, no session read."""
    return HttpResponse(b"floor\n", content_type="text/plain; charset=utf-8")


urlpatterns = [
    path("_floor/", floor, name="loadtest_floor"),
    path("", include("config.urls")),
]
