"""Writes of per-learner course state. Views and the quiz engine call these; nothing else
writes the rows.

Every service that records a required step (`module_mark_completed`, `assessment_record_pass`,
`evaluation_submit`) then checks the completion rule; the first time it holds, it writes the
learner's CourseCompletion and sends `courses.signals.course_completed` inside the same
transaction (receivers queue their work with `transaction.on_commit`).
"""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Page

from courses.models import (
    AssessmentPass,
    CourseCompletion,
    CourseEvaluation,
    CoursePage,
    Enrollment,
    ModuleCompletion,
    ModulePage,
)
from courses.selectors import (
    course_containing,
    course_progress_for,
    course_unmet_prerequisites,
    is_enrolled,
)
from courses.signals import course_completed


class EnrollmentError(Exception):
    """The learner cannot do this in this course; the message is shown to them."""


def enrollment_create(*, user, course: CoursePage) -> tuple[Enrollment, bool]:
    """Enroll `user`, or re-activate a past enrollment. Returns (enrollment, created).

    Refuses while prerequisites are unmet, and in an unpublished course. Enrolling twice
    changes nothing.
    """
    if not course.live:
        raise EnrollmentError(_("This course is not open for enrollment."))
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


def _check_completion(*, user, course: CoursePage) -> None:
    """Record the course as completed the first time its rule holds, and announce it.
    Runs inside the caller's transaction, so the record and the step commit together."""
    progress = course_progress_for(user=user, course=course)
    if not progress.is_complete:
        return
    _completion, created = CourseCompletion.objects.get_or_create(
        user=user, course=course, defaults={"completed_at": progress.completed_at}
    )
    if created:
        course_completed.send(sender=CourseCompletion, user=user, course=course)


def module_mark_completed(
    *, user, module: ModulePage, require_enrollment: bool = True
) -> tuple[ModuleCompletion, bool]:
    """Record that `user` finished `module`. Idempotent: returns (completion, created).

    A learner marking a module complete must be enrolled in its course. A passed module quiz
    (`require_enrollment=False`) counts even if the learner left the course meanwhile: its
    attempt was started while enrolled, and completions outlive enrollments.
    """
    course = course_containing(page=module)
    if require_enrollment and not is_enrolled(user=user, course=course):
        raise EnrollmentError(
            _("Enroll in %(course)s before completing its modules.") % {"course": course.title}
        )
    with transaction.atomic():
        completion, created = ModuleCompletion.objects.get_or_create(
            user=user, module=module, defaults={"course": course}
        )
        if created and module.is_required:
            _check_completion(user=user, course=course)
    return completion, created


def assessment_record_pass(*, user, page: Page) -> None:
    """The quiz engine's one report to courses: `user` passed the assessment `page`.

    Under a module it completes the module; directly under a course it is a final exam, a
    required step of the course. Idempotent.
    """
    parent = page.get_parent().specific
    if isinstance(parent, ModulePage):
        module_mark_completed(user=user, module=parent, require_enrollment=False)
        return
    course = course_containing(page=page)
    with transaction.atomic():
        _pass, created = AssessmentPass.objects.get_or_create(
            user=user, page=page, defaults={"course": course}
        )
        if created:
            _check_completion(user=user, course=course)


def evaluation_submit(*, user, course: CoursePage, data: dict) -> tuple[CourseEvaluation, bool]:
    """Record the learner's course evaluation, once. Returns (evaluation, created)."""
    if not Enrollment.objects.filter(user=user, course=course).exists():
        raise EnrollmentError(_("Only learners of this course can evaluate it."))
    with transaction.atomic():
        evaluation, created = CourseEvaluation.objects.get_or_create(
            user=user, course=course, defaults=data
        )
        if created:
            _check_completion(user=user, course=course)
    return evaluation, created


def module_refresh_estimate(*, module: ModulePage) -> None:
    """Recompute a module's study time (its content or quizzes changed), unless an editor
    set it by hand."""
    from courses.estimates import module_estimate

    if module.minutes_override:
        return
    minutes = max(1, module_estimate(module).minutes)
    ModulePage.objects.filter(pk=module.pk).update(estimated_minutes=minutes)
