"""Page cost is flat: the query count does not grow with content size."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses.services import enrollment_create, module_mark_completed
from tests.factories import CoursePageFactory, ModulePageFactory
from tests.factories.courses import paragraphs

pytestmark = pytest.mark.django_db

# With the site, page addresses and course outlines kept per content generation
# (cms.content_cache) and the session in the cache, a learner's page reads the user and their
# own records: here the enrollment and completed modules (the course has no final exam and no
# evaluation; each would add one).
MODULE_PAGE_BUDGET = 3
COURSE_PAGE_BUDGET = 4  # + its instructors
CATALOG_BUDGET = 5  # + the course cards' image renditions, in one query
DASHBOARD_BUDGET = 4


def count_queries(client, url: str) -> int:
    client.get(url)  # warm the site-root and rendition caches, as on any running site
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(ctx.captured_queries)


def build_course(catalog, learner, *, modules: int, blocks: int = 5):
    course = CoursePageFactory(parent=catalog)
    pages = [
        ModulePageFactory(parent=course, body=paragraphs(blocks, link_to=catalog))
        for _ in range(modules)
    ]
    enrollment_create(user=learner, course=course)
    for page in pages[: modules // 2]:
        module_mark_completed(user=learner, module=page)
    return course, pages


def test_module_page_queries_do_not_grow_with_blocks(learner_client, learner, catalog):
    _, small = build_course(catalog, learner, modules=3, blocks=5)
    _, large = build_course(catalog, learner, modules=3, blocks=100)
    counts = [
        count_queries(learner_client, small[1].url),
        count_queries(learner_client, large[1].url),
    ]
    assert counts[0] == counts[1], counts
    assert counts[0] <= MODULE_PAGE_BUDGET, counts


def test_module_page_renders_every_page_link(learner_client, learner, catalog):
    _, pages = build_course(catalog, learner, modules=1, blocks=20)
    html = learner_client.get(pages[0].url).content.decode()
    assert html.count(f'<a href="{catalog.url}">see also</a>') == 20


def test_module_page_queries_do_not_grow_with_modules(learner_client, learner, catalog):
    _, small = build_course(catalog, learner, modules=3)
    _, large = build_course(catalog, learner, modules=30)
    counts = [
        count_queries(learner_client, small[1].url),
        count_queries(learner_client, large[1].url),
    ]
    assert counts[0] == counts[1], counts


def test_course_page_queries_do_not_grow_with_modules(learner_client, learner, catalog):
    small, _ = build_course(catalog, learner, modules=3)
    large, _ = build_course(catalog, learner, modules=30)
    counts = [count_queries(learner_client, small.url), count_queries(learner_client, large.url)]
    assert counts[0] == counts[1], counts
    assert counts[0] <= COURSE_PAGE_BUDGET, counts


def test_catalog_queries_do_not_grow_with_courses(client, learner, catalog):
    import re

    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    from courses.selectors import CARD_IMAGE_SPEC

    courses = []

    def add_courses_with_covers(count):
        for _ in range(count):
            course, _ = build_course(catalog, learner, modules=1)
            # An image of its own per course, so every card needs a rendition of its own.
            course.cover_image = get_image_model().objects.create(
                title=f"Cover of {course.title}",
                file=get_test_image_file(filename=f"{course.slug}.png"),
            )
            course.save_revision().publish()
            courses.append(course)

    def catalog_image_sources():
        return re.findall(r'<img\b[^>]*\bsrc="([^"]+)"', client.get(catalog.url).content.decode())

    def card_rendition_urls():
        return [course.cover_image.get_rendition(CARD_IMAGE_SPEC).url for course in courses]

    add_courses_with_covers(1)
    small = count_queries(client, catalog.url)
    assert catalog_image_sources() == card_rendition_urls()

    add_courses_with_covers(29)
    large = count_queries(client, catalog.url)
    sources = catalog_image_sources()
    assert len(sources) == 30, sources
    assert sources == card_rendition_urls()

    assert small == large, (small, large)
    assert small <= CATALOG_BUDGET, small


def test_dashboard_queries_do_not_grow_with_enrollments(learner_client, learner, catalog):
    build_course(catalog, learner, modules=2)
    small = count_queries(learner_client, reverse("dashboard"))
    for _ in range(49):
        build_course(catalog, learner, modules=2)
    large = count_queries(learner_client, reverse("dashboard"))
    assert small == large, (small, large)
    assert small <= DASHBOARD_BUDGET, small
