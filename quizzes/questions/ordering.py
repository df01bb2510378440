from fractions import Fraction
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import blocks

from quizzes.questions.base import (
    AnswerError,
    PartsType,
    QuestionBlock,
    field_name,
    rows,
)


class OrderingBlock(QuestionBlock):
    items = rows(
        blocks.CharBlock(max_length=200), 2, label=gettext_lazy("Items, in the correct order")
    )

    class Meta:
        icon = "order"
        label = gettext_lazy("Ordering")
        help_text = gettext_lazy(
            "Points in proportion to the items placed in their correct position."
        )
        preview_value = {
            "prompt": "<p>Put the session steps in order.</p>",
            "items": ["Intake interview", "Assessment", "Treatment", "Aftercare advice"],
        }


class Ordering(PartsType):
    """The learner gives each item its position; points in proportion to items in place.

    Items are shown in a uniformly random order, which may happen to be the right one: a
    rule such as "never the right order" would itself give the answer away (with two items it
    would always mean "swap them"). The answer maps each item's token to its 1-based
    position."""

    name = "ordering"
    block_class = OrderingBlock
    template = "quizzes/questions/ordering.html"
    review_template = "quizzes/questions/ordering_review.html"
    parts = "items"
    arranged = ("items",)

    def stream_fields(self, data: dict) -> dict:
        return {"items": list(data["items"])}

    def shuffled(self, shuffle_options: bool) -> tuple[str, ...]:
        return self.arranged  # always: the authored order is the answer

    def freeze_fields(self, value, *, token):
        items = [
            {"key": bound.id, "token": token(), "text": bound.value}
            for bound in value["items"].bound_blocks
        ]
        return {"items": items, "order": [item["token"] for item in items]}

    def public_fields(self, question: dict) -> dict:
        return {
            "items": [{"token": i["token"], "text": i["text"]} for i in question["items"]],
            "positions": list(range(1, len(question["items"]) + 1)),
        }

    def clean_part(self, question: dict, value: Any) -> Any:
        size = len(question["items"])
        if isinstance(value, str) and value.isascii() and value.isdigit() and len(value) <= 3:
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= size:
            raise AnswerError(
                _("Positions must be whole numbers from 1 to %(size)s.") % {"size": size}
            )
        return value

    def key(self, question: dict) -> Any:
        return {token: position for position, token in enumerate(question["order"], start=1)}

    def rekey_fields(self, question: dict, value) -> dict:
        """The items still in `value` take its order, in the places they held in the frozen
        order; an item no longer in `value` keeps its frozen place."""
        position = {bound.id: index for index, bound in enumerate(value["items"].bound_blocks)}
        keys = {item["token"]: item.get("key") for item in question["items"]}
        present = [token for token in question["order"] if keys.get(token) in position]
        reordered = iter(sorted(present, key=lambda token: position[keys[token]]))
        return {
            "order": [
                next(reordered) if keys.get(token) in position else token
                for token in question["order"]
            ]
        }

    def grade(self, question: dict, answer: Any) -> Fraction:
        order = question["order"]
        if not order or not isinstance(answer, dict):
            return Fraction(0)
        right = sum(1 for index, token in enumerate(order, start=1) if answer.get(token) == index)
        return Fraction(right, len(order))

    def present(self, question: dict, answer: Any) -> dict:
        shown = super().present(question, answer)
        for item in shown["items"]:
            item["name"] = field_name(question["id"], item["token"])
            item["chosen"] = (answer or {}).get(item["token"])
        return shown

    def review(self, question: dict, answer: Any, *, reveal: bool) -> dict:
        shown = self.present(question, answer)
        if reveal:
            texts = {item["token"]: item["text"] for item in question["items"]}
            shown["correct_order"] = [texts[token] for token in question["order"]]
        return shown
