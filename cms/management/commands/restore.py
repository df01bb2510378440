from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS, connections

from cms.backup import BackupError, VerificationError, backup_restore


class Command(BaseCommand):
    help = (
        "Restore a backup made by `manage.py backup` into the database DATABASE_URL (or the "
        "SQLite path) names and into MEDIA_ROOT and PRIVATE_MEDIA_ROOT, then verify row "
        "counts, table checksums and file hashes against its manifest. Exits non-zero on any "
        "difference. Refuses a database or folder that is not empty unless --force."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path, help="The backup folder (holds manifest.json).")
        parser.add_argument(
            "--force",
            action="store_true",
            help="Replace what the database and the folders hold now.",
        )
        parser.add_argument(
            "--database", default=DEFAULT_DB_ALIAS, help="Database alias (default: default)."
        )

    def handle(self, *args, path, force=False, database=DEFAULT_DB_ALIAS, **options):
        if database not in connections:
            raise CommandError(f"Unknown database alias {database!r}.")
        try:
            summary = backup_restore(path=path, using=database, force=force)
        except VerificationError as error:
            for problem in error.problems:
                self.stderr.write(f"Mismatch: {problem}")
            raise CommandError(f"Verification failed: {error}") from error
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            "Restored and verified: {tables} tables, {rows} rows, {media_files} media and "
            "{private_files} private files match the manifest.".format(**summary)
        )
