"""In production a certificate needs the provider's signature, signatory, logo and approval
numbers: without them issue waits, the checks framework fails and the admin says why."""

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse
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
