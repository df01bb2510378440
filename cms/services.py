from django.db import transaction

from cms.models import LearnerProfile
from cms.signals import profile_saved


def profile_get_or_create(*, user) -> LearnerProfile:
    profile, _ = LearnerProfile.objects.get_or_create(user=user)
    return profile


@transaction.atomic
def profile_update(*, user, data: dict) -> LearnerProfile:
    """Save validated CE profile fields for `user`."""
    profile = profile_get_or_create(user=user)
    for field, value in data.items():
        setattr(profile, field, value)
    profile.full_clean()
    profile.save()
    profile_saved.send(sender=LearnerProfile, user=user)
    return profile
