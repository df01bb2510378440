"""The reads behind certificates: what a completed course certifies, and the learner's
certificate pages.

Whether a course is complete is decided by the one rule in courses
(`courses.selectors.course_progress`); this module adds what the certificate prints from the
quiz engine: the final exam's grade.
"""

import hashlib
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.core.cache import cache
from django.db.models import Count, Max, Sum
from django.utils import timezone

from certificates.models import Certificate, CertificateStatus
from certificates.signing import PdfSignature, pdf_signature_check
from courses.models import AssessmentPass, CoursePage, Enrollment, OutsideCourse
from courses.selectors import Progress, course_progress
from quizzes.grading import combine_scores
from quizzes.models import AttemptStatus, QuizAttempt, QuizPage


@dataclass
class Completion:
    course: CoursePage
    progress: Progress
    final_score: Decimal | None = None  # the final exam's grade (the last exam's, if several)

    @property
    def is_complete(self) -> bool:
        return self.progress.is_complete

    @property
    def missing(self) -> list[str]:
        return self.progress.missing

    @property
    def completed_on(self) -> date | None:
        completed_at = self.progress.completed_at
        return timezone.localdate(completed_at) if completed_at else None


def course_completions(*, user, courses: list[CoursePage]) -> dict[int, Completion]:
    """Completion of each course for `user`, in a fixed number of queries however many."""
    if not courses:
        return {}
    progress = course_progress(user=user, courses=courses)
    passed_exams = dict(
        AssessmentPass.objects.filter(user=user, course__in=courses, page__live=True).values_list(
            "page_id", "course_id"
        )
    )
    exams = (
        QuizPage.objects.filter(pk__in=list(passed_exams)).only("grading_method").order_by("path")
    )
    passing: dict[int, list[Decimal]] = {}
    for quiz_id, score in (
        QuizAttempt.objects.filter(
            user=user, quiz_id__in=list(passed_exams), status=AttemptStatus.GRADED, passed=True
        )
        .order_by("number")
        .values_list("quiz_id", "score")
    ):
        passing.setdefault(quiz_id, []).append(score)
    results = {
        course.pk: Completion(course=course, progress=progress[course.pk]) for course in courses
    }
    for exam in exams:
        # The exam's grade over its passing attempts, by the exam's own grading method.
        results[passed_exams[exam.pk]].final_score = combine_scores(
            exam.grading_method, passing.get(exam.pk, [])
        )
    return results


def course_completion(*, user, course: CoursePage) -> Completion:
    return course_completions(user=user, courses=[course])[course.pk]


def certificates_for_learner(*, user) -> dict:
    """The /certificates/ page: issued certificates, and completed courses still waiting."""
    certificates = list(Certificate.objects.filter(user=user).select_related("superseded_by"))
    issued_course_ids = {c.course_id for c in certificates}
    enrolled = [
        e.course
        for e in Enrollment.objects.filter(user=user, course__live=True).select_related("course")
        if e.course_id not in issued_course_ids
    ]
    completions = course_completions(user=user, courses=enrolled)
    profile = getattr(user, "profile", None)
    missing_profile = profile.missing_fields() if profile else ["legal name"]
    complete = [c for c in completions.values() if c.is_complete]
    evaluation_due = [c for c in completions.values() if c.progress.only_evaluation_left]
    return {
        "certificates": certificates,
        "evaluation_due": evaluation_due,
        "waiting": complete if missing_profile else [],
        "missing_profile": missing_profile if complete else [],
        "preparing": [] if missing_profile else complete,
    }


def transcript(*, user, start: date | None, end: date | None) -> dict:
    """Valid and expired certificates completed in [start, end], with hours in total, by topic
    and by approving body. Revoked and superseded certificates are left out: they no longer
    count. Courses the learner took elsewhere (self-reported) come apart, with their own
    total: this provider vouches only for its certificates."""
    rows = Certificate.objects.filter(user=user, status=CertificateStatus.VALID)
    if start:
        rows = rows.filter(completed_on__gte=start)
    if end:
        rows = rows.filter(completed_on__lte=end)
    hundredth = Decimal("0.01")  # SQLite sums lose the column's scale; print it as stored
    by_topic = [
        {**row, "hours": Decimal(row["hours"]).quantize(hundredth)}
        for row in rows.order_by()
        .values("topic")
        .annotate(hours=Sum("ce_hours"), count=Count("pk"))
        .order_by("topic")
    ]
    certificates = list(rows.order_by("completed_on", "pk"))
    outside = OutsideCourse.objects.filter(user=user).select_related("topic")
    if start:
        outside = outside.filter(completed_on__gte=start)
    if end:
        outside = outside.filter(completed_on__lte=end)
    outside = list(outside.order_by("completed_on", "pk"))
    by_body: dict[str, dict] = {}
    for certificate in certificates:
        for approval in certificate.course_approvals:
            row = by_body.setdefault(
                approval["body"], {"body": approval["body"], "count": 0, "hours": Decimal("0")}
            )
            row["count"] += 1
            row["hours"] += Decimal(approval["hours"])
    return {
        "certificates": certificates,
        "by_topic": by_topic,
        "by_body": sorted(by_body.values(), key=lambda row: row["body"]),
        "total_hours": sum((row["hours"] for row in by_topic), Decimal("0.00")),
        "outside": outside,
        "outside_hours": sum((o.hours for o in outside), Decimal("0.00")),
        "start": start,
        "end": end,
    }


def certificate_for_owner(*, user, number: str) -> Certificate | None:
    return Certificate.objects.filter(user=user, number=number).first()


def certificate_for_verification(*, code: str) -> Certificate | None:
    return Certificate.objects.filter(code=code).select_related("superseded_by").first()


def certificate_lookup(*, number: str, surname: str) -> Certificate | None:
    """Find by certificate number and the holder's surname (both case-insensitive). Numbers
    are issued in upper case, so the input is normalised and the unique index answers."""
    certificate = Certificate.objects.filter(number=number.strip().upper()).first()
    if certificate and certificate.surname.casefold() == surname.strip().casefold():
        return certificate
    return None


def roster(*, course, start: date | None, end: date | None) -> list[Certificate]:
    """Every completion of `course` in [start, end] that still counts (valid certificates; a
    re-issued one counts once, as its replacement), oldest first."""
    rows = Certificate.objects.filter(course=course, status=CertificateStatus.VALID)
    if start:
        rows = rows.filter(completed_on__gte=start)
    if end:
        rows = rows.filter(completed_on__lte=end)
    return list(rows.order_by("completed_on", "pk"))


def status_list_revoked(*, number: int, size: int) -> list[int] | None:
    """Bits set in status list `number` (a certificate's index is its primary key: list
    pk // size, bit pk % size): every revoked or superseded certificate in the list's range.
    None if no certificate can be in that list yet."""
    highest = Certificate.objects.aggregate(highest=Max("pk"))["highest"]
    if highest is None or number > highest // size:
        return None
    start = number * size
    return [
        pk - start
        for pk in Certificate.objects.filter(pk__gte=start, pk__lt=start + size)
        .exclude(status=CertificateStatus.VALID)
        .order_by("pk")
        .values_list("pk", flat=True)
    ]


SIGNATURE_CACHE_SECONDS = 60 * 60


def certificate_pdf_signature(certificate: Certificate) -> PdfSignature | None:
    """What the signature of the stored PDF says (validated with pyHanko), or None while the
    PDF is being prepared. Cached by the file's own SHA-256, so a changed file is checked
    afresh."""
    if not certificate.pdf:
        return None
    try:
        with certificate.pdf.open("rb") as handle:
            data = handle.read()
    except OSError:
        return PdfSignature(state="not_intact")
    key = f"pdf-signature:{hashlib.sha256(data).hexdigest()}"
    signature = cache.get(key)
    if signature is None:
        signature = pdf_signature_check(data)
        cache.set(key, signature, SIGNATURE_CACHE_SECONDS)
    return signature
