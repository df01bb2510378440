"""CE hours that match the course: the estimate from required content, module study times,
the publish rules for home-study courses, and the admin report."""

import json
from decimal import Decimal

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from courses.estimates import course_estimate, module_estimate
from quizzes.authoring import question_stream
from tests.factories import ModulePageFactory, QuizPageFactory
from tests.factories.quizzes import true_false_questions

pytestmark = pytest.mark.django_db


def words(count: int) -> str:
    return json.dumps([{"type": "paragraph", "value": "<p>" + "word " * count + "</p>"}])


def test_a_module_takes_its_reading_video_and_quiz_time(course, settings):
    settings.CE_MINUTES_PER_QUIZ_ITEM = 1.5
    body = json.loads(words(2400)) + [
        {"type": "video", "value": {"video": "https://v.example/1", "minutes": 12,
                                     "caption": "", "transcript": "<p>" + "t " * 900 + "</p>"}},
    ]  # fmt: skip
    module = ModulePageFactory(parent=course, body=json.dumps(body), minutes_override=None)
    assert module_estimate(module).words == 2400  # the transcript is not extra reading
    assert module.estimated_minutes == 12 + 12  # 2,400 words at 200 a minute + the video
    quiz = QuizPageFactory(
        parent=module, questions=json.dumps(question_stream(true_false_questions(6)))
    )
    quiz.save_revision().publish()  # as the editor publishes it
    module.refresh_from_db()
    assert module.estimated_minutes == 12 + 12 + 9  # a published quiz adds 1.5 min an item


def test_an_editor_override_wins(course):
    module = ModulePageFactory(parent=course, body=words(2400), minutes_override=45)
    assert module.estimated_minutes == 45


def test_course_estimate_counts_required_modules_exams_and_pool_draws(catalog, settings):
    from tests.factories import CoursePageFactory

    settings.CE_HOUR_MINUTES = 60
    settings.CE_MINUTES_PER_QUIZ_ITEM = 1
    course = CoursePageFactory(parent=catalog)
    ModulePageFactory(parent=course, body=words(6000))
    ModulePageFactory(parent=course, body=words(6000), is_required=False)  # not counted
    pool = [("question_pool", {"title": "P", "draw": 5, "questions": true_false_questions(9)})]
    QuizPageFactory(parent=course, questions=json.dumps(question_stream(pool)))
    estimate = course_estimate(course)
    assert (estimate.words, estimate.quiz_items, estimate.minutes) == (6000, 5, 35)
    assert estimate.hours == Decimal("0.58")
    settings.CE_HOUR_MINUTES = 50  # Florida and Texas contact hours
    assert course_estimate(course).hours == Decimal("0.70")


def course_form(course, **fields):
    data = {
        "title": course.title,
        "slug": course.slug,
        "summary": course.summary,
        "description": rich_text("<p>About the course.</p>"),
        "topic": course.topic_id,
        "level": "introductory",
        "course_type": "home_study",
        "ce_hours": "1.00",
        "hours_reason": "",
        "certificate_valid_months": "",
        "evaluation_required": "on",
        "learning_objectives": streamfield([]),
        "approvals": inline_formset([]),
        "topic_credits": inline_formset([]),
        "action-publish": "action-publish",
    }
    data.update(fields)
    return nested_form_data(data)


@pytest.fixture
def admin_client(client, editor):
    editor.is_superuser = True
    editor.save()
    client.force_login(editor)
    return client


def publish(client, course, **fields):
    url = reverse("wagtailadmin_pages:edit", args=(course.pk,))
    return client.post(url, course_form(course, **fields))


def test_a_home_study_course_needs_a_final_exam_to_be_published(admin_client, course):
    course.unpublish()
    response = publish(admin_client, course)
    assert response.status_code == 200
    assert "needs a published final exam with a pass mark" in response.content.decode()
    course.refresh_from_db()
    assert not course.live


def test_hours_above_the_estimate_need_a_recorded_reason(admin_client, course, final_exam):
    course.unpublish()
    supported = course_estimate(course).hours
    too_many = str(supported + Decimal("2.00"))
    response = publish(admin_client, course, ce_hours=too_many)
    html = response.content.decode()
    assert response.status_code == 200 and f"supports about {supported} CE hours" in html
    reason = "Includes a 90-minute supervised practicum approved by the board."
    response = publish(admin_client, course, ce_hours=too_many, hours_reason=reason)
    assert response.status_code == 302
    course.refresh_from_db()
    assert course.live and course.ce_hours == Decimal(too_many)
    revision = course.latest_revision
    assert revision.content["hours_reason"] == reason  # kept with who published and when
    assert revision.user is not None


def test_supported_hours_publish_without_a_reason(admin_client, course, final_exam):
    ModulePageFactory(parent=course, body=words(12_000))  # an hour of reading
    hours = course_estimate(course).hours
    assert hours >= 1
    response = publish(admin_client, course, ce_hours=str(hours))
    assert response.status_code == 302
    course.refresh_from_db()
    assert course.ce_hours == hours and course.hours_reason == ""


def test_report_lists_approved_and_estimated_hours(admin_client, course, final_exam):
    response = admin_client.get(reverse("ce_hours_report"))
    html = response.content.decode()
    assert response.status_code == 200 and course.title in html
    assert "Above the estimate" in html  # the factory's 3.00 hours for a few paragraphs
    export = admin_client.get(reverse("ce_hours_report") + "?export=csv")
    lines = b"".join(export.streaming_content).decode().splitlines()
    assert lines[0].startswith("Course,Approved CE hours,Estimated CE hours")
    assert lines[1].startswith(f"{course.title},3.00,")


def test_learners_cannot_open_the_report(learner_client):
    assert learner_client.get(reverse("ce_hours_report")).status_code == 403
