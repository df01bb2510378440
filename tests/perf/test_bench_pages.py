"""Page cost at several content sizes: SQL queries (flat) and median server time."""

import time

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.courses.test_query_counts import build_course
from tests.perf.conftest import report, summary

pytestmark = pytest.mark.django_db


def cost(client, url: str) -> tuple[int, str]:
    client.get(url)
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    queries = len(ctx.captured_queries)  # read now: every request resets the query log
    times = []
    for _ in range(15):
        started = time.perf_counter()
        client.get(url)
        times.append(time.perf_counter() - started)
    return queries, summary(times)


def test_page_costs_by_content_size(learner_client, client, learner, catalog):
    rows = []
    for blocks in (5, 50, 100):
        _, modules = build_course(catalog, learner, modules=3, blocks=blocks)
        rows.append((f"module page, {blocks} blocks", *cost(learner_client, modules[1].url)))
    for count in (3, 10, 30):
        course, modules = build_course(catalog, learner, modules=count)
        rows.append((f"course page, {count} modules", *cost(learner_client, course.url)))
        rows.append((f"module page, course of {count}", *cost(learner_client, modules[1].url)))
    rows.append(("catalog, 6 courses", *cost(client, catalog.url)))
    for _ in range(24):
        build_course(catalog, learner, modules=2)
    rows.append(("catalog, 30 courses", *cost(client, catalog.url)))
    rows.append(("dashboard, 30 enrollments", *cost(learner_client, reverse("dashboard"))))
    report(f"Page cost ({connection.vendor}): queries | time", rows)
