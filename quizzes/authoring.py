"""Questions written as plain data, turned into the quiz StreamField's stored form.

Used by the demo content and the test factories; a future import from other quiz formats
lands here too. A question is `(type, value)`, with values as in `cms/demo/quizzes/`.
"""

import uuid
from typing import Any

from django.http import QueryDict

from quizzes.grading import snapshot_questions


def _id() -> str:
    return str(uuid.uuid4())


def _items(values: list) -> list[dict]:
    return [{"type": "item", "value": value, "id": _id()} for value in values]


def _common(value: dict) -> dict:
    return {
        "prompt": value["prompt"],
        "points": str(value.get("points", "1")),
        "explanation": value.get("explanation", ""),
    }


def _basic(kind: str, value: dict) -> dict:
    data = _common(value)
    if kind in ("single_choice", "multiple_response"):
        data["options"] = _items(
            [
                {
                    "text": o["text"],
                    "correct": bool(o["correct"]),
                    "feedback": o.get("feedback", ""),
                }
                for o in value["options"]
            ]
        )
    elif kind == "true_false":
        data.update(
            correct="true" if value["correct"] else "false",
            feedback_true=value.get("feedback_true", ""),
            feedback_false=value.get("feedback_false", ""),
        )
    elif kind == "matching":
        data["pairs"] = _items(
            [{"prompt": p["prompt"], "match": p["match"]} for p in value["pairs"]]
        )
        data["distractors"] = _items(list(value.get("distractors", [])))
    elif kind == "ordering":
        data["items"] = _items(list(value["items"]))
    elif kind == "short_answer":
        data["accepted"] = _items(list(value["accepted"]))
    elif kind == "numeric":
        data.update(
            answer=str(value["answer"]),
            tolerance=str(value.get("tolerance", "0")),
            unit=value.get("unit", ""),
        )
    else:
        raise ValueError(f"Unknown question type: {kind}")
    return {"type": kind, "value": data, "id": _id()}


def question_stream(questions: list[tuple[str, dict[str, Any]]]) -> list[dict]:
    """The quiz `questions` StreamField's raw data for a list of `(type, value)` questions."""
    stream = []
    for kind, value in questions:
        if kind == "case_scenario":
            block = {
                "title": value["title"],
                "vignette": value["vignette"],
                "image": value.get("image"),
                "image_alt": value.get("image_alt", ""),
                "questions": [_basic(k, v) for k, v in value["questions"]],
            }
            stream.append({"type": kind, "value": block, "id": _id()})
        elif kind == "question_pool":
            block = {
                "title": value["title"],
                "draw": value["draw"],
                "questions": [_basic(k, v) for k, v in value["questions"]],
            }
            stream.append({"type": kind, "value": block, "id": _id()})
        else:
            stream.append(_basic(kind, value))
    return stream


def key_answers(snapshot: dict) -> dict[str, str]:
    """Form data (field name -> value) that answers every question of a snapshot correctly.

    For demo data and tests: the same fields a learner's form posts.
    """
    data = {}
    for question in snapshot_questions(snapshot):
        kind, qid = question["type"], question["id"]
        if kind in ("single_choice", "true_false"):
            data[f"q-{qid}"] = next(o["token"] for o in question["options"] if o["correct"])
        elif kind == "multiple_response":
            data[f"q-{qid}"] = [o["token"] for o in question["options"] if o["correct"]]
        elif kind == "matching":
            data.update({f"q-{qid}-{row['token']}": row["answer"] for row in question["rows"]})
        elif kind == "ordering":
            data.update(
                {f"q-{qid}-{token}": str(n) for n, token in enumerate(question["order"], start=1)}
            )
        elif kind == "short_answer":
            data[f"q-{qid}"] = question["accepted"][0]
        else:
            data[f"q-{qid}"] = question["answer"]
    return data


def form_data(data: dict) -> QueryDict:
    """`data` (lists for multiple values) as the QueryDict a submitted form arrives as."""
    query = QueryDict(mutable=True)
    for name, value in data.items():
        query.setlist(name, value if isinstance(value, list) else [value])
    return query
