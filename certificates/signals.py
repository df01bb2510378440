"""Thin receivers: they only queue the issue task, to run once the transaction that completed
the course (or saved the profile) commits."""

from certificates.services import (
    certificates_queue_unissued,
    certificates_queue_waiting,
    queue_issue,
)


def queue_issue_on_completion(sender, *, user, course, **kwargs):
    queue_issue(user_id=user.pk, course_id=course.pk)


def queue_waiting_on_profile_save(sender, *, user, **kwargs):
    """A completed profile may release certificates of completed courses that waited for it."""
    certificates_queue_waiting(user=user)


def queue_unissued_on_provider_save(sender, *, instance, **kwargs):
    """Provider details just completed: certificates that waited for them can be issued."""
    if not instance.missing_for_certificates():
        certificates_queue_unissued()
