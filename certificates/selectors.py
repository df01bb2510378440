"""Completion rules and the reads behind the learner's certificate pages.

A course is complete for a learner when every required module is complete, every
course-level quiz (final exam) has a passing attempt, and, where the course asks for it, the
learner has submitted the course evaluation.
"""

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import reduce
from operator import or_

from django.db.models import Count, Q, Sum
from django.utils import timezone
from django.utils.translation import gettext as _

from certificates.models import Certificate
from courses.models import CourseEvaluation, CoursePage, Enrollment
from courses.selectors import last_completion_by_course, progress_by_course
from quizzes.grading import combine_scores
from quizzes.models import AttemptStatus, QuizAttempt, QuizPage


@dataclass
class Completion:
    course: CoursePage
    missing: list[str] = field(default_factory=list)
    completed_on: date | None = None
    final_score: Decimal | None = None  # the final exam's grade (the last exam's, if several)

    @property
    def is_complete(self) -> bool:
        return not self.missing


def course_completions(*, user, courses: list[CoursePage]) -> dict[int, Completion]:
    """Completion of each course for `user`, in a fixed number of queries however many."""
    if not courses:
        return {}
    paths = [c.path for c in courses]
    progress = progress_by_course(user=user, course_paths=paths, with_assessments=False)
    last_module = last_completion_by_course(user=user, course_paths=paths)
    exams = list(
        QuizPage.objects.live().filter(
            reduce(or_, (Q(path__startswith=c.path, depth=c.depth + 1) for c in courses))
        )
    )
    passing_scores: dict[int, list[Decimal]] = {}
    first_pass: dict[int, object] = {}
    for quiz_id, score, submitted_at in (
        QuizAttempt.objects.filter(
            user=user, quiz__in=exams, status=AttemptStatus.GRADED, passed=True
        )
        .order_by("number")
        .values_list("quiz_id", "score", "submitted_at")
    ):
        passing_scores.setdefault(quiz_id, []).append(score)
        first_pass.setdefault(quiz_id, submitted_at)
    evaluations = dict(
        CourseEvaluation.objects.filter(user=user, course__in=courses).values_list(
            "course_id", "submitted_at"
        )
    )
    results = {}
    for course in courses:
        completion = Completion(course=course)
        course_progress = progress[course.path]
        moments = [last_module[course.path]] if course.path in last_module else []
        if course_progress.total and not course_progress.is_complete:
            completion.missing.append(
                _("complete the required modules (%(done)s of %(total)s done)")
                % {"done": course_progress.completed, "total": course_progress.total}
            )
        course_exams = [e for e in exams if e.path.startswith(course.path)]
        if not course_progress.total and not course_exams:
            completion.missing.append(_("the course has no required modules or exams yet"))
        for exam in course_exams:
            if exam.pk not in first_pass:
                completion.missing.append(_("pass %(exam)s") % {"exam": exam.title})
                continue
            moments.append(first_pass[exam.pk])
            # The exam's grade over its passing attempts, by the exam's own grading method.
            completion.final_score = combine_scores(exam.grading_method, passing_scores[exam.pk])
        if course.evaluation_required:
            if course.pk in evaluations:
                moments.append(evaluations[course.pk])
            else:
                completion.missing.append(_("submit the course evaluation"))
        if completion.is_complete and moments:
            completion.completed_on = timezone.localdate(max(moments))
        results[course.pk] = completion
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
    return {
        "certificates": certificates,
        "waiting": complete if missing_profile else [],
        "missing_profile": missing_profile if complete else [],
        "preparing": [] if missing_profile else complete,
    }


def transcript(*, user, start: date | None, end: date | None) -> dict:
    """Valid and expired certificates completed in [start, end], with hours in total and by
    topic. Revoked and superseded certificates are left out: they no longer count."""
    rows = Certificate.objects.filter(user=user, status="valid")
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
    return {
        "certificates": list(rows.order_by("completed_on", "pk")),
        "by_topic": by_topic,
        "total_hours": sum((row["hours"] for row in by_topic), Decimal("0.00")),
        "start": start,
        "end": end,
    }


def certificate_for_owner(*, user, number: str) -> Certificate | None:
    return Certificate.objects.filter(user=user, number=number).first()


def certificate_for_verification(*, code: str) -> Certificate | None:
    return Certificate.objects.filter(code=code).select_related("superseded_by").first()


def certificate_lookup(*, number: str, surname: str) -> Certificate | None:
    """Find by certificate number and the holder's surname (case-insensitive)."""
    certificate = Certificate.objects.filter(number__iexact=number.strip()).first()
    if certificate and certificate.surname.casefold() == surname.strip().casefold():
        return certificate
    return None
