"""Admin reports about courses."""

from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView

from courses.estimates import Estimate, course_estimate
from courses.models import CoursePage


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
