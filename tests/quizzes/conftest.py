from quizzes.grading import snapshot_questions
from tests.factories.quizzes import key_form


def right_post(snapshot: dict) -> dict:
    """Form data answering every question of a snapshot correctly."""
    return key_form(snapshot)


def wrong_post(snapshot: dict) -> dict:
    """Form data answering every choice question wrongly and leaving the rest blank."""
    data = {}
    for question in snapshot_questions(snapshot):
        if question["type"] in ("single_choice", "true_false"):
            data[f"q-{question['id']}"] = next(
                o["token"] for o in question["options"] if not o["correct"]
            )
    return data
