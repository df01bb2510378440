"""Quiz views, reached through QuizPage's routes. POST/redirect/GET throughout."""

import random

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import HttpResponseNotAllowed, JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from cms.http import private_response, refuse_unless_logged_in_post
from cms.models import LearnerProfile
from courses.selectors import (
    course_containing,
    course_next_step,
    course_progress_for,
    is_enrolled,
)
from quizzes.forms import answers_from_post
from quizzes.grading import snapshot_questions
from quizzes.models import AttemptStatus, QuizAttempt, ReviewDetail
from quizzes.questions import AnswerError, question_type
from quizzes.selectors import (
    answered_count,
    attempt_for_learner,
    present_attempt,
    quiz_state,
    review_detail,
)
from quizzes.services import (
    AttemptClosed,
    StartRefused,
    attempt_save_answers,
    attempt_start,
    attempt_submit,
    attempts_close_overdue,
)
from quizzes.snapshots import build_snapshot


def _render(request, quiz, template, context, status=200):
    context = {**quiz.get_context(request), **context}
    return private_response(TemplateResponse(request, template, context), status=status)


def _attempt_url(quiz, attempt, route="attempt") -> str:
    return quiz.url + quiz.reverse_subpage(route, args=[attempt.number])


def quiz_landing(request, quiz, *, status=200):
    context = {}
    if request.user.is_authenticated:
        now = timezone.now()
        attempts_close_overdue(user=request.user, quiz=quiz, now=now)
        course = course_containing(page=quiz)
        context = {
            "state": quiz_state(user=request.user, quiz=quiz, now=now),
            "course": course,
            "is_final_exam": course is not None and quiz.depth == course.depth + 1,
            "enrolled": course is not None and is_enrolled(user=request.user, course=course),
        }
    return _render(request, quiz, "quizzes/quiz_page.html", context, status=status)


def attempt_start_view(request, quiz):
    if refusal := refuse_unless_logged_in_post(request, next_url=quiz.url):
        return refusal
    try:
        attempt, _created = attempt_start(user=request.user, quiz=quiz)
    except StartRefused as refusal:
        messages.error(request, str(refusal))
        return quiz_landing(request, quiz, status=refusal.status)
    return redirect(_attempt_url(quiz, attempt), permanent=False)


def _closed(request, quiz, closed: AttemptClosed):
    return _render(
        request,
        quiz,
        "quizzes/attempt_closed.html",
        {
            "attempt": closed.attempt,
            "message": str(closed),
            "result_url": _attempt_url(quiz, closed.attempt, "result"),
        },
        status=closed.status,
    )


def _take_form(request, quiz, attempt, *, status=200, error=""):
    answered, total = answered_count(attempt)
    return _render(
        request,
        quiz,
        "quizzes/attempt.html",
        {
            "attempt": attempt,
            "items": present_attempt(attempt=attempt),
            "answered": answered,
            "total": total,
            "error": error,
            "seconds_left": attempt.seconds_left(),
            "autosave_url": _attempt_url(quiz, attempt, "autosave"),
        },
        status=status,
    )


def attempt_take(request, quiz, number):
    if not request.user.is_authenticated:
        return redirect_to_login(quiz.url)
    attempts_close_overdue(user=request.user, quiz=quiz)
    attempt = attempt_for_learner(user=request.user, quiz=quiz, number=number)
    if request.method == "GET":
        if not attempt.is_open:
            return redirect(_attempt_url(quiz, attempt, "result"))
        return _take_form(request, quiz, attempt)
    if request.method != "POST":
        return HttpResponseNotAllowed(["GET", "POST"])
    submitting = request.POST.get("action") == "submit"
    try:
        answers = answers_from_post(attempt.snapshot, request.POST)
        if submitting:
            attempt_submit(attempt=attempt, answers=answers)
        else:
            attempt_save_answers(attempt=attempt, answers=answers)
    except AnswerError as error:
        message = _("%(error)s Nothing was saved; your earlier answers are kept.") % {
            "error": error
        }
        return _take_form(request, quiz, attempt, status=400, error=message)
    except AttemptClosed as closed:
        return _closed(request, quiz, closed)
    if submitting:
        return redirect(_attempt_url(quiz, attempt, "result"))
    messages.success(request, _("Your answers are saved."))
    return redirect(_attempt_url(quiz, attempt))


def attempt_autosave(request, quiz, number):
    """JSON for the autosave script. Says when answers were saved; never a key or score."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if not request.user.is_authenticated:
        return JsonResponse({"error": _("Your session has ended. Log in again.")}, status=403)
    attempt = attempt_for_learner(user=request.user, quiz=quiz, number=number)
    try:
        answers = answers_from_post(attempt.snapshot, request.POST)
        attempt = attempt_save_answers(attempt=attempt, answers=answers)
    except AnswerError as error:
        return JsonResponse({"error": str(error)}, status=400)
    except AttemptClosed as closed:
        return JsonResponse(
            {"error": str(closed), "result_url": _attempt_url(quiz, attempt, "result")},
            status=409,
        )
    answered, total = answered_count(attempt)
    return JsonResponse(
        {
            "saved_at": attempt.answers_saved_at.isoformat(),
            "answered": answered,
            "total": total,
            "seconds_left": attempt.seconds_left(),
        }
    )


def attempt_result(request, quiz, number):
    if not request.user.is_authenticated:
        return redirect_to_login(quiz.url)
    attempts_close_overdue(user=request.user, quiz=quiz)
    attempt = attempt_for_learner(user=request.user, quiz=quiz, number=number)
    if attempt.is_open:
        return redirect(_attempt_url(quiz, attempt))
    state = quiz_state(user=request.user, quiz=quiz, now=timezone.now())
    detail = review_detail(quiz=quiz, attempt=attempt, state=state)
    course = course_containing(page=quiz)
    return _render(
        request,
        quiz,
        "quizzes/result.html",
        {
            "attempt": attempt,
            "course": course,
            **(_after_passing(request.user, quiz, course) if attempt.passed and course else {}),
            "state": state,
            "detail": detail,
            "items": present_attempt(attempt=attempt, detail=detail) if detail != "score" else [],
        },
    )


def _after_passing(user, quiz, course) -> dict:
    """What a passed attempt's result page offers next: the course's next step by its
    completion rule (after this quiz's module, for a module quiz), what is still missing for
    the certificate, and what the CE profile still lacks for it."""
    progress = course_progress_for(user=user, course=course)
    profile = LearnerProfile.objects.filter(user=user).first()
    return {
        "progress": progress,
        "next_step": course_next_step(user=user, course=course, after=quiz, progress=progress),
        "profile_missing": profile.missing_fields() if profile else [_("legal name")],
    }


def quiz_preview(request, quiz, *, with_key: bool):
    """The quiz in the editor's preview: one attempt as a learner would get it, or every
    question (all of every pool) answered with its key, with feedback and explanations."""
    snapshot = build_snapshot(
        quiz.questions,
        seen=set(),
        rng=random.SystemRandom(),
        shuffle_questions=quiz.shuffle_questions and not with_key,
        shuffle_options=quiz.shuffle_options and not with_key,
        draw_all=with_key,
    )
    attempt = QuizAttempt(quiz=quiz, number=1)
    attempt.snapshot = snapshot
    if with_key:
        attempt.answers = {
            q["id"]: question_type(q["type"]).key(q) for q in snapshot_questions(snapshot)
        }
        attempt.status = AttemptStatus.GRADED  # so that its results are graded for the review
    detail = ReviewDetail.FULL if with_key else ""
    context = {
        "attempt": attempt,
        "with_key": with_key,
        "items": present_attempt(attempt=attempt, detail=detail),
        "total": len(snapshot_questions(snapshot)),
    }
    return _render(request, quiz, "quizzes/preview.html", context)
