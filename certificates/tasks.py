from datetime import timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone
from django_tasks import task

from certificates.services import (
    CertificateError,
    certificate_email,
    certificate_issue,
    certificate_render,
)
from courses.models import CoursePage

RENDER_RETRY_AFTER = timedelta(minutes=10)


@task()
def issue_certificate(user_id: int, course_id: int) -> str | None:
    """Issue (once) and email a learner's certificate if the course is complete and the
    profile has what the certificate prints. Safe to run any number of times."""
    user = get_user_model().objects.get(pk=user_id)
    course = CoursePage.objects.select_related("topic").get(pk=course_id)
    try:
        certificate, created = certificate_issue(user=user, course=course)
    except CertificateError:
        return None
    stale = timezone.now() - certificate.issued_at > RENDER_RETRY_AFTER
    if created or (not certificate.pdf and stale):
        # Only the task that created the certificate renders it, so a race renders once;
        # a certificate whose render failed is rendered by a later task.
        certificate_render(certificate=certificate)
        certificate_email(certificate=certificate)
    return certificate.number
