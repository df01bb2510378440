from decimal import Decimal

import factory
from django.utils import timezone

from certificates.models import Certificate
from tests.factories.accounts import UserFactory


class CertificateFactory(factory.django.DjangoModelFactory):
    """A certificate row as issue would store it (without rendering a PDF)."""

    class Meta:
        model = Certificate

    user = factory.SubFactory(UserFactory)
    number = factory.Sequence(lambda n: f"CE-2026-{n + 900000:06d}")
    learner_name = "Jordan Reyes"
    learner_type = "therapist"
    licence_number = "MA87654"
    jurisdiction = "Florida"
    course_title = factory.Sequence(lambda n: f"Approved course {n}")
    course_type = "Home study"
    topic = "Techniques"
    ce_hours = Decimal("2.00")
    completed_on = factory.LazyFunction(timezone.localdate)
    provider_name = "Massage CE"
    pdf_sha256 = "0" * 64
