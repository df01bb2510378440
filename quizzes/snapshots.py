"""Freezing a quiz into an attempt's snapshot: pools drawn, cases kept together, questions
numbered, each question frozen by its type."""

import random

from wagtail.images.models import AbstractImage

from quizzes.grading import snapshot_questions
from quizzes.questions import question_type

CASE_IMAGE_SPEC = "width-800"


def _freeze(child, *, rng: random.Random, shuffle_options: bool) -> dict:
    return question_type(child.block_type).freeze(
        child.value, block_id=child.id, rng=rng, shuffle_options=shuffle_options
    )


def _draw(pool_value, *, seen: set[str], rng: random.Random, draw_all: bool) -> list:
    """Draw from a pool: questions this learner has not seen first, at random within each;
    with `draw_all` (an author's preview of the key), every question in authored order."""
    if draw_all:
        return list(pool_value["questions"])
    unseen = [child for child in pool_value["questions"] if child.id not in seen]
    already = [child for child in pool_value["questions"] if child.id in seen]
    rng.shuffle(unseen)
    rng.shuffle(already)
    return (unseen + already)[: pool_value["draw"]]


def _image(image: AbstractImage | None, alt: str) -> dict | None:
    if image is None:
        return None
    return {"url": image.get_rendition(CASE_IMAGE_SPEC).url, "alt": alt}


def build_snapshot(
    questions,
    *,
    seen: set[str],
    rng: random.Random,
    shuffle_questions: bool,
    shuffle_options: bool,
    draw_all: bool = False,
) -> dict:
    """The quiz exactly as one attempt presents it. Later edits to the quiz never reach it."""
    freeze = {"rng": rng, "shuffle_options": shuffle_options}
    items: list[dict] = []
    for child in questions:
        if child.block_type == "question_pool":
            for drawn in _draw(child.value, seen=seen, rng=rng, draw_all=draw_all):
                items.append(
                    {"kind": "question", "pool": child.id, "question": _freeze(drawn, **freeze)}
                )
        elif child.block_type == "case_scenario":
            value = child.value
            items.append(
                {
                    "kind": "case",
                    "id": child.id,
                    "title": value["title"],
                    "vignette": value["vignette"].source,
                    "image": _image(value["image"], value["image_alt"]),
                    "questions": [_freeze(q, **freeze) for q in value["questions"]],
                }
            )
        else:
            items.append({"kind": "question", "question": _freeze(child, **freeze)})
    if shuffle_questions:
        rng.shuffle(items)
    for number, question in enumerate(snapshot_questions({"items": items}), start=1):
        question["number"] = number
    return {"version": 1, "items": items}


def snapshot_question_ids(snapshot) -> set[str]:
    return {question["id"] for question in snapshot_questions(snapshot)}
