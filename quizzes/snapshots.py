"""Freezing a quiz into an attempt's snapshot, and showing a snapshot without its keys."""

import random
from collections.abc import Mapping
from typing import Any

from wagtail.images.models import AbstractImage

CASE_IMAGE_SPEC = "width-800"


def _question(block, value, block_id, *, rng, shuffle_options) -> dict:
    return block.snapshot(value, block_id=block_id, rng=rng, shuffle_options=shuffle_options)


def _draw(pool_value, *, seen: set[str], rng: random.Random) -> list:
    """Draw from a pool: questions this learner has not seen first, at random within each."""
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
    questions, *, seen: set[str], rng: random.Random, shuffle_questions: bool, shuffle_options: bool
) -> dict:
    """The quiz exactly as one attempt presents it. Later edits to the quiz never reach it."""
    items: list[dict] = []
    for child in questions:
        if child.block_type == "question_pool":
            for drawn in _draw(child.value, seen=seen, rng=rng):
                items.append(
                    {
                        "kind": "question",
                        "pool": child.id,
                        "question": _question(
                            drawn.block,
                            drawn.value,
                            drawn.id,
                            rng=rng,
                            shuffle_options=shuffle_options,
                        ),
                    }
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
                    "questions": [
                        _question(q.block, q.value, q.id, rng=rng, shuffle_options=shuffle_options)
                        for q in value["questions"]
                    ],
                }
            )
        else:
            items.append(
                {
                    "kind": "question",
                    "question": _question(
                        child.block,
                        child.value,
                        child.id,
                        rng=rng,
                        shuffle_options=shuffle_options,
                    ),
                }
            )
    if shuffle_questions:
        rng.shuffle(items)
    number = 0
    for item in items:
        for question in item["questions"] if item["kind"] == "case" else [item["question"]]:
            number += 1
            question["number"] = number
    return {"version": 1, "items": items}


def snapshot_question_ids(snapshot: Mapping) -> set[str]:
    ids = set()
    for item in snapshot["items"]:
        if item["kind"] == "case":
            ids.update(q["id"] for q in item["questions"])
        else:
            ids.add(item["question"]["id"])
    return ids


KEY_FIELDS = {
    "correct",
    "feedback",
    "answer",
    "order",
    "accepted",
    "tolerance",
    "explanation",
    "key",
}


def without_keys(value: Any) -> Any:
    """A copy of snapshot data with every key, feedback and explanation removed.

    Templates of an attempt in progress only ever see this, so nothing can leak by mistake.
    The numeric question's `unit` stays; `answer` (numeric) and `order` do not.
    """
    if isinstance(value, Mapping):
        return {k: without_keys(v) for k, v in value.items() if k not in KEY_FIELDS}
    if isinstance(value, list):
        return [without_keys(v) for v in value]
    return value
