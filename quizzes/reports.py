"""Quiz results for staff: every graded attempt of one quiz, under a summary of the attempts
shown (Reports, and the quiz's page header). Only for quizzes in a course the user sees
(`courses_for_staff`); any other quiz is a 404.

The median score is read from the database: one ordered query of at most the two middle
scores (LIMIT 2 OFFSET (n - 1) / 2), after the aggregate query that counts n.
"""

from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal

import django_filters
from django import forms
from django.db.models import Avg, Count, Q, QuerySet
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView

from cms.exports import SafeSpreadsheetExportMixin
from cms.reports import report_paths
from courses.reports import (
    CourseStaffReportMixin,
    learner_name,
    local_datetime,
    percent_of,
    yes_no,
)
from quizzes.models import AttemptStatus, QuizAttempt, QuizPage

TENTH = Decimal("0.1")


def tenths(value) -> Decimal:
    return Decimal(str(value)).quantize(TENTH, rounding=ROUND_HALF_UP)


def minutes_seconds(seconds: int | None) -> str:
    """A duration as minutes:seconds, e.g. 75:03."""
    if seconds is None:
        return ""
    return f"{seconds // 60}:{seconds % 60:02d}"


@dataclass
class AttemptRow:
    attempt: QuizAttempt

    def __str__(self):
        return self.learner

    @property
    def learner(self) -> str:
        return learner_name(self.attempt.user)

    @property
    def email(self) -> str:
        return self.attempt.user.email

    @property
    def number(self) -> int:
        return self.attempt.number

    @property
    def started_at(self) -> datetime:
        return self.attempt.started_at

    @property
    def submitted_at(self) -> datetime | None:
        return self.attempt.submitted_at

    @property
    def seconds(self) -> int | None:
        if self.attempt.submitted_at is None:
            return None
        return max(0, int((self.attempt.submitted_at - self.attempt.started_at).total_seconds()))

    @property
    def duration(self) -> str:
        return minutes_seconds(self.seconds)

    @property
    def score(self) -> Decimal | None:
        return self.attempt.score

    @property
    def result(self) -> str:
        return str(_("Passed") if self.attempt.passed else _("Failed"))

    @property
    def timed_out(self) -> str:
        return yes_no(self.attempt.timed_out)


class AttemptFilterSet(WagtailFilterSet):
    result = django_filters.ChoiceFilter(
        label=_("Result"),
        choices=[("passed", _("Passed")), ("failed", _("Failed"))],
        method="filter_result",
        empty_label=_("All"),
        widget=forms.RadioSelect,
    )
    submitted = django_filters.DateFromToRangeFilter(
        label=_("Submitted"), field_name="submitted_at", widget=DateRangePickerWidget
    )

    class Meta:
        model = QuizAttempt
        fields = []

    def filter_result(self, queryset, name, value):
        return queryset.filter(passed=value == "passed")


def attempts_summary(attempts: QuerySet[QuizAttempt]) -> dict:
    """Attempts, learners, mean and median score, pass rate and attempts per learner of
    graded `attempts`: one aggregate query, and one for the median."""
    totals = attempts.order_by().aggregate(
        attempts=Count("pk"),
        learners=Count("user", distinct=True),
        passes=Count("pk", filter=Q(passed=True)),
        learners_passed=Count("user", distinct=True, filter=Q(passed=True)),
        mean=Avg("score"),
    )
    count, learners = totals["attempts"], totals["learners"]
    if not count:
        return {**totals, "median": None, "pass_rate": None, "per_learner": None}
    scores = attempts.order_by("score").values_list("score", flat=True)
    middle = list(scores[(count - 1) // 2 : count // 2 + 1])
    return {
        **totals,
        "mean": tenths(totals["mean"]),
        "median": tenths(sum(middle) / len(middle)),
        "pass_rate": percent_of(totals["passes"], count),
        "per_learner": tenths(count / learners),
    }


class QuizResultsReportView(SafeSpreadsheetExportMixin, CourseStaffReportMixin, ReportView):
    """Graded attempts of one quiz, latest first."""

    page_title = _("Quiz results")
    header_icon = "list-ul"
    index_url_name = "quiz_results_report"
    index_results_url_name = "quiz_results_report_results"
    results_template_name = "quizzes/reports/quiz_results_results.html"
    filterset_class = AttemptFilterSet
    paginate_by = 50
    columns = [
        Column("learner", label=_("Learner")),
        Column("number", label=_("Attempt"), sort_key="number"),
        Column("started", label=_("Started"), accessor=lambda r: local_datetime(r.started_at)),
        Column(
            "submitted",
            label=_("Submitted"),
            accessor=lambda r: local_datetime(r.submitted_at),
            sort_key="submitted_at",
        ),
        Column("duration", label=_("Duration (min:s)")),
        Column("score", label=_("Score (%)"), sort_key="score"),
        Column("result", label=_("Result")),
        Column("timed_out", label=_("Timed out")),
    ]
    list_export = [
        "learner",
        "email",
        "number",
        "started_at",
        "submitted_at",
        "duration",
        "score",
        "result",
        "timed_out",
    ]
    export_headings = {
        "learner": _("Learner"),
        "email": _("Email"),
        "number": _("Attempt"),
        "started_at": _("Started"),
        "submitted_at": _("Submitted"),
        "duration": _("Duration (min:s)"),
        "score": _("Score (%)"),
        "result": _("Result"),
        "timed_out": _("Timed out"),
    }

    def get(self, request, *args, quiz_id: int, **kwargs):
        quiz = QuizPage.objects.filter(pk=quiz_id).first()
        if quiz is None or not self.staff_courses.ancestor_of(quiz).exists():
            raise Http404
        self.quiz = quiz
        return super().get(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.quiz.title

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse("wagtailadmin_pages:edit", args=[self.quiz.pk]),
                "label": self.quiz.title,
            },
            {"url": "", "label": _("Results")},
        ]

    def get_index_url(self):
        return reverse(self.index_url_name, args=[self.quiz.pk])

    def get_index_results_url(self):
        return reverse(self.index_results_url_name, args=[self.quiz.pk])

    def get_filename(self):
        return f"quiz-results-{self.quiz.slug}-{timezone.localdate().isoformat()}"

    def get_base_queryset(self):
        return (
            QuizAttempt.objects.filter(quiz=self.quiz, status=AttemptStatus.GRADED)
            .select_related("user__profile")
            .defer("layout", "given")
            .order_by("-submitted_at", "-pk")
        )

    def decorate_paginated_queryset(self, object_list):
        return [AttemptRow(attempt) for attempt in object_list]

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        if not self.is_export:
            context["summary"] = attempts_summary(self.object_list)
            context["quiz"] = self.quiz
        return context


admin_urls = [
    *report_paths(
        "reports/quiz-results/<int:quiz_id>/", QuizResultsReportView, "quiz_results_report"
    ),
]

QUIZ_LINKS = [(_("Results"), "quiz_results_report", "list-ul")]
