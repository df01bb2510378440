import hashlib
import io
from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader

from certificates import services
from certificates.models import Certificate, CertificateEvent
from cms.models import LearnerProfile
from courses.models import CourseEvaluation
from courses.services import enrollment_create, module_mark_completed
from tests.conftest import committed, submit

pytestmark = pytest.mark.django_db


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_completing_a_course_issues_and_emails_one_certificate(learner, course, complete_course):
    started = timezone.now()
    complete_course()
    certificate = Certificate.objects.get(user=learner, course=course)
    assert started <= certificate.issued_at <= timezone.now()
    assert certificate.number == f"CE-{certificate.issued_at:%Y}-{certificate.pk:06d}"
    assert len(certificate.code) >= 32  # 192 random bits, URL-safe
    assert certificate.pdf and len(certificate.pdf_sha256) == 64
    assert list(certificate.events.values_list("action", flat=True)) == ["issued", "emailed"]

    message = mail.outbox[-1]
    assert message.to == [learner.email]
    assert certificate.number in message.body
    ((filename, content, mimetype),) = message.attachments
    assert mimetype == "application/pdf" and filename.endswith(".pdf")
    assert hashlib.sha256(content).hexdigest() == certificate.pdf_sha256


def test_pdf_prints_everything_a_board_checks(learner, editor, course, complete_course):
    course.approvals.create(body="NCBTMB", number="CE-7788", hours=Decimal("3.00"))
    course.approvals.create(
        body="Florida Board of Massage Therapy", number="20-123456", valid_until=date(2001, 1, 1)
    )  # expired: not printed
    course.instructors.add(editor)
    course.save_revision().publish()
    days = {timezone.localdate()}
    complete_course()
    days.add(timezone.localdate())  # the test may run across midnight
    certificate = Certificate.objects.get(user=learner)
    assert certificate.completed_on in days
    with certificate.pdf.open("rb") as handle:
        text = " ".join(pdf_text(handle.read()).split())
    profile = learner.profile
    for expected in [
        "Certificate of Achievement",  # home study with a passed test (NCBTMB)
        profile.legal_name,
        f"Licence number {profile.licence_number}",
        course.title,
        "CE hours 3.00",
        "Delivery Home study, online, self-paced",
        f"Subject {course.topic.name}",
        f"Instructors {editor.get_full_name()}",
        f"Date of completion {certificate.completed_on.strftime('%B %-d, %Y')}",
        "Course approved by NCBTMB, course number CE-7788, for 3.00 CE hours.",
        "Approved provider of NCBTMB, #451234-11",
        "Approved provider of Florida Board of Massage Therapy, #50-12345",
        certificate.number,
        f"/verify/{certificate.code}/",
        "Gulf Coast Massage Education",
        "Dana Whitfield, Education Director",
    ]:
        assert expected in text, expected
    assert "20-123456" not in text
    assert "Certificate of Completion" not in text


def test_file_name_reads_as_learner_course_and_date(learner, course, complete_course):
    complete_course()
    certificate = Certificate.objects.get(user=learner)
    slug_name = "-".join(learner.profile.legal_name.lower().split())
    assert certificate.pdf.name.split("/")[-1].startswith(slug_name)
    assert certificate.completed_on.isoformat() in certificate.pdf.name
    assert certificate.completed_on >= timezone.localdate() - timedelta(days=1)


def test_unfinished_course_issues_nothing(learner, course, modules, final_exam):
    enrollment_create(user=learner, course=course)
    for module in modules:
        module_mark_completed(user=learner, module=module)
    submit(learner, final_exam, right=False)
    assert not Certificate.objects.exists()
    submit(learner, final_exam)
    assert Certificate.objects.count() == 1


def test_incomplete_profile_waits_then_issues_when_completed(
    client, learner, course, complete_course
):
    LearnerProfile.objects.filter(user=learner).update(licence_number="")
    complete_course()
    assert not Certificate.objects.exists()
    client.force_login(learner)
    html = client.get(reverse("certificate_list")).content.decode()
    assert "Waiting for your CE profile" in html
    assert "licence or registration number" in html and course.title in html

    with committed():
        client.post(
            reverse("profile"),
            {
                "legal_name": "Jordan Reyes",
                "learner_type": "therapist",
                "licence_number": "MA1",
                "jurisdiction": "Florida",
                "designation": "",
                "licensing_body": "",
            },
        )
    assert Certificate.objects.get(user=learner).licence_number == "MA1"


def test_required_evaluation_gates_issue(client, learner, course, complete_course):
    course.evaluation_required = True
    course.save_revision().publish()
    complete_course()
    assert not Certificate.objects.exists()
    client.force_login(learner)
    assert "Evaluate this course" in client.get(course.url).content.decode()
    bad = client.post(course.url + "evaluation/", {"rating": "9"})
    assert bad.status_code == 400 and not CourseEvaluation.objects.exists()
    with committed():
        client.post(
            course.url + "evaluation/",
            {"rating": "5", "met_objectives": "on", "comments": "Clear"},
        )
    assert CourseEvaluation.objects.get(user=learner).rating == 5
    assert Certificate.objects.filter(user=learner).count() == 1


def test_profile_edits_after_issue_change_nothing_issued(client, learner, complete_course):
    complete_course()
    certificate = Certificate.objects.get(user=learner)
    with certificate.pdf.open("rb") as handle:
        before_pdf = handle.read()
    before_page = client.get(reverse("certificate_verify", args=[certificate.code])).content
    LearnerProfile.objects.filter(user=learner).update(legal_name="Someone Else")
    client.force_login(learner)
    client.post(reverse("profile"), {"legal_name": "Another Name", "learner_type": "student"})
    certificate.refresh_from_db()
    with certificate.pdf.open("rb") as handle:
        assert handle.read() == before_pdf
    client.logout()
    after_page = client.get(reverse("certificate_verify", args=[certificate.code])).content
    assert after_page == before_page
    assert Certificate.objects.count() == 1


def test_download_serves_the_stored_file_without_rendering(
    client, learner, complete_course, monkeypatch
):
    complete_course()
    certificate = Certificate.objects.get(user=learner)
    import certificates.pdf

    def fail(*args, **kwargs):
        raise AssertionError("a download must not render")

    monkeypatch.setattr(certificates.pdf.HTML, "write_pdf", fail)
    client.force_login(learner)
    response = client.get(reverse("certificate_download", args=[certificate.number]))
    body = b"".join(response.streaming_content)
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert hashlib.sha256(body).hexdigest() == certificate.pdf_sha256
    assert "attachment" in response["Content-Disposition"]


def test_other_learners_get_404_for_someone_elses_certificate(
    client, learner, other_learner, complete_course
):
    complete_course()
    certificate = Certificate.objects.get(user=learner)
    client.force_login(other_learner)
    assert client.get(reverse("certificate_download", args=[certificate.number])).status_code == 404
    assert certificate.number not in client.get(reverse("certificate_list")).content.decode()
    assert client.get(reverse("certificate_download", args=["CE-0000-000000"])).status_code == 404


def test_certificate_files_have_no_public_url(learner, complete_course, settings):
    complete_course()
    certificate = Certificate.objects.get(user=learner)
    assert not certificate.pdf.path.startswith(str(settings.MEDIA_ROOT))
    with pytest.raises(NotImplementedError):
        certificate.pdf.url  # noqa: B018


def test_revoke_and_reissue_are_recorded(learner, editor, complete_course):
    from certificates.services import certificate_reissue, certificate_revoke

    complete_course()
    original = Certificate.objects.get(user=learner)
    LearnerProfile.objects.filter(user=learner).update(legal_name="Jordan Avery Reyes")
    new = certificate_reissue(certificate=original, actor=editor, reason="Legal name corrected")
    original.refresh_from_db()
    assert original.status == "superseded" and new.supersedes == original
    assert new.number != original.number and new.learner_name == "Jordan Avery Reyes"
    certificate_revoke(certificate=new, actor=editor, reason="Issued in error")
    event = CertificateEvent.objects.get(action="revoked")
    assert event.actor == editor and event.reason == "Issued in error"
    assert CertificateEvent.objects.filter(action="reissued", actor=editor).count() == 1


def test_a_course_that_is_only_a_final_exam_certifies_on_passing(learner, catalog):
    import json

    from quizzes.authoring import question_stream
    from tests.conftest import submit
    from tests.factories import CoursePageFactory, QuizPageFactory
    from tests.factories.quizzes import true_false_questions

    course = CoursePageFactory(parent=catalog, title="Exam-only refresher")
    exam = QuizPageFactory(
        parent=course, questions=json.dumps(question_stream(true_false_questions(2)))
    )
    enrollment_create(user=learner, course=course)
    submit(learner, exam, right=False)
    assert not Certificate.objects.exists()
    submit(learner, exam)
    assert Certificate.objects.get(user=learner).course_title == "Exam-only refresher"


def archival_facts(data: bytes) -> dict:
    reader = PdfReader(io.BytesIO(data))
    root = reader.trailer["/Root"]
    xmp = reader.xmp_metadata
    raw = xmp.stream.get_data().decode() if xmp is not None else ""
    return {
        "title": reader.metadata.title,
        "author": reader.metadata.author,
        "lang": str(root.get("/Lang", "")),
        "tagged": bool(root.get("/MarkInfo", {}).get("/Marked")),
        "structure": "/StructTreeRoot" in root,
        "pdfa": ("pdfaid:part>3<" in raw or 'pdfaid:part="3"' in raw)
        and ("pdfaid:conformance>A<" in raw or 'pdfaid:conformance="A"' in raw),
        "fonts_embedded": all(
            "/FontFile2" in font["/FontDescriptor"] or "/FontFile3" in font["/FontDescriptor"]
            for page in reader.pages
            for font in _fonts(page)
        ),
        "pages": len(reader.pages),
    }


def _fonts(page):
    for font in page["/Resources"]["/Font"].values():
        font = font.get_object()
        for descendant in font.get("/DescendantFonts", [font]):
            descendant = descendant.get_object()
            if "/FontDescriptor" in descendant:
                yield descendant


def test_certificate_and_transcript_are_archival_and_tagged(client, learner, complete_course):
    complete_course()
    certificate = Certificate.objects.get(user=learner)
    with certificate.pdf.open("rb") as handle:
        facts = archival_facts(handle.read())
    assert facts == {
        "title": f"Certificate of Achievement {certificate.number}",
        "author": "Gulf Coast Massage Education",
        "lang": "en",
        "tagged": True,
        "structure": True,
        "pdfa": True,
        "fonts_embedded": True,
        "pages": 1,
    }
    client.force_login(learner)
    transcript = client.get(reverse("certificate_transcript") + "?format=pdf")
    facts = archival_facts(transcript.content)
    assert facts["tagged"] and facts["structure"] and facts["pdfa"] and facts["fonts_embedded"]
    assert facts["lang"] == "en" and facts["title"] == "CE transcript"
    assert facts["author"] == "Gulf Coast Massage Education"


def test_learner_is_told_the_certificate_follows_the_evaluation(
    client, learner, course, modules, final_exam
):
    course.evaluation_required = True
    course.save_revision().publish()
    client.force_login(learner)
    client.post(course.url + "enroll/")
    for module in modules:
        client.post(module.url + "complete/")
    before = client.get(final_exam.url).content.decode()
    assert "your certificate is issued once both are done" in before
    with committed():
        graded = submit(learner, final_exam)
    result = client.get(final_exam.url + f"attempts/{graded.number}/result/").content.decode()
    assert "One step left: evaluate the course to receive your certificate." in result
    assert course.url + "evaluation/" in result
    mine = client.get(reverse("certificate_list")).content.decode()
    assert "One step left: the course evaluation" in mine and f"Evaluate {course.title}" in mine
    assert not Certificate.objects.exists()
    with committed():
        client.post(course.url + "evaluation/", {"rating": "5", "met_objectives": "on"})
    mine = client.get(reverse("certificate_list")).content.decode()
    assert "One step left" not in mine and Certificate.objects.filter(user=learner).exists()


def test_stored_file_names_keep_the_date_however_long_the_names(learner, course, complete_course):
    LearnerProfile.objects.filter(user=learner).update(
        legal_name="Maria-Fernanda de los Ángeles Santisteban-Oyelaran Castellanos Jr."
    )
    course.approved_title = "Clinical Reasoning for Massage Therapists " * 5
    course.save_revision().publish()
    complete_course()
    certificate = Certificate.objects.get(user=learner)
    name = certificate.pdf.name.rsplit("/", 1)[-1]
    assert name.endswith(f"_{certificate.completed_on.isoformat()}.pdf")
    assert name == services.pdf_filename(certificate)  # no truncation, no random suffix
