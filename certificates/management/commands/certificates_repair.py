from django.core.management.base import BaseCommand

from certificates.services import certificates_repair


class Command(BaseCommand):
    help = (
        "Re-queue certificates left without a PDF, completed courses left without a "
        "certificate, and certificate tasks stuck running. Safe to schedule (e.g. hourly)."
    )

    def handle(self, *args, **options):
        counts = certificates_repair()
        self.stdout.write(
            "Marked {stuck} stuck task(s) failed; queued {rendered} render(s) and "
            "{issued} issue(s).".format(**counts)
        )
