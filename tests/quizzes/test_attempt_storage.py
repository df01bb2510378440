"""Attempt storage: the questions are stored once per quiz version and shared; an attempt
stores its layout (draw, order, seed of its tokens) and answers, and is still presented and
graded exactly as it was seen."""

import importlib
import json

import pytest
from django.db import connection

from courses.services import enrollment_create
from quizzes.grading import snapshot_questions
from quizzes.models import QuizAttempt, QuizContent
from quizzes.services import attempt_start, attempt_submit
from quizzes.snapshots import assemble, layout_question_ids
from tests.factories import LearnerProfileFactory
from tests.factories.quizzes import fifty_questions, key_answers

pytestmark = pytest.mark.django_db

KB = 1024


def stored_bytes(attempt: QuizAttempt) -> int:
    """What the database stores for the attempt's layout and answers."""
    size = "pg_column_size" if connection.vendor == "postgresql" else "length"
    table = QuizAttempt._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {size}(layout) + {size}(given) FROM {table} WHERE id = %s",  # noqa: S608
            [attempt.pk],
        )
        return cursor.fetchone()[0]


def test_learners_share_one_content_and_a_fifty_question_attempt_stays_under_4_kb(
    course, make_quiz
):
    quiz = make_quiz(fifty_questions(), shuffle_questions=True)
    graded = []
    for _ in range(3):
        user = LearnerProfileFactory().user
        enrollment_create(user=user, course=course)
        attempt, _ = attempt_start(user=user, quiz=quiz)
        graded.append(attempt_submit(attempt=attempt, answers=key_answers(attempt.snapshot)))
    assert QuizContent.objects.count() == 1
    for attempt in graded:
        assert len(snapshot_questions(attempt.snapshot)) == 50
        assert len(attempt.answers) == 50
        assert stored_bytes(attempt) <= 4 * KB
        assert attempt.score == 100
    tokens = [
        {o["token"] for q in snapshot_questions(a.snapshot) for o in q.get("options", [])}
        for a in graded
    ]
    assert not tokens[0] & tokens[1], "each attempt has its own tokens"


def test_an_attempt_reads_back_exactly_as_it_was_presented(learner, enrolled, quiz):
    attempt, _ = attempt_start(user=learner, quiz=quiz)
    presented = attempt.snapshot
    again = QuizAttempt.objects.get(pk=attempt.pk)
    assert again.snapshot == presented
    assert [q["number"] for q in snapshot_questions(presented)] == list(range(1, 10))


def test_the_questions_an_attempt_drew_are_read_from_its_layout(learner, enrolled, quiz):
    """What the next attempt's draw avoids: cases' questions included."""
    attempt, _ = attempt_start(user=learner, quiz=quiz)
    assert any(item["kind"] == "case" for item in attempt.snapshot["items"])
    presented = {question["id"] for question in snapshot_questions(attempt.snapshot)}
    assert layout_question_ids(attempt.content.data, attempt.layout) == presented


def test_editing_the_quiz_stores_new_content_and_keeps_the_old(learner, enrolled, quiz):
    attempt, _ = attempt_start(user=learner, quiz=quiz)
    graded = attempt_submit(attempt=attempt, answers=key_answers(attempt.snapshot))
    seen = graded.snapshot
    quiz.questions = [(child.block_type, child.value) for child in list(quiz.questions)[:2]]
    quiz.save()

    second, _ = attempt_start(user=learner, quiz=quiz)
    assert QuizContent.objects.count() == 2
    assert second.content_id != graded.content_id
    assert len(snapshot_questions(second.snapshot)) == 2
    reread = QuizAttempt.objects.get(pk=graded.pk)
    assert reread.snapshot == seen and reread.score == 100
    assert all(result["correct"] for result in reread.results.values())


migration = importlib.import_module("quizzes.migrations.0009_shared_quiz_content")


def test_the_migration_keeps_an_old_snapshot_its_tokens_and_its_order(learner, enrolled, quiz):
    """A snapshot stored whole before shared content: split into content and an identity
    layout, it assembles back to the same questions, tokens and order."""
    attempt, _ = attempt_start(user=learner, quiz=quiz)
    old = {"version": 1, "items": attempt.snapshot["items"]}
    data, layout = migration.split(old)
    assert layout["seed"] is None
    moved = QuizAttempt(layout=layout)
    moved.snapshot = assemble(data, layout)
    assert moved.snapshot["items"] == old["items"]
    answers = key_answers(attempt.snapshot)
    del answers[snapshot_questions(attempt.snapshot)[1]["id"]]
    moved.given = migration.in_order(answers, data)
    assert moved.given[1] is None and moved.answers == answers
    assert migration.digest(data) == migration.digest(json.loads(json.dumps(data)))
