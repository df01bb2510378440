"""The item analysis report: facility, discrimination, option counts and flags from a
dataset small enough to compute by hand; filters, removed questions, scoping, exports and a
flat query count."""

import json
import re
from datetime import timedelta
from html.parser import HTMLParser

import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format

from courses.services import enrollment_create
from quizzes.analysis import LOW_DISCRIMINATION, VERY_EASY_ABOVE, VERY_HARD_BELOW
from quizzes.grading import snapshot_questions
from quizzes.services import attempt_start, attempt_submit
from tests.conftest import committed
from tests.factories import LearnerProfileFactory, ModulePageFactory, QuizPageFactory

pytestmark = pytest.mark.django_db

P = "<p>{}</p>".format
QUESTIONS = [
    (
        "single_choice",
        {
            "prompt": P("Which finding calls for referral before any massage?"),
            "options": [
                {"text": "Warm, swollen, tender calf", "correct": True},
                {"text": "Mild neck tension", "correct": False},
                {"text": "Delayed-onset soreness", "correct": False},
            ],
        },
    ),
    (
        "true_false",
        {"prompt": P("Massage therapists diagnose medical conditions."), "correct": False},
    ),
    (
        "multiple_response",
        {
            "prompt": P("Which belong in an intake interview? Select all that apply."),
            "options": [
                {"text": "Pain history", "correct": True},
                {"text": "Current medications", "correct": True},
                {"text": "Favourite colour", "correct": False},
            ],
        },
    ),
    ("true_false", {"prompt": P("Consent comes before treatment."), "correct": True}),
]


def option_keys(quiz) -> list[tuple[str, list[str]]]:
    """Each question's block id and its options' keys, in authored order."""
    keys = []
    for child in quiz.questions:
        if child.block_type == "true_false":
            keys.append((child.id, ["true", "false"]))
        else:
            keys.append((child.id, [option.id for option in child.value["options"].bound_blocks]))
    return keys


def take(user, quiz, picks: dict, *, now=None):
    """Start and submit an attempt picking options by key (a list for multiple response)."""
    with committed():
        attempt, _ = attempt_start(user=user, quiz=quiz, now=now)
        questions = {q["id"]: q for q in snapshot_questions(attempt.snapshot)}

        def token(question_id, key):
            return next(o["token"] for o in questions[question_id]["options"] if o["key"] == key)

        answers = {
            qid: [token(qid, key) for key in pick] if isinstance(pick, list) else token(qid, pick)
            for qid, pick in picks.items()
            if pick is not None
        }
        return attempt_submit(attempt=attempt, answers=answers, now=now)


def new_learner(course):
    user = LearnerProfileFactory().user
    with committed():
        enrollment_create(user=user, course=course)
    return user


class Cells(HTMLParser):
    """The report table's body rows: each cell's text (SVG left out) and its SVG labels."""

    def __init__(self):
        super().__init__()
        self.rows, self.row, self.cell, self.depth_svg = [], None, None, 0
        self.in_report = self.in_body = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "table":
            self.in_report = "listing" in (attrs.get("class") or "").split()
        elif tag == "tbody" and self.in_report:
            self.in_body = True
        elif tag == "tr" and self.in_body:
            self.row = []
        elif tag in ("td", "th") and self.row is not None:
            self.cell = {"text": "", "charts": []}
        elif tag == "svg" and self.cell is not None:
            self.depth_svg += 1
            self.cell["charts"].append(attrs)

    def handle_endtag(self, tag):
        if tag == "svg" and self.depth_svg:
            self.depth_svg -= 1
        elif tag in ("td", "th") and self.cell is not None:
            self.cell["text"] = " ".join(self.cell["text"].split())
            self.row.append(self.cell)
            self.cell = None
        elif tag == "tr" and self.row is not None:
            self.rows.append(self.row)
            self.row = None
        elif tag == "tbody":
            self.in_body = False

    def handle_data(self, data):
        if self.cell is not None and not self.depth_svg:
            self.cell["text"] += data


COLUMNS = ("question", "responses", "facility", "discrimination", "options", "flags")


def table(html: str) -> dict[str, dict]:
    """Report rows by the start of their question text, cells by column name."""
    parser = Cells()
    parser.feed(html)
    rows = {}
    for row in parser.rows:
        cells = dict(zip(COLUMNS, row, strict=True))
        rows[re.sub(r"^Q\d+\. ", "", cells["question"]["text"])[:20]] = cells
    return rows


def text(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


@pytest.fixture
def six(make_quiz, course):
    """Six learners, one attempt each, scoring 75, 75, 62.5, 62.5, 50 and 50 %.

    Top third (score >= 75): the first two; bottom third (score <= 50): the last two.
    Q1 is right for the top and wrong for the bottom; Q2 (the key says False) the reverse;
    Q3 (select all: two right, one wrong) earns 1, 1, .5, .5, 0, 0; Q4 everyone gets right.
    """
    quiz = make_quiz(QUESTIONS)
    (q1, (a, b, c)), (q2, _), (q3, (x, y, z)), (q4, _) = option_keys(quiz)
    plan = [
        {q1: a, q2: "true", q3: [x, y], q4: "true"},
        {q1: a, q2: "true", q3: [x, y], q4: "true"},
        {q1: a, q2: "true", q3: [x], q4: "true"},
        {q1: b, q2: "false", q3: [y], q4: "true"},
        {q1: c, q2: "false", q3: [z], q4: "true"},
        {q1: b, q2: "false", q3: None, q4: "true"},
    ]
    learners = []
    earlier = timezone.now() - timedelta(days=10)
    for picks in plan:
        learners.append(new_learner(course))
        take(learners[-1], quiz, picks, now=earlier)
    scores = sorted(float(a.score) for a in quiz.attempts.all())
    assert scores == [50, 50, 62.5, 62.5, 75, 75]
    quiz.ids = {"q1": q1, "q2": q2, "q3": q3, "q4": q4, "a": a, "b": b, "c": c, "x": x}
    quiz.learners = learners
    return quiz


@pytest.fixture
def staff_client(client, instructor):
    client.force_login(instructor)
    return client


def url(quiz, query: str = "", *, results: bool = False) -> str:
    name = "quiz_item_analysis_results" if results else "quiz_item_analysis"
    return reverse(name, args=[quiz.pk]) + query


def test_report_shows_the_numbers_computed_by_hand(staff_client, six):
    response = staff_client.get(url(six))
    assert response.status_code == 200
    html = response.content.decode()
    page = text(html)
    assert "Graded attempts counted 6 (all graded attempts)" in page
    assert "Learners 6" in page
    assert "Mean score 62.5%" in page
    assert "top third: attempts scoring 75.0% or more" in page
    assert "bottom third: attempts scoring 50.0% or less" in page

    rows = table(html)
    q1 = rows["Which finding calls "]
    assert q1["responses"]["text"] == "6"
    assert q1["facility"]["text"] == "50%"
    assert q1["discrimination"]["text"] == "1.00 top third 100%, bottom third 0%"
    options = q1["options"]["text"]
    assert "A. Warm, swollen, tender calf (correct): chosen 3 times (50%)" in options
    assert "B. Mild neck tension: chosen 2 times (33%)" in options
    assert "C. Delayed-onset soreness: chosen 1 time (17%)" in options
    assert q1["flags"]["text"] == ""

    q2 = rows["Massage therapists d"]
    assert q2["facility"]["text"] == "50%"
    assert q2["discrimination"]["text"] == "-1.00 top third 0%, bottom third 100%"
    assert "A. True: chosen 3 times (50%)" in q2["options"]["text"]
    assert "B. False (correct): chosen 3 times (50%)" in q2["options"]["text"]
    assert q2["flags"]["text"] == "Negative discrimination: review the key"

    q3 = rows["Which belong in an i"]
    assert q3["responses"]["text"] == "6"  # the learner who left it blank still responded
    assert q3["facility"]["text"] == "50%"
    assert q3["discrimination"]["text"].startswith("1.00 ")
    assert "A. Pain history (correct): chosen 3 times (50%)" in q3["options"]["text"]
    assert "B. Current medications (correct): chosen 3 times (50%)" in q3["options"]["text"]
    assert "C. Favourite colour: chosen 1 time (17%)" in q3["options"]["text"]

    q4 = rows["Consent comes before"]
    assert q4["facility"]["text"] == "100%"
    assert q4["discrimination"]["text"].startswith("0.00 ")
    assert q4["flags"]["text"] == "Low discrimination Very easy"
    assert "Q1. Which finding" in q1["question"]["text"]
    assert "Single choice" in q1["question"]["text"]


def test_the_page_states_its_thresholds_and_definitions(staff_client, six):
    page = text(staff_client.get(url(six)).content.decode())
    assert f"“Low discrimination” below {LOW_DISCRIMINATION}" in page
    assert f"“very hard” below {round(VERY_HARD_BELOW * 100)}% facility" in page
    assert f"“very easy” above {round(VERY_EASY_ABOVE * 100)}%" in page
    assert "Ebel's discrimination guidelines" in page
    assert "attempts tied at its cut-off score all join it" in page


def test_charts_are_server_rendered_svg_labelled_with_their_numbers(staff_client, six):
    html = staff_client.get(url(six, results=True)).content.decode()
    rows = table(html)
    (facility,) = rows["Which finding calls "]["facility"]["charts"]
    assert facility["role"] == "img"
    assert facility["aria-label"] == "Facility index 50% over 6 responses"
    (options,) = rows["Which finding calls "]["options"]["charts"]
    assert options["role"] == "img"
    assert options["aria-label"] == (
        "Options chosen: A, correct: 3 of 6 (50%); B: 2 of 6 (33%); C: 1 of 6 (17%)"
    )
    assert rows["Consent comes before"]["facility"]["charts"][0]["aria-label"] == (
        "Facility index 100% over 6 responses"
    )
    assert "<script" not in html
    assert "style=" not in html
    full = staff_client.get(url(six)).content.decode()
    body = full[full.index('id="listing-results"') : full.index("</main>")]
    assert "style=" not in body and "<script" not in body


def test_first_attempts_only_leaves_out_retakes(staff_client, six):
    # The last learner retakes it and gets everything right (100 %): a third score of 75
    # or more, so the top third holds three attempts (ties at the cut-off join the group).
    ids = six.ids
    take(six.learners[-1], six, {ids["q1"]: ids["a"], ids["q2"]: "false", ids["q4"]: "true"})
    everything = staff_client.get(url(six))
    rows = table(everything.content.decode())
    assert "Graded attempts counted 7 (all graded attempts)" in text(everything.content.decode())
    assert rows["Which finding calls "]["responses"]["text"] == "7"
    assert rows["Which finding calls "]["facility"]["text"] == "57%"  # 4 of 7
    assert "chosen 4 times (57%)" in rows["Which finding calls "]["options"]["text"]
    # Top third (100, 75, 75) got Q2 right once in three; the bottom third (50, 50) twice.
    assert rows["Massage therapists d"]["discrimination"]["text"] == (
        "-0.67 top third 33%, bottom third 100%"
    )

    first = staff_client.get(url(six, "?attempts=first"))
    page = text(first.content.decode())
    assert "Graded attempts counted 6 (first attempts only)" in page
    assert "Learners 6" in page
    rows = table(first.content.decode())
    assert rows["Which finding calls "]["responses"]["text"] == "6"
    assert "chosen 3 times (50%)" in rows["Which finding calls "]["options"]["text"]


def test_a_date_range_counts_attempts_submitted_within_it(staff_client, six):
    ids = six.ids
    take(six.learners[0], six, {ids["q1"]: ids["b"]})
    today = timezone.localdate().isoformat()
    response = staff_client.get(url(six, f"?submitted_at_from={today}&submitted_at_to={today}"))
    page = text(response.content.decode())
    date = date_format(timezone.localdate())
    assert (
        f"Graded attempts counted 1 (all graded attempts, submitted from {date} to {date})" in page
    )
    assert "Not enough attempts: discrimination needs at least 3 graded attempts." in page
    q1 = table(response.content.decode())["Which finding calls "]
    assert q1["responses"]["text"] == "1" and q1["facility"]["text"] == "0%"
    assert q1["discrimination"]["text"] == "Not enough attempts"
    assert q1["flags"]["text"] == "Very hard"
    before = (timezone.localdate() - timedelta(days=30)).isoformat()
    empty = staff_client.get(url(six, f"?submitted_at_to={before}"))
    assert "No graded attempts match these filters." in text(empty.content.decode())


def test_a_question_removed_after_attempts_is_still_reported(staff_client, six):
    ids = six.ids
    stream = []
    for block in six.questions.raw_data:
        if block["id"] == ids["q3"]:
            continue  # the intake question goes
        if block["id"] == ids["q1"]:
            block = json.loads(json.dumps(block))
            block["value"]["options"] = block["value"]["options"][:2]  # so does option C
        stream.append(block)
    six.questions = json.dumps(stream)
    six.save()

    rows = table(staff_client.get(url(six)).content.decode())
    removed = rows["Which belong in an i"]
    assert "Removed from the quiz" in removed["question"]["text"]
    assert not removed["question"]["text"].startswith("Q")  # no position in the quiz now
    assert removed["facility"]["text"] == "50%"
    assert "Pain history (correct): chosen 3 times (50%)" in removed["options"]["text"]
    assert "Favourite colour: chosen 1 time (17%)" in removed["options"]["text"]
    q1 = rows["Which finding calls "]["options"]["text"]
    assert "C. Delayed-onset soreness (no longer in the question): chosen 1 time" in q1
    assert "Removed from the quiz" not in rows["Consent comes before"]["question"]["text"]


def test_csv_export_escapes_formula_like_text(staff_client, make_quiz, course):
    quiz = make_quiz(
        [
            (
                "single_choice",
                {
                    "prompt": P("=HYPERLINK(1) is a formula"),
                    "options": [
                        {"text": "-Yes", "correct": True},
                        {"text": "No", "correct": False},
                    ],
                },
            )
        ]
    )
    ((question, (yes, _no)),) = option_keys(quiz)
    take(new_learner(course), quiz, {question: yes})
    response = staff_client.get(url(quiz, "?export=csv"))
    assert response.status_code == 200
    lines = b"".join(response.streaming_content).decode().splitlines()
    assert lines[0].startswith("Number,Question,Type,Status,Responses,Facility (%),")
    assert lines[1].startswith("1,'=HYPERLINK(1) is a formula,Single choice,In the quiz,1,100.0,")
    xlsx = staff_client.get(url(quiz, "?export=xlsx"))
    assert xlsx.status_code == 200 and xlsx["Content-Type"].startswith(
        "application/vnd.openxmlformats"
    )


def test_the_quiz_edit_page_links_to_the_report(staff_client, six):
    html = staff_client.get(reverse("wagtailadmin_pages:edit", args=[six.pk])).content.decode()
    assert url(six) in html


def test_staff_of_another_course_get_404(staff_client, other_course):
    module = other_course.get_children().first()
    foreign = QuizPageFactory(parent=module)
    assert staff_client.get(url(foreign)).status_code == 404
    assert staff_client.get(url(foreign, results=True)).status_code == 404
    assert staff_client.get(url(foreign, "?export=csv")).status_code == 404


def test_unknown_and_non_quiz_ids_are_404(staff_client, course):
    assert staff_client.get(reverse("quiz_item_analysis", args=[999999])).status_code == 404
    assert staff_client.get(reverse("quiz_item_analysis", args=[course.pk])).status_code == 404


def test_learners_get_403(learner_client, quiz):
    assert learner_client.get(url(quiz)).status_code == 403


def test_a_superuser_sees_every_course(client, other_course):
    from tests.factories import UserFactory

    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    foreign = QuizPageFactory(parent=ModulePageFactory(parent=other_course))
    response = client.get(url(foreign))
    assert response.status_code == 200
    assert "No graded attempts match these filters." in text(response.content.decode())


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("?attempts=bogus", "Select a valid choice."),
        ("?submitted_at_from=notadate", "Enter a valid date."),
        ("?submitted_at_from=2025-02-30", "Enter a valid date."),
        ("?submitted_at_from=2025-03-02&submitted_at_to=2025-03-01", "start date is after"),
        ("?attempts=first&attempts=all&p=x&ordering=nope", "Select a valid choice."),
    ],
)
def test_bad_filter_values_are_explained_not_500(staff_client, six, query, message):
    for results in (False, True):
        response = staff_client.get(url(six, query, results=results))
        assert response.status_code == 200
        page = text(response.content.decode())
        assert "These filters could not be applied" in page
        assert message in page
        assert "Graded attempts counted 6" in page  # every graded attempt, as it says


def test_query_count_does_not_grow_with_attempts(
    staff_client, make_quiz, course, django_assert_max_num_queries
):
    counts = []
    for size in (3, 30):
        quiz = make_quiz(QUESTIONS)
        (q1, (a, b, _c)), (q2, _), (q3, (x, y, _z)), (q4, _) = option_keys(quiz)
        for n in range(size):
            picks = {q1: a if n % 2 else b, q2: "false", q3: [x, y][: n % 3], q4: "true"}
            take(new_learner(course), quiz, picks)
        staff_client.get(url(quiz))  # warm caches, as on a running site
        # 17 today: session and user, admin chrome, the quiz and its course, then six
        # for the analysis (summary, two cut-off scores, questions, options).
        with django_assert_max_num_queries(20) as queries:
            response = staff_client.get(url(quiz, "?attempts=first"))
        assert response.status_code == 200
        assert f"Graded attempts counted {size} " in text(response.content.decode())
        counts.append(len(queries))
    assert counts[0] == counts[1], counts
