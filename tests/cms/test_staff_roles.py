"""Roles in the admin: instructors author their own courses, reviewers approve clinical
content through the "Clinical review" workflow, staff set up two-factor authentication."""

import pytest
from allauth.mfa.models import Authenticator
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Page, WorkflowState
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from courses.models import ModulePage
from courses.roles import REVIEWERS, catalog_require_review
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def test_the_roles_exist_with_what_they_need():
    instructors = Group.objects.get(name="Instructors")
    assert instructors.permissions.filter(codename="access_admin").exists()
    assert not instructors.page_permissions.exists()  # pages come with a course team
    reviewers = Group.objects.get(name="Reviewers")
    assert reviewers.permissions.filter(codename="change_condition").exists()
    administrators = Group.objects.get(name="Administrators")
    assert administrators.page_permissions.filter(permission__codename="publish_page").exists()
    assert administrators.permissions.filter(codename="change_certificate").exists()


def test_an_instructor_edits_their_course_and_not_another(client, instructor, course, other_course):
    client.force_login(instructor)
    own_module = ModulePage.objects.child_of(course).first()
    assert client.get(edit_url(own_module)).status_code == 200
    other_module = ModulePage.objects.child_of(other_course).first()
    response = client.get(edit_url(other_module))
    assert response.status_code in (302, 403)
    assert "Positioning" not in client.get(edit_url(own_module)).content.decode()
    explorer = client.get(reverse("wagtailadmin_explore", args=[other_course.pk]))
    assert explorer.status_code in (302, 403)


def test_an_instructor_cannot_publish_and_a_reviewer_approves(client, instructor, course, catalog):
    catalog_require_review(catalog)
    reviewer = UserFactory(is_staff=True)
    reviewer.groups.add(Group.objects.get(name=REVIEWERS))
    module = ModulePage.objects.child_of(course).first()
    client.force_login(instructor)
    form = client.get(edit_url(module)).content.decode()
    assert "action-publish" not in form
    assert "action-submit" in form

    data = nested_form_data(
        {
            "title": "Module 1, corrected",
            "slug": module.slug,
            "body": streamfield([("paragraph", rich_text("<p>Corrected.</p>"))]),
            "required": "on",
            "action-submit": "Submit to Clinical review",
        }
    )
    response = client.post(edit_url(module), data)
    assert response.status_code == 302, response.context["form"].errors
    state = WorkflowState.objects.get(object_id=str(module.pk))
    assert state.workflow.name == "Clinical review"
    assert Page.objects.get(pk=module.pk).title == "Module 1"  # not live yet

    client.force_login(reviewer)
    task_state = state.current_task_state
    action = reverse(
        "wagtailadmin_pages:workflow_action", args=[module.pk, "approve", task_state.pk]
    )
    response = client.post(action, {"comment": "Checked against the library."})
    assert response.status_code == 302
    assert Page.objects.get(pk=module.pk).title == "Module 1, corrected"


def test_staff_must_set_up_two_factor_authentication_when_required(client, settings, instructor):
    settings.STAFF_REQUIRE_MFA = True
    client.force_login(instructor)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_activate_totp")
    Authenticator.objects.create(user=instructor, type=Authenticator.Type.TOTP, data={})
    assert client.get("/admin/").status_code == 200


def test_development_demo_logins_reach_the_admin_without_two_factor(client, instructor):
    client.force_login(instructor)
    assert client.get("/admin/").status_code == 200


def test_the_admin_sends_nothing_to_gravatar(client, instructor):
    client.force_login(instructor)
    html = client.get("/admin/").content.decode()
    assert "gravatar" not in html.lower()


def test_quiz_preview_as_a_learner_hides_the_key(client, instructor, quiz):
    client.force_login(instructor)
    url = reverse("wagtailadmin_pages:view_draft", args=[quiz.pk])
    html = client.get(url).content.decode()
    assert "Preview of one attempt as a learner sees it" in html
    assert "explanation" not in html.lower()
    assert "Correct answer" not in html


def test_quiz_preview_with_the_key_shows_every_question_answered(instructor, quiz):
    html = quiz.make_preview_request(preview_mode="key").content.decode()
    assert "Preview with the answer key" in html
    for child in quiz.questions:
        if child.value.get("explanation"):
            assert child.value["explanation"].source[3:30] in html


def test_a_pool_is_previewed_whole_with_the_key(make_quiz):
    from tests.factories.quizzes import true_false_questions

    quiz = make_quiz(
        [("question_pool", {"title": "Pool", "draw": 1, "questions": true_false_questions(4)})]
    )
    html = quiz.make_preview_request(preview_mode="key").content.decode()
    assert "all 4 questions" in html
    learner_view = quiz.make_preview_request().content.decode()
    assert learner_view.count('type="radio"') == 2  # one true/false question drawn


def test_quiz_settings_have_their_own_tab_in_plain_words(client, instructor, quiz):
    client.force_login(instructor)
    html = client.get(edit_url(quiz)).content.decode()
    assert "Quiz settings" in html
    for label in ("Pass mark (%)", "Attempts allowed", "Which attempt counts", "Time limit"):
        assert label in html


def test_a_new_course_gets_a_team_and_a_new_catalog_requires_review(home):
    from wagtail.models import WorkflowPage

    from courses.roles import course_team
    from tests.factories import CourseIndexPageFactory, CoursePageFactory

    catalog = CourseIndexPageFactory(parent=home)
    assert WorkflowPage.objects.get(page=catalog).workflow.name == "Clinical review"
    course = CoursePageFactory(parent=catalog)
    team = course_team(course)
    assert set(team.page_permissions.values_list("permission__codename", flat=True)) == {
        "add_page",
        "change_page",
        "lock_page",
        "unlock_page",
    }
