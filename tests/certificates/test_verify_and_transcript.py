import csv
import hashlib
import io
from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader

from certificates.models import Certificate
from certificates.services import certificate_reissue, certificate_revoke
from tests.factories import CertificateFactory, CoursePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def issued(learner, complete_course):
    complete_course()
    return Certificate.objects.get(user=learner)


def verify_page(client, certificate) -> str:
    response = client.get(reverse("certificate_verify", args=[certificate.code]))
    assert response.status_code == 200
    return response.content.decode()


def test_verification_page_shows_what_an_auditor_checks(client, learner, issued):
    html = verify_page(client, issued)
    with issued.pdf.open("rb") as handle:
        sha = hashlib.sha256(handle.read()).hexdigest()
    for expected in [
        "Valid",
        issued.learner_name,
        issued.course_title,
        "Home study",
        "3.00",
        issued.number,
        "Gulf Coast Massage Education",
        "451234-11",
        sha,
    ]:
        assert expected in html, expected
    assert learner.email not in html
    assert issued.licence_number not in html
    assert issued.masked_licence in html and issued.licence_number[-3:] in html


def test_revoked_certificate_says_so_with_reason(client, editor, issued):
    certificate_revoke(certificate=issued, actor=editor, reason="Attendance record was falsified")
    html = verify_page(client, issued)
    assert "Revoked" in html and "Attendance record was falsified" in html


def test_superseded_certificate_points_to_its_replacement(client, editor, issued):
    new = certificate_reissue(certificate=issued, actor=editor, reason="Legal name corrected")
    html = verify_page(client, issued)
    assert "Superseded" in html and new.number in html
    assert "Valid" in verify_page(client, new)


def test_expired_certificate_shows_expiry(client, learner, course):
    certificate = CertificateFactory(
        user=learner, course=course, expires_on=timezone.localdate() - timedelta(days=1)
    )
    html = verify_page(client, certificate)
    assert "Expired" in html and "This certificate expired on" in html


def test_unknown_code_is_a_plain_404(client, db):
    response = client.get(reverse("certificate_verify", args=["no-such-code-at-all-anywhere"]))
    assert response.status_code == 404
    assert "Certificate not found" in response.content.decode()


def test_lookup_by_number_and_surname(client, issued):
    surname = issued.learner_name.split()[-1]
    url = reverse("certificate_verify_lookup")
    response = client.get(url, {"number": issued.number.lower(), "surname": surname.upper()})
    assert response.status_code == 302
    assert response["Location"] == reverse("certificate_verify", args=[issued.code])
    wrong = client.get(url, {"number": issued.number, "surname": "Nobody"})
    assert wrong.status_code == 404
    assert "No certificate matches" in wrong.content.decode()
    assert client.get(url, {"number": "", "surname": ""}).status_code == 400


def test_lookup_is_rate_limited(client, issued, monkeypatch):
    monkeypatch.setattr("cms.ratelimit.now", lambda: 1_800_000_000.0)  # inside one window
    url = reverse("certificate_verify_lookup")
    statuses = [client.get(url, {"number": "CE-1", "surname": "x"}).status_code for _ in range(31)]
    assert statuses[0] == 404 and statuses[-1] == 429


def test_admin_can_revoke_from_the_admin(client, issued):
    from tests.factories import UserFactory

    admin = UserFactory(is_staff=True, is_superuser=True)
    client.force_login(admin)
    url = reverse("certificates:revoke", args=[issued.pk])
    assert client.post(url, {"reason": ""}).status_code == 400
    response = client.post(url, {"reason": "Duplicate record"})
    assert response.status_code == 302
    issued.refresh_from_db()
    assert issued.status == "revoked"
    inspect = client.get(reverse("certificates:inspect", args=[issued.pk])).content.decode()
    assert "Duplicate record" in inspect


def test_learners_cannot_use_admin_actions(client, learner, issued):
    client.force_login(learner)
    response = client.post(reverse("certificates:revoke", args=[issued.pk]), {"reason": "x"})
    assert response.status_code in (302, 403)
    issued.refresh_from_db()
    assert issued.status == "valid"


def certificate(learner, catalog, **fields):
    """A certificate for a course of its own (one original certificate per course)."""
    return CertificateFactory(user=learner, course=CoursePageFactory(parent=catalog), **fields)


@pytest.fixture
def history(learner, catalog):
    rows = [
        ("Techniques", Decimal("2.00"), date(2025, 3, 1)),
        ("Techniques", Decimal("1.50"), date(2025, 9, 1)),
        ("Ethics", Decimal("3.00"), date(2026, 2, 1)),
        ("Ethics", Decimal("1.00"), date(2023, 1, 1)),  # outside the cycle below
    ]
    for topic, hours, day in rows:
        certificate(
            learner,
            catalog,
            topic=topic,
            ce_hours=hours,
            completed_on=day,
            course_approvals=[{"body": "NCBTMB", "number": f"C-{day:%y%m}", "hours": str(hours)}],
        )
    certificate(
        learner,
        catalog,
        topic="Ethics",
        ce_hours=Decimal("9"),
        completed_on=date(2025, 5, 5),
        status="revoked",
    )


def test_transcript_totals_a_renewal_cycle_by_topic(client, learner, history):
    client.force_login(learner)
    html = client.get(
        reverse("certificate_transcript"), {"start": "2024-06-01", "end": "2026-05-31"}
    ).content.decode()
    assert "Total: <strong>6.50 CE hours</strong>" in html
    assert "<td>Techniques</td><td>2</td><td>3.50</td>" in html
    assert "<td>Ethics</td><td>1</td><td>3.00</td>" in html


def test_transcript_csv_and_pdf(client, learner, history):
    client.force_login(learner)
    url = reverse("certificate_transcript")
    response = client.get(url, {"start": "2024-06-01", "end": "2026-05-31", "format": "csv"})
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0][0] == "Completed" and len(rows) == 5 and rows[-1][4] == "6.50"
    response = client.get(url, {"start": "2024-06-01", "end": "2026-05-31", "format": "pdf"})
    text = " ".join(
        " ".join(
            page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages
        ).split()
    )
    profile = learner.profile
    for expected in [
        "Gulf Coast Massage Education",  # provider header
        "Approved provider of NCBTMB, #451234-11",
        f"Learner {profile.legal_name}",
        f"Licence {profile.licence_number} · {profile.jurisdiction}",
        "Period June 1, 2024 – May 31, 2026",
        f"Generated {timezone.localdate():%B} ",
        "Total 6.50 CE hours",
        "Techniques 2 3.50",
        "Ethics 1 3.00",
        "Approving body Courses CE hours NCBTMB 3 6.50",
        "NCBTMB course #C-2503",
    ]:
        assert expected in text, expected
    for issued in Certificate.objects.filter(user=learner, status="valid", ce_hours__lt=3.5):
        if issued.completed_on.year >= 2025:
            assert issued.number in text and f"/verify/{issued.code}/" in text
    assert "C-2301" not in text  # outside the period
    assert response["Content-Disposition"].startswith('attachment; filename="ce-transcript-')


def test_transcript_pdfs_are_cached_and_renders_are_limited(client, learner, history):
    client.force_login(learner)
    url = reverse("certificate_transcript")
    first = client.get(url, {"format": "pdf"})
    for _ in range(10):  # the same transcript again: served from the cache, not rendered
        again = client.get(url, {"format": "pdf"})
        assert again.status_code == 200 and again.content == first.content
    statuses = [
        client.get(url, {"format": "pdf", "start": f"2020-01-{day:02d}"}).status_code
        for day in range(1, 9)
    ]
    assert statuses[:5] == [200] * 5 and statuses[-1] == 429
    busy = client.get(url, {"format": "pdf", "start": "2021-01-01"})
    assert busy.status_code == 429 and "Please wait a minute" in busy.content.decode()
    assert client.get(url).status_code == 200  # the page itself is never limited


def test_transcript_csv_cells_never_run_as_formulas(client, learner, catalog):
    certificate(learner, catalog, course_title='=HYPERLINK("http://evil.example","Click")')
    client.force_login(learner)
    response = client.get(reverse("certificate_transcript"), {"format": "csv"})
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[1][1] == '\'=HYPERLINK("http://evil.example","Click")'


def test_transcript_rejects_bad_dates(client, learner):
    client.force_login(learner)
    url = reverse("certificate_transcript")
    assert client.get(url, {"start": "yesterday"}).status_code == 400
    response = client.get(url, {"start": "2026-01-02", "end": "2026-01-01"})
    assert response.status_code == 400
    assert "The start date must be on or before the end date." in response.content.decode()


def count(client, url, params=None) -> int:
    client.get(url, params)
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url, params).status_code == 200
    return len(ctx.captured_queries)


def test_certificate_pages_cost_the_same_at_1_and_40(client, learner, catalog):
    client.force_login(learner)
    first = certificate(learner, catalog)
    urls = [reverse("certificate_list"), reverse("certificate_transcript")]
    small = [count(client, url) for url in urls]
    small_verify = count(client, reverse("certificate_verify", args=[first.code]))
    for _ in range(39):
        certificate(learner, catalog)
    large = [count(client, url) for url in urls]
    large_verify = count(client, reverse("certificate_verify", args=[first.code]))
    assert small == large and small_verify == large_verify, (small, large)


def test_rate_limit_window_ends(client, issued, monkeypatch):
    clock = [1_800_000_000.0]
    monkeypatch.setattr("cms.ratelimit.now", lambda: clock[0])
    url = reverse("certificate_verify", args=[issued.code])
    assert [client.get(url).status_code for _ in range(31)][-1] == 429
    clock[0] += 60
    assert client.get(url).status_code == 200


@pytest.mark.parametrize("value", ["abc\x00def", "%00", "x" * 300, "çertificat", "../etc"])
def test_hostile_url_values_are_plain_4xx(client, learner, value):
    """A NUL byte is refused before routing (400); anything else is simply not found."""
    client.force_login(learner)
    expected = 400 if "\x00" in value or "%00" in value else 404
    for url in (f"/verify/{value}/", f"/certificates/{value}/download/"):
        assert client.get(url).status_code == expected, url
