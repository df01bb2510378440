from django.core.management.base import BaseCommand

from quizzes.services import attempts_close_overdue


class Command(BaseCommand):
    help = (
        "Grade every quiz attempt whose time limit and grace period have passed, with the "
        "answers saved in time. Run it every minute or so from a scheduler."
    )

    def handle(self, *args, **options):
        closed = attempts_close_overdue()
        self.stdout.write(f"Closed {closed} overdue attempt(s).")
