"""Questions written as plain data, turned into the quiz StreamField's stored form.

Used by the demo content and the test factories; a future import from other quiz formats
lands here too. A question is `(type, value)`, with values as in the quiz files of
`cms/demo/content/`; each type reads its own fields (`QuestionType.stream_fields`).
"""

import uuid
from typing import Any

from quizzes.questions import QUESTION_TYPES


def _id() -> str:
    return str(uuid.uuid4())


def _with_ids(value: Any) -> Any:
    """List items as the StreamField stores them: each with its own stable id."""
    if isinstance(value, dict):
        return {k: _with_ids(v) for k, v in value.items()}
    if isinstance(value, list):
        return [{"type": "item", "value": _with_ids(v), "id": _id()} for v in value]
    return value


def _question(kind: str, value: dict) -> dict:
    if kind not in QUESTION_TYPES:
        raise ValueError(f"Unknown question type: {kind}")
    return {"type": kind, "value": _with_ids(QUESTION_TYPES[kind].stream_value(value)), "id": _id()}


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
                "questions": [_question(k, v) for k, v in value["questions"]],
            }
            stream.append({"type": kind, "value": block, "id": _id()})
        elif kind == "question_pool":
            block = {
                "title": value["title"],
                "draw": value["draw"],
                "questions": [_question(k, v) for k, v in value["questions"]],
            }
            stream.append({"type": kind, "value": block, "id": _id()})
        else:
            stream.append(_question(kind, value))
    return stream
