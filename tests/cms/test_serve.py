"""`manage.py serve` (`make serve`): the production settings behind gunicorn, with the task
worker and the scheduler, answering /healthz, and every process gone after SIGTERM."""

import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest
from django.conf import settings
from django.db import connection

ROOT = Path(settings.BASE_DIR)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def server_database_env() -> dict[str, str]:
    """Point the server at the test database: migrated already, and emptied after the test
    (transactional, so the test holds no transaction that would block the server's)."""
    name = str(connection.settings_dict["NAME"])
    if connection.vendor == "sqlite":
        return {"SQLITE_PATH": name, "DATABASE_URL": ""}
    url = urlsplit(os.environ["DATABASE_URL"])
    return {"DATABASE_URL": urlunsplit(url._replace(path=f"/{name}"))}


def wait_for(predicate, *, seconds: float):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        result = predicate()
        if result:
            return result
        time.sleep(0.5)
    return None


def healthz(port: int):
    url = f"http://127.0.0.1:{port}/healthz"
    try:
        with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310
            return response.status, json.loads(response.read())
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


def is_running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.fixture
def server(transactional_db, tmp_path):
    """`manage.py serve` on a free port; yields (process, port, log path)."""
    port = free_port()
    log = tmp_path / "serve.log"
    env = {
        **os.environ,
        **server_database_env(),
        "VAR_DIR": str(tmp_path / "var"),
        "REDIS_URL": os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/15"),
        "WEB_CONCURRENCY": "1",
        "PYTHONUNBUFFERED": "1",
    }
    for name in ("DJANGO_SETTINGS_MODULE", "SECRET_KEY", "ALLOWED_HOSTS", "BASE_URL"):
        env.pop(name, None)  # the local defaults are part of what is tested
    command = [sys.executable, "manage.py", "serve", "--port", str(port), "--no-collectstatic"]
    command += ["--overdue-every", "600", "--repair-every", "600", "--stop-timeout", "20"]
    with log.open("w") as output:
        process = subprocess.Popen(  # noqa: S603
            command, cwd=ROOT, env=env, stdout=output, stderr=subprocess.STDOUT
        )
    try:
        yield process, port, log
    finally:
        if process.poll() is None:
            # SIGTERM first: the server stops its children; a SIGKILL would orphan them.
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def test_serve_answers_healthz_runs_the_scheduler_and_stops_every_child_on_sigterm(server):
    process, port, log = server
    answer = wait_for(lambda: healthz(port) or process.poll() is not None, seconds=120)
    assert answer is not True and answer is not None, log.read_text()
    assert answer == (200, {"status": "ok", "database": "ok", "cache": "ok", "tasks": "ok"})
    scheduled = wait_for(
        lambda: (
            "Closed 0 overdue attempt(s)." in log.read_text()
            and "Marked 0 stuck task(s) failed" in log.read_text()
        ),
        seconds=60,
    )
    assert scheduled, log.read_text()
    text = log.read_text()
    assert "local defaults, not for deployment: SECRET_KEY" in text
    children = [int(pid) for pid in re.findall(r"started \w+ \(pid (\d+)\)", text)]
    children += [int(pid) for pid in re.findall(r"Booting worker with pid: (\d+)", text)]
    assert len(children) == 3  # gunicorn, its one worker, db_worker
    assert all(is_running(pid) for pid in children)

    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=60) == 0, log.read_text()
    assert [pid for pid in children if is_running(pid)] == []
    assert log.read_text().rstrip().endswith("serve: stopped")
