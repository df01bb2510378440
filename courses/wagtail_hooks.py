from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from cms.reports import report_paths
from cms.routing import refuse_deletion
from courses.models import Condition, CoursePage, Enrollment, RenewalRule, RequirementTopic, Topic


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = _("Topics")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "slug"]
    search_fields = ["name"]


register_snippet(TopicViewSet)


class RenewalRuleViewSet(SnippetViewSet):
    """Licensing bodies' renewal requirements, which learners' renewal trackers apply."""

    model = RenewalRule
    icon = "date"
    menu_label = _("Renewal rules")
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["name", "licensing_body", "cycle_years", "total_hours"]
    search_fields = ["name", "licensing_body"]


class RequirementTopicViewSet(SnippetViewSet):
    model = RequirementTopic
    icon = "tag"
    menu_label = _("Requirement topics")
    menu_order = 320
    add_to_admin_menu = True
    list_display = ["name", "slug"]


register_snippet(RenewalRuleViewSet)
register_snippet(RequirementTopicViewSet)


@hooks.register("before_delete_page")
def keep_course_records(request, page):
    """Enrollments, completions and evaluations outlive their course: refuse to delete it."""
    courses = CoursePage.objects.descendant_of(page, inclusive=True)
    if Enrollment.objects.filter(course__in=courses).exists():
        return refuse_deletion(request, page, what=_("enrollments"))
    return None


@hooks.register("register_admin_urls")
def register_course_reports():
    from courses.reports import (
        CEHoursReportView,
        ClinicalReviewDueView,
        CourseEvaluationsReportView,
    )

    return [
        *report_paths(
            "reports/course-evaluations/", CourseEvaluationsReportView, "course_evaluations_report"
        ),
        *report_paths("reports/clinical-review/", ClinicalReviewDueView, "clinical_review_report"),
        *report_paths("reports/ce-hours/", CEHoursReportView, "ce_hours_report"),
    ]


@hooks.register("register_reports_menu_item")
def register_ce_hours_report_menu_item():
    return MenuItem(_("CE hours check"), reverse("ce_hours_report"), icon_name="time", order=800)


class ConditionViewSet(SnippetViewSet):
    model = Condition
    icon = "warning"
    menu_label = _("Conditions library")
    menu_order = 290
    add_to_admin_menu = True
    list_display = ["name", "category", "referral", "review_due", "reviewed_by"]
    list_filter = ["category", "referral"]
    search_fields = ["name"]
    ordering = ["review_due", "name"]


register_snippet(ConditionViewSet)


@hooks.register("register_reports_menu_item")
def register_clinical_review_menu_item():
    return MenuItem(
        _("Clinical review due"),
        reverse("clinical_review_report"),
        icon_name="warning",
        order=790,
    )


@hooks.register("register_reports_menu_item")
def register_course_evaluations_menu_item():
    from courses.reports import CourseStaffMenuItem

    return CourseStaffMenuItem(
        _("Course evaluations"),
        reverse("course_evaluations_report"),
        icon_name="comment",
        order=710,
    )
