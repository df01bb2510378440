import re

import pytest
from playwright.sync_api import expect

from courses.services import enrollment_create
from quizzes.models import QuizAttempt
from tests.e2e.conftest import log_in
from tests.factories.quizzes import QuizPageFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def timed_quiz(learner, course, modules):
    enrollment_create(user=learner, course=course)
    return QuizPageFactory(parent=modules[0], slug="quiz", time_limit_minutes=15)


def test_answers_autosave_survive_a_closed_browser_and_submit_grades(
    browser, live_server, learner, timed_quiz
):
    context = browser.new_context()
    page = context.new_page()
    log_in(page, live_server, learner)
    page.goto(live_server.url + timed_quiz.url)
    page.get_by_role("button", name="Start quiz").click()
    expect(page).to_have_url(re.compile(r"/attempts/1/$"))
    expect(page.locator("[data-quiz-timer]")).to_have_text(re.compile(r"Time left: 1[45]:\d\d"))

    page.get_by_label("Your answer (minutes)").fill("50")
    page.get_by_label("Warm, swollen, tender calf").check()
    # Both answers reached the server: the status line counts them as saved.
    expect(page.locator("[data-quiz-status]")).to_have_text(
        re.compile(r"^2 of \d+ questions answered\. Saved at ")
    )
    context.close()  # no Save, no Submit: the browser simply goes away

    attempt = QuizAttempt.objects.get()
    assert len(attempt.answers) == 2

    context = browser.new_context()
    page = context.new_page()
    log_in(page, live_server, learner)
    page.goto(live_server.url + timed_quiz.url)
    page.get_by_role("button", name="Resume quiz").click()
    expect(page).to_have_url(re.compile(r"/attempts/1/$"))
    expect(page.get_by_label("Your answer (minutes)")).to_have_value("50")
    expect(page.get_by_label("Warm, swollen, tender calf")).to_be_checked()
    page.get_by_role("button", name="Submit quiz").click()
    expect(page).to_have_url(re.compile(r"/attempts/1/result/$"))
    expect(page.get_by_role("heading", name="Not passed")).to_be_visible()
    context.close()
    attempt.refresh_from_db()
    assert attempt.status == "graded"


def test_quiz_works_without_javascript(browser, live_server, learner, timed_quiz):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    log_in(page, live_server, learner)
    page.goto(live_server.url + timed_quiz.url)
    page.get_by_role("button", name="Start quiz").click()
    page.get_by_label("Your answer (minutes)").fill("50")
    page.get_by_role("button", name="Save progress").click()
    expect(page.get_by_text("Your answers are saved.")).to_be_visible()
    expect(page.get_by_label("Your answer (minutes)")).to_have_value("50")
    page.get_by_role("button", name="Submit quiz").click()
    expect(page.get_by_text("Your score:")).to_be_visible()
    context.close()
