import json

import pytest

from courses.services import enrollment_create
from quizzes.authoring import key_answers, question_stream
from quizzes.grading import snapshot_questions
from tests.factories import QuizPageFactory


@pytest.fixture
def enrolled(learner, course):
    return enrollment_create(user=learner, course=course)[0]


@pytest.fixture
def quiz(modules):
    """A module quiz with one question of every type, under the first module."""
    return QuizPageFactory(parent=modules[0], title="Module 1 quiz", slug="quiz")


@pytest.fixture
def make_quiz(modules):
    def make(questions, **settings):
        return QuizPageFactory(
            parent=modules[0], questions=json.dumps(question_stream(questions)), **settings
        )

    return make


def right_post(snapshot: dict) -> dict:
    """Form data answering every question of a snapshot correctly."""
    return key_answers(snapshot)


def wrong_post(snapshot: dict) -> dict:
    data = {}
    for question in snapshot_questions(snapshot):
        if question["type"] in ("single_choice", "true_false"):
            data[f"q-{question['id']}"] = next(
                o["token"] for o in question["options"] if not o["correct"]
            )
    return data
