import re

import pytest
from django.core import mail

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
    page.wait_for_url(re.compile(r"/accounts/confirm-email/$"))

    link = re.search(r"https?://[^/\s]+(/accounts/confirm-email/\S+)", mail.outbox[-1].body)
    page.goto(base + link.group(1))
    page.get_by_role("button", name="Confirm").click()
    page.wait_for_url(re.compile(r"/dashboard/$"))

    page.get_by_role("link", name="Profile").click()
    page.get_by_label("Legal name").fill("Riley Jean Park")
    page.get_by_label("Registered / licensed massage therapist").check()
    page.get_by_role("button", name="Save profile").click()
    assert page.get_by_text("Registered therapists must give their licence").is_visible()
    assert page.get_by_label("Legal name").input_value() == "Riley Jean Park"
    page.get_by_label("Licence or registration number").fill("MA12345")
    page.get_by_label("Jurisdiction (optional)").fill("Florida")
    page.get_by_role("button", name="Save profile").click()
    assert page.get_by_text("Your CE profile is saved.").is_visible()
    assert LearnerProfile.objects.get(user__email="new.learner@example.com").is_complete

    page.get_by_role("link", name="Courses", exact=True).first.click()
    page.get_by_role("link", name="Trigger Point Techniques").click()
    page.get_by_role("button", name="Enroll").click()
    assert page.get_by_text("0 of 3 required modules complete (0%)").is_visible()

    page.get_by_role("link", name="Start the first module").click()
    page.get_by_role("button", name="Mark complete and continue").click()
    assert page.get_by_text("Module complete: Module 1.").is_visible()
    assert ModuleCompletion.objects.filter(user__email="new.learner@example.com").count() == 1

    page.get_by_role("link", name="My learning").click()
    bar = page.locator("progress")
    assert bar.get_attribute("value") == "33"
    assert page.get_by_text("1 of 3 required modules complete (33%)").is_visible()


def test_keyboard_user_can_skip_to_content_and_enroll(page, live_server, learner, course):
    log_in(page, live_server, learner)
    page.goto(live_server.url + course.url)
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent")
    assert focused.strip() == "Skip to main content"
    page.keyboard.press("Enter")
    # Tab from main content reaches the Enroll button and Enter submits it.
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent.trim()") == "Enroll":
            break
    assert page.evaluate("document.activeElement.textContent.trim()") == "Enroll"
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.get_by_text("You are enrolled in Trigger Point Techniques.").is_visible()
