import random
from datetime import timedelta
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.utils import timezone

from courses.models import ModuleCompletion
from quizzes.forms import answers_from_post
from quizzes.grading import snapshot_questions
from quizzes.models import AttemptStatus, QuizAttempt
from quizzes.questions import AnswerError
from quizzes.services import (
    AttemptClosed,
    StartRefused,
    attempt_save_answers,
    attempt_start,
    attempt_submit,
    attempts_close_overdue,
)
from tests.factories.quizzes import form_data, true_false_questions
from tests.quizzes.conftest import right_post, wrong_post

pytestmark = pytest.mark.django_db


def parse(attempt, fields: dict) -> dict:
    """Answers read from form fields, as the attempt view reads them."""
    return answers_from_post(attempt.snapshot, form_data(fields))


def test_start_freezes_a_snapshot_of_every_question(learner, enrolled, quiz):
    attempt, created = attempt_start(user=learner, quiz=quiz)
    assert created and attempt.number == 1 and attempt.is_open
    types = [q["type"] for q in snapshot_questions(attempt.snapshot)]
    # 8 plain questions (one inside the case) + 1 drawn from the pool
    assert sorted(types) == sorted(
        [
            "single_choice",
            "multiple_response",
            "true_false",
            "matching",
            "ordering",
            "short_answer",
            "numeric",
            "true_false",
            "true_false",
        ]
    )
    assert [q["number"] for q in snapshot_questions(attempt.snapshot)] == list(range(1, 10))


def test_start_twice_resumes_the_open_attempt(learner, enrolled, quiz):
    first, _ = attempt_start(user=learner, quiz=quiz)
    again, created = attempt_start(user=learner, quiz=quiz)
    assert not created and again.pk == first.pk
    assert QuizAttempt.objects.count() == 1


def test_start_requires_enrollment(learner, quiz):
    with pytest.raises(StartRefused, match="Enroll in this course"):
        attempt_start(user=learner, quiz=quiz)
    assert not QuizAttempt.objects.exists()


def test_no_start_beyond_attempts_allowed(learner, enrolled, make_quiz):
    quiz = make_quiz(true_false_questions(2), max_attempts=1)
    attempt, _ = attempt_start(user=learner, quiz=quiz)
    attempt_submit(attempt=attempt)
    with pytest.raises(StartRefused, match="You have used your one attempt."):
        attempt_start(user=learner, quiz=quiz)
    assert QuizAttempt.objects.count() == 1


def test_no_start_inside_cooldown(learner, enrolled, make_quiz):
    quiz = make_quiz(true_false_questions(2), cooldown_minutes=60)
    now = timezone.now()
    attempt, _ = attempt_start(user=learner, quiz=quiz, now=now)
    attempt_submit(attempt=attempt, now=now)
    with pytest.raises(StartRefused, match="You can start your next attempt at"):
        attempt_start(user=learner, quiz=quiz, now=now + timedelta(minutes=59))
    second, created = attempt_start(user=learner, quiz=quiz, now=now + timedelta(minutes=61))
    assert created and second.number == 2


def test_pool_draws_unseen_questions_first(learner, enrolled, make_quiz):
    pool = ("question_pool", {"title": "P", "draw": 2, "questions": true_false_questions(4)})
    quiz = make_quiz([pool])
    first, _ = attempt_start(user=learner, quiz=quiz, rng=random.Random(1))
    attempt_submit(attempt=first)
    second, _ = attempt_start(user=learner, quiz=quiz, rng=random.Random(1))
    ids = lambda a: {q["id"] for q in snapshot_questions(a.snapshot)}  # noqa: E731
    assert len(ids(first)) == 2 and len(ids(second)) == 2
    assert ids(first).isdisjoint(ids(second))


def test_options_are_shuffled_and_tokens_are_opaque(learner, enrolled, make_quiz):
    options = [{"text": f"Option {n}", "correct": n == 0} for n in range(6)]
    quiz = make_quiz([("single_choice", {"prompt": "<p>Q</p>", "options": options})] * 1)
    orders = set()
    for seed in range(5):
        attempt, _ = attempt_start(user=learner, quiz=quiz, rng=random.Random(seed))
        question = snapshot_questions(attempt.snapshot)[0]
        orders.add(tuple(o["text"] for o in question["options"]))
        tokens = [o["token"] for o in question["options"]]
        assert len(set(tokens)) == 6 and all(len(t) >= 12 for t in tokens)
        QuizAttempt.objects.filter(pk=attempt.pk).delete()
    assert len(orders) > 1


def test_editing_the_quiz_never_changes_an_attempt(learner, enrolled, quiz):
    attempt, _ = attempt_start(user=learner, quiz=quiz)
    before = attempt.snapshot
    quiz.questions = []
    quiz.pass_mark = 10
    quiz.save_revision().publish()
    attempt.refresh_from_db()
    assert attempt.snapshot == before
    assert len(snapshot_questions(attempt.snapshot)) == 9


def test_submit_with_every_answer_right_passes_and_completes_module(
    learner, enrolled, quiz, modules
):
    attempt, _ = attempt_start(user=learner, quiz=quiz)
    graded = attempt_submit(attempt=attempt, answers=parse(attempt, right_post(attempt.snapshot)))
    assert graded.status == AttemptStatus.GRADED
    assert graded.score == Decimal("100.0") and graded.passed
    assert all(r["correct"] for r in graded.results.values())
    assert ModuleCompletion.objects.filter(user=learner, module=modules[0]).exists()


def test_failing_submit_does_not_complete_module(learner, enrolled, quiz):
    attempt, _ = attempt_start(user=learner, quiz=quiz)
    graded = attempt_submit(attempt=attempt, answers=parse(attempt, wrong_post(attempt.snapshot)))
    assert graded.score == Decimal("0.0") and graded.passed is False
    assert not ModuleCompletion.objects.exists()


def test_submit_twice_grades_once(learner, enrolled, quiz):
    attempt, _ = attempt_start(user=learner, quiz=quiz)
    attempt_submit(attempt=attempt, answers=parse(attempt, right_post(attempt.snapshot)))
    with pytest.raises(AttemptClosed, match="already been submitted"):
        attempt_submit(attempt=attempt, answers=parse(attempt, wrong_post(attempt.snapshot)))
    attempt.refresh_from_db()
    assert attempt.score == Decimal("100.0")


@pytest.mark.parametrize(
    "tamper",
    [
        lambda s, q: {f"q-{q['id']}": "not-a-token"},
        lambda s, q: {"q-not-a-question": "x"},
        lambda s, q: {f"q-{q['id']}-extra": "1"},
    ],
)
def test_tampered_answers_are_refused_and_nothing_changes(learner, enrolled, quiz, tamper):
    attempt, _ = attempt_start(user=learner, quiz=quiz)
    saved = right_post(attempt.snapshot)
    attempt_save_answers(attempt=attempt, answers=parse(attempt, saved))
    attempt.refresh_from_db()
    before = attempt.answers
    single = next(q for q in snapshot_questions(attempt.snapshot) if q["type"] == "single_choice")
    with pytest.raises(AnswerError):
        attempt_save_answers(
            attempt=attempt, answers=parse(attempt, {**saved, **tamper(attempt.snapshot, single)})
        )
    attempt.refresh_from_db()
    assert attempt.answers == before


def test_oversized_and_non_numeric_text_is_refused(learner, enrolled, quiz):
    attempt, _ = attempt_start(user=learner, quiz=quiz)
    questions = {q["type"]: q for q in snapshot_questions(attempt.snapshot)}
    with pytest.raises(AnswerError, match="limited to 500 characters"):
        attempt_save_answers(
            attempt=attempt,
            answers=parse(attempt, {f"q-{questions['short_answer']['id']}": "x" * 501}),
        )
    with pytest.raises(AnswerError, match="needs a number"):
        attempt_save_answers(
            attempt=attempt, answers=parse(attempt, {f"q-{questions['numeric']['id']}": "5O"})
        )
    attempt.refresh_from_db()
    assert attempt.answers == {}


def test_answers_after_deadline_and_grace_are_refused(learner, enrolled, make_quiz):
    quiz = make_quiz(true_false_questions(2), time_limit_minutes=10)
    start = timezone.now()
    attempt, _ = attempt_start(user=learner, quiz=quiz, now=start)
    assert attempt.deadline == start + timedelta(minutes=10)
    in_time = right_post(attempt.snapshot)
    attempt_save_answers(
        attempt=attempt,
        answers=parse(attempt, in_time),
        now=start + timedelta(minutes=10, seconds=20),
    )
    with pytest.raises(AttemptClosed, match="Time ran out"):
        attempt_submit(
            attempt=attempt,
            answers=parse(attempt, wrong_post(attempt.snapshot)),
            now=start + timedelta(minutes=10, seconds=31),
        )
    attempt.refresh_from_db()
    assert attempt.status == AttemptStatus.GRADED and attempt.timed_out
    assert attempt.score == Decimal("100.0")  # graded with the answers saved in time


def test_close_overdue_command_grades_saved_answers(learner, enrolled, make_quiz):
    quiz = make_quiz(true_false_questions(2), time_limit_minutes=5)
    start = timezone.now() - timedelta(minutes=6)
    attempt, _ = attempt_start(user=learner, quiz=quiz, now=start)
    attempt_save_answers(
        attempt=attempt, answers=parse(attempt, right_post(attempt.snapshot)), now=start
    )
    fresh, _ = attempt_start(
        user=learner, quiz=make_quiz(true_false_questions(1), time_limit_minutes=5)
    )
    call_command("close_overdue_attempts", stdout=open("/dev/null", "w"))  # noqa: SIM115
    attempt.refresh_from_db()
    fresh.refresh_from_db()
    assert attempt.status == AttemptStatus.GRADED and attempt.timed_out and attempt.passed
    assert fresh.is_open
    assert attempts_close_overdue() == 0


@pytest.mark.parametrize(
    ("kind", "value", "message"),
    [
        ("numeric", "1e999999999", "needs a number"),
        ("short_answer", "bad\x00byte", "control characters"),
        ("ordering", "\u00b2", "Positions must be whole numbers"),
    ],
)
def test_hostile_values_are_refused_not_crashing(learner, enrolled, quiz, kind, value, message):
    attempt, _ = attempt_start(user=learner, quiz=quiz)
    question = next(q for q in snapshot_questions(attempt.snapshot) if q["type"] == kind)
    name = f"q-{question['id']}"
    if kind == "ordering":
        name = f"{name}-{question['items'][0]['token']}"
    with pytest.raises(AnswerError, match=message):
        attempt_submit(attempt=attempt, answers=parse(attempt, {name: value}))
    attempt.refresh_from_db()
    assert attempt.is_open and attempt.answers == {}


def test_a_pass_after_leaving_the_course_still_completes_the_module(
    learner, enrolled, quiz, modules
):
    from courses.services import enrollment_deactivate

    attempt, _ = attempt_start(user=learner, quiz=quiz)
    enrollment_deactivate(user=learner, course=enrolled.course)
    attempt_submit(attempt=attempt, answers=parse(attempt, right_post(attempt.snapshot)))
    assert ModuleCompletion.objects.filter(user=learner, module=modules[0]).exists()
