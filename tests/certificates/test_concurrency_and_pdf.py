import threading

import pytest
from django.db import connections
from weasyprint import HTML
from weasyprint.urls import FatalURLFetchingError

from certificates.models import Certificate
from certificates.pdf import FONTS_DIR, ProjectFileFetcher
from certificates.services import CertificateError, certificate_issue
from certificates.tasks import issue_certificate
from courses.models import CoursePage


@pytest.mark.django_db(transaction=True)
def test_twenty_simultaneous_completions_give_one_certificate(learner, course, complete_course):
    from django.core import mail

    Certificate.objects.all().delete()
    complete_course()
    Certificate.objects.all().delete()  # completion already issued one; race a fresh issue
    mail.outbox.clear()
    course = CoursePage.objects.get(pk=course.pk)
    barrier = threading.Barrier(20)
    results = []

    def issue():
        try:
            barrier.wait()
            results.append(issue_certificate.call(learner.pk, course.pk))
        except Exception as error:  # the test asserts there are none
            results.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=issue) for _ in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    certificate = Certificate.objects.get(user=learner, course=course)
    assert results == [certificate.number] * 20, results
    assert len(mail.outbox) == 1
    assert certificate.events.filter(action="issued").count() == 1


@pytest.mark.django_db
def test_issue_refuses_an_unfinished_course(learner, course):
    with pytest.raises(CertificateError, match="Not complete yet"):
        certificate_issue(user=learner, course=course)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "http://127.0.0.1:9/x.png"])
def test_pdf_renderer_reads_only_project_files(url):
    html = HTML(string=f'<p>x</p><img src="{url}">', url_fetcher=ProjectFileFetcher())
    with pytest.raises(FatalURLFetchingError):
        html.write_pdf()


def test_pdf_renderer_reads_the_bundled_fonts():
    response = ProjectFileFetcher()((FONTS_DIR / "DejaVuSans.ttf").as_uri())
    try:
        assert response.read(4) == b"\x00\x01\x00\x00"  # a TrueType font
    finally:
        response.close()
