"""Production signs every certificate: it refuses to start without the provider's key (see
tests/config/test_production_settings.py), and only an explicit CERTIFICATE_SIGNING=off issues
unsigned certificates, which the deployment checks then report."""

from tests.config.test_production_settings import GOOD, manage, signing_key  # noqa: F401


def test_deploy_checks_pass_with_the_signing_key_and_say_so():
    result = manage("check", "--deploy", "--fail-level", "WARNING", **GOOD)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "certificates.W001" not in result.stdout + result.stderr  # signing is on


def test_signing_turned_off_is_reported_by_the_deploy_checks():
    env = {k: v for k, v in GOOD.items() if not k.startswith("CERTIFICATE_SIGNING_")}
    result = manage("check", "--deploy", **env, CERTIFICATE_SIGNING="off")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "certificates.W001" in result.stdout + result.stderr
    strict = manage(
        "check", "--deploy", "--fail-level", "WARNING", **env, CERTIFICATE_SIGNING="off"
    )
    assert strict.returncode != 0
