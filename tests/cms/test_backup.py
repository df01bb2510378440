"""`manage.py backup` and `manage.py restore`: a backup restores into a fresh database (a new
SQLite file, or a new PostgreSQL database when DATABASE_URL is set) with every row, table
checksum and certificate file; a damaged backup is refused before anything is changed."""

import hashlib
import io
import json
import os
import tarfile
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection, connections
from django.db.models.fields.files import FieldFile
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection

from certificates.models import Certificate
from cms.backup import backup_verify, database_alias, manifest_read, table_stats
from tests.factories import CoursePageFactory, UserFactory


@pytest.fixture
def fresh_database(tmp_path):
    """The alias of an empty database beside the test database."""
    if connection.vendor == "sqlite":
        with database_alias(NAME=str(tmp_path / "restored.sqlite3")) as alias:
            yield alias
        return
    name = f"{connection.settings_dict['NAME']}_restored_{os.getpid()}"
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        cursor.execute(f'CREATE DATABASE "{name}"')
    try:
        with database_alias(NAME=name) as alias:
            yield alias
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def fresh_folders(tmp_path, settings):
    """Point MEDIA_ROOT and PRIVATE_MEDIA_ROOT at empty folders for a restore to fill."""

    def use() -> tuple[Path, Path]:
        settings.MEDIA_ROOT = tmp_path / "restored-media"
        settings.PRIVATE_MEDIA_ROOT = tmp_path / "restored-private"
        return settings.MEDIA_ROOT, settings.PRIVATE_MEDIA_ROOT

    return use


@pytest.fixture
def certified(learner, complete_course):
    """A learner who completed the course, with the certificate's PDF stored, and an image
    in the media folder."""
    complete_course()
    # Transactional tests flush the root collection that migrations created.
    Collection.get_first_root_node() or Collection.add_root(name="Root")
    get_image_model().objects.create(title="Trigger point map", file=get_test_image_file())
    certificate = Certificate.objects.get(user=learner)
    assert certificate.pdf and certificate.pdf_sha256
    return certificate


def back_up(to: Path, *args) -> Path:
    out = io.StringIO()
    call_command("backup", "--to", str(to), *args, stdout=out)
    return Path(out.getvalue().strip().splitlines()[-1])


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def row_counts(alias: str) -> dict[str, int]:
    db = connections[alias]
    counts = {}
    with db.cursor() as cursor:
        for table in db.introspection.table_names():
            cursor.execute(f"SELECT COUNT(*) FROM {db.ops.quote_name(table)}")  # noqa: S608
            counts[table] = cursor.fetchone()[0]
    return counts


# Committed, so that the dump's own connection sees the data.
@pytest.mark.django_db(transaction=True)
def test_a_backup_restores_into_a_fresh_database_with_every_row_and_certificate_file(
    certified, tmp_path, fresh_database, fresh_folders
):
    source_private = Path(django_settings.PRIVATE_MEDIA_ROOT)
    source_media = Path(django_settings.MEDIA_ROOT)
    backup = back_up(tmp_path / "backups")
    manifest = manifest_read(backup)
    assert manifest["files"]["private"][certified.pdf.name] == certified.pdf_sha256

    media_root, private_root = fresh_folders()
    out = io.StringIO()
    call_command("restore", str(backup), "--database", fresh_database, stdout=out)
    assert "Restored and verified" in out.getvalue()

    assert row_counts(fresh_database) == row_counts("default")
    assert row_counts(fresh_database)["certificates_certificate"] == 1
    assert table_stats(using=fresh_database) == table_stats(using="default")
    restored = Certificate.objects.using(fresh_database).get(number=certified.number)
    assert restored.pdf_sha256 == certified.pdf_sha256
    assert sha256(private_root / restored.pdf.name) == certified.pdf_sha256
    for name in manifest["files"]["private"]:
        assert sha256(private_root / name) == sha256(source_private / name)
    image = get_image_model().objects.using(fresh_database).get(title="Trigger point map")
    assert sha256(media_root / image.file.name) == sha256(source_media / image.file.name)

    # The checksums see a change that keeps the row count.
    Certificate.objects.using(fresh_database).filter(pk=restored.pk).update(
        learner_name="Someone Else"
    )
    assert backup_verify(manifest=manifest, using=fresh_database) == [
        "table certificates_certificate has the right row count but different data"
    ]


@pytest.mark.django_db
def test_a_changed_byte_in_a_certificate_file_fails_restore_and_changes_nothing(
    certified, learner, tmp_path
):
    backup = back_up(tmp_path / "backups")
    archive = backup / "private.tar.gz"
    members = []
    with tarfile.open(archive, "r:gz") as tar:
        for member in tar:
            data = tar.extractfile(member).read() if member.isfile() else None
            if member.name == certified.pdf.name:
                data = data[:100] + bytes([data[100] ^ 1]) + data[101:]
            members.append((member, data))
    with tarfile.open(archive, "w:gz") as tar:
        for member, data in members:
            tar.addfile(member, io.BytesIO(data) if data is not None else None)
    learner.email = "changed-after-backup@example.com"
    learner.save()

    err = io.StringIO()
    with pytest.raises(CommandError, match="nothing was restored"):
        call_command("restore", str(backup), "--force", stderr=err)
    assert f"private file {certified.pdf.name} has SHA-256" in err.getvalue()
    learner.refresh_from_db()
    assert learner.email == "changed-after-backup@example.com"
    stored = Path(django_settings.PRIVATE_MEDIA_ROOT) / certified.pdf.name
    assert sha256(stored) == certified.pdf_sha256


@pytest.mark.django_db
def test_restore_refuses_a_database_that_is_not_empty(learner, tmp_path):
    backup = back_up(tmp_path / "backups")
    learner.email = "changed-after-backup@example.com"
    learner.save()
    with pytest.raises(CommandError, match="existing data in the database"):
        call_command("restore", str(backup))
    learner.refresh_from_db()
    assert learner.email == "changed-after-backup@example.com"


@pytest.mark.django_db
def test_backup_keeps_only_the_newest_backups_it_is_asked_to_keep(tmp_path):
    folder = tmp_path / "backups"
    made = [back_up(folder, "--keep", "2") for _ in range(3)]
    assert sorted(folder.iterdir()) == sorted(made[1:])
    assert all((path / "manifest.json").is_file() for path in made[1:])


def checksum_of(instance) -> str:
    """The table checksum of one row, from the values as Python wrote them: columns by name,
    each value in its canonical JSON form."""

    def plain(value):
        if isinstance(value, Decimal):
            return format(value, "f")
        if isinstance(value, datetime):
            return value.astimezone(UTC).isoformat()
        if isinstance(value, date):
            return value.isoformat()
        if isinstance(value, FieldFile):
            return value.name
        return value

    fields = sorted(type(instance)._meta.concrete_fields, key=lambda field: field.column)
    values = [plain(getattr(instance, field.attname)) for field in fields]
    line = json.dumps(values, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(f"{line}\n".encode()).hexdigest()


@pytest.mark.django_db
def test_a_table_checksum_does_not_depend_on_the_database(catalog):
    """Decimals, dates, times with microseconds and JSON read back from SQLite or PostgreSQL
    give the checksum of the values as written (the suite runs on both)."""
    user = UserFactory(pk=910001, email="checksum@example.com")
    course = CoursePageFactory(parent=catalog, pk=910002, title="Checksum course")
    certificate = Certificate.objects.create(
        pk=910003,
        user=user,
        course=course,
        number="CE-2026-910003",
        code="fixed-verification-code",
        learner_name="Jordan Reyes",
        designation="LMT",
        learner_type="licensed",
        licence_number="MA12345",
        jurisdiction="Florida",
        course_title="Checksum course",
        course_type="Home study",
        course_approvals=[{"body": "NCBTMB", "number": "451234-11", "hours": "1.50"}],
        topic="Techniques",
        ce_hours=Decimal("1.50"),
        final_score=Decimal("92.5"),
        completed_on=date(2026, 3, 4),
        issued_at=datetime(2026, 3, 4, 15, 30, 45, 123456, tzinfo=UTC),
        provider_name="Gulf Coast Massage Education",
        provider_approvals=[{"body": "Florida Board of Massage Therapy", "number": "50-1"}],
        pdf="certificates/2026/jordan-reyes.pdf",
        pdf_sha256="ab" * 32,
    )
    stats = table_stats()["certificates_certificate"]
    assert stats == {"rows": 1, "sha256": checksum_of(certificate)}
