from django.conf import settings
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.permissions import register_permission_policy

from certificates.models import Certificate
from certificates.viewsets import CertificateViewSet, IssuedRecordPolicy
from cms.models import ProviderSettings
from cms.reports import report_paths

register_permission_policy(Certificate, IssuedRecordPolicy(Certificate))


@hooks.register("register_admin_viewset")
def register_certificate_viewset():
    return CertificateViewSet("certificates")


class ProviderMissingPanel(Component):
    """On the admin dashboard while certificates cannot be issued for lack of provider
    details."""

    name = "certificates_provider_missing"
    template_name = "certificates/admin/provider_missing_panel.html"
    order = 10

    def __init__(self, missing: list[str]):
        self.missing = missing

    def get_context_data(self, parent_context=None):
        return {"missing": self.missing}


@hooks.register("construct_homepage_panels")
def warn_when_certificates_cannot_be_issued(request, panels):
    if not settings.CERTIFICATES_REQUIRE_PROVIDER_DETAILS:
        return
    missing = ProviderSettings.load(request_or_site=request).missing_for_certificates()
    if missing:
        panels.insert(0, ProviderMissingPanel(missing))


@hooks.register("register_admin_urls")
def register_roster_urls():
    from certificates.rosters import course_roster

    return [path("reports/rosters/", course_roster, name="course_roster")]


@hooks.register("register_reports_menu_item")
def register_roster_menu_item():
    return MenuItem(_("Course rosters"), reverse("course_roster"), icon_name="list-ul", order=810)


@hooks.register("register_admin_urls")
def register_certificate_report_urls():
    from certificates.reports import (
        CertificatesIssuedReportView,
        CertificatesIssuedZipView,
        CourseProgressReportView,
    )

    return [
        *report_paths(
            "reports/course-progress/", CourseProgressReportView, "course_progress_report"
        ),
        *report_paths(
            "reports/certificates-issued/",
            CertificatesIssuedReportView,
            "certificates_issued_report",
        ),
        path(
            "reports/certificates-issued/zip/",
            CertificatesIssuedZipView.as_view(),
            name="certificates_issued_zip",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_course_progress_menu_item():
    from courses.reports import CourseStaffMenuItem

    return CourseStaffMenuItem(
        _("Course progress"), reverse("course_progress_report"), icon_name="tasks", order=700
    )


@hooks.register("register_reports_menu_item")
def register_certificates_issued_menu_item():
    from courses.reports import CourseStaffMenuItem

    return CourseStaffMenuItem(
        _("Certificates issued"),
        reverse("certificates_issued_report"),
        icon_name="doc-full-inverse",
        order=720,
    )
