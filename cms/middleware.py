import contextlib

from allauth.mfa.utils import is_mfa_enabled
from django.conf import settings
from django.contrib import messages
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from wagtail.models import Site

from cms.content_cache import remembered

DATABASE_DOWN = (OperationalError, InterfaceError)

# Features no page of the site uses; browsers refuse them to any script.
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=(), interest-cohort=()"
)


class HeadersMiddleware:
    """Response headers every page gets: Permissions-Policy."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response


class SiteMiddleware:
    """Finds the request's Wagtail site and its home page once per host and content
    generation (`cms.content_cache`), not with two queries on every request. After
    CommonMiddleware, so that only allowed hosts are looked up."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = ("site", request.get_host(), request.get_port())
        # In an outage the view fails too, and DatabaseUnavailableMiddleware answers.
        with contextlib.suppress(DATABASE_DOWN):
            request._wagtail_site = remembered(key, lambda: self.find(request))
        return self.get_response(request)

    @staticmethod
    def find(request):
        site = Site.find_for_request(request)
        if site is not None:
            site.root_page.localized.specific  # noqa: B018 - read now, kept with the site
        return site


class RejectNulMiddleware:
    """A NUL byte in the path or query string is refused with 400 before any view runs: no
    page, slug, code or search can contain one, and PostgreSQL raises on it (a 500)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        query = request.META.get("QUERY_STRING", "")
        if "\x00" in request.path or "%00" in query or "\x00" in query:
            return HttpResponse(_("Bad request."), status=400, content_type="text/plain")
        return self.get_response(request)


class DatabaseUnavailableMiddleware:
    """When the database cannot be reached, answer 503 with a static page (Retry-After), not
    a 500: load balancers and learners both know to come back."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, DATABASE_DOWN):
            return None
        response = HttpResponse(render_to_string("503.html"), status=503)
        response["Retry-After"] = "120"
        add_never_cache_headers(response)
        return response


class AdminAccessMiddleware:
    """Who reaches the admin.

    A signed-in learner who opens it gets a 403 page that says so: Wagtail sends users without
    admin access to the login page, and the login page sends a signed-in user back, a redirect
    loop. Anonymous visitors still go to log in. With STAFF_REQUIRE_MFA (on in production),
    staff without two-factor authentication are sent to set it up first.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.prefix = None

    def __call__(self, request):
        self.prefix = self.prefix or reverse("wagtailadmin_home")
        user = request.user
        if request.path.startswith(self.prefix) and user.is_authenticated:
            if not user.has_perm("wagtailadmin.access_admin"):
                message = _(
                    "The administration area is for instructors and staff. Your account is a "
                    "learner account."
                )
                return render(request, "403.html", {"message": message}, status=403)
            if settings.STAFF_REQUIRE_MFA and not is_mfa_enabled(user):
                messages.info(
                    request,
                    _(
                        "Staff accounts need two-factor authentication. Set up an "
                        "authenticator app to continue to the administration area."
                    ),
                )
                return redirect("mfa_activate_totp")
        return self.get_response(request)
