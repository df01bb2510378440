"""Thin receivers: they only queue the issue task, to run once the transaction that completed
the course (or saved the profile) commits."""

from certificates.services import certificates_queue_waiting, queue_issue


def queue_issue_on_completion(sender, *, user, course, **kwargs):
    queue_issue(user_id=user.pk, course_id=course.pk)


def queue_waiting_on_profile_save(sender, *, user, **kwargs):
    """A completed profile may release certificates of completed courses that waited for it."""
    certificates_queue_waiting(user=user)
