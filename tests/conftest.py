import pytest
from django.core.cache import cache
from hypothesis import settings as hypothesis_settings
from wagtail.models import Locale, Page, Site

from cms.models import HomePage
from tests.factories import (
    CourseIndexPageFactory,
    CoursePageFactory,
    LearnerProfileFactory,
    ModulePageFactory,
    UserFactory,
)

# Timing varies on shared CI machines; correctness, not speed, is what properties check.
hypothesis_settings.register_profile("suite", deadline=None, max_examples=200)
hypothesis_settings.load_profile("suite")


@pytest.fixture(autouse=True)
def _clear_cache():
    # Rate-limit counters and rendition lookups live in the cache; start every test clean.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def home(db) -> HomePage:
    """The minimal site: a HomePage as the default site's root."""
    # Transactional tests flush the tree and locales that migrations created; rebuild them.
    Locale.objects.get_or_create(language_code="en")
    root = Page.get_first_root_node() or Page.add_root(title="Root", slug="root")
    home = root.add_child(instance=HomePage(title="Home", slug="home-test"))
    Site.objects.all().delete()
    Site.objects.create(hostname="testserver", port=80, root_page=home, is_default_site=True)
    return home


@pytest.fixture
def catalog(home):
    return CourseIndexPageFactory(parent=home)


@pytest.fixture
def course(catalog):
    course = CoursePageFactory(parent=catalog, title="Trigger Point Techniques")
    for n in range(3):
        ModulePageFactory(parent=course, title=f"Module {n + 1}", slug=f"module-{n + 1}")
    return course


@pytest.fixture
def modules(course):
    from courses.models import ModulePage

    return list(ModulePage.objects.child_of(course).order_by("path"))


@pytest.fixture
def learner(db):
    return LearnerProfileFactory().user


@pytest.fixture
def other_learner(db):
    return LearnerProfileFactory().user


@pytest.fixture
def learner_client(client, learner):
    client.force_login(learner)
    return client


@pytest.fixture
def editor(db):
    from django.contrib.auth.models import Group

    user = UserFactory(is_staff=True)
    user.groups.add(Group.objects.get_or_create(name="Editors")[0])
    return user
