"""Pages' own actions cannot be hijacked by child slugs, unpublished courses hide their
modules and quizzes, and learners' records outlive the pages they refer to."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from courses.models import AssessmentPass, Enrollment, ModuleCompletion
from courses.selectors import course_progress_for
from courses.services import module_mark_completed
from quizzes.models import QuizAttempt
from quizzes.services import StartRefused, attempt_start
from tests.conftest import submit
from tests.factories import ModulePageFactory, QuizPageFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("slug", ["enroll", "evaluation", "unenroll"])
def test_a_module_cannot_take_the_slug_of_a_course_action(course, slug):
    with pytest.raises(ValidationError) as raised:
        ModulePageFactory(parent=course, slug=slug)
    assert "own actions" in str(raised.value)


def test_a_quiz_cannot_take_the_slug_of_the_module_action(modules):
    with pytest.raises(ValidationError):
        QuizPageFactory(parent=modules[0], slug="complete")
    assert not modules[0].get_children().exists()


def test_the_admin_refuses_a_reserved_slug_with_a_clear_message(client, editor, course):
    client.force_login(editor)
    editor.is_superuser = True
    editor.save()
    url = reverse("wagtailadmin_pages:add", args=("courses", "modulepage", course.pk))
    data = nested_form_data(
        {
            "title": "Enroll in the clinic",
            "slug": "enroll",
            "intro": "",
            "body": streamfield([("paragraph", rich_text("<p>Text</p>"))]),
            "minutes_override": 30,
            "is_required": "on",
        }
    )
    response = client.post(url, data)
    assert response.status_code == 200
    assert "is the address of one of this page" in response.content.decode()
    assert not course.get_children().filter(slug="enroll").exists()


def test_enroll_still_enrolls_when_a_page_tries_the_slug(learner_client, learner, course):
    response = learner_client.post(course.url + "enroll/")
    assert response.status_code == 302
    assert Enrollment.objects.filter(user=learner, course=course, is_active=True).exists()


def test_unpublished_course_hides_its_modules_and_quizzes(
    learner_client, learner, enrolled, course, modules, quiz
):
    assert learner_client.get(modules[0].url).status_code == 200
    course.unpublish()
    for url in (course.url, modules[0].url, quiz.url, quiz.url + "start/"):
        assert learner_client.get(url).status_code == 404, url
    assert learner_client.post(quiz.url + "start/").status_code == 404
    with pytest.raises(StartRefused, match="not open"):
        attempt_start(user=learner, quiz=quiz)
    assert not QuizAttempt.objects.exists()


def test_unpublished_module_hides_its_quiz(learner_client, learner, enrolled, modules, quiz):
    modules[0].unpublish()
    assert learner_client.get(quiz.url).status_code == 404
    with pytest.raises(StartRefused):
        attempt_start(user=learner, quiz=quiz.specific)


def test_deleting_a_module_keeps_learners_completion_records(learner, enrolled, course, modules):
    module_mark_completed(user=learner, module=modules[0])
    modules[0].delete()
    (completion,) = ModuleCompletion.objects.filter(user=learner)
    assert completion.course_id == course.pk and completion.module_id is None
    progress = course_progress_for(user=learner, course=course)
    assert (progress.modules_done, progress.modules_total) == (0, 2)


def test_deleting_a_final_exam_keeps_the_pass(learner, enrolled, course, final_exam):
    submit(learner, final_exam)
    QuizAttempt.objects.all().delete()  # attempts protect the page; the pass itself does not
    final_exam.delete()
    assert AssessmentPass.objects.get(user=learner).course_id == course.pk


def test_the_admin_refuses_to_delete_a_course_with_enrollments(client, editor, enrolled, course):
    editor.is_superuser = True
    editor.save()
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:delete", args=(course.pk,))
    response = client.post(url, follow=True)
    assert "cannot be deleted" in response.content.decode()
    assert "Unpublish it instead" in response.content.decode()
    course.refresh_from_db()
    assert Enrollment.objects.filter(course=course).exists()


def test_the_admin_refuses_to_delete_a_module_whose_quiz_has_attempts(
    client, editor, learner, enrolled, modules, quiz
):
    attempt_start(user=learner, quiz=quiz)
    editor.is_superuser = True
    editor.save()
    client.force_login(editor)
    response = client.post(reverse("wagtailadmin_pages:delete", args=(modules[0].pk,)), follow=True)
    assert "quiz attempts" in response.content.decode()
    assert QuizAttempt.objects.filter(quiz=quiz).exists()
    modules[0].refresh_from_db()
