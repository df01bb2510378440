"""Reads of quizzes and attempts for a learner. A learner only ever reaches their own."""

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from django.http import Http404
from django.utils.formats import number_format
from django.utils.translation import ngettext

from quizzes.grading import combine_scores, snapshot_questions
from quizzes.models import (
    Accommodation,
    AttemptStatus,
    QuizAttempt,
    QuizPage,
    ReviewDetail,
    ReviewWhen,
)
from quizzes.questions import field_name, question_type


@dataclass(frozen=True)
class QuizState:
    """What the quiz page shows a learner before they start."""

    attempts: list[QuizAttempt]  # graded, oldest first
    open_attempt: QuizAttempt | None
    attempts_left: int | None  # None: unlimited
    attempts_allowed: int | None  # the quiz's limit plus the learner's extra attempts
    time_limit_minutes: int | None  # the quiz's limit plus the learner's extra time
    next_start_at: datetime | None  # set while a cooldown runs
    grade: object  # Decimal | None, by the quiz's grading method
    best: object  # Decimal | None
    has_passed: bool


def accommodation_for(*, user, quiz: QuizPage) -> Accommodation:
    """The learner's accommodation on `quiz`, or an unsaved one granting nothing. Only a quiz
    with an attempt or time limit has anything to extend (and costs a query)."""
    found = None
    if quiz.max_attempts is not None or quiz.time_limit_minutes:
        found = Accommodation.objects.filter(user=user, quiz=quiz).first()
    return found or Accommodation(user=user, quiz=quiz)


def quiz_state(*, user, quiz: QuizPage, now: datetime) -> QuizState:
    rows = list(QuizAttempt.objects.filter(user=user, quiz=quiz).defer("layout", "given"))
    accommodation = accommodation_for(user=user, quiz=quiz)
    return build_quiz_state(quiz=quiz, rows=rows, accommodation=accommodation, now=now)


def build_quiz_state(
    *, quiz: QuizPage, rows: list[QuizAttempt], accommodation: Accommodation, now: datetime
) -> QuizState:
    """The state from a learner's attempts at `quiz` (oldest first) and their accommodation."""
    allowed = None
    if quiz.max_attempts is not None:
        allowed = quiz.max_attempts + accommodation.extra_attempts
    time_limit = None
    if quiz.time_limit_minutes:
        time_limit = quiz.time_limit_minutes + accommodation.extra_minutes
    graded = [a for a in rows if a.status == AttemptStatus.GRADED]
    scores = [a.score for a in graded]
    next_start = None
    if quiz.cooldown_minutes and graded:
        available = graded[-1].submitted_at + timedelta(minutes=quiz.cooldown_minutes)
        next_start = available if available > now else None
    return QuizState(
        attempts=graded,
        open_attempt=next((a for a in rows if a.is_open), None),
        attempts_left=None if allowed is None else max(0, allowed - len(graded)),
        attempts_allowed=allowed,
        time_limit_minutes=time_limit,
        next_start_at=next_start,
        grade=combine_scores(quiz.grading_method, scores),
        best=max(scores) if scores else None,
        has_passed=any(a.passed for a in graded),
    )


def attempt_for_learner(*, user, quiz: QuizPage, number: int) -> QuizAttempt:
    """The learner's own attempt, or 404 (also for someone else's)."""
    try:
        attempt = QuizAttempt.objects.get(user=user, quiz=quiz, number=number)
    except QuizAttempt.DoesNotExist:
        raise Http404 from None
    attempt.quiz, attempt.user = quiz, user
    return attempt


def review_detail(*, quiz: QuizPage, attempt: QuizAttempt, state: QuizState) -> str:
    """How much of a graded attempt the learner may see now, by the quiz's review policy."""
    if attempt.is_open:
        return ""
    if quiz.review_when == ReviewWhen.AFTER_PASSING and not state.has_passed:
        return ReviewDetail.SCORE
    if quiz.review_when == ReviewWhen.AFTER_LAST_ATTEMPT and state.attempts_left != 0:
        return ReviewDetail.SCORE
    if quiz.review_detail == ReviewDetail.EXPLAINED and (
        state.has_passed or state.attempts_left == 0
    ):
        return ReviewDetail.FULL  # nothing left to copy the key into
    return quiz.review_detail


def points_label(points: Decimal) -> str:
    """ "1 point", "2 points", "0.5 points": in the plural form the language uses for the
    number (a fraction takes the form of a number above one, as in English)."""
    points = points.normalize()
    count = int(points) if points == points.to_integral_value() else 2
    return ngettext("%(points)s point", "%(points)s points", count) % {
        "points": number_format(points)
    }


def _present_question(question: dict, answers: dict, results: dict, detail: str) -> dict:
    """One question for its type's template. While answering (`detail` ""), only the public
    view; in review, marks with MARKED and FULL, and key, feedback and explanation with FULL."""
    kind = question_type(question["type"])
    answer = answers.get(question["id"])
    if detail:
        shown = kind.review(question, answer, reveal=detail == ReviewDetail.FULL)
        shown["template"] = kind.review_template
    else:
        shown = kind.present(question, answer)
        shown["template"] = kind.template
    shown["name"] = field_name(question["id"])
    shown["points_label"] = points_label(Decimal(question["points"]))
    if detail in (ReviewDetail.EXPLAINED, ReviewDetail.FULL):
        shown["explanation"] = question["explanation"]
    if detail in (ReviewDetail.MARKED, ReviewDetail.EXPLAINED, ReviewDetail.FULL):
        shown["result"] = results.get(question["id"])
    return shown


def present_attempt(*, attempt: QuizAttempt, detail: str = "") -> list:
    """The attempt's items (questions and cases) as templates show them.

    `detail` "" is an attempt in progress: no keys, feedback, explanations or results reach
    the template at all.
    """
    results = attempt.results or {}
    items = []
    for item in attempt.snapshot["items"]:
        if item["kind"] == "case":
            items.append(
                {
                    "kind": "case",
                    "title": item["title"],
                    "vignette": item["vignette"],
                    "image": item["image"],
                    "questions": [
                        _present_question(q, attempt.answers, results, detail)
                        for q in item["questions"]
                    ],
                }
            )
        else:
            question = _present_question(item["question"], attempt.answers, results, detail)
            items.append({"kind": "question", "question": question})
    return items


def answered_count(attempt: QuizAttempt) -> tuple[int, int]:
    questions = snapshot_questions(attempt.snapshot)
    return sum(1 for q in questions if q["id"] in attempt.answers), len(questions)
