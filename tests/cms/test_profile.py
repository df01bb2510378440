import pytest
from django.urls import reverse

from cms.models import LearnerProfile
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

VALID = {
    "legal_name": "Jordan Avery Reyes",
    "designation": "LMT",
    "learner_type": "therapist",
    "licence_number": "MA87654",
    "licensing_body": "Florida Board of Massage Therapy",
    "jurisdiction": "Florida",
}


@pytest.fixture
def user_client(client, home):
    user = UserFactory()
    client.force_login(user)
    client.user = user
    return client


def test_profile_requires_login(client, home):
    response = client.get(reverse("profile"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_new_profile_lists_what_certificates_still_need(user_client):
    html = user_client.get(reverse("profile")).content.decode()
    assert "Still needed before a certificate can be issued: legal name." in html


def test_therapist_saves_complete_profile(user_client):
    response = user_client.post(reverse("profile"), VALID, follow=True)
    assert "Your CE profile is saved." in response.content.decode()
    profile = LearnerProfile.objects.get(user=user_client.user)
    assert profile.is_complete
    assert profile.licence_number == "MA87654"
    assert "Still needed" not in response.content.decode()


def test_therapist_cannot_finish_without_licence_number(user_client):
    data = {**VALID, "licence_number": "  "}
    response = user_client.post(reverse("profile"), data)
    html = response.content.decode()
    assert response.status_code == 400
    assert "Enter your licence or registration number: certificates for licensed" in html
    assert 'value="Jordan Avery Reyes"' in html  # what was typed is kept
    assert not LearnerProfile.objects.filter(user=user_client.user, legal_name__gt="").exists()


def test_student_needs_no_licence(user_client):
    data = {**VALID, "learner_type": "student", "licence_number": "", "jurisdiction": ""}
    response = user_client.post(reverse("profile"), data)
    assert response.status_code == 302
    assert LearnerProfile.objects.get(user=user_client.user).is_complete


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("legal_name", "x" * 151, "Ensure this value has at most 150 characters"),
        ("legal_name", "", "Enter your legal name as your licensing body has it"),
        ("learner_type", "surgeon", "Select a valid choice."),
        ("licence_number", "9" * 41, "Ensure this value has at most 40 characters"),
    ],
)
def test_invalid_profile_input_is_refused_and_nothing_changes(user_client, field, value, message):
    user_client.post(reverse("profile"), VALID)
    response = user_client.post(reverse("profile"), {**VALID, field: value})
    assert response.status_code == 400
    assert message in response.content.decode()
    assert LearnerProfile.objects.get(user=user_client.user).legal_name == VALID["legal_name"]


def test_profile_collapses_stray_whitespace(user_client):
    user_client.post(reverse("profile"), {**VALID, "legal_name": "  Jordan   Reyes "})
    assert LearnerProfile.objects.get(user=user_client.user).legal_name == "Jordan Reyes"
