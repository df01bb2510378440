"""The hand-off from a completed course to its certificate: queued once after commit, rendered
outside any transaction, and recovering by itself from a storage failure."""

import shutil
from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.core import mail
from django.core.management import call_command
from django.db import connection, transaction
from django.urls import reverse
from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks.signals import task_enqueued
from django_tasks_db.models import DBTaskResult

from certificates import services
from certificates.models import Certificate
from certificates.services import certificate_reissue
from certificates.tasks import issue_certificate
from courses.models import CourseCompletion
from courses.services import module_mark_completed
from tests.conftest import committed
from tests.factories import ModulePageFactory

DB_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture
def enqueued():
    """Names of the certificate tasks enqueued during the test, in order."""
    names = []

    def record(sender, task_result, **kwargs):
        if task_result.task.module_path.startswith("certificates."):
            names.append(task_result.task.name)

    task_enqueued.connect(record)
    yield names
    task_enqueued.disconnect(record)


@pytest.fixture
def broken_storage():
    """Certificate storage that fails: a file stands where its folder must be created."""
    root = Path(settings.PRIVATE_MEDIA_ROOT)
    root.mkdir(parents=True, exist_ok=True)
    blocker = root / "certificates"
    if blocker.is_dir():
        shutil.rmtree(blocker)  # earlier tests' files in this run's throwaway folder
    blocker.write_text("not a folder")
    yield blocker
    if blocker.is_file():
        blocker.unlink()


def certificate_tasks():
    return DBTaskResult.objects.filter(task_path__startswith="certificates.")


def worker():
    call_command("db_worker", batch=True, no_startup_delay=True, interval=0)


@pytest.mark.django_db
def test_issue_is_queued_once_when_the_course_first_completes(
    learner, course, modules, complete_course, enqueued
):
    complete_course()
    assert enqueued.count("issue_certificate") == 1
    assert CourseCompletion.objects.filter(user=learner, course=course).count() == 1
    optional = ModulePageFactory(parent=course, is_required=False)
    with committed():
        module_mark_completed(user=learner, module=optional)
        learner.profile.save()
    assert enqueued.count("issue_certificate") == 1
    assert Certificate.objects.filter(user=learner).count() == 1


@pytest.mark.django_db
def test_nothing_is_queued_until_the_completing_transaction_commits(
    learner, course, modules, final_exam, enqueued
):
    from courses.services import enrollment_create
    from quizzes.services import attempt_start, attempt_submit
    from tests.factories.quizzes import key_answers

    with committed():
        enrollment_create(user=learner, course=course)
        for module in modules:
            module_mark_completed(user=learner, module=module)
        with transaction.atomic():
            attempt, _ = attempt_start(user=learner, quiz=final_exam)
            attempt_submit(attempt=attempt, answers=key_answers(attempt.snapshot))
            assert CourseCompletion.objects.filter(user=learner).exists()
            assert enqueued == []  # completed, but not committed yet
        assert enqueued == []
    assert enqueued == ["issue_certificate"]


@pytest.mark.django_db(transaction=True)
def test_rendering_never_runs_inside_a_transaction(
    learner, editor, course, complete_course, monkeypatch
):
    seen = []
    real_render = services.render_pdf

    def watched_render(*args, **kwargs):
        seen.append(connection.in_atomic_block)
        return real_render(*args, **kwargs)

    monkeypatch.setattr(services, "render_pdf", watched_render)
    complete_course()
    original = Certificate.objects.get(user=learner)
    certificate_reissue(certificate=original, actor=editor, reason="Legal name corrected")
    assert seen == [False, False]  # the issue, then the re-issue
    assert Certificate.objects.filter(user=learner, pdf="").count() == 0


@pytest.mark.django_db
def test_render_refuses_to_run_inside_a_transaction(learner, complete_course):
    complete_course()
    certificate = Certificate.objects.get(user=learner)
    with transaction.atomic(), pytest.raises(RuntimeError, match="outside transactions"):
        services.certificate_render(certificate=certificate)


@pytest.mark.django_db(transaction=True)
def test_the_real_task_backend_and_worker_issue_a_certificate(
    learner, course, complete_course, settings
):
    settings.TASKS = DB_TASKS
    complete_course()
    assert not Certificate.objects.exists()  # queued, not run in the learner's request
    assert certificate_tasks().filter(status=TaskResultStatus.READY).count() == 1
    worker()
    certificate = Certificate.objects.get(user=learner, course=course)
    assert certificate.is_ready and len(certificate.pdf_sha256) == 64
    assert [m.to for m in mail.outbox] == [[learner.email]]
    assert certificate_tasks().get().status == TaskResultStatus.SUCCESSFUL


@pytest.mark.django_db(transaction=True)
def test_a_storage_failure_is_shown_and_recovers_by_itself(
    client, learner, course, complete_course, settings, broken_storage
):
    settings.TASKS = DB_TASKS
    settings.CERTIFICATE_RENDER_RETRY_DELAYS = [60]
    complete_course()
    worker()
    certificate = Certificate.objects.get(user=learner)
    assert not certificate.is_ready and certificate.render_failures == 1
    assert "Error" in certificate.render_error and not mail.outbox
    client.force_login(learner)
    html = client.get(reverse("certificate_list")).content.decode()
    assert "Being prepared" in html and "being prepared and will be emailed" in html
    assert reverse("certificate_download", args=[certificate.number]) not in html
    assert client.get(reverse("certificate_download", args=[certificate.number])).status_code == 404

    retry = certificate_tasks().get(status=TaskResultStatus.READY)
    assert retry.task_path == "certificates.tasks.render_certificate"
    assert retry.run_after > timezone.now() + timedelta(seconds=30)  # backing off
    broken_storage.unlink()
    DBTaskResult.objects.filter(pk=retry.pk).update(run_after=timezone.now())  # a minute later
    worker()
    certificate.refresh_from_db()
    assert certificate.is_ready and certificate.render_error == ""
    assert [m.to for m in mail.outbox] == [[learner.email]]
    html = client.get(reverse("certificate_list")).content.decode()
    assert reverse("certificate_download", args=[certificate.number]) in html


@pytest.mark.django_db
def test_repair_command_renders_what_failed_once_storage_is_back(
    learner, complete_course, broken_storage
):
    complete_course()  # the immediate backend cannot defer a retry: repair picks it up
    certificate = Certificate.objects.get(user=learner)
    assert not certificate.is_ready and certificate.render_failures == 1
    call_command("certificates_repair", stdout=open("/dev/null", "w"))  # noqa: SIM115
    certificate.refresh_from_db()
    assert not certificate.is_ready and certificate.render_failures == 2
    broken_storage.unlink()
    call_command("certificates_repair", stdout=open("/dev/null", "w"))  # noqa: SIM115
    certificate.refresh_from_db()
    assert certificate.is_ready and certificate.render_error == ""
    assert len(mail.outbox) == 1


@pytest.mark.django_db
def test_repair_command_fails_stuck_tasks_and_issues_lost_completions(
    learner, course, complete_course, settings
):
    settings.TASKS = DB_TASKS
    complete_course()
    stuck = certificate_tasks().get()
    DBTaskResult.objects.filter(pk=stuck.pk).update(
        status=TaskResultStatus.RUNNING, started_at=timezone.now() - timedelta(hours=2)
    )
    with committed():
        counts = services.certificates_repair()
    assert counts == {"stuck": 1, "rendered": 0, "issued": 1}
    assert DBTaskResult.objects.get(pk=stuck.pk).status == TaskResultStatus.FAILED
    queued = certificate_tasks().get(status=TaskResultStatus.READY)
    assert queued.task_path == issue_certificate.module_path
    assert queued.task_result.args == [learner.pk, course.pk]


@pytest.mark.parametrize(
    ("failures", "seconds"), [(0, None), (1, 60), (2, 300), (4, 7200), (5, None)]
)
def test_render_retries_back_off_then_leave_it_to_repair(failures, seconds, settings):
    from certificates.tasks import retry_delay

    settings.CERTIFICATE_RENDER_RETRY_DELAYS = [60, 300, 1800, 7200]
    expected = None if seconds is None else timedelta(seconds=seconds)
    assert retry_delay(failures) == expected
