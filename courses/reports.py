"""Admin reports about courses, and what every report of learners' records shares: access
for users who see at least one course (`courses_for_staff`), rows limited to those courses,
and filter errors shown above the results.

Course evaluations: instructors read ratings and comments without the learner's name, since
learners are told their answers are shared in summary only; Administrators and superusers,
who answer for learner records, also see who wrote each one.
"""

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

import django_filters
from django import forms
from django.core.exceptions import PermissionDenied
from django.db.models import (
    Avg,
    Count,
    Q,
    QuerySet,
)
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.admin.widgets import BooleanRadioSelect

from cms.exports import SafeSpreadsheetExportMixin
from courses.estimates import Estimate, course_estimate
from courses.models import (
    Condition,
    CourseEvaluation,
    CoursePage,
    Enrollment,
    ModulePage,
)
from courses.roles import ADMINISTRATORS
from courses.selectors import Progress, courses_for_staff

# Shared by the reports of learners' records ------------------------------------------------


def sees_any_course(request) -> bool:
    """Whether the user may open the learner reports; asked once per request."""
    if not hasattr(request, "_sees_any_course"):
        request._sees_any_course = courses_for_staff(request.user).exists()
    return request._sees_any_course


class CourseStaffMenuItem(MenuItem):
    """A Reports menu item shown to users who see at least one course."""

    def is_shown(self, request):
        return sees_any_course(request)


class CourseStaffReportMixin:
    """For reports of learners' records: 403 unless the user sees at least one course; the
    rows are those of `self.staff_courses` only."""

    permission_policy = None
    results_template_name = "courses/reports/results.html"

    def dispatch(self, request, *args, **kwargs):
        if not sees_any_course(request):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def staff_courses(self) -> QuerySet[CoursePage]:
        return courses_for_staff(self.request.user)

    def decorate_paginated_queryset(self, object_list):
        """The rows of the table and the exports, made from the page's objects."""
        return object_list

    def get_table(self, object_list):
        return super().get_table(self.decorate_paginated_queryset(object_list))

    def get_table_kwargs(self):
        return {**super().get_table_kwargs(), "caption": self.get_page_title()}


def staff_course_filter(**kwargs) -> django_filters.ModelChoiceFilter:
    """A course filter offering only the courses the user sees."""
    return django_filters.ModelChoiceFilter(
        label=_("Course"),
        queryset=lambda request: courses_for_staff(request.user).order_by("title"),
        **kwargs,
    )


def learner_name(user) -> str:
    """The learner's legal name, else their account name, else their email."""
    profile = getattr(user, "profile", None)
    return (profile.legal_name if profile else "") or user.get_full_name() or user.email


def local_datetime(value: datetime | None) -> str:
    return date_format(timezone.localtime(value), "SHORT_DATETIME_FORMAT") if value else ""


def local_date(value: date | datetime | None) -> str:
    if isinstance(value, datetime):
        value = timezone.localdate(value)
    return date_format(value, "SHORT_DATE_FORMAT") if value else ""


def percent_of(part: int, whole: int) -> int | None:
    """`part` as a whole percentage of `whole`, halves rounded up."""
    if not whole:
        return None
    return int((Decimal(100 * part) / whole).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def yes_no(value: bool) -> str:
    return str(_("Yes") if value else _("No"))


# Course progress ---------------------------------------------------------------------------


@dataclass
class ProgressRow:
    """One enrollment of the progress report; its progress is `courses.selectors.Progress`."""

    enrollment: Enrollment

    def __str__(self):
        return self.learner

    @cached_property
    def progress(self) -> Progress:
        row = self.enrollment
        return Progress(
            modules_done=row.modules_done,
            modules_total=row.modules_total,
            exams_passed=row.exams_passed,
            exams_total=row.exams_total,
            evaluation_required=row.course.evaluation_required,
            evaluation_done=row.evaluation_done,
        )

    @property
    def learner(self) -> str:
        return learner_name(self.enrollment.user)

    @property
    def email(self) -> str:
        return self.enrollment.user.email

    @property
    def course(self) -> str:
        return self.enrollment.course.title

    @property
    def enrolled_at(self) -> datetime:
        return self.enrollment.enrolled_at

    @property
    def left_at(self) -> datetime | None:
        """When the learner unenrolled, if they have not come back."""
        return None if self.enrollment.is_active else self.enrollment.unenrolled_at

    @property
    def enrolled(self) -> str:
        if self.left_at is None:
            return local_date(self.enrolled_at)
        return str(
            _("%(enrolled)s (left %(left)s)")
            % {"enrolled": local_date(self.enrolled_at), "left": local_date(self.left_at)}
        )

    @property
    def last_activity(self) -> datetime:
        return self.enrollment.last_activity

    @property
    def completed_on(self) -> date | None:
        completed_at = self.enrollment.completed_at
        return timezone.localdate(completed_at) if completed_at else None

    @property
    def modules_done(self) -> int:
        return min(self.progress.modules_done, self.progress.modules_total)

    @property
    def modules_total(self) -> int:
        return self.progress.modules_total

    @property
    def modules(self) -> str:
        return str(
            _("%(done)s of %(total)s") % {"done": self.modules_done, "total": self.modules_total}
        )

    @property
    def percent(self) -> int:
        return self.progress.percent


class ProgressFilterSet(WagtailFilterSet):
    course = staff_course_filter()
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=[("in_progress", _("In progress")), ("completed", _("Completed"))],
        method="filter_status",
        empty_label=_("All"),
        widget=forms.RadioSelect,
    )

    class Meta:
        model = Enrollment
        fields = []

    def filter_status(self, queryset, name, value):
        # Completed: the completion rule has held (the CourseCompletion it wrote).
        return queryset.filter(completed_at__isnull=value != "completed")


# Course evaluations ------------------------------------------------------------------------


def sees_learner_identities(user) -> bool:
    """Administrators and superusers see who wrote an evaluation; instructors do not."""
    return user.is_superuser or user.groups.filter(name=ADMINISTRATORS).exists()


@dataclass
class EvaluationRow:
    evaluation: CourseEvaluation
    named: bool

    def __str__(self):
        return self.course

    @property
    def course(self) -> str:
        return self.evaluation.course.title

    @property
    def submitted_at(self) -> datetime:
        return self.evaluation.submitted_at

    @property
    def rating(self) -> int:
        return self.evaluation.rating

    @property
    def met_objectives(self) -> str:
        return yes_no(self.evaluation.met_objectives)

    @property
    def comments(self) -> str:
        return self.evaluation.comments

    @property
    def learner(self) -> str:
        return learner_name(self.evaluation.user) if self.named else str(_("Anonymous"))


class EvaluationFilterSet(WagtailFilterSet):
    course = staff_course_filter()
    has_comments = django_filters.BooleanFilter(
        label=_("Has comments"), method="filter_has_comments", widget=BooleanRadioSelect
    )

    class Meta:
        model = CourseEvaluation
        fields = []

    def filter_has_comments(self, queryset, name, value):
        return queryset.exclude(comments="") if value else queryset.filter(comments="")


RATINGS = (5, 4, 3, 2, 1)


class CourseEvaluationsReportView(SafeSpreadsheetExportMixin, CourseStaffReportMixin, ReportView):
    """Learners' evaluations of the courses the user sees, newest first, under a ratings
    summary per course."""

    page_title = _("Course evaluations")
    header_icon = "comment"
    index_url_name = "course_evaluations_report"
    index_results_url_name = "course_evaluations_report_results"
    results_template_name = "courses/reports/course_evaluations_results.html"
    filterset_class = EvaluationFilterSet
    paginate_by = 50
    columns = [
        Column("submitted", label=_("Submitted"), accessor=lambda r: local_date(r.submitted_at)),
        Column("course", label=_("Course")),
        Column("rating", label=_("Rating (1–5)")),
        Column("met_objectives", label=_("Met its objectives")),
        Column("comments", label=_("Comments")),
        Column("learner", label=_("Learner")),
    ]
    list_export = ["submitted_at", "course", "rating", "met_objectives", "comments", "learner"]
    export_headings = {
        "submitted_at": _("Submitted"),
        "course": _("Course"),
        "rating": _("Rating (1–5)"),
        "met_objectives": _("Met its objectives"),
        "comments": _("Comments"),
        "learner": _("Learner"),
    }

    def get_filename(self):
        return f"course-evaluations-{timezone.localdate().isoformat()}"

    @cached_property
    def named(self) -> bool:
        return sees_learner_identities(self.request.user)

    def get_base_queryset(self):
        evaluations = CourseEvaluation.objects.filter(course__in=self.staff_courses)
        related = ("course", "user__profile") if self.named else ("course",)
        return evaluations.select_related(*related).order_by("-submitted_at", "-pk")

    def decorate_paginated_queryset(self, object_list):
        return [EvaluationRow(evaluation, self.named) for evaluation in object_list]

    def summary(self) -> list[dict]:
        """Ratings of each course in view: count, mean, each rating's share, and how many
        said the course met its objectives. One grouped query."""
        courses = self.staff_courses
        if self.filters and self.filters.is_valid() and self.filters.form.cleaned_data["course"]:
            courses = courses.filter(pk=self.filters.form.cleaned_data["course"].pk)
        rows = (
            courses.order_by("title")
            .values("pk", "title")
            .annotate(
                count=Count("evaluations"),
                mean=Avg("evaluations__rating"),
                met=Count("evaluations", filter=Q(evaluations__met_objectives=True)),
                comments=Count("evaluations", filter=~Q(evaluations__comments="")),
                **{f"r{n}": Count("evaluations", filter=Q(evaluations__rating=n)) for n in RATINGS},
            )
        )
        summary = []
        for row in rows:
            count = row["count"]
            summary.append(
                {
                    "title": row["title"],
                    "count": count,
                    "comments": row["comments"],
                    "mean": Decimal(str(row["mean"])).quantize(
                        Decimal("0.1"), rounding=ROUND_HALF_UP
                    )
                    if count
                    else None,
                    "met_percent": percent_of(row["met"], count),
                    "ratings": [
                        {
                            "rating": n,
                            "count": row[f"r{n}"],
                            "percent": percent_of(row[f"r{n}"], count),
                        }
                        for n in RATINGS
                    ],
                }
            )
        return summary

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        if not self.is_export:
            context["summary"] = self.summary()
            context["named"] = self.named
        return context


# Course content ----------------------------------------------------------------------------


@dataclass
class HoursRow:
    course: CoursePage
    estimate: Estimate

    def __str__(self):
        return self.course.title

    @property
    def approved(self) -> Decimal:
        return self.course.ce_hours

    @property
    def supported(self) -> bool:
        return self.estimate.supports(self.course.ce_hours)

    @property
    def status(self) -> str:
        return str(_("Supported") if self.supported else _("Above the estimate"))

    @property
    def reason(self) -> str:
        return self.course.hours_reason


class CEHoursReportView(SafeSpreadsheetExportMixin, ReportView):
    """Approved CE hours beside what each course's required content supports."""

    page_title = _("CE hours check")
    header_icon = "time"
    index_url_name = "ce_hours_report"
    index_results_url_name = "ce_hours_report_results"
    paginate_by = 100
    columns = [
        Column("__str__", label=_("Course")),
        Column("approved", label=_("Approved CE hours")),
        Column("estimate.hours", label=_("Estimated CE hours")),
        Column("estimate.minutes", label=_("Minutes")),
        Column("estimate.words", label=_("Words")),
        Column("estimate.video_minutes", label=_("Video minutes")),
        Column("estimate.quiz_items", label=_("Quiz items")),
        Column("status", label=_("Check")),
        Column("reason", label=_("Reason given")),
    ]
    list_export = [
        "course.title",
        "approved",
        "estimate.hours",
        "estimate.minutes",
        "estimate.words",
        "estimate.video_minutes",
        "estimate.quiz_items",
        "status",
        "reason",
    ]
    export_headings = {
        "course.title": _("Course"),
        "approved": _("Approved CE hours"),
        "estimate.hours": _("Estimated CE hours"),
        "estimate.minutes": _("Minutes"),
        "estimate.words": _("Words"),
        "estimate.video_minutes": _("Video minutes"),
        "estimate.quiz_items": _("Quiz items"),
        "status": _("Check"),
        "reason": _("Reason given"),
    }
    permission_policy = None

    def get_filename(self):
        return "ce-hours-check"

    def get_queryset(self):
        courses = CoursePage.objects.order_by("path")
        return [HoursRow(course, course_estimate(course)) for course in courses]


@dataclass
class ReviewRow:
    kind: str
    title: str
    review_due: date
    edit_url: str

    def __str__(self):
        return self.title

    @property
    def overdue(self) -> str:
        return str(_("Overdue") if self.review_due <= timezone.localdate() else _("Due soon"))


class ClinicalReviewDueView(SafeSpreadsheetExportMixin, ReportView):
    """Conditions and modules whose clinical review is due within REVIEW_NOTICE_DAYS, or
    overdue, oldest first."""

    REVIEW_NOTICE_DAYS = 30
    page_title = _("Clinical review due")
    header_icon = "warning"
    index_url_name = "clinical_review_report"
    index_results_url_name = "clinical_review_report_results"
    paginate_by = 100
    columns = [
        TitleColumn("title", label=_("Title"), get_url=lambda row: row.edit_url),
        Column("kind", label=_("Kind")),
        Column("review_due", label=_("Review due")),
        Column("overdue", label=_("Status")),
    ]
    list_export = ["title", "kind", "review_due", "overdue"]
    export_headings = {
        "title": _("Title"),
        "kind": _("Kind"),
        "review_due": _("Review due"),
        "overdue": _("Status"),
    }
    permission_policy = None

    def get_filename(self):
        return "clinical-review-due"

    def get_queryset(self):
        until = timezone.localdate() + timedelta(days=self.REVIEW_NOTICE_DAYS)
        rows = [
            ReviewRow(
                str(_("Condition")),
                condition.name,
                condition.review_due,
                reverse("wagtailsnippets_courses_condition:edit", args=[condition.pk]),
            )
            for condition in Condition.objects.filter(review_due__lte=until)
        ]
        rows += [
            ReviewRow(
                str(_("Module")),
                module.title,
                module.review_due,
                reverse("wagtailadmin_pages:edit", args=[module.pk]),
            )
            for module in ModulePage.objects.filter(review_due__lte=until)
        ]
        return sorted(rows, key=lambda row: (row.review_due, row.title))
