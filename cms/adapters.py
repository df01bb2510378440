from urllib.parse import urlencode

from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.shortcuts import resolve_url
from django.urls import reverse

from cms.models import LearnerProfile


class AccountAdapter(DefaultAccountAdapter):
    """Account policy: open sign-up unless ACCOUNT_ALLOW_REGISTRATION is switched off; a new
    learner goes from email confirmation to the CE profile, which certificates print."""

    def is_open_for_signup(self, request):
        return getattr(settings, "ACCOUNT_ALLOW_REGISTRATION", True)

    def get_signup_redirect_url(self, request):
        # Reached when confirming the email logs the new learner in (same browser session).
        return reverse("profile")

    def get_email_verification_redirect_url(self, email_address):
        """Confirmed in another browser, so not logged in: log in, then fill in the profile
        if it is not complete yet."""
        if self.request.user.is_authenticated:
            return super().get_email_verification_redirect_url(email_address)
        profile = LearnerProfile.objects.filter(user_id=email_address.user_id).first()
        if profile is not None and profile.is_complete:
            return resolve_url(settings.LOGIN_URL)
        return f"{resolve_url(settings.LOGIN_URL)}?{urlencode({'next': reverse('profile')})}"
