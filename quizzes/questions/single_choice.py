from django.utils.translation import gettext_lazy as _

from quizzes.questions.base import QuestionBlock, block_error, rows
from quizzes.questions.choice import ChoiceType, OptionBlock


class SingleChoiceBlock(QuestionBlock):
    options = rows(OptionBlock(), 2, label=_("Options"))

    def clean(self, value):
        value = super().clean(value)
        if sum(1 for option in value["options"] if option["correct"]) != 1:
            raise block_error(options=_("Mark exactly one option as correct."))
        return value

    class Meta:
        icon = "radio-full"
        label = _("Single choice")
        help_text = _("One correct option. All or nothing.")
        preview_value = {
            "prompt": "<p>Which finding calls for referral before any massage?</p>",
            "explanation": "<p>A warm, swollen, tender calf may be a deep vein thrombosis.</p>",
            "options": [
                {"text": "Warm, swollen, tender calf", "correct": True, "feedback": "Refer."},
                {"text": "Mild neck tension", "correct": False, "feedback": "Treat."},
                {"text": "Delayed-onset soreness", "correct": False, "feedback": "Common."},
            ],
        }


class SingleChoice(ChoiceType):
    """One correct option; all or nothing."""

    name = "single_choice"
    block_class = SingleChoiceBlock
