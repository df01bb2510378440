from django.http import HttpResponse
from django.utils.cache import add_never_cache_headers


def private_response(response: HttpResponse, *, status: int | None = None) -> HttpResponse:
    """Mark a page that shows per-learner state so no shared cache ever stores it."""
    if status is not None:
        response.status_code = status
    add_never_cache_headers(response)
    return response
