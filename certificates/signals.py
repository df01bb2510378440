"""Thin receivers: they only queue the issue task. With the database task backend the queued
task is written in the same transaction as the progress, so it runs only once that commits."""

from certificates.tasks import issue_certificate
from courses.models import Enrollment


def queue_issue(sender, *, user, course, **kwargs):
    issue_certificate.enqueue(user.pk, course.pk)


def queue_issue_for_enrolled_courses(sender, *, user, **kwargs):
    """A completed profile may release certificates that were waiting for it."""
    for course_id in Enrollment.objects.filter(user=user).values_list("course_id", flat=True):
        issue_certificate.enqueue(user.pk, course_id)
