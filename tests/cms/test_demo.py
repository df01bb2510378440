import re

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils.html import strip_tags

from cms.models import HomePage, User
from courses.models import CoursePage, Enrollment, ModuleCompletion, ModulePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(db):
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115


def test_load_demo_is_idempotent(demo):
    counts = (User.objects.count(), CoursePage.objects.count(), ModulePage.objects.count())
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert counts == (
        User.objects.count(),
        CoursePage.objects.count(),
        ModulePage.objects.count(),
    )
    assert HomePage.objects.count() == 1


def test_demo_has_a_course_per_topic_with_real_modules(demo):
    titles = " | ".join(CoursePage.objects.live().values_list("title", flat=True))
    for word in ("Techniques", "Assessment", "Contraindications", "Professional Standards"):
        assert word in titles
    for course in CoursePage.objects.live():
        modules = ModulePage.objects.live().child_of(course)
        assert 3 <= modules.count() <= 5, course.title
        assert course.ce_hours > 0 and course.approval_number and course.learning_objectives
        for module in modules:
            words = len(strip_tags(module.body.render_as_block()).split())
            assert words >= 300, (module.title, words)


@pytest.mark.parametrize(
    "email",
    ["learner@example.com", "student@example.com", "instructor@example.com", "admin@example.com"],
)
def test_demo_users_log_in_with_the_published_password(client, demo, email):
    response = client.post(reverse("account_login"), {"login": email, "password": "therapy-demo"})
    assert response.status_code == 302, response.content.decode()[:500]


def test_demo_learner_is_partway_through_one_of_two_courses(client, demo):
    learner = User.objects.get(email="learner@example.com")
    assert Enrollment.objects.filter(user=learner, is_active=True).count() == 2
    assert ModuleCompletion.objects.filter(user=learner).count() == 2
    client.force_login(learner)
    html = client.get(reverse("dashboard")).content.decode()
    assert "Continue where you left off" in html
    values = sorted(re.findall(r'<progress max="100" value="(\d+)"', html))
    assert values[0] == "0" and values[1] == "66", values  # 2 of 3 required modules


def test_demo_pages_render(client, demo):
    assert "Browse courses" in client.get("/").content.decode()
    catalog = client.get("/courses/")
    assert catalog.status_code == 200
    for course in CoursePage.objects.live():
        assert client.get(course.url).status_code == 200
    client.force_login(User.objects.get(email="learner@example.com"))
    for module in ModulePage.objects.live():
        response = client.get(module.url)
        assert response.status_code in (200, 302), module.url


def test_instructor_reaches_the_admin(client, demo):
    client.force_login(User.objects.get(email="instructor@example.com"))
    assert client.get("/admin/").status_code == 200
