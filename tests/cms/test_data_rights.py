"""Learners' data rights: a learner downloads everything held about them, deletes their
account while the CE record behind their certificates is kept, and the purge deletes those
records once the retention period is over."""

import io
import json
import logging
import os
from datetime import timedelta

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from certificates.models import Certificate, CertificateEvent
from certificates.services import certificate_reissue
from cms import data_rights
from cms.models import LearnerProfile
from courses.models import (
    AssessmentPass,
    CalendarFeed,
    CourseCompletion,
    CourseEvaluation,
    DeadlineRule,
    Enrollment,
    Licence,
    ModuleCompletion,
    OutsideCourse,
    RenewalRule,
)
from courses.services import enrollment_create
from quizzes.authoring import question_stream
from quizzes.models import Accommodation, AttemptStatus, QuestionResponse, QuizAttempt
from quizzes.services import attempt_save_answers, attempt_start
from tests.conftest import committed, submit
from tests.factories import (
    CertificateFactory,
    CoursePageFactory,
    ModulePageFactory,
    QuizPageFactory,
    UserFactory,
)
from tests.factories.accounts import PASSWORD
from tests.factories.quizzes import key_answers, true_false_questions

pytestmark = pytest.mark.django_db

EXPORT = "/accounts/data/"
DELETE = "/accounts/delete/"
SECTIONS = {
    "generated_at",
    "retention_years",
    "account",
    "profile",
    "email_addresses",
    "two_factor_authentication",
    "enrollments",
    "module_completions",
    "assessment_passes",
    "course_completions",
    "course_evaluations",
    "quiz_attempts",
    "accommodations",
    "certificates",
    "licences",
    "courses_taken_elsewhere",
    "reminders_sent",
    "calendar_feed",
}
# What a learner must not see before the review allows it: keys, feedback, marks.
KEY_FIELDS = {"correct", "feedback", "explanation", "accepted", "answer", "tolerance", "order"}
KEY_FIELDS |= {"key", "result", "partial"}


def security_events(caplog) -> list[dict]:
    return [json.loads(r.getMessage()) for r in caplog.records if r.name == "security"]


def keys_in(value) -> set[str]:
    if isinstance(value, dict):
        return set(value) | set().union(*(keys_in(v) for v in value.values()))
    if isinstance(value, list):
        return set().union(*(keys_in(v) for v in value))
    return set()


@pytest.fixture
def staff(db):
    return UserFactory(is_staff=True)


@pytest.fixture
def history(learner, course, quiz, staff, complete_course):
    """A learner who completed `course` (certificate issued by the real task), evaluated it,
    has an attempt in progress on the module quiz with an accommodation, and uses TOTP."""
    complete_course()
    CourseEvaluation.objects.create(
        user=learner, course=course, rating=4, comments="Loved the trigger point videos."
    )
    Accommodation.objects.create(
        quiz=quiz, user=learner, extra_minutes=20, reason="Dyslexia assessment", granted_by=staff
    )
    with committed():
        attempt, _ = attempt_start(user=learner, quiz=quiz)
        answers = key_answers(attempt.snapshot)
        first = next(iter(answers))
        attempt_save_answers(attempt=attempt, answers={first: answers[first]})
    Authenticator.objects.create(user=learner, type="totp", data={"secret": "JBSWY3DPEHPK3PXP"})
    rule = RenewalRule.objects.create(
        name="Florida LMT (test)",
        licensing_body="Florida Board of Massage Therapy",
        deadline_rule=DeadlineRule.BIRTHDAY,
        total_hours=24,
    )
    Licence.objects.create(user=learner, rule=rule, number="MA87654", renews_on="2027-08-31")
    outside = OutsideCourse.objects.create(
        user=learner,
        provider="Gulf Coast Massage Seminars",
        title="Laws and Rules",
        completed_on="2026-05-02",
        hours=2,
        certificate=ContentFile(b"%PDF-1.7 outside", name="certificate.pdf"),
    )
    CalendarFeed.objects.create(user=learner)
    return {
        "certificate": Certificate.objects.get(user=learner),
        "open_attempt": attempt,
        "outside": outside,
    }


def download(client) -> dict:
    response = client.post(EXPORT)
    assert response.status_code == 200, response.content[:500]
    return json.loads(response.content)


# --- export ---------------------------------------------------------------------------------


def test_export_page_offers_a_download_by_post(learner_client):
    response = learner_client.get(EXPORT)
    html = response.content.decode()
    assert response.status_code == 200
    assert 'method="post"' in html and "Download my data" in html
    assert "no-store" in response["Cache-Control"]


def test_export_and_delete_need_a_login(client, home):
    for url in (EXPORT, DELETE):
        for response in (client.get(url), client.post(url)):
            assert response.status_code == 302
            assert response["Location"].startswith(reverse("account_login"))


def test_profile_page_links_to_export_and_delete(learner_client):
    html = learner_client.get(reverse("profile")).content.decode()
    assert f'href="{EXPORT}"' in html and f'href="{DELETE}"' in html


def test_export_is_one_json_file_that_is_never_cached(learner_client, home):
    response = learner_client.post(EXPORT)
    assert response["Content-Type"].startswith("application/json")
    today = timezone.localdate().isoformat()
    assert response["Content-Disposition"] == f'attachment; filename="my-data-{today}.json"'
    assert "no-store" in response["Cache-Control"]


def test_export_holds_every_section_and_nothing_of_another_learner(
    learner, other_learner, learner_client, course, history, complete_course
):
    complete_course(user=other_learner)
    theirs = Certificate.objects.get(user=other_learner)
    response = learner_client.post(EXPORT)
    text = response.content.decode()
    data = json.loads(text)

    assert set(data) == SECTIONS
    assert data["retention_years"] == settings.CE_RECORD_RETENTION_YEARS
    assert data["account"]["email"] == learner.email
    assert data["account"]["last_name"] == learner.last_name
    assert data["profile"]["legal_name"] == learner.profile.legal_name
    assert data["profile"]["licence_number"] == learner.profile.licence_number
    assert data["email_addresses"] == [{"email": learner.email, "primary": True, "verified": True}]
    assert [a["type"] for a in data["two_factor_authentication"]] == ["totp"]
    assert "JBSWY3DPEHPK3PXP" not in text  # the TOTP secret stays on the server
    assert [e["course"]["title"] for e in data["enrollments"]] == [course.title]
    assert len(data["module_completions"]) == 3
    assert [p["assessment"] for p in data["assessment_passes"]] == ["Final exam"]
    assert [c["course"]["title"] for c in data["course_completions"]] == [course.title]
    assert data["course_evaluations"][0]["comments"] == "Loved the trigger point videos."
    assert data["accommodations"][0]["reason"] == "Dyslexia assessment"

    by_status = {a["status"]: a for a in data["quiz_attempts"]}
    graded, open_attempt = by_status["graded"], by_status["in_progress"]
    assert graded["quiz"]["title"] == "Final exam" and graded["passed"] is True
    assert graded["score"] == "100.0"
    assert [q["question"]["prompt"] for q in graded["questions"]] == [
        "<p>Statement 0 is true.</p>",
        "<p>Statement 1 is true.</p>",
        "<p>Statement 2 is true.</p>",
    ]
    assert {o["text"] for o in graded["questions"][0]["question"]["options"]} == {"True", "False"}
    assert len(open_attempt["answers"]) == 1
    assert open_attempt["score"] is None

    (certificate,) = data["certificates"]
    mine = history["certificate"]
    assert certificate["number"] == mine.number and certificate["status"] == "valid"
    assert certificate["verification_url"].endswith(f"/verify/{mine.code}/")
    assert certificate["printed"]["learner_name"] == learner.profile.legal_name
    assert certificate["printed"]["ce_hours"] == str(mine.ce_hours)

    assert data["licences"] == [
        {
            "licence": "Florida LMT (test)",
            "number": "MA87654",
            "issued_on": None,
            "renews_on": "2027-08-31",
        }
    ]
    assert [o["title"] for o in data["courses_taken_elsewhere"]] == ["Laws and Rules"]
    assert len(data["calendar_feed"]) == 1
    assert learner.calendar_feed.token not in text  # the feed's secret address stays out

    assert other_learner.email not in text
    assert theirs.number not in text and theirs.code not in text
    assert other_learner.profile.licence_number not in text


def test_export_of_an_attempt_in_progress_shows_no_answer_key(learner_client, history):
    data = download(learner_client)
    (open_attempt,) = [a for a in data["quiz_attempts"] if a["status"] == "in_progress"]
    snapshot = history["open_attempt"].snapshot
    presented = keys_in(open_attempt["questions"])
    assert presented.isdisjoint(KEY_FIELDS), presented & KEY_FIELDS
    assert "snapshot" not in open_attempt and open_attempt["review_shown"] is None
    prompts = json.dumps(open_attempt["questions"])
    assert "Which finding calls for referral" in prompts  # the questions are there, keyless
    for text in ("A warm, swollen calf may be a deep vein thrombosis.", "Refer.", "DVT"):
        assert text in json.dumps(snapshot) and text not in prompts


def test_export_of_a_graded_attempt_shows_no_more_than_its_review(
    learner, learner_client, enrolled, make_quiz
):
    quiz = make_quiz(true_false_questions(2), review_detail="score", max_attempts=3)
    submit(learner, quiz, right=False)
    (attempt,) = download(learner_client)["quiz_attempts"]
    assert attempt["score"] == "0.0" and attempt["review_shown"] == "score"
    assert keys_in(attempt["questions"]).isdisjoint(KEY_FIELDS)


def test_export_of_a_reviewed_attempt_includes_the_key_and_results(
    learner, learner_client, enrolled, make_quiz
):
    quiz = make_quiz(true_false_questions(1), review_detail="full")
    submit(learner, quiz, right=False)
    (attempt,) = download(learner_client)["quiz_attempts"]
    (item,) = attempt["questions"]
    assert item["question"]["result"]["earned"] == "0.00"
    assert {o["text"]: o["correct"] for o in item["question"]["options"]} == {
        "True": True,
        "False": False,
    }


def _records(user, *, count: int, catalog, staff) -> None:
    """`count` courses' worth of every record: enrollment, graded and open attempts, module
    completion, exam pass, course completion, evaluation, accommodation, certificate."""
    for _ in range(count):
        course = CoursePageFactory(parent=catalog, evaluation_required=True)
        module = ModulePageFactory(parent=course)
        quiz = QuizPageFactory(
            parent=module, questions=json.dumps(question_stream(true_false_questions(2)))
        )
        with committed():
            enrollment_create(user=user, course=course)
        submit(user, quiz)
        attempt_start(user=user, quiz=quiz)
        CourseEvaluation.objects.create(user=user, course=course, rating=5)
        AssessmentPass.objects.create(user=user, course=course, page=quiz)
        CourseCompletion.objects.create(user=user, course=course, completed_at=timezone.now())
        Accommodation.objects.create(
            quiz=quiz, user=user, extra_minutes=5, reason="Extra time", granted_by=staff
        )
        CertificateFactory(user=user, course=course)


def test_export_query_count_does_not_grow_with_records(
    learner, learner_client, catalog, staff, django_assert_max_num_queries
):
    def measure() -> tuple[int, dict]:
        with CaptureQueriesContext(connection) as queries:
            data = download(learner_client)
        return len(queries), data

    _records(learner, count=2, catalog=catalog, staff=staff)
    download(learner_client)  # the site and layout are read once, as on any running site
    few, data = measure()
    assert len(data["quiz_attempts"]) == 4 and len(data["certificates"]) == 2
    _records(learner, count=8, catalog=catalog, staff=staff)
    download(learner_client)  # new pages: the site's addresses are read again once
    with django_assert_max_num_queries(few):
        data = download(learner_client)
    assert len(data["quiz_attempts"]) == 20 and len(data["enrollments"]) == 10
    assert measure()[0] == few


def test_export_is_rate_limited_with_a_clear_message(learner_client, home, monkeypatch):
    monkeypatch.setattr("cms.ratelimit.now", lambda: 1_800_000_000.0)  # inside one window
    statuses = [learner_client.post(EXPORT).status_code for _ in range(5)]
    assert statuses == [200] * 5
    limited = learner_client.post(EXPORT)
    assert limited.status_code == 429 and limited["Retry-After"] == "3600"
    assert "You have downloaded your data 5 times in the last hour." in limited.content.decode()


def test_export_is_logged_with_the_user_id_only(learner, learner_client, home, caplog):
    caplog.set_level(logging.INFO, logger="security")
    learner_client.post(EXPORT)
    (event,) = security_events(caplog)
    assert event["event"] == "data_exported" and event["user"] == learner.pk
    assert learner.email not in caplog.text


def test_export_refuses_other_methods(learner_client, home):
    assert learner_client.put(EXPORT).status_code == 405


# --- deletion -------------------------------------------------------------------------------


def confirm(password=PASSWORD, word="DELETE") -> dict:
    return {"password": password, "confirm": word}


def test_delete_page_says_what_is_erased_and_what_is_kept(learner_client):
    html = learner_client.get(DELETE).content.decode()
    assert "Erased now" in html
    assert f"Kept for {settings.CE_RECORD_RETENTION_YEARS} years" in html
    assert "including the name and licence number printed on them" in html
    assert 'type="password"' in html and 'autocomplete="current-password"' in html


def test_deleting_anonymises_the_account_and_keeps_the_certificate_verifying(
    learner, learner_client, client, history, caplog, django_capture_on_commit_callbacks
):
    caplog.set_level(logging.INFO, logger="security")
    certificate = history["certificate"]
    legal_name, email = learner.profile.legal_name, learner.email

    with django_capture_on_commit_callbacks(execute=True):
        response = learner_client.post(DELETE, confirm())
    assert response.status_code == 302 and response["Location"] == "/accounts/delete/done/"
    done = learner_client.get(response["Location"])
    assert "Your account is deleted" in done.content.decode()

    learner.refresh_from_db()
    assert learner.email == f"deleted-{learner.pk}@invalid"
    assert (learner.first_name, learner.last_name, learner.last_login) == ("", "", None)
    assert not learner.is_active and not learner.has_usable_password()
    assert not LearnerProfile.objects.filter(user=learner).exists()
    assert not EmailAddress.objects.filter(user=learner).exists()
    assert not Authenticator.objects.filter(user=learner).exists()
    assert not Accommodation.objects.filter(user=learner).exists()
    assert not Licence.objects.filter(user=learner).exists()
    assert not CalendarFeed.objects.filter(user=learner).exists()
    outside = history["outside"]
    assert not OutsideCourse.objects.filter(user=learner).exists()
    assert not outside.certificate.storage.exists(outside.certificate.name)
    attempts = QuizAttempt.objects.filter(user=learner)
    assert list(attempts.values_list("status", flat=True)) == [AttemptStatus.GRADED]
    evaluation = CourseEvaluation.objects.get(user=learner)
    assert evaluation.comments == "" and evaluation.rating == 4
    assert not Enrollment.objects.get(user=learner).is_active
    assert ModuleCompletion.objects.filter(user=learner).count() == 3
    assert AssessmentPass.objects.filter(user=learner).exists()
    assert CourseCompletion.objects.filter(user=learner).exists()

    certificate.refresh_from_db()
    assert certificate.user_id == learner.pk and certificate.status == "valid"
    page = client.get(f"/verify/{certificate.code}/")
    assert page.status_code == 200
    assert legal_name in page.content.decode()
    assert email not in page.content.decode()

    assert learner_client.get(reverse("profile")).status_code == 302  # logged out
    login = Client().post(reverse("account_login"), {"login": email, "password": PASSWORD})
    assert login.status_code == 200  # the form again: no account with that address

    (event,) = [e for e in security_events(caplog) if e["event"] == "account_deleted"]
    assert event["user"] == learner.pk and email not in caplog.text


def test_deleting_ends_every_session_of_the_account(learner, learner_client, home):
    elsewhere = Client()
    elsewhere.force_login(learner)
    bystander = Client()
    bystander.force_login(UserFactory())
    learner_client.post(DELETE, confirm())
    assert elsewhere.get(reverse("profile")).status_code == 302
    assert bystander.get(reverse("profile")).status_code == 200
    held = [s.get_decoded().get("_auth_user_id") for s in Session.objects.all()]
    assert str(learner.pk) not in held


def test_wrong_password_changes_nothing(learner, learner_client, history):
    response = learner_client.post(DELETE, confirm(password="not my password"))
    assert response.status_code == 400
    assert "This is not your current password." in response.content.decode()
    learner.refresh_from_db()
    assert learner.is_active and learner.check_password(PASSWORD)
    assert LearnerProfile.objects.filter(user=learner).exists()
    assert EmailAddress.objects.filter(user=learner).exists()
    assert Accommodation.objects.filter(user=learner).exists()
    assert QuizAttempt.objects.filter(user=learner, status=AttemptStatus.IN_PROGRESS).exists()
    assert learner_client.get(reverse("profile")).status_code == 200  # still logged in


@pytest.mark.parametrize("word", ["", "delete", "yes"])
def test_deleting_needs_the_confirmation_word(learner, learner_client, word):
    response = learner_client.post(DELETE, confirm(word=word))
    assert response.status_code == 400
    assert "Type the word DELETE, in capitals, to confirm." in response.content.decode()
    learner.refresh_from_db()
    assert learner.is_active


def test_replayed_delete_after_deletion_goes_to_login(learner_client, history):
    assert learner_client.post(DELETE, confirm()).status_code == 302
    replay = learner_client.post(DELETE, confirm())
    assert replay.status_code == 302
    assert replay["Location"].startswith(reverse("account_login"))


def test_staff_cannot_delete_their_account_here(client, instructor):
    client.force_login(instructor)
    page = client.get(DELETE)
    assert page.status_code == 200
    assert "Staff accounts cannot be deleted here" in page.content.decode()
    assert 'type="password"' not in page.content.decode()
    refused = client.post(DELETE, confirm())
    assert refused.status_code == 403
    instructor.refresh_from_db()
    assert instructor.is_active and instructor.email == "instructor@example.com"


def test_password_guessing_on_the_delete_form_is_throttled(learner, learner_client, monkeypatch):
    monkeypatch.setattr("cms.ratelimit.now", lambda: 1_800_000_000.0)
    for n in range(5):
        assert learner_client.post(DELETE, confirm(password=f"guess-{n}")).status_code == 400
    held_off = learner_client.post(DELETE, confirm())
    assert held_off.status_code == 429
    assert "Too many tries" in held_off.content.decode()
    learner.refresh_from_db()
    assert learner.is_active


# --- coverage of the policy -----------------------------------------------------------------


def user_references() -> set[tuple[str, str]]:
    """Every field of an installed model that refers to the user model, outside the apps
    excluded with a reason."""
    user_model = get_user_model()
    found = set()
    for model in apps.get_models():
        if model._meta.app_label in data_rights.EXCLUDED_APPS:
            continue
        for field in [*model._meta.local_fields, *model._meta.local_many_to_many]:
            if field.is_relation and field.related_model is user_model:
                found.add((model._meta.label, field.name))
    return found


def test_every_reference_to_a_user_is_exported_or_deleted_by_policy():
    covered = {(rule.model, rule.field) for rule in data_rights.POLICY}
    missing = user_references() - covered
    assert not missing, f"Add these to cms.data_rights.POLICY: {sorted(missing)}"


def test_the_policy_names_only_real_references_and_documents_each():
    assert {(rule.model, rule.field) for rule in data_rights.POLICY} <= user_references()
    for rule in data_rights.POLICY:
        assert f"{rule.model}.{rule.field}" in data_rights.__doc__
        assert rule.export in data_rights.Export and rule.deletion in data_rights.Deletion


def test_only_apps_written_by_staff_are_excluded():
    installed = {config.label for config in apps.get_app_configs()}
    assert set(data_rights.EXCLUDED_APPS) <= installed
    assert set(data_rights.EXCLUDED_APPS).isdisjoint({"cms", "courses", "quizzes", "certificates"})


# --- purge ----------------------------------------------------------------------------------


def age(user, *, days: int) -> None:
    """Move every CE record of `user` `days` into the past."""
    then = timezone.now() - timedelta(days=days)
    Certificate.objects.filter(user=user).update(issued_at=then, completed_on=then.date())
    CourseCompletion.objects.filter(user=user).update(completed_at=then)
    ModuleCompletion.objects.filter(user=user).update(completed_at=then)
    AssessmentPass.objects.filter(user=user).update(passed_at=then)
    QuizAttempt.objects.filter(user=user).update(started_at=then, submitted_at=then)
    CourseEvaluation.objects.filter(user=user).update(submitted_at=then)
    Enrollment.objects.filter(user=user).update(enrolled_at=then, last_activity_at=then)


EXPIRED = 366 * (settings.CE_RECORD_RETENTION_YEARS + 1)


def purge(*args) -> str:
    out = io.StringIO()
    with committed():
        call_command("purge_expired_records", *args, stdout=out)
    return out.getvalue()


def held(user) -> dict[str, int]:
    return {
        "certificates": Certificate.objects.filter(user=user).count(),
        "course_completions": CourseCompletion.objects.filter(user=user).count(),
        "module_completions": ModuleCompletion.objects.filter(user=user).count(),
        "assessment_passes": AssessmentPass.objects.filter(user=user).count(),
        "quiz_attempts": QuizAttempt.objects.filter(user=user).count(),
        "course_evaluations": CourseEvaluation.objects.filter(user=user).count(),
        "enrollments": Enrollment.objects.filter(user=user).count(),
    }


@pytest.fixture
def expired_account(learner, complete_course, course):
    """A deleted account whose records are older than the retention period."""
    complete_course()
    CourseEvaluation.objects.create(user=learner, course=course, rating=3, comments="Fine.")
    data_rights.account_delete(user=learner)
    age(learner, days=EXPIRED)
    return learner


def test_purge_dry_run_reports_what_the_real_run_deletes(expired_account, client):
    certificate = Certificate.objects.get(user=expired_account)
    pdf = certificate.pdf.path
    before = held(expired_account)

    dry = purge("--dry-run")
    assert dry.startswith("Dry run: nothing deleted.")
    assert held(expired_account) == before
    assert Certificate.objects.filter(pk=certificate.pk).exists()

    real = purge()
    assert real.splitlines()[1:] == dry.splitlines()[1:]
    for line in [
        "Certificates: 1",
        "Certificate PDF files: 1",
        "Course completions: 1",
        "Module completions: 3",
        "Assessment passes: 1",
        "Quiz attempts: 1",
        "Course evaluations: 1",
        "Enrollments: 1",
        "Deleted accounts left with no record: 1",
    ]:
        assert f"  {line}" in real.splitlines(), line
    assert not get_user_model().objects.filter(pk=expired_account.pk).exists()
    assert not Certificate.objects.filter(pk=certificate.pk).exists()
    assert not CertificateEvent.objects.filter(certificate_id=certificate.pk).exists()
    assert not QuestionResponse.objects.filter(attempt__user_id=expired_account.pk).exists()
    assert not certificate.pdf.storage.exists(certificate.pdf.name)
    assert not os.path.exists(pdf)
    # Its verification address now answers like an unknown code, saying records are kept
    # for the retention period only.
    gone = client.get(f"/verify/{certificate.code}/")
    assert gone.status_code == 404
    assert "kept for 6 years after completion" in gone.content.decode()

    again = purge()
    assert all(line.endswith(": 0") for line in again.splitlines()[1:])


def test_purge_leaves_active_learners_and_recent_records_alone(
    expired_account, other_learner, complete_course
):
    active = other_learner
    complete_course(user=active)
    age(active, days=EXPIRED)  # old, but the account is active: it is their transcript
    recent = UserFactory()
    from tests.factories import LearnerProfileFactory

    LearnerProfileFactory(user=recent)
    complete_course(user=recent)
    data_rights.account_delete(user=recent)  # deleted, but within the retention period
    kept = {user.pk: held(user) for user in (active, recent)}
    assert all(counts["certificates"] == 1 for counts in kept.values())

    purge()
    assert {user.pk: held(user) for user in (active, recent)} == kept
    assert not Certificate.objects.filter(user_id=expired_account.pk).exists()
    assert get_user_model().objects.filter(pk=recent.pk).exists()


@pytest.fixture
def reissued(learner, editor, complete_course):
    """A learner whose certificate was re-issued, then who deleted their account; all their
    records are older than the retention period."""
    complete_course()
    original = Certificate.objects.get(user=learner)
    with committed():
        replacement = certificate_reissue(certificate=original, actor=editor, reason="Name fixed")
    data_rights.account_delete(user=learner)
    age(learner, days=EXPIRED)
    return original, replacement


def test_purge_keeps_a_certificate_its_kept_reissue_replaced(reissued):
    original, replacement = reissued
    Certificate.objects.filter(pk=replacement.pk).update(issued_at=timezone.now())
    output = purge().splitlines()
    assert "  Certificates: 0" in output
    assert "  Deleted accounts left with no record: 0" in output
    assert Certificate.objects.filter(pk__in=[original.pk, replacement.pk]).count() == 2


def test_purge_deletes_a_whole_expired_reissue_chain(reissued, learner):
    output = purge().splitlines()
    assert "  Certificates: 2" in output and "  Certificate PDF files: 2" in output
    assert not Certificate.objects.filter(user_id=learner.pk).exists()
