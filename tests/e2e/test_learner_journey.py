import json
import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from cms.models import LearnerProfile, ProviderSettings
from courses.models import ModuleCompletion
from courses.services import enrollment_create, module_mark_completed
from quizzes.authoring import question_stream
from tests.conftest import committed
from tests.e2e.conftest import log_in
from tests.factories import QuizPageFactory
from tests.factories.quizzes import true_false_questions

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PASSWORD = "a-long-practice-password"


def test_newcomer_signs_up_fills_profile_enrolls_and_sees_progress(
    page, live_server, course, modules
):
    QuizPageFactory(
        parent=modules[0],
        slug="quiz",
        title="Module 1 quiz",
        questions=json.dumps(question_stream(true_false_questions(1))),
    )
    base = live_server.url
    page.goto(f"{base}/accounts/signup/")
    page.get_by_label("Email").fill("new.learner@example.com")
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Password (again)").fill(PASSWORD)
    page.get_by_role("button", name="Sign Up").click()
    expect(page).to_have_url(re.compile(r"/accounts/confirm-email/$"))

    link = re.search(r"https?://[^/\s]+(/accounts/confirm-email/\S+)", mail.outbox[-1].body)
    page.goto(base + link.group(1))
    page.get_by_role("button", name="Confirm").click()
    # Confirming leads straight to the CE profile, with why it matters.
    expect(page).to_have_url(re.compile(r"/accounts/profile/$"))
    expect(page.get_by_role("heading", name="Why we ask")).to_be_visible()
    expect(page.get_by_text("prints your legal name")).to_be_visible()
    licence_label = page.locator("label[for=id_licence_number]")
    expect(licence_label).to_have_text(
        "Licence or registration number (required for licensed therapists)", use_inner_text=True
    )

    page.get_by_label("Legal name").fill("Riley Jean Park")
    page.get_by_label("Registered / licensed massage therapist").check()
    # A therapist must give them: the labels no longer say for whom.
    expect(licence_label).to_have_text("Licence or registration number", use_inner_text=True)
    expect(page.get_by_label("Jurisdiction")).to_have_attribute("required", "")
    page.get_by_role("button", name="Save profile").click()
    expect(page.get_by_text("Enter your licence or registration number")).to_be_visible()
    expect(page.get_by_label("Legal name")).to_have_value("Riley Jean Park")
    page.get_by_label("Licence or registration number").fill("MA12345")
    page.get_by_role("textbox", name="Jurisdiction", exact=True).fill("Florida")
    page.get_by_role("button", name="Save profile").click()
    expect(page.get_by_text("Your CE profile is saved.")).to_be_visible()
    expect(page.get_by_role("heading", name="Why we ask")).to_have_count(0)
    assert LearnerProfile.objects.get(user__email="new.learner@example.com").is_complete

    page.get_by_role("link", name="Courses", exact=True).first.click()
    page.get_by_role("link", name="Trigger Point Techniques").click()
    page.get_by_role("button", name="Enroll").click()
    expect(page.get_by_text("0 of 3 required steps complete (0%)")).to_be_visible()

    page.get_by_role("link", name="Start the first module").click()
    page.get_by_role("link", name="Go to Module 1 quiz").click()
    page.get_by_role("button", name="Start quiz").click()
    page.get_by_label("True", exact=True).check()
    page.get_by_role("button", name="Submit quiz").click()
    expect(page.get_by_role("heading", name="Passed")).to_be_visible()
    expect(page.get_by_role("heading", name="What happens next")).to_be_visible()
    page.get_by_role("link", name="Continue: Module 2").click()
    expect(page).to_have_url(base + modules[1].url)
    assert ModuleCompletion.objects.filter(user__email="new.learner@example.com").count() == 1
    outline = page.get_by_role("complementary")
    expect(outline.get_by_text("1 of 3 required steps complete (33%)")).to_be_visible()
    expect(outline.get_by_text("Required modules: 1 of 3")).to_be_visible()

    page.get_by_role("button", name="Mark complete and continue").click()
    expect(page.get_by_text("Module complete: Module 2.")).to_be_visible()
    page.get_by_role("link", name="My learning").click()
    expect(page).to_have_url(re.compile(r"/dashboard/$"))
    expect(page.locator("progress")).to_have_attribute("value", "66")
    expect(page.get_by_text("2 of 3 required steps complete (66%)")).to_be_visible()


def test_final_exam_result_leads_through_the_evaluation_to_the_certificate(
    page, live_server, learner, course, modules, final_exam
):
    ProviderSettings.objects.get_or_create(pk=1)
    course.evaluation_required = True
    course.save_revision().publish()
    with committed():
        enrollment_create(user=learner, course=course)
        for module in modules:
            module_mark_completed(user=learner, module=module)
    log_in(page, live_server, learner)
    page.goto(live_server.url + course.url)
    page.get_by_role("link", name="Continue to the final exam: Final exam").click()
    page.get_by_role("button", name="Start quiz").click()
    for group in page.get_by_role("group", name=re.compile(r"^Question \d")).all():
        group.get_by_label("True", exact=True).check()
    page.get_by_role("button", name="Submit quiz").click()

    next_steps = page.get_by_role("region", name="What happens next")
    expect(next_steps.get_by_text("One step left: evaluate the course")).to_be_visible()
    expect(next_steps.get_by_role("link", name="My certificates")).to_have_attribute(
        "href", "/certificates/"
    )
    next_steps.get_by_role("link", name="Evaluate the course").click()
    page.get_by_label("4", exact=True).check()
    page.get_by_role("button", name="Submit evaluation").click()
    expect(page.get_by_text("Thank you: your evaluation is recorded.")).to_be_visible()

    page.get_by_role("link", name="See your certificates").click()
    expect(page).to_have_url(re.compile(r"/certificates/$"))
    row = page.get_by_role("row", name=re.compile(course.title))
    expect(row.get_by_role("cell", name="Valid", exact=True)).to_be_visible()


def test_keyboard_user_can_skip_to_content_and_enroll(page, live_server, learner, course):
    log_in(page, live_server, learner)
    page.goto(live_server.url + course.url)
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Skip to main content", exact=True)).to_be_focused()
    page.keyboard.press("Enter")
    # The skip link moves focus past the header, onto the main content itself.
    expect(page.get_by_role("main")).to_be_focused()
    # Tab from main content reaches the Enroll button and Enter submits it.
    enroll = page.get_by_role("button", name="Enroll", exact=True)
    for _ in range(10):
        page.keyboard.press("Tab")
        if enroll.evaluate("button => button === document.activeElement"):
            break
    expect(enroll).to_be_focused()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect(page.get_by_text("You are enrolled in Trigger Point Techniques.")).to_be_visible()
