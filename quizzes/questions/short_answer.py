from fractions import Fraction
from typing import Any

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from quizzes.grading import normalize_text
from quizzes.questions.base import QuestionBlock, QuestionType, check_text

MAX_TEXT_ANSWER = 500


class ShortAnswerBlock(QuestionBlock):
    accepted = blocks.ListBlock(
        blocks.CharBlock(max_length=200),
        label=_("Accepted answers"),
        min_num=1,
        help_text=_("Every spelling or abbreviation you accept. Case and spaces are ignored."),
    )

    class Meta:
        icon = "edit"
        label = _("Short answer")
        help_text = _("All or nothing; matches any accepted answer, ignoring case and spaces.")
        preview_value = {
            "prompt": "<p>Name the clot in a deep vein, abbreviated or in full.</p>",
            "accepted": ["deep vein thrombosis", "DVT"],
        }


class ShortAnswer(QuestionType):
    """All or nothing: right when the answer equals an accepted variant, ignoring case and
    surrounding or repeated spaces."""

    name = "short_answer"
    block_class = ShortAnswerBlock
    template = "quizzes/questions/text.html"
    review_template = "quizzes/questions/text_review.html"
    answer_type = str
    free_text = True
    max_length = MAX_TEXT_ANSWER

    def stream_fields(self, data: dict) -> dict:
        return {"accepted": list(data["accepted"])}

    def freeze_fields(self, value, *, token):
        return {"accepted": list(value["accepted"])}

    def public_fields(self, question: dict) -> dict:
        return {"max_length": self.max_length}

    def clean(self, question: dict, raw: Any) -> Any:
        if raw is None:
            return None
        return check_text(raw, limit=self.max_length).strip() or None

    def key(self, question: dict) -> Any:
        return question["accepted"][0]

    def rekey_fields(self, question: dict, value) -> dict:
        return {"accepted": list(value["accepted"])}

    def grade(self, question: dict, answer: Any) -> Fraction:
        if not isinstance(answer, str) or not answer.strip():
            return Fraction(0)
        accepted = {normalize_text(variant) for variant in question["accepted"]}
        return Fraction(1) if normalize_text(answer) in accepted else Fraction(0)

    def review(self, question: dict, answer: Any, *, reveal: bool) -> dict:
        shown = self.present(question, answer)
        if reveal:
            shown["accepted"] = question["accepted"]
        return shown
