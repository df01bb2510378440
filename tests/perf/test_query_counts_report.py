"""Query counts of the learner's main pages, printed by `make bench` for comparison."""

import pytest
from django.urls import reverse

from tests.courses.test_query_counts import build_course, count_queries
from tests.factories import QuizPageFactory
from tests.perf.conftest import report

pytestmark = pytest.mark.django_db


def test_learner_page_query_counts(learner_client, learner, catalog):
    rows = []
    for modules in (3, 30):
        course, pages = build_course(catalog, learner, modules=modules)
        quiz = QuizPageFactory(parent=pages[1])
        exam = QuizPageFactory(parent=course)
        rows.append((f"course page, {modules} modules", count_queries(learner_client, course.url)))
        rows.append(
            (f"module page, {modules} modules", count_queries(learner_client, pages[1].url))
        )
        rows.append(
            (f"module quiz landing, {modules} modules", count_queries(learner_client, quiz.url))
        )
        rows.append(
            (f"final exam landing, {modules} modules", count_queries(learner_client, exam.url))
        )
    rows.append(("dashboard, 2 enrollments", count_queries(learner_client, reverse("dashboard"))))
    report("Query counts", rows)
