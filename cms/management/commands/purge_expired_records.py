from django.conf import settings
from django.core.management.base import BaseCommand

from cms.data_rights import records_purge

LABELS = {
    "certificates": "Certificates",
    "certificate_files": "Certificate PDF files",
    "course_completions": "Course completions",
    "module_completions": "Module completions",
    "assessment_passes": "Assessment passes",
    "quiz_attempts": "Quiz attempts",
    "course_evaluations": "Course evaluations",
    "enrollments": "Enrollments",
    "accounts": "Deleted accounts left with no record",
}


class Command(BaseCommand):
    help = (
        "Delete the CE records of deleted accounts once they are older than "
        "CE_RECORD_RETENTION_YEARS: certificates and their PDFs, completions, quiz attempts, "
        "evaluations and enrollments. Records of active accounts are kept. Safe to schedule "
        "(e.g. daily); running it again deletes nothing more."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Print the counts and change nothing."
        )

    def handle(self, *args, dry_run=False, **options):
        counts = records_purge(dry_run=dry_run)
        years = settings.CE_RECORD_RETENTION_YEARS
        if dry_run:
            self.stdout.write(f"Dry run: nothing deleted. Would delete, older than {years} years:")
        else:
            self.stdout.write(f"Deleted, older than {years} years:")
        for key, label in LABELS.items():
            self.stdout.write(f"  {label}: {counts[key]}")
