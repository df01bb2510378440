from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS, connections

from cms.backup import BackupError, backup_create, backups_prune, manifest_read


class Command(BaseCommand):
    help = (
        "Back up the database, the media folder and the private certificate files into a "
        "timestamped folder with a manifest of row counts, table checksums and file hashes. "
        "Safe while the site runs."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--to", type=Path, help="Folder to create the backup in (default VAR_DIR/backups)."
        )
        parser.add_argument(
            "--keep",
            type=int,
            help="Afterwards, delete all but this many newest backups in that folder.",
        )
        parser.add_argument(
            "--database", default=DEFAULT_DB_ALIAS, help="Database alias (default: default)."
        )

    def handle(self, *args, to=None, keep=None, database=DEFAULT_DB_ALIAS, **options):
        if database not in connections:
            raise CommandError(f"Unknown database alias {database!r}.")
        if keep is not None and keep < 1:
            raise CommandError("--keep must be at least 1.")
        try:
            path = backup_create(to=to, using=database)
            deleted = backups_prune(directory=path.parent, keep=keep) if keep else []
        except BackupError as error:
            raise CommandError(str(error)) from error
        manifest = manifest_read(path)
        rows = sum(table["rows"] for table in manifest["tables"].values())
        self.stdout.write(
            f"Backed up {manifest['database']['vendor']}: {len(manifest['tables'])} tables, "
            f"{rows} rows; {len(manifest['files']['media'])} media and "
            f"{len(manifest['files']['private'])} private files."
        )
        for warning in manifest["warnings"]:
            self.stderr.write(f"Warning: {warning}")
        for old in deleted:
            self.stdout.write(f"Deleted old backup {old}")
        self.stdout.write(str(path))
