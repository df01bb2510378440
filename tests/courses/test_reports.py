"""Staff reports of learners' records: course progress (numbers by the completion rule, the
recorded completion, the certificate) and course evaluations (ratings summary, comments,
anonymous to instructors); scoped to the courses the user sees, with safe exports."""

import csv
import io

import openpyxl
import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from certificates.models import Certificate
from courses.models import CourseEvaluation
from courses.roles import ADMINISTRATORS
from courses.selectors import course_progress_for
from courses.services import (
    enrollment_create,
    enrollment_deactivate,
    evaluation_submit,
    module_mark_completed,
)
from tests.conftest import committed
from tests.factories import LearnerProfileFactory, UserFactory

pytestmark = pytest.mark.django_db

FORMULA = '=HYPERLINK("http://evil.example","Click")'
REPORTS = [
    "course_progress_report",
    "course_progress_report_results",
    "course_evaluations_report",
    "course_evaluations_report_results",
]


@pytest.fixture
def instructor_client(client, instructor):
    client.force_login(instructor)
    return client


@pytest.fixture
def superuser_client():
    client = Client()
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    return client


def learner_named(name: str):
    return LearnerProfileFactory(legal_name=name).user


def start(user, course, *, modules=()):
    with committed():
        enrollment_create(user=user, course=course)
        for module in modules:
            module_mark_completed(user=user, module=module)


def csv_rows(client, url: str, params=None) -> list[dict]:
    response = client.get(url, {**(params or {}), "export": "csv"})
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    text = b"".join(response.streaming_content).decode()
    return list(csv.DictReader(io.StringIO(text)))


def count_queries(client, url: str, params=None) -> int:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url, params or {})
        if response.streaming:
            b"".join(response.streaming_content)
    assert response.status_code == 200
    return len(ctx.captured_queries)


# Course progress ---------------------------------------------------------------------------


@pytest.fixture
def progress_data(learner, other_learner, course, modules, other_course, complete_course):
    """In `course` (3 required modules and a final exam): `learner` completed everything,
    `other_learner` finished one module, a learner whose name is a formula only enrolled.
    In `other_course` one learner finished its module."""
    complete_course()
    start(other_learner, course, modules=modules[:1])
    start(learner_named(FORMULA), course)
    outsider = learner_named("Olive Outsider")
    start(outsider, other_course, modules=other_course.get_children().specific())
    return outsider


def test_progress_counts_steps_by_the_completion_rule(
    instructor_client, learner, other_learner, course, progress_data
):
    rows = {
        row["Email"]: row for row in csv_rows(instructor_client, reverse("course_progress_report"))
    }
    certificate = Certificate.objects.get(user=learner, course=course)
    done = rows[learner.email]
    assert done["Learner"] == learner.profile.legal_name
    assert (done["Required modules done"], done["Required modules"]) == ("3", "3")
    assert done["Progress (%)"] == "100"
    assert done["Completed"] == certificate.completed_on.isoformat()
    assert done["Certificate number"] == certificate.number
    assert done["Certificate"] == f"{certificate.number} (Valid)"
    halfway = rows[other_learner.email]
    assert (halfway["Required modules done"], halfway["Required modules"]) == ("1", "3")
    assert halfway["Progress (%)"] == "25"  # 1 of 3 modules + 1 final exam
    assert halfway["Completed"] == halfway["Certificate"] == ""
    for user in (learner, other_learner):
        assert (
            int(rows[user.email]["Progress (%)"])
            == course_progress_for(user=user, course=course).percent
        )
    assert done["Left the course"] == ""


def test_progress_shows_who_left_the_course(
    instructor_client, other_learner, course, progress_data
):
    enrollment_deactivate(user=other_learner, course=course)
    url = reverse("course_progress_report")
    rows = {row["Email"]: row for row in csv_rows(instructor_client, url)}
    assert rows[other_learner.email]["Left the course"] != ""
    assert rows[other_learner.email]["Progress (%)"] == "25"  # completions stay
    assert "(left " in instructor_client.get(url).content.decode()


def test_progress_filters_by_status_and_course(
    instructor_client, superuser_client, learner, other_learner, course, other_course,
    progress_data,
):  # fmt: skip
    url = reverse("course_progress_report")
    completed = csv_rows(instructor_client, url, {"status": "completed"})
    assert [row["Email"] for row in completed] == [learner.email]
    in_progress = {
        row["Email"] for row in csv_rows(instructor_client, url, {"status": "in_progress"})
    }
    assert learner.email not in in_progress and other_learner.email in in_progress
    only_other = csv_rows(superuser_client, url, {"course": other_course.pk})
    assert [row["Email"] for row in only_other] == [progress_data.email]
    assert only_other[0]["Progress (%)"] == "100"


def test_instructor_sees_their_course_only(
    instructor_client, superuser_client, other_course, progress_data
):
    url = reverse("course_progress_report")
    html = instructor_client.get(url).content.decode()
    assert "Trigger Point Techniques" in html
    assert "Olive Outsider" not in html and "Prenatal Massage" not in html
    emails = {row["Email"] for row in csv_rows(instructor_client, url)}
    assert progress_data.email not in emails and len(emails) == 3
    # Asking for the other course by id is refused as an invalid choice, and changes nothing.
    response = instructor_client.get(url, {"course": other_course.pk})
    assert response.status_code == 200 and "Olive Outsider" not in response.content.decode()
    assert "The filters were not applied" in response.content.decode()
    assert progress_data.email in {row["Email"] for row in csv_rows(superuser_client, url)}


def test_progress_csv_escapes_formulas_and_xlsx_holds_the_rows(instructor_client, progress_data):
    url = reverse("course_progress_report")
    names = [row["Learner"] for row in csv_rows(instructor_client, url)]
    assert "'" + FORMULA in names and FORMULA not in names
    response = instructor_client.get(url, {"export": "xlsx"})
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("Learner", "Email", "Course") and len(rows) == 4
    formula_cell = next(cell for row in sheet.iter_rows() for cell in row if cell.value == FORMULA)
    assert formula_cell.data_type == "s"  # text, not a formula


@pytest.mark.parametrize(
    "params",
    [
        {"course": "abc"},
        {"course": "999999"},
        {"status": "finished"},
        {"ordering": "password"},
        {"p": "-3"},
        {"course": "1\x00", "status": "é" * 3000},
    ],
)
def test_progress_bad_filters_are_reported_not_a_500(instructor_client, progress_data, params):
    response = instructor_client.get(reverse("course_progress_report"), params)
    if any("\x00" in value for value in params.values()):
        assert response.status_code in (200, 400)  # refused before any view, or reported
        return
    assert response.status_code == 200
    html = response.content.decode()
    if "course" in params or "status" in params:
        assert "The filters were not applied" in html


def test_progress_queries_do_not_grow_with_learners(
    instructor_client, course, modules, django_assert_max_num_queries
):
    url = reverse("course_progress_report")
    for _ in range(2):
        start(LearnerProfileFactory().user, course, modules=modules[:2])
    page, export = (
        count_queries(instructor_client, url),
        count_queries(instructor_client, url, {"export": "csv"}),
    )
    for _ in range(18):
        start(LearnerProfileFactory().user, course, modules=modules[:2])
    with django_assert_max_num_queries(page):
        assert instructor_client.get(url).status_code == 200
    with django_assert_max_num_queries(export):
        assert len(csv_rows(instructor_client, url)) == 20


# Course evaluations ------------------------------------------------------------------------


@pytest.fixture
def evaluations(learner, other_learner, course, other_course):
    start(learner, course)
    start(other_learner, course)
    evaluation_submit(
        user=learner, course=course, data={"rating": 5, "comments": "Clear and practical."}
    )
    evaluation_submit(
        user=other_learner,
        course=course,
        data={"rating": 2, "met_objectives": False, "comments": FORMULA},
    )
    outsider = learner_named("Olive Outsider")
    start(outsider, other_course)
    evaluation_submit(
        user=outsider, course=other_course, data={"rating": 1, "comments": "Other course note"}
    )


def test_instructor_reads_ratings_and_anonymous_comments(
    instructor_client, learner, course, evaluations
):
    response = instructor_client.get(reverse("course_evaluations_report"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Ratings by course" in html and "Trigger Point Techniques" in html
    assert "<td>3.5</td>" in html  # mean of 5 and 2
    assert "<td>1 (50 %)</td>" in html  # one rating of 5, one of 2
    assert "<td>50 %</td>" in html  # met its objectives
    assert "Clear and practical." in html and "Anonymous" in html
    assert learner.profile.legal_name not in html and learner.email not in html
    assert "Other course note" not in html and "Prenatal Massage" not in html


@pytest.mark.parametrize("who", ["superuser", "administrator"])
def test_administrators_see_who_wrote_each_evaluation(client, learner, evaluations, who):
    user = UserFactory(is_staff=True, is_superuser=who == "superuser")
    if who == "administrator":
        user.groups.add(Group.objects.get(name=ADMINISTRATORS))
    client.force_login(user)
    rows = csv_rows(client, reverse("course_evaluations_report"))
    by_comment = {row["Comments"]: row for row in rows}
    assert by_comment["Clear and practical."]["Learner"] == learner.profile.legal_name
    assert by_comment["Other course note"]["Learner"] == "Olive Outsider"


def test_evaluations_export_escapes_comments_and_filters(instructor_client, course, evaluations):
    url = reverse("course_evaluations_report")
    rows = csv_rows(instructor_client, url)
    assert {row["Comments"] for row in rows} == {"Clear and practical.", "'" + FORMULA}
    assert {row["Learner"] for row in rows} == {"Anonymous"}
    assert {row["Rating (1–5)"] for row in rows} == {"5", "2"}
    CourseEvaluation.objects.filter(rating=5).update(comments="")
    assert [
        r["Rating (1–5)"] for r in csv_rows(instructor_client, url, {"has_comments": "true"})
    ] == ["2"]
    assert [
        r["Rating (1–5)"] for r in csv_rows(instructor_client, url, {"has_comments": "false"})
    ] == ["5"]
    response = instructor_client.get(url, {"course": "abc"})
    assert (
        response.status_code == 200 and "The filters were not applied" in response.content.decode()
    )


def test_evaluations_queries_do_not_grow_with_learners(
    instructor_client, course, django_assert_max_num_queries
):
    def evaluate(count):
        for n in range(count):
            user = LearnerProfileFactory().user
            start(user, course)
            evaluation_submit(user=user, course=course, data={"rating": 1 + n % 5, "comments": "x"})

    url = reverse("course_evaluations_report")
    evaluate(2)
    page, export = (
        count_queries(instructor_client, url),
        count_queries(instructor_client, url, {"export": "csv"}),
    )
    evaluate(18)
    with django_assert_max_num_queries(page):
        instructor_client.get(url)
    with django_assert_max_num_queries(export):
        assert len(csv_rows(instructor_client, url)) == 20


# Access ------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", REPORTS)
def test_learners_get_403_and_visitors_log_in(client, learner_client, name):
    url = reverse(name)
    assert learner_client.get(url).status_code == 403
    client.logout()
    response = client.get(url)
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")


@pytest.mark.parametrize("name", REPORTS)
def test_staff_who_see_no_course_are_refused(client, name):
    """Wagtail turns the view's PermissionDenied into a redirect home with a message."""
    reviewer = UserFactory(is_staff=True)
    reviewer.groups.add(Group.objects.get(name="Reviewers"))
    client.force_login(reviewer)
    response = client.get(reverse(name), follow=True)
    assert response.redirect_chain == [(reverse("wagtailadmin_home"), 302)]
    assert "Sorry, you do not have permission" in response.content.decode()


def test_reports_menu_lists_the_reports_for_course_staff_only(client, instructor, course):
    client.force_login(instructor)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    for name in (
        "course_progress_report",
        "course_evaluations_report",
        "certificates_issued_report",
    ):
        assert reverse(name) in html
    reviewer = UserFactory(is_staff=True)
    reviewer.groups.add(Group.objects.get(name="Reviewers"))
    client.force_login(reviewer)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("course_progress_report") not in html
