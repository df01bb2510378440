"""After a quiz: the result page leads on to the course's next step; times and points read
as sentences should."""

import json
import re
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.models import LearnerProfile
from courses.services import enrollment_create, evaluation_submit, module_mark_completed
from quizzes.authoring import question_stream
from quizzes.selectors import points_label
from tests.conftest import submit
from tests.factories import CoursePageFactory, ModulePageFactory, QuizPageFactory
from tests.factories.quizzes import true_false_questions

pytestmark = pytest.mark.django_db


def module_quiz(module, **settings):
    return QuizPageFactory(
        parent=module,
        title=f"{module.title} quiz",
        slug="quiz",
        questions=json.dumps(question_stream(true_false_questions(2))),
        **settings,
    )


def result_html(client, quiz, attempt) -> str:
    response = client.get(quiz.url + f"attempts/{attempt.number}/result/")
    assert response.status_code == 200
    return response.content.decode()


def next_section(html: str) -> str:
    start = html.index('<h2 id="next-heading">')
    return html[start : html.index("</section>", start)]


def test_passing_a_module_quiz_offers_the_next_module(
    learner_client, learner, enrolled, modules, final_exam
):
    quiz = module_quiz(modules[0])
    html = result_html(learner_client, quiz, submit(learner, quiz))
    section = next_section(html)
    assert "What happens next" in section
    assert f'<a class="button" href="{modules[1].url}">Continue: Module 2</a>' in section
    assert (
        "Still to do for your certificate: complete the required modules (1 of 3 done); "
        "pass the final exam." in section
    )
    assert '<a href="/certificates/">My certificates</a>' in section


def test_passing_the_last_module_quiz_offers_the_final_exam(
    learner_client, learner, enrolled, modules, final_exam
):
    for module in modules[:2]:
        module_mark_completed(user=learner, module=module)
    quiz = module_quiz(modules[2])
    section = next_section(result_html(learner_client, quiz, submit(learner, quiz)))
    assert (
        f'<a class="button" href="{final_exam.url}">Continue to the final exam: Final exam</a>'
        in section
    )


def test_a_module_left_behind_comes_next_after_the_last_one(
    learner_client, learner, enrolled, modules
):
    module_mark_completed(user=learner, module=modules[1])
    quiz = module_quiz(modules[2])
    section = next_section(result_html(learner_client, quiz, submit(learner, quiz)))
    assert f'href="{modules[0].url}">Continue: Module 1</a>' in section


def test_a_failed_attempt_offers_no_next_step(learner_client, learner, enrolled, modules):
    quiz = module_quiz(modules[0])
    html = result_html(learner_client, quiz, submit(learner, quiz, right=False))
    assert "Not passed" in html and "What happens next" not in html


@pytest.fixture
def modules_done(learner, enrolled, modules):
    for module in modules:
        module_mark_completed(user=learner, module=module)


@pytest.fixture
def evaluated_course(course):
    course.evaluation_required = True
    course.save_revision().publish()
    return course


def test_final_exam_result_says_the_evaluation_then_the_certificate_follow(
    learner_client, learner, evaluated_course, modules_done, final_exam
):
    course = evaluated_course
    section = next_section(result_html(learner_client, final_exam, submit(learner, final_exam)))
    assert "One step left: evaluate the course to receive your certificate." in section
    assert f'<a class="button" href="{course.url}evaluation/">Evaluate the course</a>' in section
    assert (
        "Once the course is complete, your certificate is emailed to you and kept under "
        '<a href="/certificates/">My certificates</a>.' in section
    )


def test_final_exam_result_of_a_complete_course_says_where_the_certificate_is(
    learner_client, learner, modules_done, final_exam
):
    section = next_section(result_html(learner_client, final_exam, submit(learner, final_exam)))
    assert "You have completed Trigger Point Techniques." in section
    assert "Your certificate is being issued. It is emailed to you" in section
    assert '<a href="/certificates/">My certificates</a>' in section
    assert '<a class="button" href="/certificates/">See your certificates</a>' in section
    assert "CE profile" not in section


def test_final_exam_result_asks_for_the_missing_profile_details(
    learner_client, learner, modules_done, final_exam
):
    LearnerProfile.objects.filter(user=learner).update(
        learner_type="therapist", licence_number="", jurisdiction=""
    )
    section = next_section(result_html(learner_client, final_exam, submit(learner, final_exam)))
    assert (
        "Your certificate is issued once your CE profile has what it must print: "
        "licence or registration number, jurisdiction." in section
    )
    assert '<a href="/accounts/profile/">Complete your profile</a>' in section


def test_after_the_evaluation_an_exam_result_shows_the_course_complete(
    learner_client, learner, evaluated_course, modules_done, final_exam
):
    attempt = submit(learner, final_exam)
    evaluation = {"rating": 5, "met_objectives": True}
    evaluation_submit(user=learner, course=evaluated_course, data=evaluation)
    section = next_section(result_html(learner_client, final_exam, attempt))
    assert "You have completed Trigger Point Techniques." in section


def test_result_page_queries_do_not_grow_with_modules(learner_client, learner, catalog):
    def measure(size: int) -> int:
        course = CoursePageFactory(parent=catalog)
        modules = [ModulePageFactory(parent=course) for _ in range(size)]
        enrollment_create(user=learner, course=course)
        quiz = module_quiz(modules[0])
        attempt = submit(learner, quiz)
        url = quiz.url + f"attempts/{attempt.number}/result/"
        learner_client.get(url)
        with CaptureQueriesContext(connection) as ctx:
            assert "Continue: " in learner_client.get(url).content.decode()
        return len(ctx)

    assert measure(3) == measure(30)


@pytest.mark.parametrize(
    ("points", "label"),
    [
        ("1", "1 point"),
        ("1.00", "1 point"),
        ("2", "2 points"),
        ("10.00", "10 points"),
        ("0.5", "0.5 points"),
        ("1.50", "1.5 points"),
    ],
)
def test_points_are_singular_only_for_one(points, label):
    assert points_label(Decimal(points)) == label


def test_quiz_questions_show_their_points_in_the_right_number(learner_client, enrolled, make_quiz):
    quiz = make_quiz(
        [
            ("true_false", {"prompt": "<p>One.</p>", "correct": True, "points": "1"}),
            ("true_false", {"prompt": "<p>Two.</p>", "correct": True, "points": "2"}),
        ],
        shuffle_questions=False,
    )
    location = learner_client.post(quiz.url + "start/")["Location"]
    html = learner_client.get(location).content.decode()
    assert "Question 1 (1 point)" in html and "Question 2 (2 points)" in html
    learner_client.post(location, {"action": "submit"})
    result = learner_client.get(location + "result/").content.decode()
    assert "0 of 1 point<" in result and "0 of 2 points<" in result


TIME_THEN_FULL_STOP = re.compile(r"\b[ap]\.m\.\.|noon\.\.|midnight\.\.")


def test_a_time_is_never_followed_by_a_second_full_stop(learner_client, enrolled, make_quiz):
    """The site's time format ends in "a.m." or "p.m."; no sentence adds a full stop to it."""
    quiz = make_quiz(true_false_questions(2), cooldown_minutes=30)
    location = learner_client.post(quiz.url + "start/")["Location"]
    learner_client.post(location, {"action": "save"})
    attempt_html = learner_client.get(location).content.decode()
    saved = r"Saved at \d{1,2}(:\d\d)? ([ap]\.m\.|noon|midnight): 0 of 2 questions answered\."
    assert re.search(saved, attempt_html)
    assert "Saved at {time}: {answered} of 2 questions answered." in attempt_html  # for the script
    learner_client.post(location, {"action": "submit"})
    quiz_html = learner_client.get(quiz.url).content.decode()
    assert re.search(
        r"You can start your next attempt at [^<]+, once the wait between attempts is over\.",
        quiz_html,
    )
    for html in (attempt_html, quiz_html):
        assert not TIME_THEN_FULL_STOP.search(html)


def test_a_single_question_reads_in_the_singular(learner_client, enrolled, make_quiz):
    quiz = make_quiz(true_false_questions(1))
    location = learner_client.post(quiz.url + "start/")["Location"]
    html = learner_client.get(location).content.decode()
    assert "0 of 1 question answered." in html
    assert "Saved at {time}: {answered} of 1 question answered." in html
