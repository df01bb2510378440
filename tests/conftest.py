import json
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.test import TestCase
from django.utils import timezone
from hypothesis import settings as hypothesis_settings
from wagtail.models import Locale, Page, Site

from cms.models import HomePage
from courses.models import Condition
from quizzes.authoring import question_stream
from tests.factories import (
    CourseIndexPageFactory,
    CoursePageFactory,
    LearnerProfileFactory,
    ModulePageFactory,
    QuizPageFactory,
    UserFactory,
)
from tests.factories.quizzes import key_answers, true_false_questions

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


@pytest.fixture
def instructor(course):
    """An instructor on `course`'s team, and on no other course."""
    from courses.roles import instructor_assign

    user = UserFactory(email="instructor@example.com")
    instructor_assign(user=user, course=course)
    return user


@pytest.fixture
def other_course(catalog):
    """A second course, with one module, that `instructor` does not teach."""
    other = CoursePageFactory(parent=catalog, title="Prenatal Massage", slug="prenatal-massage")
    ModulePageFactory(parent=other, title="Positioning", slug="positioning")
    return other


@pytest.fixture
def enrolled(learner, course):
    from courses.services import enrollment_create

    return enrollment_create(user=learner, course=course)[0]


@pytest.fixture
def quiz(modules):
    """A module quiz with one question of every type, under the first module."""
    return QuizPageFactory(parent=modules[0], title="Module 1 quiz", slug="quiz")


@pytest.fixture
def make_quiz(modules):
    """Make a module quiz under the first module from `(type, value)` questions."""

    def make(questions, **settings):
        return QuizPageFactory(
            parent=modules[0], questions=json.dumps(question_stream(questions)), **settings
        )

    return make


@pytest.fixture
def final_exam(course):
    return QuizPageFactory(
        parent=course,
        slug="final-exam",
        title="Final exam",
        questions=json.dumps(question_stream(true_false_questions(3))),
    )


def committed():
    """Run what the code under test queues with `transaction.on_commit` when the block ends,
    as the commit at the end of a real request would: a test's own transaction never commits.
    """
    return TestCase.captureOnCommitCallbacks(execute=True)


def submit(user, quiz, *, right=True):
    """Start an attempt and submit it with every answer right (or none), then commit."""
    from quizzes.services import attempt_start, attempt_submit

    with committed():
        attempt, _ = attempt_start(user=user, quiz=quiz)
        answers = key_answers(attempt.snapshot) if right else {}
        return attempt_submit(attempt=attempt, answers=answers)


@pytest.fixture
def complete_course(learner, course, modules, final_exam):
    """Finish every requirement of `course` for `learner`; returns a function to run it."""
    from courses.services import enrollment_create, module_mark_completed

    def complete(user=learner):
        with committed():
            enrollment_create(user=user, course=course)
            for module in modules:
                module_mark_completed(user=user, module=module)
        submit(user, final_exam)

    return complete


@pytest.fixture
def dvt(db):
    """A condition of the library as reviewers write it, with its source."""
    return Condition.objects.create(
        name="Suspected deep vein thrombosis",
        slug="deep-vein-thrombosis",
        category="postpone",
        referral="same_day",
        signs="One swollen, warm, tender calf after a long flight.",
        guidance="<p>No massage today; same-day medical assessment.</p>",
        sources=json.dumps(
            [
                {
                    "type": "source",
                    "value": {
                        "title": "Deep vein thrombosis",
                        "publisher": "NHS",
                        "url": "https://www.nhs.uk/conditions/deep-vein-thrombosis-dvt/",
                        "checked": "2026-11-20",
                    },
                }
            ]
        ),
        review_due=timezone.localdate() + timedelta(days=365),
    )
