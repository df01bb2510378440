import re

import pytest

from tests.factories import CoursePageFactory, TopicFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def topics():
    return TopicFactory(name="Techniques", slug="techniques"), TopicFactory(
        name="Contraindications", slug="contraindications"
    )


def test_catalog_lists_published_courses_with_details(client, catalog, topics):
    CoursePageFactory(parent=catalog, title="Deep Tissue Techniques", topic=topics[0])
    draft = CoursePageFactory(parent=catalog, title="Unfinished Draft", topic=topics[0])
    draft.unpublish()
    html = client.get(catalog.url).content.decode()
    assert "Deep Tissue Techniques" in html
    assert "Unfinished Draft" not in html
    assert "CE hours" in html and "Home study" in html and "Introductory" in html


def test_catalog_filters_by_topic(client, catalog, topics):
    CoursePageFactory(parent=catalog, title="Deep Tissue Techniques", topic=topics[0])
    CoursePageFactory(parent=catalog, title="Red Flags in Practice", topic=topics[1])
    html = client.get(catalog.url, {"topic": "contraindications"}).content.decode()
    assert "Red Flags in Practice" in html
    assert "Deep Tissue Techniques" not in html
    # The count a learner reads above the list: singular, and naming the topic chosen.
    assert re.search(r'role="status">\s*1 course · Contraindications\s*</p>', html)


def test_unknown_topic_shows_all_courses(client, catalog, topics):
    CoursePageFactory(parent=catalog, title="Deep Tissue Techniques", topic=topics[0])
    response = client.get(catalog.url, {"topic": "<script>"})
    assert response.status_code == 200
    assert "Deep Tissue Techniques" in response.content.decode()


def test_course_page_shows_hours_exactly_and_enroll_button(client, catalog, topics):
    from decimal import Decimal

    course = CoursePageFactory(parent=catalog, ce_hours=Decimal("2.75"), topic=topics[0])
    html = client.get(course.url).content.decode()
    assert "2.75" in html
    assert ">Enroll</button>" in html
