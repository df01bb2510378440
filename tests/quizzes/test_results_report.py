"""Quiz results for staff: each graded attempt with its duration and result, a summary that
adds up, filters, safe exports, and nobody else's quizzes."""

import csv
import io
from datetime import timedelta

import openpyxl
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from courses.selectors import course_containing
from courses.services import enrollment_create
from quizzes.services import AttemptClosed, attempt_start, attempt_submit
from tests.conftest import committed
from tests.factories import LearnerProfileFactory, ModulePageFactory, QuizPageFactory
from tests.factories.quizzes import key_answers, true_false_questions

pytestmark = pytest.mark.django_db

FORMULA = '=HYPERLINK("http://evil.example","Click")'
LONG_AGO = timezone.now() - timedelta(days=30)


@pytest.fixture
def instructor_client(client, instructor):
    client.force_login(instructor)
    return client


@pytest.fixture
def exam(make_quiz):
    """Four true/false questions, 75 % to pass, 10 minutes."""
    return make_quiz(true_false_questions(4), pass_mark=75, time_limit_minutes=10)


def take(user, quiz, *, right: int, took=timedelta(minutes=1, seconds=5), at=None):
    """An attempt with `right` questions answered correctly, submitted `took` after it
    started (past the time limit: closed by the server)."""
    started = at or timezone.now() - took
    with committed():
        enrollment_create(user=user, course=course_containing(page=quiz))
        attempt, _ = attempt_start(user=user, quiz=quiz, now=started)
        answers = dict(list(key_answers(attempt.snapshot).items())[:right])
        try:
            return attempt_submit(attempt=attempt, answers=answers, now=started + took)
        except AttemptClosed as closed:
            return closed.attempt


def results_url(quiz) -> str:
    return reverse("quiz_results_report", args=[quiz.pk])


def csv_rows(client, quiz, params=None) -> list[dict]:
    response = client.get(results_url(quiz), {**(params or {}), "export": "csv"})
    assert response.status_code == 200
    return list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))


@pytest.fixture
def attempts(learner, other_learner, exam):
    """Scores 50 then 100 (learner), 75 (other learner), 0 timed out (a learner named like
    a formula), and an attempt still in progress."""
    take(learner, exam, right=2, at=LONG_AGO)
    take(learner, exam, right=4)
    take(other_learner, exam, right=3)
    take(LearnerProfileFactory(legal_name=FORMULA).user, exam, right=0, took=timedelta(hours=1))
    in_progress = LearnerProfileFactory().user
    enrollment_create(user=in_progress, course=course_containing(page=exam))
    attempt_start(user=in_progress, quiz=exam)


def test_each_graded_attempt_is_listed_with_its_result(
    instructor_client, learner, other_learner, exam, attempts
):
    rows = csv_rows(instructor_client, exam)
    assert len(rows) == 4  # the attempt in progress is not graded
    mine = sorted((r for r in rows if r["Email"] == learner.email), key=lambda row: row["Attempt"])
    assert [(r["Attempt"], r["Score (%)"], r["Result"]) for r in mine] == [
        ("1", "50.0", "Failed"),
        ("2", "100.0", "Passed"),
    ]
    assert mine[0]["Duration (min:s)"] == "1:05" and mine[0]["Timed out"] == "No"
    assert mine[0]["Learner"] == learner.profile.legal_name
    closed = next(r for r in rows if r["Learner"] == "'" + FORMULA)
    assert (closed["Score (%)"], closed["Result"], closed["Timed out"]) == ("0.0", "Failed", "Yes")
    assert closed["Duration (min:s)"] == "60:00"


def test_summary_adds_up_the_attempts_shown(instructor_client, exam, attempts):
    html = instructor_client.get(results_url(exam)).content.decode()
    summary = html[html.index("Summary of the attempts listed") :]
    cells = [
        "<td>4</td>",  # attempts
        "<td>3</td>",  # learners
        "<td>56.3 %</td>",  # mean of 50, 100, 75, 0
        "<td>62.5 %</td>",  # median: (50 + 75) / 2
        "<td>50 %</td>",  # 2 of 4 attempts passed
        "<td>2</td>",  # learners who passed
        "<td>1.3</td>",  # attempts per learner
    ]
    positions = [summary.index(cell) for cell in cells]
    assert positions == sorted(positions)
    passed = instructor_client.get(results_url(exam), {"result": "passed"}).content.decode()
    assert "<td>87.5 %</td>" in passed  # mean and median of 100 and 75


def test_filters_by_result_and_date(instructor_client, exam, attempts):
    assert {r["Result"] for r in csv_rows(instructor_client, exam, {"result": "failed"})} == {
        "Failed"
    }
    assert len(csv_rows(instructor_client, exam, {"result": "passed"})) == 2
    recent = (timezone.localdate() - timedelta(days=7)).isoformat()
    rows = csv_rows(instructor_client, exam, {"submitted_from": recent})
    assert len(rows) == 3 and "50.0" not in {r["Score (%)"] for r in rows}
    old = csv_rows(instructor_client, exam, {"submitted_to": recent})
    assert [r["Score (%)"] for r in old] == ["50.0"]


@pytest.mark.parametrize(
    "params",
    [
        {"result": "maybe"},
        {"submitted_from": "not-a-date"},
        {"submitted_to": "2026-02-31"},
        {"ordering": "snapshot"},
        {"p": "abc"},
    ],
)
def test_bad_filters_are_reported_not_a_500(instructor_client, exam, attempts, params):
    response = instructor_client.get(results_url(exam), params)
    assert response.status_code == 200
    if "p" not in params and "ordering" not in params:
        assert "The filters were not applied" in response.content.decode()


def test_exports_escape_formulas_and_open_in_a_spreadsheet(instructor_client, exam, attempts):
    learners = [r["Learner"] for r in csv_rows(instructor_client, exam)]
    assert "'" + FORMULA in learners and FORMULA not in learners
    response = instructor_client.get(results_url(exam), {"export": "xlsx"})
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("Learner", "Email", "Attempt") and len(rows) == 5
    assert FORMULA in {row[0] for row in rows}
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)


def test_the_quiz_page_header_links_to_its_results(instructor_client, exam):
    html = instructor_client.get(reverse("wagtailadmin_pages:edit", args=[exam.pk])).content
    assert results_url(exam).encode() in html


def test_other_courses_quizzes_and_unknown_ids_are_404(
    instructor_client, learner, course, other_course
):
    module = ModulePageFactory(parent=other_course)
    other_quiz = QuizPageFactory(parent=module, questions="[]")
    for quiz_id in (other_quiz.pk, 999999, course.pk):
        url = reverse("quiz_results_report", args=[quiz_id])
        assert instructor_client.get(url).status_code == 404
        assert instructor_client.get(url, {"export": "csv"}).status_code == 404
        results = reverse("quiz_results_report_results", args=[quiz_id])
        assert instructor_client.get(results).status_code == 404


def test_learners_get_403_and_visitors_log_in(client, learner_client, exam):
    for name in ("quiz_results_report", "quiz_results_report_results"):
        url = reverse(name, args=[exam.pk])
        assert learner_client.get(url).status_code == 403
    client.logout()
    response = client.get(results_url(exam))
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")


def test_queries_do_not_grow_with_learners(instructor_client, exam, django_assert_max_num_queries):
    def attempts_by(count):
        for n in range(count):
            user = LearnerProfileFactory().user
            take(user, exam, right=n % 5)
            take(user, exam, right=4)

    def measure(params) -> int:
        with CaptureQueriesContext(connection) as ctx:
            response = instructor_client.get(results_url(exam), params)
            if response.streaming:
                b"".join(response.streaming_content)
        assert response.status_code == 200
        return len(ctx.captured_queries)

    attempts_by(2)
    counts = {key: measure(params) for key, params in (("page", {}), ("csv", {"export": "csv"}))}
    attempts_by(18)
    with django_assert_max_num_queries(counts["page"]):
        html = instructor_client.get(results_url(exam)).content.decode()
    assert "<td>40</td>" in html  # attempts in the summary
    with django_assert_max_num_queries(counts["csv"]):
        assert len(csv_rows(instructor_client, exam)) == 40
