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
        re.compile(r"^Saved at .+: 2 of \d+ questions answered\.$")
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


def test_the_countdown_ticks_visibly_and_speaks_politely(page, live_server, learner, timed_quiz):
    log_in(page, live_server, learner)
    page.goto(live_server.url + timed_quiz.url)
    page.get_by_role("button", name="Start quiz").click()
    clock = page.locator("[data-quiz-timer-text]")
    expect(clock).to_have_text(re.compile(r"Time left: 1[45]:\d\d$"))
    first = clock.text_content()
    page.wait_for_timeout(2200)
    assert clock.text_content() != first  # seconds change on screen
    announcer = page.locator("[data-quiz-timer-announce]")
    assert announcer.get_attribute("aria-live") == "polite"
    spoken = announcer.text_content()
    assert re.fullmatch(r"Time left: 1[45]:\d\d", spoken)
    page.wait_for_timeout(1500)
    assert announcer.text_content() == spoken  # not re-announced every second
    assert clock.get_attribute("aria-hidden") == "true"


def test_no_autosave_fires_after_submitting(page, live_server, learner, timed_quiz):
    log_in(page, live_server, learner)
    page.goto(live_server.url + timed_quiz.url)
    page.get_by_role("button", name="Start quiz").click()
    autosaves = []
    page.on("request", lambda request: autosaves.append(1) if "/autosave/" in request.url else None)
    # Hold the submission in the page (as a slow network would) to see what the page does
    # while it waits: the form still submits as far as the page's own script can tell.
    page.evaluate("document.addEventListener('submit', (event) => event.preventDefault(), true)")
    page.get_by_label("Your answer (minutes)").fill("50")  # schedules an autosave in 600 ms
    page.get_by_role("button", name="Submit quiz").click()
    page.wait_for_timeout(1500)
    assert autosaves == []


def test_a_quiz_taken_with_the_keyboard_only(page, live_server, learner, course, modules):
    import json

    from quizzes.authoring import question_stream
    from tests.factories.quizzes import true_false_questions

    enrollment_create(user=learner, course=course)
    quiz = QuizPageFactory(
        parent=modules[0],
        slug="keyboard-quiz",
        questions=json.dumps(question_stream(true_false_questions(2))),
    )
    log_in(page, live_server, learner)
    page.goto(live_server.url + quiz.url)

    def tab_to(name: str):
        for _ in range(60):
            page.keyboard.press("Tab")
            focused = page.evaluate(
                "(() => { const e = document.activeElement;"
                " return (e.labels && e.labels[0] ? e.labels[0].innerText : e.innerText || '')"
                ".trim(); })()"
            )
            if focused == name:
                return
        raise AssertionError(f"could not reach {name!r} with Tab")

    tab_to("Start quiz")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/attempts/1/$"))
    for _ in range(2):
        tab_to("True")
        page.keyboard.press("Space")
    assert page.locator("input[type=radio]:checked").count() == 2
    tab_to("Submit quiz")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/attempts/1/result/$"))
    expect(page.get_by_role("heading", name="Passed")).to_be_visible()
