"""The demo site's certificate, as `manage.py load_demo` issues it, is a signed PDF that
pyHanko and pdfsig accept, with a badge that validates against the Open Badges 3.0 schema
and the published key; revoking it shows on the verification page, the status list and the
badge check."""

import io

import pytest
from django.core.management import call_command
from django.urls import reverse

from certificates.models import Certificate
from certificates.services import certificate_revoke
from certificates.signing import signing_identity
from cms.models import ProviderSettings, User
from tests.certificates.credentials import (
    pdfsig,
    pyhanko_status,
    schema_errors,
    status_bit,
    stored_pdf,
    verified_claims,
)
from tests.conftest import committed

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_certificate(settings, tmp_path) -> Certificate:
    # A fresh signing key, made in the demo provider's name on first use, and the demo's own
    # provider details rather than this folder's test provider.
    settings.CERTIFICATE_SIGNING_PKCS12 = str(tmp_path / "signing" / "demo.p12")
    ProviderSettings.objects.all().delete()
    with committed():
        call_command("load_demo", stdout=io.StringIO())
    return Certificate.objects.get(user__email="learner@example.com")


def test_demo_certificate_is_signed_and_its_badge_verifies_until_revoked(
    client, tmp_path, demo_certificate
):
    identity = signing_identity()
    assert identity.signer_name == "Harbourview Massage Education (development)"
    data = stored_pdf(demo_certificate)
    status = pyhanko_status(data, [identity.certificate])
    assert status.intact and status.valid and status.trusted
    path = tmp_path / "demo.pdf"
    path.write_bytes(data)
    report = pdfsig(path)
    assert "Signature Validation: Signature is Valid." in report
    assert "Signer Certificate Common Name: Harbourview Massage Education (development)" in report

    client.force_login(User.objects.get(email="learner@example.com"))
    badge = client.get(reverse("certificate_badge", args=[demo_certificate.number]))
    token = badge.content.decode()
    credential = verified_claims(client, token)
    assert schema_errors(credential) == []
    assert credential["issuer"]["name"] == "Harbourview Massage Education"
    assert status_bit(client, token) == 0

    certificate_revoke(
        certificate=demo_certificate,
        actor=User.objects.get(email="admin@example.com"),
        reason="Demonstration of a revocation",
    )
    client.logout()
    page = client.get(reverse("certificate_verify", args=[demo_certificate.code])).content
    assert b"Revoked" in page and b"Demonstration of a revocation" in page
    assert status_bit(client, token) == 1
    check = client.post(reverse("certificate_badge_verify"), {"credential": token})
    assert check.status_code == 200 and b"Revoked badge" in check.content
