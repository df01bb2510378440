"""Each factory builds a valid object with the fields the rest of the suite relies on."""

import datetime
import re
from decimal import Decimal

import pytest
from allauth.account.models import EmailAddress

from certificates.models import Certificate
from cms.models import LearnerProfile, LearnerType, User
from courses.models import CoursePage, Enrollment, ModuleCompletion, ModulePage, Topic
from quizzes.models import QuizPage
from tests import factories
from tests.factories.accounts import PASSWORD

pytestmark = pytest.mark.django_db


def test_every_factory_has_a_smoke_test():
    tested = {
        name.removeprefix("test_").replace("_", "")
        for name in globals()
        if name.startswith("test_") and name.endswith("_factory")
    }
    assert {name.lower() for name in factories.__all__} <= tested


def test_user_factory():
    user = User.objects.get(pk=factories.UserFactory().pk)
    user.full_clean()
    assert re.fullmatch(r"learner\d+@example\.com", user.email)
    assert user.first_name and user.last_name
    assert user.check_password(PASSWORD)
    assert EmailAddress.objects.filter(
        user=user, email=user.email, primary=True, verified=True
    ).exists()
    assert factories.UserFactory().email != user.email


def test_learner_profile_factory():
    profile = LearnerProfile.objects.get(pk=factories.LearnerProfileFactory().pk)
    profile.full_clean()
    user = profile.user
    assert user.email and EmailAddress.objects.get(user=user).verified
    assert profile.legal_name == f"{user.first_name} {user.last_name}"
    assert profile.learner_type == LearnerType.THERAPIST
    assert profile.designation == "LMT"
    assert re.fullmatch(r"MA\d{5}", profile.licence_number)
    assert profile.licensing_body and profile.jurisdiction == "Florida"
    # A complete profile is what lets a certificate be issued without waiting.
    assert profile.is_complete, profile.missing_fields()


def test_topic_factory():
    topic = Topic.objects.get(pk=factories.TopicFactory().pk)
    topic.full_clean()
    assert topic.name and topic.slug
    other = factories.TopicFactory()
    assert (other.name, other.slug) != (topic.name, topic.slug)
    # Looked up by slug, so a test naming a topic twice gets one row.
    assert factories.TopicFactory(slug=topic.slug).pk == topic.pk


def test_course_index_page_factory(home):
    index = factories.CourseIndexPageFactory(parent=home)
    index.full_clean()
    assert index.get_parent().pk == home.pk
    assert index.live
    assert index.title == "Courses"
    assert index.url == "/courses/"  # the site header links to the catalog here


def test_course_page_factory(catalog):
    made = factories.CoursePageFactory(parent=catalog)
    course = CoursePage.objects.get(pk=made.pk)
    course.full_clean()
    assert course.get_parent().pk == catalog.pk
    assert course.live and course.url.startswith(catalog.url)
    assert course.title and course.summary
    assert isinstance(course.topic, Topic) and course.topic.pk
    assert isinstance(course.ce_hours, Decimal) and course.ce_hours == Decimal("3.00")
    assert course.course_type == "home_study" and course.level == "introductory"
    assert factories.CoursePageFactory(parent=catalog).slug != course.slug


def test_module_page_factory(catalog):
    course = factories.CoursePageFactory(parent=catalog)
    module = ModulePage.objects.get(pk=factories.ModulePageFactory(parent=course).pk)
    module.full_clean()
    assert module.get_parent().pk == course.pk
    assert module.live
    assert [block.block_type for block in module.body] == ["paragraph"] * 3
    assert all(block.value.source.startswith("<p>Paragraph") for block in module.body)
    assert module.estimated_minutes == 30 and module.is_required


def test_quiz_page_factory(catalog):
    module = factories.ModulePageFactory(parent=factories.CoursePageFactory(parent=catalog))
    quiz = QuizPage.objects.get(pk=factories.QuizPageFactory(parent=module).pk)
    quiz.full_clean()
    assert quiz.get_parent().pk == module.pk
    assert quiz.live
    offered = QuizPage._meta.get_field("questions").stream_block.child_blocks
    # One block of every kind the quiz editor offers: each question type, a case, a pool.
    assert sorted(block.block_type for block in quiz.questions) == sorted(offered)
    for block in quiz.questions:
        if block.block_type in ("case_scenario", "question_pool"):
            assert len(block.value["questions"]) >= 1, block.block_type
    assert quiz.pass_mark == 80 and quiz.shuffle_options


def test_enrollment_factory(catalog):
    course = factories.CoursePageFactory(parent=catalog)
    enrollment = Enrollment.objects.get(pk=factories.EnrollmentFactory(course=course).pk)
    enrollment.full_clean()
    assert enrollment.course_id == course.pk
    assert enrollment.user.email
    assert enrollment.is_active
    assert enrollment.enrolled_at is not None and enrollment.unenrolled_at is None


def test_module_completion_factory(catalog):
    module = factories.ModulePageFactory(parent=factories.CoursePageFactory(parent=catalog))
    made = factories.ModuleCompletionFactory(module=module)
    completion = ModuleCompletion.objects.get(pk=made.pk)
    completion.full_clean()
    assert completion.module_id == module.pk
    assert completion.user.email
    assert completion.completed_at is not None


def test_certificate_factory(catalog):
    course = factories.CoursePageFactory(parent=catalog)
    made = factories.CertificateFactory(course=course)
    certificate = Certificate.objects.get(pk=made.pk)
    certificate.full_clean()
    assert certificate.course_id == course.pk and certificate.user.email
    assert re.fullmatch(r"CE-\d{4}-\d{6}", certificate.number)
    assert len(certificate.code) >= 32  # the verification URL's unguessable part
    assert certificate.display_status == "valid"
    # What the certificate prints, frozen at issue.
    assert certificate.learner_name and certificate.learner_type == "therapist"
    assert certificate.licence_number and certificate.jurisdiction
    assert certificate.course_title and certificate.course_type and certificate.topic
    assert certificate.ce_hours == Decimal("2.00")
    assert type(certificate.completed_on) is datetime.date
    assert certificate.provider_name
    assert re.fullmatch(r"[0-9a-f]{64}", certificate.pdf_sha256)
    other = factories.CertificateFactory(course=factories.CoursePageFactory(parent=catalog))
    assert other.number != certificate.number and other.code != certificate.code
