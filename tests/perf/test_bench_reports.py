"""Staff report pages at 10,000 learners and 100,000 graded attempts: each page's median time
(5 runs after a warm-up) as an administrator, and its query count, which must be the count at
1,000 learners.

The records are written straight to the database, not through the services, so seeding takes
minutes rather than hours (bulk_create; COPY on PostgreSQL and executemany on SQLite for the
attempts, responses and option choices): 10,000 learners with profiles, enrolled in a course
of three modules with a 10-question single-choice quiz each, and a 10-question final exam.
Each learner has exactly ten graded attempts (one or two at each module quiz, four in all, and
six at the final exam), each with its QuestionResponse and OptionChoice rows (a million of
each); module completions, exam passes, evaluations, course completions and certificate rows
(no PDFs) where the attempts earn them; a fifth of the learners are also enrolled in a second
course.

Run with `make bench` (SQLite) or `DATABASE_URL=... make bench` (PostgreSQL).
"""

import json
import math
import random
import statistics
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from urllib.parse import urlencode

import pytest
from django.contrib.auth.models import Group
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from certificates.models import Certificate
from cms.models import LearnerProfile, LearnerType, User
from courses.models import (
    AssessmentPass,
    CourseCompletion,
    CourseEvaluation,
    Enrollment,
    ModuleCompletion,
)
from courses.roles import ADMINISTRATORS
from quizzes.authoring import question_stream
from quizzes.grading import snapshot_questions
from quizzes.models import (
    AttemptStatus,
    OptionChoice,
    QuestionResponse,
    QuizAttempt,
    QuizContent,
)
from quizzes.questions import grade_question
from quizzes.snapshots import assemble, content_digest, freeze_content
from tests.factories import CoursePageFactory, ModulePageFactory, QuizPageFactory, UserFactory
from tests.factories.quizzes import seeded_layout
from tests.perf.conftest import report

# Committed, so that the database can be vacuumed and analysed after seeding, as autovacuum
# does after a bulk load in production; the data migrations' rows come back afterwards.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

LEARNERS = 10_000
FIRST_SIZE = 1_000  # query counts here must equal those at LEARNERS
CHUNK = 1_000  # learners written per round of inserts
QUESTIONS = 10
VARIANTS = 8  # distinct option orders (snapshots) per quiz
SPREAD_DAYS = 180
RUNS = 5
BUDGET_SECONDS = 1.0
PASS_MARK = 80


def choice_questions(topic: str) -> list:
    """QUESTIONS single-choice questions with four options, of a realistic length."""
    return [
        (
            "single_choice",
            {
                "prompt": f"<p>{topic}, question {n + 1}: a client reports symptoms that "
                "could be a contraindication. What do you do first?</p>",
                "explanation": "<p>Screen first: ask about onset, medication and recent "
                "changes, and refer when a red flag is present.</p>",
                "options": [
                    {
                        "text": f"Option {letter}: a plausible course of action",
                        "correct": letter == "A",
                        "feedback": f"Feedback for option {letter}.",
                    }
                    for letter in "ABCD"
                ],
            },
        )
        for n in range(QUESTIONS)
    ]


ATTEMPT_FIELDS = (
    "id",
    "user",
    "quiz",
    "number",
    "status",
    "started_at",
    "answers_saved_at",
    "submitted_at",
    "timed_out",
    "content",
    "layout",
    "given",
    "score",
    "passed",
)
RESPONSE_FIELDS = (
    "attempt",
    "quiz",
    "question_id",
    "position",
    "answered",
    "earned",
    "points",
    "fraction",
)
CHOICE_FIELDS = ("attempt", "quiz", "question_id", "option_key")


def insert_rows(model, fields: tuple[str, ...], rows: list[tuple]) -> None:
    """Insert `rows` (values of `fields` in that order, as the database takes them): COPY on
    PostgreSQL, one executemany on SQLite. For the attempts and their million response and
    option rows, bulk_create's per-value preparation takes minutes, and on PostgreSQL its
    UNNEST arrays quote the attempts' JSON character by character."""
    quote = connection.ops.quote_name
    meta = model._meta
    table = quote(meta.db_table)
    columns = ", ".join(quote(meta.get_field(name).column) for name in fields)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            with cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        else:
            marks = ", ".join(["%s"] * len(fields))
            cursor.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", rows)  # noqa: S608


def new_ids(model, count: int) -> list[int]:
    """`count` primary keys for rows of `model` inserted with explicit ids."""
    table = model._meta.db_table
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
                [table, model._meta.pk.column, count],
            )
            return [row[0] for row in cursor.fetchall()]
        cursor.execute(f"SELECT COALESCE(MAX(id), 0) FROM {connection.ops.quote_name(table)}")  # noqa: S608
        first = cursor.fetchone()[0] + 1
    return list(range(first, first + count))


def db_datetime(value):
    return connection.ops.adapt_datetimefield_value(value)


@dataclass
class Attempt:
    """What the later records need of an attempt written by `insert_rows`."""

    pk: int
    user_id: int
    quiz_id: int
    passed: bool
    submitted_at: datetime


@contextmanager
def stamps_as_given() -> Iterator[None]:
    """Let bulk_create store the given timestamps of fields that normally stamp the present."""
    fields = [
        Enrollment._meta.get_field("enrolled_at"),
        Enrollment._meta.get_field("last_activity_at"),
        ModuleCompletion._meta.get_field("completed_at"),
        AssessmentPass._meta.get_field("passed_at"),
        CourseEvaluation._meta.get_field("submitted_at"),
    ]
    saved = [(f, f.auto_now, f.auto_now_add) for f in fields]
    for f in fields:
        f.auto_now = f.auto_now_add = False
    try:
        yield
    finally:
        for f, auto_now, auto_now_add in saved:
            f.auto_now, f.auto_now_add = auto_now, auto_now_add


@dataclass
class Variant:
    """One layout of a quiz (its option order and tokens), with every possible per-question
    outcome precomputed: (answer, response fields, option key)."""

    content: str  # the shared content's digest
    layout: str  # as stored: JSON text
    questions: list[dict]
    right: list[tuple]
    wrong: list[list[tuple]]


def variants_of(quiz) -> list[Variant]:
    content = freeze_content(quiz.questions)
    digest = content_digest(content)
    QuizContent.objects.get_or_create(digest=digest, defaults={"data": content})
    variants = []
    for seed in range(VARIANTS):
        layout = seeded_layout(content, seed)
        questions = snapshot_questions(assemble(content, layout))

        def outcome(question, option):
            graded = grade_question(question, option["token"])
            fields = {
                "answered": True,
                "earned": Decimal(graded.as_dict()["earned"]),
                "points": Decimal(graded.as_dict()["points"]),
                "fraction": float(graded.fraction),
            }
            return option["token"], fields, option["key"]

        variants.append(
            Variant(
                content=digest,
                layout=json.dumps(layout),
                questions=questions,
                right=[
                    next(outcome(q, o) for o in q["options"] if o["correct"]) for q in questions
                ],
                wrong=[
                    [outcome(q, o) for o in q["options"] if not o["correct"]] for q in questions
                ],
            )
        )
    return variants


class Seeder:
    """Writes learners and their records in chunks, straight to the database."""

    def __init__(self, course, modules, module_quizzes, final_exam, other_course):
        self.course, self.modules, self.other_course = course, modules, other_course
        self.module_quizzes = module_quizzes
        self.quizzes = [*module_quizzes, final_exam]
        self.final_exam = final_exam
        self.variants = {quiz.pk: variants_of(quiz) for quiz in self.quizzes}
        # Difficulty per question position: easy to hard; the last barely discriminates.
        self.difficulty = [-2.6 + 0.28 * n for n in range(QUESTIONS)]
        self.discrimination = [1.4] * (QUESTIONS - 1) + [0.1]
        self.now = timezone.now()

    def attempts_at(self, learner: int, index: int) -> int:
        """Exactly ten per learner: one extra at one module quiz, six at the final exam."""
        if self.quizzes[index] == self.final_exam:
            return 6
        return 1 + ((learner + index) % 3 == 0)

    def seed(self, start: int, stop: int) -> None:
        for first in range(start, stop, CHUNK):
            with transaction.atomic():
                self.chunk(first, min(first + CHUNK, stop))

    def chunk(self, first: int, last: int) -> None:
        rng = random.Random(first)
        numbers = range(first, last)
        users = User.objects.bulk_create(
            User(
                email=f"bench-{n:05d}@example.com",
                first_name=f"Learner{n}",
                last_name="Bench",
                password="!",  # noqa: S106 - an unusable password
            )
            for n in numbers
        )
        LearnerProfile.objects.bulk_create(
            LearnerProfile(
                user=user,
                legal_name=f"Learner {n} Bench",
                learner_type=LearnerType.THERAPIST,
                designation="LMT",
                licence_number=f"MA{n:06d}",
                jurisdiction="Florida",
            )
            for n, user in zip(numbers, users, strict=True)
        )
        starts = {
            user.pk: self.now - timedelta(days=rng.uniform(30, SPREAD_DAYS)) for user in users
        }
        enrollments = [
            Enrollment(user=user, course=self.course, enrolled_at=at, last_activity_at=at)
            for user in users
            for at in [starts[user.pk]]
        ]
        enrollments += [
            Enrollment(user=user, course=self.other_course, enrolled_at=at, last_activity_at=at)
            for n, user in zip(numbers, users, strict=True)
            if n % 5 == 0
            for at in [starts[user.pk] + timedelta(days=3)]
        ]
        plan = [
            (user, quiz, number)
            for n, user in zip(numbers, users, strict=True)
            for index, quiz in enumerate(self.quizzes)
            for number in range(1, self.attempts_at(n, index) + 1)
        ]
        ids = iter(new_ids(QuizAttempt, len(plan)))
        abilities = {user.pk: rng.gauss(0, 1) for user in users}
        clocks = dict(starts)
        attempts, rows, outcomes = [], [], []
        for user, quiz, number in plan:
            clocks[user.pk] += timedelta(hours=rng.uniform(2, 48))
            attempt, row, outcome = self.attempt(
                rng, next(ids), user, quiz, number, abilities[user.pk], clocks[user.pk]
            )
            attempts.append(attempt)
            rows.append(row)
            outcomes.append(outcome)
        with stamps_as_given():
            Enrollment.objects.bulk_create(enrollments)
            insert_rows(QuizAttempt, ATTEMPT_FIELDS, rows)
            self.responses(attempts, outcomes)
            self.records(users, attempts, rng)

    def attempt(self, rng, pk, user, quiz, number, ability, started):
        """The attempt, its row for `insert_rows`, and its per-question outcomes."""
        variant = self.variants[quiz.pk][rng.randrange(VARIANTS)]
        skill = ability + 0.3 * (number - 1)
        given, outcomes = [], []
        right = 0
        for position, question in enumerate(variant.questions):
            chance = 1 / (
                1 + math.exp(-self.discrimination[position] * (skill - self.difficulty[position]))
            )
            if rng.random() < chance:
                token, fields, key = variant.right[position]
                right += 1
            else:
                token, fields, key = rng.choice(variant.wrong[position])
            given.append(token)
            outcomes.append((question["id"], position + 1, fields, key))
        score = (Decimal(100 * right) / QUESTIONS).quantize(Decimal("0.1"))
        submitted = started + timedelta(minutes=10)
        row = (
            pk,
            user.pk,
            quiz.pk,
            number,
            AttemptStatus.GRADED.value,
            db_datetime(started),
            db_datetime(submitted - timedelta(minutes=1)),
            db_datetime(submitted),
            False,
            variant.content,
            variant.layout,
            json.dumps(given),
            connection.ops.adapt_decimalfield_value(score),
            score >= PASS_MARK,
        )
        return Attempt(pk, user.pk, quiz.pk, score >= PASS_MARK, submitted), row, outcomes

    def responses(self, attempts, outcomes) -> None:
        responses, choices = [], []
        for attempt, rows in zip(attempts, outcomes, strict=True):
            for question_id, position, fields, key in rows:
                responses.append(
                    (
                        attempt.pk,
                        attempt.quiz_id,
                        question_id,
                        position,
                        fields["answered"],
                        fields["earned"],
                        fields["points"],
                        fields["fraction"],
                    )
                )
                choices.append((attempt.pk, attempt.quiz_id, question_id, key))
        insert_rows(QuestionResponse, RESPONSE_FIELDS, responses)
        insert_rows(OptionChoice, CHOICE_FIELDS, choices)

    def records(self, users, attempts, rng) -> None:
        """What the attempts earned: completions, exam passes, evaluations, course
        completions and certificates."""
        first_pass = {}
        for attempt in attempts:
            if attempt.passed:
                first_pass.setdefault((attempt.user_id, attempt.quiz_id), attempt.submitted_at)
        module_of = {
            quiz.pk: module for quiz, module in zip(self.module_quizzes, self.modules, strict=True)
        }
        completions, passes, evaluations, done = [], [], [], []
        for user in users:
            finished = []
            for quiz in self.quizzes:
                at = first_pass.get((user.pk, quiz.pk))
                if at is None:
                    continue
                finished.append(at)
                if quiz == self.final_exam:
                    passes.append(
                        AssessmentPass(user=user, course=self.course, page=quiz, passed_at=at)
                    )
                else:
                    completions.append(
                        ModuleCompletion(
                            user=user,
                            course=self.course,
                            module=module_of[quiz.pk],
                            completed_at=at,
                        )
                    )
            if (user.pk, self.final_exam.pk) in first_pass and rng.random() < 0.6:
                at = max(finished) + timedelta(hours=1)
                rating = rng.choice((5, 5, 4, 4, 4, 3, 2, 1))
                evaluations.append(
                    CourseEvaluation(
                        user=user,
                        course=self.course,
                        rating=rating,
                        met_objectives=rating >= 3,
                        comments=rng.choice(("", "", "Clear and practical.", "Too long.")),
                        submitted_at=at,
                    )
                )
                if len(finished) == len(self.quizzes):
                    done.append((user, at))
        ModuleCompletion.objects.bulk_create(completions)
        AssessmentPass.objects.bulk_create(passes)
        CourseEvaluation.objects.bulk_create(evaluations)
        CourseCompletion.objects.bulk_create(
            CourseCompletion(user=user, course=self.course, completed_at=at) for user, at in done
        )
        Certificate.objects.bulk_create(
            Certificate(
                user=user,
                course=self.course,
                number=f"CE-BENCH-{user.pk:08d}",
                learner_name=f"{user.first_name} {user.last_name}",
                learner_type=LearnerType.THERAPIST,
                licence_number="MA000000",
                jurisdiction="Florida",
                course_title=self.course.title,
                course_type="Home study",
                topic="Techniques",
                ce_hours=Decimal("3.00"),
                final_score=Decimal("90.0"),
                completed_on=timezone.localdate(at),
                issued_at=at + timedelta(minutes=2),
                provider_name="Massage CE",
                pdf=f"certificates/bench/{user.pk}.pdf",
                pdf_sha256="0" * 64,
            )
            for user, at in done
        )


@pytest.fixture
def bench_course(catalog):
    course = CoursePageFactory(
        parent=catalog, title="Trigger Point Techniques", evaluation_required=True
    )
    modules = [
        ModulePageFactory(parent=course, title=f"Module {n + 1}", slug=f"module-{n + 1}")
        for n in range(3)
    ]
    module_quizzes = [
        QuizPageFactory(
            parent=module,
            slug="quiz",
            questions=json.dumps(question_stream(choice_questions(module.title))),
            pass_mark=PASS_MARK,
        )
        for module in modules
    ]
    final_exam = QuizPageFactory(
        parent=course,
        slug="final-exam",
        title="Final exam",
        questions=json.dumps(question_stream(choice_questions("Final exam"))),
        pass_mark=PASS_MARK,
    )
    other = CoursePageFactory(parent=catalog, title="Prenatal Massage", slug="prenatal-massage")
    ModulePageFactory(parent=other, title="Positioning", slug="positioning")
    return course, modules, module_quizzes, final_exam, other


def report_urls(course, final_exam) -> dict[str, str | None]:
    """Each report's URL, None if it is not registered (yet)."""
    pages = {
        "course progress": ("course_progress_report", [], {"course": course.pk}),
        "quiz results": ("quiz_results_report", [final_exam.pk], {}),
        "quiz item analysis": ("quiz_item_analysis", [final_exam.pk], {}),
        "course evaluations": ("course_evaluations_report", [], {"course": course.pk}),
        "certificates issued": ("certificates_issued_report", [], {}),
    }
    urls = {}
    for name, (url_name, args, query) in pages.items():
        try:
            url = reverse(url_name, args=args)
        except NoReverseMatch:
            urls[name] = None
            continue
        urls[name] = url + (f"?{urlencode(query)}" if query else "")
    return urls


def settle() -> None:
    """On PostgreSQL, what autovacuum does after a bulk load in production: planner
    statistics and the visibility map that index-only scans need. (SQLite keeps no
    statistics unless told to, and Django never tells it.)"""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")


def fetch(client, url: str) -> tuple[float, int, int]:
    """Seconds, queries and status of one GET."""
    with CaptureQueriesContext(connection) as queries:
        started = time.perf_counter()
        response = client.get(url)
        elapsed = time.perf_counter() - started
    return elapsed, len(queries.captured_queries), response.status_code


def test_report_pages_at_ten_thousand_learners(client, bench_course):
    course, modules, module_quizzes, final_exam, other = bench_course
    administrator = UserFactory(is_staff=True)
    administrator.groups.add(Group.objects.get(name=ADMINISTRATORS))
    client.force_login(administrator)
    seeder = Seeder(course, modules, module_quizzes, final_exam, other)
    urls = report_urls(course, final_exam)

    started = time.perf_counter()
    seeder.seed(0, FIRST_SIZE)
    first_seeding = time.perf_counter() - started
    settle()
    small = {}
    for name, url in urls.items():
        if url:
            fetch(client, url)  # warm-up
            small[name] = fetch(client, url)[1]

    started = time.perf_counter()
    seeder.seed(FIRST_SIZE, LEARNERS)
    seeding = first_seeding + time.perf_counter() - started
    settle()
    sizes = (
        f"{User.objects.filter(email__startswith='bench-').count():,} learners, "
        f"{QuizAttempt.objects.count():,} attempts "
        f"({QuizAttempt.objects.filter(quiz=final_exam).count():,} at the final exam), "
        f"{QuestionResponse.objects.count():,} responses, "
        f"{OptionChoice.objects.count():,} option choices, "
        f"{Enrollment.objects.count():,} enrollments, "
        f"{ModuleCompletion.objects.count():,} module completions, "
        f"{CourseEvaluation.objects.count():,} evaluations, "
        f"{Certificate.objects.count():,} certificates"
    )

    rows, problems = [], []
    for name, url in urls.items():
        if url is None:
            rows.append((name, "not registered", "", ""))
            problems.append(f"{name}: no such URL name")
            continue
        warm_up = fetch(client, url)
        status = warm_up[2]
        # A page far over budget is timed by its warm-up alone: more runs would add minutes,
        # not information.
        runs = (
            [fetch(client, url) for _ in range(RUNS)]
            if warm_up[0] < 10 * BUDGET_SECONDS
            else [warm_up]
        )
        median = statistics.median(seconds for seconds, _, _ in runs)
        timed = f"{median * 1000:.0f} ms" + ("" if len(runs) == RUNS else " (1 run)")
        queries = runs[-1][1]
        rows.append((name, timed, f"{queries} queries", f"{small[name]} at 1,000"))
        if status != 200:
            problems.append(f"{name}: status {status}")
        if median >= BUDGET_SECONDS:
            problems.append(f"{name}: median {median * 1000:.0f} ms")
        if queries != small[name]:
            problems.append(f"{name}: {small[name]} queries at 1,000 learners, {queries} now")
    report(
        f"Report pages ({connection.vendor}): {sizes}; seeded in {seeding:.0f} s "
        f"(first {FIRST_SIZE:,} learners in {first_seeding:.0f} s); median of {RUNS} runs",
        [("report", "median", "queries", "queries"), *rows],
    )
    assert not problems, "; ".join(problems)
