"""Grading: pure functions over an attempt's snapshot and answers. No database access.

Rules (also shown to instructors in the question editors' help text):

- Single choice and true/false: all or nothing.
- Multiple response: with k correct options, +1/k for each correct option chosen and -1/k for
  each wrong option chosen; the question score never goes below 0.
- Matching: proportional to the rows matched correctly.
- Ordering: proportional to the items in their correct position.
- Short answer: all or nothing; an answer matches an accepted variant ignoring case and
  surrounding (or repeated) spaces.
- Numeric: all or nothing; correct when within the tolerance of the answer, inclusive.

A question earns points x fraction. The attempt's score is earned / available as a
percentage, rounded half-up to one decimal place, and passes when score >= pass mark. Sums are
exact (fractions) until that single rounding, so the order of questions or answers cannot
change a score.
"""

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from fractions import Fraction
from typing import Any

ONE_DECIMAL = Decimal("0.1")
TWO_DECIMALS = Decimal("0.01")


class GradingMethod:
    HIGHEST = "highest"
    LATEST = "latest"
    FIRST = "first"
    AVERAGE = "average"


@dataclass(frozen=True)
class QuestionResult:
    question_id: str
    fraction: Fraction
    points: Fraction

    @property
    def earned(self) -> Fraction:
        return self.points * self.fraction

    @property
    def is_correct(self) -> bool:
        return self.fraction == 1

    def as_dict(self) -> dict[str, Any]:
        return {
            "earned": str(to_decimal(self.earned, TWO_DECIMALS)),
            "points": str(to_decimal(self.points, TWO_DECIMALS)),
            "correct": self.is_correct,
            "partial": 0 < self.fraction < 1,
        }


@dataclass(frozen=True)
class AttemptResult:
    questions: list[QuestionResult]

    @property
    def earned(self) -> Fraction:
        return sum((q.earned for q in self.questions), Fraction(0))

    @property
    def available(self) -> Fraction:
        return sum((q.points for q in self.questions), Fraction(0))

    @property
    def score(self) -> Decimal:
        return score_percent(self.earned, self.available)

    def passed(self, pass_mark: int | Decimal) -> bool:
        return self.score >= Decimal(pass_mark)


def to_decimal(value: Fraction, places: Decimal) -> Decimal:
    return (Decimal(value.numerator) / Decimal(value.denominator)).quantize(
        places, rounding=ROUND_HALF_UP
    )


def score_percent(earned: Fraction, available: Fraction) -> Decimal:
    """The one rounding rule for scores: percent, half-up, one decimal place."""
    if available <= 0:
        return Decimal("0.0")
    return to_decimal(100 * earned / available, ONE_DECIMAL)


def normalize_text(value: str) -> str:
    return " ".join(value.split()).casefold()


_THOUSANDS = re.compile(r"[-+]?\d{1,3}(,\d{3})+(\.\d+)?")
MAX_DIGITS = 12  # no quiz needs more; bounds keep arithmetic from overflowing


def parse_decimal(value: Any) -> Decimal | None:
    """A learner's number: "1,000" and "1 000" are a thousand, "2,5" is two and a half.

    None for anything that is not a plain, reasonably sized number.
    """
    text = "".join(str(value).split())
    if _THOUSANDS.fullmatch(text):
        text = text.replace(",", "")
    elif text.count(",") == 1 and "." not in text:
        text = text.replace(",", ".")
    try:
        number = Decimal(text)
    except (InvalidOperation, ValueError):
        return None
    if not number.is_finite() or abs(number.adjusted()) > MAX_DIGITS:
        return None
    return number


def _choice(question: Mapping, answer: Any) -> Fraction:
    correct = {o["token"] for o in question["options"] if o["correct"]}
    return Fraction(1) if isinstance(answer, str) and answer in correct else Fraction(0)


def _multiple(question: Mapping, answer: Any) -> Fraction:
    if not isinstance(answer, list | tuple | set | frozenset):
        return Fraction(0)
    chosen = {token for token in answer if isinstance(token, str)}
    correct = {o["token"] for o in question["options"] if o["correct"]}
    wrong = {o["token"] for o in question["options"] if not o["correct"]}
    if not correct:
        return Fraction(0)
    raw = Fraction(len(chosen & correct) - len(chosen & wrong), len(correct))
    return max(raw, Fraction(0))


def _matching(question: Mapping, answer: Any) -> Fraction:
    rows = question["rows"]
    if not rows or not isinstance(answer, Mapping):
        return Fraction(0)
    right = sum(1 for row in rows if answer.get(row["token"]) == row["answer"])
    return Fraction(right, len(rows))


def _ordering(question: Mapping, answer: Any) -> Fraction:
    """`answer` maps each item's token to the position (1-based) the learner gave it."""
    order = question["order"]
    if not order or not isinstance(answer, Mapping):
        return Fraction(0)
    right = sum(1 for index, token in enumerate(order, start=1) if answer.get(token) == index)
    return Fraction(right, len(order))


def _short_answer(question: Mapping, answer: Any) -> Fraction:
    if not isinstance(answer, str) or not answer.strip():
        return Fraction(0)
    accepted = {normalize_text(variant) for variant in question["accepted"]}
    return Fraction(1) if normalize_text(answer) in accepted else Fraction(0)


def _numeric(question: Mapping, answer: Any) -> Fraction:
    given = parse_decimal(answer) if answer not in (None, "") else None
    if given is None:
        return Fraction(0)
    expected = Decimal(question["answer"])
    tolerance = Decimal(question["tolerance"])
    return Fraction(1) if abs(given - expected) <= tolerance else Fraction(0)


GRADERS = {
    "single_choice": _choice,
    "true_false": _choice,
    "multiple_response": _multiple,
    "matching": _matching,
    "ordering": _ordering,
    "short_answer": _short_answer,
    "numeric": _numeric,
}


def grade_question(question: Mapping, answer: Any) -> QuestionResult:
    fraction = GRADERS[question["type"]](question, answer)
    return QuestionResult(question["id"], fraction, Fraction(Decimal(question["points"])))


def snapshot_questions(snapshot: Mapping) -> list[Mapping]:
    """Every gradable question of a snapshot, in the order presented (cases flattened)."""
    questions = []
    for item in snapshot["items"]:
        if item["kind"] == "case":
            questions.extend(item["questions"])
        else:
            questions.append(item["question"])
    return questions


def grade_attempt(snapshot: Mapping, answers: Mapping[str, Any]) -> AttemptResult:
    return AttemptResult(
        [grade_question(q, answers.get(q["id"])) for q in snapshot_questions(snapshot)]
    )


def combine_scores(method: str, scores: Iterable[Decimal]) -> Decimal | None:
    """The learner's quiz grade from their graded attempts' scores, oldest first."""
    scores = list(scores)
    if not scores:
        return None
    if method == GradingMethod.HIGHEST:
        return max(scores)
    if method == GradingMethod.LATEST:
        return scores[-1]
    if method == GradingMethod.FIRST:
        return scores[0]
    if method == GradingMethod.AVERAGE:
        return (sum(scores) / len(scores)).quantize(ONE_DECIMAL, rounding=ROUND_HALF_UP)
    raise ValueError(f"Unknown grading method: {method}")
