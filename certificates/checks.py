from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.core.checks import Error, Tags, Warning, register
from django.db import DatabaseError


@register(Tags.database, deploy=True)
def provider_ready_for_certificates(app_configs, databases=None, **kwargs):
    """`manage.py check --deploy --database default`: the CE provider settings have what
    every certificate must print (when CERTIFICATES_REQUIRE_PROVIDER_DETAILS is on). A deploy
    check, so `migrate` runs before the details are filled in."""
    if not databases or not settings.CERTIFICATES_REQUIRE_PROVIDER_DETAILS:
        return []
    from cms.models import ProviderSettings

    try:
        missing = ProviderSettings.load().missing_for_certificates()
    except DatabaseError:
        return []  # not migrated yet: `migrate` comes first
    if not missing:
        return []
    return [
        Error(
            "Certificates cannot be issued: the CE provider settings lack "
            + ", ".join(missing)
            + ".",
            hint="Add them in the admin under Settings → CE provider.",
            id="certificates.E001",
        )
    ]


SIGNING_EXPIRY_WARNING_DAYS = 30


@register(Tags.security, deploy=True)
def signing_key_ready(app_configs, **kwargs):
    """`manage.py check --deploy`: with CERTIFICATE_SIGNING on, the PKCS#12 file opens with
    its password, holds a usable key, and its certificate is current (settings/production.py
    already refuses to start without the file)."""
    if not settings.CERTIFICATE_SIGNING:
        return [
            Warning(
                "Certificate signing is off: certificate PDFs are not signed and learners are "
                "offered no digital badges.",
                hint="Unset CERTIFICATE_SIGNING=off and set CERTIFICATE_SIGNING_PKCS12 and "
                "CERTIFICATE_SIGNING_PASSWORD.",
                id="certificates.W001",
            )
        ]
    from certificates.signing import SigningError, previous_certificates, signing_identity

    try:
        identity = signing_identity()
        previous_certificates()
    except SigningError as error:
        return [
            Error(
                f"Certificates cannot be signed: {error}",
                hint="Set CERTIFICATE_SIGNING_PKCS12 and CERTIFICATE_SIGNING_PASSWORD.",
                id="certificates.E002",
            )
        ]
    now = datetime.now(UTC)
    certificate = identity.certificate
    if not certificate.not_valid_before_utc <= now <= certificate.not_valid_after_utc:
        return [
            Error(
                "The certificate signing key's certificate is not valid now "
                f"(valid {certificate.not_valid_before_utc:%Y-%m-%d} to "
                f"{certificate.not_valid_after_utc:%Y-%m-%d}).",
                hint="Renew it, and list the old certificate in "
                "CERTIFICATE_SIGNING_PREVIOUS_CERTIFICATES.",
                id="certificates.E003",
            )
        ]
    if certificate.not_valid_after_utc < now + timedelta(days=SIGNING_EXPIRY_WARNING_DAYS):
        return [
            Warning(
                f"The certificate signing key's certificate expires on "
                f"{certificate.not_valid_after_utc:%Y-%m-%d}.",
                hint="Renew it, and list the old certificate in "
                "CERTIFICATE_SIGNING_PREVIOUS_CERTIFICATES.",
                id="certificates.W001",
            )
        ]
    return []
