"""Issuing, rendering, re-issuing and revoking certificates. Every change is recorded as an
event.

Issue runs in a background task queued after the learner's completion commits, never inside a
learner's request. Exactly one original certificate exists per learner and course: the unique
constraint decides races, and the loser of a race returns the winner's certificate without
rendering anything. Rendering runs outside any transaction and row lock; a short lease on the
certificate row keeps two workers from rendering the same certificate at once.
"""

import hashlib
from datetime import date, datetime, timedelta

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.db.models import Exists, F, OuterRef, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from certificates.models import Certificate, CertificateEvent, CertificateStatus
from certificates.pdf import image_data_uri, qr_svg_data_uri, render_pdf
from certificates.selectors import course_completion
from certificates.signing import pdf_sign
from cms.models import LearnerProfile, ProviderSettings
from cms.security import log_event
from courses.models import CourseCompletion, CoursePage, CourseType


class CertificateError(Exception):
    """The certificate cannot be issued or changed; the message says why."""


def verification_url(certificate: Certificate) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
        "certificate_verify", args=[certificate.code]
    )


def pdf_filename(certificate: Certificate) -> str:
    """Readable by a person: learner, course, completion date (always kept whole)."""
    learner = slugify(certificate.learner_name)[:40].strip("-")
    course = slugify(certificate.course_title)[:60].strip("-")
    return f"{learner}_{course}_{certificate.completed_on.isoformat()}.pdf"


def is_dense(certificate: Certificate) -> bool:
    """Whether the certificate prints enough to need the compact layout to stay on one page."""
    lines = len(certificate.course_approvals) + len(certificate.provider_approvals)
    return (
        len(certificate.learner_name) + len(certificate.designation) > 40
        or len(certificate.course_title) > 110
        or len(certificate.instructors) > 60
        or lines > 4
    )


def _add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for last_day in (day.day, 30, 29, 28):
        try:
            return day.replace(year=year, month=month, day=last_day)
        except ValueError:
            continue
    raise ValueError(day)


def _course_approvals(course: CoursePage, completed_on: date) -> list[dict[str, str]]:
    return [
        {
            "body": approval.body,
            "number": approval.number,
            "hours": str(approval.hours or course.ce_hours),
        }
        for approval in course.approvals.all()
        if approval.is_valid_on(completed_on)
    ]


def _instructors(course: CoursePage) -> str:
    names = []
    for instructor in course.instructors.select_related("profile").order_by("last_name"):
        profile = getattr(instructor, "profile", None)
        name = (profile.legal_name if profile else "") or instructor.get_full_name()
        if profile and profile.designation:
            name = f"{name}, {profile.designation}"
        names.append(name or instructor.email)
    return "; ".join(names)


def _snapshot(*, profile: LearnerProfile, course: CoursePage, completed_on: date, score) -> dict:
    provider = ProviderSettings.load()
    home_study = course.course_type == CourseType.HOME_STUDY
    return {
        "title": provider.achievement_title if home_study else provider.completion_title,
        "learner_name": profile.legal_name,
        "designation": profile.designation,
        "learner_type": profile.learner_type,
        "licence_number": profile.licence_number,
        "licensing_body": profile.licensing_body,
        "jurisdiction": profile.jurisdiction,
        "course_title": course.title_as_approved,
        "course_approvals": _course_approvals(course, completed_on),
        "course_type": str(course.get_course_type_display()),
        "delivery": str(course.delivery),
        "instructors": _instructors(course),
        "topic": course.topic.name,
        "ce_hours": course.ce_hours,
        "final_score": score,
        "completed_on": completed_on,
        "expires_on": (
            _add_months(completed_on, course.certificate_valid_months)
            if course.certificate_valid_months
            else None
        ),
        "provider_name": provider.name,
        "provider_address": provider.address,
        "provider_email": provider.email,
        "provider_approvals": provider.approval_list(),
        "signatory_name": provider.signatory_name,
        "signatory_title": provider.signatory_title,
    }


RENDER_LEASE = timedelta(minutes=10)


def in_transaction() -> bool:
    """Whether a transaction is open, not counting the one a test case wraps each test in
    (Django marks it `_from_testcase`; it stands for the database's autocommit state)."""
    blocks = transaction.get_connection().atomic_blocks
    return any(not getattr(block, "_from_testcase", False) for block in blocks)


class RenderBusy(CertificateError):
    """Another worker is rendering this certificate, or it is already rendered."""


def _claim_render(certificate: Certificate, *, now: datetime) -> bool:
    """Take the render lease: true if this caller may render now. One UPDATE, no lock held."""
    return bool(
        Certificate.objects.filter(pk=certificate.pk, pdf="")
        .filter(Q(render_started_at=None) | Q(render_started_at__lt=now - RENDER_LEASE))
        .update(render_started_at=now)
    )


CERTIFICATE_TEMPLATE = "certificates/pdf/certificate.html"


def certificate_pdf_context(certificate: Certificate) -> dict:
    """What the certificate PDF template prints, besides the certificate's own snapshot."""
    provider = ProviderSettings.load()
    url = verification_url(certificate)
    return {
        "certificate": certificate,
        "compact": is_dense(certificate),
        "verify_url": url,
        "qr_uri": qr_svg_data_uri(url),
        "logo_url": image_data_uri(provider.logo),
        "signature_url": image_data_uri(provider.signature),
    }


def certificate_render(*, certificate: Certificate) -> Certificate:
    """Render the PDF once, sign it with the provider's key (when CERTIFICATE_SIGNING is on)
    and store it with its SHA-256, taken of the signed file.

    Precondition: no transaction is open. Rendering and signing (with a timestamp, a request
    to the timestamp authority) take a noticeable fraction of a second and must not hold
    database locks meanwhile. Raises RenderBusy if the certificate is rendered or being
    rendered; on a render, signing or storage failure, records it on the certificate and
    re-raises, so the caller can retry.
    """
    if in_transaction():
        raise RuntimeError("Certificates are rendered outside transactions.")
    if not _claim_render(certificate, now=timezone.now()):
        raise RenderBusy(_("This certificate is rendered or being rendered."))
    try:
        pdf = render_pdf(CERTIFICATE_TEMPLATE, certificate_pdf_context(certificate))
        if settings.CERTIFICATE_SIGNING:
            pdf = pdf_sign(pdf)
        certificate.pdf.save(pdf_filename(certificate), ContentFile(pdf), save=False)
    except Exception as error:
        certificate.render_failures += 1
        certificate.render_error = f"{type(error).__name__}: {error}"[:2000]
        Certificate.objects.filter(pk=certificate.pk).update(
            render_started_at=None,
            render_failures=F("render_failures") + 1,
            render_error=certificate.render_error,
        )
        raise
    certificate.pdf_sha256 = hashlib.sha256(pdf).hexdigest()
    certificate.render_started_at = None
    certificate.render_error = ""
    certificate.save(update_fields=["pdf", "pdf_sha256", "render_started_at", "render_error"])
    return certificate


def _create(*, user, course, snapshot: dict, supersedes=None) -> Certificate:
    certificate = Certificate.objects.create(
        user=user, course=course, supersedes=supersedes, **snapshot
    )
    certificate.number = f"CE-{certificate.issued_at:%Y}-{certificate.pk:06d}"
    certificate.save(update_fields=["number"])
    return certificate


def check_can_issue(*, user, course: CoursePage):
    """The completion to certify, or CertificateError saying what is still missing."""
    completion = course_completion(user=user, course=course)
    if not completion.is_complete:
        raise CertificateError(
            _("Not complete yet: %(missing)s.") % {"missing": "; ".join(completion.missing)}
        )
    profile = LearnerProfile.objects.filter(user=user).first()
    missing = profile.missing_fields() if profile else [_("legal name")]
    if missing:
        raise CertificateError(
            _("Add to your CE profile: %(missing)s.") % {"missing": ", ".join(missing)}
        )
    check_provider_ready()
    return completion, profile


def check_provider_ready() -> None:
    """CertificateError unless the provider has what every certificate must print (when
    CERTIFICATES_REQUIRE_PROVIDER_DETAILS is on, as in production)."""
    if not settings.CERTIFICATES_REQUIRE_PROVIDER_DETAILS:
        return
    missing = ProviderSettings.load().missing_for_certificates()
    if missing:
        raise CertificateError(
            _("Certificates cannot be issued until the CE provider settings have %(missing)s.")
            % {"missing": ", ".join(missing)}
        )


def certificate_issue(*, user, course: CoursePage) -> tuple[Certificate, bool]:
    """Issue the learner's certificate for `course` once: snapshot, number, event. The caller
    (the issue task) then renders its PDF with `certificate_render` and emails it.

    Returns (certificate, created); an existing certificate is returned as it is. Raises
    CertificateError if the course is not complete or the profile lacks what it must print.
    """
    existing = Certificate.objects.filter(user=user, course=course, supersedes=None).first()
    if existing:
        return existing, False
    completion, profile = check_can_issue(user=user, course=course)
    snapshot = _snapshot(
        profile=profile,
        course=course,
        completed_on=completion.completed_on or timezone.localdate(),
        score=completion.final_score,
    )
    try:
        with transaction.atomic():
            certificate = _create(user=user, course=course, snapshot=snapshot)
            CertificateEvent.objects.create(certificate=certificate, action="issued")
    except IntegrityError:
        # A simultaneous issue won the unique constraint: that certificate stands.
        return Certificate.objects.get(user=user, course=course, supersedes=None), False
    log_event("certificate_issued", certificate=certificate.number, user=user.pk)
    return certificate, True


def certificate_reissue(*, certificate: Certificate, actor, reason: str) -> Certificate:
    """Replace a valid certificate (e.g. after a legal-name correction) with a new one.

    The new certificate has a new number and a fresh snapshot of the profile; the old one is
    marked superseded and its verification page points to the new one. Locks the old row; the
    new PDF is rendered and emailed by a task queued once the change commits.
    """
    if not reason.strip():
        raise CertificateError(_("Give a reason for the re-issue."))
    with transaction.atomic():
        old = Certificate.objects.select_for_update().get(pk=certificate.pk)
        if old.status != CertificateStatus.VALID:
            raise CertificateError(_("Only a valid certificate can be re-issued."))
        profile = LearnerProfile.objects.get(user_id=old.user_id)
        if profile.missing_fields():
            raise CertificateError(_("The learner's CE profile is incomplete."))
        snapshot = _snapshot(
            profile=profile, course=old.course, completed_on=old.completed_on, score=old.final_score
        )
        old.status = CertificateStatus.SUPERSEDED
        old.save(update_fields=["status"])
        new = _create(user=old.user, course=old.course, snapshot=snapshot, supersedes=old)
        CertificateEvent.objects.create(
            certificate=old, action="reissued", actor=actor, reason=reason
        )
        CertificateEvent.objects.create(
            certificate=new, action="issued", actor=actor, reason=reason
        )
        transaction.on_commit(lambda: queue_render(certificate=new))
    log_event(
        "certificate_reissued", certificate=old.number, replacement=new.number, actor=actor.pk
    )
    return new


def certificate_revoke(*, certificate: Certificate, actor, reason: str) -> Certificate:
    """Revoke a valid certificate; the verification page then says so, with the reason."""
    if not reason.strip():
        raise CertificateError(_("Give a reason for the revocation."))
    with transaction.atomic():
        locked = Certificate.objects.select_for_update().get(pk=certificate.pk)
        if locked.status != CertificateStatus.VALID:
            raise CertificateError(_("Only a valid certificate can be revoked."))
        locked.status = CertificateStatus.REVOKED
        locked.revoked_at = timezone.now()
        locked.revocation_reason = reason.strip()
        locked.save(update_fields=["status", "revoked_at", "revocation_reason"])
        CertificateEvent.objects.create(
            certificate=locked, action="revoked", actor=actor, reason=reason.strip()
        )
    log_event("certificate_revoked", certificate=locked.number, actor=actor.pk)
    return locked


def learner_badge_consent_set(*, user, share_licence: bool) -> LearnerProfile:
    """Record whether the learner's badges may show their licence number and jurisdiction.
    Applies to badges downloaded from now on; copies already shared keep what they say."""
    profile, _created = LearnerProfile.objects.get_or_create(user=user)
    if profile.badge_shares_licence != share_licence:
        profile.badge_shares_licence = share_licence
        profile.save(update_fields=["badge_shares_licence", "updated_at"])
        log_event("badge_consent_changed", user=user.pk, share_licence=share_licence)
    return profile


def certificate_email(*, certificate: Certificate) -> None:
    """Send the learner their certificate with the stored PDF attached."""
    context = {"certificate": certificate, "verify_url": verification_url(certificate)}
    message = EmailMessage(
        subject=_("Your CE certificate: %(course)s") % {"course": certificate.course_title},
        body=render_to_string("certificates/email/issued.txt", context),
        to=[certificate.user.email],
    )
    with certificate.pdf.open("rb") as pdf:
        message.attach(pdf_filename(certificate), pdf.read(), "application/pdf")
    message.send()
    CertificateEvent.objects.create(certificate=certificate, action="emailed")


def queue_issue(*, user_id: int, course_id: int) -> None:
    """Queue the issue task for a learner's completed course, once the current transaction
    commits (at once, outside one)."""
    from certificates.tasks import issue_certificate

    transaction.on_commit(lambda: issue_certificate.enqueue(user_id, course_id))


def queue_render(*, certificate: Certificate) -> None:
    from certificates.tasks import render_certificate

    render_certificate.enqueue(certificate.pk)


def certificates_queue_waiting(*, user) -> int:
    """After a profile change: queue issue for the learner's completed courses that have no
    certificate yet (they were waiting for the profile). Returns how many were queued."""
    waiting = list(
        CourseCompletion.objects.filter(user=user)
        .exclude(Exists(Certificate.objects.filter(user=user, course=OuterRef("course"))))
        .values_list("course_id", flat=True)
    )
    for course_id in waiting:
        queue_issue(user_id=user.pk, course_id=course_id)
    return len(waiting)


STUCK_TASK_TIMEOUT = timedelta(minutes=30)


def certificates_repair(*, now: datetime | None = None) -> dict[str, int]:
    """Re-queue what a crash, a lost task or a long outage left undone. Safe to run at any
    time and on a schedule:

    - certificate tasks stuck RUNNING for longer than STUCK_TASK_TIMEOUT (their worker died)
      are marked failed;
    - every valid certificate without a stored PDF, not being rendered now, is queued for
      rendering;
    - every completed course without a certificate is queued for issue (it is issued if the
      learner's profile now has what a certificate prints).
    """
    from django_tasks.base import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    from certificates.tasks import issue_certificate, render_certificate

    now = now or timezone.now()
    stuck = DBTaskResult.objects.filter(
        status=TaskResultStatus.RUNNING,
        started_at__lt=now - STUCK_TASK_TIMEOUT,
        task_path__in=[issue_certificate.module_path, render_certificate.module_path],
    ).update(status=TaskResultStatus.FAILED, finished_at=now)
    unrendered = list(
        Certificate.objects.filter(status=CertificateStatus.VALID, pdf="")
        .filter(Q(render_started_at=None) | Q(render_started_at__lt=now - RENDER_LEASE))
        .values_list("pk", flat=True)
    )
    for certificate_id in unrendered:
        render_certificate.enqueue(certificate_id)
    return {"stuck": stuck, "rendered": len(unrendered), "issued": certificates_queue_unissued()}


def certificates_queue_unissued() -> int:
    """Queue issue for every completed course that has no certificate yet (after an outage,
    or once the provider settings have what certificates print). Returns how many."""
    unissued = list(
        CourseCompletion.objects.exclude(
            Exists(Certificate.objects.filter(user=OuterRef("user"), course=OuterRef("course")))
        ).values_list("user_id", "course_id")
    )
    for user_id, course_id in unissued:
        queue_issue(user_id=user_id, course_id=course_id)
    return len(unissued)
