"""Reports of learners' progress and certificates for staff, limited to the courses they see
(`courses_for_staff`).

Course progress lives here, not in courses, because each row shows the learner's certificate
and courses do not depend on certificates. Certificates issued can be downloaded for an audit
as one ZIP: each stored PDF and a roster.csv with its recorded SHA-256.
"""

import csv
import hashlib
import io
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import date

import django_filters
from django import forms
from django.contrib import messages
from django.db.models import OuterRef, Subquery
from django.http import FileResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView
from wagtail.admin.widgets.button import Button

from certificates.models import Certificate, CertificateStatus
from certificates.services import pdf_filename
from cms.exports import SafeSpreadsheetExportMixin, safe_cells
from cms.security import log_event
from courses.reports import (
    CourseStaffReportMixin,
    ProgressFilterSet,
    ProgressRow,
    local_date,
    local_datetime,
    staff_course_filter,
)
from courses.selectors import enrollments_with_progress

EXPIRED = "expired"
STATUS_LABELS = {**dict(CertificateStatus.choices), EXPIRED: gettext_lazy("Expired")}


def status_label(status: str, expires_on: date | None) -> str:
    """What a verifier is told (`Certificate.display_status`), in words."""
    if status == CertificateStatus.VALID and expires_on and expires_on < timezone.localdate():
        status = EXPIRED
    return str(STATUS_LABELS.get(status, status))


# Course progress ---------------------------------------------------------------------------


class CourseProgressRow(ProgressRow):
    @property
    def certificate_number(self) -> str:
        return self.enrollment.certificate_number or ""

    @property
    def certificate(self) -> str:
        row = self.enrollment
        if row.certificate_number:
            label = status_label(row.certificate_status, row.certificate_expires_on)
            return f"{row.certificate_number} ({label})"
        return _("Not issued yet") if row.completed_at else ""


class CourseProgressReportView(SafeSpreadsheetExportMixin, CourseStaffReportMixin, ReportView):
    """One row per enrollment in the courses the user sees: progress by the completion rule,
    the recorded completion and the certificate."""

    page_title = gettext_lazy("Course progress")
    header_icon = "tasks"
    index_url_name = "course_progress_report"
    index_results_url_name = "course_progress_report_results"
    filterset_class = ProgressFilterSet
    paginate_by = 50
    columns = [
        Column("learner", label=gettext_lazy("Learner")),
        Column("email", label=gettext_lazy("Email")),
        Column("course", label=gettext_lazy("Course")),
        Column(
            "enrolled",
            label=gettext_lazy("Enrolled"),
            accessor=lambda r: r.enrolled,
            sort_key="enrolled_at",
        ),
        Column("modules", label=gettext_lazy("Required modules done")),
        Column("percent", label=gettext_lazy("Progress (%)")),
        Column(
            "last",
            label=gettext_lazy("Last activity"),
            accessor=lambda r: local_datetime(r.last_activity),
            sort_key="last_activity",
        ),
        Column(
            "completed",
            label=gettext_lazy("Completed"),
            accessor=lambda r: local_date(r.completed_on),
            sort_key="completed_at",
        ),
        Column("certificate", label=gettext_lazy("Certificate")),
    ]
    list_export = [
        "learner",
        "email",
        "course",
        "enrolled_at",
        "left_at",
        "modules_done",
        "modules_total",
        "percent",
        "last_activity",
        "completed_on",
        "certificate_number",
        "certificate",
    ]
    export_headings = {
        "learner": gettext_lazy("Learner"),
        "email": gettext_lazy("Email"),
        "course": gettext_lazy("Course"),
        "enrolled_at": gettext_lazy("Enrolled"),
        "left_at": gettext_lazy("Left the course"),
        "modules_done": gettext_lazy("Required modules done"),
        "modules_total": gettext_lazy("Required modules"),
        "percent": gettext_lazy("Progress (%)"),
        "last_activity": gettext_lazy("Last activity"),
        "completed_on": gettext_lazy("Completed"),
        "certificate_number": gettext_lazy("Certificate number"),
        "certificate": gettext_lazy("Certificate"),
    }

    def get_filename(self):
        return f"course-progress-{timezone.localdate().isoformat()}"

    def get_base_queryset(self):
        # The learner's current certificate: a re-issue supersedes the one before it.
        current = Certificate.objects.filter(
            user=OuterRef("user"), course=OuterRef("course")
        ).exclude(status=CertificateStatus.SUPERSEDED)
        return (
            enrollments_with_progress(self.staff_courses)
            .annotate(
                certificate_number=Subquery(current.values("number")[:1]),
                certificate_status=Subquery(current.values("status")[:1]),
                certificate_expires_on=Subquery(current.values("expires_on")[:1]),
            )
            .order_by("course__title", "user__last_name", "user__first_name", "pk")
        )

    def decorate_paginated_queryset(self, object_list):
        return [CourseProgressRow(enrollment) for enrollment in object_list]


# Certificates issued -----------------------------------------------------------------------


class CertificateFilterSet(WagtailFilterSet):
    course = staff_course_filter()
    completed = django_filters.DateFromToRangeFilter(
        label=gettext_lazy("Completed"), field_name="completed_on", widget=DateRangePickerWidget
    )
    issued = django_filters.DateFromToRangeFilter(
        label=gettext_lazy("Issued"), field_name="issued_at", widget=DateRangePickerWidget
    )
    status = django_filters.ChoiceFilter(
        label=gettext_lazy("Status"),
        choices=list(STATUS_LABELS.items()),
        method="filter_status",
        empty_label=gettext_lazy("All"),
        widget=forms.RadioSelect,
    )

    class Meta:
        model = Certificate
        fields = []

    def filter_status(self, queryset, name, value):
        today = timezone.localdate()
        if value == EXPIRED:
            return queryset.filter(status=CertificateStatus.VALID, expires_on__lt=today)
        if value == CertificateStatus.VALID:
            return queryset.filter(status=value).exclude(expires_on__lt=today)
        return queryset.filter(status=value)


@dataclass
class CertificateRow:
    certificate: Certificate

    def __str__(self):
        return self.number

    @property
    def number(self) -> str:
        return self.certificate.number or ""

    @property
    def learner(self) -> str:
        return self.certificate.learner_name

    @property
    def licence(self) -> str:
        return self.certificate.licence_number

    @property
    def course(self) -> str:
        return self.certificate.course_title

    @property
    def ce_hours(self):
        return self.certificate.ce_hours

    @property
    def completed_on(self) -> date:
        return self.certificate.completed_on

    @property
    def issued_on(self) -> date:
        return timezone.localdate(self.certificate.issued_at)

    @property
    def status(self) -> str:
        return status_label(self.certificate.status, self.certificate.expires_on)

    @property
    def pdf(self) -> str:
        return _("Stored") if self.certificate.pdf else _("Not rendered yet")


class CertificatesIssuedReportView(SafeSpreadsheetExportMixin, CourseStaffReportMixin, ReportView):
    """Certificates of the courses the user sees, latest completion first."""

    ZIP_LIMIT = 500
    page_title = gettext_lazy("Certificates issued")
    header_icon = "doc-full-inverse"
    index_url_name = "certificates_issued_report"
    index_results_url_name = "certificates_issued_report_results"
    results_template_name = "certificates/reports/certificates_issued_results.html"
    filterset_class = CertificateFilterSet
    paginate_by = 50
    columns = [
        Column("number", label=gettext_lazy("Number")),
        Column("learner", label=gettext_lazy("Learner")),
        Column("course", label=gettext_lazy("Course")),
        Column("ce_hours", label=gettext_lazy("CE hours")),
        Column(
            "completed",
            label=gettext_lazy("Completed on"),
            accessor=lambda r: local_date(r.completed_on),
            sort_key="completed_on",
        ),
        Column(
            "issued",
            label=gettext_lazy("Issued"),
            accessor=lambda r: local_datetime(r.certificate.issued_at),
            sort_key="issued_at",
        ),
        Column("status", label=gettext_lazy("Status")),
        Column("pdf", label=gettext_lazy("PDF")),
    ]
    list_export = [
        "number",
        "learner",
        "licence",
        "course",
        "ce_hours",
        "completed_on",
        "issued_on",
        "status",
        "pdf",
    ]
    export_headings = {
        "number": gettext_lazy("Number"),
        "learner": gettext_lazy("Learner"),
        "licence": gettext_lazy("Licence number"),
        "course": gettext_lazy("Course"),
        "ce_hours": gettext_lazy("CE hours"),
        "completed_on": gettext_lazy("Completed on"),
        "issued_on": gettext_lazy("Issued"),
        "status": gettext_lazy("Status"),
        "pdf": gettext_lazy("PDF"),
    }

    def get_filename(self):
        return f"certificates-issued-{timezone.localdate().isoformat()}"

    def get_base_queryset(self):
        return Certificate.objects.filter(course__in=self.staff_courses).order_by(
            "-completed_on", "-pk"
        )

    def decorate_paginated_queryset(self, object_list):
        return [CertificateRow(certificate) for certificate in object_list]

    @cached_property
    def zip_url(self) -> str:
        query = self.request.GET.copy()
        for key in ("export", "p", "_w_filter_fragment"):
            query.pop(key, None)
        url = reverse("certificates_issued_zip")
        return f"{url}?{query.urlencode()}" if query else url

    @cached_property
    def header_more_buttons(self):
        return [
            *super().header_more_buttons,
            Button(
                _("Download PDFs and roster (ZIP)"),
                url=self.zip_url,
                icon_name="download",
                priority=110,
            ),
        ]

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["zip_limit"] = self.ZIP_LIMIT
        context["zip_url"] = self.zip_url
        return context


ROSTER_HEADER = (
    gettext_lazy("Number"),
    gettext_lazy("Learner"),
    gettext_lazy("Licence number"),
    gettext_lazy("Course"),
    gettext_lazy("CE hours"),
    gettext_lazy("Completed on"),
    gettext_lazy("Status"),
    gettext_lazy("SHA-256"),
    gettext_lazy("File"),
)


def zip_certificates(certificates: list[Certificate], output) -> None:
    """Write each stored PDF of `certificates` and a roster.csv into a ZIP in `output`.

    A certificate without a stored PDF is listed as not rendered yet; a stored file that is
    missing or whose SHA-256 differs from the recorded one is listed as such."""
    roster = io.StringIO()
    writer = csv.writer(roster)
    writer.writerow([str(heading) for heading in ROSTER_HEADER])
    with zipfile.ZipFile(output, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for certificate in certificates:
            number = certificate.number or f"certificate-{certificate.pk}"
            file = _("not rendered yet")
            if certificate.pdf:
                name = f"{number}_{pdf_filename(certificate)}"
                digest = hashlib.sha256()
                try:
                    with certificate.pdf.open("rb") as pdf, archive.open(name, "w") as entry:
                        while chunk := pdf.read(64 * 1024):
                            digest.update(chunk)
                            entry.write(chunk)
                except OSError:
                    file = _("stored file missing")
                else:
                    file = name
                    if digest.hexdigest() != certificate.pdf_sha256:
                        file = _("%(name)s (differs from its recorded SHA-256)") % {"name": name}
            writer.writerow(
                safe_cells(
                    [
                        number,
                        certificate.learner_name,
                        certificate.licence_number,
                        certificate.course_title,
                        certificate.ce_hours,
                        certificate.completed_on.isoformat(),
                        status_label(certificate.status, certificate.expires_on),
                        certificate.pdf_sha256 if certificate.pdf else "",
                        file,
                    ]
                )
            )
        archive.writestr("roster.csv", roster.getvalue())


class CertificatesIssuedZipView(CertificatesIssuedReportView):
    """The certificates the report lists with the same filters, as one ZIP for an audit;
    at most ZIP_LIMIT of them."""

    def get(self, request, *args, **kwargs):
        query = self.zip_url.partition("?")[2]
        report_url = reverse("certificates_issued_report") + (f"?{query}" if query else "")
        if self.filters and not self.filters.is_valid():
            messages.error(request, _("Correct the filters before downloading the ZIP."))
            return redirect(report_url)
        certificates = list(self.get_filtered_queryset()[: self.ZIP_LIMIT + 1])
        if len(certificates) > self.ZIP_LIMIT:
            messages.error(
                request,
                _(
                    "More than %(limit)s certificates match. Narrow the filters (a course, "
                    "a date range) to download them as a ZIP."
                )
                % {"limit": self.ZIP_LIMIT},
            )
            return redirect(report_url)
        output = tempfile.TemporaryFile()  # noqa: SIM115 -- the response closes it once sent
        zip_certificates(certificates, output)
        output.seek(0)
        log_event(
            "certificates_downloaded",
            request=request,
            user=request.user.pk,
            count=len(certificates),
        )
        return FileResponse(
            output,
            as_attachment=True,
            filename=f"certificates-{timezone.localdate().isoformat()}.zip",
            content_type="application/zip",
        )
