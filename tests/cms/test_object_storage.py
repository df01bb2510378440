"""Files every node must see live in object storage when PRIVATE_BUCKET / MEDIA_BUCKET are set:
certificate PDFs and learners' uploads in a private bucket, served only by the views that
check ownership. Against a real S3 API (moto's server on loopback)."""

import os
import socket
import subprocess
import sys
from pathlib import Path

import boto3
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from moto.server import ThreadedMotoServer

from certificates.models import Certificate
from courses.models import CourseType, OutsideCourse

pytestmark = pytest.mark.django_db

BUCKET = "ce-private-test"
CREDENTIALS = {"AWS_ACCESS_KEY_ID": "test", "AWS_SECRET_ACCESS_KEY": "test"}
ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def s3_endpoint():
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    yield f"http://127.0.0.1:{port}"
    server.stop()


@pytest.fixture
def bucket(s3_endpoint, settings, monkeypatch):
    for name, value in CREDENTIALS.items():
        monkeypatch.setenv(name, value)
    client = boto3.client("s3", endpoint_url=s3_endpoint, region_name="us-east-1")
    client.create_bucket(Bucket=BUCKET)
    settings.STORAGES = {
        **settings.STORAGES,
        "private": {
            "BACKEND": "cms.storage.PrivateS3Storage",
            "OPTIONS": {"bucket_name": BUCKET, "endpoint_url": s3_endpoint},
        },
    }
    yield client
    for item in client.list_objects_v2(Bucket=BUCKET).get("Contents", []):
        client.delete_object(Bucket=BUCKET, Key=item["Key"])
    client.delete_bucket(Bucket=BUCKET)


def test_a_certificate_pdf_is_stored_privately_and_served_by_its_download_view(
    bucket, learner, learner_client, client, complete_course, other_learner
):
    complete_course()
    certificate = Certificate.objects.get(user=learner)
    stored = bucket.get_object(Bucket=BUCKET, Key=certificate.pdf.name)["Body"].read()
    assert stored.startswith(b"%PDF-")

    grants = bucket.get_object_acl(Bucket=BUCKET, Key=certificate.pdf.name)["Grants"]
    assert [g["Grantee"].get("URI") for g in grants if g["Grantee"]["Type"] == "Group"] == []
    with pytest.raises(NotImplementedError):
        certificate.pdf.url  # noqa: B018 - a private file has no address of its own

    download = learner_client.get(reverse("certificate_download", args=[certificate.number]))
    assert download.status_code == 200
    assert b"".join(download.streaming_content) == stored

    client.force_login(other_learner)
    assert client.get(reverse("certificate_download", args=[certificate.number])).status_code == 404


def test_an_outside_certificate_upload_goes_to_the_private_bucket(bucket, learner, learner_client):
    pdf = b"%PDF-1.7\n%%EOF\n"
    response = learner_client.post(
        reverse("outside_courses"),
        {
            "title": "Ethics for Massage Therapists",
            "provider": "Gulf Coast Massage Seminars",
            "completed_on": "2026-05-02",
            "hours": "2",
            "course_type": CourseType.HOME_STUDY,
            "certificate": SimpleUploadedFile("mine.pdf", pdf),
        },
    )
    assert response.status_code == 302
    course = OutsideCourse.objects.get(user=learner)
    assert bucket.get_object(Bucket=BUCKET, Key=course.certificate.name)["Body"].read() == pdf
    download = learner_client.get(reverse("outside_course_file", args=[course.pk]))
    assert b"".join(download.streaming_content) == pdf


def test_bucket_settings_come_from_the_environment():
    """PRIVATE_BUCKET and MEDIA_BUCKET switch the storages to S3; without them, folders."""
    script = (
        "import django; django.setup(); from django.conf import settings; "
        "s = settings.STORAGES; print(s['private']['BACKEND'], s['default']['BACKEND'], "
        "s['private'].get('OPTIONS', {}).get('bucket_name'))"
    )
    base = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.dev"}
    for name in ("PRIVATE_BUCKET", "MEDIA_BUCKET", "S3_ENDPOINT_URL"):
        base.pop(name, None)

    def storages(**env) -> str:
        result = subprocess.run(  # noqa: S603 - this interpreter, a fixed script
            [sys.executable, "-c", script],
            env={**base, **env},
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        return result.stdout.split()

    assert storages() == [
        "cms.storage.PrivateStorage",
        "django.core.files.storage.FileSystemStorage",
        "None",
    ]
    assert storages(PRIVATE_BUCKET="ce-certificates", MEDIA_BUCKET="ce-media") == [
        "cms.storage.PrivateS3Storage",
        "storages.backends.s3.S3Storage",
        "ce-certificates",
    ]
