"""Production settings pass Django's deployment checks and refuse to start half-configured."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GOOD = {
    "SECRET_KEY": "a-long-random-production-key-" + "x" * 40,
    "ALLOWED_HOSTS": "ce.example.org",
    "BASE_URL": "https://ce.example.org",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
}


def manage(*args, **env):
    # A clean environment, as a server has: nothing from the test run (such as the browser
    # tests' DJANGO_ALLOW_ASYNC_UNSAFE) leaks in.
    environment = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": os.environ.get("HOME", str(ROOT)),
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "VAR_DIR": str(ROOT / "var" / "production-check"),
        **env,
    }
    return subprocess.run(  # noqa: S603 - our own manage.py with fixed arguments
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_deploy_checks_pass_with_production_settings():
    result = manage("check", "--deploy", "--fail-level", "WARNING", **GOOD)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("missing", "message"),
    [
        ("SECRET_KEY", "SECRET_KEY must be set"),
        ("ALLOWED_HOSTS", "ALLOWED_HOSTS must list"),
        ("BASE_URL", "BASE_URL must be the site's public https://"),
        ("REDIS_URL", "REDIS_URL must point at the shared Redis cache"),
    ],
)
def test_production_refuses_to_start_without(missing, message):
    env = {name: value for name, value in GOOD.items() if name != missing}
    result = manage("check", **env)
    assert result.returncode != 0 and message in result.stderr


def test_production_refuses_a_plain_http_base_url():
    result = manage("check", **{**GOOD, "BASE_URL": "http://ce.example.org"})
    assert result.returncode != 0 and "https://" in result.stderr
