import pytest
from django.urls import reverse

from courses.models import Enrollment, ModuleCompletion
from courses.services import enrollment_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def enrolled(learner, course):
    return enrollment_create(user=learner, course=course)[0]


def test_anonymous_module_redirects_to_login(client, modules):
    response = client.get(modules[0].url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_module_is_for_enrolled_learners(learner_client, course, modules):
    response = learner_client.get(modules[0].url, follow=True)
    assert response.redirect_chain[-1][0] == course.url
    assert "Enroll in this course to study its modules." in response.content.decode()


def test_enrolled_learner_reads_module_with_navigation(learner_client, enrolled, modules):
    response = learner_client.get(modules[1].url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Paragraph 2." in html
    assert f'rel="prev" href="{modules[0].url}"' in html
    assert f'rel="next" href="{modules[2].url}"' in html
    assert 'aria-current="page"' in html
    assert "private" in response["Cache-Control"]
    enrolled.refresh_from_db()
    assert enrolled.last_module_id == modules[1].pk


def test_mark_complete_moves_progress(learner_client, learner, enrolled, modules):
    response = learner_client.post(modules[0].url + "complete/", {"next": "1"})
    assert response["Location"] == modules[1].url
    assert ModuleCompletion.objects.filter(user=learner, module=modules[0]).count() == 1
    html = learner_client.get(reverse("dashboard")).content.decode()
    assert 'value="33"' in html
    assert "1 of 3 required steps complete (33%)" in html


def test_completing_twice_records_once(learner_client, learner, enrolled, modules):
    learner_client.post(modules[0].url + "complete/")
    learner_client.post(modules[0].url + "complete/")
    assert ModuleCompletion.objects.filter(user=learner).count() == 1


def test_completing_without_enrollment_is_refused(learner_client, learner, course, modules):
    response = learner_client.post(modules[0].url + "complete/", follow=True)
    assert "Enroll in Trigger Point Techniques before completing its modules." in (
        response.content.decode()
    )
    assert not ModuleCompletion.objects.exists()


def test_completing_by_get_is_refused(learner_client, enrolled, modules):
    assert learner_client.get(modules[0].url + "complete/").status_code == 405
    assert not ModuleCompletion.objects.exists()


def test_anonymous_complete_changes_nothing(client, modules):
    response = client.post(modules[0].url + "complete/")
    assert response.status_code == 302
    assert not ModuleCompletion.objects.exists()


def test_unknown_module_path_is_404(learner_client, course):
    assert learner_client.get(course.url + "no-such-module/").status_code == 404
    assert learner_client.post(course.url + "no-such-module/complete/").status_code == 404


def test_editor_previews_module_without_enrolling(client, editor, modules):
    client.force_login(editor)
    response = client.get(modules[0].url)
    assert response.status_code == 200
    assert "You are previewing this module as an editor." in response.content.decode()
    assert not Enrollment.objects.exists()


def test_course_outline_shows_each_modules_state(
    learner_client, learner, enrolled, course, modules
):
    learner_client.post(modules[0].url + "complete/")
    learner_client.get(modules[1].url)
    html = learner_client.get(course.url).content.decode()
    assert html.index("Complete") < html.index("In progress") < html.index("Not started")
