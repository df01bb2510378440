"""The question types: one module each, listed in QUESTION_TYPES.

Everything else (the quiz's StreamField, snapshots, reading answers, grading, presentation and
review) dispatches through `question_type(name)`. Adding a type adds a module here, its
templates in templates/quizzes/questions/, and a line below; the contract tests in
tests/quizzes/test_question_types.py then cover it.
"""

from collections.abc import Mapping
from decimal import Decimal
from fractions import Fraction
from typing import Any

from django.utils.translation import gettext as _

from quizzes.grading import (
    TWO_DECIMALS,
    AttemptResult,
    QuestionResult,
    snapshot_questions,
    to_decimal,
)
from quizzes.questions.base import AnswerError, QuestionType, field_name
from quizzes.questions.matching import Matching
from quizzes.questions.multiple_response import MultipleResponse
from quizzes.questions.numeric import Numeric
from quizzes.questions.ordering import Ordering
from quizzes.questions.short_answer import ShortAnswer
from quizzes.questions.single_choice import SingleChoice
from quizzes.questions.true_false import TrueFalse

QUESTION_TYPES: dict[str, QuestionType] = {
    question_type.name: question_type
    for question_type in (
        SingleChoice(),
        MultipleResponse(),
        TrueFalse(),
        Matching(),
        Ordering(),
        ShortAnswer(),
        Numeric(),
    )
}


def question_type(name: str) -> QuestionType:
    return QUESTION_TYPES[name]


def grade_question(question: dict, answer) -> QuestionResult:
    fraction = question_type(question["type"]).grade(question, answer)
    return QuestionResult(question["id"], fraction, Fraction(Decimal(question["points"])))


def grade_attempt(snapshot: Mapping, answers: Mapping[str, Any]) -> AttemptResult:
    """Every question of a snapshot graded against `answers` (question id -> answer)."""
    return AttemptResult(
        [grade_question(q, answers.get(q["id"])) for q in snapshot_questions(snapshot)]
    )


def response_rows(snapshot: Mapping, answers: Mapping[str, Any]) -> tuple[list[dict], list[dict]]:
    """A graded attempt as rows the database can aggregate: one per question (position,
    answered, earned, points, fraction) and one per option picked (by its stable key)."""
    responses, choices = [], []
    for position, question in enumerate(snapshot_questions(snapshot), start=1):
        answer = answers.get(question["id"])
        graded = grade_question(question, answer)
        responses.append(
            {
                "question_id": question["id"],
                "position": position,
                "answered": answer is not None,
                "earned": to_decimal(graded.earned, TWO_DECIMALS),
                "points": to_decimal(graded.points, TWO_DECIMALS),
                "fraction": float(graded.fraction),
            }
        )
        choices += [
            {"question_id": question["id"], "option_key": key}
            for key in question_type(question["type"]).chosen_keys(question, answer)
        ]
    return responses, choices


def clean_answers(snapshot: Mapping, answers: Mapping[str, Any]) -> dict[str, Any]:
    """`answers` checked against the snapshot, in canonical form, unanswered ones left out.

    Raises AnswerError, accepting nothing, if an answer is for a question the attempt does
    not have or is not one the question's form could have sent.
    """
    questions = {q["id"]: q for q in snapshot_questions(snapshot)}
    if not set(answers) <= set(questions):
        raise AnswerError(_("The answers include questions that are not in this attempt."))
    cleaned = {}
    for question_id, raw in answers.items():
        question = questions[question_id]
        answer = question_type(question["type"]).clean(question, raw)
        if answer is not None:
            cleaned[question_id] = answer
    return cleaned


__all__ = [
    "QUESTION_TYPES",
    "AnswerError",
    "QuestionType",
    "clean_answers",
    "field_name",
    "grade_attempt",
    "grade_question",
    "question_type",
    "response_rows",
]
