"""Reading answers from a submitted attempt form (or its autosave), against the snapshot.

Field names: `q-<question id>` for choice, short answer and numeric questions;
`q-<question id>-<row or item token>` for matching rows and ordering positions. Anything that
does not belong to the attempt is refused whole, so a tampered request saves nothing.
"""

from collections.abc import Mapping
from typing import Any

from django.utils.translation import gettext as _

from quizzes.grading import parse_decimal, snapshot_questions

MAX_TEXT_ANSWER = 500
MAX_NUMBER_ANSWER = 40


class AnswerError(ValueError):
    """The submitted answers cannot be accepted; the message says why."""


def field_name(question_id: str, token: str | None = None) -> str:
    return f"q-{question_id}" if token is None else f"q-{question_id}-{token}"


def _one(data, name: str) -> str:
    values = data.getlist(name)
    if len(values) > 1:
        raise AnswerError(_("One answer was sent twice."))
    value = values[0] if values else ""
    if "\x00" in value:
        raise AnswerError(_("Answers cannot contain control characters."))
    return value


def _choice_answer(question, data) -> str | None:
    value = _one(data, field_name(question["id"]))
    if not value:
        return None
    if value not in {o["token"] for o in question["options"]}:
        raise AnswerError(_("An answer refers to an option that is not in this quiz."))
    return value


def _multiple_answer(question, data) -> list[str]:
    chosen = data.getlist(field_name(question["id"]))
    tokens = {o["token"] for o in question["options"]}
    if not set(chosen) <= tokens:
        raise AnswerError(_("An answer refers to an option that is not in this quiz."))
    return sorted(set(chosen))


def _matching_answer(question, data) -> dict[str, str]:
    choices = {c["token"] for c in question["choices"]}
    answer = {}
    for row in question["rows"]:
        value = _one(data, field_name(question["id"], row["token"]))
        if value and value not in choices:
            raise AnswerError(_("An answer refers to an option that is not in this quiz."))
        if value:
            answer[row["token"]] = value
    return answer


def _ordering_answer(question, data) -> dict[str, int]:
    size = len(question["items"])
    answer = {}
    for item in question["items"]:
        value = _one(data, field_name(question["id"], item["token"]))
        if not value:
            continue
        if not (value.isascii() and value.isdigit() and len(value) <= 3) or not (
            1 <= int(value) <= size
        ):
            raise AnswerError(
                _("Positions must be whole numbers from 1 to %(size)s.") % {"size": size}
            )
        answer[item["token"]] = int(value)
    return answer


def _text_answer(question, data) -> str | None:
    value = _one(data, field_name(question["id"])).strip()
    if len(value) > MAX_TEXT_ANSWER:
        raise AnswerError(
            _("Answers are limited to %(limit)s characters.") % {"limit": MAX_TEXT_ANSWER}
        )
    return value or None


def _numeric_answer(question, data) -> str | None:
    value = _one(data, field_name(question["id"])).strip()
    if not value:
        return None
    if len(value) > MAX_NUMBER_ANSWER or parse_decimal(value) is None:
        raise AnswerError(
            _("Question %(number)s needs a number, such as 12 or 2.5.")
            % {"number": question.get("number", "")}
        )
    return value


READERS = {
    "single_choice": _choice_answer,
    "true_false": _choice_answer,
    "multiple_response": _multiple_answer,
    "matching": _matching_answer,
    "ordering": _ordering_answer,
    "short_answer": _text_answer,
    "numeric": _numeric_answer,
}


def answers_from_post(snapshot: Mapping, data) -> dict[str, Any]:
    """Every answer in `data` (a QueryDict), validated against the snapshot.

    Unanswered questions are left out. Raises AnswerError, saving nothing, if any field names
    a question, option, row or item that this attempt does not have, or holds a bad value.
    """
    questions = snapshot_questions(snapshot)
    known = set()
    for question in questions:
        known.add(field_name(question["id"]))
        for part in question.get("rows", []) + question.get("items", []):
            known.add(field_name(question["id"], part["token"]))
    unknown = [name for name in data if name.startswith("q-") and name not in known]
    if unknown:
        raise AnswerError(
            _("The form contained answers to questions that are not in this attempt.")
        )
    answers = {}
    for question in questions:
        answer = READERS[question["type"]](question, data)
        if answer not in (None, [], {}):
            answers[question["id"]] = answer
    return answers
