"""Writes of instructors' corrections to a quiz's grades: regrading graded attempts after its
answer key was fixed, and accommodations (extra time, extra attempts) for one learner.

A regrade re-keys the frozen content each graded attempt shares from the quiz's published
questions (`QuestionType.rekey`: the learner's texts, order and tokens stay; key and points
change), stores it as new content, and grades the saved answers again with the pure grading of
`quizzes.questions`.

Locking: `quiz_regrade_apply` takes row locks on every graded attempt of the quiz
(`select_for_update`, in primary key order; SQLite's IMMEDIATE transactions serialize writers
the same way) and computes the changes under them, so two regrades never interleave and the
second finds nothing left to change. An attempt submitted while a regrade runs is graded with
its own snapshot and left for the next regrade.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from cms.security import log_event
from courses.selectors import course_containing, is_enrolled
from courses.services import assessment_record_pass
from quizzes.models import (
    Accommodation,
    AttemptRegrade,
    AttemptStatus,
    QuizAttempt,
    QuizContent,
    QuizPage,
    contents_data,
)
from quizzes.questions import grade_attempt, question_type
from quizzes.services import record_responses
from quizzes.snapshots import assemble, content_digest

MAX_EXTRA_MINUTES = 600
MAX_EXTRA_ATTEMPTS = 20
MAX_REASON_LENGTH = 500
CONTAINERS = ("case_scenario", "question_pool")


# --- regrade --------------------------------------------------------------------------------


@dataclass(frozen=True)
class RegradeChange:
    """A graded attempt whose score or pass/fail a regrade changes."""

    attempt: QuizAttempt
    old_score: Decimal
    new_score: Decimal
    old_passed: bool
    new_passed: bool
    content: str = field(repr=False)  # the digest of the re-keyed content

    @property
    def learner(self):
        return self.attempt.user

    @property
    def number(self) -> int:
        return self.attempt.number


@dataclass(frozen=True)
class NewlyFailed:
    """A learner who passed the quiz before the regrade and no longer does. Certificates
    already issued stay valid: `certificates` lists their numbers for the instructor."""

    learner: Any
    certificates: list[str]


@dataclass(frozen=True)
class RegradeOutcome:
    changes: list[RegradeChange]
    newly_passed: list[Any]  # learners
    newly_failed: list[NewlyFailed]

    @property
    def kept_certificates(self) -> list[NewlyFailed]:
        return [failed for failed in self.newly_failed if failed.certificates]


def current_questions(questions) -> dict[str, tuple[str, Any]]:
    """A quiz's questions (a StreamValue) by block id, cases and pools opened:
    id -> (type name, block value)."""
    found = {}
    for child in questions:
        if child.block_type in CONTAINERS:
            for question in child.value["questions"]:
                found[question.id] = (question.block_type, question.value)
        else:
            found[child.id] = (child.block_type, child.value)
    return found


def content_rekey(content: Mapping, current: Mapping[str, tuple[str, Any]]) -> dict:
    """Pure: frozen content with each question re-keyed from `current` (see
    `current_questions`). Questions no longer in the quiz keep their frozen key."""

    def rekey(question: dict) -> dict:
        kind, value = current.get(question["id"], (None, None))
        if kind != question["type"]:
            return question
        return question_type(kind).rekey(question, value)

    return {**content, "questions": [rekey(question) for question in content["questions"]]}


def _published(quiz: QuizPage) -> QuizPage:
    """The quiz as published: its page row holds the live content (drafts are revisions)."""
    return QuizPage.objects.get(pk=quiz.pk)


def _changes(
    quiz: QuizPage, attempts: Iterable[QuizAttempt]
) -> tuple[list[RegradeChange], dict[str, dict]]:
    """The attempts a regrade changes, and the re-keyed content they get (by digest)."""
    current = current_questions(quiz.questions)
    attempts = list(attempts)
    rekeyed = {}  # digest -> the re-keyed content's digest and data
    for old, data in contents_data(a.content_id for a in attempts).items():
        data = content_rekey(data, current)
        rekeyed[old] = (content_digest(data), data)
    changes = []
    for attempt in attempts:
        digest, data = rekeyed[attempt.content_id]
        result = grade_attempt(assemble(data, attempt.layout), attempt.answers)
        passed = result.passed(quiz.pass_mark)
        if result.score == attempt.score and passed == attempt.passed:
            continue
        changes.append(
            RegradeChange(
                attempt=attempt,
                old_score=attempt.score,
                new_score=result.score,
                old_passed=bool(attempt.passed),
                new_passed=passed,
                content=digest,
            )
        )
    return changes, dict(rekeyed.values())


def _passing(attempts: Iterable[QuizAttempt]) -> set[int]:
    """Ids of the learners with a passed attempt among `attempts`."""
    return {attempt.user_id for attempt in attempts if attempt.passed}


def _graded(quiz: QuizPage):
    return QuizAttempt.objects.filter(quiz=quiz, status=AttemptStatus.GRADED).order_by("pk")


def quiz_regrade_preview(*, quiz: QuizPage) -> list[RegradeChange]:
    """Every graded attempt of `quiz` whose score or pass/fail a regrade against the quiz's
    published questions would change, by learner and attempt number. Writes nothing; two
    queries however many attempts."""
    published = _published(quiz)
    attempts = _graded(quiz).select_related("user")
    return _by_learner(_changes(published, attempts)[0])


def _by_learner(changes: list[RegradeChange]) -> list[RegradeChange]:
    return sorted(changes, key=lambda c: (str(c.learner).casefold(), c.learner.pk, c.number))


def _kept_certificates(*, quiz: QuizPage, users: list) -> dict[int, list[str]]:
    course = course_containing(page=quiz)
    if course is None or not users:
        return {}
    kept: dict[int, list[str]] = {}
    rows = course.certificates.filter(user__in=users, status="valid", number__isnull=False)
    for user_id, number in rows.order_by("number").values_list("user_id", "number"):
        kept.setdefault(user_id, []).append(number)
    return kept


@transaction.atomic
def quiz_regrade_apply(
    *, quiz: QuizPage, by, note: str = "", now: datetime | None = None
) -> RegradeOutcome:
    """Regrade `quiz`'s graded attempts against its published questions, under row locks.

    Each changed attempt gets the re-keyed content, its score and pass/fail, its
    per-question rows rewritten and an AttemptRegrade record. A learner who now passes is
    reported to courses (module completion, exam pass and, when the course is then complete,
    the certificate after commit); a learner who no longer passes keeps any certificate issued,
    and the outcome lists them. Running it again changes nothing.
    """
    now = now or timezone.now()
    published = _published(quiz)
    attempts = list(
        _graded(quiz).select_related("user").select_for_update(of=("self",)).order_by("pk")
    )
    changes, contents = _changes(published, attempts)
    used = {change.content for change in changes}
    QuizContent.objects.bulk_create(
        [QuizContent(digest=digest, data=contents[digest]) for digest in used],
        ignore_conflicts=True,
    )
    passed_before = _passing(attempts)
    for change in changes:
        attempt = change.attempt
        attempt.quiz = published
        attempt.content_id = change.content
        attempt.score = change.new_score
        attempt.passed = change.new_passed
        attempt.save(update_fields=["content", "score", "passed"])
        attempt.forget_derived()
        record_responses(attempt)
    AttemptRegrade.objects.bulk_create(
        AttemptRegrade(
            attempt=change.attempt,
            old_score=change.old_score,
            new_score=change.new_score,
            old_passed=change.old_passed,
            new_passed=change.new_passed,
            regraded_by=by,
            regraded_at=now,
            note=note[:MAX_REASON_LENGTH],
        )
        for change in changes
    )
    passed_after = _passing(attempts)
    learners = {change.learner.pk: change.learner for change in changes}
    newly_passed = [u for pk, u in learners.items() if pk in passed_after - passed_before]
    for learner in (change.learner for change in changes if change.new_passed):
        assessment_record_pass(user=learner, page=published)
    failed = [u for pk, u in learners.items() if pk in passed_before - passed_after]
    kept = _kept_certificates(quiz=published, users=failed)
    newly_failed = [NewlyFailed(learner=u, certificates=kept.get(u.pk, [])) for u in failed]
    by_id, changed = by.pk, len(changes)
    transaction.on_commit(
        lambda: log_event("quiz_regraded", quiz=quiz.pk, changed=changed, by=by_id)
    )
    return RegradeOutcome(
        changes=_by_learner(changes), newly_passed=newly_passed, newly_failed=newly_failed
    )


# --- accommodations -------------------------------------------------------------------------


class AccommodationError(ValueError):
    """The accommodation cannot be granted as asked; the message says why."""


def check_accommodation(
    *, quiz: QuizPage, user, extra_minutes: int, extra_attempts: int, reason: str
) -> None:
    """Raise AccommodationError unless the values are in range, a reason is given and `user`
    is enrolled in the quiz's course."""
    if not 0 <= extra_minutes <= MAX_EXTRA_MINUTES:
        raise AccommodationError(
            _("Extra time must be from 0 to %(max)s minutes.") % {"max": MAX_EXTRA_MINUTES}
        )
    if not 0 <= extra_attempts <= MAX_EXTRA_ATTEMPTS:
        raise AccommodationError(
            _("Extra attempts must be from 0 to %(max)s.") % {"max": MAX_EXTRA_ATTEMPTS}
        )
    if not extra_minutes and not extra_attempts:
        raise AccommodationError(_("Give extra time, extra attempts or both."))
    if not reason.strip() or len(reason) > MAX_REASON_LENGTH:
        raise AccommodationError(
            _("Give a reason of at most %(max)s characters.") % {"max": MAX_REASON_LENGTH}
        )
    course = course_containing(page=quiz)
    if course is None or not is_enrolled(user=user, course=course):
        raise AccommodationError(_("This learner is not enrolled in the quiz's course."))


def accommodation_set(
    *,
    quiz: QuizPage,
    user,
    extra_minutes: int,
    extra_attempts: int,
    reason: str,
    by,
    now: datetime | None = None,
) -> tuple[Accommodation, bool]:
    """Grant `user` extra time and attempts on `quiz`, or replace what they had. Returns
    (accommodation, created). Extra attempts count at once; extra time applies to attempts
    started from now on. Raises AccommodationError (see `check_accommodation`)."""
    check_accommodation(
        quiz=quiz,
        user=user,
        extra_minutes=extra_minutes,
        extra_attempts=extra_attempts,
        reason=reason,
    )
    with transaction.atomic():
        accommodation, created = Accommodation.objects.update_or_create(
            quiz=quiz,
            user=user,
            defaults={
                "extra_minutes": extra_minutes,
                "extra_attempts": extra_attempts,
                "reason": reason.strip(),
                "granted_by": by,
                "granted_at": now or timezone.now(),
            },
        )
        event = {
            "quiz": quiz.pk,
            "user": user.pk,
            "extra_minutes": extra_minutes,
            "extra_attempts": extra_attempts,
            "by": by.pk,
        }
        transaction.on_commit(lambda: log_event("quiz_accommodation_set", **event))
    return accommodation, created


def accommodation_remove(*, quiz: QuizPage, user, by) -> bool:
    """Withdraw `user`'s accommodation on `quiz`. Attempts already started keep their
    deadline. Returns whether there was one to remove."""
    with transaction.atomic():
        deleted, _rows = Accommodation.objects.filter(quiz=quiz, user=user).delete()
        if deleted:
            event = {"quiz": quiz.pk, "user": user.pk, "by": by.pk}
            transaction.on_commit(lambda: log_event("quiz_accommodation_removed", **event))
    return bool(deleted)
