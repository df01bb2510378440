import hashlib
import re

import pytest
from django.core import mail

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
    for _ in modules[:-1]:
        page.get_by_role("button", name="Mark complete and continue").click()
    page.get_by_role("button", name="Mark complete", exact=True).click()

    certificate = Certificate.objects.get(user=learner)
    assert mail.outbox[-1].attachments[0][0].endswith(".pdf")

    page.get_by_role("link", name="Certificates").click()
    row = page.get_by_role("row", name=re.compile(course.title))
    assert "Valid" in row.inner_text()
    with page.expect_download() as download:
        row.get_by_role("link", name=re.compile("Download PDF")).click()
    path = tmp_path / "certificate.pdf"
    download.value.save_as(path)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == certificate.pdf_sha256

    verifier = browser.new_context().new_page()  # someone else, not logged in
    verifier.goto(f"{live_server.url}/verify/{certificate.code}/")
    assert verifier.get_by_text(certificate.pdf_sha256).is_visible()
    assert verifier.get_by_role("status").get_by_text("Valid").is_visible()
    context.close()
