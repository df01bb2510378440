"""Scores: pure arithmetic over question results. No Django import, no database access.

Each question type grades its own answers into a fraction from 0 to 1 (its rule is in its
module in `quizzes/questions/` and in the editor's help text); a question earns points x
fraction. The attempt's score is earned / available as a
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


def snapshot_questions(snapshot: Mapping) -> list[Mapping]:
    """Every gradable question of a snapshot, in the order presented (cases flattened)."""
    questions = []
    for item in snapshot["items"]:
        if item["kind"] == "case":
            questions.extend(item["questions"])
        else:
            questions.append(item["question"])
    return questions


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
