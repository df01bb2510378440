"""Races with real threads, each on its own database connection.

Runs against whichever database the suite uses: file-based SQLite by default, PostgreSQL in
the suite's second CI run.
"""

import threading

import pytest
from django.db import connections
from django.test import Client

from courses.services import enrollment_create
from quizzes.models import AttemptStatus, QuizAttempt
from quizzes.services import attempt_start
from tests.factories.quizzes import true_false_questions
from tests.quizzes.conftest import right_post

pytestmark = pytest.mark.django_db(transaction=True)
THREADS = 20


def race(count: int, action) -> list:
    """Run `action` in `count` threads released at the same moment; return results or errors."""
    barrier = threading.Barrier(count)
    results = []

    def worker():
        try:
            barrier.wait()
            results.append(action())
        except Exception as error:  # the test asserts there are none
            results.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return results


def session_client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_simultaneous_submits_grade_once(learner, course, make_quiz):
    enrollment_create(user=learner, course=course)
    quiz = make_quiz(true_false_questions(5))
    attempt, _ = attempt_start(user=learner, quiz=quiz)
    data = {**right_post(attempt.snapshot), "action": "submit"}
    cookies = session_client(learner).cookies
    url = f"{quiz.url}attempts/{attempt.number}/"

    def submit():
        client = Client(raise_request_exception=False)
        client.cookies = cookies
        return client.post(url, data).status_code

    statuses = race(THREADS, submit)
    assert all(isinstance(s, int) for s in statuses), statuses
    assert 500 not in statuses
    assert statuses.count(302) == 1, statuses  # the one that graded redirects to the result
    assert set(statuses) <= {302, 409}
    attempt.refresh_from_db()
    assert attempt.status == AttemptStatus.GRADED and attempt.score == 100
    assert QuizAttempt.objects.filter(status=AttemptStatus.GRADED).count() == 1


def test_simultaneous_starts_with_one_attempt_left_make_one_attempt(learner, course, make_quiz):
    enrollment_create(user=learner, course=course)
    quiz = make_quiz(true_false_questions(5), max_attempts=1)
    cookies = session_client(learner).cookies

    def start():
        client = Client(raise_request_exception=False)
        client.cookies = cookies
        response = client.post(quiz.url + "start/")
        return response.status_code, response.get("Location")

    results = race(THREADS, start)
    assert all(isinstance(r, tuple) for r in results), results
    assert {status for status, _ in results} == {302}
    assert {location for _, location in results} == {f"{quiz.url}attempts/1/"}
    assert QuizAttempt.objects.filter(user=learner, quiz=quiz).count() == 1
