import pytest
from django.urls import reverse

from courses.services import enrollment_create, enrollment_touch_module, module_mark_completed

pytestmark = pytest.mark.django_db


def test_dashboard_requires_login(client):
    response = client.get(reverse("dashboard"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_dashboard_lists_progress_and_resume_link(learner_client, learner, course, modules):
    enrollment, _ = enrollment_create(user=learner, course=course)
    module_mark_completed(user=learner, module=modules[0])
    enrollment_touch_module(enrollment=enrollment, module=modules[1])
    response = learner_client.get(reverse("dashboard"))
    html = response.content.decode()
    assert "Continue where you left off" in html
    assert f'href="{modules[1].url}"' in html
    assert '<progress max="100" value="33"' in html
    assert "aria-labelledby" in html
    assert "no-store" in response["Cache-Control"]


def test_no_resume_link_to_a_module_since_unpublished_nor_an_unpublished_course(
    learner_client, learner, course, modules, other_course
):
    enrollment, _ = enrollment_create(user=learner, course=course)
    enrollment_touch_module(enrollment=enrollment, module=modules[1])
    enrollment_create(user=learner, course=other_course)
    assert f'href="{modules[1].url}"' in learner_client.get(reverse("dashboard")).content.decode()

    modules[1].unpublish()
    other_course.unpublish()

    html = learner_client.get(reverse("dashboard")).content.decode()
    assert "Continue where you left off" not in html
    assert course.title in html and other_course.title not in html


def test_completed_course_moves_to_completed(learner_client, learner, course, modules):
    enrollment_create(user=learner, course=course)
    for module in modules:
        module_mark_completed(user=learner, module=module)
    html = learner_client.get(reverse("dashboard")).content.decode()
    completed = html.split("<h2>Completed</h2>")[1]
    assert course.title in completed
    assert "3 of 3 required steps complete (100%)" in completed


def test_optional_modules_do_not_count(learner_client, learner, course, modules):
    modules[2].is_required = False
    modules[2].save_revision().publish()
    enrollment_create(user=learner, course=course)
    module_mark_completed(user=learner, module=modules[0])
    html = learner_client.get(reverse("dashboard")).content.decode()
    assert "1 of 2 required steps complete (50%)" in html


def test_dashboard_shows_only_own_courses(client, learner, other_learner, course):
    enrollment_create(user=other_learner, course=course)
    client.force_login(learner)
    html = client.get(reverse("dashboard")).content.decode()
    assert course.title not in html
    assert "You are not enrolled in any course yet." in html


def test_a_pending_evaluation_keeps_the_course_in_progress_everywhere(
    learner_client, learner, course, modules
):
    course.evaluation_required = True
    course.save_revision().publish()
    enrollment_create(user=learner, course=course)
    for module in modules:
        module_mark_completed(user=learner, module=module)
    dashboard = learner_client.get(reverse("dashboard")).content.decode()
    in_progress = dashboard.split("<h2>Completed</h2>")[0]
    assert course.title in in_progress
    assert "3 of 4 required steps complete (75%)" in in_progress
    course_html = learner_client.get(course.url).content.decode()
    module_html = learner_client.get(modules[0].url).content.decode()
    for html in (course_html, module_html):
        assert "3 of 4 required steps complete (75%)" in html
    assert "Course evaluation: not yet submitted" in course_html

    learner_client.post(course.url + "evaluation/", {"rating": "4", "met_objectives": "on"})
    dashboard = learner_client.get(reverse("dashboard")).content.decode()
    assert course.title in dashboard.split("<h2>Completed</h2>")[1]
    assert "4 of 4 required steps complete (100%)" in dashboard


def test_a_final_exam_counts_on_the_module_page_as_on_the_course_page(
    learner_client, learner, course, modules, final_exam
):
    enrollment_create(user=learner, course=course)
    module_mark_completed(user=learner, module=modules[0])
    for url in (course.url, modules[1].url, reverse("dashboard")):
        html = learner_client.get(url).content.decode()
        assert "1 of 4 required steps complete (25%)" in html, url
