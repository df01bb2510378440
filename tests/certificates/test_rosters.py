"""Course rosters for regulators: what a board asks for, CE Broker's Florida roster, and
cells a spreadsheet will never run."""

import csv
import io
from datetime import date

import pytest
from django.urls import reverse

from tests.factories import CertificateFactory

pytestmark = pytest.mark.django_db

FLORIDA = "Florida Board of Massage Therapy (CE Broker)"
APPROVALS = [
    {"body": "NCBTMB", "number": "HS-2026-0142", "hours": "1.50"},
    {"body": FLORIDA, "number": "20-1042871", "hours": "1.50"},
]


@pytest.fixture
def admin_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser(email="a@example.com"))
    return client


@pytest.fixture
def completions(course):
    def issue(name, licence, jurisdiction, day, **fields):
        return CertificateFactory(
            course=course,
            learner_name=name,
            licence_number=licence,
            jurisdiction=jurisdiction,
            completed_on=day,
            course_approvals=APPROVALS,
            **fields,
        )

    return [
        issue("Jordan A. Reyes", "MA87654", "Florida", date(2026, 3, 2)),
        issue("Sam Lee", "RMT-1", "Ontario", date(2026, 3, 9)),
        issue("=cmd|' /C calc'!A0", "MA11111", "Florida", date(2026, 4, 1)),
        issue("Old Course Taker", "MA22222", "Florida", date(2025, 1, 5)),  # outside range
        issue("Revoked Person", "MA33333", "Florida", date(2026, 3, 3), status="revoked"),
    ]


def download(client, course, fmt):
    response = client.get(
        reverse("course_roster"),
        {"course": course.pk, "start": "2026-01-01", "end": "2026-12-31", "format": fmt},
    )
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    return list(csv.reader(io.StringIO(response.content.decode())))


def test_board_roster_lists_what_a_board_asks_for(admin_client, course, completions):
    rows = download(admin_client, course, "board")
    assert rows[0][:8] == [
        "Learner",
        "Licence number",
        "Jurisdiction",
        "Licensing body",
        "Course as approved",
        "Course approvals",
        "Completed",
        "CE hours",
    ]
    assert [row[0] for row in rows[1:]] == ["Jordan A. Reyes", "Sam Lee", "'=cmd|' /C calc'!A0"]
    first = rows[1]
    assert first[1:3] == ["MA87654", "Florida"] and first[6] == "2026-03-02"
    assert "NCBTMB HS-2026-0142" in first[5] and "20-1042871" in first[5]
    assert first[8] == completions[0].number and f"/verify/{completions[0].code}/" in first[9]


def test_cebroker_roster_has_florida_licensees_only(admin_client, course, completions):
    rows = download(admin_client, course, "cebroker")
    assert rows == [
        ["License Number", "First Name", "Last Name", "Date Completed", "Course Number"],
        ["MA87654", "Jordan A.", "Reyes", "03/02/2026", "20-1042871"],
        ["MA11111", "'=cmd|' /C", "calc'!A0", "04/01/2026", "20-1042871"],
    ]


def test_bad_input_gets_the_form_back_not_a_500(admin_client, course):
    url = reverse("course_roster")
    assert admin_client.get(url).status_code == 200
    for params in (
        {"course": "999999", "format": "board"},
        {"course": "abc", "format": "board"},
        {"course": course.pk, "format": "pdf"},
        {"course": course.pk, "format": "board", "start": "2026-05-01", "end": "2026-01-01"},
    ):
        response = admin_client.get(url, params)
        assert response.status_code == 400, params
        assert "Course rosters" in response.content.decode()


def test_learners_and_editors_without_the_permission_cannot_download(client, learner, course):
    client.force_login(learner)
    response = client.get(reverse("course_roster"), {"course": course.pk, "format": "board"})
    assert response.status_code == 403
