import re
from datetime import timedelta

import pytest
from allauth.account.models import EmailAddress
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import timezone
from django.utils.html import strip_tags
from wagtail.models import WorkflowPage

from cms.models import HomePage, User
from courses.models import (
    CourseCompletion,
    CourseEvaluation,
    CoursePage,
    Enrollment,
    ModuleCompletion,
    ModulePage,
)
from courses.selectors import course_containing, courses_for_staff
from tests.conftest import committed

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(db):
    with committed():
        call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115


def roles() -> tuple:
    instructor = User.objects.get(email="instructor@example.com")
    return (
        sorted(instructor.groups.values_list("name", flat=True)),
        sorted(courses_for_staff(instructor).values_list("slug", flat=True)),
        list(WorkflowPage.objects.filter(workflow__name="Clinical review").values_list("page_id")),
    )


def test_load_demo_is_idempotent(demo):
    counts = (User.objects.count(), CoursePage.objects.count(), ModulePage.objects.count())
    before = roles()
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert counts == (
        User.objects.count(),
        CoursePage.objects.count(),
        ModulePage.objects.count(),
    )
    assert HomePage.objects.count() == 1
    assert roles() == before


def test_demo_has_a_course_per_topic_with_real_modules(demo):
    titles = " | ".join(CoursePage.objects.live().values_list("title", flat=True))
    for word in ("Techniques", "Assessment", "Contraindications", "Professional Standards"):
        assert word in titles
    for course in CoursePage.objects.live():
        modules = ModulePage.objects.live().child_of(course)
        assert 3 <= modules.count() <= 5, course.title
        assert course.ce_hours > 0 and course.learning_objectives
        assert course.evaluation_required
        assert [a.body for a in course.approvals.all()][0] == "NCBTMB"
        for module in modules:
            words = len(strip_tags(module.body.render_as_block()).split())
            assert words >= 300, (module.title, words)


@pytest.mark.parametrize(
    "email",
    [
        "learner@example.com",
        "texas@example.com",
        "student@example.com",
        "instructor@example.com",
        "reviewer@example.com",
        "admin@example.com",
    ],
)
def test_demo_users_log_in_with_the_published_password(client, demo, email):
    response = client.post(reverse("account_login"), {"login": email, "password": "therapy-demo"})
    assert response.status_code == 302, response.content.decode()[:500]


def test_demo_learner_is_partway_through_one_course_and_certified_in_another(client, demo):
    from certificates.models import Certificate

    learner = User.objects.get(email="learner@example.com")
    assert Enrollment.objects.filter(user=learner, is_active=True).count() == 3
    certificate = Certificate.objects.get(user=learner)
    assert "Professional Standards" in certificate.course_title and certificate.pdf
    assert client.get(f"/verify/{certificate.code}/").status_code == 200
    client.force_login(learner)
    html = client.get(reverse("dashboard")).content.decode()
    assert "Continue where you left off" in html
    courses = r'<progress max="100" value="(\d+)" aria-labelledby="[\w-]+-progress"'
    values = sorted(re.findall(courses, html))
    # techniques: 2 of 5 steps (3 modules, the final exam, the evaluation)
    assert values == ["0", "100", "40"], values
    # Her Florida renewal: the certified course (1.5 hours, 0.5 of them ethics) and a
    # 2-hour medical errors course taken elsewhere.
    page = " ".join(re.sub(r"<[^>]+>", " ", html).split())
    assert "Florida LMT · MA87654" in page
    assert "Total CE hours: 3.5 of 24 hours · 20.5 hours missing" in page
    assert "Prevention of medical errors: 2 of 2 hours" in page
    assert "Professional ethics: 0.5 of 2 hours · 1.5 hours missing" in page
    assert "self-reported" in page


def test_demo_texas_therapist_sees_the_texas_rule(client, demo):
    client.force_login(User.objects.get(email="texas@example.com"))
    page = " ".join(
        re.sub(r"<[^>]+>", " ", client.get(reverse("dashboard")).content.decode()).split()
    )
    assert "Texas massage therapist · MT145822" in page
    assert "Total CE hours: 0 of 12 hours" in page
    assert "human trafficking prevention course" in page


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


def test_demo_instructor_teaches_two_courses_and_a_reviewer_approves_edits(client, demo):
    """The instructor edits and sees the reports of two courses only, through their course
    teams; the reviewer reaches the admin; edits under the catalog go through clinical
    review."""
    instructor = User.objects.get(email="instructor@example.com")
    groups, taught, workflows = roles()
    assert "Editors" not in groups and "Instructors" in groups
    assert taught == [
        "myofascial-trigger-point-techniques",
        "professional-standards-ethics-and-documentation",
    ]
    assert instructor.is_staff and not instructor.is_superuser
    for course in CoursePage.objects.all():
        listed = list(course.instructors.all())
        assert listed == ([instructor] if course.slug in taught else []), course.slug
    catalog = CoursePage.objects.first().get_parent()
    assert workflows == [(catalog.pk,)]
    assert ModulePage.objects.first().get_workflow().name == "Clinical review"
    reviewer = User.objects.get(email="reviewer@example.com")
    assert reviewer.is_staff and not reviewer.is_superuser
    assert list(reviewer.groups.values_list("name", flat=True)) == ["Reviewers"]
    client.force_login(reviewer)
    assert client.get("/admin/").status_code == 200


def test_load_demo_refuses_a_negative_number_of_learners(db):
    with pytest.raises(CommandError, match="--learners"):
        call_command("load_demo", learners=-1, stdout=open("/dev/null", "w"))  # noqa: SIM115


def learner_records() -> dict[str, int]:
    from certificates.models import Certificate
    from quizzes.models import OptionChoice, QuestionResponse, QuizAttempt

    synthetic = {"user__email__endswith": "@demo.invalid"}
    return {
        "users": User.objects.filter(email__endswith="@demo.invalid").count(),
        "enrollments": Enrollment.objects.filter(**synthetic).count(),
        "completions": ModuleCompletion.objects.filter(**synthetic).count(),
        "attempts": QuizAttempt.objects.filter(**synthetic).count(),
        "responses": QuestionResponse.objects.filter(
            attempt__user__email__endswith="demo.invalid"
        ).count(),
        "choices": OptionChoice.objects.filter(
            attempt__user__email__endswith="demo.invalid"
        ).count(),
        "evaluations": CourseEvaluation.objects.filter(**synthetic).count(),
        "certificates": Certificate.objects.filter(**synthetic).count(),
    }


def test_load_demo_adds_synthetic_learners_once(db):
    """Learners at the reserved domain, with verified addresses and profiles, whose graded
    attempts have a response row per question presented, spread over past months; running
    the command again adds nothing."""
    from certificates.models import Certificate
    from quizzes.grading import snapshot_questions
    from quizzes.models import QuizAttempt

    with committed():
        call_command("load_demo", learners=5, stdout=open("/dev/null", "w"))  # noqa: SIM115
    records = learner_records()
    learners = User.objects.filter(email__endswith="@demo.invalid").order_by("email")
    assert [user.email for user in learners] == [
        f"learner-000{n}@demo.invalid" for n in range(1, 6)
    ]
    for user in learners:
        assert user.first_name and user.last_name and user.profile.legal_name
        assert EmailAddress.objects.get(user=user).verified
        assert user.check_password("therapy-demo")
    assert records["enrollments"] >= 5 and records["attempts"] > 0 and records["choices"] > 0
    graded = QuizAttempt.objects.filter(user__in=learners, status="graded")
    for attempt in graded:
        assert attempt.responses.count() == len(snapshot_questions(attempt.snapshot))
    assert records["responses"] == sum(r.responses.count() for r in graded)
    submitted = sorted(graded.values_list("submitted_at", flat=True))
    assert submitted[-1] < timezone.now() and submitted[0] < timezone.now() - timedelta(days=3)
    enrolled = {
        (e.user_id, e.course_id): e.enrolled_at
        for e in Enrollment.objects.filter(user__in=learners)
    }
    for attempt in graded:
        course = course_containing(page=attempt.quiz)
        assert enrolled[attempt.user_id, course.pk] <= attempt.started_at
    completions = CourseCompletion.objects.filter(user__in=learners)
    assert completions.exists()  # with N=5, some learners finish a course
    for completion in completions:
        certificate = Certificate.objects.get(user=completion.user, course=completion.course)
        assert certificate.pdf
        assert certificate.completed_on == timezone.localdate(completion.completed_at)

    with committed():
        call_command("load_demo", learners=5, stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert learner_records() == records


def test_every_course_has_module_quizzes_and_a_final_exam_of_every_type(demo):
    from quizzes.models import QuizPage

    for course in CoursePage.objects.live():
        modules = ModulePage.objects.live().child_of(course)
        with_quiz = [m for m in modules if QuizPage.objects.child_of(m).exists()]
        assert len(with_quiz) > len(modules) / 2, course.title
        finals = QuizPage.objects.child_of(course)
        assert finals.count() == 1, course.title
        types = set()
        for quiz in QuizPage.objects.descendant_of(course):
            assert len(quiz.questions) >= 10, quiz.title
            for block in quiz.questions:
                types.add(block.block_type)
                if block.block_type in ("case_scenario", "question_pool"):
                    types.update(child.block_type for child in block.value["questions"])
        assert types == {
            "single_choice",
            "multiple_response",
            "true_false",
            "matching",
            "ordering",
            "short_answer",
            "numeric",
            "case_scenario",
            "question_pool",
        }, course.title


def test_every_demo_quiz_grades_its_own_key_at_full_marks(demo):
    from courses.services import enrollment_create
    from quizzes.models import QuizPage
    from quizzes.services import attempt_start, attempt_submit
    from tests.factories.quizzes import key_answers

    student = User.objects.get(email="student@example.com")
    for course in CoursePage.objects.live():
        enrollment_create(user=student, course=course)
    for quiz in QuizPage.objects.live():
        attempt, _ = attempt_start(user=student, quiz=quiz)
        graded = attempt_submit(attempt=attempt, answers=key_answers(attempt.snapshot))
        assert graded.score == 100 and graded.passed, quiz.title


def test_demo_learner_has_a_failed_and_a_passed_attempt(demo):
    from quizzes.models import QuizAttempt

    learner = User.objects.get(email="learner@example.com")
    outcomes = set(QuizAttempt.objects.filter(user=learner).values_list("passed", flat=True))
    assert outcomes == {True, False}


def test_the_demo_certificate_prints_everything_a_board_checks(demo):
    """The checklist of the demo's issued certificate, read back from its stored PDF."""
    import io

    from pypdf import PdfReader

    from certificates.models import Certificate

    certificate = Certificate.objects.get(user__email="learner@example.com")
    with certificate.pdf.open("rb") as handle:
        reader = PdfReader(io.BytesIO(handle.read()))
    text = " ".join(reader.pages[0].extract_text().split())
    for expected in [
        "Certificate of Achievement",
        "Jordan A. Reyes, LMT",
        "Licence number MA87654 · Florida",
        "Professional Standards",
        "CE hours 1.50",
        "Delivery Home study, online, self-paced",
        "Subject Professional standards",
        "Instructors Priya Natarajan, RMT",
        f"Date of completion {certificate.completed_on:%B} ",
        "Course approved by NCBTMB, course number HS-2026-0172, for 1.50 CE hours.",
        "Florida Board of Massage Therapy (CE Broker), course number 20-1042874",
        "Approved by NCBTMB as a continuing education Approved Provider, #1001234-00",
        "Dana Whitfield, LMT, Director of Education",
        f"/verify/{certificate.code}/",
    ]:
        assert expected in text, expected
    assert len(reader.pages) == 1
    assert len(reader.pages[0].images) >= 2  # the provider's logo and the signature
