from django.contrib.auth.views import redirect_to_login
from django.http import HttpResponse, HttpResponseNotAllowed
from django.utils.cache import add_never_cache_headers


def private_response(response: HttpResponse, *, status: int | None = None) -> HttpResponse:
    """Mark a page that shows per-learner state so no shared cache ever stores it."""
    if status is not None:
        response.status_code = status
    add_never_cache_headers(response)
    return response


def refuse_unless_logged_in_post(request, *, next_url: str) -> HttpResponse | None:
    """The response that refuses a state-changing request, or None to go ahead: 405 for
    anything but POST, a redirect to log in for anonymous visitors."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if not request.user.is_authenticated:
        return redirect_to_login(next_url)
    return None
