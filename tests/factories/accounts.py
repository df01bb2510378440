import factory
from allauth.account.models import EmailAddress

from cms.models import LearnerProfile, LearnerType, User

PASSWORD = "correct-horse-battery"


class UserFactory(factory.django.DjangoModelFactory):
    """A user with a verified primary email address, able to log in with PASSWORD."""

    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"learner{n}@example.com")
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def verified_email(self, create, extracted, **kwargs):
        if create:
            self.save()
            EmailAddress.objects.create(user=self, email=self.email, primary=True, verified=True)


class LearnerProfileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = LearnerProfile

    user = factory.SubFactory(UserFactory)
    legal_name = factory.LazyAttribute(lambda p: f"{p.user.first_name} {p.user.last_name}")
    learner_type = LearnerType.THERAPIST
    designation = "LMT"
    licence_number = factory.Sequence(lambda n: f"MA{60000 + n}")
    licensing_body = "Florida Board of Massage Therapy"
    jurisdiction = "Florida"
