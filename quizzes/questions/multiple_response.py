from fractions import Fraction
from typing import Any

from django.utils.translation import gettext_lazy as _

from quizzes.questions.base import (
    QuestionBlock,
    block_error,
    check_token,
    field_name,
    rows,
    wrong_form,
)
from quizzes.questions.choice import ChoiceType, OptionBlock


class MultipleResponseBlock(QuestionBlock):
    options = rows(OptionBlock(), 2, label=_("Options"))

    def clean(self, value):
        value = super().clean(value)
        if not any(option["correct"] for option in value["options"]):
            raise block_error(options=_("Mark at least one option as correct."))
        return value

    class Meta:
        icon = "tasks"
        label = _("Multiple response")
        help_text = _(
            "Select all that apply. With k correct options, each correct option chosen earns "
            "1/k of the points and each wrong option chosen loses 1/k, never below zero."
        )
        preview_value = {
            "prompt": "<p>Which belong in an intake interview? Select all that apply.</p>",
            "options": [
                {"text": "Pain history", "correct": True, "feedback": ""},
                {"text": "Current medications", "correct": True, "feedback": ""},
                {"text": "Favourite colour", "correct": False, "feedback": "Not relevant."},
            ],
        }


class MultipleResponse(ChoiceType):
    """Select all that apply: +1/k per correct option chosen, -1/k per wrong one, floor 0."""

    name = "multiple_response"
    block_class = MultipleResponseBlock
    answer_type = list
    multiple = True

    def read(self, question: dict, data) -> Any:
        return data.getlist(field_name(question["id"])) or None

    def clean(self, question: dict, raw: Any) -> Any:
        if raw in (None, []):
            return None
        if not isinstance(raw, list):
            raise wrong_form()
        tokens = self.tokens(question)
        return sorted({check_token(token, tokens) for token in raw})

    def form_data(self, question: dict, answer: Any) -> dict[str, list[str]]:
        return {field_name(question["id"]): list(answer)}

    def key(self, question: dict) -> Any:
        return sorted(o["token"] for o in question["options"] if o["correct"])

    def grade(self, question: dict, answer: Any) -> Fraction:
        if not isinstance(answer, list | tuple | set | frozenset):
            return Fraction(0)
        chosen = {token for token in answer if isinstance(token, str)}
        correct = {o["token"] for o in question["options"] if o["correct"]}
        wrong = {o["token"] for o in question["options"] if not o["correct"]}
        if not correct:
            return Fraction(0)
        raw = Fraction(len(chosen & correct) - len(chosen & wrong), len(correct))
        return max(raw, Fraction(0))
