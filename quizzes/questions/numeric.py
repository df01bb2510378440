from decimal import Decimal
from fractions import Fraction
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import blocks

from quizzes.grading import parse_decimal
from quizzes.questions.base import AnswerError, QuestionBlock, QuestionType, check_text

MAX_NUMBER_ANSWER = 40


class NumericBlock(QuestionBlock):
    answer = blocks.DecimalBlock(label=gettext_lazy("Answer"), max_digits=12, decimal_places=4)
    tolerance = blocks.DecimalBlock(
        label=gettext_lazy("Tolerance"),
        default=Decimal("0"),
        min_value=Decimal("0"),
        max_digits=12,
        decimal_places=4,
        help_text=gettext_lazy(
            "Answers within this distance of the answer, inclusive, are correct."
        ),
    )
    unit = blocks.CharBlock(label=gettext_lazy("Unit"), required=False, max_length=40)

    class Meta:
        icon = "decimal"
        label = gettext_lazy("Numeric")
        help_text = gettext_lazy("All or nothing, within the tolerance.")
        preview_value = {
            "prompt": "<p>How many minutes of instruction make one CE hour in Florida?</p>",
            "answer": Decimal("50"),
            "tolerance": Decimal("0"),
            "unit": "minutes",
        }


class Numeric(QuestionType):
    """All or nothing: right when within the tolerance of the answer, inclusive. Learners may
    write "1,000", "1 000" or a decimal comma ("2,5")."""

    name = "numeric"
    block_class = NumericBlock
    template = "quizzes/questions/text.html"
    review_template = "quizzes/questions/text_review.html"
    answer_type = str
    max_length = MAX_NUMBER_ANSWER

    def stream_fields(self, data: dict) -> dict:
        return {
            "answer": str(data["answer"]),
            "tolerance": str(data.get("tolerance", "0")),
            "unit": data.get("unit", ""),
        }

    def freeze_fields(self, value, *, token):
        return {
            "answer": str(value["answer"]),
            "tolerance": str(value["tolerance"]),
            "unit": value["unit"],
        }

    def public_fields(self, question: dict) -> dict:
        return {"unit": question["unit"], "max_length": self.max_length, "numeric": True}

    def clean(self, question: dict, raw: Any) -> Any:
        if raw is None:
            return None
        value = check_text(raw, limit=self.max_length).strip()
        if value and parse_decimal(value) is None:
            raise AnswerError(
                _("Question %(number)s needs a number, such as 12 or 2.5.")
                % {"number": question.get("number", "")}
            )
        return value or None

    def key(self, question: dict) -> Any:
        return question["answer"]

    def rekey_fields(self, question: dict, value) -> dict:
        """Answer and tolerance from `value`; the unit stays as the learner saw it."""
        return {"answer": str(value["answer"]), "tolerance": str(value["tolerance"])}

    def grade(self, question: dict, answer: Any) -> Fraction:
        given = parse_decimal(answer) if isinstance(answer, str) and answer else None
        if given is None:
            return Fraction(0)
        expected = Decimal(question["answer"])
        tolerance = Decimal(question["tolerance"])
        return Fraction(1) if abs(given - expected) <= tolerance else Fraction(0)

    def review(self, question: dict, answer: Any, *, reveal: bool) -> dict:
        shown = self.present(question, answer)
        if reveal:
            shown["expected"] = question["answer"]
            if Decimal(question["tolerance"]):
                shown["tolerance"] = question["tolerance"]
        return shown
