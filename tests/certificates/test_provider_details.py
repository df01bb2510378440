"""In production a certificate needs the provider's signature, signatory, logo and approval
numbers: without them issue waits, the checks framework fails and the admin says why."""

from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse
from pypdf import PdfReader
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from certificates.models import Certificate
from tests.conftest import committed

pytestmark = pytest.mark.django_db


@pytest.fixture
def strict(settings):
    settings.CERTIFICATES_REQUIRE_PROVIDER_DETAILS = True


def image(title: str):
    return get_image_model().objects.create(title=title, file=get_test_image_file())


def test_issue_waits_for_signature_and_logo_then_proceeds(
    strict, client, learner, provider, complete_course, django_user_model
):
    complete_course()
    assert not Certificate.objects.exists()
    with pytest.raises(CommandError, match="certificates.E001"):
        call_command("check", deploy=True, databases=["default"])

    admin = django_user_model.objects.create_superuser(email="boss@example.com", password="x")
    client.force_login(admin)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Certificates are on hold" in dashboard
    assert "a signature image of the signatory" in dashboard and "logo" in dashboard

    provider.signature = image("Signature")
    provider.logo = image("Logo")
    with committed():
        provider.save()
    certificate = Certificate.objects.get(user=learner)
    assert certificate.is_ready
    call_command("check", databases=["default"])  # passes now
    assert (
        "Certificates are on hold" not in client.get(reverse("wagtailadmin_home")).content.decode()
    )


def test_development_issues_without_them(learner, complete_course, settings):
    settings.CERTIFICATES_REQUIRE_PROVIDER_DETAILS = False
    complete_course()
    assert Certificate.objects.get(user=learner).is_ready


def test_images_come_from_storage_without_a_local_path(
    learner, provider, complete_course, settings
):
    """Object storage keeps no file on the web node's disk: the logo and signature are read
    through the storage (here one in memory) and embedded in the PDF."""
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    }
    provider.signature = image("Signature")
    provider.logo = image("Logo")
    provider.save()
    assert not Path(provider.logo.file.path).exists()  # nothing on disk to link to

    complete_course()

    with Certificate.objects.get(user=learner).pdf.open("rb") as pdf:
        (page,) = PdfReader(pdf).pages
        assert len(page.images) == 1  # logo and signature: one test picture, stored once
