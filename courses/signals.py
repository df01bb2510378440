from django.dispatch import Signal

# Sent with `user` and `course` when something that counts towards completing the course
# happens: a required module completed, a final exam passed, a course evaluation submitted.
progress_changed = Signal()
