"""Writes of per-learner course state. Views call these; nothing else writes the rows."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Page

from courses.models import (
    AssessmentPass,
    CourseEvaluation,
    CoursePage,
    Enrollment,
    ModuleCompletion,
    ModulePage,
)
from courses.selectors import course_of_module, course_unmet_prerequisites, is_enrolled
from courses.signals import progress_changed


class EnrollmentError(Exception):
    """The learner cannot do this in this course; the message is shown to them."""


def enrollment_create(*, user, course: CoursePage) -> tuple[Enrollment, bool]:
    """Enroll `user`, or re-activate a past enrollment. Returns (enrollment, created).

    Refuses while prerequisites are unmet. Enrolling twice changes nothing.
    """
    unmet = course_unmet_prerequisites(user=user, course=course)
    if unmet:
        raise EnrollmentError(
            _("Complete %(courses)s before enrolling in this course.")
            % {"courses": ", ".join(c.title for c in unmet)}
        )
    with transaction.atomic():
        enrollment, created = Enrollment.objects.get_or_create(user=user, course=course)
        if not created and not enrollment.is_active:
            enrollment.is_active = True
            enrollment.unenrolled_at = None
            enrollment.save(update_fields=["is_active", "unenrolled_at", "last_activity_at"])
            created = True
    return enrollment, created


def enrollment_deactivate(*, user, course: CoursePage) -> None:
    """Leave a course. Completions stay, so progress returns on re-enrolling."""
    Enrollment.objects.filter(user=user, course=course, is_active=True).update(
        is_active=False, unenrolled_at=timezone.now()
    )


def enrollment_touch_module(*, enrollment: Enrollment, module: ModulePage) -> None:
    """Remember the module a learner is reading, for "continue where you left off"."""
    if enrollment.last_module_id != module.pk:
        Enrollment.objects.filter(pk=enrollment.pk).update(
            last_module=module, last_activity_at=timezone.now()
        )
        enrollment.last_module_id = module.pk


def module_mark_completed(
    *, user, module: ModulePage, require_enrollment: bool = True
) -> tuple[ModuleCompletion, bool]:
    """Record that `user` finished `module`. Idempotent: returns (completion, created).

    A learner marking a module complete must be enrolled in its course. A passed module quiz
    (`require_enrollment=False`) counts even if the learner left the course meanwhile: its
    attempt was started while enrolled, and completions outlive enrollments.
    """
    course = course_of_module(module=module)
    if require_enrollment and not is_enrolled(user=user, course=course):
        raise EnrollmentError(
            _("Enroll in %(course)s before completing its modules.") % {"course": course.title}
        )
    with transaction.atomic():
        completion, created = ModuleCompletion.objects.get_or_create(user=user, module=module)
        if created and module.is_required:
            progress_changed.send(sender=ModuleCompletion, user=user, course=course)
    return completion, created


def assessment_mark_passed(*, user, page) -> tuple[AssessmentPass, bool]:
    """Record that `user` passed a course-level assessment (`page`, a child of a course).

    Idempotent: returns (pass, created); the course's progress counts it as a required step.
    """
    course = CoursePage.objects.get(path=page.path[: -Page.steplen])
    with transaction.atomic():
        passed, created = AssessmentPass.objects.get_or_create(user=user, page_id=page.pk)
        if created:
            progress_changed.send(sender=AssessmentPass, user=user, course=course)
    return passed, created


def evaluation_submit(*, user, course: CoursePage, data: dict) -> tuple[CourseEvaluation, bool]:
    """Record the learner's course evaluation, once. Returns (evaluation, created)."""
    if not Enrollment.objects.filter(user=user, course=course).exists():
        raise EnrollmentError(_("Only learners of this course can evaluate it."))
    with transaction.atomic():
        evaluation, created = CourseEvaluation.objects.get_or_create(
            user=user, course=course, defaults=data
        )
        if created:
            progress_changed.send(sender=CourseEvaluation, user=user, course=course)
    return evaluation, created
