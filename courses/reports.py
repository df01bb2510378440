"""Admin reports about courses."""

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView

from courses.estimates import Estimate, course_estimate
from courses.models import Condition, CoursePage, ModulePage


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


class CEHoursReportView(ReportView):
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


class ClinicalReviewDueView(ReportView):
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
