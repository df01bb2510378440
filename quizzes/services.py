"""Writes of quiz attempts: start, save answers, submit, close overdue.

Answers arrive parsed (`quizzes.forms.answers_from_post` at the edge) and are checked again
against the attempt's snapshot here (`quizzes.questions.clean_answers`), so any caller is safe.

Locking: save and submit take a row lock on the attempt (`select_for_update`; SQLite's
IMMEDIATE transactions serialize writers the same way) and re-check its status under the lock,
so an attempt is graded exactly once however many requests race. Starting relies on the unique
constraints (learner, quiz, number) and (one open attempt per learner and quiz).
"""

import logging
import random
from datetime import datetime, timedelta
from typing import Any

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from cms.content_cache import remembered
from courses.selectors import course_containing, is_enrolled, is_published_in_course
from courses.services import assessment_record_pass
from quizzes.models import (
    GRACE_PERIOD,
    AttemptStatus,
    OptionChoice,
    QuestionResponse,
    QuizAttempt,
    QuizContent,
    QuizPage,
    contents_data,
)
from quizzes.questions import clean_answers, grade_attempt, response_rows
from quizzes.selectors import accommodation_for
from quizzes.snapshots import (
    content_digest,
    draw_layout,
    freeze_content,
    layout_question_ids,
)

logger = logging.getLogger(__name__)


class QuizError(Exception):
    """The learner cannot do this now; the message is shown to them."""

    status = 400


class AttemptClosed(QuizError):
    """The attempt is no longer open (already submitted, or its time ran out)."""

    status = 409

    def __init__(self, message: str, *, attempt: QuizAttempt):
        super().__init__(message)
        self.attempt = attempt


class StartRefused(QuizError):
    status = 403


def check_can_start(*, user, quiz: QuizPage, graded: list[QuizAttempt], now: datetime) -> None:
    """Raise StartRefused unless `user` may start a new attempt of `quiz` now. An
    accommodation's extra attempts add to the quiz's limit."""
    course = course_containing(page=quiz)
    if course is None or not is_published_in_course(page=quiz, course=course):
        raise StartRefused(_("This quiz is not open at the moment."))
    if not is_enrolled(user=user, course=course):
        raise StartRefused(_("Enroll in this course before taking its quizzes."))
    if quiz.max_attempts is not None and len(graded) >= quiz.max_attempts:
        allowed = quiz.max_attempts + accommodation_for(user=user, quiz=quiz).extra_attempts
        if len(graded) >= allowed:
            raise StartRefused(
                ngettext(
                    "You have used your one attempt.",
                    "You have used all %(count)s attempts.",
                    allowed,
                )
                % {"count": allowed}
            )
    if quiz.cooldown_minutes and graded:
        available = graded[-1].submitted_at + timedelta(minutes=quiz.cooldown_minutes)
        if now < available:
            raise StartRefused(
                _(
                    "You can start your next attempt at %(time)s, once the wait between "
                    "attempts is over."
                )
                % {"time": date_format(timezone.localtime(available), "DATETIME_FORMAT")}
            )


def attempt_start(
    *, user, quiz: QuizPage, rng: random.Random | None = None, now: datetime | None = None
) -> tuple[QuizAttempt, bool]:
    """Resume the open attempt, or start one. Returns (attempt, created).

    The new attempt shares the quiz's current content (stored once per version) and draws
    its own layout: pool questions this learner has not seen first, its order of questions
    and options. It fixes the deadline when the quiz has a time limit (plus the extra time of
    the learner's accommodation as it stands now).
    """
    now = now or timezone.now()
    attempts_close_overdue(user=user, quiz=quiz, now=now)
    with transaction.atomic():
        previous = list(
            QuizAttempt.objects.filter(user=user, quiz=quiz).only(
                "number", "status", "submitted_at", "content", "layout"
            )
        )
        open_attempt = next((a for a in previous if a.is_open), None)
        if open_attempt:
            return QuizAttempt.objects.get(pk=open_attempt.pk), False
        check_can_start(user=user, quiz=quiz, graded=previous, now=now)
        contents = contents_data(a.content_id for a in previous)
        seen = set().union(
            *(layout_question_ids(contents[a.content_id], a.layout) for a in previous)
        )
        content = content_store(quiz)
        layout = draw_layout(
            content.data,
            seen=seen,
            rng=rng or random.SystemRandom(),
            shuffle_questions=quiz.shuffle_questions,
            shuffle_options=quiz.shuffle_options,
        )
        deadline = None
        if quiz.time_limit:
            extra = accommodation_for(user=user, quiz=quiz).extra_minutes
            deadline = now + quiz.time_limit + timedelta(minutes=extra)
        try:
            with transaction.atomic():
                attempt = QuizAttempt.objects.create(
                    user=user,
                    quiz=quiz,
                    number=len(previous) + 1,
                    started_at=now,
                    deadline=deadline,
                    content=content,
                    layout=layout,
                )
        except IntegrityError:
            # A simultaneous start won: resume that attempt rather than make another.
            attempt = QuizAttempt.objects.filter(
                user=user, quiz=quiz, status=AttemptStatus.IN_PROGRESS
            ).first()
            if attempt is None:
                raise StartRefused(
                    _("Another attempt was just started. Reload the page.")
                ) from None
            return attempt, False
    return attempt, True


def content_store(quiz: QuizPage) -> QuizContent:
    """The quiz's content as it is now (frozen once per content generation), stored unless
    an earlier attempt stored it."""

    def freeze() -> tuple[str, dict]:
        data = freeze_content(quiz.questions)
        return content_digest(data), data

    digest, data = remembered(("quiz content", quiz.pk), freeze)
    content, _created = QuizContent.objects.get_or_create(digest=digest, defaults={"data": data})
    return content


def _lock_open(attempt: QuizAttempt) -> QuizAttempt:
    locked = QuizAttempt.objects.select_for_update().get(pk=attempt.pk)
    # Not joined in the locking query: that would lock the quiz page and user rows too.
    locked.quiz, locked.user = attempt.quiz, attempt.user
    if not locked.is_open:
        raise AttemptClosed(_("This attempt has already been submitted."), attempt=locked)
    return locked


def _save(attempt: QuizAttempt, answers: dict[str, Any], *, now: datetime) -> None:
    attempt.answers = clean_answers(attempt.snapshot, answers)
    attempt.answers_saved_at = now
    attempt.save(update_fields=["given", "answers_saved_at"])


def _grade(attempt: QuizAttempt, *, now: datetime, timed_out: bool) -> None:
    """Grade a locked, open attempt from its saved answers; report a pass to courses, which
    completes the module (or records the final exam) in the same transaction."""
    result = grade_attempt(attempt.snapshot, attempt.answers)
    attempt.score = result.score
    attempt.passed = result.passed(attempt.quiz.pass_mark)
    attempt.status = AttemptStatus.GRADED
    attempt.submitted_at = now
    attempt.timed_out = timed_out
    attempt.forget_derived()
    attempt.save(update_fields=["score", "passed", "status", "submitted_at", "timed_out"])
    record_responses(attempt)
    if attempt.passed:
        assessment_record_pass(user=attempt.user, page=attempt.quiz)


def record_responses(attempt: QuizAttempt) -> None:
    """(Re)write the graded attempt's per-question rows that reports aggregate."""
    QuestionResponse.objects.filter(attempt=attempt).delete()
    OptionChoice.objects.filter(attempt=attempt).delete()
    responses, choices = response_rows(attempt.snapshot, attempt.answers)
    common = {"attempt": attempt, "quiz_id": attempt.quiz_id}
    QuestionResponse.objects.bulk_create(QuestionResponse(**common, **row) for row in responses)
    OptionChoice.objects.bulk_create(OptionChoice(**common, **row) for row in choices)


def attempt_save_answers(
    *, attempt: QuizAttempt, answers: dict[str, Any], now: datetime | None = None
) -> QuizAttempt:
    """Replace the saved answers with `answers` (question id -> answer). Refuses, saving
    nothing, answers that do not belong to the attempt (AnswerError) or that arrive after the
    deadline and its grace period (AttemptClosed; the attempt is then graded with what was
    saved in time)."""
    now = now or timezone.now()
    with transaction.atomic():
        locked = _lock_open(attempt)
        if not locked.accepts_answers_at(now):
            _grade(locked, now=now, timed_out=True)
            closed = AttemptClosed(
                _("Time ran out. Answers saved before the deadline have been graded."),
                attempt=locked,
            )
        else:
            _save(locked, answers, now=now)
            return locked
    raise closed


def attempt_submit(
    *, attempt: QuizAttempt, answers: dict[str, Any] | None = None, now: datetime | None = None
) -> QuizAttempt:
    """Save the final answers (if given) and grade, exactly once.

    A submit after the deadline and grace period grades the answers saved in time and raises
    AttemptClosed to say so; a second submit raises AttemptClosed and changes nothing.
    """
    now = now or timezone.now()
    with transaction.atomic():
        locked = _lock_open(attempt)
        if locked.accepts_answers_at(now):
            if answers is not None:
                _save(locked, answers, now=now)
            _grade(locked, now=now, timed_out=False)
            return locked
        _grade(locked, now=now, timed_out=True)
        closed = AttemptClosed(
            _("Time ran out. Answers saved before the deadline have been graded."), attempt=locked
        )
    raise closed


def attempts_close_overdue(*, now: datetime | None = None, user=None, quiz=None) -> int:
    """Grade every open attempt whose deadline and grace period have passed, with the answers
    saved in time. Returns how many were closed. Safe to run alongside learners' requests."""
    now = now or timezone.now()
    overdue = QuizAttempt.objects.filter(
        status=AttemptStatus.IN_PROGRESS, deadline__lt=now - GRACE_PERIOD
    )
    if user is not None:
        overdue = overdue.filter(user=user)
    if quiz is not None:
        overdue = overdue.filter(quiz=quiz)
    closed = 0
    for pk in overdue.values_list("pk", flat=True):
        try:
            with transaction.atomic():
                locked = QuizAttempt.objects.select_for_update().get(pk=pk)
                if locked.is_open:
                    _grade(locked, now=now, timed_out=True)
                    closed += 1
        except Exception:  # one broken attempt must not keep the others open
            logger.exception("Could not close overdue quiz attempt %s", pk)
    return closed
