"""The renewal tracker on the dashboard: seeded board rules, licences and their cycles, what
counts (this provider's certificates, self-reported outside CE), limits, what is missing,
uploads of outside certificates, reminders and the deadline calendar."""

import csv
import importlib
import io
import re
from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from PIL import Image
from pypdf import PdfReader

from certificates.models import CertificateStatus
from certificates.renewals import renewal_statuses, send_reminders
from courses.models import (
    CalendarFeed,
    CourseApproval,
    CourseTopicCredit,
    CourseType,
    Licence,
    OutsideCourse,
    RenewalRule,
    RequirementTopic,
)
from courses.roles import ADMINISTRATORS
from tests.factories import CertificateFactory, CoursePageFactory, UserFactory

pytestmark = pytest.mark.django_db

TODAY = date(2026, 11, 27)
PDF = b"%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


@pytest.fixture
def rules(db):
    """The seeded rules (a transactional test elsewhere may have flushed them)."""
    importlib.import_module("courses.migrations.0011_seed_renewal_rules").seed(apps, None)
    return {rule.name: rule for rule in RenewalRule.objects.all()}


@pytest.fixture
def florida(rules, learner):
    return Licence.objects.create(
        user=learner, rule=rules["Florida LMT"], number="MA12345", renews_on=date(2027, 8, 31)
    )


def topic(slug):
    return RequirementTopic.objects.get(slug=slug)


@pytest.fixture
def certificate(catalog):
    """A certificate row, for a course of its own, approved by `bodies`."""

    def make(user, *, hours="2.00", completed_on=date(2026, 3, 1), bodies=("NCBTMB",), **kw):
        approvals = [{"body": body, "number": "X-1", "hours": hours} for body in bodies]
        return CertificateFactory(
            user=user,
            course=CoursePageFactory(parent=catalog),
            ce_hours=Decimal(hours),
            completed_on=completed_on,
            course_approvals=approvals,
            **kw,
        )

    return make


def outside(user, **fields):
    values = {
        "provider": "Gulf Coast Massage Seminars",
        "title": "Prevention of Medical Errors for LMTs",
        "completed_on": date(2026, 2, 10),
        "hours": Decimal(2),
        "approved_by": "Florida Board of Massage Therapy",
        "certificate": SimpleUploadedFile("c.pdf", PDF),
    }
    return OutsideCourse.objects.create(user=user, **{**values, **fields})


def text(response) -> str:
    """The page's text, tags dropped and white space collapsed."""
    return " ".join(re.sub(r"<[^>]+>", " ", response.content.decode()).split())


def status_for(user, name):
    return next(s for s in renewal_statuses(user=user) if s.rule.name == name)


def test_rules_are_seeded_from_their_sources(rules):
    florida, texas = rules["Florida LMT"], rules["Texas massage therapist"]
    new_york, ncbtmb = rules["New York LMT"], rules["NCBTMB Board Certification"]
    assert (florida.total_hours, florida.cycle_years, florida.live_min_hours) == (24, 2, 12)
    assert {t.topic.slug: t.min_hours for t in florida.topics.all()} == {
        "medical-errors": 2,
        "laws-and-rules": 2,
        "ethics": 2,
        "human-trafficking": 1,
    }
    assert (texas.total_hours, texas.topics.get().max_hours) == (12, 6)
    assert (new_york.total_hours, new_york.cycle_years, new_york.home_study_max_hours) == (
        36,
        3,
        12,
    )
    assert ncbtmb.topics.get(topic__slug="ethics").min_hours == 3
    for rule in rules.values():
        assert rule.sources.exists()
        assert all(s.url.startswith("http") and s.checked_on for s in rule.sources.all())


def test_deadlines_follow_each_rule(rules, learner):
    florida = Licence(user=learner, rule=rules["Florida LMT"])
    assert florida.deadline(TODAY) == date(2027, 8, 31)  # 31 August of odd years
    assert florida.cycle(TODAY) == (date(2025, 9, 1), date(2027, 8, 31))
    assert florida.deadline(date(2027, 9, 1)) == date(2029, 8, 31)

    texas = Licence(
        user=learner, rule=rules["Texas massage therapist"], issued_on=date(2023, 3, 15)
    )
    assert texas.deadline(TODAY) == date(2027, 3, 15)  # two years from issue, repeating
    assert Licence(user=learner, rule=rules["Texas massage therapist"]).deadline(TODAY) is None

    new_york = Licence(user=learner, rule=rules["New York LMT"], renews_on=date(2028, 5, 31))
    assert new_york.cycle(TODAY) == (date(2025, 6, 1), date(2028, 5, 31))


def test_florida_tracker_counts_certificates_and_outside_ce(florida, learner, certificate):
    certificate(learner, hours="3.00", bodies=("Florida Board of Massage Therapy (CE Broker)",))
    outside(learner, topic=topic("medical-errors"))

    status = status_for(learner, "Florida LMT")

    assert status.deadline == date(2027, 8, 31)
    assert status.total.earned == 5 and status.total.missing == 19
    medical_errors = next(t for t in status.topics if t.label == "Prevention of medical errors")
    assert (medical_errors.earned, medical_errors.missing) == (2, 0)
    ethics = next(t for t in status.topics if t.label == "Professional ethics")
    assert ethics.missing == 2
    assert status.live.missing == 12  # both courses are home study
    assert not status.is_covered
    assert [c.self_reported for c in status.counted] == [False, True]


def test_what_does_not_count_is_listed_with_the_reason(florida, learner, certificate):
    certificate(learner, completed_on=date(2025, 8, 1))  # the cycle before
    certificate(learner, bodies=("New York State Education Department",))
    certificate(learner, status=CertificateStatus.REVOKED)
    outside(learner, completed_on=date(2024, 1, 5))  # accepted when recorded, flagged here

    status = status_for(learner, "Florida LMT")

    assert status.total.earned == 0
    reasons = sorted(c.problem for c in status.not_counted)
    assert reasons == [
        "Completed outside this renewal cycle.",
        "Completed outside this renewal cycle.",
        "Not approved by a body Florida LMT accepts.",
    ]


def test_limits_keep_hours_above_a_maximum_out_of_the_total(rules, learner):
    Licence.objects.create(
        user=learner, rule=rules["Texas massage therapist"], renews_on=date(2027, 6, 1)
    )
    Licence.objects.create(user=learner, rule=rules["New York LMT"], renews_on=date(2028, 5, 31))
    cpr = topic("first-aid-cpr")
    for _ in range(2):
        outside(learner, topic=cpr, hours=Decimal(4), approved_by="NCBTMB")
    for _ in range(2):
        outside(learner, hours=Decimal(8), approved_by="NYSED")

    texas = status_for(learner, "Texas massage therapist")
    assert texas.topics[0].over == 2  # 8 hours of first aid and CPR, 6 count
    assert texas.total.earned == 6

    new_york = status_for(learner, "New York LMT")
    assert new_york.home_study.over == 4  # 16 hours of home study, 12 count
    assert new_york.total.earned == 12


def test_missing_topics_suggest_catalog_courses_that_count(florida, learner, catalog):
    ethics_course = CoursePageFactory(parent=catalog, title="Ethics in Practice")
    CourseApproval.objects.create(course=ethics_course, body="NCBTMB", number="1")
    CourseTopicCredit.objects.create(course=ethics_course, topic=topic("ethics"), hours=2)
    unapproved = CoursePageFactory(parent=catalog, title="Boundaries Workshop")
    CourseTopicCredit.objects.create(course=unapproved, topic=topic("ethics"))

    ethics = next(
        t for t in status_for(learner, "Florida LMT").topics if t.label == "Professional ethics"
    )

    assert [c.title for c in ethics.suggestions] == ["Ethics in Practice"]


def test_dashboard_shows_each_licence_with_what_is_missing(florida, learner, learner_client):
    outside(learner, topic=topic("medical-errors"))

    page = text(learner_client.get(reverse("dashboard")))

    assert "Florida LMT · MA12345" in page
    assert "Total CE hours: 2 of 24 hours" in page
    assert "22 hours missing" in page
    assert "Prevention of medical errors: 2 of 2 hours" in page
    assert "Human trafficking awareness: 0 of 1 hour · 1 hour missing" in page
    assert "self-reported" in page
    assert "64B7-28.009" in page  # the rule's sources are named


def test_dashboard_queries_do_not_grow_with_licences_or_courses_counted(
    rules, florida, learner, learner_client, certificate
):
    def queries() -> int:
        learner_client.get(reverse("dashboard"))
        with CaptureQueriesContext(connection) as captured:
            learner_client.get(reverse("dashboard"))
        return len(captured)

    certificate(learner)
    outside(learner)
    few = queries()
    for name in ("Texas massage therapist", "NCBTMB Board Certification"):
        Licence.objects.create(user=learner, rule=rules[name], renews_on=date(2027, 6, 1))
    for _ in range(5):
        certificate(learner)
        outside(learner)
    assert queries() == few


def test_a_passed_deadline_asks_for_the_next_one(florida, learner_client):
    florida.renews_on = date(2025, 8, 31)
    florida.save()
    page = text(learner_client.get(reverse("dashboard")))
    assert (
        "This deadline has passed. Once you have renewed, enter your next renewal deadline." in page
    )
    assert "days left" not in page


def test_dashboard_invites_a_learner_without_a_licence(learner_client):
    page = learner_client.get(reverse("dashboard")).content.decode()
    assert "Add your licence to see whether your CE hours cover your next renewal" in page


# Licences ----------------------------------------------------------------------------------


def test_a_learner_adds_a_licence(rules, learner, learner_client):
    response = learner_client.post(
        reverse("licences"),
        {"rule": rules["Texas massage therapist"].pk, "issued_on": "2025-01-10"},
    )
    assert response.status_code == 302
    assert Licence.objects.get(user=learner).deadline(TODAY) == date(2027, 1, 10)


@pytest.mark.parametrize(
    ("rule", "data", "message"),
    [
        ("New York LMT", {}, "New York LMT renews on a date of your own: enter it."),
        ("Texas massage therapist", {}, "Enter the date the licence was issued"),
        ("Florida LMT", {"renews_on": "not a date"}, "Enter a valid date."),
    ],
)
def test_a_licence_without_what_its_rule_needs_is_refused(
    rules, learner_client, rule, data, message
):
    response = learner_client.post(reverse("licences"), {"rule": rules[rule].pk, **data})
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Licence.objects.exists()


def test_the_same_licence_twice_is_refused(florida, learner_client):
    response = learner_client.post(reverse("licences"), {"rule": florida.rule.pk})
    assert response.status_code == 400
    assert "You have already added this licence." in response.content.decode()


def test_unknown_rule_is_refused(rules, learner_client):
    response = learner_client.post(reverse("licences"), {"rule": "99999"})
    assert response.status_code == 400
    assert not Licence.objects.exists()


def test_another_learners_licence_is_not_found(florida, other_learner, client):
    client.force_login(other_learner)
    assert client.get(reverse("licence_edit", args=[florida.pk])).status_code == 404
    assert client.post(reverse("licence_delete", args=[florida.pk])).status_code == 404
    assert Licence.objects.filter(pk=florida.pk).exists()


# Outside CE --------------------------------------------------------------------------------


def outside_form(file, **fields):
    return {
        "title": "Laws and Rules of Florida Massage Therapy",
        "provider": "Gulf Coast Massage Seminars",
        "completed_on": "2026-05-02",
        "hours": "2",
        "course_type": CourseType.HOME_STUDY,
        "topic": "",
        "approved_by": "Florida Board of Massage Therapy",
        "approval_number": "20-99",
        "certificate": file,
        **fields,
    }


def png(width, height) -> bytes:
    buffer = io.BytesIO()
    Image.new("1", (width, height)).save(buffer, "PNG")
    return buffer.getvalue()


def test_a_learner_records_outside_ce_and_downloads_its_certificate(learner, learner_client):
    response = learner_client.post(
        reverse("outside_courses"), outside_form(SimpleUploadedFile("mine.pdf", PDF))
    )
    assert response.status_code == 302
    course = OutsideCourse.objects.get(user=learner)
    assert course.certificate.name.endswith(".pdf")

    download = learner_client.get(reverse("outside_course_file", args=[course.pk]))
    assert download.status_code == 200
    assert b"".join(download.streaming_content) == PDF

    page = learner_client.get(reverse("outside_courses")).content.decode()
    assert "Laws and Rules of Florida Massage Therapy" in page


def test_an_image_certificate_is_accepted(learner, learner_client):
    upload = SimpleUploadedFile("scan.png", png(200, 100), content_type="image/png")
    response = learner_client.post(reverse("outside_courses"), outside_form(upload))
    assert response.status_code == 302
    assert OutsideCourse.objects.get(user=learner).certificate.name.endswith(".png")


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (SimpleUploadedFile("c.pdf", b"<html>not a pdf</html>"), "as a PDF, PNG or JPEG"),
        (SimpleUploadedFile("c.svg", b"<svg xmlns='http://www.w3.org/2000/svg'/>"), "as a PDF"),
        (SimpleUploadedFile("big.pdf", PDF + b"0" * (5 * 1024 * 1024)), "larger than 5 MB"),
        (SimpleUploadedFile("bomb.png", png(10_000, 10_000)), "as a PDF, PNG or JPEG"),
    ],
    ids=["not-a-pdf", "svg", "oversized", "image-bomb"],
)
def test_bad_certificate_files_are_refused_and_nothing_is_saved(learner_client, upload, message):
    response = learner_client.post(reverse("outside_courses"), outside_form(upload))
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not OutsideCourse.objects.exists()


def test_a_future_completion_date_is_refused(learner_client):
    tomorrow = (date.today() + timedelta(days=2)).isoformat()
    response = learner_client.post(
        reverse("outside_courses"),
        outside_form(SimpleUploadedFile("c.pdf", PDF), completed_on=tomorrow),
    )
    assert response.status_code == 400
    assert "The completion date is in the future." in response.content.decode()


def test_another_learners_outside_certificate_is_not_found(learner, other_learner, client):
    course = outside(learner)
    client.force_login(other_learner)
    assert client.get(reverse("outside_course_file", args=[course.pk])).status_code == 404
    assert client.post(reverse("outside_course_delete", args=[course.pk])).status_code == 404
    assert OutsideCourse.objects.filter(pk=course.pk).exists()


# Reminders and calendar --------------------------------------------------------------------


def test_reminders_are_sent_once_at_each_step(florida, learner, certificate):
    certificate(learner, expires_on=date(2027, 8, 20))

    assert send_reminders(today=date(2027, 6, 1)) == 1  # the certificate: 80 days left
    assert send_reminders(today=date(2027, 6, 2)) == 1  # the licence: 90 days left
    assert send_reminders(today=date(2027, 6, 2)) == 0
    call_command("send_reminders", date="2027-06-03")
    assert len(mail.outbox) == 2
    assert {m.subject for m in mail.outbox} == {
        "Your Florida LMT renewal is due on 2027-08-31",
        f"Your certificate for {learner.certificates.get().course_title} expires on 2027-08-20",
    }
    assert all(m.to == [learner.email] for m in mail.outbox)
    assert "/dashboard/" in mail.outbox[0].body

    assert send_reminders(today=date(2027, 8, 1)) == 2  # the 30-day step
    assert send_reminders(today=date(2027, 8, 2)) == 0


def test_no_reminder_far_from_the_deadline(florida):
    assert send_reminders(today=date(2026, 12, 1)) == 0
    assert mail.outbox == []


def test_calendar_feed_lists_deadlines_and_can_be_revoked(
    florida, learner, learner_client, certificate
):
    certificate(learner, expires_on=date(2027, 8, 20))
    learner_client.post(reverse("calendar_settings"), {"action": "start"})
    token = CalendarFeed.objects.get(user=learner).token

    response = learner_client.get(reverse("calendar_feed", args=[token]))
    learner_client.logout()
    anonymous = learner_client.get(reverse("calendar_feed", args=[token]))

    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    body = anonymous.content.decode()
    assert body.startswith("BEGIN:VCALENDAR\r\n") and body.endswith("END:VCALENDAR\r\n")
    assert "DTSTART;VALUE=DATE:20270831" in body
    assert "DTSTART;VALUE=DATE:20270820" in body
    assert all(len(line.encode()) <= 75 for line in body.split("\r\n"))

    learner_client.force_login(learner)
    learner_client.post(reverse("calendar_settings"), {"action": "reset"})
    assert learner_client.get(reverse("calendar_feed", args=[token])).status_code == 404
    assert learner_client.get(reverse("calendar_feed", args=["nope"])).status_code == 404


# Administration ----------------------------------------------------------------------------


def test_administrators_keep_the_rules_and_instructors_cannot(rules, client, instructor):
    administrator = UserFactory(is_staff=True)
    administrator.groups.add(Group.objects.get(name=ADMINISTRATORS))
    florida = rules["Florida LMT"]
    edit = reverse("wagtailsnippets_courses_renewalrule:edit", args=[florida.pk])

    client.force_login(administrator)
    page = client.get(edit)
    assert page.status_code == 200
    assert "64B7-28.009" in page.content.decode()

    client.force_login(instructor)
    for response in (
        client.get(edit),
        client.get(reverse("wagtailsnippets_courses_renewalrule:list")),
        client.post(edit, {"name": "Florida LMT (changed)"}),
    ):
        assert response.status_code == 302  # Wagtail's "no permission": back to the dashboard
        assert response["Location"] == reverse("wagtailadmin_home")
    florida.refresh_from_db()
    assert florida.name == "Florida LMT"


def test_the_transcript_lists_outside_ce_apart_from_this_providers_certificates(
    learner, learner_client, certificate
):
    certificate(learner, hours="3.00", course_title="Myofascial Release")
    outside(learner, hours=Decimal(2))

    page = text(learner_client.get(reverse("certificate_transcript")))
    assert "Total: 3.00 CE hours" in page
    assert "Courses taken elsewhere (self-reported)" in page
    assert "2.00 CE hours, not included in the total above" in page

    csv_rows = learner_client.get(reverse("certificate_transcript"), {"format": "csv"})
    lines = csv_rows.content.decode().splitlines()
    assert any(
        "Prevention of Medical Errors for LMTs" in line and "Self-reported" in line
        for line in lines
    )
    assert next(csv.reader([lines[-1]]))[1:5] == ["Total, self-reported", "", "", "2.00"]

    pdf = learner_client.get(reverse("certificate_transcript"), {"format": "pdf"})
    extracted = " ".join(PdfReader(io.BytesIO(pdf.content)).pages[0].extract_text().split())
    assert "Courses taken elsewhere (self-reported)" in extracted
    assert "Gulf Coast Massage Seminars" in extracted
