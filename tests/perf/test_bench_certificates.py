"""Certificate PDF render time (median, p95), and what a re-download costs."""

import time

import pytest
from django.urls import reverse

from certificates.models import Certificate
from certificates.services import certificate_render
from tests.certificates.conftest import provider  # noqa: F401
from tests.perf.conftest import report, summary

pytestmark = pytest.mark.django_db


def test_certificate_render_and_download(client, learner, complete_course):  # noqa: F811
    complete_course()
    certificate = Certificate.objects.get(user=learner)
    renders = []
    for _ in range(20):
        started = time.perf_counter()
        certificate_render(certificate=certificate)
        renders.append(time.perf_counter() - started)
    client.force_login(learner)
    url = reverse("certificate_download", args=[certificate.number])
    downloads = []
    for _ in range(20):
        started = time.perf_counter()
        response = client.get(url)
        b"".join(response.streaming_content)
        downloads.append(time.perf_counter() - started)
    report(
        "Certificate PDF",
        [
            ("render + store (WeasyPrint)", summary(renders)),
            ("download (stored file)", summary(downloads)),
        ],
    )
