"""Production settings pass Django's deployment checks and refuse to start half-configured."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

from certificates.signing import dev_certificate_create

ROOT = Path(__file__).resolve().parents[2]
GOOD = {
    "SECRET_KEY": "a-long-random-production-key-" + "x" * 40,
    "ALLOWED_HOSTS": "ce.example.org",
    "BASE_URL": "https://ce.example.org",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
}


@pytest.fixture(scope="module", autouse=True)
def signing_key(tmp_path_factory):
    """Production signs every certificate: GOOD gains the provider's PKCS#12 file."""
    path = tmp_path_factory.mktemp("signing") / "provider.p12"
    dev_certificate_create(path=path, name="Harbourview Massage Education")
    GOOD.update(
        CERTIFICATE_SIGNING_PKCS12=str(path),
        CERTIFICATE_SIGNING_PASSWORD=settings.CERTIFICATE_SIGNING_PASSWORD,
    )
    yield
    del GOOD["CERTIFICATE_SIGNING_PKCS12"], GOOD["CERTIFICATE_SIGNING_PASSWORD"]


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
        ("CERTIFICATE_SIGNING_PKCS12", "CERTIFICATE_SIGNING_PKCS12 must name the provider's"),
        ("CERTIFICATE_SIGNING_PASSWORD", "CERTIFICATE_SIGNING_PKCS12 must name the provider's"),
    ],
)
def test_production_refuses_to_start_without(missing, message):
    env = {name: value for name, value in GOOD.items() if name != missing}
    result = manage("check", **env)
    assert result.returncode != 0 and message in result.stderr


def test_production_refuses_a_plain_http_base_url():
    result = manage("check", **{**GOOD, "BASE_URL": "http://ce.example.org"})
    assert result.returncode != 0 and "https://" in result.stderr
