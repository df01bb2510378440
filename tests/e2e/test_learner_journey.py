import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from cms.models import LearnerProfile
from courses.models import ModuleCompletion
from tests.e2e.conftest import log_in

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PASSWORD = "a-long-practice-password"


def test_newcomer_signs_up_fills_profile_enrolls_and_sees_progress(page, live_server, course):
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
    expect(page).to_have_url(re.compile(r"/dashboard/$"))

    page.get_by_role("link", name="Profile").click()
    page.get_by_label("Legal name").fill("Riley Jean Park")
    page.get_by_label("Registered / licensed massage therapist").check()
    page.get_by_role("button", name="Save profile").click()
    expect(page.get_by_text("Registered therapists must give their licence")).to_be_visible()
    expect(page.get_by_label("Legal name")).to_have_value("Riley Jean Park")
    page.get_by_label("Licence or registration number").fill("MA12345")
    page.get_by_label("Jurisdiction (optional)").fill("Florida")
    page.get_by_role("button", name="Save profile").click()
    expect(page.get_by_text("Your CE profile is saved.")).to_be_visible()
    assert LearnerProfile.objects.get(user__email="new.learner@example.com").is_complete

    page.get_by_role("link", name="Courses", exact=True).first.click()
    page.get_by_role("link", name="Trigger Point Techniques").click()
    page.get_by_role("button", name="Enroll").click()
    expect(page.get_by_text("0 of 3 required steps complete (0%)")).to_be_visible()

    page.get_by_role("link", name="Start the first module").click()
    page.get_by_role("button", name="Mark complete and continue").click()
    expect(page.get_by_text("Module complete: Module 1.")).to_be_visible()
    assert ModuleCompletion.objects.filter(user__email="new.learner@example.com").count() == 1

    page.get_by_role("link", name="My learning").click()
    expect(page).to_have_url(re.compile(r"/dashboard/$"))
    expect(page.locator("progress")).to_have_attribute("value", "33")
    expect(page.get_by_text("1 of 3 required steps complete (33%)")).to_be_visible()


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
