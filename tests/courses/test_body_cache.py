"""A module's body is rendered once per published revision and kept in the shared cache:
learners see every published change at once, previews always show the draft, and a change to
a condition or page the body shows reaches it too."""

import json

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from cms.content_cache import content_changed
from courses.models import ModulePage
from courses.services import enrollment_create
from tests.factories import ModulePageFactory
from tests.factories.courses import paragraphs

pytestmark = pytest.mark.django_db


def body(*blocks) -> str:
    return json.dumps(list(blocks))


def paragraph(text: str) -> dict:
    return {"type": "paragraph", "value": f"<p>{text}</p>"}


@pytest.fixture
def module(course, learner):
    enrollment_create(user=learner, course=course)
    module = ModulePageFactory(parent=course, slug="calf", body=body(paragraph("First words.")))
    module.save_revision().publish()
    return module


def publish(module, *blocks):
    module.refresh_from_db()
    module.body = body(*blocks)
    module.save_revision().publish()


def test_a_published_edit_reaches_learners_at_once(learner_client, module):
    assert "First words." in learner_client.get(module.url).content.decode()

    publish(module, paragraph("Second words."))

    page = learner_client.get(module.url).content.decode()
    assert "Second words." in page and "First words." not in page


def test_a_cached_body_costs_no_rendering_queries(learner_client, learner, course, catalog):
    module = ModulePageFactory(parent=course, body=paragraphs(50, link_to=catalog))
    enrollment_create(user=learner, course=course)
    learner_client.get(module.url)  # the site root and session, as on any running site
    content_changed()  # a new generation: only the body is rendered again
    with CaptureQueriesContext(connection) as cold:
        learner_client.get(module.url)
    with CaptureQueriesContext(connection) as warm:
        page = learner_client.get(module.url).content.decode()

    assert page.count(f'<a href="{catalog.url}">see also</a>') == 50
    assert len(warm) < len(cold), (len(warm), len(cold))  # the page links' query is gone


def test_a_condition_edit_reaches_the_module_that_shows_it(learner_client, module, dvt):
    publish(module, {"type": "condition", "value": {"condition": dvt.pk, "context": ""}})
    assert dvt.signs in learner_client.get(module.url).content.decode()

    dvt.signs = "A calf that is swollen, warm and tender on one side."
    dvt.save()

    page = learner_client.get(module.url).content.decode()
    assert "A calf that is swollen, warm and tender on one side." in page


def test_a_preview_shows_the_draft_not_the_cached_body(learner, learner_client, module):
    learner_client.get(module.url)  # the published body is now cached
    draft = ModulePage.objects.get(pk=module.pk)  # an edit in the editor, not yet published
    draft.body = body(paragraph("Draft words."))
    cookies = "; ".join(f"{name}={morsel.value}" for name, morsel in learner_client.cookies.items())
    request = RequestFactory().get(module.url, HTTP_COOKIE=cookies)

    preview = draft.make_preview_request(original_request=request)
    assert preview.status_code == 200

    assert "Draft words." in preview.content.decode()
    assert "Draft words." not in learner_client.get(module.url).content.decode()
