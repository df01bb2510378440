"""What every admin report view shares."""

from django.urls import URLPattern, path


def report_paths(route: str, view, name: str) -> list[URLPattern]:
    """A Wagtail report's page and the results-only address its filters reload."""
    return [
        path(route, view.as_view(), name=name),
        path(f"{route}results/", view.as_view(results_only=True), name=f"{name}_results"),
    ]
