"""The contract every registered question type keeps. A type added to the registry is covered
here without a new test: its block's preview value is the question these tests freeze."""

import json
from fractions import Fraction

import pytest
from django.template.loader import render_to_string
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from quizzes.forms import answers_from_post
from quizzes.questions import QUESTION_TYPES, AnswerError, clean_answers, grade_question
from tests.factories.quizzes import form_data, presented

SECRETS = {"correct", "feedback", "answer", "order", "accepted", "tolerance", "explanation", "key"}
TYPES = sorted(QUESTION_TYPES)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=10), inner),
    max_leaves=10,
)


def frozen(name: str, seed: int = 0) -> dict:
    """The type's preview question as one attempt presents it."""
    kind = QUESTION_TYPES[name]
    block = kind.block()
    value = block.to_python(block.get_prep_value(block.get_preview_value()))
    block.clean(value)  # the example is a question an instructor could save
    return presented(name, value, seed=seed)


def snapshot(question: dict) -> dict:
    return {"items": [{"kind": "question", "question": question}]}


def keys_in(value) -> set[str]:
    if isinstance(value, dict):
        return set(value) | set().union(*(keys_in(v) for v in value.values()))
    if isinstance(value, list):
        return set().union(*(keys_in(v) for v in value))
    return set()


def secret_texts(question: dict) -> list[str]:
    """Explanation and feedback texts of a frozen question."""
    texts = [question["explanation"]]
    for option in question.get("options", []):
        texts.append(option.get("feedback", ""))
    return [text for text in texts if text]


@pytest.mark.parametrize("name", TYPES)
def test_public_view_holds_no_key_feedback_or_explanation(name):
    kind = QUESTION_TYPES[name]
    question = frozen(name)
    public = kind.public(question)
    assert not keys_in(public) & SECRETS, keys_in(public) & SECRETS
    dumped = json.dumps(public)
    for text in secret_texts(question):
        assert text not in dumped
    shown = {**kind.present(question, None), "name": "q-q1", "points_label": "1 point"}
    html = render_to_string(kind.template, {"question": shown})
    assert "<fieldset" in html and "<legend>" in html
    for text in secret_texts(question):
        assert text not in html


@pytest.mark.parametrize("name", TYPES)
def test_the_key_earns_full_marks_through_the_form(name):
    kind = QUESTION_TYPES[name]
    question = frozen(name)
    key = kind.key(question)
    posted = answers_from_post(snapshot(question), form_data(kind.form_data(question, key)))
    assert posted == {"q1": key}
    result = grade_question(question, posted["q1"])
    assert result.fraction == 1 and result.earned == result.points


@pytest.mark.parametrize("name", TYPES)
def test_no_answer_earns_nothing(name):
    question = frozen(name)
    assert answers_from_post(snapshot(question), form_data({})) == {}
    assert grade_question(question, None).fraction == 0


@pytest.mark.parametrize("name", TYPES)
@hypothesis_settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(answer=json_values)
def test_grading_stays_within_the_points_for_any_value(name, answer):
    question = frozen(name)
    result = grade_question(question, answer)
    assert 0 <= result.fraction <= 1
    assert 0 <= result.earned <= result.points
    if result.fraction == 1:
        kind = QUESTION_TYPES[name]
        assert kind.grade(question, kind.key(question)) == 1


@pytest.mark.parametrize("name", TYPES)
@hypothesis_settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(raw=json_values)
def test_cleaning_refuses_or_accepts_but_never_crashes(name, raw):
    question = frozen(name)
    try:
        cleaned = clean_answers(snapshot(question), {"q1": raw})
    except AnswerError:
        return
    answer = cleaned.get("q1")
    assert answer is None or isinstance(answer, QUESTION_TYPES[name].answer_type)
    assert 0 <= grade_question(question, answer).fraction <= 1


WRONG_TYPES = [42, 4.2, True, {"x": "y"}, ["x"], "x"]


@pytest.mark.parametrize("name", TYPES)
def test_answers_of_the_wrong_type_are_refused(name):
    kind = QUESTION_TYPES[name]
    question = frozen(name)
    for raw in WRONG_TYPES:
        if isinstance(raw, kind.answer_type) and not isinstance(raw, bool):
            continue
        with pytest.raises(AnswerError):
            clean_answers(snapshot(question), {"q1": raw})


def tampered_forms(name: str):
    """The key's form with one field's value replaced at a time."""
    kind = QUESTION_TYPES[name]
    question = frozen(name)
    fields = kind.form_data(question, kind.key(question))
    for field, values in fields.items():
        yield question, {**fields, field: [values[0] + "x", *values[1:]]}, "tampered"
        yield question, {**fields, field: ["x" * 10_000]}, "oversized"
        yield question, {**fields, field: [values[0] + "\x00"]}, "control character"
        yield question, {**fields, field: [values[0], values[0]]}, "sent twice"
    yield question, {**fields, "q-q1-not-a-part": ["1"]}, "unknown field"


@pytest.mark.parametrize("name", TYPES)
def test_tampered_oversized_and_unknown_input_is_refused(name):
    for question, fields, how in tampered_forms(name):
        multiple = QUESTION_TYPES[name].answer_type is list
        if how == "sent twice" and multiple:
            continue  # select-all-that-apply posts a field many times by design
        if how == "tampered" and QUESTION_TYPES[name].free_text:
            # Any text is a possible answer; a changed one just is not the key.
            answers = answers_from_post(snapshot(question), form_data(fields))
            assert grade_question(question, answers["q1"]).fraction < 1
            continue
        with pytest.raises(AnswerError):
            answers_from_post(snapshot(question), form_data(fields))


@pytest.mark.parametrize("name", TYPES)
def test_full_review_shows_what_was_right(name):
    kind = QUESTION_TYPES[name]
    question = frozen(name)
    marked = kind.review(question, kind.key(question), reveal=False)
    full = kind.review(question, kind.key(question), reveal=True)
    assert not keys_in(marked) & {"correct", "feedback", "accepted", "expected"}
    html = render_to_string(
        kind.review_template,
        {"question": {**full, "explanation": question["explanation"], "number": 1}},
    )
    assert "<article" in html
    if question["explanation"]:
        assert "Explanation" in html


def test_every_type_is_in_the_quiz_editor():
    from quizzes.blocks import QuizStreamBlock

    assert set(TYPES) <= set(QuizStreamBlock().child_blocks)


def test_a_two_item_ordering_question_is_shown_in_either_order():
    """The shown order is uniformly random: it must not be "always reversed"."""
    kind = QUESTION_TYPES["ordering"]
    block = kind.block()
    value = block.to_python(
        block.get_prep_value(block.normalize({"prompt": "<p>Order</p>", "items": ["A", "B"]}))
    )
    shown = set()
    for seed in range(40):
        question = presented("ordering", value, seed=seed)
        shown.add(tuple(item["text"] for item in question["items"]))
    assert shown == {("A", "B"), ("B", "A")}


def test_fraction_is_exact_for_every_type():
    for name in TYPES:
        question = frozen(name)
        kind = QUESTION_TYPES[name]
        assert isinstance(kind.grade(question, kind.key(question)), Fraction)
