from django.dispatch import Signal

# Sent with `user` after a learner saves their CE profile.
profile_saved = Signal()
