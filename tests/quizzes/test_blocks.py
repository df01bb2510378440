"""Broken questions are refused in the editor with a message that says what to fix."""

import pytest
from wagtail.blocks.struct_block import StructBlockValidationError

from quizzes.blocks import QuestionPoolBlock
from quizzes.questions.matching import MatchingBlock
from quizzes.questions.multiple_response import MultipleResponseBlock
from quizzes.questions.single_choice import SingleChoiceBlock


def options(*correct: bool) -> list[dict]:
    return [{"text": f"Option {n}", "correct": c, "feedback": ""} for n, c in enumerate(correct)]


def errors(block, value) -> str:
    with pytest.raises(StructBlockValidationError) as raised:
        block.clean(block.to_python(value))
    return str(raised.value.as_json_data())


def question(**fields) -> dict:
    return {"prompt": "<p>Which?</p>", "points": "1", "explanation": "", **fields}


def test_single_choice_needs_exactly_one_correct_option():
    block = SingleChoiceBlock()
    assert "Mark exactly one option as correct." in errors(
        block, question(options=options(False, False))
    )
    assert "Mark exactly one option as correct." in errors(
        block, question(options=options(True, True))
    )
    block.clean(block.to_python(question(options=options(True, False))))


def test_multiple_response_needs_a_correct_option():
    block = MultipleResponseBlock()
    assert "Mark at least one option as correct." in errors(
        block, question(options=options(False, False, False))
    )


def test_matching_needs_distinct_matches():
    block = MatchingBlock()
    pairs = [{"prompt": "A", "match": "Same"}, {"prompt": "B", "match": "same "}]
    assert "must be different" in errors(block, question(pairs=pairs, distractors=[]))


def test_pool_cannot_draw_more_than_it_holds():
    block = QuestionPoolBlock()
    child = {"type": "true_false", "value": question(correct="true")}
    value = {"title": "Pool", "draw": 3, "questions": [child, child]}
    assert "This pool draws 3 questions but holds only 2." in errors(block, value)


@pytest.mark.parametrize(
    ("block_type", "field", "count"),
    [
        ("single_choice", "options", 2),
        ("multiple_response", "options", 2),
        ("matching", "pairs", 2),
        ("ordering", "items", 2),
        ("short_answer", "accepted", 1),
    ],
)
def test_a_new_question_starts_with_the_rows_it_needs(block_type, field, count):
    from quizzes.questions import question_type

    block = question_type(block_type).block()
    assert len(block.get_default()[field]) == count
    assert block.child_blocks[field].meta.min_num == count
