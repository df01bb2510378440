import json

import pytest

from courses.services import enrollment_create
from quizzes.authoring import question_stream
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


def right_answer(question: dict):
    """The full-marks answer to a snapshot question, in the stored answer format."""
    kind = question["type"]
    if kind in ("single_choice", "true_false"):
        return next(o["token"] for o in question["options"] if o["correct"])
    if kind == "multiple_response":
        return sorted(o["token"] for o in question["options"] if o["correct"])
    if kind == "matching":
        return {row["token"]: row["answer"] for row in question["rows"]}
    if kind == "ordering":
        return {token: n for n, token in enumerate(question["order"], start=1)}
    if kind == "short_answer":
        return question["accepted"][0]
    return question["answer"]


def right_post(snapshot: dict) -> dict:
    """Form data answering every question of a snapshot correctly."""
    data = {}
    for question in snapshot_questions(snapshot):
        answer = right_answer(question)
        if isinstance(answer, dict):
            for token, value in answer.items():
                data[f"q-{question['id']}-{token}"] = str(value)
        else:
            data[f"q-{question['id']}"] = answer
    return data


def wrong_post(snapshot: dict) -> dict:
    data = {}
    for question in snapshot_questions(snapshot):
        if question["type"] in ("single_choice", "true_false"):
            data[f"q-{question['id']}"] = next(
                o["token"] for o in question["options"] if not o["correct"]
            )
    return data
