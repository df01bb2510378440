"""Item analysis of a quiz, for the staff of its course.

Per question, from the graded attempts' QuestionResponse and OptionChoice rows, counted by
the database in a fixed number of queries however many attempts there are:

- responses: graded attempts that presented the question;
- facility index: the mean of the responses' `fraction` (earned / points, 0 to 1);
- discrimination index: the facility among the top third of attempts by score minus the
  facility among the bottom third. With n attempts and k = n // 3, the top third is every
  attempt scoring at least the k-th highest score and the bottom third every attempt scoring
  at most the k-th lowest: attempts tied at a cut-off score all join its group, so a group can
  hold more than a third (and, when most scores tie, both groups can share attempts). It
  needs at least MIN_ATTEMPTS attempts, and a response from each group;
- for choice questions, how many responses picked each option (by its stable key).

Question and option texts come from the quiz's current questions; a question or option no
longer in the quiz is read from the latest attempt snapshot that presented it.
"""

import html
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from functools import cache

import django_filters
from django import forms
from django.db import connection
from django.db.models import Avg, Count, Max, Min, Q, QuerySet
from django.http import Http404
from django.urls import reverse
from django.utils.formats import number_format
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView

from cms.exports import SafeSpreadsheetExportMixin
from cms.reports import report_paths
from courses.selectors import courses_for_staff
from quizzes.models import AttemptStatus, OptionChoice, QuestionResponse, QuizAttempt, QuizPage
from quizzes.questions import QUESTION_TYPES

# Ebel's discrimination guidelines (Ebel & Frisbie, Essentials of Educational Measurement):
# below 0.20 an item is poor, to be revised or dropped; below 0 it usually has a wrong key.
LOW_DISCRIMINATION = 0.2
# Classical test theory convention: an item fewer than 20 % or more than 90 % of candidates
# answer correctly says little about who knows more.
VERY_HARD_BELOW = 0.2
VERY_EASY_ABOVE = 0.9
# Fewer attempts leave no top and bottom third to compare.
MIN_ATTEMPTS = 3

PROMPT_LENGTH = 160
CONTAINERS = {
    "case_scenario": gettext_lazy("Case: %(title)s"),
    "question_pool": gettext_lazy("Pool: %(title)s"),
}


# --- reading questions ----------------------------------------------------------------------


@dataclass(frozen=True)
class OptionText:
    key: str
    text: str
    correct: bool


@dataclass
class QuestionText:
    """What the report shows of a question: from the quiz's current questions or, for a
    question no longer in it, from an attempt snapshot."""

    id: str
    type: str
    prompt: str  # plain text, in full
    options: list[OptionText] | None  # None: not a choice question
    number: int | None = None  # position in the quiz as authored; None once removed
    context: str = ""  # the case or pool it is in
    removed: bool = False

    @property
    def type_label(self) -> str:
        return str(type_label(self.type))

    def option(self, key: str) -> OptionText | None:
        return next((o for o in self.options or [] if o.key == key), None)


@cache
def type_label(name: str):
    """The question type's block label (translated when shown), or its name."""
    question_type = QUESTION_TYPES.get(name)
    return question_type.block().meta.label if question_type else name


def plain_text(source: str) -> str:
    return " ".join(html.unescape(strip_tags(source)).split())


def question_text(frozen: dict, **extra) -> QuestionText:
    """A question in its frozen form (as in a snapshot); choice questions list `options`."""
    options = frozen.get("options")
    return QuestionText(
        id=frozen["id"],
        type=frozen["type"],
        prompt=plain_text(frozen.get("prompt", "")),
        options=None
        if options is None
        else [OptionText(o.get("key", ""), o["text"], bool(o["correct"])) for o in options],
        **extra,
    )


def current_questions(quiz: QuizPage) -> dict[str, QuestionText]:
    """The quiz's questions as authored now, in order, by block id (cases and pools opened)."""
    questions: dict[str, QuestionText] = {}

    def add(child, context: str = "") -> None:
        frozen = QUESTION_TYPES[child.block_type].content(child.value, block_id=child.id)
        questions[child.id] = question_text(frozen, number=len(questions) + 1, context=context)

    for child in quiz.questions:
        if child.block_type in CONTAINERS:
            context = CONTAINERS[child.block_type] % {"title": child.value["title"]}
            for inner in child.value["questions"]:
                if inner.block_type in QUESTION_TYPES:
                    add(inner, context)
        elif child.block_type in QUESTION_TYPES:
            add(child)
    return questions


# --- numbers --------------------------------------------------------------------------------


def exact(value: float | None, places: str) -> Decimal | None:
    """`value` rounded half up to `places` ("1", "0.1", "0.01")."""
    if value is None:
        return None
    return Decimal(str(value)).quantize(Decimal(places), rounding=ROUND_HALF_UP)


def percent(value: float) -> str:
    return _("%(value)s%%") % {"value": number_format(exact(value * 100, "1"))}


@dataclass(frozen=True)
class Flag:
    text: str
    strong: bool = False


def flags_for(facility: float | None, discrimination: float | None) -> list[Flag]:
    flags = []
    if discrimination is not None and discrimination < 0:
        flags.append(Flag(_("Negative discrimination: review the key"), strong=True))
    elif discrimination is not None and discrimination < LOW_DISCRIMINATION:
        flags.append(Flag(_("Low discrimination")))
    if facility is not None and facility < VERY_HARD_BELOW:
        flags.append(Flag(_("Very hard")))
    elif facility is not None and facility > VERY_EASY_ABOVE:
        flags.append(Flag(_("Very easy")))
    return flags


# --- charts ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bar:
    label: str  # drawn left of the bar
    width: int  # of the filled part
    text: str  # drawn right of the bar
    y: int  # top of the bar

    @property
    def text_y(self) -> int:
        return self.y + 10  # baseline of 12px text beside a 12px bar


@dataclass(frozen=True)
class BarChart:
    """A horizontal bar chart, one bar per value from 0 to 1, drawn as SVG by
    templates/quizzes/analysis/bar_chart.html; `label` states every number."""

    label: str
    bars: list[Bar]
    label_width: int = 0
    track_width: int = 120
    text_width: int = 0
    row: int = 18
    bar_height: int = 12

    @property
    def text_x(self) -> int:
        return self.label_width + self.track_width + 6

    @property
    def width(self) -> int:
        return self.text_x + self.text_width if self.text_width else self.track_width + 1

    @property
    def height(self) -> int:
        return self.row * len(self.bars)

    @classmethod
    def build(cls, label: str, values: list[tuple[str, float, str]], **size) -> "BarChart":
        """`values`: (label, share from 0 to 1, text) per bar."""
        chart = cls(label, [], **size)
        bars = [
            Bar(
                name,
                round(chart.track_width * min(max(share, 0.0), 1.0)),
                text,
                row * chart.row + (chart.row - chart.bar_height) // 2,
            )
            for row, (name, share, text) in enumerate(values)
        ]
        return cls(label, bars, **size)


# --- the analysis ---------------------------------------------------------------------------


@dataclass
class OptionRow:
    letter: str
    text: str
    correct: bool
    count: int
    share: float  # of the question's responses
    removed: bool = False

    @property
    def share_display(self) -> str:
        return percent(self.share)


@dataclass
class ItemRow:
    """One question of the report: the table's row and the export's."""

    question: QuestionText
    responses: int = 0
    facility: float | None = None
    top: float | None = None  # facility in the top third
    bottom: float | None = None  # facility in the bottom third
    options: list[OptionRow] = field(default_factory=list)

    def __str__(self):
        return self.prompt

    @property
    def prompt(self) -> str:
        return self.question.prompt

    @property
    def short_prompt(self) -> str:
        return Truncator(self.question.prompt).chars(PROMPT_LENGTH)

    @property
    def number(self) -> int | None:
        return self.question.number

    @property
    def type_label(self) -> str:
        return self.question.type_label

    @property
    def status(self) -> str:
        return _("Removed from the quiz") if self.question.removed else _("In the quiz")

    @property
    def discrimination(self) -> float | None:
        if self.top is None or self.bottom is None:
            return None
        return round(self.top - self.bottom, 6) + 0.0  # never -0.0

    @cached_property
    def flags(self) -> list[Flag]:
        return flags_for(self.facility, self.discrimination)

    @property
    def is_choice(self) -> bool:
        return self.question.options is not None

    # displayed

    @property
    def facility_display(self) -> str:
        return percent(self.facility) if self.facility is not None else ""

    @property
    def discrimination_display(self) -> str:
        value = self.discrimination
        return number_format(exact(value, "0.01"), decimal_pos=2) if value is not None else ""

    @property
    def groups_display(self) -> str:
        if self.discrimination is None:
            return ""
        return _("top third %(top)s, bottom third %(bottom)s") % {
            "top": percent(self.top),
            "bottom": percent(self.bottom),
        }

    @cached_property
    def facility_chart(self) -> BarChart | None:
        if self.facility is None:
            return None
        label = _("Facility index %(facility)s over %(count)s responses") % {
            "facility": percent(self.facility),
            "count": self.responses,
        }
        return BarChart.build(label, [("", self.facility, "")], track_width=120)

    @cached_property
    def options_chart(self) -> BarChart | None:
        if not self.options or not self.responses:
            return None
        parts = [
            _("%(letter)s%(correct)s: %(count)s of %(responses)s (%(share)s)")
            % {
                "letter": option.letter,
                "correct": _(", correct") if option.correct else "",
                "count": option.count,
                "responses": self.responses,
                "share": option.share_display,
            }
            for option in self.options
        ]
        label = _("Options chosen: %(parts)s") % {"parts": "; ".join(parts)}
        values = [
            (f"{o.letter}{' ✓' if o.correct else ''}", o.share, f"{o.count} ({o.share_display})")
            for o in self.options
        ]
        return BarChart.build(label, values, label_width=32, track_width=120, text_width=72)

    # exported

    @property
    def facility_percent(self) -> Decimal | None:
        return exact(self.facility * 100, "0.1") if self.facility is not None else None

    @property
    def top_percent(self) -> Decimal | None:
        return exact(self.top * 100, "0.1") if self.discrimination is not None else None

    @property
    def bottom_percent(self) -> Decimal | None:
        return exact(self.bottom * 100, "0.1") if self.discrimination is not None else None

    @property
    def discrimination_exact(self) -> Decimal | None:
        return exact(self.discrimination, "0.01")

    @property
    def flags_text(self) -> str:
        return "; ".join(flag.text for flag in self.flags)

    @property
    def options_text(self) -> str:
        return "; ".join(
            f"{o.letter}. {o.text}{' ' + _('(correct)') if o.correct else ''}: {o.count}"
            for o in self.options
        )


@dataclass
class ItemAnalysis:
    attempts: int
    learners: int
    mean_score: Decimal | None
    top_cut: Decimal | None  # lowest score in the top third
    bottom_cut: Decimal | None  # highest score in the bottom third
    rows: list[ItemRow]

    @property
    def enough_attempts(self) -> bool:
        return self.attempts >= MIN_ATTEMPTS


def cut_offs(attempts: QuerySet[QuizAttempt], count: int) -> tuple[Decimal, Decimal] | None:
    """The k-th highest and k-th lowest scores (k = count // 3): two queries."""
    if count < MIN_ATTEMPTS:
        return None
    k = count // 3
    top = attempts.order_by("-score").values_list("score", flat=True)[k - 1]
    bottom = attempts.order_by("score").values_list("score", flat=True)[k - 1]
    return top, bottom


def _ids(attempts: QuerySet[QuizAttempt]) -> QuerySet[QuizAttempt]:
    return attempts.order_by().values("pk")


def _in_group(attempts: QuerySet[QuizAttempt], **score) -> Q:
    """A response's attempt is among `attempts` with a score matching `score`. PostgreSQL
    joins the attempt and compares its score (1.3x faster there than matching ids); SQLite
    matches the ids that the attempts' covering index gives (1.15x faster there than the
    join, in tests/perf/test_bench_reports.py)."""
    if connection.vendor == "postgresql":
        return Q(**{f"attempt__{lookup}": value for lookup, value in score.items()})
    return Q(attempt__in=_ids(attempts.filter(**score)))


def _letter(index: int) -> str:
    return chr(ord("A") + index) if index < 26 else str(index + 1)


def _snapshot_questions(
    quiz: QuizPage, question_ids: list[str], option_keys: list[str]
) -> dict[str, list[dict]]:
    """Frozen forms, latest first, of the questions (by id) and options (by key) no longer in
    the quiz, from the content of the latest attempt that presented each: one query, for at
    most one content per question and option."""
    latest_response = (
        QuestionResponse.objects.filter(quiz=quiz, question_id__in=question_ids)
        .order_by()
        .values("question_id")
        .annotate(latest=Max("attempt_id"))
        .values("latest")
    )
    latest_choice = (
        OptionChoice.objects.filter(quiz=quiz, option_key__in=option_keys)
        .order_by()
        .values("option_key")
        .annotate(latest=Max("attempt_id"))
        .values("latest")
    )
    contents = (
        QuizAttempt.objects.filter(Q(pk__in=latest_response) | Q(pk__in=latest_choice))
        .order_by("-pk")
        .values_list("content_id", "content__data")
    )
    found: dict[str, list[dict]] = {}
    read = set()
    for digest, content in contents:
        if digest in read:
            continue
        read.add(digest)
        for frozen in content["questions"]:
            found.setdefault(frozen["id"], []).append(frozen)
    return found


def item_analysis(*, quiz: QuizPage, attempts: QuerySet[QuizAttempt]) -> ItemAnalysis:
    """The report over `attempts` (graded attempts of `quiz`): at most six queries, whatever
    their number."""
    attempts = attempts.order_by()
    summary = attempts.aggregate(
        count=Count("pk"), learners=Count("user", distinct=True), mean=Avg("score")
    )
    count = summary["count"]
    if not count:
        return ItemAnalysis(0, 0, None, None, None, [])
    cuts = cut_offs(attempts, count)
    groups = {}
    if cuts is not None:
        groups = {
            "top": Avg("fraction", filter=_in_group(attempts, score__gte=cuts[0])),
            "bottom": Avg("fraction", filter=_in_group(attempts, score__lte=cuts[1])),
        }
    stats = {
        row["question_id"]: row
        for row in QuestionResponse.objects.filter(quiz=quiz, attempt__in=_ids(attempts))
        .order_by()
        .values("question_id")
        .annotate(count=Count("attempt"), facility=Avg("fraction"), first=Min("position"), **groups)
    }
    chosen: dict[str, dict[str, int]] = {}
    for question_id, key, times in (
        OptionChoice.objects.filter(quiz=quiz, attempt__in=_ids(attempts))
        .order_by()
        .values("question_id", "option_key")
        .annotate(times=Count("attempt"))
        .values_list("question_id", "option_key", "times")
    ):
        chosen.setdefault(question_id, {})[key] = times

    questions = current_questions(quiz)
    removed = sorted(
        (qid for qid in stats if qid not in questions), key=lambda qid: stats[qid]["first"]
    )
    # Options picked that the current question lacks; any picked in a removed question.
    unknown_keys = [
        key
        for qid, keys in chosen.items()
        for key in keys
        if qid not in questions or questions[qid].option(key) is None
    ]
    earlier = _snapshot_questions(quiz, removed, unknown_keys) if removed or unknown_keys else {}
    for qid in removed:
        versions = earlier.get(qid) or [{"id": qid, "type": ""}]
        questions[qid] = question_text(versions[0], removed=True)

    rows = []
    for qid, question in questions.items():
        numbers = stats.get(qid, {})
        row = ItemRow(
            question,
            responses=numbers.get("count", 0),
            facility=numbers.get("facility"),
            top=numbers.get("top"),
            bottom=numbers.get("bottom"),
        )
        if question.options is not None:
            row.options = _option_rows(
                question, chosen.get(qid, {}), row.responses, earlier.get(qid, [])
            )
        rows.append(row)
    return ItemAnalysis(
        attempts=count,
        learners=summary["learners"],
        mean_score=summary["mean"],
        top_cut=cuts[0] if cuts else None,
        bottom_cut=cuts[1] if cuts else None,
        rows=rows,
    )


def _option_rows(
    question: QuestionText, chosen: dict[str, int], responses: int, earlier: list[dict]
) -> list[OptionRow]:
    """The question's options in authored order, then any option picked that it no longer
    has (its text from an earlier version)."""
    options = [(option, False) for option in question.options]
    for key in chosen:
        if question.option(key) is None:
            known = (question_text(frozen).option(key) for frozen in earlier)
            text = next((o for o in known if o), None) or OptionText(key, _("(unknown)"), False)
            options.append((text, not question.removed))
    return [
        OptionRow(
            letter=_letter(index),
            text=option.text,
            correct=option.correct,
            count=chosen.get(option.key, 0),
            share=chosen.get(option.key, 0) / responses if responses else 0.0,
            removed=gone,
        )
        for index, (option, gone) in enumerate(options)
    ]


# --- the admin view -------------------------------------------------------------------------


class AttemptFilterForm(forms.Form):
    def clean(self):
        cleaned = super().clean()
        period = cleaned.get("submitted_at")
        if period and period.start and period.stop and period.start > period.stop:
            self.add_error("submitted_at", _("The start date is after the end date."))
        return cleaned


class AttemptFilterSet(WagtailFilterSet):
    attempts = django_filters.ChoiceFilter(
        label=gettext_lazy("Attempts"),
        choices=[("first", gettext_lazy("First attempts only"))],
        empty_label=gettext_lazy("All graded attempts"),
        widget=forms.RadioSelect,
        method="filter_attempts",
    )
    submitted_at = django_filters.DateFromToRangeFilter(
        label=gettext_lazy("Submitted"), widget=DateRangePickerWidget
    )

    class Meta:
        model = QuizAttempt
        fields = []
        form = AttemptFilterForm

    def filter_attempts(self, queryset, name, value):
        return queryset.filter(number=1) if value == "first" else queryset


class AnalysisColumn(Column):
    header_template_name = "quizzes/analysis/column_header.html"

    def __init__(self, name, *, template: str | None = None, **kwargs):
        super().__init__(name, **kwargs)
        if template:
            self.cell_template_name = f"quizzes/analysis/{template}"


class ItemAnalysisView(SafeSpreadsheetExportMixin, ReportView):
    """The item analysis of one quiz, for staff who may see its course (404 otherwise)."""

    page_title = gettext_lazy("Item analysis")
    header_icon = "table"
    template_name = "quizzes/analysis/index.html"
    results_template_name = "quizzes/analysis/results.html"
    index_url_name = "quiz_item_analysis"
    index_results_url_name = "quiz_item_analysis_results"
    filterset_class = AttemptFilterSet
    paginate_by = None
    permission_policy = None
    columns = [
        AnalysisColumn("question", label=gettext_lazy("Question"), template="question_cell.html"),
        AnalysisColumn("responses", label=gettext_lazy("Responses")),
        AnalysisColumn("facility", label=gettext_lazy("Facility"), template="facility_cell.html"),
        AnalysisColumn(
            "discrimination",
            label=gettext_lazy("Discrimination"),
            template="discrimination_cell.html",
        ),
        AnalysisColumn(
            "options", label=gettext_lazy("Options chosen"), template="options_cell.html"
        ),
        AnalysisColumn("flags", label=gettext_lazy("Flags"), template="flags_cell.html"),
    ]
    list_export = [
        "number",
        "prompt",
        "type_label",
        "status",
        "responses",
        "facility_percent",
        "top_percent",
        "bottom_percent",
        "discrimination_exact",
        "options_text",
        "flags_text",
    ]
    export_headings = {
        "number": gettext_lazy("Number"),
        "prompt": gettext_lazy("Question"),
        "type_label": gettext_lazy("Type"),
        "status": gettext_lazy("Status"),
        "responses": gettext_lazy("Responses"),
        "facility_percent": gettext_lazy("Facility (%)"),
        "top_percent": gettext_lazy("Facility in the top third (%)"),
        "bottom_percent": gettext_lazy("Facility in the bottom third (%)"),
        "discrimination_exact": gettext_lazy("Discrimination"),
        "options_text": gettext_lazy("Options chosen"),
        "flags_text": gettext_lazy("Flags"),
    }

    def dispatch(self, request, *args, **kwargs):
        self.quiz = QuizPage.objects.filter(pk=kwargs["quiz_id"]).first()
        self.course = (
            courses_for_staff(request.user).ancestor_of(self.quiz, inclusive=True).first()
            if self.quiz is not None
            else None
        )
        if self.course is None:
            raise Http404
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.quiz.title

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {
                "url": reverse("wagtailadmin_explore", args=[self.course.pk]),
                "label": self.course.title,
            },
            {
                "url": reverse("wagtailadmin_pages:edit", args=[self.quiz.pk]),
                "label": self.quiz.title,
            },
            {"url": "", "label": self.get_page_title()},
        ]

    def get_index_url(self):
        return reverse(self.index_url_name, args=[self.quiz.pk])

    def get_index_results_url(self):
        return reverse(self.index_results_url_name, args=[self.quiz.pk])

    def get_filename(self):
        return f"item-analysis-{self.quiz.slug}"

    @cached_property
    def filters_rejected(self) -> bool:
        return bool(self.filters) and not self.filters.is_valid()

    @cached_property
    def applied(self) -> dict:
        """The filters applied: none when any value is wrong."""
        return {} if self.filters_rejected else self.filters.form.cleaned_data

    @property
    def first_attempts_only(self) -> bool:
        return self.applied.get("attempts") == "first"

    @property
    def period(self) -> slice | None:
        """Submitted from `start` to `stop` (either may be None)."""
        return self.applied.get("submitted_at")

    def get_filtered_queryset(self):
        attempts = QuizAttempt.objects.filter(
            quiz=self.quiz, status=AttemptStatus.GRADED, score__isnull=False
        )
        self.analysis = item_analysis(quiz=self.quiz, attempts=self.filter_queryset(attempts))
        return self.analysis.rows if self.analysis.attempts else []

    def get_table_kwargs(self):
        return {
            **super().get_table_kwargs(),
            "caption": _(
                "Questions of “%(quiz)s”: responses, facility, discrimination, "
                "options chosen and flags"
            )
            % {"quiz": self.quiz.title},
        }

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context.update(
            quiz=self.quiz,
            analysis=self.analysis,
            thresholds={
                "low_discrimination": LOW_DISCRIMINATION,
                "very_hard": percent(VERY_HARD_BELOW),
                "very_easy": percent(VERY_EASY_ABOVE),
                "min_attempts": MIN_ATTEMPTS,
            },
        )
        return context


admin_urls = [
    *report_paths("quizzes/<int:quiz_id>/item-analysis/", ItemAnalysisView, "quiz_item_analysis"),
]
QUIZ_LINKS = [(gettext_lazy("Item analysis"), "quiz_item_analysis", "table")]
