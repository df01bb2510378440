from django.dispatch import Signal

# Sent with `user` and `course`, inside the transaction that recorded the step, the first time
# the learner's course meets its completion rule. The certificates app listens and queues the
# certificate's issue once that transaction commits.
course_completed = Signal()
