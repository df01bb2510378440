"""Open Badges 3.0 credentials: what a learner downloads validates against the published
schema, verifies with the key the site publishes, leaves the licence out without consent,
and is revoked through the published status list. Badges someone pastes or uploads are
checked with a clear verdict, and input that cannot be checked gets a 4xx."""

import base64
import datetime as dt
import json
from decimal import Decimal
from urllib.parse import urlparse

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from joserfc import jws
from joserfc.errors import BadSignatureError
from joserfc.jwk import ECKey

from certificates import badges
from certificates.models import Certificate
from certificates.services import certificate_reissue, certificate_revoke, verification_url
from certificates.signing import signing_identity
from cms.models import LearnerProfile, ProviderSettings
from courses.models import CoursePage
from tests.certificates.credentials import (
    published_key,
    schema_errors,
    segment,
    status_bit,
    verified_claims,
)
from tests.conftest import committed
from tests.factories import CertificateFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def issued(learner, course, complete_course) -> Certificate:
    """A certificate issued the real way, for a course with a board approval."""
    course.approvals.create(body="NCBTMB", number="CE-7788", hours=Decimal("3.00"))
    course.save_revision().publish()
    complete_course()
    return Certificate.objects.get(user=learner)


@pytest.fixture
def certificate(learner, course) -> Certificate:
    """A certificate row as issue stores it, without rendering a PDF (badges need none)."""
    return CertificateFactory(user=learner, course=course)


def download(client, certificate: Certificate) -> str:
    response = client.get(reverse("certificate_badge", args=[certificate.number]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vc+jwt"
    assert response["Content-Disposition"].endswith('_badge.jwt"')
    return response.content.decode()


def test_badge_validates_against_the_open_badges_3_schema(learner_client, learner, issued):
    credential = verified_claims(learner_client, download(learner_client, issued))
    assert schema_errors(credential) == []
    assert credential["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert credential["@context"][0] == "https://www.w3.org/ns/credentials/v2"

    achievement = credential["credentialSubject"]["achievement"]
    assert achievement["name"] == issued.course_title
    assert achievement["creditsAvailable"] == 3.0
    assert "3.00 CE hours" in achievement["description"]
    assert "passed its graded final test" in achievement["criteria"]["narrative"]
    assert {"type": "IdentifierEntry", "identifier": "NCBTMB: CE-7788"}.items() <= (
        achievement["otherIdentifier"][0].items()
    )
    issuer = credential["issuer"]
    assert issuer["name"] == "Gulf Coast Massage Education"
    assert [entry["identifier"] for entry in issuer["otherIdentifier"]] == [
        "NCBTMB: 451234-11",
        "Florida Board of Massage Therapy: 50-12345",
    ]
    subject = credential["credentialSubject"]
    assert subject["identifier"] == [
        {
            "type": "IdentityObject",
            "identityType": "name",
            "hashed": False,
            "identityHash": issued.learner_name,
        }
    ]
    assert subject["creditsEarned"] == 3.0
    assert credential["validFrom"] == issued.issued_at.replace(microsecond=0).isoformat().replace(
        "+00:00", "Z"
    )
    assert "validUntil" not in credential  # the course's certificates do not expire
    # Its id is the verification page, and that page is there.
    assert credential["id"] == verification_url(issued)
    assert learner_client.get(urlparse(credential["id"]).path).status_code == 200
    # Open Badges 3.0 JWT claims mirror the credential.
    assert credential["iss"] == issuer["id"] and credential["jti"] == credential["id"]
    assert credential["sub"] == subject["id"]
    assert credential["nbf"] == int(issued.issued_at.timestamp())


def test_badge_says_what_the_certificate_froze_not_the_live_course(learner_client, issued):
    CoursePage.objects.filter(pk=issued.course_id).update(approved_title="A later title")
    provider = ProviderSettings.load()
    provider.name = "Renamed Provider"
    provider.save()
    credential = segment(download(learner_client, issued), 1)
    assert credential["credentialSubject"]["achievement"]["name"] == issued.course_title
    assert credential["issuer"]["name"] == "Gulf Coast Massage Education"


def test_validity_ends_with_the_certificate_expiry_day(learner_client, learner, course):
    expires = timezone.localdate() + dt.timedelta(days=30)
    certificate = CertificateFactory(user=learner, course=course, expires_on=expires)
    credential = segment(download(learner_client, certificate), 1)
    assert schema_errors(credential) == []
    until = dt.datetime.fromisoformat(credential["validUntil"])
    assert timezone.localtime(until).date() == expires
    assert timezone.localtime(until + dt.timedelta(seconds=1)).date() == expires + dt.timedelta(1)
    assert credential["exp"] == int(until.timestamp())


def test_badge_verifies_with_the_published_key_that_also_signs_the_pdf(learner_client, issued):
    token = download(learner_client, issued)
    header = segment(token, 0)
    assert header == {"alg": "ES256", "kid": header["kid"], "typ": "JWT"}
    assert urlparse(header["kid"]).path == "/.well-known/jwks.json"
    verified_claims(learner_client, token)  # raises if the signature does not match
    jwks = learner_client.get("/.well-known/jwks.json").json()
    (x5c,) = jwks["keys"][0]["x5c"]
    assert base64.b64decode(x5c) == signing_identity().certificate.public_bytes(
        serialization.Encoding.DER
    )
    # A changed payload does not verify with that key.
    forged = segment(token, 1) | {"name": "Something else"}
    encoded = base64.urlsafe_b64encode(json.dumps(forged).encode()).rstrip(b"=").decode()
    tampered = ".".join([token.split(".")[0], encoded, token.split(".")[2]])
    with pytest.raises(BadSignatureError):
        jws.deserialize_compact(tampered, published_key(learner_client, token), ["ES256"])


def licence_identities(token: str) -> dict:
    return {
        entry["identityType"]: entry["identityHash"]
        for entry in segment(token, 1)["credentialSubject"]["identifier"]
        if entry["identityType"] != "name"
    }


def test_licence_shows_only_once_the_learner_agrees(learner_client, learner, certificate):
    profile = LearnerProfile.objects.get(user=learner)
    assert not profile.badge_shares_licence  # off by default
    token = download(learner_client, certificate)
    assert licence_identities(token) == {}
    assert certificate.licence_number not in segment(token, 1).__repr__()
    page = learner_client.get(reverse("certificate_list")).content.decode()
    assert "Show my licence number and jurisdiction" in page and "checked" not in page

    response = learner_client.post(
        reverse("certificate_badge_consent"), {"share_licence": "on"}, follow=True
    )
    assert "Badges you download now show your licence." in response.content.decode()
    assert licence_identities(download(learner_client, certificate)) == {
        "ext:LicenceNumber": certificate.licence_number,
        "ext:LicenceJurisdiction": certificate.jurisdiction,
    }
    learner_client.post(reverse("certificate_badge_consent"), {})
    assert licence_identities(download(learner_client, certificate)) == {}


def test_only_the_owner_downloads_a_badge_of_a_certificate_that_stands(
    client, learner, other_learner, editor, certificate
):
    url = reverse("certificate_badge", args=[certificate.number])
    assert client.get(url).status_code == 302  # log in first
    client.force_login(other_learner)
    assert client.get(url).status_code == 404
    assert certificate.number not in client.get(reverse("certificate_list")).content.decode()
    client.force_login(learner)
    assert client.get(reverse("certificate_badge", args=["CE-0000-000000"])).status_code == 404
    assert "Download digital badge" in client.get(reverse("certificate_list")).content.decode()
    certificate_revoke(certificate=certificate, actor=editor, reason="Issued in error")
    assert client.get(url).status_code == 404
    assert "Download digital badge" not in client.get(reverse("certificate_list")).content.decode()
    assert client.post(url).status_code == 405


def test_revocation_sets_the_certificate_bit_in_the_published_status_list(
    learner_client, editor, certificate, course, other_learner
):
    CertificateFactory(user=other_learner, course=course)  # a neighbour that stays valid
    token = download(learner_client, certificate)
    assert status_bit(learner_client, token) == 0
    certificate_revoke(certificate=certificate, actor=editor, reason="Attendance falsified")
    assert status_bit(learner_client, token) == 1
    neighbour = badges.badge_for(Certificate.objects.get(user=other_learner), share_licence=False)
    assert status_bit(learner_client, neighbour) == 0


def test_reissue_sets_the_old_bit_and_leaves_the_new_one_clear(learner_client, editor, issued):
    old = download(learner_client, issued)
    with committed():
        new = certificate_reissue(certificate=issued, actor=editor, reason="Legal name corrected")
    assert status_bit(learner_client, old) == 1
    assert status_bit(learner_client, download(learner_client, new)) == 0


def check(client, **data):
    """Post a badge to the public check, as someone who is not logged in."""
    client.logout()
    response = client.post(reverse("certificate_badge_verify"), data)
    return response.status_code, " ".join(response.content.decode().split())


@pytest.mark.parametrize(
    ("change", "status", "verdict", "detail"),
    [
        (None, 200, "Valid badge", "has not been revoked, replaced or expired"),
        ("revoke", 200, "Revoked badge", "Reason: Issued in error"),
        ("reissue", 200, "Replaced badge", "replaced by a newer one"),
    ],
)
def test_a_pasted_badge_gets_its_certificate_standing(
    client, learner_client, editor, certificate, change, status, verdict, detail
):
    token = download(learner_client, certificate)
    if change == "revoke":
        certificate_revoke(certificate=certificate, actor=editor, reason="Issued in error")
    elif change == "reissue":
        with committed():
            certificate_reissue(certificate=certificate, actor=editor, reason="Name corrected")
    code, html = check(client, credential=token)
    assert (code, verdict in html, detail in html) == (status, True, True)
    assert certificate.number in html and certificate.learner_name in html


def test_an_expired_certificate_badge_is_reported_expired(client, learner_client, learner, course):
    certificate = CertificateFactory(
        user=learner, course=course, expires_on=timezone.localdate() - dt.timedelta(days=1)
    )
    code, html = check(client, credential=download(learner_client, certificate))
    assert code == 200 and "Expired badge" in html and "the certificate expired on" in html


def test_an_uploaded_badge_file_is_checked(client, learner_client, certificate):
    token = download(learner_client, certificate)
    client.logout()
    response = client.post(
        reverse("certificate_badge_verify"),
        {"file": SimpleUploadedFile("badge.jwt", token.encode(), "application/vc+jwt")},
    )
    assert response.status_code == 200 and "Valid badge" in response.content.decode()


def signed_with_another_key(token: str, *, kid: str) -> str:
    key = ECKey.import_key(
        ec.generate_private_key(ec.SECP256R1()).private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    header = {"alg": "ES256", "kid": kid, "typ": "JWT"}
    return jws.serialize_compact(header, json.dumps(segment(token, 1)), key, ["ES256"])


def tampered(token: str) -> str:
    header, payload, signature = token.split(".")
    claims = segment(token, 1)
    claims["credentialSubject"]["creditsEarned"] = 30.0
    payload = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode()
    return ".".join([header, payload, signature])


def nested_header(depth: int) -> str:
    header = base64.urlsafe_b64encode(b"[" * depth).rstrip(b"=").decode()
    return f"{header}.e30.c2ln"


def unknown_certificate(token: str) -> str:
    claims = segment(token, 1)
    claims["id"] = claims["jti"] = badges.site_url("/verify/no-such-certificate-code-here/")
    return badges.sign(claims)


@pytest.mark.parametrize(
    ("make", "status", "message"),
    [
        (lambda token: "this is not a badge", 400, "That is not a signed badge."),
        (lambda token: "abc.def.ghi", 400, "That is not a signed badge."),
        (lambda token: nested_header(20_000), 400, "That is not a signed badge."),
        (lambda token: token[:-3] + "." + token[-3:], 400, "That is not a signed badge."),
        (lambda token: "a" * (64 * 1024 + 1), 413, "That is too large to be a badge"),
        (lambda token: "   ", 400, "Paste a badge or choose its file."),
        (
            lambda token: signed_with_another_key(token, kid="https://elsewhere.example/k#1"),
            422,
            "not signed with a key this provider publishes",
        ),
        (
            lambda token: signed_with_another_key(token, kid=segment(token, 0)["kid"]),
            422,
            "its signature does not match its contents",
        ),
        (tampered, 422, "its signature does not match its contents"),
        (unknown_certificate, 404, "the certificate it refers to is not held here"),
    ],
    ids=[
        "prose",
        "not-json",
        "deeply-nested-header",
        "four-parts",
        "oversized",
        "blank",
        "other-key",
        "forged-with-our-key-id",
        "tampered",
        "unknown-certificate",
    ],
)
def test_a_badge_that_cannot_be_trusted_gets_a_clear_message_and_a_4xx(
    client, learner_client, certificate, make, status, message
):
    bad = make(download(learner_client, certificate))
    code, html = check(client, credential=bad)
    assert code == status and message in html
    assert 'name="credential"' in html  # the form is offered again


@pytest.mark.parametrize(
    ("content", "status", "message"),
    [
        (b"\xff\xfe\x00binary", 400, "That file is not a badge"),
        (b"a" * (64 * 1024 + 1), 413, "That is too large to be a badge"),
    ],
)
def test_a_bad_badge_file_gets_a_clear_message_and_a_4xx(client, content, status, message):
    response = client.post(
        reverse("certificate_badge_verify"), {"file": SimpleUploadedFile("badge.jwt", content)}
    )
    assert response.status_code == status and message in response.content.decode()


def test_verification_page_offers_the_badge_check(client, certificate):
    html = client.get(reverse("certificate_verify", args=[certificate.code])).content.decode()
    assert "Check a digital badge" in html
    assert f'action="{reverse("certificate_badge_verify")}"' in html
    assert 'enctype="multipart/form-data"' in html


def test_issuer_profile_and_unknown_status_lists(client, certificate):
    profile = client.get(urlparse(badges.issuer_id()).path)
    assert profile.status_code == 200 and profile.json()["name"] == "Gulf Coast Massage Education"
    assert profile.json()["id"] == badges.issuer_id()
    unknown = certificate.pk // badges.STATUS_LIST_SIZE + 1
    assert client.get(reverse("badge_status_list", args=[unknown])).status_code == 404
    assert client.get("/credentials/status/not-a-number/").status_code == 404


@pytest.mark.parametrize("revoked", [1, 6])
def test_status_list_costs_the_same_however_many_are_revoked(
    client, editor, course, revoked, django_assert_max_num_queries
):
    for _ in range(revoked):
        certificate_revoke(certificate=CertificateFactory(course=course), actor=editor, reason="x")
    client.get(reverse("badge_status_list", args=[0]))  # the site is read once, then kept
    with django_assert_max_num_queries(2):
        response = client.get(reverse("badge_status_list", args=[0]))
    assert response.status_code == 200


def test_badge_check_costs_a_fixed_number_of_queries(
    client, learner_client, certificate, django_assert_max_num_queries
):
    token = download(learner_client, certificate)
    client.logout()
    # The certificate, and what every page's layout reads (site, home page, provider).
    with django_assert_max_num_queries(5):
        response = client.post(reverse("certificate_badge_verify"), {"credential": token})
    assert response.status_code == 200


def test_a_paste_beyond_what_the_server_reads_is_a_400_not_a_500(client, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 256 * 1024
    response = client.post(reverse("certificate_badge_verify"), {"credential": "a" * 300_000})
    assert response.status_code == 400
