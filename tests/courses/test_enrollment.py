import pytest
from django.urls import reverse

from courses.models import Enrollment, ModuleCompletion
from courses.services import enrollment_create
from tests.factories import CoursePageFactory, ModuleCompletionFactory

pytestmark = pytest.mark.django_db


def test_anonymous_enroll_redirects_to_login(client, course):
    response = client.post(course.url + "enroll/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert not Enrollment.objects.exists()


def test_enroll_creates_one_enrollment_and_shows_progress(learner_client, learner, course):
    response = learner_client.post(course.url + "enroll/", follow=True)
    assert response.status_code == 200
    assert "You are enrolled in Trigger Point Techniques." in response.content.decode()
    assert Enrollment.objects.filter(user=learner, course=course, is_active=True).count() == 1
    assert b"0 of 3 required steps complete (0%)" in response.content


def test_enrolling_twice_keeps_one_row(learner_client, learner, course):
    learner_client.post(course.url + "enroll/")
    response = learner_client.post(course.url + "enroll/", follow=True)
    assert response.status_code == 200
    assert "already enrolled" in response.content.decode()
    assert Enrollment.objects.filter(user=learner).count() == 1


def test_enroll_by_get_is_refused(learner_client, course):
    assert learner_client.get(course.url + "enroll/").status_code == 405
    assert not Enrollment.objects.exists()


def test_unmet_prerequisite_refuses_enrollment_with_message(
    learner_client, learner, catalog, course
):
    advanced = CoursePageFactory(parent=catalog, title="Advanced Techniques")
    advanced.prerequisites.set([course])
    advanced.save_revision().publish()
    page = learner_client.get(advanced.url).content.decode()
    assert "Complete these courses first" in page
    assert "Trigger Point Techniques" in page

    response = learner_client.post(advanced.url + "enroll/")
    assert response.status_code == 409
    assert "Complete Trigger Point Techniques before enrolling" in response.content.decode()
    assert not Enrollment.objects.filter(course=advanced).exists()


def test_met_prerequisite_allows_enrollment(learner, catalog, course, modules):
    advanced = CoursePageFactory(parent=catalog)
    advanced.prerequisites.set([course])
    advanced.save_revision().publish()
    enrollment_create(user=learner, course=course)
    for module in modules:
        ModuleCompletionFactory(user=learner, module=module)
    enrollment, created = enrollment_create(user=learner, course=advanced)
    assert created and enrollment.is_active


def test_unenroll_keeps_progress_for_return(learner_client, learner, course, modules):
    learner_client.post(course.url + "enroll/")
    learner_client.post(modules[0].url + "complete/")
    response = learner_client.post(course.url + "unenroll/", follow=True)
    assert "Your progress is kept" in response.content.decode()
    assert not Enrollment.objects.get(user=learner, course=course).is_active
    assert ModuleCompletion.objects.filter(user=learner).count() == 1
    assert b"My learning" in learner_client.get(reverse("dashboard")).content
    assert course.title.encode() not in learner_client.get(reverse("dashboard")).content

    response = learner_client.post(course.url + "enroll/", follow=True)
    assert b"1 of 3 required steps complete (33%)" in response.content
    assert Enrollment.objects.filter(user=learner).count() == 1
