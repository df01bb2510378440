from datetime import timedelta

import pytest
from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

pytestmark = pytest.mark.django_db


def test_healthz_answers_ok_with_a_short_json_body(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok", "tasks": "ok"}
    assert "no-store" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


def test_healthz_is_503_when_tasks_wait_too_long(client, settings, learner, complete_course):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    from tests.conftest import committed

    with committed():
        complete_course()
    assert client.get("/healthz").status_code == 200  # just queued
    long_ago = timezone.now() - timedelta(hours=1)
    DBTaskResult.objects.filter(status=TaskResultStatus.READY).update(
        enqueued_at=long_ago, run_after=long_ago
    )
    response = client.get("/healthz")
    assert response.status_code == 503 and response.json()["tasks"] == "delayed"

    # The load balancer's probe keeps serving web nodes while the worker catches up.
    web = client.get("/healthz?scope=web")
    assert web.status_code == 200
    assert web.json() == {"status": "ok", "database": "ok", "cache": "ok"}
