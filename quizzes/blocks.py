"""Question blocks. Each question's answers are keyed by its block's stable id.

`snapshot()` freezes a question exactly as one attempt presents it: option order and opaque
per-attempt tokens, with the key kept server-side in the attempt's snapshot.
"""

import random
import secrets
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock

PROMPT_FEATURES = ["bold", "italic", "ol", "ul"]


def new_token() -> str:
    return secrets.token_urlsafe(9)


def _error(**fields: str) -> StructBlockValidationError:
    return StructBlockValidationError(
        block_errors={name: ValidationError(message) for name, message in fields.items()}
    )


class OptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Option"), max_length=300)
    correct = blocks.BooleanBlock(label=_("Correct"), required=False)
    feedback = blocks.CharBlock(
        label=_("Feedback"),
        required=False,
        max_length=300,
        help_text=_("Shown with this option when the review policy allows."),
    )


class QuestionBlock(blocks.StructBlock):
    """Fields every question has. Subclasses add their answer fields and `snapshot_fields`."""

    prompt = blocks.RichTextBlock(label=_("Question"), features=PROMPT_FEATURES)
    points = blocks.DecimalBlock(
        label=_("Points"),
        default=Decimal("1"),
        min_value=Decimal("0.01"),
        max_digits=5,
        decimal_places=2,
    )
    explanation = blocks.RichTextBlock(
        label=_("Explanation"),
        required=False,
        features=PROMPT_FEATURES,
        help_text=_(
            "Why the answer is right. Shown after the attempt if the review policy allows."
        ),
    )

    def snapshot(self, value, *, block_id: str, rng: random.Random, shuffle_options: bool) -> dict:
        return {
            "id": block_id,
            "type": self.name,
            "prompt": value["prompt"].source,
            "points": str(value["points"]),
            "explanation": value["explanation"].source if value["explanation"] else "",
            **self.snapshot_fields(value, rng=rng, shuffle_options=shuffle_options),
        }

    def snapshot_fields(self, value, *, rng, shuffle_options) -> dict[str, Any]:
        raise NotImplementedError


class ChoiceQuestionBlock(QuestionBlock):
    options = blocks.ListBlock(OptionBlock(), label=_("Options"), min_num=2)

    def snapshot_fields(self, value, *, rng, shuffle_options):
        options = [
            {
                "key": bound.id,
                "token": new_token(),
                "text": bound.value["text"],
                "correct": bool(bound.value["correct"]),
                "feedback": bound.value["feedback"],
            }
            for bound in value["options"].bound_blocks
        ]
        if shuffle_options:
            rng.shuffle(options)
        return {"options": options}


class SingleChoiceBlock(ChoiceQuestionBlock):
    def clean(self, value):
        value = super().clean(value)
        if sum(1 for option in value["options"] if option["correct"]) != 1:
            raise _error(options=_("Mark exactly one option as correct."))
        return value

    class Meta:
        icon = "radio-full"
        label = _("Single choice")
        help_text = _("One correct option. All or nothing.")


class MultipleResponseBlock(ChoiceQuestionBlock):
    def clean(self, value):
        value = super().clean(value)
        if not any(option["correct"] for option in value["options"]):
            raise _error(options=_("Mark at least one option as correct."))
        return value

    class Meta:
        icon = "tasks"
        label = _("Multiple response")
        help_text = _(
            "Select all that apply. With k correct options, each correct option chosen earns "
            "1/k of the points and each wrong option chosen loses 1/k, never below zero."
        )


class TrueFalseBlock(QuestionBlock):
    correct = blocks.ChoiceBlock(
        label=_("Correct answer"),
        choices=[("true", _("True")), ("false", _("False"))],
        default="true",
    )
    feedback_true = blocks.CharBlock(label=_("Feedback for True"), required=False, max_length=300)
    feedback_false = blocks.CharBlock(label=_("Feedback for False"), required=False, max_length=300)

    def snapshot_fields(self, value, *, rng, shuffle_options):
        return {
            "options": [
                {
                    "key": key,
                    "token": new_token(),
                    "text": str(label),
                    "correct": value["correct"] == key,
                    "feedback": value[f"feedback_{key}"],
                }
                for key, label in (("true", _("True")), ("false", _("False")))
            ]
        }

    class Meta:
        icon = "radio-empty"
        label = _("True or false")
        help_text = _("All or nothing.")


class MatchPairBlock(blocks.StructBlock):
    prompt = blocks.CharBlock(label=_("Item"), max_length=200)
    match = blocks.CharBlock(label=_("Its match"), max_length=200)


class MatchingBlock(QuestionBlock):
    pairs = blocks.ListBlock(MatchPairBlock(), label=_("Pairs"), min_num=2)
    distractors = blocks.ListBlock(
        blocks.CharBlock(max_length=200),
        label=_("Extra wrong matches"),
        required=False,
        default=[],
    )

    def clean(self, value):
        value = super().clean(value)
        matches = [pair["match"].strip().casefold() for pair in value["pairs"]]
        matches += [d.strip().casefold() for d in value["distractors"]]
        if len(set(matches)) != len(matches):
            raise _error(pairs=_("Each match and extra wrong match must be different."))
        return value

    def snapshot_fields(self, value, *, rng, shuffle_options):
        choices, rows = [], []
        for bound in value["pairs"].bound_blocks:
            choice = {"token": new_token(), "text": bound.value["match"]}
            choices.append(choice)
            rows.append(
                {
                    "key": bound.id,
                    "token": new_token(),
                    "text": bound.value["prompt"],
                    "answer": choice["token"],
                }
            )
        choices += [{"token": new_token(), "text": text} for text in value["distractors"]]
        rng.shuffle(choices)  # always: the pairs' order would give the answers away
        if shuffle_options:
            rng.shuffle(rows)
        return {"rows": rows, "choices": choices}

    class Meta:
        icon = "link"
        label = _("Matching")
        help_text = _("Points in proportion to the items matched correctly.")


class OrderingBlock(QuestionBlock):
    items = blocks.ListBlock(
        blocks.CharBlock(max_length=200),
        label=_("Items, in the correct order"),
        min_num=2,
    )

    def snapshot_fields(self, value, *, rng, shuffle_options):
        items = [
            {"key": bound.id, "token": new_token(), "text": bound.value}
            for bound in value["items"].bound_blocks
        ]
        order = [item["token"] for item in items]
        presented = list(items)
        for _attempt in range(10):  # never present the answer itself
            rng.shuffle(presented)
            if [item["token"] for item in presented] != order:
                break
        return {"items": presented, "order": order}

    class Meta:
        icon = "order"
        label = _("Ordering")
        help_text = _("Points in proportion to the items placed in their correct position.")


class ShortAnswerBlock(QuestionBlock):
    accepted = blocks.ListBlock(
        blocks.CharBlock(max_length=200),
        label=_("Accepted answers"),
        min_num=1,
        help_text=_("Every spelling or abbreviation you accept. Case and spaces are ignored."),
    )

    def snapshot_fields(self, value, *, rng, shuffle_options):
        return {"accepted": list(value["accepted"])}

    class Meta:
        icon = "edit"
        label = _("Short answer")
        help_text = _("All or nothing; matches any accepted answer, ignoring case and spaces.")


class NumericBlock(QuestionBlock):
    answer = blocks.DecimalBlock(label=_("Answer"), max_digits=12, decimal_places=4)
    tolerance = blocks.DecimalBlock(
        label=_("Tolerance"),
        default=Decimal("0"),
        min_value=Decimal("0"),
        max_digits=12,
        decimal_places=4,
        help_text=_("Answers within this distance of the answer, inclusive, are correct."),
    )
    unit = blocks.CharBlock(label=_("Unit"), required=False, max_length=40)

    def snapshot_fields(self, value, *, rng, shuffle_options):
        return {
            "answer": str(value["answer"]),
            "tolerance": str(value["tolerance"]),
            "unit": value["unit"],
        }

    class Meta:
        icon = "decimal"
        label = _("Numeric")
        help_text = _("All or nothing, within the tolerance.")


class BasicQuestionStreamBlock(blocks.StreamBlock):
    single_choice = SingleChoiceBlock()
    multiple_response = MultipleResponseBlock()
    true_false = TrueFalseBlock()
    matching = MatchingBlock()
    ordering = OrderingBlock()
    short_answer = ShortAnswerBlock()
    numeric = NumericBlock()


class CaseScenarioBlock(blocks.StructBlock):
    """A clinical vignette followed by questions about it, kept together and in order."""

    title = blocks.CharBlock(label=_("Title"), max_length=150)
    vignette = blocks.RichTextBlock(label=_("Vignette"), features=PROMPT_FEATURES)
    image = ImageChooserBlock(label=_("Image"), required=False)
    image_alt = blocks.CharBlock(label=_("Image description"), required=False, max_length=250)
    questions = BasicQuestionStreamBlock(label=_("Questions"), min_num=1)

    def clean(self, value):
        value = super().clean(value)
        if value["image"] and not value["image_alt"].strip():
            raise _error(image_alt=_("Describe the image for learners who cannot see it."))
        return value

    class Meta:
        icon = "user"
        label = _("Case scenario")


class QuestionPoolBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        label=_("Pool name"), max_length=150, help_text=_("For instructors; learners never see it.")
    )
    draw = blocks.IntegerBlock(label=_("Questions to draw"), min_value=1, default=1)
    questions = BasicQuestionStreamBlock(label=_("Questions"), min_num=1)

    def clean(self, value):
        value = super().clean(value)
        if value["draw"] > len(value["questions"]):
            raise StructBlockValidationError(
                non_block_errors=ErrorList(
                    [
                        ValidationError(
                            _("This pool draws %(draw)s questions but holds only %(count)s.")
                            % {"draw": value["draw"], "count": len(value["questions"])}
                        )
                    ]
                )
            )
        return value

    class Meta:
        icon = "placeholder"
        label = _("Question pool")
        help_text = _(
            "Each attempt draws this many questions at random, questions the learner has not "
            "seen yet first."
        )


class QuizStreamBlock(BasicQuestionStreamBlock):
    case_scenario = CaseScenarioBlock()
    question_pool = QuestionPoolBlock()
