"""Accommodations: extra attempts and extra time on one quiz for one enrolled learner, granted
with a reason by staff of the quiz's course."""

import json
from datetime import timedelta

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from courses.services import enrollment_create
from quizzes.authoring import question_stream
from quizzes.models import Accommodation, QuizAttempt
from quizzes.regrade import (
    AccommodationError,
    accommodation_remove,
    accommodation_set,
)
from quizzes.services import StartRefused, attempt_start, attempt_submit
from tests.factories import LearnerProfileFactory, QuizPageFactory, UserFactory
from tests.factories.quizzes import true_false_questions

pytestmark = pytest.mark.django_db


def one_question() -> str:
    return json.dumps(question_stream(true_false_questions(1)))


def grant(quiz, user, by, *, minutes=0, attempts=0, reason="Documented disability"):
    return accommodation_set(
        quiz=quiz,
        user=user,
        extra_minutes=minutes,
        extra_attempts=attempts,
        reason=reason,
        by=by,
    )[0]


def use_attempt(user, quiz, now=None):
    attempt, _ = attempt_start(user=user, quiz=quiz, now=now)
    return attempt_submit(attempt=attempt, now=now)


@pytest.fixture
def limited(make_quiz):
    return make_quiz(true_false_questions(2), max_attempts=1)


@pytest.fixture
def timed(make_quiz):
    return make_quiz(true_false_questions(2), time_limit_minutes=30)


@pytest.fixture
def classmate(course):
    user = LearnerProfileFactory().user
    enrollment_create(user=user, course=course)
    return user


# --- the effect -----------------------------------------------------------------------------


def test_an_extra_attempt_allows_one_more_than_the_limit(
    learner, enrolled, classmate, limited, instructor
):
    use_attempt(learner, limited)
    use_attempt(classmate, limited)
    grant(limited, learner, instructor, attempts=1)

    second = use_attempt(learner, limited)
    assert second.number == 2
    with pytest.raises(StartRefused, match="You have used all 2 attempts."):
        attempt_start(user=learner, quiz=limited)
    with pytest.raises(StartRefused, match="You have used your one attempt."):
        attempt_start(user=classmate, quiz=limited)
    assert QuizAttempt.objects.filter(user=classmate).count() == 1


def test_the_learner_starts_the_extra_attempt_from_the_quiz_page(
    learner_client, learner, enrolled, limited, instructor
):
    use_attempt(learner, limited)
    assert learner_client.post(limited.url + "start/").status_code == 403
    grant(limited, learner, instructor, attempts=1)
    response = learner_client.post(limited.url + "start/")
    assert response.status_code == 302 and response["Location"].endswith("/attempts/2/")


def test_the_quiz_page_counts_the_extra_attempt_and_time_and_keeps_the_key_back(
    learner_client, learner, enrolled, make_quiz, instructor
):
    quiz = make_quiz(
        true_false_questions(2),
        max_attempts=1,
        time_limit_minutes=30,
        review_detail="explained",
        review_when="after_last",
    )
    first = use_attempt(learner, quiz)
    grant(quiz, learner, instructor, attempts=1, minutes=15)
    html = learner_client.get(quiz.url).content.decode()
    assert "1 of 2 left" in html
    assert "45 minutes" in html
    assert "Start quiz" in html
    result = learner_client.get(f"{quiz.url}attempts/{first.number}/result/").content.decode()
    assert "Answers are shown after your last attempt." in result  # an attempt remains


def test_extra_minutes_extend_the_deadline_of_attempts_started_after(
    learner, enrolled, classmate, timed, instructor
):
    now = timezone.now()
    before, _ = attempt_start(user=learner, quiz=timed, now=now)
    grant(timed, learner, instructor, minutes=15)
    before.refresh_from_db()
    assert before.deadline == now + timedelta(minutes=30)  # already running: unchanged
    attempt_submit(attempt=before, now=now + timedelta(minutes=1))

    later = now + timedelta(minutes=2)
    after, _ = attempt_start(user=learner, quiz=timed, now=later)
    assert after.deadline == later + timedelta(minutes=45)
    others, _ = attempt_start(user=classmate, quiz=timed, now=later)
    assert others.deadline == later + timedelta(minutes=30)


def test_extra_minutes_on_an_untimed_quiz_set_no_deadline(learner, enrolled, limited, instructor):
    grant(limited, learner, instructor, minutes=20)
    attempt, _ = attempt_start(user=learner, quiz=limited)
    assert attempt.deadline is None


def test_a_removed_accommodation_no_longer_counts(learner, enrolled, limited, instructor):
    use_attempt(learner, limited)
    grant(limited, learner, instructor, attempts=2)
    assert accommodation_remove(quiz=limited, user=learner, by=instructor)
    assert not accommodation_remove(quiz=limited, user=learner, by=instructor)
    with pytest.raises(StartRefused):
        attempt_start(user=learner, quiz=limited)


@pytest.mark.parametrize(
    ("minutes", "attempts", "reason", "message"),
    [
        (-1, 1, "Reason", "Extra time must be from 0 to 600 minutes."),
        (601, 0, "Reason", "Extra time must be from 0 to 600 minutes."),
        (0, 21, "Reason", "Extra attempts must be from 0 to 20."),
        (0, 0, "Reason", "Give extra time, extra attempts or both."),
        (10, 0, "   ", "Give a reason"),
        (10, 0, "x" * 501, "Give a reason"),
    ],
)
def test_the_service_refuses_bad_values(
    learner, enrolled, limited, instructor, minutes, attempts, reason, message
):
    with pytest.raises(AccommodationError, match=message):
        grant(limited, learner, instructor, minutes=minutes, attempts=attempts, reason=reason)
    assert not Accommodation.objects.exists()


def test_only_enrolled_learners_get_one(learner, limited, instructor, other_course):
    with pytest.raises(AccommodationError, match="not enrolled"):
        grant(limited, learner, instructor, attempts=1)
    enrollment_create(user=learner, course=other_course)
    with pytest.raises(AccommodationError, match="not enrolled"):
        grant(limited, learner, instructor, attempts=1)
    assert not Accommodation.objects.exists()


# --- the admin view -------------------------------------------------------------------------


def url(quiz) -> str:
    return reverse("quiz_accommodations", args=[quiz.pk])


def form(email, *, minutes="15", attempts="1", reason="Documented disability", **extra):
    return {
        "action": "set",
        "email": email,
        "extra_minutes": minutes,
        "extra_attempts": attempts,
        "reason": reason,
        **extra,
    }


def test_instructor_grants_updates_and_removes(client, instructor, learner, enrolled, timed):
    client.force_login(instructor)
    page = client.get(url(timed)).content.decode()
    assert "No learner has an accommodation on this quiz." in page
    assert "Its time limit is 30 minutes." in page

    response = client.post(url(timed), form(learner.email.upper()))
    assert response.status_code == 302 and response["Location"] == url(timed)
    accommodation = Accommodation.objects.get()
    assert (accommodation.user, accommodation.extra_minutes, accommodation.extra_attempts) == (
        learner,
        15,
        1,
    )
    assert accommodation.granted_by == instructor
    assert accommodation.reason == "Documented disability"

    page = client.get(url(timed)).content.decode()
    assert f"Accommodation of {learner} granted." in page
    assert learner.email in page and "Documented disability" in page
    assert '<th scope="col">' in page and "<caption" in page
    edit = client.get(url(timed) + f"?edit={accommodation.pk}").content.decode()
    assert f'value="{learner.email}"' in edit

    assert (
        client.post(url(timed), form(learner.email, minutes="30", attempts="0")).status_code == 302
    )
    accommodation = Accommodation.objects.get()
    assert (accommodation.extra_minutes, accommodation.extra_attempts) == (30, 0)
    assert f"Accommodation of {learner} updated." in client.get(url(timed)).content.decode()

    removal = {"action": "remove", "accommodation": str(accommodation.pk)}
    assert client.post(url(timed), removal).status_code == 302
    assert not Accommodation.objects.exists()
    replayed = client.post(url(timed), removal)
    assert replayed.status_code == 400
    assert "This accommodation has already been removed." in replayed.content.decode()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"minutes": "ten"}, "Enter a whole number."),
        ({"attempts": "1.5"}, "Enter a whole number."),
        ({"minutes": "-5"}, "greater than or equal to 0"),
        ({"attempts": "-1"}, "greater than or equal to 0"),
        ({"minutes": "601"}, "less than or equal to 600"),
        ({"minutes": "9" * 40}, "less than or equal to 600"),
        ({"attempts": "21"}, "less than or equal to 20"),
        ({"minutes": "0", "attempts": "0"}, "Give extra time, extra attempts or both."),
        ({"reason": ""}, "This field is required."),
        ({"reason": "x" * 501}, "at most 500 characters"),
    ],
)
def test_bad_input_is_a_form_error(client, instructor, learner, enrolled, timed, data, message):
    client.force_login(instructor)
    response = client.post(url(timed), form(learner.email, **data))
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Accommodation.objects.exists()


def test_unknown_or_unenrolled_learners_are_a_form_error(
    client, instructor, learner, other_learner, other_course, timed
):
    enrollment_create(user=other_learner, course=other_course)
    client.force_login(instructor)
    for email in ("nobody@example.com", learner.email, other_learner.email, "not an email"):
        response = client.post(url(timed), form(email))
        assert response.status_code == 400
        page = response.content.decode()
        assert "has this email address" in page or "Enter a valid email address." in page
    assert not Accommodation.objects.exists()


def test_replayed_and_forged_removals_are_form_errors(
    client, instructor, learner, enrolled, classmate, timed, modules
):
    other_quiz = QuizPageFactory(parent=modules[1], questions=one_question())
    elsewhere = grant(other_quiz, learner, instructor, attempts=1)
    client.force_login(instructor)
    for value in ("", "abc", "-1", str(elsewhere.pk), "9" * 30):
        response = client.post(url(timed), {"action": "remove", "accommodation": value})
        assert response.status_code == 400, value
    assert Accommodation.objects.filter(pk=elsewhere.pk).exists()
    assert client.get(url(timed) + "?edit=abc").status_code == 200
    assert client.get(url(timed) + f"?edit={elsewhere.pk}").status_code == 200


def test_another_instructors_quiz_is_404(client, learner, enrolled, other_course):
    from courses.roles import instructor_assign

    outsider = UserFactory(email="outsider@example.com")
    instructor_assign(user=outsider, course=other_course)
    quiz = QuizPageFactory(parent=enrolled.course.get_children().first(), questions=one_question())
    client.force_login(outsider)
    assert client.get(url(quiz)).status_code == 404
    assert client.post(url(quiz), form(learner.email)).status_code == 404
    assert not Accommodation.objects.exists()


def test_learners_are_refused_and_unknown_quizzes_are_404(
    learner_client, learner, enrolled, timed, client, instructor
):
    assert learner_client.get(url(timed)).status_code == 403
    assert learner_client.post(url(timed), form(learner.email)).status_code == 403
    assert not Accommodation.objects.exists()
    client.force_login(instructor)
    assert client.get(reverse("quiz_accommodations", args=[999_999])).status_code == 404


def test_post_without_csrf_token_is_refused(instructor, learner, enrolled, timed):
    client = Client(enforce_csrf_checks=True)
    client.force_login(instructor)
    assert client.post(url(timed), form(learner.email)).status_code == 403
    assert not Accommodation.objects.exists()


def test_accommodations_page_queries_do_not_grow_with_learners(
    client, instructor, course, timed, django_assert_max_num_queries
):
    def measure(count: int) -> int:
        for _n in range(count):
            user = LearnerProfileFactory().user
            enrollment_create(user=user, course=course)
            grant(timed, user, instructor, minutes=10)
        client.force_login(instructor)
        client.get(url(timed))  # the site and layout are read once, as on any running site
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url(timed)).status_code == 200
        return len(queries)

    small = measure(2)
    large = measure(18)  # 20 in all
    assert small == large
    with django_assert_max_num_queries(small):
        client.get(url(timed))
