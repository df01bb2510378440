"""Open Badges 3.0: every certificate as an `OpenBadgeCredential` (a W3C Verifiable
Credential), signed as a VC-JWT (JOSE compact serialization, ES256) with the provider's key
(certificates/signing.py), and the Bitstring Status List that revokes it.

The credential is built from the certificate's frozen snapshot, never from live course data,
so it says what the PDF says. Verifiers need nothing but this site's public files: the key set
at /.well-known/jwks.json (each key carries its X.509 certificate, the one that signs the PDFs)
and the status list named in the credential. A certificate's index in the status lists is its
primary key: stable, unique, and no more telling than the certificate number.
"""

import base64
import datetime as dt
import gzip
import json
import re
import uuid
from dataclasses import dataclass
from decimal import Decimal
from urllib.parse import urlparse

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from django.conf import settings
from django.urls import Resolver404, resolve, reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from joserfc import jws
from joserfc.errors import BadSignatureError, JoseError
from joserfc.jwk import ECKey

from certificates.models import Certificate, CertificateStatus
from certificates.selectors import certificate_for_verification
from certificates.services import verification_url
from certificates.signing import provider_certificates, signing_identity

ALGORITHM = "ES256"
CONTEXT = [
    "https://www.w3.org/ns/credentials/v2",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
]
SCHEMA = (
    "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json"
)
# Bits per status list: the specification's minimum (16 KiB), so that fetching a list tells
# the provider nothing about which credential is being checked.
STATUS_LIST_SIZE = 131_072
# A pasted or uploaded credential larger than this is refused unread (ours are about 4 KiB).
MAX_CREDENTIAL_BYTES = 64 * 1024
COMPACT_JWS = re.compile(r"[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")


def site_url(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def issuer_id() -> str:
    return site_url(reverse("badge_issuer"))


def status_list_url(number: int) -> str:
    return site_url(reverse("badge_status_list", args=[number]))


def _key(certificate: x509.Certificate) -> ECKey:
    return ECKey.import_key(
        certificate.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )


def key_id(certificate: x509.Certificate) -> str:
    """A URL that leads to the key: the key set's address and the key's RFC 7638
    thumbprint."""
    return site_url(reverse("badge_jwks")) + "#" + _key(certificate).thumbprint()


def jwks() -> dict:
    """The public keys badges are signed with, current first, each with its certificate."""
    return {
        "keys": [
            {
                **_key(certificate).as_dict(private=False),
                "kid": key_id(certificate),
                "alg": ALGORITHM,
                "use": "sig",
                "x5c": [
                    base64.b64encode(certificate.public_bytes(serialization.Encoding.DER)).decode()
                ],
            }
            for certificate in provider_certificates()
        ]
    }


def _timestamp(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _start_of(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time.min, tzinfo=timezone.get_default_timezone())


def valid_until(certificate: Certificate) -> dt.datetime | None:
    """The last second of the expiry day, in the site's time zone (as `is_expired` counts)."""
    if certificate.expires_on is None:
        return None
    return _start_of(certificate.expires_on + dt.timedelta(days=1)) - dt.timedelta(seconds=1)


def _urn(name: str) -> str:
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, name)}"


def _hours(value: Decimal | str) -> str:
    return str(Decimal(value).quantize(Decimal("0.01")))


def _approval_entries(approvals: list[dict], kind: str) -> list[dict]:
    return [
        {
            "type": "IdentifierEntry",
            "identifier": f"{a['body']}: {a['number']}",
            "identifierType": kind,
        }
        for a in approvals
        if a.get("number")
    ]


def _course_approvals(certificate: Certificate) -> list[dict]:
    if certificate.course_approvals:
        return certificate.course_approvals
    if certificate.course_approval_number:  # issued before per-body approvals
        return [{"body": certificate.provider_name, "number": certificate.course_approval_number}]
    return []


def _approval_text(approval: dict) -> str:
    if approval.get("hours"):
        return _("%(body)s (%(number)s, %(hours)s CE hours)") % {
            **approval,
            "hours": _hours(approval["hours"]),
        }
    return _("%(body)s (%(number)s)") % approval


def _achievement(certificate: Certificate) -> dict:
    approvals = _course_approvals(certificate)
    hours = _hours(certificate.ce_hours)
    description = _("%(hours)s CE hours in %(topic)s; %(delivery)s.") % {
        "hours": hours,
        "topic": certificate.topic,
        "delivery": certificate.delivery or certificate.course_type,
    }
    if approvals:
        description += " " + _("Approved by %(approvals)s.") % {
            "approvals": "; ".join(_approval_text(a) for a in approvals)
        }
    if certificate.instructors:
        description += " " + _("Instructors: %(names)s.") % {"names": certificate.instructors}
    if certificate.final_score is not None:
        criteria = _(
            "Completed every required part of this %(type)s course and passed its graded final "
            "test."
        ) % {"type": certificate.course_type.lower()}
    else:
        criteria = _("Completed every required part of this %(type)s course.") % {
            "type": certificate.course_type.lower()
        }
    achievement = {
        # One achievement per course as approved: the same for every learner who completed it.
        "id": _urn(
            site_url(f"/courses/{certificate.course_id}#{certificate.course_title}|{hours}")
        ),
        "type": ["Achievement"],
        "achievementType": "CertificateOfCompletion",
        "name": certificate.course_title,
        "description": description,
        "criteria": {"narrative": criteria},
        "creditsAvailable": float(certificate.ce_hours),
        "fieldOfStudy": certificate.topic,
        "inLanguage": settings.LANGUAGE_CODE,
    }
    if approvals:
        achievement["otherIdentifier"] = _approval_entries(approvals, "ext:CEApprovalNumber")
    return achievement


def _issuer(certificate: Certificate) -> dict:
    issuer = {
        "id": issuer_id(),
        "type": ["Profile"],
        "name": certificate.provider_name,
        "url": site_url("/"),
    }
    if certificate.provider_approvals:
        issuer["otherIdentifier"] = _approval_entries(
            certificate.provider_approvals, "ext:ProviderApprovalNumber"
        )
    if certificate.provider_email:
        issuer["email"] = certificate.provider_email
    if certificate.signatory_name:
        issuer["official"] = certificate.signatory_name
    return issuer


def _identity(kind: str, value: str) -> dict:
    return {"type": "IdentityObject", "identityType": kind, "hashed": False, "identityHash": value}


def _subject(certificate: Certificate, *, subject_id: str, share_licence: bool) -> dict:
    identifiers = [_identity("name", certificate.learner_name)]
    if share_licence and certificate.licence_number:
        identifiers.append(_identity("ext:LicenceNumber", certificate.licence_number))
        if certificate.jurisdiction:
            identifiers.append(_identity("ext:LicenceJurisdiction", certificate.jurisdiction))
    return {
        "id": subject_id,
        "type": ["AchievementSubject"],
        "identifier": identifiers,
        "achievement": _achievement(certificate),
        "creditsEarned": float(certificate.ce_hours),
        "activityEndDate": _timestamp(_start_of(certificate.completed_on)),
    }


def status_entry(certificate: Certificate) -> dict:
    number, index = divmod(certificate.pk, STATUS_LIST_SIZE)
    url = status_list_url(number)
    return {
        "id": f"{url}#{index}",
        "type": "BitstringStatusListEntry",
        "statusPurpose": "revocation",
        "statusListIndex": str(index),
        "statusListCredential": url,
    }


def credential(certificate: Certificate, *, share_licence: bool) -> dict:
    """The certificate as an OpenBadgeCredential, from its frozen snapshot. The licence
    number and jurisdiction are included only with `share_licence` (the learner's consent)."""
    url = verification_url(certificate)
    with translation.override(settings.LANGUAGE_CODE):
        body = {
            "@context": CONTEXT,
            "id": url,
            "type": ["VerifiableCredential", "OpenBadgeCredential"],
            "name": f"{certificate.title}: {certificate.course_title}",
            "issuer": _issuer(certificate),
            "validFrom": _timestamp(certificate.issued_at),
            "awardedDate": _timestamp(certificate.issued_at),
            # A pseudonym per certificate: the learner's badges cannot be linked by it.
            "credentialSubject": _subject(
                certificate, subject_id=_urn(f"{url}#subject"), share_licence=share_licence
            ),
            "credentialStatus": status_entry(certificate),
            "credentialSchema": [{"id": SCHEMA, "type": "1EdTechJsonSchemaValidator2019"}],
        }
    until = valid_until(certificate)
    if until is not None:
        body["validUntil"] = _timestamp(until)
    return body


def _seconds(value: str) -> int:
    return int(dt.datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp())


def sign(body: dict) -> str:
    """`body` (a credential) as a VC-JWT: the credential is the JWT payload, with the
    registered claims Open Badges 3.0 asks for (iss, jti, sub, nbf, and exp if it expires)."""
    identity = signing_identity()
    claims = {
        **body,
        "iss": body["issuer"]["id"] if isinstance(body["issuer"], dict) else body["issuer"],
        "jti": body["id"],
        "nbf": _seconds(body["validFrom"]),
    }
    if "id" in body["credentialSubject"]:
        claims["sub"] = body["credentialSubject"]["id"]
    if "validUntil" in body:
        claims["exp"] = _seconds(body["validUntil"])
    key = ECKey.import_key(
        identity.key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return jws.serialize_compact(
        {"alg": ALGORITHM, "kid": key_id(identity.certificate), "typ": "JWT"},
        json.dumps(claims, ensure_ascii=False, separators=(",", ":")).encode(),
        key,
        algorithms=[ALGORITHM],
    )


def badge_for(certificate: Certificate, *, share_licence: bool) -> str:
    """The learner's downloadable badge: the signed credential, as a compact JWS."""
    return sign(credential(certificate, share_licence=share_licence))


def encode_status_list(indexes: list[int], *, size: int = STATUS_LIST_SIZE) -> str:
    """Bitstring Status List encoding: bit `i` (counted from the first byte's most
    significant bit) is set for every index, GZIP-compressed, multibase base64url."""
    bits = bytearray(size // 8)
    for index in indexes:
        bits[index // 8] |= 0x80 >> (index % 8)
    compressed = gzip.compress(bytes(bits), mtime=0)
    return "u" + base64.urlsafe_b64encode(compressed).rstrip(b"=").decode()


def status_list_credential(number: int, revoked: list[int]) -> str:
    """The signed status list credential for list `number`, with `revoked` bits set."""
    url = status_list_url(number)
    return sign(
        {
            "@context": [CONTEXT[0]],
            "id": url,
            "type": ["VerifiableCredential", "BitstringStatusListCredential"],
            "issuer": issuer_id(),
            "validFrom": _timestamp(timezone.now()),
            "credentialSubject": {
                "id": f"{url}#list",
                "type": "BitstringStatusList",
                "statusPurpose": "revocation",
                "encodedList": encode_status_list(revoked),
            },
        }
    )


def issuer_profile() -> dict:
    """The issuer profile the credentials' `issuer.id` leads to: the provider as it is now."""
    from cms.models import ProviderSettings

    provider = ProviderSettings.load()
    profile = {
        "@context": CONTEXT,
        "id": issuer_id(),
        "type": ["Profile"],
        "name": provider.name,
        "url": provider.website or site_url("/"),
    }
    if provider.approvals:
        profile["otherIdentifier"] = _approval_entries(
            provider.approval_list(), "ext:ProviderApprovalNumber"
        )
    if provider.email:
        profile["email"] = provider.email
    return profile


@dataclass(frozen=True)
class BadgeCheck:
    """The outcome of checking a credential someone pasted or uploaded.

    `outcome` is one of OUTCOMES; `certificate` is set once the signature has proved the
    credential one of this provider's and the certificate is found.
    """

    outcome: str
    certificate: Certificate | None = None

    @property
    def http_status(self) -> int:
        return OUTCOMES[self.outcome]


# Outcome: HTTP status. A credential that is genuine but no longer stands is a successful
# check with bad news (200); input that cannot be checked is the sender's problem (4xx).
OUTCOMES = {
    "valid": 200,
    "expired": 200,
    "revoked": 200,
    "superseded": 200,
    "malformed": 400,
    "other_key": 422,
    "tampered": 422,
    "unknown": 404,
    "oversized": 413,
}


def _b64_json(part: str):
    return json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))


def _verification_keys() -> dict[str, ECKey]:
    return {key_id(c): _key(c) for c in provider_certificates()}


def badge_check(token: str) -> BadgeCheck:
    """Check a badge offline-style, as any verifier would: signature against the published
    keys, then the certificate's standing (revoked, superseded, expired)."""
    token = token.strip()
    if len(token.encode()) > MAX_CREDENTIAL_BYTES:
        return BadgeCheck("oversized")
    if not COMPACT_JWS.fullmatch(token):
        return BadgeCheck("malformed")
    try:
        header = _b64_json(token.split(".", 1)[0])
    except (ValueError, RecursionError):  # not base64url, not JSON, or nested too deep
        return BadgeCheck("malformed")
    if not isinstance(header, dict):
        return BadgeCheck("malformed")
    keys = _verification_keys()
    key = keys.get(header.get("kid")) if isinstance(header.get("kid"), str) else None
    if key is None or header.get("alg") != ALGORITHM:
        return BadgeCheck("other_key")
    try:
        claims = json.loads(jws.deserialize_compact(token, key, algorithms=[ALGORITHM]).payload)
    except BadSignatureError:
        return BadgeCheck("tampered")
    except (JoseError, ValueError):
        return BadgeCheck("malformed")
    if not isinstance(claims, dict) or claims.get("jti") != claims.get("id"):
        return BadgeCheck("malformed")
    certificate = _certificate_for(claims.get("id"))
    if certificate is None:
        return BadgeCheck("unknown")
    if certificate.status == CertificateStatus.REVOKED:
        return BadgeCheck("revoked", certificate)
    if certificate.status == CertificateStatus.SUPERSEDED:
        return BadgeCheck("superseded", certificate)
    expires = claims.get("exp")
    if certificate.is_expired or (
        isinstance(expires, int) and expires < timezone.now().timestamp()
    ):
        return BadgeCheck("expired", certificate)
    return BadgeCheck("valid", certificate)


def _certificate_for(credential_id) -> Certificate | None:
    """The certificate whose verification page the credential's id is. Only the path counts:
    the signature already proved the provider issued it, perhaps under an earlier address."""
    if not isinstance(credential_id, str):
        return None
    try:
        match = resolve(urlparse(credential_id).path)
    except Resolver404:
        return None
    if match.url_name != "certificate_verify":
        return None
    return certificate_for_verification(code=match.kwargs["code"])
