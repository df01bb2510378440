from datetime import date

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from certificates.renewals import REMINDER_DAYS, due_reminders, send_reminders


class Command(BaseCommand):
    help = (
        "Email reminders of licence renewal deadlines and certificate expiry dates "
        f"({', '.join(map(str, REMINDER_DAYS))} days ahead). Each is sent once: safe to "
        "schedule daily or more often."
    )

    def add_arguments(self, parser):
        parser.add_argument("--date", help="Act as if today were this date (YYYY-MM-DD).")
        parser.add_argument(
            "--dry-run", action="store_true", help="List the reminders due; send nothing."
        )

    def handle(self, *args, **options):
        try:
            today = date.fromisoformat(options["date"]) if options["date"] else None
        except ValueError as error:
            raise CommandError(f"--date: {error}") from error
        if options["dry_run"]:
            for reminder in due_reminders(today or timezone.localdate()):
                self.stdout.write(f"{reminder.user.email}: {reminder.subject} [{reminder.key}]")
            return
        self.stdout.write(f"Sent {send_reminders(today=today)} reminder(s).")
