"""The provider's signing key: PAdES signatures on certificate PDFs, their verification, and
the self-signed certificate used in development and tests.

The key and its X.509 certificate come from a PKCS#12 file (CERTIFICATE_SIGNING_PKCS12, its
password in CERTIFICATE_SIGNING_PASSWORD). Where CERTIFICATE_SIGNING_DEV_CREATE is on
(development, tests) a missing file is replaced by a self-signed certificate in the provider's
name; production refuses to start without a real one. The same key signs the Open Badges
credentials (certificates/badges.py), so one certificate identifies the provider in both.

A certificate PDF is signed with an incremental update, so the PDF/A document WeasyPrint
wrote stays byte for byte in front of the signature: PAdES baseline B-B, or B-T when
CERTIFICATE_TIMESTAMP_URL names a timestamp authority.
"""

import asyncio
import datetime as dt
import io
import logging
import os
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from django.conf import settings
from django.db import DatabaseError
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.metadata.model import VENDOR
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.sign.general import SigningError as PyHankoSigningError
from pyhanko.sign.timestamps import TimestampRequestError
from pyhanko.sign.timestamps.requests_client import RequestsHTTPTimeStamper
from pyhanko.sign.validation.pdf_embedded import async_validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.registry import SimpleCertificateStore

from cms.models import ProviderSettings

logger = logging.getLogger(__name__)

SIGNATURE_FIELD = "CertificateSignature"
DEV_CERTIFICATE_YEARS = 5
# A document-signing extended key usage (RFC 9336), besides e-mail protection, which older
# PDF readers look for on a signer's certificate.
DOCUMENT_SIGNING = x509.ObjectIdentifier("1.3.6.1.5.5.7.3.36")


class SigningError(Exception):
    """The signing key cannot be loaded or used; the message says what to fix."""


@dataclass(frozen=True)
class SigningIdentity:
    """The provider's private key and certificate (with any intermediate certificates)."""

    key: ec.EllipticCurvePrivateKey
    certificate: x509.Certificate
    chain: tuple[x509.Certificate, ...] = ()

    @property
    def signer_name(self) -> str:
        names = self.certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
        return str(names[0].value) if names else self.certificate.subject.rfc4514_string()

    @cached_property
    def pdf_signer(self) -> signers.SimpleSigner:
        certificate = _asn1_certificate(self.certificate)
        key = asn1_keys.PrivateKeyInfo.load(
            self.key.private_bytes(
                serialization.Encoding.DER,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        )
        chain = [_asn1_certificate(c) for c in self.chain]
        return signers.SimpleSigner(
            signing_cert=certificate,
            signing_key=key,
            cert_registry=SimpleCertificateStore.from_certs([certificate, *chain]),
        )


def _asn1_certificate(certificate: x509.Certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(certificate.public_bytes(serialization.Encoding.DER))


_loaded: dict[tuple, SigningIdentity] = {}


def signing_identity() -> SigningIdentity:
    """The configured key and certificate, read once per process (again if the file
    changes). Creates the development certificate first where that is allowed."""
    if not settings.CERTIFICATE_SIGNING_PKCS12:
        raise SigningError("CERTIFICATE_SIGNING_PKCS12 is not set.")
    path = Path(settings.CERTIFICATE_SIGNING_PKCS12)
    if not path.exists() and settings.CERTIFICATE_SIGNING_DEV_CREATE:
        dev_certificate_create(path=path, name=provider_name())
    password = settings.CERTIFICATE_SIGNING_PASSWORD
    try:
        stat = path.stat()
        cache_key = (str(path), stat.st_mtime_ns, stat.st_size, password)
        if cache_key not in _loaded:
            data = path.read_bytes()
            _loaded.clear()
            _loaded[cache_key] = load_pkcs12(data, password=password, source=path)
    except OSError as error:
        raise SigningError(f"The signing certificate {path} cannot be read: {error}") from error
    return _loaded[cache_key]


def load_pkcs12(data: bytes, *, password: str, source: Path | str = "PKCS#12") -> SigningIdentity:
    try:
        key, certificate, chain = pkcs12.load_key_and_certificates(
            data, password.encode() if password else None
        )
    except ValueError as error:
        raise SigningError(
            f"{source} cannot be opened: wrong CERTIFICATE_SIGNING_PASSWORD, or not a PKCS#12 file."
        ) from error
    if key is None or certificate is None:
        raise SigningError(f"{source} must hold the private key and its certificate.")
    if not isinstance(key, ec.EllipticCurvePrivateKey) or not isinstance(key.curve, ec.SECP256R1):
        # Badges are signed ES256 with the same key (certificates/badges.py).
        raise SigningError(f"{source} must hold an ECDSA P-256 key (for PDFs and badges).")
    return SigningIdentity(key=key, certificate=certificate, chain=tuple(chain))


def previous_certificates() -> list[x509.Certificate]:
    """Certificates of keys the provider signed with before the current one (PEM files in
    CERTIFICATE_SIGNING_PREVIOUS_CERTIFICATES): what they signed still verifies."""
    certificates = []
    for name in settings.CERTIFICATE_SIGNING_PREVIOUS_CERTIFICATES:
        try:
            certificates.extend(x509.load_pem_x509_certificates(Path(name).read_bytes()))
        except (OSError, ValueError) as error:
            raise SigningError(f"Previous signing certificate {name}: {error}") from error
    return certificates


def provider_certificates() -> list[x509.Certificate]:
    """Every certificate this provider signs or signed with, current first."""
    return [signing_identity().certificate, *previous_certificates()]


def provider_name() -> str:
    try:
        return ProviderSettings.load().name
    except DatabaseError:
        return settings.WAGTAIL_SITE_NAME


def dev_certificate_create(*, path: Path, name: str, replace: bool = False) -> SigningIdentity:
    """Write a self-signed ECDSA P-256 certificate and key for `name` to `path` (PKCS#12,
    encrypted with CERTIFICATE_SIGNING_PASSWORD) and its certificate beside it as PEM.

    Never replaces an existing file unless `replace`: when two processes race, the first
    file written stands and the other process uses it.
    """
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, f"{name} (development)"[:64]),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, name[:64]),
        ]
    )
    now = dt.datetime.now(dt.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365 * DEV_CERTIFICATE_YEARS))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION, DOCUMENT_SIGNING]),
            critical=False,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False)
        .sign(key, hashes.SHA256())
    )
    password = settings.CERTIFICATE_SIGNING_PASSWORD.encode()
    data = pkcs12.serialize_key_and_certificates(
        name=name.encode()[:64],
        key=key,
        cert=certificate,
        cas=None,
        encryption_algorithm=(
            serialization.BestAvailableEncryption(password)
            if password
            else serialization.NoEncryption()
        ),
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    if not _write_new(path, data, replace=replace):
        return load_pkcs12(path.read_bytes(), password=password.decode(), source=path)
    _write_new(
        path.with_suffix(".pem"),
        certificate.public_bytes(serialization.Encoding.PEM),
        replace=True,
    )
    logger.warning("Created a self-signed development signing certificate at %s", path)
    return SigningIdentity(key=key, certificate=certificate)


def _write_new(path: Path, data: bytes, *, replace: bool) -> bool:
    """Write `data` to `path` in one step, readable by the owner only. False if `path`
    exists and `replace` is off."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        if replace:
            os.replace(temporary, path)
            return True
        try:
            os.link(temporary, path)  # fails if it exists: the first writer wins
        except FileExistsError:
            return False
        return True
    finally:
        Path(temporary).unlink(missing_ok=True)


def _run(coroutine):
    """Run one of pyHanko's coroutines to completion from synchronous code, also where the
    thread already runs an event loop (as under Playwright's synchronous API)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coroutine)
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


class PdfA3Writer(IncrementalPdfFileWriter):
    """An incremental update that leaves the document a PDF 1.7 file, as PDF/A-3 requires.

    For a P-256 key pyHanko would declare ISO/TS 32002, a PDF 2.0 extension that only
    restates which ECDSA curves readers accept, and raise the catalog's version to 2.0; that
    would take the file out of PDF/A-3. ECDSA with SHA-256 is a PAdES algorithm in PDF 1.7
    already (ETSI TS 119 312), and PDF readers validate it there.
    """

    def ensure_output_version(self, version):
        super().ensure_output_version(min(version, (1, 7)))

    def register_extension(self, ext):
        if str(ext.base_version) != "/2.0":
            super().register_extension(ext)

    def _update_meta(self):
        super()._update_meta()
        # pyHanko appends itself to the information dictionary's producer ("WeasyPrint;
        # pyHanko") but writes only itself to the XMP packet; PDF/A wants the two equal.
        if self._info is not None:
            self._info.get_object()["/Producer"] = generic.TextStringObject(VENDOR)
            self.mark_update(self._info)


def pdf_sign(pdf: bytes) -> bytes:
    """`pdf` with the provider's PAdES signature appended as an incremental update (B-B; B-T
    with a timestamp when CERTIFICATE_TIMESTAMP_URL is set). Raises SigningError."""
    identity = signing_identity()
    timestamper = (
        RequestsHTTPTimeStamper(settings.CERTIFICATE_TIMESTAMP_URL, timeout=10)
        if settings.CERTIFICATE_TIMESTAMP_URL
        else None
    )
    signer = signers.PdfSigner(
        signers.PdfSignatureMetadata(
            field_name=SIGNATURE_FIELD,
            md_algorithm="sha256",
            subfilter=fields.SigSeedSubFilter.PADES,
        ),
        signer=identity.pdf_signer,
        timestamper=timestamper,
    )
    try:
        writer = PdfA3Writer(io.BytesIO(pdf))
        output = _run(signer.async_sign_pdf(writer))
    except TimestampRequestError as error:
        raise SigningError(
            f"The timestamp authority {settings.CERTIFICATE_TIMESTAMP_URL} did not answer: {error}"
        ) from error
    except PyHankoSigningError as error:
        raise SigningError(f"The PDF could not be signed: {error}") from error
    return output.getvalue()


@dataclass(frozen=True)
class PdfSignature:
    """What the signature of a stored certificate PDF says.

    `state` is "intact" (the file is exactly what was signed), "not_intact" (changed after
    signing, or the signature does not match), or "unsigned".
    """

    state: str
    signer: str = ""
    signed_at: dt.datetime | None = None
    timestamped_at: dt.datetime | None = None
    by_provider: bool = False  # signed with one of this provider's certificates

    @property
    def is_intact(self) -> bool:
        return self.state == "intact"


NOT_INTACT = PdfSignature(state="not_intact")


def pdf_signature_check(pdf: bytes) -> PdfSignature:
    """Validate the last signature of `pdf` with pyHanko: is the whole file covered and
    unchanged, who signed it, and is the signer one of this provider's certificates."""
    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        embedded = reader.embedded_regular_signatures
    except Exception:  # any unreadable file is simply not intact
        logger.info("Unreadable certificate PDF", exc_info=True)
        return NOT_INTACT
    if not embedded:
        return PdfSignature(state="unsigned")
    roots = [_asn1_certificate(c) for c in _trusted_certificates()]
    context = ValidationContext(trust_roots=roots, allow_fetching=False)
    try:
        status = _run(async_validate_pdf_signature(embedded[-1], context, skip_diff=True))
    except Exception:  # a mangled signature is not intact, never a 500
        logger.info("Certificate PDF signature could not be validated", exc_info=True)
        return NOT_INTACT
    whole = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    timestamp = status.timestamp_validity
    return PdfSignature(
        state="intact" if status.intact and status.valid and whole else "not_intact",
        signer=status.signing_cert.subject.native.get("common_name", "")
        or status.signing_cert.subject.human_friendly,
        signed_at=status.signer_reported_dt,
        timestamped_at=timestamp.timestamp if timestamp and timestamp.intact else None,
        by_provider=status.trusted,
    )


def _trusted_certificates() -> list[x509.Certificate]:
    try:
        return provider_certificates()
    except SigningError:
        logger.exception("The signing certificate cannot be loaded")
        return []
