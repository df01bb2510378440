"""Regrading after a fixed answer key: each type re-keys a frozen question, the preview lists
exactly the attempts that change, applying records them once, passes and certificates follow,
and only staff of the quiz's course may do it."""

import copy
import json
from decimal import Decimal

import pytest
from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from certificates.models import Certificate, CertificateStatus
from cms.models import ProviderSettings
from courses.models import AssessmentPass, ModuleCompletion
from quizzes.grading import snapshot_questions
from quizzes.models import AttemptRegrade, OptionChoice, QuestionResponse, QuizAttempt
from quizzes.questions import QUESTION_TYPES, grade_question
from quizzes.regrade import (
    content_rekey,
    current_questions,
    quiz_regrade_apply,
    quiz_regrade_preview,
)
from quizzes.services import attempt_start, attempt_submit
from tests.conftest import committed
from tests.factories import LearnerProfileFactory, UserFactory
from tests.factories.quizzes import presented, true_false_questions

pytestmark = pytest.mark.django_db
TYPES = sorted(QUESTION_TYPES)


# --- the per-type rekey ---------------------------------------------------------------------


def change_key(name: str, raw: dict) -> None:
    """Change the key of a question's stored block value in place, keeping every id."""
    if name in ("single_choice", "multiple_response"):
        options = raw["options"]
        right = next(i for i, o in enumerate(options) if o["value"]["correct"])
        wrong = next(i for i, o in enumerate(options) if not o["value"]["correct"])
        options[right]["value"]["correct"] = False
        options[wrong]["value"]["correct"] = True
    elif name == "true_false":
        raw["correct"] = "true" if raw["correct"] == "false" else "false"
    elif name == "matching":
        pairs = raw["pairs"]
        pairs[0]["value"]["match"], pairs[1]["value"]["match"] = (
            pairs[1]["value"]["match"],
            pairs[0]["value"]["match"],
        )
    elif name == "ordering":
        raw["items"].reverse()
    elif name == "short_answer":
        raw["accepted"] = [{"type": "item", "value": "Thrombophlebitis", "id": "new"}]
    elif name == "numeric":
        raw["answer"] = str(Decimal(raw["answer"]) + 1)
    else:
        raise AssertionError(f"No key change written for the new type {name!r}")


def authored(name: str):
    """(block, value, raw) of the type's preview question, with stable ids."""
    block = QUESTION_TYPES[name].block()
    value = block.to_python(block.get_prep_value(block.get_preview_value()))
    return block, value, block.get_prep_value(value)


@pytest.mark.parametrize("name", TYPES)
def test_rekey_grades_the_new_key_right_and_the_old_key_wrong(name):
    kind = QUESTION_TYPES[name]
    block, value, raw = authored(name)
    question = presented(name, value)
    as_frozen = copy.deepcopy(question)
    old_key = kind.key(question)
    fixed = copy.deepcopy(raw)
    change_key(name, fixed)
    rekeyed = kind.rekey(question, block.to_python(fixed))
    new_key = kind.key(rekeyed)
    assert grade_question(rekeyed, new_key).fraction == 1
    assert grade_question(rekeyed, old_key).fraction < 1
    assert kind.public(rekeyed) == kind.public(question)  # what the learner saw
    assert question == as_frozen  # pure: the frozen question is untouched


@pytest.mark.parametrize("name", TYPES)
def test_rekey_with_the_same_key_changes_nothing(name):
    kind = QUESTION_TYPES[name]
    _block, value, _raw = authored(name)
    for seed in range(5):
        question = presented(name, value, seed=seed)
        assert kind.rekey(question, value) == question


@pytest.mark.parametrize("name", TYPES)
def test_rekey_takes_the_points(name):
    kind = QUESTION_TYPES[name]
    block, value, raw = authored(name)
    question = presented(name, value)
    fixed = {**copy.deepcopy(raw), "points": "2.50"}
    rekeyed = kind.rekey(question, block.to_python(fixed))
    assert grade_question(rekeyed, kind.key(rekeyed)).earned == Decimal("2.5")


def test_rekey_keeps_the_frozen_key_of_removed_parts():
    block, value, raw = authored("ordering")
    question = presented("ordering", value)
    fixed = copy.deepcopy(raw)
    removed = fixed["items"].pop(0)  # the first item is no longer in the quiz...
    fixed["items"].reverse()  # ...and the others are put in another order
    rekeyed = QUESTION_TYPES["ordering"].rekey(question, block.to_python(fixed))
    tokens = {item["key"]: item["token"] for item in question["items"]}
    assert rekeyed["order"][0] == tokens[removed["id"]]  # kept its place
    assert rekeyed["order"][1:] == [tokens[item["id"]] for item in fixed["items"]]

    block, value, raw = authored("single_choice")
    question = presented("single_choice", value)
    fixed = copy.deepcopy(raw)
    fixed["options"] = [o for o in fixed["options"] if not o["value"]["correct"]]
    rekeyed = QUESTION_TYPES["single_choice"].rekey(question, block.to_python(fixed))
    assert [o["correct"] for o in rekeyed["options"]] == [o["correct"] for o in question["options"]]


def test_questions_no_longer_in_the_quiz_keep_their_key(make_quiz):
    quiz = make_quiz([("true_false", {"prompt": "<p>S</p>", "correct": True})])
    content = {"questions": [{"id": "gone", "type": "true_false", "points": "1", "options": []}]}
    assert content_rekey(content, current_questions(quiz.questions)) == content


# --- a final exam with a wrong key ----------------------------------------------------------


@pytest.fixture
def provider(db):
    provider = ProviderSettings.load()
    provider.name = "Gulf Coast Massage Education"
    provider.address = "12 Harbor Street\nTampa, FL 33602"
    provider.email = "records@gulfcoast.example"
    provider.approvals = [("approval", {"body": "NCBTMB", "number": "451234-11"})]
    provider.signatory_name = "Dana Whitfield"
    provider.signatory_title = "Education Director"
    provider.save()
    return provider


def take(user, quiz, picks: list[str]):
    """Start and submit an attempt answering the true/false questions in order with `picks`
    ("true", "false" or "" for no answer), then commit."""
    with committed():
        attempt, _ = attempt_start(user=user, quiz=quiz)
        answers = {}
        for question, pick in zip(snapshot_questions(attempt.snapshot), picks, strict=True):
            if pick:
                answers[question["id"]] = next(
                    o["token"] for o in question["options"] if o["key"] == pick
                )
        return attempt_submit(attempt=attempt, answers=answers)


def stream_of(quiz) -> list:
    """The quiz's questions as stored, block ids included."""
    return json.loads(json.dumps(quiz.questions.get_prep_value(), cls=DjangoJSONEncoder))


def publish_key(quiz, index: int, correct: str, *, user=None):
    """Publish a revision of a true/false quiz whose question `index` has `correct` as key."""
    stream = stream_of(quiz)
    stream[index]["value"]["correct"] = correct
    quiz.questions = json.dumps(stream)
    quiz.save_revision(user=user).publish(user=user)
    quiz.refresh_from_db()


def enrol_and_finish_modules(user, course, modules):
    from courses.services import enrollment_create, module_mark_completed

    with committed():
        enrollment_create(user=user, course=course)
        for module in modules:
            module_mark_completed(user=user, module=module)


@pytest.fixture
def wrong_key(provider, course, modules, final_exam, complete_course, learner, other_learner):
    """A final exam whose first question's key is wrong ("true"; it should be "false"), taken
    by three learners who finished the modules:

    - `learner` answered as the wrong key wanted: 100 %, passed, holds a certificate;
    - `other_learner` answered right by the fixed key: 66.7 %, not passed;
    - a third answered nothing: 0 % either way.
    """
    complete_course(learner)
    enrol_and_finish_modules(other_learner, course, modules)
    take(other_learner, final_exam, ["false", "true", "true"])
    bystander = LearnerProfileFactory().user
    enrol_and_finish_modules(bystander, course, modules)
    take(bystander, final_exam, ["", "", ""])
    publish_key(final_exam, 0, "false")
    return final_exam


def scores():
    return {(a.user_id, a.number): (a.score, a.passed) for a in QuizAttempt.objects.order_by("pk")}


def test_preview_lists_exactly_the_attempts_that_change(wrong_key, learner, other_learner):
    before = scores()
    changes = quiz_regrade_preview(quiz=wrong_key)
    found = {
        (c.learner, c.number): (c.old_score, c.new_score, c.old_passed, c.new_passed)
        for c in changes
    }
    assert found == {
        (learner, 1): (Decimal("100.0"), Decimal("66.7"), True, False),
        (other_learner, 1): (Decimal("66.7"), Decimal("100.0"), False, True),
    }
    assert scores() == before and not AttemptRegrade.objects.exists()


def test_apply_regrades_records_and_hands_out_passes_and_certificates(
    wrong_key, learner, other_learner, instructor, course, client
):
    certificate = Certificate.objects.get(user=learner, course=course)
    assert not Certificate.objects.filter(user=other_learner).exists()
    with committed():
        outcome = quiz_regrade_apply(quiz=wrong_key, by=instructor, note="Q1 key was wrong")

    assert len(outcome.changes) == 2
    assert outcome.newly_passed == [other_learner]
    assert [(f.learner, f.certificates) for f in outcome.newly_failed] == [
        (learner, [certificate.number])
    ]
    assert [(f.learner, f.certificates) for f in outcome.kept_certificates] == [
        (learner, [certificate.number])
    ]

    passed = QuizAttempt.objects.get(user=other_learner)
    assert (passed.score, passed.passed) == (Decimal("100.0"), True)
    failed = QuizAttempt.objects.get(user=learner)
    assert (failed.score, failed.passed) == (Decimal("66.7"), False)
    first = snapshot_questions(passed.snapshot)[0]
    assert passed.results[first["id"]]["correct"] is True
    assert QuestionResponse.objects.get(attempt=passed, question_id=first["id"]).fraction == 1
    assert QuestionResponse.objects.get(attempt=failed, question_id=first["id"]).fraction == 0
    chosen = OptionChoice.objects.get(attempt=passed, question_id=first["id"])
    assert chosen.option_key == "false"

    regrades = {r.attempt.user: r for r in AttemptRegrade.objects.select_related("attempt__user")}
    assert set(regrades) == {learner, other_learner}
    assert regrades[other_learner].old_score == Decimal("66.7")
    assert regrades[other_learner].new_score == Decimal("100.0")
    assert regrades[other_learner].new_passed and not regrades[other_learner].old_passed
    assert regrades[learner].regraded_by == instructor
    assert regrades[learner].note == "Q1 key was wrong"

    assert AssessmentPass.objects.filter(user=other_learner, page=wrong_key).exists()
    issued = Certificate.objects.get(user=other_learner, course=course)
    assert issued.status == CertificateStatus.VALID and issued.number
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.VALID  # the newly failing learner keeps it

    client.force_login(other_learner)
    result = client.get(wrong_key.url + "attempts/1/result/").content.decode()
    assert "<strong>100.0%</strong>" in result and "Passed" in result


def test_applying_twice_changes_nothing(wrong_key, instructor):
    with committed():
        quiz_regrade_apply(quiz=wrong_key, by=instructor, note="Q1 key")
    after_first = scores()
    responses = list(QuestionResponse.objects.order_by("pk").values_list("pk", flat=True))
    with committed():
        outcome = quiz_regrade_apply(quiz=wrong_key, by=instructor, note="Q1 key again")
    assert outcome.changes == [] and outcome.newly_passed == [] and outcome.newly_failed == []
    assert AttemptRegrade.objects.count() == 2
    assert scores() == after_first
    assert list(QuestionResponse.objects.order_by("pk").values_list("pk", flat=True)) == responses
    assert quiz_regrade_preview(quiz=wrong_key) == []


def test_regrade_uses_the_published_questions_not_a_draft(wrong_key, instructor):
    stream = stream_of(wrong_key)
    stream[0]["value"]["correct"] = "true"  # a draft that puts the wrong key back
    wrong_key.questions = json.dumps(stream)
    wrong_key.save_revision(user=instructor)
    assert len(quiz_regrade_preview(quiz=wrong_key)) == 2


def test_a_module_quiz_newly_passed_completes_its_module(
    learner, enrolled, make_quiz, modules, instructor
):
    quiz = make_quiz(
        [
            ("true_false", {"prompt": "<p>One</p>", "correct": True}),
            ("true_false", {"prompt": "<p>Two</p>", "correct": True}),
        ],
        pass_mark=100,
    )
    take(learner, quiz, ["false", "true"])
    assert not ModuleCompletion.objects.filter(user=learner, module=modules[0]).exists()
    publish_key(quiz, 0, "false")
    with committed():
        outcome = quiz_regrade_apply(quiz=quiz, by=instructor, note="Fixed")
    assert outcome.newly_passed == [learner]
    assert ModuleCompletion.objects.filter(user=learner, module=modules[0]).exists()


def test_points_fixed_in_the_quiz_change_scores(learner, enrolled, make_quiz, instructor):
    quiz = make_quiz(
        [
            ("true_false", {"prompt": "<p>One</p>", "correct": True}),
            ("true_false", {"prompt": "<p>Two</p>", "correct": True}),
        ],
        pass_mark=60,
    )
    take(learner, quiz, ["true", "false"])
    stream = stream_of(quiz)
    stream[0]["value"]["points"] = "3"
    quiz.questions = json.dumps(stream)
    quiz.save_revision().publish()
    [change] = quiz_regrade_preview(quiz=quiz)
    assert (change.old_score, change.new_score) == (Decimal("50.0"), Decimal("75.0"))
    assert (change.old_passed, change.new_passed) == (False, True)


# --- the admin view -------------------------------------------------------------------------


def regrade_url(quiz) -> str:
    return reverse("quiz_regrade", args=[quiz.pk])


WRITES = ("INSERT", "UPDATE", "DELETE")


def test_get_shows_the_dry_run_and_never_writes(client, wrong_key, instructor, learner):
    client.force_login(instructor)
    before = scores()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(regrade_url(wrong_key))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Attempts that would change" in page
    assert str(learner) in page and "100.0%" in page and "66.7%" in page
    assert '<th scope="col">' in page and "<caption" in page
    assert "Regrade 2 attempts" in page
    written = [q["sql"] for q in queries if q["sql"].lstrip().upper().startswith(WRITES)]
    assert not [sql for sql in written if "quizzes_" in sql or "courses_" in sql], written
    assert scores() == before and not AttemptRegrade.objects.exists()


def test_post_applies_and_shows_the_outcome_and_history(
    client, wrong_key, instructor, learner, other_learner, course
):
    number = Certificate.objects.get(user=learner, course=course).number
    client.force_login(instructor)
    with committed():
        response = client.post(regrade_url(wrong_key), {"note": "Question 1 key was wrong"})
    assert response.status_code == 302 and response["Location"] == regrade_url(wrong_key)
    page = client.get(regrade_url(wrong_key)).content.decode()
    assert "2 attempts regraded." in page
    assert f"Now passing: {other_learner}." in page
    assert f"{learner} no longer passes this quiz and keeps certificate {number}." in page
    assert "No attempt would change" in page
    history = page.split('id="regrade-history"')[1]
    assert "Question 1 key was wrong" in history and number in history
    assert str(other_learner) in history and str(instructor) in history
    assert AttemptRegrade.objects.count() == 2


def test_post_without_a_reason_is_refused(client, wrong_key, instructor):
    client.force_login(instructor)
    response = client.post(regrade_url(wrong_key), {"note": "   "})
    assert response.status_code == 400
    assert "This field is required." in response.content.decode()
    response = client.post(regrade_url(wrong_key), {"note": "x" * 501})
    assert response.status_code == 400
    assert not AttemptRegrade.objects.exists()


def test_post_without_csrf_token_is_refused(wrong_key, instructor):
    client = Client(enforce_csrf_checks=True)
    client.force_login(instructor)
    assert client.post(regrade_url(wrong_key), {"note": "Fix"}).status_code == 403
    assert not AttemptRegrade.objects.exists()


def test_another_courses_instructor_can_neither_see_nor_apply(client, wrong_key, other_course):
    from courses.roles import instructor_assign

    outsider = UserFactory(email="outsider@example.com")
    instructor_assign(user=outsider, course=other_course)
    client.force_login(outsider)
    assert client.get(regrade_url(wrong_key)).status_code == 404
    assert client.post(regrade_url(wrong_key), {"note": "Fix"}).status_code == 404
    assert not AttemptRegrade.objects.exists()
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[wrong_key.pk]))
    assert regrade_url(wrong_key) not in edit.content.decode()


def test_learners_and_unknown_quizzes_are_refused(client, wrong_key, learner, instructor):
    client.force_login(learner)
    assert client.get(regrade_url(wrong_key)).status_code == 403
    assert client.post(regrade_url(wrong_key), {"note": "Fix"}).status_code == 403
    client.force_login(instructor)
    assert client.get(reverse("quiz_regrade", args=[999_999])).status_code == 404
    assert client.get(regrade_url(wrong_key) + "?p=abc").status_code == 200
    assert not AttemptRegrade.objects.exists()


def test_staff_without_edit_permission_on_the_quiz_are_refused(client, wrong_key, course):
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import GroupPagePermission

    # Edit rights on the course page only, not on the pages under it, are not possible in
    # Wagtail; a staff member with admin access and no page rights at all is the case left.
    staff = UserFactory(is_staff=True)
    group = Group.objects.create(name="Admin access only")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    staff.groups.add(group)
    assert not GroupPagePermission.objects.filter(group=group).exists()
    client.force_login(staff)
    assert client.get(regrade_url(wrong_key)).status_code == 404


def test_the_quiz_edit_page_links_to_regrade_for_its_instructor(client, wrong_key, instructor):
    client.force_login(instructor)
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[wrong_key.pk])).content.decode()
    assert regrade_url(wrong_key) in edit
    assert reverse("quiz_accommodations", args=[wrong_key.pk]) in edit


def test_superuser_regrades_any_course(client, wrong_key):
    admin = UserFactory(is_superuser=True, is_staff=True)
    client.force_login(admin)
    with committed():
        assert client.post(regrade_url(wrong_key), {"note": "Fix"}).status_code == 302
    assert AttemptRegrade.objects.filter(regraded_by=admin).count() == 2


def test_regrade_page_queries_do_not_grow_with_learners(
    client, course, modules, final_exam, instructor, django_assert_max_num_queries
):
    def measure(learners: int) -> int:
        for _n in range(learners):
            user = LearnerProfileFactory().user
            enrol_and_finish_modules(user, course, modules)
            take(user, final_exam, ["false", "true", "true"])
        publish_key(final_exam, 0, "false")
        with committed():
            quiz_regrade_apply(quiz=final_exam, by=instructor, note="Fixed")
        publish_key(final_exam, 0, "true")  # every attempt would change back
        client.force_login(instructor)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(regrade_url(final_exam))
        assert response.status_code == 200
        return len(queries)

    small = measure(2)
    large = measure(18)  # 20 learners in all
    assert small == large
    with django_assert_max_num_queries(small):
        client.get(regrade_url(final_exam))


@pytest.mark.django_db(transaction=True)
def test_simultaneous_regrades_record_each_change_once(learner, enrolled, make_quiz, instructor):
    from tests.quizzes.test_concurrency import race

    quiz = make_quiz(true_false_questions(2), pass_mark=100)
    take(learner, quiz, ["false", "true"])
    publish_key(quiz, 0, "false")

    def regrade():
        return len(quiz_regrade_apply(quiz=quiz, by=instructor, note="Fixed").changes)

    results = race(8, regrade)
    assert sorted(results) == [0] * 7 + [1], results
    assert AttemptRegrade.objects.count() == 1
    attempt = QuizAttempt.objects.get()
    assert (attempt.score, attempt.passed) == (Decimal("100.0"), True)
    assert QuestionResponse.objects.filter(attempt=attempt).count() == 2
