"""Learner records. Each carries its course, is unique per learner and subject, and outlives
the page it refers to (CE record retention)."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from courses.models.pages import CoursePage, ModulePage


class Enrollment(models.Model):
    """A learner's place in a course. One row per learner and course, kept on unenroll
    (is_active=False) so progress and the CE roster survive a return."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrollments"
    )
    course = models.ForeignKey(CoursePage, on_delete=models.PROTECT, related_name="enrollments")
    is_active = models.BooleanField(default=True)
    enrolled_at = models.DateTimeField(auto_now_add=True)
    unenrolled_at = models.DateTimeField(null=True, blank=True)
    last_module = models.ForeignKey(
        ModulePage, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    last_activity_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "course"], name="unique_enrollment"),
        ]
        verbose_name = _("enrollment")

    def __str__(self):
        return f"{self.user} in {self.course_id}"


class ModuleCompletion(models.Model):
    """A learner finished a module. Written once; never removed by unenrolling, and kept
    (with its course) if the module page is deleted."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="module_completions"
    )
    course = models.ForeignKey(
        CoursePage, on_delete=models.PROTECT, related_name="module_completions"
    )
    module = models.ForeignKey(
        ModulePage, null=True, on_delete=models.SET_NULL, related_name="completions"
    )
    completed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "module"], name="unique_module_completion"),
        ]
        # A learner's records in a course: progress, for one learner or a report's every row.
        indexes = [models.Index(fields=["user", "course"], name="completion_user_course")]
        verbose_name = _("module completion")

    def __str__(self):
        return f"{self.user} completed {self.module_id}"


class CourseEvaluation(models.Model):
    """A learner's feedback on a course, which accreditors ask providers to collect."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="course_evaluations"
    )
    course = models.ForeignKey(CoursePage, on_delete=models.PROTECT, related_name="evaluations")
    rating = models.PositiveSmallIntegerField(
        _("overall rating"), validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    met_objectives = models.BooleanField(_("the course met its stated objectives"), default=True)
    comments = models.TextField(_("comments"), max_length=2000, blank=True)
    submitted_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "course"], name="unique_course_evaluation"),
        ]
        verbose_name = _("course evaluation")

    def __str__(self):
        return f"{self.user} on {self.course_id}: {self.rating}/5"


class AssessmentPass(models.Model):
    """A learner passed a course-level assessment (a final exam): a required step of the
    course, reported by the quiz engine through `assessment_record_pass`. Kept, with its
    course, if the exam page is deleted."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="assessment_passes"
    )
    course = models.ForeignKey(
        CoursePage, on_delete=models.PROTECT, related_name="assessment_passes"
    )
    page = models.ForeignKey(
        "wagtailcore.Page", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    passed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "page"], name="unique_assessment_pass"),
        ]
        indexes = [models.Index(fields=["user", "course"], name="pass_user_course")]
        verbose_name = _("assessment pass")

    def __str__(self):
        return f"{self.user} passed {self.page_id}"


class CourseCompletion(models.Model):
    """The moment a learner's course first met its completion rule
    (`courses.selectors.course_progress`). Written once, by the service that recorded the last
    step; its creation hands the learner over to certificate issue."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="course_completions"
    )
    course = models.ForeignKey(CoursePage, on_delete=models.PROTECT, related_name="completions")
    completed_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "course"], name="unique_course_completion"),
        ]
        verbose_name = _("course completion")

    def __str__(self):
        return f"{self.user} completed {self.course_id}"
