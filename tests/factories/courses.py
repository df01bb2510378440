import json
from decimal import Decimal

import factory
import wagtail_factories

from courses.models import (
    CourseIndexPage,
    CoursePage,
    Enrollment,
    ModuleCompletion,
    ModulePage,
    Topic,
)
from tests.factories.accounts import UserFactory


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Topic
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.Sequence(lambda n: f"topic-{n}")


class CourseIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CourseIndexPage

    title = "Courses"
    slug = "courses"


class CoursePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CoursePage

    title = factory.Sequence(lambda n: f"Course {n}")
    slug = factory.Sequence(lambda n: f"course-{n}")
    summary = "A practical course."
    topic = factory.SubFactory(TopicFactory)
    ce_hours = Decimal("3.00")
    # Courses require an evaluation by default; tests that are about the evaluation turn it on.
    evaluation_required = False


def paragraphs(count: int, *, link_to=None) -> str:
    """A module body of `count` paragraphs; each links to `link_to` (a page) if given."""
    link = f'<a linktype="page" id="{link_to.pk}">see also</a>' if link_to else ""
    return json.dumps(
        [{"type": "paragraph", "value": f"<p>Paragraph {i}. {link}</p>"} for i in range(count)]
    )


class ModulePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ModulePage

    title = factory.Sequence(lambda n: f"Module {n}")
    slug = factory.Sequence(lambda n: f"module-{n}")
    body = factory.LazyFunction(lambda: paragraphs(3))
    minutes_override = 30
    is_required = True


class EnrollmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Enrollment

    user = factory.SubFactory(UserFactory)
    course = factory.SubFactory(CoursePageFactory)


class ModuleCompletionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ModuleCompletion

    user = factory.SubFactory(UserFactory)
    module = factory.SubFactory(ModulePageFactory)
    course = factory.LazyAttribute(lambda completion: completion.module.get_parent().specific)
