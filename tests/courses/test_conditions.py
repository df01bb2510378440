"""The conditions library: modules render its guidance, questions cite it, editors see every
page that uses a condition, and an admin report lists clinical reviews that are due."""

import json
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from courses.models import Condition
from quizzes.authoring import question_stream
from tests.factories import ModulePageFactory, QuizPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser(email="a@example.com"))
    return client


def condition_body(condition) -> str:
    return json.dumps(
        [
            {
                "type": "condition",
                "value": {"condition": condition.pk, "context": "Common after long drives."},
            }
        ]
    )


def test_a_module_shows_the_library_guidance(learner_client, enrolled, course, dvt):
    module = ModulePageFactory(parent=course, body=condition_body(dvt))
    html = learner_client.get(module.url).content.decode()
    assert "Suspected deep vein thrombosis: Systemic: no massage today; refer" in html
    assert "No massage today, anywhere on the body." in html  # the category's action
    assert "same-day medical assessment" in html and "Common after long drives." in html
    assert "checked November 20, 2026" in html and "nhs.uk" in html
    dvt.guidance = "<p>Updated wording from the library.</p>"
    dvt.save()
    assert "Updated wording from the library." in learner_client.get(module.url).content.decode()


def test_editors_see_every_module_and_quiz_that_uses_a_condition(admin_client, course, dvt):
    module = ModulePageFactory(parent=course, title="Circulation", body=condition_body(dvt))
    question = (
        "true_false",
        {"prompt": "<p>Massage the other leg today.</p>", "correct": False, "conditions": [dvt.pk]},
    )
    quiz = QuizPageFactory(
        parent=module, title="Circulation quiz", questions=json.dumps(question_stream([question]))
    )
    for page in (module, quiz):
        page.save_revision().publish()  # publishing updates Wagtail's reference index
    url = reverse("wagtailsnippets_courses_condition:usage", args=[dvt.pk])
    html = admin_client.get(url).content.decode()
    assert "Circulation" in html and "Circulation quiz" in html


def test_the_review_due_report_lists_what_is_overdue(admin_client, course, dvt):
    stale = Condition.objects.create(
        name="Varicose veins",
        slug="varicose-veins",
        category="local",
        signs="Bulging veins.",
        guidance="<p>No direct pressure.</p>",
        sources="[]",
        review_due=timezone.localdate() - timedelta(days=3),
    )
    module = ModulePageFactory(
        parent=course, title="Old module", review_due=timezone.localdate() - timedelta(days=40)
    )
    html = admin_client.get(reverse("clinical_review_report")).content.decode()
    assert stale.name in html and module.title in html and "Overdue" in html
    assert dvt.name not in html  # due in a year
    assert html.index(module.title) < html.index(stale.name)  # oldest first


def test_conditions_have_one_category_each_with_its_own_action():
    from courses.models.conditions import ACTIONS, ConditionCategory

    assert set(ACTIONS) == set(ConditionCategory)
    assert len({str(action) for action in ACTIONS.values()}) == len(ConditionCategory)
