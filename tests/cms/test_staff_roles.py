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
    explained = [c for c in quiz.questions if c.value.get("explanation")]
    assert explained  # the fixture quiz explains its questions
    for child in explained:
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


def test_submitting_a_new_page_right_after_its_autosave_submits_that_page(
    client, instructor, course, catalog
):
    """The editor autosaves a new page, then the author's "Submit" arrives before the form
    knew of it: the submission goes to the autosaved page, which goes to review."""
    client.force_login(instructor)
    add = reverse("wagtailadmin_pages:add", args=["courses", "modulepage", course.pk])
    data = nested_form_data(
        {
            "title": "Draping and consent",
            "slug": "draping-and-consent",
            "body": streamfield([("paragraph", rich_text("<p>Explain the draping first.</p>"))]),
            "required": "on",
        }
    )
    autosave = client.post(add, data, HTTP_ACCEPT="application/json")
    assert autosave.status_code == 200 and autosave.json()["success"]

    submitted = client.post(add, {**data, "action-submit": "Submit"})
    assert submitted.status_code == 307
    page = ModulePage.objects.get(slug="draping-and-consent")
    assert submitted["Location"] == edit_url(page)
    followed = client.post(submitted["Location"], {**data, "action-submit": "Submit"}, follow=True)
    assert followed.status_code == 200
    assert ModulePage.objects.filter(slug="draping-and-consent").count() == 1
    assert WorkflowState.objects.get(object_id=str(page.pk)).status == "in_progress"
    assert "submitted for moderation" in followed.content.decode()


def test_a_page_of_the_same_slug_by_someone_else_is_still_refused(
    client, instructor, course, catalog
):
    from tests.factories import ModulePageFactory

    ModulePageFactory(parent=course, slug="taken", title="Taken")
    client.force_login(instructor)
    add = reverse("wagtailadmin_pages:add", args=["courses", "modulepage", course.pk])
    data = nested_form_data(
        {"title": "Taken", "slug": "taken", "body": streamfield([]), "action-submit": "Submit"}
    )
    response = client.post(add, data)
    assert response.status_code == 200
    assert "already in use" in response.content.decode()


def test_when_the_autosave_saves_first_during_the_submission_there_is_no_500(
    client, instructor, course, catalog, monkeypatch
):
    """Both requests validated the free slug; the autosave's page is saved while the
    submission is between validation and save (forced here by running the autosave at that
    moment). The submission is re-sent to the autosaved page's editor instead of a 500."""
    from wagtail.admin.views.pages.create import CreateView

    from courses.models import ModulePage as Module

    original = CreateView.form_valid

    def autosave_lands_first(view, form):
        autosaved = Module(title="Draping", slug="draping", owner=instructor, live=False)
        course.add_child(instance=autosaved)
        autosaved.save_revision(user=instructor)
        return original(view, form)

    monkeypatch.setattr(CreateView, "form_valid", autosave_lands_first)
    client.force_login(instructor)
    client.raise_request_exception = False
    add = reverse("wagtailadmin_pages:add", args=["courses", "modulepage", course.pk])
    data = nested_form_data(
        {
            "title": "Draping",
            "slug": "draping",
            "body": streamfield([("paragraph", rich_text("<p>Explain it first.</p>"))]),
            "required": "on",
            "action-submit": "Submit",
        }
    )
    response = client.post(add, data)
    assert response.status_code == 307
    assert response["Location"] == edit_url(Module.objects.get(slug="draping"))
