"""Background work of certificates: issue after a course is completed, render and email the
PDF, retry a failed render with backoff. Queued after commit (`certificates.services`), run by
`manage.py db_worker` in production and at once in development and tests."""

import logging
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import timezone
from django_tasks import task

from certificates.models import Certificate
from certificates.services import (
    CertificateError,
    RenderBusy,
    certificate_email,
    certificate_issue,
    certificate_render,
)
from courses.models import CoursePage

logger = logging.getLogger(__name__)


def retry_delay(failures: int) -> timedelta | None:
    """How long to wait before the next render after `failures` failed ones; None: stop
    retrying (`manage.py certificates_repair` picks the certificate up later)."""
    delays = settings.CERTIFICATE_RENDER_RETRY_DELAYS
    return timedelta(seconds=delays[failures - 1]) if 1 <= failures <= len(delays) else None


def _render_and_email(certificate: Certificate) -> None:
    """Render and store the PDF, then email it. A failed render is recorded on the
    certificate and retried later; a failed email fails the task (the PDF is stored and the
    learner can download it)."""
    try:
        certificate_render(certificate=certificate)
    except RenderBusy:
        return
    except Exception:
        logger.exception("Certificate %s could not be rendered", certificate.number)
        delay = retry_delay(certificate.render_failures)
        if delay is not None and render_certificate.get_backend().supports_defer:
            render_certificate.using(run_after=timezone.now() + delay).enqueue(certificate.pk)
        return
    certificate_email(certificate=certificate)


@task()
def issue_certificate(user_id: int, course_id: int) -> str | None:
    """Issue (once), render and email a learner's certificate if the course is complete and
    the profile has what the certificate prints. Safe to run any number of times."""
    user = get_user_model().objects.get(pk=user_id)
    course = CoursePage.objects.select_related("topic").get(pk=course_id)
    try:
        certificate, created = certificate_issue(user=user, course=course)
    except CertificateError:
        return None
    if created:
        _render_and_email(certificate)
    return certificate.number


@task()
def render_certificate(certificate_id: int) -> str | None:
    """Render and email a certificate that has no stored PDF yet (a retry, a re-issue, or a
    repair). Does nothing if it is rendered or being rendered."""
    certificate = Certificate.objects.select_related("user").get(pk=certificate_id)
    if certificate.is_ready:
        return certificate.number
    _render_and_email(certificate)
    return certificate.number
