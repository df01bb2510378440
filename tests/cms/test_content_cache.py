"""What pages read from published content is kept per content generation
(`cms.content_cache`): cheap on every request, and never stale. Each change a learner or
visitor would notice reaches the next request."""

import pytest
from django.core.cache import cache
from wagtail.models import PageViewRestriction

from cms.content_cache import (
    GENERATION_KEY,
    content_changed,
    content_generation,
    remembered,
    remembered_each,
)
from cms.models import ProviderSettings
from tests.conftest import committed
from tests.factories import ModulePageFactory

pytestmark = pytest.mark.django_db


def test_a_new_published_module_is_in_the_outline_and_served_at_once(
    learner_client, enrolled, course, modules
):
    assert learner_client.get(course.url).status_code == 200  # outline and addresses kept
    added = ModulePageFactory(parent=course, title="Lymphatic drainage", slug="lymph", live=False)
    assert learner_client.get(added.url).status_code == 404

    added.save_revision().publish()

    assert "Lymphatic drainage" in learner_client.get(course.url).content.decode()
    assert learner_client.get(added.url).status_code == 200


def test_an_unpublished_module_leaves_the_outline_and_its_address_at_once(
    learner_client, enrolled, course, modules
):
    module = modules[1]
    assert learner_client.get(module.url).status_code == 200
    assert module.title in learner_client.get(course.url).content.decode()

    module.unpublish()

    assert learner_client.get(module.url).status_code == 404
    assert module.title not in learner_client.get(course.url).content.decode()


def test_a_renamed_slug_moves_the_page_at_once(learner_client, enrolled, modules):
    module = modules[0]
    old = module.url
    assert learner_client.get(old).status_code == 200
    module.slug = "renamed"
    module.save_revision().publish()
    module.refresh_from_db()

    assert learner_client.get(old).status_code == 404
    assert learner_client.get(module.url).status_code == 200


def test_the_footer_shows_the_provider_as_just_saved(client, home):
    assert client.get(home.url).status_code == 200
    provider = ProviderSettings.load()
    provider.name = "Harbour Massage Education"
    provider.save()

    assert "Harbour Massage Education" in client.get(home.url).content.decode()


def test_a_view_restriction_applies_from_the_next_request(client, course):
    assert client.get(course.url).status_code == 200  # no restriction anywhere: none read
    PageViewRestriction.objects.create(page=course, restriction_type=PageViewRestriction.LOGIN)

    response = client.get(course.url)
    assert response.status_code == 302 and "login/?next=" in response["Location"]


def test_another_process_changing_content_empties_this_ones_memory(db):
    assert remembered("outline", lambda: "first") == "first"
    assert remembered("outline", lambda: "not read") == "first"
    cache.set(GENERATION_KEY, "set by another process")
    assert remembered("outline", lambda: "second") == "second"


def test_a_change_starts_a_generation_again_when_committed(db):
    """A request that read the content while the change was not yet committed may have kept
    it under the generation the change started: the commit starts another."""
    before = content_generation()
    with committed():
        content_changed()
        during = content_generation()
    assert len({before, during, content_generation()}) == 3


def test_many_are_remembered_each_on_its_own_and_read_in_one_go(db):
    reads = []

    def read(ids):
        reads.append(ids)
        return {pk: pk * 10 for pk in ids}

    assert remembered_each("steps", [1, 2], read) == {1: 10, 2: 20}
    assert remembered_each("steps", [2, 3], read) == {2: 20, 3: 30}
    assert reads == [[1, 2], [3]]
