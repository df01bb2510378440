import json
import random

import factory
import wagtail_factories
from django.http import QueryDict

from quizzes.authoring import question_stream
from quizzes.grading import snapshot_questions
from quizzes.models import QuizPage
from quizzes.questions import question_type
from quizzes.snapshots import assemble, draw_layout

P = "<p>{}</p>".format

# One question of every type, with known right answers (see RIGHT_ANSWERS in the tests).
EVERY_TYPE = [
    (
        "single_choice",
        {
            "prompt": P("Which finding calls for referral before any massage?"),
            "explanation": P("A warm, swollen calf may be a deep vein thrombosis."),
            "options": [
                {"text": "Warm, swollen, tender calf", "correct": True, "feedback": "Refer."},
                {"text": "Mild upper trapezius tension", "correct": False, "feedback": "Treat."},
                {"text": "Delayed-onset soreness", "correct": False, "feedback": "Common."},
            ],
        },
    ),
    (
        "multiple_response",
        {
            "prompt": P("Which belong in an intake interview? Select all that apply."),
            "points": "3",
            "options": [
                {"text": "Pain history", "correct": True},
                {"text": "Current medications", "correct": True},
                {"text": "Previous injuries", "correct": True},
                {"text": "Favourite colour", "correct": False},
            ],
        },
    ),
    (
        "true_false",
        {
            "prompt": P("Massage therapists diagnose medical conditions."),
            "correct": False,
            "feedback_true": "Outside scope.",
            "feedback_false": "Right: refer for diagnosis.",
        },
    ),
    (
        "matching",
        {
            "prompt": P("Match each technique to its main use."),
            "points": "2",
            "pairs": [
                {"prompt": "Trigger point compression", "match": "Referred pain from a taut band"},
                {"prompt": "Myofascial release", "match": "Restricted fascial glide"},
            ],
            "distractors": ["Acute fracture"],
        },
    ),
    (
        "ordering",
        {
            "prompt": P("Put the session steps in order."),
            "points": "3",
            "items": ["Intake interview", "Assessment", "Treatment", "Aftercare advice"],
        },
    ),
    (
        "short_answer",
        {
            "prompt": P("Name the clot in a deep vein, abbreviated or in full."),
            "accepted": ["deep vein thrombosis", "DVT"],
        },
    ),
    (
        "numeric",
        {
            "prompt": P("How many minutes of instruction make one CE hour?"),
            "answer": "50",
            "tolerance": "0",
            "unit": "minutes",
        },
    ),
    (
        "case_scenario",
        {
            "title": "Calf pain after a flight",
            "vignette": P("A 58-year-old client arrives after a 12-hour flight with calf pain."),
            "questions": [
                (
                    "true_false",
                    {"prompt": P("Deep work on the calf is appropriate today."), "correct": False},
                ),
            ],
        },
    ),
    (
        "question_pool",
        {
            "title": "Pressure pool",
            "draw": 1,
            "questions": [
                ("true_false", {"prompt": P("Pool question A is true."), "correct": True}),
                ("true_false", {"prompt": P("Pool question B is true."), "correct": True}),
            ],
        },
    ),
]


def true_false_questions(count: int) -> list:
    return [
        ("true_false", {"prompt": P(f"Statement {n} is true."), "correct": True})
        for n in range(count)
    ]


def seeded_layout(content: dict, seed: int) -> dict:
    """A new attempt's layout of `content`, the same for the same seed: options shuffled,
    questions in authored order."""
    rng = random.Random(seed)
    return draw_layout(content, seen=set(), rng=rng, shuffle_questions=False, shuffle_options=True)


def presented(name: str, value, *, block_id: str = "q1", seed: int = 0) -> dict:
    """One question of type `name` (block value `value`) as a new attempt presents it: frozen,
    laid out and assembled as attempts are, options shuffled."""
    content = {
        "questions": [question_type(name).content(value, block_id=block_id)],
        "cases": [],
        "stream": [{"question": 0}],
    }
    return snapshot_questions(assemble(content, seeded_layout(content, seed)))[0]


def fifty_questions() -> list:
    """A 50-question quiz: every type over and over, cases included."""
    return (EVERY_TYPE * 6)[:49] + true_false_questions(1)


class QuizPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = QuizPage

    title = factory.Sequence(lambda n: f"Quiz {n}")
    slug = factory.Sequence(lambda n: f"quiz-{n}")
    questions = factory.LazyFunction(lambda: json.dumps(question_stream(EVERY_TYPE)))
    pass_mark = 80
    shuffle_options = True


def key_answers(snapshot: dict) -> dict:
    """Answers (question id -> answer) that get every question of a snapshot right."""
    return {q["id"]: question_type(q["type"]).key(q) for q in snapshot_questions(snapshot)}


def answer_fields(snapshot: dict, answers: dict) -> dict[str, list[str]]:
    """The form fields a learner's browser posts for `answers`."""
    questions = {q["id"]: q for q in snapshot_questions(snapshot)}
    fields = {}
    for question_id, answer in answers.items():
        question = questions[question_id]
        fields.update(question_type(question["type"]).form_data(question, answer))
    return fields


def key_form(snapshot: dict) -> dict[str, list[str]]:
    """The form fields that answer every question of a snapshot correctly."""
    return answer_fields(snapshot, key_answers(snapshot))


def form_data(data: dict) -> QueryDict:
    """`data` (lists for multiple values) as the QueryDict a submitted form arrives as."""
    query = QueryDict(mutable=True)
    for name, value in data.items():
        query.setlist(name, value if isinstance(value, list) else [value])
    return query
