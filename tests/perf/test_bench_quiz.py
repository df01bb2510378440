"""Quiz benchmarks: grading a 50-question attempt, and 50 learners starting at once.

Run with `make bench` (SQLite) or `DATABASE_URL=... make bench` (PostgreSQL).
"""

import threading
import time

import pytest
from django.db import connection, connections
from django.test import Client

from courses.services import enrollment_create
from quizzes.forms import answers_from_post
from quizzes.models import QuizAttempt
from quizzes.questions import grade_attempt
from quizzes.services import attempt_start
from tests.factories import LearnerProfileFactory
from tests.factories.quizzes import fifty_questions, form_data, key_form
from tests.perf.conftest import report, summary

pytestmark = pytest.mark.django_db(transaction=True)


def test_grading_a_fifty_question_attempt(learner, course, make_quiz):
    enrollment_create(user=learner, course=course)
    quiz = make_quiz(fifty_questions())
    pure, served = [], []
    for _ in range(20):
        attempt, _ = attempt_start(user=learner, quiz=quiz)
        answers = answers_from_post(attempt.snapshot, form_data(key_form(attempt.snapshot)))
        for _ in range(10):
            started = time.perf_counter()
            grade_attempt(attempt.snapshot, answers)
            pure.append(time.perf_counter() - started)
        client = Client()
        client.force_login(learner)
        data = {**key_form(attempt.snapshot), "action": "submit"}
        started = time.perf_counter()
        response = client.post(f"{quiz.url}attempts/{attempt.number}/", data)
        served.append(time.perf_counter() - started)
        assert response.status_code == 302
    report(
        f"Grading 50 questions ({connection.vendor})",
        [("grade_attempt() alone", summary(pure)), ("submit request, end to end", summary(served))],
    )


def test_fifty_learners_start_the_same_quiz_at_once(course, make_quiz):
    quiz = make_quiz(fifty_questions(), shuffle_questions=True)
    clients = []
    for _ in range(50):
        user = LearnerProfileFactory().user
        enrollment_create(user=user, course=course)
        client = Client(raise_request_exception=False)
        client.force_login(user)
        clients.append(client)
    barrier = threading.Barrier(len(clients))
    latencies, statuses = [], []

    def start(client):
        barrier.wait()
        began = time.perf_counter()
        statuses.append(client.post(quiz.url + "start/").status_code)
        latencies.append(time.perf_counter() - began)
        connections.close_all()

    threads = [threading.Thread(target=start, args=(c,)) for c in clients]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - began
    assert statuses == [302] * 50
    assert QuizAttempt.objects.filter(quiz=quiz).count() == 50
    report(
        f"50 learners start a 50-question quiz together ({connection.vendor})",
        [("per start request", summary(latencies)), ("all 50 done in", f"{wall:.2f} s")],
    )
