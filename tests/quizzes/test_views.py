import json
import re

import pytest

from quizzes.grading import snapshot_questions
from quizzes.models import QuizAttempt
from tests.factories.quizzes import EVERY_TYPE, true_false_questions
from tests.quizzes.conftest import right_post, wrong_post

pytestmark = pytest.mark.django_db

# Texts that only the key, feedback or explanations contain (see tests/factories/quizzes.py).
SECRETS = [
    "A warm, swollen calf may be a deep vein thrombosis.",
    "Refer.",
    "Treat.",
    "Right: refer for diagnosis.",
    "deep vein thrombosis",
    "Outside scope.",
]


def start(client, quiz):
    response = client.post(quiz.url + "start/")
    assert response.status_code == 302, response.content.decode()[:300]
    return QuizAttempt.objects.latest("pk"), response["Location"]


def test_quiz_page_shows_rules_before_start(learner_client, enrolled, make_quiz):
    quiz = make_quiz(true_false_questions(3), max_attempts=3, time_limit_minutes=20, pass_mark=70)
    html = learner_client.get(quiz.url).content.decode()
    assert "70%" in html and "3 of 3 left" in html and "20 minutes" in html
    assert ">Start quiz</button>" in html


def test_start_by_get_is_refused(learner_client, enrolled, quiz):
    assert learner_client.get(quiz.url + "start/").status_code == 405
    assert not QuizAttempt.objects.exists()


def test_anonymous_start_goes_to_login(client, quiz):
    response = client.post(quiz.url + "start/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_attempt_form_is_accessible_html_without_keys(learner_client, enrolled, quiz):
    attempt, location = start(learner_client, quiz)
    html = learner_client.get(location).content.decode()
    assert html.count("<fieldset") == 9 and html.count("<legend>") == 9
    for input_id in re.findall(r'<(?:input|select)[^>]*\sid="([^"]+)"', html):
        assert f'for="{input_id}"' in html, input_id
    assert ">Submit quiz</button>" in html and ">Save progress</button>" in html
    for secret in SECRETS:
        assert secret not in html
    for question in snapshot_questions(attempt.snapshot):
        for option in question.get("options", []):
            if question["type"] != "true_false":  # its keys are just "true" and "false"
                assert option["key"] not in html  # stable keys stay server-side; tokens are shown
            assert f'value="{option["token"]}"' in html
    assert "<script>" not in html and " onclick=" not in html


def test_resume_shows_saved_answers(learner_client, enrolled, quiz):
    attempt, location = start(learner_client, quiz)
    data = right_post(attempt.snapshot)
    learner_client.post(location, {**data, "action": "save"})
    assert "Resume quiz" in learner_client.get(quiz.url).content.decode()
    html = learner_client.get(location).content.decode()
    short = next(q for q in snapshot_questions(attempt.snapshot) if q["type"] == "short_answer")
    (typed,) = data["q-" + short["id"]]
    assert f'value="{typed}"' in html
    assert html.count(" checked") >= 3


def test_autosave_reply_has_no_key_or_score(learner_client, enrolled, quiz):
    attempt, location = start(learner_client, quiz)
    response = learner_client.post(location + "autosave/", right_post(attempt.snapshot))
    body = response.json()
    assert response.status_code == 200
    assert set(body) == {"saved_at", "answered", "total", "seconds_left"}
    assert body["answered"] == body["total"] == 9
    assert not any(secret in json.dumps(body) for secret in SECRETS)


def test_autosave_rejects_tampering_with_400_and_keeps_answers(learner_client, enrolled, quiz):
    attempt, location = start(learner_client, quiz)
    learner_client.post(location + "autosave/", right_post(attempt.snapshot))
    response = learner_client.post(location + "autosave/", {"q-forged": "x"})
    assert response.status_code == 400
    assert "not in this attempt" in response.json()["error"]
    attempt.refresh_from_db()
    assert len(attempt.answers) == 9


def test_submit_redirects_to_result_with_full_review(learner_client, enrolled, quiz, modules):
    quiz.review_detail = "full"
    quiz.save_revision().publish()
    attempt, location = start(learner_client, quiz)
    response = learner_client.post(location, {**wrong_post(attempt.snapshot), "action": "submit"})
    assert response["Location"] == location + "result/"
    html = learner_client.get(location + "result/").content.decode()
    assert "Not passed" in html and "0.0%" in html
    assert "A warm, swollen calf may be a deep vein thrombosis." in html  # explanation
    assert "Correct answer:" in html and "Correct order:" in html
    assert "0 of 1 point<" in html  # singular, as it should read


def test_default_review_explains_without_giving_the_key_away(learner_client, enrolled, quiz):
    """While attempts remain, learners see which answers were wrong and why, not the key."""
    attempt, location = start(learner_client, quiz)
    learner_client.post(location, {**wrong_post(attempt.snapshot), "action": "submit"})
    html = learner_client.get(location + "result/").content.decode()
    assert "Not correct" in html
    assert "A warm, swollen calf may be a deep vein thrombosis." in html  # explanation
    assert "Correct answer:" not in html and "Correct order:" not in html
    assert "correct option" not in html and "Refer." not in html  # no key, no option feedback
    second, location = start(learner_client, quiz)
    learner_client.post(location, {**right_post(second.snapshot), "action": "submit"})
    passed = learner_client.get(location + "result/").content.decode()
    assert "Correct order:" in passed  # passed: nothing left to copy the answers into


def test_editor_is_warned_when_answers_can_be_harvested(rf, editor, quiz):
    from django.contrib.messages import get_messages
    from django.contrib.messages.storage.fallback import FallbackStorage

    from quizzes.wagtail_hooks import warn_when_answers_can_be_harvested

    def warnings_after_saving():
        request = rf.post("/admin/pages/")
        request.user, request.session = editor, {}
        request._messages = FallbackStorage(request)
        warn_when_answers_can_be_harvested(request, quiz)
        return [str(message) for message in get_messages(request)]

    assert warnings_after_saving() == []  # the defaults are safe
    quiz.review_detail = "full"  # answers shown right after each attempt, unlimited attempts
    (warning,) = warnings_after_saving()
    assert "learners can copy the answers" in warning and quiz.title in warning
    quiz.max_attempts = 1
    assert warnings_after_saving() == []


def test_submitted_attempt_cannot_be_changed(learner_client, enrolled, quiz):
    attempt, location = start(learner_client, quiz)
    learner_client.post(location, {**right_post(attempt.snapshot), "action": "submit"})
    replay = learner_client.post(location, {**wrong_post(attempt.snapshot), "action": "submit"})
    assert replay.status_code == 409
    assert "already been submitted" in replay.content.decode()
    save = learner_client.post(location + "autosave/", wrong_post(attempt.snapshot))
    assert save.status_code == 409
    attempt.refresh_from_db()
    assert attempt.passed and attempt.score == 100


def test_tampered_submit_is_400_and_keeps_the_attempt_open(learner_client, enrolled, quiz):
    attempt, location = start(learner_client, quiz)
    response = learner_client.post(location, {"q-forged": "1", "action": "submit"})
    assert response.status_code == 400
    assert "Nothing was saved" in response.content.decode()
    attempt.refresh_from_db()
    assert attempt.is_open


def test_other_learners_attempts_are_404(client, learner_client, enrolled, other_learner, quiz):
    attempt, location = start(learner_client, quiz)
    client.force_login(other_learner)
    for url in (location, location + "result/"):
        assert client.get(url).status_code == 404
    assert client.post(location, {"action": "submit"}).status_code == 404
    assert client.post(location + "autosave/", {}).status_code == 404
    attempt.refresh_from_db()
    assert attempt.is_open


def test_unknown_attempt_number_is_404(learner_client, enrolled, quiz):
    assert learner_client.get(quiz.url + "attempts/99/").status_code == 404
    assert learner_client.get(quiz.url + "attempts/abc/").status_code == 404


def test_start_beyond_attempts_is_403_with_message(learner_client, enrolled, make_quiz):
    quiz = make_quiz(true_false_questions(1), max_attempts=1)
    attempt, location = start(learner_client, quiz)
    learner_client.post(location, {"action": "submit"})
    response = learner_client.post(quiz.url + "start/")
    assert response.status_code == 403
    assert "You have used your one attempt." in response.content.decode()
    assert QuizAttempt.objects.count() == 1


@pytest.mark.parametrize(
    ("detail", "when", "passes", "shows_marks", "shows_keys"),
    [
        ("score", "immediately", True, False, False),
        ("marked", "immediately", False, True, False),
        ("full", "immediately", False, True, True),
        ("full", "after_passing", False, False, False),
        ("full", "after_passing", True, True, True),
        ("full", "after_last", False, False, False),
    ],
)
def test_review_policy_decides_what_the_result_shows(
    learner_client, enrolled, make_quiz, detail, when, passes, shows_marks, shows_keys
):
    quiz = make_quiz(EVERY_TYPE, review_detail=detail, review_when=when, max_attempts=2)
    attempt, location = start(learner_client, quiz)
    answers = right_post(attempt.snapshot) if passes else wrong_post(attempt.snapshot)
    learner_client.post(location, {**answers, "action": "submit"})
    html = learner_client.get(location + "result/").content.decode()
    assert "Your score:" in html
    assert ("Not correct" in html or "Correct ·" in html) is shows_marks
    assert ("A warm, swollen calf may be a deep vein thrombosis." in html) is shows_keys
    assert ("✓ correct option" in html) is shows_keys


def test_best_result_and_attempt_history_on_quiz_page(learner_client, enrolled, quiz):
    attempt, location = start(learner_client, quiz)
    learner_client.post(location, {**wrong_post(attempt.snapshot), "action": "submit"})
    attempt, location = start(learner_client, quiz)
    learner_client.post(location, {**right_post(attempt.snapshot), "action": "submit"})
    html = learner_client.get(quiz.url).content.decode()
    assert "Your best result" in html and "100.0%" in html and "Passed" in html
    assert "Attempt 1" in html and "Attempt 2" in html


def test_module_with_quiz_is_completed_by_passing_it(
    learner_client, learner, enrolled, quiz, modules
):
    from courses.models import ModuleCompletion

    html = learner_client.get(modules[0].url).content.decode()
    assert "Pass the quiz to complete this module." in html
    assert f'href="{quiz.url}"' in html
    assert ">Mark complete" not in html
    response = learner_client.post(modules[0].url + "complete/", follow=True)
    assert "This module is complete when you pass its quiz." in response.content.decode()
    assert not ModuleCompletion.objects.exists()

    attempt, location = start(learner_client, quiz)
    learner_client.post(location, {**right_post(attempt.snapshot), "action": "submit"})
    assert ModuleCompletion.objects.filter(user=learner, module=modules[0]).exists()
    assert "1 of 3 required steps complete" in learner_client.get(modules[0].url).content.decode()


def test_final_exam_is_listed_on_the_course_page(learner_client, enrolled, course):
    from tests.factories import QuizPageFactory

    exam = QuizPageFactory(parent=course, title="Final exam")
    html = learner_client.get(course.url).content.decode()
    assert f'<a href="{exam.url}">Final exam</a>' in html


def test_final_exam_is_a_required_step_of_the_course(
    learner_client, learner, enrolled, course, modules
):
    from django.urls import reverse

    from courses.services import module_mark_completed
    from tests.factories import QuizPageFactory

    exam = QuizPageFactory(parent=course, title="Final exam", slug="final-exam")
    for module in modules:
        module_mark_completed(user=learner, module=module)
    dashboard = learner_client.get(reverse("dashboard")).content.decode()
    assert "3 of 4 required steps complete (75%)" in dashboard
    assert "Courses you finish will appear here." in dashboard

    attempt, location = start(learner_client, exam)
    learner_client.post(location, {**right_post(attempt.snapshot), "action": "submit"})
    dashboard = learner_client.get(reverse("dashboard")).content.decode()
    completed = dashboard.split("<h2>Completed</h2>")[1]
    assert course.title in completed and "4 of 4 required steps complete" in completed
    assert "4 of 4 required steps complete" in learner_client.get(course.url).content.decode()
