import re

import pytest
from django.core import mail
from django.urls import reverse

from cms.models import User
from tests.factories import UserFactory
from tests.factories.accounts import PASSWORD

pytestmark = pytest.mark.django_db


def test_signup_requires_email_verification_then_logs_in(client, home):
    response = client.post(
        reverse("account_signup"),
        {"email": "New.Therapist@Example.com", "password1": PASSWORD, "password2": PASSWORD},
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("account_email_verification_sent")
    user = User.objects.get(email__iexact="new.therapist@example.com")
    assert not user.emailaddress_set.get().verified

    # Unverified: logging in sends the learner back to verification, not into the site.
    client.logout()
    response = client.post(
        reverse("account_login"), {"login": "new.therapist@example.com", "password": PASSWORD}
    )
    assert response["Location"] == reverse("account_email_verification_sent")

    link = re.search(r"https?://[^/]+(/accounts/confirm-email/[^\s]+)", mail.outbox[-1].body)
    assert link, mail.outbox[-1].body
    response = client.post(link.group(1))
    assert response.status_code == 302
    assert user.emailaddress_set.get().verified
    assert client.get(reverse("dashboard")).status_code == 200


def test_signup_with_a_registered_address_creates_no_second_account(client, home):
    # The page does not reveal that the address is taken (no account enumeration); the
    # owner of the address is told by email instead.
    existing = UserFactory(email="taken@example.com")
    response = client.post(
        reverse("account_signup"),
        {"email": "TAKEN@example.com", "password1": PASSWORD, "password2": PASSWORD},
    )
    assert response.status_code == 302
    assert User.objects.filter(email__iexact=existing.email).count() == 1
    assert mail.outbox[-1].to == ["taken@example.com"]
    assert "already" in mail.outbox[-1].body


def test_login_with_email(client, home):
    user = UserFactory()
    response = client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == reverse("dashboard")


def test_failed_logins_are_rate_limited(client, home):
    user = UserFactory()
    for _ in range(5):
        client.post(reverse("account_login"), {"login": user.email, "password": "wrong"})
    # Even the right password is refused until the window passes.
    response = client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})
    assert "Too many failed login attempts" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_wagtail_admin_login_goes_through_allauth(client, home):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_two_factor_authentication_is_available(client, home):
    user = UserFactory()
    client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})
    response = client.get(reverse("mfa_index"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Authenticator App" in html
    assert reverse("mfa_activate_totp") in html
    assert 'class="site-header"' in html


def test_account_pages_use_site_layout(client, home):
    html = client.get(reverse("account_login")).content.decode()
    assert 'class="site-header"' in html
    assert 'class="skip-link"' in html
    assert '<label for="id_login">' in html
