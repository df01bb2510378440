"""Signed certificate PDFs: every issued PDF carries the provider's PAdES signature, pyHanko
and poppler's pdfsig both validate the stored file, and a one-byte change fails both."""

import datetime as dt
import hashlib
import io
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest
from asn1crypto import keys as asn1_keys
from asn1crypto import tsp
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from django.core.management import call_command
from django.urls import reverse
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.timestamps import DummyTimeStamper
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pypdf import PdfReader

from certificates.checks import signing_key_ready
from certificates.models import Certificate
from certificates.services import certificate_reissue
from certificates.signing import dev_certificate_create, pdf_signature_check, signing_identity
from cms.models import LearnerProfile
from tests.certificates.credentials import (
    der,
    one_byte_changed,
    pdfsig,
    pyhanko_status,
    stored_pdf,
)
from tests.conftest import committed

pytestmark = pytest.mark.django_db


@pytest.fixture
def issued(learner, complete_course) -> Certificate:
    complete_course()
    return Certificate.objects.get(user=learner)


def test_issued_pdf_is_signed_whole_with_the_provider_certificate(issued):
    data = stored_pdf(issued)
    identity = signing_identity()
    status = pyhanko_status(data, [identity.certificate])
    assert status.intact and status.valid and status.trusted
    assert status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    assert status.signing_cert.sha256 == der(identity.certificate).sha256
    assert status.timestamp_validity is None  # no timestamp authority set: PAdES B-B
    (signature,) = PdfFileReader(io.BytesIO(data)).embedded_signatures
    assert signature.sig_object["/SubFilter"] == "/ETSI.CAdES.detached"
    # The stored fingerprint is the signed file's own.
    assert hashlib.sha256(data).hexdigest() == issued.pdf_sha256


def test_signed_pdf_stays_pdf_a_3(issued):
    reader = PdfReader(io.BytesIO(stored_pdf(issued)))
    xmp = reader.xmp_metadata.stream.get_data().decode()
    assert 'pdfaid:part="3"' in xmp and 'pdfaid:conformance="A"' in xmp
    assert reader.pdf_header == "%PDF-1.7"
    assert "/Version" not in reader.trailer["/Root"]  # PDF/A-3 is PDF 1.7, never 2.0
    # The information dictionary and the XMP packet agree, as PDF/A requires.
    assert f'pdf:Producer="{reader.metadata.producer}"' in xmp
    (field,) = reader.trailer["/Root"]["/AcroForm"]["/Fields"]
    assert field.get_object()["/F"] & 4  # the invisible signature widget prints (PDF/A)


def test_pyhanko_finds_a_one_byte_change(issued):
    data = stored_pdf(issued)
    assert pdf_signature_check(data).is_intact
    changed = one_byte_changed(data)
    assert not pyhanko_status(changed, [signing_identity().certificate]).intact
    assert pdf_signature_check(changed).state == "not_intact"


def test_pdfsig_reports_the_signature_valid_and_a_one_byte_change_invalid(issued, tmp_path):
    data = stored_pdf(issued)
    signed = tmp_path / "signed.pdf"
    signed.write_bytes(data)
    report = pdfsig(signed)
    assert "Signature Validation: Signature is Valid." in report
    assert "Total document signed" in report
    assert f"Signer Certificate Common Name: {signing_identity().signer_name}" in report
    assert "Signature Type: ETSI.CAdES.detached" in report

    changed = tmp_path / "changed.pdf"
    changed.write_bytes(one_byte_changed(data))
    report = pdfsig(changed)
    assert "Signature is Valid." not in report
    assert "Digest Mismatch" in report


def verify_page(client, certificate) -> str:
    response = client.get(reverse("certificate_verify", args=[certificate.code]))
    assert response.status_code == 200
    return " ".join(response.content.decode().split())


def test_verification_page_shows_the_signature_intact_and_its_signer(client, issued):
    html = verify_page(client, issued)
    assert "Intact</strong>: the PDF is exactly as it was signed." in html
    assert f"Signed by {signing_identity().signer_name}" in html
    assert "(this provider's signing certificate)" in html


def test_verification_page_says_not_intact_when_the_stored_file_changed(client, issued):
    Path(issued.pdf.path).write_bytes(one_byte_changed(stored_pdf(issued)))
    html = verify_page(client, issued)
    assert "Not intact</strong>" in html and "Intact</strong>" not in html


def test_reissue_signs_the_new_pdf_and_the_old_page_says_superseded(client, editor, issued):
    LearnerProfile.objects.filter(user=issued.user).update(legal_name="Jordan Avery Reyes")
    with committed():
        new = certificate_reissue(certificate=issued, actor=editor, reason="Legal name corrected")
    new.refresh_from_db()
    status = pyhanko_status(stored_pdf(new), [signing_identity().certificate])
    assert status.intact and status.valid and status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    assert "Superseded" in verify_page(client, issued)
    assert "Intact</strong>" in verify_page(client, new)


def self_signed_rsa(common_name: str, *extensions: x509.ExtensionType):
    """An RSA key and a day-long self-signed certificate for it, with critical `extensions`."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    now = dt.datetime.now(dt.UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=1))
    )
    for extension in extensions:
        builder = builder.add_extension(extension, critical=True)
    return key, builder.sign(key, hashes.SHA256())


@pytest.fixture
def timestamp_authority(settings):
    """A timestamp authority on a local port: pyHanko's DummyTimeStamper behind HTTP."""
    key, certificate = self_signed_rsa(
        "Test Timestamp Authority", x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING])
    )
    stamper = DummyTimeStamper(
        tsa_cert=der(certificate),
        tsa_key=asn1_keys.PrivateKeyInfo.load(
            key.private_bytes(
                serialization.Encoding.DER,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        ),
    )

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            request = tsp.TimeStampReq.load(self.rfile.read(int(self.headers["Content-Length"])))
            reply = stamper.request_tsa_response(request).dump()
            self.send_response(200)
            self.send_header("Content-Type", "application/timestamp-reply")
            self.send_header("Content-Length", str(len(reply)))
            self.end_headers()
            self.wfile.write(reply)

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.CERTIFICATE_TIMESTAMP_URL = f"http://127.0.0.1:{server.server_port}/"
    yield certificate
    server.shutdown()
    server.server_close()


def test_a_timestamp_authority_makes_the_signature_b_t(client, timestamp_authority, issued):
    status = pyhanko_status(stored_pdf(issued), [signing_identity().certificate])
    assert status.intact and status.valid
    assert status.timestamp_validity is not None and status.timestamp_validity.intact
    assert status.timestamp_validity.signing_cert.subject.native["common_name"] == (
        "Test Timestamp Authority"
    )
    assert "Time of signing confirmed by a timestamp authority" in verify_page(client, issued)


def test_an_unreachable_timestamp_authority_fails_the_render_for_a_retry(
    settings, learner, complete_course
):
    with socket_closed_port() as port:
        settings.CERTIFICATE_TIMESTAMP_URL = f"http://127.0.0.1:{port}/"
        complete_course()
    certificate = Certificate.objects.get(user=learner)
    assert not certificate.pdf and certificate.render_failures == 1
    assert certificate.render_error.startswith("SigningError: The timestamp authority")
    settings.CERTIFICATE_TIMESTAMP_URL = ""
    call_command("certificates_repair", stdout=io.StringIO())
    certificate.refresh_from_db()
    assert pdf_signature_check(stored_pdf(certificate)).is_intact


class socket_closed_port:
    """A local port nothing listens on."""

    def __enter__(self) -> int:
        import socket

        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        return self.socket.getsockname()[1]

    def __exit__(self, *exc):
        self.socket.close()


def test_dev_certificate_command_writes_once_in_the_provider_name(tmp_path, provider):
    target = tmp_path / "signing" / "dev.p12"
    out = io.StringIO()
    call_command("signing_dev_certificate", path=str(target), stdout=out)
    assert target.is_file() and target.with_suffix(".pem").is_file()
    assert "Gulf Coast Massage Education (development)" in out.getvalue()
    first = target.read_bytes()
    call_command("signing_dev_certificate", path=str(target), stdout=io.StringIO())
    assert target.read_bytes() == first  # left as it is
    call_command("signing_dev_certificate", path=str(target), replace=True, stdout=io.StringIO())
    assert target.read_bytes() != first


def test_missing_dev_certificate_is_made_on_first_use(settings, tmp_path, provider):
    settings.CERTIFICATE_SIGNING_PKCS12 = str(tmp_path / "fresh.p12")
    identity = signing_identity()
    assert identity.signer_name == "Gulf Coast Massage Education (development)"
    assert Path(settings.CERTIFICATE_SIGNING_PKCS12).is_file()
    assert signing_identity().certificate == identity.certificate  # read back, not remade


def test_deploy_check_names_a_wrong_password(settings, tmp_path, provider):
    settings.CERTIFICATE_SIGNING_PKCS12 = str(tmp_path / "key.p12")
    dev_certificate_create(path=tmp_path / "key.p12", name="Harbourview")
    assert signing_key_ready(None) == []
    settings.CERTIFICATE_SIGNING_DEV_CREATE = False
    settings.CERTIFICATE_SIGNING_PASSWORD = "not-the-password"
    (error,) = signing_key_ready(None)
    assert error.id == "certificates.E002" and "wrong CERTIFICATE_SIGNING_PASSWORD" in error.msg


def test_deploy_check_refuses_an_rsa_key(settings, tmp_path):
    key, certificate = self_signed_rsa("RSA signer")
    path = tmp_path / "rsa.p12"
    path.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"rsa", key, certificate, None, serialization.BestAvailableEncryption(b"secret")
        )
    )
    settings.CERTIFICATE_SIGNING_PKCS12 = str(path)
    settings.CERTIFICATE_SIGNING_PASSWORD = "secret"
    (error,) = signing_key_ready(None)
    assert "ECDSA P-256" in error.msg
