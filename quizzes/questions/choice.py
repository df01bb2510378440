"""What the choice types share: options with opaque tokens, one template."""

from fractions import Fraction
from typing import Any

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from quizzes.questions.base import QuestionType, check_token


class OptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Option"), max_length=300)
    correct = blocks.BooleanBlock(label=_("Correct"), required=False)
    feedback = blocks.CharBlock(
        label=_("Feedback"),
        required=False,
        max_length=300,
        help_text=_("Shown with this option when the review policy allows."),
    )


def option_values(options: list[dict]) -> list[dict]:
    return [
        {"text": o["text"], "correct": bool(o["correct"]), "feedback": o.get("feedback", "")}
        for o in options
    ]


def frozen_options(bound_blocks, *, token) -> list[dict]:
    return [
        {
            "key": bound.id,
            "token": token(),
            "text": bound.value["text"],
            "correct": bool(bound.value["correct"]),
            "feedback": bound.value["feedback"],
        }
        for bound in bound_blocks
    ]


class ChoiceType(QuestionType):
    """Pick one option; all or nothing. Options are authored as a list (`options`); true or
    false overrides how they are authored and frozen."""

    template = "quizzes/questions/choice.html"
    review_template = "quizzes/questions/choice_review.html"
    answer_type = str
    multiple = False
    arranged = ("options",)

    def stream_fields(self, data: dict) -> dict:
        return {"options": option_values(data["options"])}

    def freeze_fields(self, value, *, token):
        return {"options": frozen_options(value["options"].bound_blocks, token=token)}

    def public_fields(self, question: dict) -> dict:
        return {
            "multiple": self.multiple,
            "options": [{"token": o["token"], "text": o["text"]} for o in question["options"]],
        }

    def tokens(self, question: dict) -> set[str]:
        return {o["token"] for o in question["options"]}

    def clean(self, question: dict, raw: Any) -> Any:
        if raw in (None, ""):
            return None
        return check_token(raw, self.tokens(question))

    def key(self, question: dict) -> Any:
        return next(o["token"] for o in question["options"] if o["correct"])

    def grade(self, question: dict, answer: Any) -> Fraction:
        correct = {o["token"] for o in question["options"] if o["correct"]}
        return Fraction(1) if isinstance(answer, str) and answer in correct else Fraction(0)

    def correct_by_key(self, value) -> dict[str, bool]:
        """Whether each authored option is correct in `value`, by the option's stable key."""
        return {bound.id: bool(bound.value["correct"]) for bound in value["options"].bound_blocks}

    def rekey_fields(self, question: dict, value) -> dict:
        correct = self.correct_by_key(value)
        return {
            "options": [
                {**option, "correct": correct.get(option.get("key"), option["correct"])}
                for option in question["options"]
            ]
        }

    def chosen(self, answer: Any) -> set:
        return set(answer) if isinstance(answer, list) else {answer}

    def chosen_keys(self, question: dict, answer: Any) -> list[str]:
        chosen = self.chosen(answer)
        return [o["key"] for o in question["options"] if o["token"] in chosen]

    def present(self, question: dict, answer: Any) -> dict:
        shown = super().present(question, answer)
        chosen = self.chosen(answer)
        for option in shown["options"]:
            option["chosen"] = option["token"] in chosen
        return shown

    def review(self, question: dict, answer: Any, *, reveal: bool) -> dict:
        shown = self.present(question, answer)
        if reveal:
            for option, frozen in zip(shown["options"], question["options"], strict=True):
                option.update(correct=frozen["correct"], feedback=frozen["feedback"])
        return shown
