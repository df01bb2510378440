import hashlib
import re
from itertools import pairwise

import pytest
from django.core import mail
from playwright.sync_api import expect

from certificates.models import Certificate
from cms.models import ProviderSettings
from courses.services import enrollment_create
from tests.e2e.conftest import log_in

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_learner_finishes_a_course_downloads_and_verifies_the_certificate(
    browser, live_server, learner, course, modules, tmp_path
):
    ProviderSettings.objects.get_or_create(pk=1)
    enrollment_create(user=learner, course=course)
    context = browser.new_context(accept_downloads=True)
    page = context.new_page()
    log_in(page, live_server, learner)
    page.goto(live_server.url + modules[0].url)
    for module, next_module in pairwise(modules):
        page.get_by_role("button", name="Mark complete and continue").click()
        expect(page).to_have_url(live_server.url + next_module.url)
        expect(page.get_by_text(f"Module complete: {module.title}.")).to_be_visible()
    page.get_by_role("button", name="Mark complete", exact=True).click()
    expect(page.get_by_text(f"Module complete: {modules[-1].title}.")).to_be_visible()

    certificate = Certificate.objects.get(user=learner)
    assert mail.outbox[-1].to == [learner.email]
    assert mail.outbox[-1].attachments[0][0].endswith(".pdf")

    page.get_by_role("link", name="Certificates", exact=True).click()
    expect(page).to_have_url(re.compile(r"/certificates/$"))
    row = page.get_by_role("row", name=re.compile(course.title))
    expect(row.get_by_role("cell", name="Valid", exact=True)).to_be_visible()
    with page.expect_download() as download:
        row.get_by_role("link", name=re.compile("Download PDF")).click()
    path = tmp_path / "certificate.pdf"
    download.value.save_as(path)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == certificate.pdf_sha256
    context.close()

    verifier_context = browser.new_context()  # someone else, not logged in
    verifier = verifier_context.new_page()
    verifier.goto(f"{live_server.url}/verify/{certificate.code}/")
    expect(verifier.get_by_role("heading", level=1)).to_have_text(
        f"Certificate {certificate.number}"
    )
    expect(verifier.get_by_text(certificate.pdf_sha256, exact=True)).to_be_visible()
    expect(verifier.get_by_role("status").get_by_text("Valid", exact=True)).to_be_visible()
    verifier_context.close()
