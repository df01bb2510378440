"""Certificates issued, for staff: the list, its filters and exports, and one ZIP of stored
PDFs with a roster for an audit; only the certificates of the user's courses."""

import csv
import hashlib
import io
import zipfile
from datetime import date, timedelta

import openpyxl
import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from certificates.models import Certificate
from certificates.reports import CertificatesIssuedReportView
from tests.factories import CertificateFactory, LearnerProfileFactory

pytestmark = pytest.mark.django_db

FORMULA = '=HYPERLINK("http://evil.example","Click")'
URL = "certificates_issued_report"


@pytest.fixture
def instructor_client(client, instructor):
    client.force_login(instructor)
    return client


@pytest.fixture
def issued(learner, other_learner, course, other_course, complete_course):
    """In `course`: two certificates issued and rendered by the real task, one issued long ago
    (revoked) and one not rendered yet for a learner named like a formula. In `other_course`:
    one certificate."""
    complete_course(learner)
    complete_course(other_learner)
    revoked = CertificateFactory(
        course=course,
        learner_name="Rita Revoked",
        course_title=course.title,
        completed_on=date(2025, 1, 10),
        issued_at=timezone.now() - timedelta(days=500),
        status="revoked",
    )
    waiting = CertificateFactory(course=course, learner_name=FORMULA, course_title=course.title)
    outsider = CertificateFactory(
        course=other_course, learner_name="Olive Outsider", course_title=other_course.title
    )
    rendered = list(Certificate.objects.filter(pdf__gt="").order_by("pk"))
    assert len(rendered) == 2
    return {"rendered": rendered, "revoked": revoked, "waiting": waiting, "outsider": outsider}


def csv_rows(client, params=None) -> list[dict]:
    response = client.get(reverse(URL), {**(params or {}), "export": "csv"})
    assert response.status_code == 200
    return list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))


def download_zip(client, params=None) -> zipfile.ZipFile:
    response = client.get(reverse("certificates_issued_zip"), params or {})
    assert response.status_code == 200, response.status_code
    assert response["Content-Type"] == "application/zip"
    assert "attachment" in response["Content-Disposition"]
    return zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))


def roster(archive: zipfile.ZipFile) -> list[dict]:
    return list(csv.DictReader(io.StringIO(archive.read("roster.csv").decode())))


def test_lists_the_certificates_of_the_instructors_courses(instructor_client, issued):
    rows = {row["Number"]: row for row in csv_rows(instructor_client)}
    first = issued["rendered"][0]
    assert set(rows) == {
        c.number for c in [*issued["rendered"], issued["revoked"], issued["waiting"]]
    }
    row = rows[first.number]
    assert row["Learner"] == first.learner_name and row["Licence number"] == first.licence_number
    assert row["Course"] == first.course_title and row["CE hours"] == "3.00"
    assert row["Completed on"] == first.completed_on.isoformat()
    assert (row["Status"], row["PDF"]) == ("Valid", "Stored")
    assert rows[issued["revoked"].number]["Status"] == "Revoked"
    assert rows[issued["waiting"].number]["PDF"] == "Not rendered yet"
    assert rows[issued["waiting"].number]["Learner"] == "'" + FORMULA
    html = instructor_client.get(reverse(URL)).content.decode()
    assert first.number in html and "Olive Outsider" not in html
    assert issued["outsider"].number not in html


def test_filters_by_course_dates_and_status(instructor_client, course, issued):
    def numbers(params):
        return {row["Number"] for row in csv_rows(instructor_client, params)}

    revoked, waiting = issued["revoked"].number, issued["waiting"].number
    assert numbers({"status": "revoked"}) == {revoked}
    assert revoked not in numbers({"status": "valid"})
    assert numbers({"completed_from": "2025-01-01", "completed_to": "2025-01-31"}) == {revoked}
    last_year = (timezone.localdate() - timedelta(days=365)).isoformat()
    assert revoked not in numbers({"issued_from": last_year})
    assert waiting in numbers({"course": course.pk, "issued_from": last_year})
    issued["waiting"].expires_on = date(2020, 1, 1)
    issued["waiting"].save()
    assert numbers({"status": "expired"}) == {waiting}


@pytest.mark.parametrize(
    "params",
    [
        {"course": "abc"},
        {"course": "999999"},
        {"completed_from": "yesterday"},
        {"issued_to": "2026-13-01"},
        {"status": "lost"},
    ],
)
def test_bad_filters_are_reported_not_a_500(instructor_client, issued, params):
    response = instructor_client.get(reverse(URL), params)
    assert response.status_code == 200
    assert "The filters were not applied" in response.content.decode()
    response = instructor_client.get(reverse("certificates_issued_zip"), params, follow=True)
    assert response.redirect_chain[-1][1] == 302
    assert "Correct the filters before downloading the ZIP." in response.content.decode()


def test_another_courses_certificates_are_not_offered(instructor_client, other_course, issued):
    response = instructor_client.get(reverse(URL), {"course": other_course.pk})
    assert "The filters were not applied" in response.content.decode()
    assert "Olive Outsider" not in response.content.decode()
    archive = download_zip(instructor_client)
    assert issued["outsider"].number not in {row["Number"] for row in roster(archive)}


def test_zip_holds_each_stored_pdf_and_a_roster(instructor_client, issued):
    archive = download_zip(instructor_client)
    rows = {row["Number"]: row for row in roster(archive)}
    for certificate in issued["rendered"]:
        row = rows[certificate.number]
        data = archive.read(row["File"])
        assert data.startswith(b"%PDF")
        assert hashlib.sha256(data).hexdigest() == certificate.pdf_sha256 == row["SHA-256"]
        assert row["Learner"] == certificate.learner_name
        assert row["Licence number"] == certificate.licence_number
        assert (row["CE hours"], row["Status"]) == ("3.00", "Valid")
        assert row["Completed on"] == certificate.completed_on.isoformat()
    waiting = rows[issued["waiting"].number]
    assert (waiting["File"], waiting["SHA-256"]) == ("not rendered yet", "")
    assert waiting["Learner"] == "'" + FORMULA
    assert len(rows) == 4 and issued["outsider"].number not in rows
    pdfs = [name for name in archive.namelist() if name.endswith(".pdf")]
    assert sorted(pdfs) == sorted(rows[c.number]["File"] for c in issued["rendered"])


def test_zip_follows_the_filters_and_reports_a_missing_file(instructor_client, issued):
    first, second = issued["rendered"]
    second.pdf.storage.delete(second.pdf.name)
    archive = download_zip(instructor_client, {"status": "valid"})
    rows = {row["Number"]: row for row in roster(archive)}
    assert issued["revoked"].number not in rows
    assert rows[second.number]["File"] == "stored file missing"
    assert archive.namelist() == [rows[first.number]["File"], "roster.csv"]


def test_more_than_the_limit_asks_to_narrow_the_filters(instructor_client, issued, monkeypatch):
    monkeypatch.setattr(CertificatesIssuedReportView, "ZIP_LIMIT", 2)
    html = instructor_client.get(reverse(URL)).content.decode()
    assert "4 certificates match. The ZIP download holds at most 2" in html
    response = instructor_client.get(reverse("certificates_issued_zip"), follow=True)
    assert "More than 2 certificates match." in response.content.decode()
    assert download_zip(instructor_client, {"status": "revoked"}).namelist() == ["roster.csv"]


def test_xlsx_export_opens_with_the_rows(instructor_client, issued):
    response = instructor_client.get(reverse(URL), {"export": "xlsx"})
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("Number", "Learner", "Licence number") and len(rows) == 5
    assert FORMULA in {row[1] for row in rows}


@pytest.mark.parametrize("name", [URL, f"{URL}_results", "certificates_issued_zip"])
def test_learners_get_403_and_visitors_log_in(client, learner_client, name):
    assert learner_client.get(reverse(name)).status_code == 403
    client.logout()
    response = client.get(reverse(name))
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")


def test_queries_do_not_grow_with_certificates(
    instructor_client, course, django_assert_max_num_queries
):
    def issue(count):
        for _ in range(count):
            certificate = CertificateFactory(
                course=course, user=LearnerProfileFactory().user, course_title=course.title
            )
            data = b"%PDF-1.7 " + certificate.number.encode()
            certificate.pdf.save(f"{certificate.number}.pdf", ContentFile(data), save=False)
            certificate.pdf_sha256 = hashlib.sha256(data).hexdigest()
            certificate.save()

    def measure(url, params=None) -> int:
        with CaptureQueriesContext(connection) as ctx:
            response = instructor_client.get(url, params or {})
            if response.streaming:
                b"".join(response.streaming_content)
        assert response.status_code == 200
        return len(ctx.captured_queries)

    pages = [
        (reverse(URL), {}),
        (reverse(URL), {"export": "csv"}),
        (reverse("certificates_issued_zip"), {"course": course.pk}),
    ]
    issue(2)
    counts = [measure(url, params) for url, params in pages]
    issue(18)
    for (url, params), count in zip(pages, counts, strict=True):
        with django_assert_max_num_queries(count):
            measure(url, params)
    assert len(download_zip(instructor_client).namelist()) == 21
