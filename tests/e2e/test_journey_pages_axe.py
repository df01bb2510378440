"""The pages of a journey without dead ends, in the states only it shows, checked by axe-core
in real Chromium like every other learner-facing page (tests/e2e/test_accessibility.py)."""

import json

import pytest
from playwright.sync_api import expect

from cms.models import LearnerProfile
from courses.services import enrollment_create, module_mark_completed
from quizzes.authoring import question_stream
from tests.cms.test_site_chrome import provider  # noqa: F401 - the CE provider, in full
from tests.conftest import committed, submit
from tests.e2e.conftest import log_in
from tests.e2e.test_accessibility import audit, audit_each
from tests.factories import CoursePageFactory, QuizPageFactory
from tests.factories.quizzes import true_false_questions

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("provider"),
]


def test_home_and_profile_pass_axe(page, live_server, catalog, learner):
    for title in ("Myofascial Release", "Client Intake", "Ethics in Practice"):
        CoursePageFactory(parent=catalog, title=title)
    LearnerProfile.objects.filter(user=learner).update(
        legal_name="", learner_type="therapist", licence_number="", jurisdiction=""
    )
    found = audit_each(page, live_server, [("home with featured courses and approvals", "/")])
    expect(page.get_by_role("heading", name="Featured courses")).to_be_visible()
    log_in(page, live_server, learner)
    found += audit_each(page, live_server, [("profile with why we ask", "/accounts/profile/")])
    page.get_by_role("button", name="Save profile").click()
    expect(page.get_by_role("alert")).to_be_visible()
    found += audit(page, "profile, therapist without licence")
    assert not found, "\n".join(found)


def test_results_with_next_steps_pass_axe(page, live_server, learner, course, modules, final_exam):
    quiz = QuizPageFactory(
        parent=modules[0],
        slug="quiz",
        title="Module 1 quiz",
        questions=json.dumps(question_stream(true_false_questions(2))),
    )
    with committed():
        enrollment_create(user=learner, course=course)
    module_quiz = submit(learner, quiz)
    log_in(page, live_server, learner)
    result = f"{quiz.url}attempts/{module_quiz.number}/result/"
    found = audit_each(page, live_server, [("module quiz passed", result)])
    expect(page.get_by_role("link", name="Continue: Module 2")).to_be_visible()
    with committed():
        for module in modules[1:]:
            module_mark_completed(user=learner, module=module)
    exam = submit(learner, final_exam)
    found += audit_each(
        page,
        live_server,
        [
            ("final exam passed", f"{final_exam.url}attempts/{exam.number}/result/"),
            ("module, complete, course complete", modules[-1].url),
        ],
    )
    assert not found, "\n".join(found)
