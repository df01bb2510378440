from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from quizzes.questions.base import QuestionBlock
from quizzes.questions.choice import ChoiceType

ANSWERS = (("true", _("True")), ("false", _("False")))


class TrueFalseBlock(QuestionBlock):
    correct = blocks.ChoiceBlock(label=_("Correct answer"), choices=ANSWERS, default="true")
    feedback_true = blocks.CharBlock(label=_("Feedback for True"), required=False, max_length=300)
    feedback_false = blocks.CharBlock(label=_("Feedback for False"), required=False, max_length=300)

    class Meta:
        icon = "radio-empty"
        label = _("True or false")
        help_text = _("All or nothing.")
        preview_value = {
            "prompt": "<p>Massage therapists diagnose medical conditions.</p>",
            "explanation": "<p>Diagnosis is outside the scope of practice: refer.</p>",
            "correct": "false",
            "feedback_true": "Outside scope.",
            "feedback_false": "Right: refer for diagnosis.",
        }


class TrueFalse(ChoiceType):
    """Two fixed options, True then False, never shuffled."""

    name = "true_false"
    block_class = TrueFalseBlock

    def stream_fields(self, data: dict) -> dict:
        return {
            "correct": "true" if data["correct"] else "false",
            "feedback_true": data.get("feedback_true", ""),
            "feedback_false": data.get("feedback_false", ""),
        }

    def shuffled(self, shuffle_options: bool) -> tuple[str, ...]:
        return ()  # True always comes first

    def freeze_fields(self, value, *, token):
        return {
            "options": [
                {
                    "key": key,
                    "token": token(),
                    "text": str(label),
                    "correct": value["correct"] == key,
                    "feedback": value[f"feedback_{key}"],
                }
                for key, label in ANSWERS
            ]
        }

    def correct_by_key(self, value) -> dict[str, bool]:
        return {key: value["correct"] == key for key, _label in ANSWERS}
