"""Grading rules as tables, and properties that hold for any answers."""

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizzes.grading import combine_scores, score_percent
from quizzes.questions import grade_attempt, grade_question

OPTIONS = [
    {"token": "a", "correct": True},
    {"token": "b", "correct": True},
    {"token": "c", "correct": True},
    {"token": "d", "correct": False},
    {"token": "e", "correct": False},
]
MULTI = {"id": "m", "type": "multiple_response", "points": "3", "options": OPTIONS}
SINGLE = {"id": "s", "type": "single_choice", "points": "1", "options": OPTIONS[2:]}
MATCHING = {
    "id": "x",
    "type": "matching",
    "points": "2",
    "rows": [{"token": "r1", "answer": "c1"}, {"token": "r2", "answer": "c2"}],
}
ORDERING = {"id": "o", "type": "ordering", "points": "4", "order": ["i1", "i2", "i3", "i4"]}
SHORT = {
    "id": "t",
    "type": "short_answer",
    "points": "1",
    "accepted": ["Deep vein thrombosis", "DVT"],
}
NUMERIC = {"id": "n", "type": "numeric", "points": "1", "answer": "50", "tolerance": "0.5"}


@pytest.mark.parametrize(
    ("question", "answer", "fraction"),
    [
        (SINGLE, "c", 1),
        (SINGLE, "d", 0),
        (SINGLE, None, 0),
        (SINGLE, ["c"], 0),  # wrong type: no credit, no crash
        (MULTI, ["a", "b", "c"], 1),
        (MULTI, ["a", "b"], Fraction(2, 3)),
        (MULTI, ["a", "b", "c", "d"], Fraction(2, 3)),
        (MULTI, ["a", "d"], 0),
        (MULTI, ["a", "d", "e"], 0),  # floored at zero, never negative
        (MULTI, ["d", "e"], 0),
        (MULTI, [], 0),
        (MULTI, "a", 0),
        (MATCHING, {"r1": "c1", "r2": "c2"}, 1),
        (MATCHING, {"r1": "c1", "r2": "c1"}, Fraction(1, 2)),
        (MATCHING, {}, 0),
        (ORDERING, {"i1": 1, "i2": 2, "i3": 3, "i4": 4}, 1),
        (ORDERING, {"i1": 1, "i2": 3, "i3": 2, "i4": 4}, Fraction(1, 2)),
        (ORDERING, {"i1": 4, "i2": 3, "i3": 2, "i4": 1}, 0),
        (ORDERING, ["i1", "i2", "i3", "i4"], 0),
        (SHORT, "  deep VEIN thrombosis ", 1),
        (SHORT, "dvt", 1),
        (SHORT, "deep  vein thrombosis", 1),
        (SHORT, "thrombosis", 0),
        (SHORT, "", 0),
        (NUMERIC, "50", 1),
        (NUMERIC, "50.5", 1),  # tolerance is inclusive
        (NUMERIC, "49,5", 1),
        (NUMERIC, "50.51", 0),
        (NUMERIC, "fifty", 0),
        (NUMERIC, "NaN", 0),
        (NUMERIC, "Infinity", 0),
        (NUMERIC, "1e999999999", 0),  # absurd magnitudes are not numbers here
        (NUMERIC, "50,0", 1),  # decimal comma
        (NUMERIC, "5,0", 0),
    ],
)
def test_question_rules(question, answer, fraction):
    assert grade_question(question, answer).fraction == fraction


def test_points_scale_the_fraction():
    result = grade_question(MULTI, ["a", "b"])
    assert result.earned == 2 and result.points == 3
    assert result.as_dict() == {
        "earned": "2.00",
        "points": "3.00",
        "correct": False,
        "partial": True,
    }


@pytest.mark.parametrize(
    ("earned", "available", "score"),
    [
        (Fraction(0), Fraction(5), Decimal("0.0")),
        (Fraction(2, 3), Fraction(1), Decimal("66.7")),
        (Fraction(1, 3), Fraction(1), Decimal("33.3")),
        (Fraction(1601, 2000), Fraction(1), Decimal("80.1")),  # 80.05 rounds half up
        (Fraction(5), Fraction(5), Decimal("100.0")),
        (Fraction(0), Fraction(0), Decimal("0.0")),
    ],
)
def test_score_rounds_half_up_to_one_decimal(earned, available, score):
    assert score_percent(earned, available) == score


def test_pass_is_score_at_least_pass_mark():
    snapshot = {"items": [{"kind": "question", "question": q} for q in (SINGLE, MULTI)]}
    result = grade_attempt(snapshot, {"s": "c", "m": ["a", "b", "c", "d"]})
    assert result.score == Decimal("75.0")  # (1 + 2) / 4
    assert result.passed(75) and not result.passed(76)


@pytest.mark.parametrize(
    ("method", "grade"),
    [("highest", "90.0"), ("latest", "70.0"), ("first", "60.0"), ("average", "73.3")],
)
def test_grading_methods(method, grade):
    assert combine_scores(method, [Decimal("60"), Decimal("90"), Decimal("70")]) == Decimal(grade)


def test_no_attempts_no_grade():
    assert combine_scores("highest", []) is None


QUESTIONS = [SINGLE, MULTI, MATCHING, ORDERING, SHORT, NUMERIC]
SNAPSHOT = {"items": [{"kind": "question", "question": q} for q in QUESTIONS]}
RIGHT = {
    "s": "c",
    "m": ["a", "b", "c"],
    "x": {"r1": "c1", "r2": "c2"},
    "o": {"i1": 1, "i2": 2, "i3": 3, "i4": 4},
    "t": "DVT",
    "n": "50",
}
tokens = st.sampled_from(["a", "b", "c", "d", "e", "c1", "c2", "i1", "zz", ""])
any_answer = st.one_of(
    st.none(),
    tokens,
    st.lists(tokens, max_size=6),
    st.dictionaries(st.sampled_from(["r1", "r2", "i1", "i2", "i3", "i4"]), st.integers(0, 5)),
    st.dictionaries(st.sampled_from(["r1", "r2"]), tokens),
    st.text(max_size=20),
)
answer_sets = st.dictionaries(st.sampled_from(list(RIGHT)), any_answer)


@given(answer_sets)
def test_score_is_always_between_0_and_100(answers):
    assert Decimal(0) <= grade_attempt(SNAPSHOT, answers).score <= Decimal(100)


@given(answer_sets, st.randoms())
def test_score_does_not_depend_on_answer_order(answers, rng):
    items = list(answers.items())
    rng.shuffle(items)
    assert grade_attempt(SNAPSHOT, dict(items)).score == grade_attempt(SNAPSHOT, answers).score


@given(answer_sets)
def test_full_marks_need_every_answer_right(answers):
    result = grade_attempt(SNAPSHOT, answers)
    all_right = all(q.is_correct for q in result.questions)
    assert (result.score == Decimal(100)) == all_right


@given(st.sampled_from(list(RIGHT)))
def test_one_wrong_answer_loses_full_marks(wrong_id):
    answers = {**RIGHT, wrong_id: None}
    assert grade_attempt(SNAPSHOT, RIGHT).score == Decimal(100)
    assert grade_attempt(SNAPSHOT, answers).score < Decimal(100)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("1,000", Decimal("1000")),
        ("1 000", Decimal("1000")),
        ("2,5", Decimal("2.5")),
        ("-3.25", Decimal("-3.25")),
        ("1e999999999", None),
        ("1,2,3", None),
        ("", None),
    ],
)
def test_learners_numbers_are_read_as_written(text, number):
    from quizzes.grading import parse_decimal

    assert parse_decimal(text) == number


def test_scores_sum_exactly_where_floats_would_round_the_wrong_way():
    """3.82 + 1.22 + 2.32 + 0.64 points, first wrong: 4.18 / 8 = 52.25 %, which rounds half up
    to 52.3. With floats the result depends on the order of the questions and can be 52.2."""
    questions = [
        {**SINGLE, "id": f"s{n}", "points": points}
        for n, points in enumerate(["3.82", "1.22", "2.32", "0.64"])
    ]
    assert round(100 * (0.64 + 2.32 + 1.22) / (0.64 + 2.32 + 1.22 + 3.82), 1) == 52.2
    snapshot = {"items": [{"kind": "question", "question": q} for q in questions]}
    answers = {"s0": "d", "s1": "c", "s2": "c", "s3": "c"}
    assert grade_attempt(snapshot, answers).score == Decimal("52.3")
    snapshot["items"].reverse()
    assert grade_attempt(snapshot, answers).score == Decimal("52.3")
