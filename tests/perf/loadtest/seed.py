"""The load test's data, written through the real services into a fresh database.

`manage.py load_demo` builds the provider, the catalog and its courses (modules with the demo's
body text, callouts, tables and images; module quizzes; timed final exams). Then each of the
load test's learners gets a verified account with a complete CE profile, is enrolled in the
techniques course (whose 30-minute final exam is the exam-start spike's), has completed the
professional-standards course with its certificate issued and its PDF stored (the issue task
run in this process), and has a session made server-side (Django's login), whose cookie the
locust user sends.

Run by run.py as `python -m tests.perf.loadtest.seed --learners N --plan PATH` with the load
test's settings; writes the URLs and sessions the locust users need to PATH (JSON). After the
run, `--count-attempts PATH` writes how many final-exam attempts each learner has, by status.
"""

import argparse
import json
import sys
from pathlib import Path
from urllib.parse import urlsplit

import django

EMAIL_DOMAIN = "loadtest.invalid"


def page_path(page) -> str:
    return urlsplit(page.get_url()).path


def complete_course(*, user, course) -> None:
    """Every module quiz and the final exam passed with the key, and the evaluation given: the
    steps a learner takes, through the services their requests call."""
    from courses.models import ModulePage
    from courses.services import enrollment_create, evaluation_submit, module_mark_completed
    from quizzes.grading import snapshot_questions
    from quizzes.models import QuizPage
    from quizzes.questions import question_type
    from quizzes.services import attempt_start, attempt_submit

    def submit(quiz) -> None:
        attempt, _created = attempt_start(user=user, quiz=quiz)
        key = {
            q["id"]: question_type(q["type"]).key(q) for q in snapshot_questions(attempt.snapshot)
        }
        attempt_submit(attempt=attempt, answers=key)

    enrollment_create(user=user, course=course)
    for module in ModulePage.objects.child_of(course).live().order_by("path"):
        quiz = QuizPage.objects.child_of(module).live().first()
        if quiz:
            submit(quiz)
        else:
            module_mark_completed(user=user, module=module)
    for exam in QuizPage.objects.child_of(course).live():
        submit(exam)
    evaluation_submit(
        user=user,
        course=course,
        data={"rating": 4, "met_objectives": True, "comments": "Load test learner."},
    )


def learner_create(number: int):
    from allauth.account.models import EmailAddress

    from cms.models import LearnerProfile, LearnerType, User

    email = f"learner-{number:03d}@{EMAIL_DOMAIN}"
    user = User.objects.create_user(
        email=email, password=None, first_name=f"Learner{number}", last_name="Load"
    )
    EmailAddress.objects.create(user=user, email=email, primary=True, verified=True)
    LearnerProfile.objects.create(
        user=user,
        legal_name=f"Learner {number} Load",
        designation="LMT",
        learner_type=LearnerType.THERAPIST,
        licence_number=f"MA{number:06d}",
        licensing_body="Florida Board of Massage Therapy",
        jurisdiction="Florida",
    )
    return user


def session_for(user) -> str:
    """A logged-in session's key, made by Django's login() without a request."""
    from django.conf import settings
    from django.test import Client

    client = Client()
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return client.cookies[settings.SESSION_COOKIE_NAME].value


def seed(*, learners: int) -> dict:
    """Write the learners and their records; return the plan for the locust users."""
    from django.conf import settings
    from django.urls import reverse

    from certificates.models import Certificate
    from certificates.tasks import issue_certificate
    from cms.management.commands.load_demo import CERTIFIED_COURSE, STARTED_COURSE
    from cms.models import HomePage
    from courses.models import CourseIndexPage, CoursePage, ModulePage
    from courses.services import enrollment_create
    from quizzes.models import QuizPage

    course = CoursePage.objects.get(slug=STARTED_COURSE)
    certified = CoursePage.objects.get(slug=CERTIFIED_COURSE)
    modules = list(ModulePage.objects.child_of(course).live().order_by("path"))
    module_quiz = QuizPage.objects.child_of(modules[0]).live().get()
    exam = QuizPage.objects.child_of(course).live().get()
    if not exam.time_limit_minutes:
        raise RuntimeError(f"The final exam of {course.slug} has no time limit.")
    # Every spike of a run starts another attempt, so the exam allows as many as a run needs.
    exam.max_attempts = None
    exam.cooldown_minutes = 0
    exam.save_revision().publish()

    people = []
    for number in range(1, learners + 1):
        user = learner_create(number)
        enrollment_create(user=user, course=course)
        complete_course(user=user, course=certified)
        issue_certificate.call(user.pk, certified.pk)
        certificate = Certificate.objects.get(user=user, course=certified)
        if not certificate.pdf:
            raise RuntimeError(
                f"No PDF stored for {certificate.number}: {certificate.render_error}"
            )
        people.append(
            {
                "email": user.email,
                "session": session_for(user),
                "certificate": reverse("certificate_download", args=[certificate.number]),
                "verify": reverse("certificate_verify", kwargs={"code": certificate.code}),
            }
        )
    return {
        "session_cookie": settings.SESSION_COOKIE_NAME,
        "csrf_cookie": settings.CSRF_COOKIE_NAME,
        "floor": reverse("loadtest_floor"),
        "home": page_path(HomePage.objects.get()),
        "catalog": page_path(CourseIndexPage.objects.get()),
        "course": page_path(course),
        "modules": [page_path(module) for module in modules],
        "quiz": page_path(module_quiz),
        "exam": page_path(exam),
        "exam_minutes": exam.time_limit_minutes,
        "dashboard": reverse("dashboard"),
        "learners": people,
    }


def exam_attempts() -> dict[str, dict[str, int]]:
    """Each load-test learner's attempts at the spikes' final exam, by status."""
    from django.db.models import Count

    from cms.management.commands.load_demo import STARTED_COURSE
    from courses.models import CoursePage
    from quizzes.models import QuizAttempt, QuizPage

    exam = QuizPage.objects.child_of(CoursePage.objects.get(slug=STARTED_COURSE)).get()
    rows = (
        QuizAttempt.objects.filter(quiz=exam, user__email__endswith=f"@{EMAIL_DOMAIN}")
        .values_list("user__email", "status")
        .annotate(count=Count("pk"))
    )
    counts: dict[str, dict[str, int]] = {}
    for email, status, count in rows:
        counts.setdefault(email, {})[status] = count
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, default=0)
    parser.add_argument("--plan", type=Path, help="where to write the plan")
    parser.add_argument("--count-attempts", type=Path, help="where to write the counts")
    args = parser.parse_args(argv)
    django.setup()
    if args.count_attempts:
        args.count_attempts.write_text(json.dumps(exam_attempts(), indent=2))
        return 0
    if args.learners < 1 or not args.plan:
        parser.error("--learners (1 or more) and --plan are required")
    from django.core.management import call_command

    call_command("load_demo", skip_checks=True)
    plan = seed(learners=args.learners)
    args.plan.write_text(json.dumps(plan, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
