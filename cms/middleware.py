from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _


class AdminAccessMiddleware:
    """A signed-in learner who opens the admin gets a 403 page that says so.

    Wagtail sends users without admin access to the login page, and the login page sends a
    signed-in user back: a redirect loop. Anonymous visitors still go to log in.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.prefix = None

    def __call__(self, request):
        self.prefix = self.prefix or reverse("wagtailadmin_home")
        user = request.user
        if (
            request.path.startswith(self.prefix)
            and user.is_authenticated
            and not user.has_perm("wagtailadmin.access_admin")
        ):
            message = _(
                "The administration area is for instructors and staff. Your account is a "
                "learner account."
            )
            return render(request, "403.html", {"message": message}, status=403)
        return self.get_response(request)
