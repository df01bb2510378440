"""Certificate PDF render time (median, p95), and what a re-download costs."""

import time

import pytest
from django.urls import reverse

from certificates.models import Certificate
from certificates.pdf import render_pdf
from certificates.services import CERTIFICATE_TEMPLATE, certificate_pdf_context
from tests.certificates.conftest import provider  # noqa: F401
from tests.perf.conftest import report, summary

pytestmark = pytest.mark.django_db


def test_certificate_render_and_download(client, learner, complete_course):  # noqa: F811
    complete_course()
    certificate = Certificate.objects.get(user=learner)
    context = certificate_pdf_context(certificate)
    renders = []
    for _ in range(20):
        started = time.perf_counter()
        render_pdf(CERTIFICATE_TEMPLATE, context)
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
            ("render (WeasyPrint)", summary(renders)),
            ("download (stored file)", summary(downloads)),
        ],
    )


def rss_mib() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


def test_worker_memory_stays_flat_over_a_thousand_renders(learner, complete_course):  # noqa: F811
    """What a certificate worker does all day: render PDFs. Its resident memory must not grow
    with the number of renders (target: under 20 MiB over 1,000)."""
    complete_course()
    certificate = Certificate.objects.get(user=learner)
    context = certificate_pdf_context(certificate)
    for _ in range(20):  # warm-up: fonts, templates and caches loaded once
        render_pdf(CERTIFICATE_TEMPLATE, context)
    start = rss_mib()
    samples = []
    for n in range(1, 1001):
        render_pdf(CERTIFICATE_TEMPLATE, context)
        if n % 250 == 0:
            samples.append((n, rss_mib()))
    report(
        "Certificate worker memory (RSS)",
        [("after warm-up", f"{start:.1f} MiB")]
        + [(f"after {n} renders", f"{rss:.1f} MiB (+{rss - start:.1f})") for n, rss in samples],
    )
    assert samples[-1][1] - start < 20


def test_certificate_listing_and_lookup_use_indexes_at_100k(course):
    """The admin list's default order and the public look-up by number, at 100,000
    certificates: index scans, and their median time."""
    from datetime import date, timedelta

    from django.db import connection

    from cms.models import User

    count = 100_000
    User.objects.bulk_create(
        [User(email=f"holder{n}@example.com", password="!") for n in range(count)],
        batch_size=5000,
    )
    users = list(User.objects.filter(email__startswith="holder").values_list("pk", flat=True))
    first = date(2020, 1, 1)
    Certificate.objects.bulk_create(
        [
            Certificate(
                user_id=user_id,
                course=course,
                number=f"CE-2026-{n:06d}",
                learner_name=f"Holder {n}",
                learner_type="therapist",
                course_title=course.title,
                course_type="home_study",
                topic="techniques",
                ce_hours="3.00",
                completed_on=first + timedelta(days=n % 2000),
            )
            for n, user_id in enumerate(users)
        ],
        batch_size=5000,
    )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    listing = Certificate.objects.order_by("-completed_on", "-pk")[:20]
    by_status = Certificate.objects.filter(status="revoked").order_by("-completed_on")[:20]
    lookup = Certificate.objects.filter(number="CE-2026-054321")
    rows = []
    for name, queryset in (
        ("admin list", listing),
        ("status filter", by_status),
        ("look-up", lookup),
    ):
        plan = queryset.explain()
        timings = []
        for _ in range(20):
            started = time.perf_counter()
            list(queryset.all())
            timings.append(time.perf_counter() - started)
        rows.append((name, summary(timings), plan.splitlines()[0][:90]))
        if connection.vendor == "postgresql":
            assert "Seq Scan" not in plan, (name, plan)
        else:
            assert "USING INDEX" in plan or "USING COVERING INDEX" in plan, (name, plan)
        assert sorted(timings)[len(timings) // 2] < 0.05, name
    report(f"Certificates at {count:,} ({connection.vendor})", rows)
