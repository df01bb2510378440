"""Instructors author in the Wagtail admin; administrators manage provider details."""

import pytest
from django.urls import reverse

from tests.factories import QuizPageFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_instructor_opens_every_editor(client, editor, course, modules):
    quiz = QuizPageFactory(parent=modules[0])
    client.force_login(editor)
    for page in (course, modules[0], quiz):
        response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        assert response.status_code == 200, page
    add_quiz = reverse("wagtailadmin_pages:add", args=["quizzes", "quizpage", modules[0].pk])
    assert client.get(add_quiz).status_code == 200
    add_module = reverse("wagtailadmin_pages:add", args=["courses", "modulepage", course.pk])
    assert client.get(add_module).status_code == 200


def test_administrator_reaches_provider_settings_and_certificates(client, home):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    settings_url = reverse("wagtailsettings:edit", args=["cms", "providersettings"])
    assert client.get(settings_url, follow=True).status_code == 200
    assert client.get(reverse("certificates:index")).status_code == 200


@pytest.mark.parametrize("url", ["/admin/", "/admin/pages/", "/admin/snippets/"])
def test_learners_get_a_403_page_not_a_redirect_loop(learner_client, url):
    response = learner_client.get(url)
    assert response.status_code == 403
    html = response.content.decode()
    assert "administration area is for instructors and staff" in html
    assert reverse("dashboard") in html


def test_anonymous_visitors_are_sent_to_log_in_for_the_admin(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
