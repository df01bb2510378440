"""Synthetic learners for the demo (`manage.py load_demo --learners N`).

Each learner is an account at the reserved domain demo.invalid (learner-0001@demo.invalid, ...)
with a verified address and a CE profile. What they did is written by the services a learner's
requests call (`enrollment_create`, `enrollment_touch_module`, `module_mark_completed`,
`attempt_start`, `attempt_save_answers`, `attempt_submit`, `evaluation_submit`), so responses,
option choices, completions and certificates are exactly the rows real use leaves behind.

The same N gives the same learners: learner n's ability, persistence, courses and answers come
from `random.Random(N)`; a question's difficulty and discrimination from its text. A
learner answers a question right with the two-parameter logistic probability of their ability
against its difficulty (plus a guessing floor on choice questions), so the item analysis finds
easy, hard and poorly discriminating questions. A failed quiz is retried up to its attempt
limit (MAX_TRIES where it has none), with a little more ability each time; some learners stop
part-way, a few leaving an attempt open.

Activity is spread over the past SPREAD_DAYS days: the quiz services take the moment as
`now`; the records other services stamp with the current time are re-dated to the learner's
moment once written, and certificates (issued after the learner's transaction commits) to just
after their completion. Certificate emails are not sent: the addresses cannot receive mail.
"""

import math
import random
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from allauth.account.models import EmailAddress
from django.db import transaction
from django.test.utils import override_settings
from django.utils import timezone

from certificates.models import Certificate
from cms.models import LearnerProfile, LearnerType, User
from courses.models import (
    AssessmentPass,
    CourseCompletion,
    CourseEvaluation,
    CoursePage,
    Enrollment,
    ModuleCompletion,
    ModulePage,
)
from courses.services import (
    enrollment_create,
    enrollment_touch_module,
    evaluation_submit,
    module_mark_completed,
)
from quizzes.grading import snapshot_questions
from quizzes.models import QuizAttempt, QuizPage
from quizzes.questions import question_type
from quizzes.services import attempt_save_answers, attempt_start, attempt_submit

DOMAIN = "demo.invalid"
SPREAD_DAYS = 180
MAX_TRIES = 3  # tries at a quiz that sets no attempt limit
COURSES_TAKEN = ((1, 0.5), (2, 0.35), (3, 0.15))  # (how many courses, share of learners)
RETRY_GAIN = 0.4  # ability gained between a failed attempt and the next one
UNANSWERED = 0.04  # share of wrong answers left blank
LEAVE_OPEN = 0.25  # share of learners stopping at a module quiz who leave an attempt open
EVALUATE_DONE = 0.85  # share of learners with every other step done who evaluate the course
EVALUATE_STOPPED = 0.08  # share of learners who stopped who evaluate it anyway
WITH_COMMENT = 0.55

# The records each step may write, and the fields the services stamp with the current time.
ENROLLING = ((Enrollment, ("enrolled_at", "last_activity_at")),)
STUDYING = (
    (Enrollment, ("last_activity_at",)),
    (ModuleCompletion, ("completed_at",)),
    (AssessmentPass, ("passed_at",)),
    (CourseCompletion, ("completed_at",)),
)
EVALUATING = (
    (CourseEvaluation, ("submitted_at",)),
    (CourseCompletion, ("completed_at",)),
)


def learner_email(number: int) -> str:
    return f"learner-{number:04d}@{DOMAIN}"


@dataclass
class Tally:
    """What one run added."""

    added: int = 0
    existing: int = 0
    attempts: int = 0
    evaluations: int = 0
    completions: int = 0


@dataclass
class Course:
    """A demo course as a learner meets it: modules in order with their quiz, then exams."""

    page: CoursePage
    modules: list[tuple[ModulePage, QuizPage | None]]
    exams: list[QuizPage]


@dataclass
class Item:
    """How a question behaves: difficulty, discrimination and guessing floor."""

    difficulty: float
    discrimination: float
    guessing: float = 0.0

    def chance(self, ability: float) -> float:
        logistic = 1 / (1 + math.exp(-self.discrimination * (ability - self.difficulty)))
        return self.guessing + (1 - self.guessing) * logistic


def item(question: dict) -> Item:
    """A question's parameters, fixed by its type and prompt (block ids are new at every demo
    load): most questions are easy to moderate and discriminate well; about one in ten barely
    discriminates."""
    seed = f"{question['type']}:{question.get('prompt', '')}"
    rng = random.Random(seed)  # noqa: S311 - reproducible demo data, not secrets
    difficulty = rng.gauss(-1.2, 0.9)
    discrimination = rng.uniform(0.0, 0.3) if rng.random() < 0.1 else rng.uniform(0.8, 2.2)
    options = question.get("options")
    guessing = 0.8 / len(options) if options and not question_type(question["type"]).multiple else 0
    return Item(difficulty, discrimination, guessing)


def wrong_answer(question: dict, rng: random.Random, short_answers: list[str]) -> Any:
    """A plausible answer to `question` that does not earn full marks, or None (blank)."""
    kind = question_type(question["type"])
    key = kind.key(question)
    candidates: list[Any] = []
    if "options" in question and kind.multiple:
        tokens = [option["token"] for option in question["options"]]
        rng.shuffle(tokens)
        candidates = [sorted(set(key) ^ {token}) for token in tokens]
    elif "options" in question:
        candidates = [o["token"] for o in question["options"] if not o["correct"]]
        rng.shuffle(candidates)
    elif isinstance(key, dict):
        parts = list(key)
        values = [*key.values(), *(c["token"] for c in question.get("choices", []))]
        for _ in range(6):
            first, second = rng.sample(parts, 2) if len(parts) > 1 else (parts[0], parts[0])
            answer = {**key, first: key[second], second: key[first]}
            if answer == key:
                answer[first] = rng.choice(values)
            candidates.append(answer)
    elif kind.free_text:
        candidates = rng.sample(short_answers, len(short_answers))
    else:
        try:
            number = Decimal(key)
        except InvalidOperation:
            number = Decimal(0)
        spread = Decimal(question.get("tolerance") or 0) + max(abs(number) / 4, Decimal(1))
        candidates = [str(number + rng.choice((-1, 1)) * spread * n) for n in (1, 2)]
    return next((c for c in candidates if kind.grade(question, c) < 1), None)


@dataclass
class Learner:
    """One synthetic learner working through their courses."""

    number: int
    rng: random.Random
    vocabulary: dict
    password_hash: str
    now: datetime
    tally: Tally
    user: User = field(init=False)
    ability: float = field(init=False)
    persistence: float = field(init=False)  # chance of going on at each step
    clock: datetime = field(init=False)

    def __post_init__(self):
        self.ability = self.rng.gauss(0, 1)
        self.persistence = self.rng.uniform(0.75, 0.99)
        self.clock = self.now - timedelta(days=self.rng.uniform(7, SPREAD_DAYS))

    # --- account ----------------------------------------------------------------------------

    def create_account(self) -> None:
        words = self.vocabulary
        first, last = self.rng.choice(words["first_names"]), self.rng.choice(words["last_names"])
        self.user = User.objects.create(
            email=learner_email(self.number),
            password=self.password_hash,
            first_name=first,
            last_name=last,
        )
        User.objects.filter(pk=self.user.pk).update(date_joined=self.clock)
        EmailAddress.objects.create(
            user=self.user, email=self.user.email, primary=True, verified=True
        )
        profile = {"legal_name": f"{first} {last}", "learner_type": LearnerType.STUDENT}
        if self.rng.random() < 0.8:
            licence = self.rng.choice(words["licences"])
            profile.update(
                learner_type=LearnerType.THERAPIST,
                designation=licence["designation"],
                licensing_body=licence["licensing_body"],
                jurisdiction=licence["jurisdiction"],
                licence_number=f"{licence['number_prefix']}{self.rng.randrange(10000, 99999)}",
            )
        LearnerProfile.objects.create(user=self.user, **profile)

    # --- time -------------------------------------------------------------------------------

    def wait(self, *, mean_hours: float, minimum_minutes: float = 10) -> bool:
        """Move the learner's clock on; false once it would pass the present."""
        hours = max(self.rng.expovariate(1 / mean_hours), minimum_minutes / 60)
        self.clock += timedelta(hours=hours)
        return self.clock < self.now - timedelta(minutes=30)

    @contextmanager
    def dated(self, records: tuple) -> Iterator[None]:
        """Re-date to the learner's clock what the services inside stamp with the present."""
        started = timezone.now()
        yield
        for model, fields in records:
            for name in fields:
                model.objects.filter(user=self.user, **{f"{name}__gte": started}).update(
                    **{name: self.clock}
                )

    def date_certificates(self) -> None:
        """Certificates are issued once the learner's transaction commits: date each just
        after its course's completion."""
        for course_id, completed_at in CourseCompletion.objects.filter(user=self.user).values_list(
            "course_id", "completed_at"
        ):
            Certificate.objects.filter(user=self.user, course_id=course_id).update(
                issued_at=completed_at + timedelta(minutes=self.rng.uniform(1, 5))
            )

    # --- learning ---------------------------------------------------------------------------

    def run(self, courses: list[Course]) -> None:
        self.create_account()
        count = self.rng.choices(
            [n for n, _ in COURSES_TAKEN], weights=[w for _, w in COURSES_TAKEN]
        )[0]
        start = self.clock
        for course in self.rng.sample(courses, count):
            self.clock = start + timedelta(days=self.rng.uniform(0, 30))
            if self.clock < self.now - timedelta(hours=1):
                self.take(course)
        transaction.on_commit(self.date_certificates)

    def take(self, course: Course) -> None:
        with self.dated(ENROLLING):
            enrollment, _ = enrollment_create(user=self.user, course=course.page)
        done = self.study(course, enrollment) and all(
            self.wait(mean_hours=24) and self.quiz(exam) for exam in course.exams
        )
        if self.rng.random() < (EVALUATE_DONE if done else EVALUATE_STOPPED):
            self.evaluate(course, done=done)

    def study(self, course: Course, enrollment: Enrollment) -> bool:
        """Work through the modules in order; false if the learner stopped on the way."""
        for module, quiz in course.modules:
            if not module.is_required and self.rng.random() < 0.4:
                continue
            if not self.wait(mean_hours=36) or self.rng.random() > self.persistence:
                if quiz is not None and self.rng.random() < LEAVE_OPEN:
                    self.leave_open(quiz)
                return False
            with self.dated(STUDYING):
                enrollment_touch_module(enrollment=enrollment, module=module)
                if quiz is None:
                    module_mark_completed(user=self.user, module=module)
            if quiz is not None and not self.quiz(quiz):
                return False
        return True

    def quiz(self, quiz: QuizPage) -> bool:
        """Take `quiz` until passed or out of tries; whether it was passed."""
        ability = self.ability
        tries = quiz.max_attempts or MAX_TRIES
        for number in range(1, tries + 1):
            if number > 1 and (
                self.rng.random() > self.persistence or not self.wait(mean_hours=20)
            ):
                return False
            if self.attempt(quiz, ability).passed:
                return True
            ability += RETRY_GAIN
        return False

    def answers(self, attempt: QuizAttempt, ability: float) -> dict[str, Any]:
        answers = {}
        for question in snapshot_questions(attempt.snapshot):
            if self.rng.random() < item(question).chance(ability):
                answer = question_type(question["type"]).key(question)
            elif self.rng.random() < UNANSWERED:
                answer = None
            else:
                answer = wrong_answer(question, self.rng, self.vocabulary["short_answers"])
            if answer is not None:
                answers[question["id"]] = answer
        return answers

    def attempt(self, quiz: QuizPage, ability: float) -> QuizAttempt:
        limit = quiz.time_limit_minutes or 40
        minutes = self.rng.uniform(min(3, limit / 2), min(25, limit - 1))
        with self.dated(STUDYING):
            attempt, _ = attempt_start(user=self.user, quiz=quiz, rng=self.rng, now=self.clock)
            self.clock += timedelta(minutes=minutes)
            graded = attempt_submit(
                attempt=attempt, answers=self.answers(attempt, ability), now=self.clock
            )
        self.tally.attempts += 1
        return graded

    def leave_open(self, quiz: QuizPage) -> None:
        """Start `quiz` and answer half of it, then go away (no time limit: it stays open)."""
        if quiz.time_limit_minutes:
            return
        attempt, _ = attempt_start(user=self.user, quiz=quiz, rng=self.rng, now=self.clock)
        answers = self.answers(attempt, self.ability)
        half = dict(list(answers.items())[: len(answers) // 2])
        attempt_save_answers(attempt=attempt, answers=half, now=self.clock)

    def evaluate(self, course: Course, *, done: bool) -> None:
        if not self.wait(mean_hours=6, minimum_minutes=2):
            return
        mood = 3.6 + 0.5 * self.ability + (0.4 if done else -0.8)
        rating = min(5, max(1, round(self.rng.gauss(mood, 0.9))))
        comments = self.vocabulary["comments"][rating]
        data = {
            "rating": rating,
            "met_objectives": rating >= 3 or self.rng.random() < 0.2,
            "comments": self.rng.choice(comments) if self.rng.random() < WITH_COMMENT else "",
        }
        with self.dated(EVALUATING):
            _evaluation, _ = evaluation_submit(user=self.user, course=course.page, data=data)
        self.tally.evaluations += 1
        self.tally.completions += int(
            CourseCompletion.objects.filter(user=self.user, course=course.page).exists()
        )


def demo_courses(courses: list[CoursePage]) -> list[Course]:
    result = []
    for course in courses:
        modules = list(ModulePage.objects.live().child_of(course).order_by("path"))
        result.append(
            Course(
                page=course,
                modules=[
                    (module, QuizPage.objects.live().child_of(module).first()) for module in modules
                ],
                exams=list(QuizPage.objects.live().child_of(course).order_by("path")),
            )
        )
    return result


def learners_create(
    *,
    count: int,
    courses: list[CoursePage],
    vocabulary: dict,
    password_hash: str,
    now: datetime | None = None,
    progress: Callable[[int], None] | None = None,
) -> Tally:
    """Add learners 1 to `count` that do not exist yet, each in its own transaction, in the
    demo `courses`. `password_hash` is stored as every learner's password."""
    rng = random.Random(count)  # noqa: S311 - reproducible demo data, not secrets
    now = now or timezone.now()
    plan = demo_courses(courses)
    emails = [learner_email(number) for number in range(1, count + 1)]
    existing = set(User.objects.filter(email__in=emails).values_list("email", flat=True))
    tally = Tally(existing=len(existing))
    # The addresses are reserved and never receive mail.
    with override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"):
        for number, email in enumerate(emails, start=1):
            seed = rng.getrandbits(64)  # drawn for every learner, so each keeps its own
            if email in existing:
                continue
            learner = Learner(
                number=number,
                rng=random.Random(seed),  # noqa: S311
                vocabulary=vocabulary,
                password_hash=password_hash,
                now=now,
                tally=tally,
            )
            with transaction.atomic():
                learner.run(plan)
            tally.added += 1
            if progress:
                progress(number)
    return tally
