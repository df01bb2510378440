"""How many CE hours a course's required content supports.

NCBTMB's home-study rule of thumb: about 12,000 words of reading (200 words a minute) or an
hour of video or audio per CE hour. Quiz items add a set time each. The hour length is a
setting: NCBTMB counts 60 minutes, Florida and Texas 50-minute contact hours.
"""

from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal
from math import ceil

from django.conf import settings
from django.utils.html import strip_tags
from wagtail.blocks import StreamValue, StructValue
from wagtail.blocks.list_block import ListValue
from wagtail.models import Page
from wagtail.rich_text import RichText

WORDS_PER_MINUTE = 200


@dataclass(frozen=True)
class Estimate:
    words: int = 0
    video_minutes: int = 0
    quiz_items: int = 0

    def __add__(self, other: "Estimate") -> "Estimate":
        return Estimate(
            self.words + other.words,
            self.video_minutes + other.video_minutes,
            self.quiz_items + other.quiz_items,
        )

    @property
    def minutes(self) -> int:
        reading = self.words / WORDS_PER_MINUTE
        answering = self.quiz_items * settings.CE_MINUTES_PER_QUIZ_ITEM
        return ceil(reading + self.video_minutes + answering)

    @property
    def hours(self) -> Decimal:
        """CE hours, rounded down to the hundredth."""
        return (Decimal(self.minutes) / settings.CE_HOUR_MINUTES).quantize(
            Decimal("0.01"), rounding=ROUND_DOWN
        )

    def supports(self, hours: Decimal) -> bool:
        """Whether `hours` is within the allowed margin above this estimate."""
        return hours <= self.hours * (1 + Decimal(str(settings.CE_HOURS_MARGIN)))


def words_in(value) -> int:
    """Words of text in any block value (rich text, plain text, structs, lists, streams)."""
    if isinstance(value, RichText):
        return len(strip_tags(value.source).split())
    if isinstance(value, str):
        return len(strip_tags(value).split())
    if isinstance(value, StreamValue):
        return sum(words_in(child.value) for child in value)
    if isinstance(value, StructValue | dict):
        return sum(words_in(item) for item in value.values())
    if isinstance(value, ListValue | list | tuple):
        return sum(words_in(item) for item in value)
    return 0


def body_estimate(body: StreamValue) -> Estimate:
    """Reading and viewing in a module body. A video counts by its running time (its
    transcript is the same content, not extra reading)."""
    words = videos = 0
    for child in body:
        if child.block_type == "video":
            videos += child.value.get("minutes") or 0
        else:
            words += words_in(child.value)
    return Estimate(words=words, video_minutes=videos)


def quiz_items(questions: StreamValue) -> int:
    """Questions one attempt presents: pools count their draw, cases their questions."""
    items = 0
    for child in questions:
        if child.block_type == "question_pool":
            items += child.value["draw"]
        elif child.block_type == "case_scenario":
            items += len(child.value["questions"])
        else:
            items += 1
    return items


def assessments_estimate(page: Page) -> Estimate:
    """The quiz items of the published quizzes directly under `page`."""
    from quizzes.models import QuizPage  # courses do not depend on quizzes at import time

    quizzes = QuizPage.objects.live().child_of(page).only("questions")
    return Estimate(quiz_items=sum(quiz_items(quiz.questions) for quiz in quizzes))


def module_estimate(module) -> Estimate:
    return body_estimate(module.body) + assessments_estimate(module)


def course_estimate(course) -> Estimate:
    """Required, published modules with their quizzes, and the course's final exams."""
    from courses.models import ModulePage

    estimate = assessments_estimate(course)
    for module in ModulePage.objects.live().child_of(course).filter(is_required=True):
        estimate += module_estimate(module)
    return estimate
