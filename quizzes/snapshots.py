"""Freezing a quiz for its attempts, in two parts.

The content (`freeze_content`) is every question of one version of the quiz, pools and cases
opened, in authored order, with placeholders for tokens. It is stored once
(`QuizContent`, named by its digest) and shared by every attempt of that version.

An attempt stores only its layout (`draw_layout`): which questions it drew, in its order,
each with its order of options (or rows, or items), and a secret seed from which its tokens
are derived. `assemble` joins the two into the snapshot that grading, review and the question
types read: the quiz exactly as that attempt presented it. Later edits to the quiz never reach
either part.
"""

import base64
import hashlib
import hmac
import json
import random
import secrets
from functools import partial

from wagtail.images.models import AbstractImage

from quizzes.grading import snapshot_questions
from quizzes.questions import question_type

CASE_IMAGE_SPEC = "width-800"
# 72 bits: no learner guesses a token their form did not carry.
TOKEN_BYTES = 9


def _image(image: AbstractImage | None, alt: str) -> dict | None:
    if image is None:
        return None
    return {"url": image.get_rendition(CASE_IMAGE_SPEC).url, "alt": alt}


def freeze_content(questions) -> dict:
    """A quiz's questions (its StreamValue) as every attempt of this version shares them.

    `stream` keeps the quiz's structure: a question, a pool (its questions and how many to
    draw) or a case (its questions, always together); each refers to `questions` by position.
    """
    content: dict = {"version": 2, "questions": [], "cases": [], "stream": []}

    def add(child) -> int:
        frozen = question_type(child.block_type).content(child.value, block_id=child.id)
        content["questions"].append(frozen)
        return len(content["questions"]) - 1

    for child in questions:
        value = child.value
        if child.block_type == "question_pool":
            pool = [add(question) for question in value["questions"]]
            content["stream"].append({"pool": pool, "draw": value["draw"]})
        elif child.block_type == "case_scenario":
            content["cases"].append(
                {
                    "id": child.id,
                    "title": value["title"],
                    "vignette": value["vignette"].source,
                    "image": _image(value["image"], value["image_alt"]),
                }
            )
            case = len(content["cases"]) - 1
            inner = [add(question) for question in value["questions"]]
            content["stream"].append({"case": case, "questions": inner})
        else:
            content["stream"].append({"question": add(child)})
    return content


def content_digest(content: dict) -> str:
    """The content's name: equal content, equal digest."""
    canonical = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()


def _draw(pool: list[int], draw: int, *, ids: list[str], seen: set[str], rng, draw_all: bool):
    """Draw from a pool: questions this learner has not seen first, at random within each;
    with `draw_all` (an author's preview of the key), every question in authored order."""
    if draw_all:
        return list(pool)
    unseen = [index for index in pool if ids[index] not in seen]
    already = [index for index in pool if ids[index] in seen]
    rng.shuffle(unseen)
    rng.shuffle(already)
    return (unseen + already)[:draw]


def draw_layout(
    content: dict,
    *,
    seen: set[str],
    rng: random.Random,
    shuffle_questions: bool,
    shuffle_options: bool,
    draw_all: bool = False,
) -> dict:
    """One attempt's layout of `content`: `items` are questions, `[position, *orders]` (see
    `QuestionType.orders`), and cases, `{"case": position, "questions": [...]}`."""
    questions = content["questions"]
    ids = [question["id"] for question in questions]

    def ref(index: int) -> list:
        question = questions[index]
        kind = question_type(question["type"])
        return [index, *kind.orders(question, rng=rng, shuffle_options=shuffle_options)]

    items: list = []
    for entry in content["stream"]:
        if "pool" in entry:
            drawn = _draw(
                entry["pool"], entry["draw"], ids=ids, seen=seen, rng=rng, draw_all=draw_all
            )
            items += [ref(index) for index in drawn]
        elif "case" in entry:
            items.append({"case": entry["case"], "questions": [ref(i) for i in entry["questions"]]})
        else:
            items.append(ref(entry["question"]))
    if shuffle_questions:
        rng.shuffle(items)
    return {"seed": secrets.token_urlsafe(16), "items": items}


def attempt_token(seed: str, question_id: str, placeholder: str) -> str:
    """The token an attempt's form carries for one placeholder: unguessable without the
    attempt's seed, different in every attempt, the same every time it is derived."""
    message = f"{question_id}{placeholder}".encode()
    digest = hmac.new(seed.encode(), message, hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest[:TOKEN_BYTES]).decode()


def assemble(content: dict, layout: dict) -> dict:
    """The snapshot: the quiz exactly as the attempt with `layout` presents it."""
    seed = layout.get("seed")

    def question(ref: list) -> dict:
        frozen = content["questions"][ref[0]]
        tokens = partial(attempt_token, seed, frozen["id"])
        return question_type(frozen["type"]).arrange(frozen, ref[1:], tokens)

    items = []
    for ref in layout["items"]:
        if isinstance(ref, dict):
            case = content["cases"][ref["case"]]
            questions = [question(inner) for inner in ref["questions"]]
            items.append({"kind": "case", **case, "questions": questions})
        else:
            items.append({"kind": "question", "question": question(ref)})
    snapshot = {"version": 2, "items": items}
    for number, frozen in enumerate(snapshot_questions(snapshot), start=1):
        frozen["number"] = number
    return snapshot


def build_snapshot(questions, **draw) -> dict:
    """A snapshot that is never stored: an author's preview (see `draw_layout` for `draw`)."""
    content = freeze_content(questions)
    return assemble(content, draw_layout(content, **draw))


def layout_question_ids(content: dict, layout: dict) -> set[str]:
    """The ids of the questions an attempt with `layout` presented, without assembling it."""
    refs = []
    for ref in layout["items"]:
        refs += ref["questions"] if isinstance(ref, dict) else [ref]
    return {content["questions"][ref[0]]["id"] for ref in refs}
