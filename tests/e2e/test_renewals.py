"""A Florida therapist in real Chromium: adds her licence, records a course taken elsewhere with
its certificate file, and reads her renewal tracker; every page passes axe."""

import importlib
from datetime import date

import pytest
from django.apps import apps
from playwright.sync_api import expect

from courses.models import Licence, OutsideCourse
from tests.e2e.conftest import log_in
from tests.e2e.test_accessibility import audit

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PDF = b"%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


@pytest.fixture
def rules(db):
    """The seeded renewal rules (transactional tests flush what migrations wrote)."""
    importlib.import_module("courses.migrations.0011_seed_renewal_rules").seed(apps, None)


def test_a_therapist_tracks_her_florida_renewal(page, live_server, rules, learner, home):
    log_in(page, live_server, learner)
    found = []

    page.goto(live_server.url + "/dashboard/")
    found += audit(page, "dashboard without a licence")
    page.get_by_role("link", name="Add a licence").click()
    page.get_by_label("Licence", exact=True).select_option(label="Florida LMT")
    page.get_by_label("Licence or certificate number").fill("MA12345")
    page.get_by_label("Next renewal deadline").fill("2027-08-31")
    found += audit(page, "licences")
    page.get_by_role("button", name="Add licence").click()
    expect(page.get_by_role("heading", name="Florida LMT · MA12345")).to_be_visible()
    assert Licence.objects.get(user=learner).renews_on == date(2027, 8, 31)

    page.get_by_role("link", name="CE taken elsewhere").click()
    page.get_by_label("Course title").fill("Prevention of Medical Errors")
    page.get_by_label("Provider").fill("Gulf Coast Massage Seminars")
    page.get_by_label("Completed on").fill("2026-02-10")
    page.get_by_label("CE hours").fill("2")
    page.get_by_label("Requirement topic").select_option(label="Prevention of medical errors")
    page.get_by_label("Approved by").fill("Florida Board of Massage Therapy")
    page.get_by_label("Certificate file").set_input_files(
        {"name": "notes.txt", "mimeType": "text/plain", "buffer": b"not a certificate"}
    )
    page.get_by_role("button", name="Add course").click()
    expect(page.get_by_text("Upload the certificate as a PDF, PNG or JPEG file.")).to_be_visible()
    expect(page.get_by_label("Course title")).to_have_value("Prevention of Medical Errors")
    found += audit(page, "outside CE with errors")
    assert not OutsideCourse.objects.exists()

    page.get_by_label("Certificate file").set_input_files(
        {"name": "certificate.pdf", "mimeType": "application/pdf", "buffer": PDF}
    )
    page.get_by_role("button", name="Add course").click()
    expect(page.get_by_role("cell", name="Gulf Coast Massage Seminars")).to_be_visible()
    found += audit(page, "outside CE list")

    page.goto(live_server.url + "/dashboard/")
    tracker = page.get_by_role("region", name="Florida LMT · MA12345")
    expect(tracker).to_contain_text("Total CE hours: 2 of 24 hours")
    expect(tracker).to_contain_text("Prevention of medical errors: 2 of 2 hours")
    expect(tracker).to_contain_text("Live, in person: 0 of 12 hours")
    expect(tracker.locator("progress").first).to_have_attribute("value", "8")
    tracker.get_by_text("1 course counted").click()
    expect(tracker).to_contain_text("self-reported")
    found += audit(page, "dashboard with a renewal tracker")

    page.get_by_role("link", name="Deadline calendar").click()
    page.get_by_role("button", name="Create my calendar address").click()
    address = page.get_by_label("Your private calendar address").input_value()
    found += audit(page, "deadline calendar")
    assert "DTSTART;VALUE=DATE:20270831" in page.request.get(address).text()
    assert not found, "\n".join(found)
