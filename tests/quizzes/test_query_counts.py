"""Starting, showing, autosaving and submitting cost the same at 5 and 50 questions."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.models import ModuleCompletion
from quizzes.models import QuizAttempt
from tests.factories.quizzes import EVERY_TYPE, true_false_questions
from tests.quizzes.conftest import right_post

pytestmark = pytest.mark.django_db


def questions(count: int) -> list:
    return (EVERY_TYPE * 10)[: count - 1] + true_false_questions(1)


def measure(client, make_quiz, size: int) -> dict[str, int]:
    quiz = make_quiz(questions(size))
    counts = {}
    client.get(quiz.url)  # warm caches, as on a running site
    with CaptureQueriesContext(connection) as ctx:
        location = client.post(quiz.url + "start/")["Location"]
    counts["start"] = len(ctx)
    attempt = QuizAttempt.objects.get(quiz=quiz)
    data = right_post(attempt.snapshot)
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(location).status_code == 200
    counts["show"] = len(ctx)
    with CaptureQueriesContext(connection) as ctx:
        assert client.post(location + "autosave/", data).status_code == 200
    counts["autosave"] = len(ctx)
    ModuleCompletion.objects.all().delete()  # each size passes its module for the first time
    with CaptureQueriesContext(connection) as ctx:
        assert client.post(location, {**data, "action": "submit"}).status_code == 302
    counts["submit"] = len(ctx)
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(location + "result/").status_code == 200
    counts["result"] = len(ctx)
    return counts


def test_quiz_queries_do_not_grow_with_questions(learner_client, enrolled, make_quiz):
    small = measure(learner_client, make_quiz, 5)
    large = measure(learner_client, make_quiz, 50)
    assert small == large, (small, large)
    # Submit includes the certificate check that a pass triggers (run inline by the
    # immediate task backend used in tests; a queued task in production).
    assert max(small.values()) <= 35, small
