"""The quiz's StreamField: every registered question type, case scenarios and pools.

Each question's answers are keyed by its block's stable id.
"""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock

from quizzes.questions import QUESTION_TYPES
from quizzes.questions.base import PROMPT_FEATURES, block_error


class BasicQuestionStreamBlock(blocks.StreamBlock):
    """One child block per registered question type."""

    def __init__(self, local_blocks=None, **kwargs):
        types = [(name, question_type.block()) for name, question_type in QUESTION_TYPES.items()]
        super().__init__(types + list(local_blocks or []), **kwargs)


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
            raise block_error(image_alt=_("Describe the image for learners who cannot see it."))
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
    def __init__(self, local_blocks=None, **kwargs):
        containers = [
            ("case_scenario", CaseScenarioBlock()),
            ("question_pool", QuestionPoolBlock()),
        ]
        super().__init__(containers + list(local_blocks or []), **kwargs)
