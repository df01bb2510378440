"""A new learner's way from sign-up to a CE profile that certificates can print."""

import re
from urllib.parse import urlencode

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from cms.models import LearnerProfile
from tests.cms.test_profile import VALID
from tests.factories import LearnerProfileFactory, UserFactory
from tests.factories.accounts import PASSWORD

pytestmark = pytest.mark.django_db


def sign_up(client, email="new.learner@example.com") -> str:
    """Sign up; return the path of the confirmation link emailed."""
    client.post(
        reverse("account_signup"), {"email": email, "password1": PASSWORD, "password2": PASSWORD}
    )
    return re.search(r"https?://[^/]+(/accounts/confirm-email/\S+)", mail.outbox[-1].body)[1]


def label(html: str, field: str) -> str:
    """The text of the label of the input named `field`, tags removed."""
    found = re.search(rf'<label for="id_{field}">(.*?)</label>', html, re.S)
    assert found, field
    return re.sub(r"\s+", " ", found[1]).strip()


def is_required(html: str, field: str) -> bool:
    """Whether the input named `field` carries the `required` attribute."""
    tag = re.search(rf'<input[^>]*\bname="{field}"[^>]*>', html)[0]
    return bool(re.search(r"\srequired[\s>]", tag))


def visible_label(html: str, field: str) -> str:
    """The label as shown: without the parts marked `hidden`."""
    found = re.search(rf'<label for="id_{field}">(.*?)</label>', html, re.S)
    return re.sub(r"<span[^>]*\bhidden\b[^>]*>.*?</span>|<[^>]+>", "", found[1]).strip()


def test_confirming_the_email_leads_to_the_profile_with_why_it_matters(client, home):
    link = sign_up(client)
    response = client.post(link)
    assert response.status_code == 302
    assert response["Location"] == reverse("profile")

    html = client.get(response["Location"]).content.decode()
    assert '<h2 id="why-heading">Why we ask</h2>' in html
    assert "prints your legal name" in html
    assert "boards accept a certificate only with your licence number" in html
    assert "Still needed before a certificate can be issued: legal name." in html


def test_confirming_in_another_browser_asks_to_log_in_then_opens_the_profile(client, home):
    link = sign_up(client)
    other_browser = Client()
    response = other_browser.post(link)
    login = f"{reverse('account_login')}?{urlencode({'next': reverse('profile')})}"
    assert response["Location"] == login

    response = other_browser.post(login, {"login": "new.learner@example.com", "password": PASSWORD})
    assert response["Location"] == reverse("profile")


def test_a_learner_with_a_complete_profile_logs_in_as_usual_after_confirming(client, home):
    user = LearnerProfileFactory().user
    client.force_login(user)
    client.post(reverse("account_email"), {"action_add": "", "email": "second@example.com"})
    link = re.search(r"https?://[^/]+(/accounts/confirm-email/\S+)", mail.outbox[-1].body)[1]
    response = Client().post(link)
    assert response["Location"] == reverse("account_login")


def test_licence_fields_say_whom_they_are_required_for(client, home):
    client.force_login(UserFactory())
    html = client.get(reverse("profile")).content.decode()
    for field in ("licence_number", "jurisdiction"):
        assert "(required for licensed therapists)" in label(html, field)
        assert "(optional)" not in label(html, field)
        assert not is_required(html, field)
    assert "(optional)" in label(html, "licensing_body")
    assert "cms/js/profile.js" in html


def test_a_therapist_sees_the_licence_fields_as_required(client, home):
    profile = LearnerProfileFactory(learner_type="therapist", licence_number="", jurisdiction="")
    client.force_login(profile.user)
    html = client.get(reverse("profile")).content.decode()
    for field, text in [
        ("licence_number", "Licence or registration number"),
        ("jurisdiction", "Jurisdiction"),
    ]:
        assert visible_label(html, field) == text
        assert is_required(html, field)


def test_a_therapist_without_licence_gets_clear_messages_and_keeps_what_was_typed(client, home):
    user = UserFactory()
    client.force_login(user)
    response = client.post(reverse("profile"), {**VALID, "licence_number": " ", "jurisdiction": ""})
    html = response.content.decode()
    assert response.status_code == 400
    assert "Enter your licence or registration number: certificates for licensed" in html
    assert "Enter where you are licensed, for example Florida or Ontario" in html
    assert "This field is required." not in html
    for value in ("Jordan Avery Reyes", "LMT", "Florida Board of Massage Therapy"):
        assert f'value="{value}"' in html
    assert re.search(r'<input type="radio" name="learner_type" value="therapist"[^>]*checked', html)
    # What was submitted makes them required: the page says so without JavaScript.
    assert visible_label(html, "licence_number") == "Licence or registration number"
    assert not LearnerProfile.objects.filter(user=user, legal_name__gt="").exists()


def test_a_student_saves_without_a_licence_and_the_explanation_goes(client, home):
    user = UserFactory()
    client.force_login(user)
    data = {**VALID, "learner_type": "student", "licence_number": "", "jurisdiction": ""}
    response = client.post(reverse("profile"), data, follow=True)
    html = response.content.decode()
    assert "Your CE profile is saved." in html
    assert "Why we ask" not in html
    assert LearnerProfile.objects.get(user=user).is_complete
