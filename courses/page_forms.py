"""The course editor's form: the rules a board expects before a home-study course goes live."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminPageForm


def publish_problems(course, *, ce_hours, course_type, hours_reason) -> dict[str, str]:
    """Why `course` (with the edited values) may not be published, by form field."""
    from wagtail.models import Page

    from courses.estimates import course_estimate
    from courses.models import CourseType, ModulePage

    if course_type != CourseType.HOME_STUDY or course.pk is None:
        return {}
    problems = {}
    exams = Page.objects.live().child_of(course).not_type(ModulePage).specific()
    if not any(getattr(exam, "pass_mark", None) for exam in exams):
        problems["course_type"] = _(
            "A home-study course needs a published final exam with a pass mark before it can "
            "be published. Add one under this course and publish it first."
        )
    estimate = course_estimate(course)
    if ce_hours is not None and not estimate.supports(ce_hours) and not hours_reason.strip():
        problems["hours_reason"] = _(
            "The required content supports about %(estimate)s CE hours, but %(hours)s are "
            "approved. Add content, lower the hours, or give the reason here."
        ) % {"estimate": estimate.hours, "hours": ce_hours}
    return problems


class CoursePageForm(WagtailAdminPageForm):
    def clean(self):
        cleaned_data = super().clean()
        if "action-publish" in self.data:
            problems = publish_problems(
                self.instance,
                ce_hours=cleaned_data.get("ce_hours"),
                course_type=cleaned_data.get("course_type"),
                hours_reason=cleaned_data.get("hours_reason", ""),
            )
            for field, message in problems.items():
                self.add_error(field, ValidationError(message))
        return cleaned_data
