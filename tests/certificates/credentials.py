"""Checks a verifier runs on a signed certificate PDF or an Open Badges credential, written
against the public tools and the site's published files, not the project's own code."""

import base64
import datetime as dt
import gzip
import io
import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from urllib.parse import urlparse

import jsonschema
import pytest
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from joserfc import jws
from joserfc.jwk import ECKey
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

SCHEMA_FILE = Path(__file__).parents[1] / "data" / "openbadges" / "achievementcredential.json"
STATUS_LIST_BITS = 131_072  # the Bitstring Status List minimum


def stored_pdf(certificate) -> bytes:
    with certificate.pdf.open("rb") as handle:
        return handle.read()


def der(certificate: x509.Certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(certificate.public_bytes(serialization.Encoding.DER))


def pyhanko_status(data: bytes, trust: list[x509.Certificate]):
    """pyHanko's validation of the PDF's one signature, trusting `trust`."""
    (signature,) = PdfFileReader(io.BytesIO(data)).embedded_signatures
    context = ValidationContext(trust_roots=[der(c) for c in trust], allow_fetching=False)
    return validate_pdf_signature(signature, context)


def one_byte_changed(data: bytes) -> bytes:
    """`data` with one bit flipped halfway into the first signed byte range."""
    start, length = map(int, re.search(rb"/ByteRange \[\s*(\d+) (\d+)", data).groups())
    changed = bytearray(data)
    changed[start + length // 2] ^= 0x01
    return bytes(changed)


def pdfsig(path: Path) -> str:
    """poppler's verdict on a PDF's signatures. Without poppler-utils this skips, except
    where E2E_REQUIRED=1 (CI, which installs it) asks for every tool to be there."""
    if shutil.which("pdfsig") is None:
        if os.environ.get("E2E_REQUIRED") == "1":
            pytest.fail("pdfsig is missing: apt-get install poppler-utils")
        pytest.skip("poppler-utils (pdfsig) is not installed")
    result = subprocess.run(  # noqa: S603 - a fixed tool on a file the test wrote
        ["pdfsig", str(path)],  # noqa: S607
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    return result.stdout


def schema_errors(credential: dict) -> list[str]:
    """What the published Open Badges 3.0 JSON Schema finds wrong with `credential`."""
    schema = json.loads(SCHEMA_FILE.read_text())
    checker = jsonschema.FormatChecker(formats=())

    @checker.checks("date-time", raises=ValueError)
    def date_time(value) -> bool:
        if not isinstance(value, str):
            return True
        return "T" in value and dt.datetime.fromisoformat(value).tzinfo is not None

    @checker.checks("date", raises=ValueError)
    def date(value) -> bool:
        return not isinstance(value, str) or bool(dt.date.fromisoformat(value))

    validator = jsonschema.validators.validator_for(schema)(schema, format_checker=checker)
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(credential)]


def segment(token: str, index: int) -> dict:
    """The decoded JOSE header (0) or payload (1) of a compact JWS, unverified."""
    part = token.split(".")[index]
    return json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))


def published_key(client, token: str) -> ECKey:
    """The key the token names, fetched from the site as any verifier would."""
    kid = segment(token, 0)["kid"]
    response = client.get(urlparse(kid).path)
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"
    (jwk,) = [key for key in response.json()["keys"] if key["kid"] == kid]
    assert "d" not in jwk  # never the private part
    return ECKey.import_key(jwk)


def verified_claims(client, token: str) -> dict:
    """The payload, once its signature is verified with the site's published key."""
    obj = jws.deserialize_compact(token, published_key(client, token), algorithms=["ES256"])
    return json.loads(obj.payload)


def status_bit(client, token: str) -> int:
    """Whether the token's credential is revoked, read from the status list it names."""
    entry = segment(token, 1)["credentialStatus"]
    assert entry["type"] == "BitstringStatusListEntry" and entry["statusPurpose"] == "revocation"
    response = client.get(urlparse(entry["statusListCredential"]).path)
    assert response.status_code == 200 and response["Access-Control-Allow-Origin"] == "*"
    status_list = verified_claims(client, response.content.decode())
    assert status_list["type"] == ["VerifiableCredential", "BitstringStatusListCredential"]
    assert status_list["id"] == entry["statusListCredential"]
    encoded = status_list["credentialSubject"]["encodedList"]
    assert encoded.startswith("u")  # multibase base64url
    bits = gzip.decompress(base64.urlsafe_b64decode(encoded[1:] + "=" * (-len(encoded[1:]) % 4)))
    assert len(bits) * 8 == STATUS_LIST_BITS
    index = int(entry["statusListIndex"])
    return bits[index // 8] >> (7 - index % 8) & 1
