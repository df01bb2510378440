import secrets

from django.conf import settings
from django.core.files.storage import Storage
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

import cms.storage
from courses.models import CoursePage


def private_storage() -> Storage:
    """Where certificate PDFs are kept (`cms.storage`); named here by the migrations."""
    return cms.storage.private_storage()


def verification_code() -> str:
    return secrets.token_urlsafe(24)  # 192 random bits


class CertificateStatus(models.TextChoices):
    VALID = "valid", _("Valid")
    REVOKED = "revoked", _("Revoked")
    SUPERSEDED = "superseded", _("Superseded")


class Certificate(models.Model):
    """A CE certificate, frozen at issue.

    Every value printed on the PDF is copied here when the certificate is issued, so later
    edits to the learner's profile, the course or the provider never change it. One original
    certificate exists per learner and course (`supersedes` is empty); a re-issue is a new
    certificate that supersedes the old one. The PDF is rendered once and served from storage.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="certificates"
    )
    course = models.ForeignKey(CoursePage, on_delete=models.PROTECT, related_name="certificates")
    number = models.CharField(_("certificate number"), max_length=20, unique=True, null=True)
    code = models.CharField(max_length=40, unique=True, default=verification_code)
    status = models.CharField(
        max_length=12, choices=CertificateStatus.choices, default=CertificateStatus.VALID
    )
    supersedes = models.OneToOneField(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="superseded_by"
    )

    # What the certificate prints, as it was at issue.
    title = models.CharField(max_length=80, default="Certificate of Completion")
    learner_name = models.CharField(max_length=150)
    designation = models.CharField(max_length=30, blank=True)
    learner_type = models.CharField(max_length=20)
    licence_number = models.CharField(max_length=40, blank=True)
    licensing_body = models.CharField(max_length=150, blank=True)
    jurisdiction = models.CharField(max_length=100, blank=True)
    course_title = models.CharField(max_length=255)
    # Certificates issued before per-body approvals printed this single number instead.
    course_approval_number = models.CharField(max_length=80, blank=True)
    course_type = models.CharField(max_length=40)
    delivery = models.CharField(max_length=120, blank=True)
    course_approvals = models.JSONField(default=list, blank=True)
    instructors = models.CharField(max_length=400, blank=True)
    topic = models.CharField(max_length=80)
    ce_hours = models.DecimalField(max_digits=5, decimal_places=2)
    final_score = models.DecimalField(max_digits=4, decimal_places=1, null=True, blank=True)
    completed_on = models.DateField()
    issued_at = models.DateTimeField(default=timezone.now)
    expires_on = models.DateField(null=True, blank=True)
    provider_name = models.CharField(max_length=200)
    provider_address = models.TextField(blank=True)
    provider_email = models.EmailField(blank=True)
    provider_approvals = models.JSONField(default=list, blank=True)
    signatory_name = models.CharField(max_length=150, blank=True)
    signatory_title = models.CharField(max_length=150, blank=True)

    pdf = models.FileField(
        storage=private_storage, upload_to="certificates/%Y/", max_length=255, blank=True
    )
    pdf_sha256 = models.CharField(max_length=64, blank=True)
    # Rendering, outside any transaction, by the render task: who holds it since when, how
    # many tries failed and why the last one did. Cleared once the PDF is stored.
    render_started_at = models.DateTimeField(null=True, blank=True)
    render_failures = models.PositiveSmallIntegerField(default=0)
    render_error = models.TextField(blank=True)

    revoked_at = models.DateTimeField(null=True, blank=True)
    revocation_reason = models.TextField(blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "course"],
                condition=Q(supersedes__isnull=True),
                name="one_original_certificate_per_course",
            ),
        ]
        indexes = [
            models.Index(fields=["user", "completed_on"], name="certificate_user_date"),
            # The admin list's and reports' default order, and the status filter over it.
            models.Index(fields=["-completed_on", "-id"], name="certificate_recent"),
            models.Index(fields=["status", "-completed_on"], name="certificate_status_date"),
        ]
        ordering = ["-completed_on", "-pk"]
        verbose_name = _("certificate")

    def __str__(self):
        return self.number or f"certificate {self.pk}"

    @property
    def is_ready(self) -> bool:
        """The PDF is stored and can be downloaded."""
        return bool(self.pdf)

    @property
    def is_expired(self) -> bool:
        return self.expires_on is not None and self.expires_on < timezone.localdate()

    @property
    def display_status(self) -> str:
        """What a verifier is told: valid, expired, revoked or superseded."""
        if self.status == CertificateStatus.VALID and self.is_expired:
            return "expired"
        return self.status

    @property
    def masked_licence(self) -> str:
        """For the public verification page: at most the last three characters, and never
        more than half of the number, so a short licence number is never shown whole."""
        number = self.licence_number
        if not number:
            return ""
        shown = min(3, len(number) // 2)
        return "•" * max(len(number) - shown, 3) + (number[-shown:] if shown else "")

    @property
    def surname(self) -> str:
        return self.learner_name.split()[-1] if self.learner_name.split() else ""


class CertificateEvent(models.Model):
    """The audit trail of a certificate: who did what, when and why."""

    class Action(models.TextChoices):
        ISSUED = "issued", _("Issued")
        REISSUED = "reissued", _("Re-issued")
        REVOKED = "revoked", _("Revoked")
        EMAILED = "emailed", _("Emailed to learner")

    certificate = models.ForeignKey(Certificate, on_delete=models.CASCADE, related_name="events")
    action = models.CharField(max_length=12, choices=Action.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reason = models.TextField(blank=True)
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = _("certificate event")

    def __str__(self):
        return f"{self.certificate} {self.action} at {self.at:%Y-%m-%d %H:%M}"
