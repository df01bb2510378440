"""Backups of the database, the media folder and the private certificate files, and their
verified restore.

A backup is one folder: the database (SQLite: a copy made with SQLite's online backup API;
PostgreSQL: `pg_dump --format=custom`), `media.tar.gz`, `private.tar.gz` and
`manifest.json`. The manifest holds, for every table, its row count and a SHA-256 over its
rows ordered by primary key and serialized canonically through the ORM (the same value on
SQLite and PostgreSQL), and the SHA-256 of every file. The table figures are computed from
exactly what was dumped: from the copied SQLite file, or inside the PostgreSQL transaction
whose snapshot `pg_dump` reads. Files are archived after the database, so every certificate
row in the dump has its PDF in the archive (the PDF is stored before its row names it).

A restore checks the backup against its manifest before it touches anything, refuses a
database or folder that is not empty unless forced, restores, then compares what the target
now holds with the manifest.
"""

import hashlib
import json
import os
import re
import shutil
import sqlite3
import subprocess
import tarfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections, models, transaction
from django.db.migrations.recorder import MigrationRecorder

MANIFEST = "manifest.json"
FORMAT = 1
TREES = ("media", "private")
DUMP_FILES = {"sqlite": "database.sqlite3", "postgresql": "database.dump"}
CHUNK = 1024 * 1024


class BackupError(Exception):
    """The backup or restore cannot go on; the message says why."""


class VerificationError(BackupError):
    """What was read or restored differs from the manifest; `problems` lists each difference,
    `restored` says whether anything had been restored by then."""

    def __init__(self, problems: list[str], *, restored: bool):
        self.problems = problems
        self.restored = restored
        where = "the restored data" if restored else "the backup (nothing was restored)"
        super().__init__(f"{len(problems)} difference(s) between {where} and its manifest")


# --- Canonical table checksums ---------------------------------------------------------


def _canonical(value):
    """A JSON-ready form of a column value that does not depend on the database vendor."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if hasattr(value, "get_prep_value"):  # StreamValue and other rich field values
        return _canonical(value.get_prep_value())
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, datetime):
        return (value.astimezone(UTC) if value.tzinfo else value).isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).hex()
    if isinstance(value, dict):
        return {str(key): _canonical(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_canonical(item) for item in value]
    if isinstance(value, timedelta | uuid.UUID):
        return str(value)
    return str(value)


def _line(values) -> bytes:
    return (
        json.dumps(
            [_canonical(value) for value in values],
            sort_keys=True,
            separators=(",", ":"),
            ensure_ascii=False,
        )
        + "\n"
    ).encode()


def _models_by_table() -> dict[str, type[models.Model]]:
    tables = {MigrationRecorder.Migration._meta.db_table: MigrationRecorder.Migration}
    for model in apps.get_models(include_auto_created=True):
        if not model._meta.proxy:
            tables.setdefault(model._meta.db_table, model)
    return tables


def _has_integer_key(model: type[models.Model]) -> bool:
    field = model._meta.pk
    while field.is_relation:
        field = field.target_field
    return isinstance(field, models.IntegerField)


def _model_table(model: type[models.Model], using: str) -> dict:
    fields = sorted(model._meta.concrete_fields, key=lambda field: field.column)
    rows = model._base_manager.using(using).values_list(*[field.attname for field in fields])
    digest = hashlib.sha256()
    count = 0
    if _has_integer_key(model):
        # Integers order the same everywhere; the database sorts them.
        for row in rows.order_by("pk").iterator(chunk_size=2000):
            digest.update(_line(row))
            count += 1
    else:
        # Text and UUID keys: sorted here, byte-wise, since collations differ by vendor.
        key = [field.attname for field in fields].index(model._meta.pk.attname)
        lines = sorted((str(row[key]).encode(), _line(row)) for row in rows.iterator())
        for _, line in lines:
            digest.update(line)
        count = len(lines)
    return {"rows": count, "sha256": digest.hexdigest()}


def _raw_table(table: str, using: str) -> dict:
    """A table no model maps (a search index's internal tables): every column, rows sorted."""
    connection = connections[using]
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")  # noqa: S608
        columns = [column[0] for column in cursor.description]
        order = sorted(range(len(columns)), key=lambda index: columns[index])
        lines = sorted(_line([row[index] for index in order]) for row in cursor.fetchall())
    digest = hashlib.sha256()
    for line in lines:
        digest.update(line)
    return {"rows": len(lines), "sha256": digest.hexdigest()}


def table_stats(*, using: str = DEFAULT_DB_ALIAS) -> dict[str, dict]:
    """Row count and SHA-256 of every table of the database `using` names, by table name."""
    connection = connections[using]
    by_table = _models_by_table()
    stats = {}
    for table in sorted(connection.introspection.table_names()):
        model = by_table.get(table)
        stats[table] = _model_table(model, using) if model else _raw_table(table, using)
    return stats


# --- Files ---------------------------------------------------------------------------


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _tree_files(root: Path) -> Iterator[tuple[str, Path]]:
    """(name relative to root, path) of every regular file under root, sorted."""
    if not root.is_dir():
        return
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink():
            yield path.relative_to(root).as_posix(), path


def tree_hashes(root: Path) -> dict[str, str]:
    """SHA-256 of every file under root, by relative name."""
    return {name: _sha256_file(path) for name, path in _tree_files(root)}


class _HashingReader:
    def __init__(self, handle):
        self.handle = handle
        self.digest = hashlib.sha256()

    def read(self, size=-1):
        data = self.handle.read(size)
        self.digest.update(data)
        return data


def _archive_tree(root: Path, archive: Path) -> dict[str, str]:
    """Write every file under root into a tar.gz; return the SHA-256 of each as archived."""
    hashes = {}
    with tarfile.open(archive, "w:gz") as tar:
        for name, path in _tree_files(root):
            info = tar.gettarinfo(str(path), arcname=name)
            info.uid = info.gid = 0
            info.uname = info.gname = ""
            with path.open("rb") as handle:
                reader = _HashingReader(handle)
                tar.addfile(info, reader)
            hashes[name] = reader.digest.hexdigest()
    return hashes


def _archive_hashes(archive: Path) -> dict[str, str]:
    hashes = {}
    with tarfile.open(archive, "r:gz") as tar:
        for member in tar:
            if not member.isfile():
                continue
            digest = hashlib.sha256()
            handle = tar.extractfile(member)
            while chunk := handle.read(CHUNK):
                digest.update(chunk)
            hashes[member.name] = digest.hexdigest()
    return hashes


def _compare_files(kind: str, expected: dict[str, str], actual: dict[str, str]) -> list[str]:
    problems = []
    for name in sorted(expected.keys() | actual.keys()):
        if name not in actual:
            problems.append(f"{kind} file {name} is missing")
        elif name not in expected:
            problems.append(f"{kind} file {name} is not in the backup")
        elif expected[name] != actual[name]:
            problems.append(f"{kind} file {name} has SHA-256 {actual[name]}, not {expected[name]}")
    return problems


def _roots(media_root, private_root) -> dict[str, Path]:
    media = Path(media_root or settings.MEDIA_ROOT).resolve()
    private = Path(private_root or settings.PRIVATE_MEDIA_ROOT).resolve()
    if media.is_relative_to(private) or private.is_relative_to(media):
        raise BackupError("MEDIA_ROOT and PRIVATE_MEDIA_ROOT must not contain each other.")
    return {"media": media, "private": private}


# --- Database connections and tools ----------------------------------------------------


@contextmanager
def database_alias(base: str = DEFAULT_DB_ALIAS, **overrides) -> Iterator[str]:
    """A connection alias for the duration of the block: `base`'s settings with overrides
    (e.g. NAME=another database), closed and removed afterwards.

    It connects at once: Django's test cases refuse a first connection to an alias that did
    not exist when the test began, but not queries on an open one.
    """
    alias = f"backup_{uuid.uuid4().hex[:12]}"
    connections.settings[alias] = {**connections.settings[base], **overrides}
    try:
        connections[alias].connect()
        yield alias
    finally:
        try:
            connections[alias].close()
            del connections[alias]
        finally:
            del connections.settings[alias]


def _sqlite_path(using: str) -> Path:
    name = str(connections[using].settings_dict["NAME"])
    if name == ":memory:" or "mode=memory" in name:
        raise BackupError("An in-memory SQLite database cannot be backed up or restored.")
    return Path(name).resolve()


def _read_only_uri(path: Path) -> str:
    return f"{path.as_uri()}?mode=ro"


def _pg_env(using: str) -> tuple[str, dict[str, str]]:
    """The database name and libpq environment of a PostgreSQL alias (password not on argv)."""
    params = connections[using].settings_dict
    env = {**os.environ, "PGAPPNAME": "ce-backup"}
    for key, variable in (
        ("HOST", "PGHOST"),
        ("PORT", "PGPORT"),
        ("USER", "PGUSER"),
        ("PASSWORD", "PGPASSWORD"),
    ):
        if params.get(key):
            env[variable] = str(params[key])
    if params.get("OPTIONS", {}).get("sslmode"):
        env["PGSSLMODE"] = params["OPTIONS"]["sslmode"]
    return params["NAME"], env


def _pg_tool(name: str, *, at_least: int) -> tuple[str, int]:
    """Path and major version of pg_dump/pg_restore, refusing one older than `at_least` (an
    older tool cannot read a newer server or archive)."""
    path = shutil.which(name)
    if path is None:
        raise BackupError(
            f"{name} is not installed: apt-get install postgresql-client-{at_least} "
            "(the same major version as the server)."
        )
    output = subprocess.run(  # noqa: S603
        [path, "--version"], capture_output=True, text=True, check=True
    ).stdout
    match = re.search(r"(\d+)(?:\.\d+)?", output)
    major = int(match.group(1)) if match else 0
    if major < at_least:
        raise BackupError(
            f"{name} is version {major}, older than PostgreSQL {at_least}: install "
            f"postgresql-client-{at_least}."
        )
    return path, major


def _run(command: list[str], env: dict[str, str]) -> None:
    result = subprocess.run(command, env=env, capture_output=True, text=True)  # noqa: S603
    if result.returncode:
        raise BackupError(f"{Path(command[0]).name} failed: {result.stderr.strip()}")


def _pg_major(using: str) -> int:
    connection = connections[using]
    connection.ensure_connection()
    return connection.pg_version // 10000


# --- Backup ----------------------------------------------------------------------------


def _backup_sqlite(*, using: str, dump: Path) -> tuple[dict, list, dict]:
    source_path = _sqlite_path(using)
    if not source_path.exists():
        raise BackupError(f"There is no SQLite database at {source_path}.")
    source = sqlite3.connect(_read_only_uri(source_path), uri=True, timeout=30)
    target = sqlite3.connect(dump)
    try:
        # One step: every page is copied within one read transaction, a consistent
        # snapshot, while the site keeps writing to the WAL.
        source.backup(target)
        target.execute("PRAGMA journal_mode=DELETE")
    finally:
        target.close()
        source.close()
    with database_alias(using, NAME=_read_only_uri(dump), OPTIONS={}) as alias:
        stats, certificates = table_stats(using=alias), _certificate_rows(alias)
    return stats, certificates, {"server_version": sqlite3.sqlite_version}


def _backup_postgresql(*, using: str, dump: Path) -> tuple[dict, list, dict]:
    server = _pg_major(using)
    pg_dump, tool = _pg_tool("pg_dump", at_least=server)
    name, env = _pg_env(using)
    with database_alias(using) as alias, transaction.atomic(using=alias):
        with connections[alias].cursor() as cursor:
            cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            cursor.execute("SELECT pg_export_snapshot()")
            snapshot = cursor.fetchone()[0]
        # pg_dump reads the snapshot this transaction holds open: the dump and the table
        # figures below describe the same instant.
        _run(
            [pg_dump, "--format=custom", f"--snapshot={snapshot}", f"--file={dump}", name],
            env,
        )
        stats, certificates = table_stats(using=alias), _certificate_rows(alias)
    server_version = str(connections[using].pg_version)
    return stats, certificates, {"server_version": server_version, "pg_dump_major": tool}


def _certificate_rows(using: str) -> list[tuple[str, str, str]]:
    """(number, file name, recorded SHA-256) of every certificate with a stored PDF."""
    certificate = apps.get_model("certificates", "Certificate")
    rows = certificate._base_manager.using(using).exclude(pdf="").order_by("pk")
    return list(rows.values_list("number", "pdf", "pdf_sha256"))


def _certificate_problems(rows: list[tuple[str, str, str]], files: dict[str, str]) -> list[str]:
    """Certificates whose stored PDF is missing or differs from the SHA-256 on their row."""
    problems = []
    for number, name, recorded in rows:
        if name not in files:
            problems.append(f"certificate {number}: {name} is missing")
        elif files[name] != recorded:
            problems.append(f"certificate {number}: {name} differs from its recorded SHA-256")
    return problems


def backup_create(
    *,
    to: Path | None = None,
    using: str = DEFAULT_DB_ALIAS,
    media_root: Path | None = None,
    private_root: Path | None = None,
) -> Path:
    """Write a backup folder under `to` (default VAR_DIR/backups) and return its path.

    Safe while the site runs. The folder appears under its final name only once complete.
    """
    vendor = connections[using].vendor
    if vendor not in DUMP_FILES:
        raise BackupError(f"Backups support SQLite and PostgreSQL, not {vendor}.")
    parent = Path(to or Path(settings.VAR_DIR) / "backups")
    parent.mkdir(parents=True, exist_ok=True)
    created = datetime.now(UTC)
    stamp = created.strftime("%Y%m%dT%H%M%S")
    final = parent / f"backup-{stamp}Z"
    suffix = 1
    while final.exists():
        suffix += 1
        final = parent / f"backup-{stamp}Z-{suffix}"
    work = final.with_name(final.name + ".partial")
    work.mkdir(mode=0o700)
    try:
        dump = work / DUMP_FILES[vendor]
        if vendor == "sqlite":
            stats, certificates, server = _backup_sqlite(using=using, dump=dump)
        else:
            stats, certificates, server = _backup_postgresql(using=using, dump=dump)
        roots = _roots(media_root, private_root)
        files, archives = {}, {}
        for kind in TREES:
            archive = work / f"{kind}.tar.gz"
            files[kind] = _archive_tree(roots[kind], archive)
            archives[kind] = {"file": archive.name, "sha256": _sha256_file(archive)}
        manifest = {
            "format": FORMAT,
            "created_at": created.isoformat(),
            "database": {
                "vendor": vendor,
                "file": dump.name,
                "sha256": _sha256_file(dump),
                **server,
            },
            "tables": stats,
            "archives": archives,
            "files": files,
            "warnings": _certificate_problems(certificates, files["private"]),
        }
        (work / MANIFEST).write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
        work.rename(final)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return final


def backups_prune(*, directory: Path, keep: int) -> list[Path]:
    """Delete all but the `keep` newest complete backups in `directory`; return the deleted.

    Only folders this module wrote (named backup-*, with a readable manifest) are touched.
    """
    if keep < 1:
        raise BackupError("Keep at least one backup.")
    complete = []
    for path in Path(directory).glob("backup-*"):
        if path.is_dir() and not path.name.endswith(".partial"):
            try:
                complete.append((manifest_read(path)["created_at"], path.name, path))
            except (BackupError, ValueError, KeyError):
                continue
    doomed = [path for *_, path in sorted(complete)[:-keep]]
    for path in doomed:
        shutil.rmtree(path)
    return doomed


# --- Restore ---------------------------------------------------------------------------


def manifest_read(path: Path) -> dict:
    manifest_path = Path(path) / MANIFEST
    if not manifest_path.is_file():
        raise BackupError(f"{path} is not a complete backup: it has no {MANIFEST}.")
    manifest = json.loads(manifest_path.read_text())
    if manifest.get("format") != FORMAT:
        raise BackupError(f"Unknown backup format {manifest.get('format')!r}.")
    return manifest


def backup_check(*, path: Path, manifest: dict) -> list[str]:
    """Differences between the backup's files and its manifest, found without restoring."""
    path = Path(path)
    problems = []
    dump = path / manifest["database"]["file"]
    if not dump.is_file():
        problems.append(f"database file {dump.name} is missing")
    elif _sha256_file(dump) != manifest["database"]["sha256"]:
        problems.append(f"database file {dump.name} differs from the manifest")
    for kind in TREES:
        archive = path / manifest["archives"][kind]["file"]
        if not archive.is_file():
            problems.append(f"{kind} archive {archive.name} is missing")
            continue
        if _sha256_file(archive) != manifest["archives"][kind]["sha256"]:
            problems.append(f"{kind} archive {archive.name} differs from the manifest")
        try:
            archived = _archive_hashes(archive)
        except (tarfile.TarError, OSError, EOFError) as error:
            problems.append(f"{kind} archive {archive.name} cannot be read: {error}")
            continue
        problems += _compare_files(kind, manifest["files"][kind], archived)
    return problems


def _database_is_empty(using: str) -> bool:
    return not connections[using].introspection.table_names()


def _folder_is_empty(root: Path) -> bool:
    return not any(path.is_file() for path in root.rglob("*")) if root.is_dir() else True


def _restore_sqlite(*, dump: Path, using: str) -> None:
    target_path = _sqlite_path(using)
    target_path.parent.mkdir(parents=True, exist_ok=True)
    source = sqlite3.connect(_read_only_uri(dump), uri=True)
    target = sqlite3.connect(target_path, timeout=30)
    try:
        source.backup(target)
        target.execute("PRAGMA journal_mode=WAL")
    finally:
        target.close()
        source.close()


def _restore_postgresql(*, dump: Path, using: str, manifest: dict) -> None:
    needed = max(_pg_major(using), int(manifest["database"].get("pg_dump_major", 0)))
    pg_restore, _ = _pg_tool("pg_restore", at_least=needed)
    name, env = _pg_env(using)
    _run(
        [
            pg_restore,
            "--clean",
            "--if-exists",
            "--no-owner",
            "--no-privileges",
            "--single-transaction",
            "--exit-on-error",
            f"--dbname={name}",
            str(dump),
        ],
        env,
    )


def _restore_tree(*, archive: Path, root: Path) -> None:
    if root.is_dir():
        for child in root.iterdir():
            if child.is_dir() and not child.is_symlink():
                shutil.rmtree(child)
            else:
                child.unlink()
    root.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive, "r:gz") as tar:
        tar.extractall(root, filter="data")


def backup_verify(
    *,
    manifest: dict,
    using: str = DEFAULT_DB_ALIAS,
    media_root: Path | None = None,
    private_root: Path | None = None,
) -> list[str]:
    """Differences between the database and folders now and the manifest: row counts, table
    checksums, file hashes. Empty when they hold exactly what was backed up."""
    problems = []
    expected = manifest["tables"]
    actual = table_stats(using=using)
    for table in sorted(expected.keys() | actual.keys()):
        if table not in actual:
            problems.append(f"table {table} is missing")
        elif table not in expected:
            problems.append(f"table {table} is not in the backup")
        elif actual[table]["rows"] != expected[table]["rows"]:
            problems.append(
                f"table {table} has {actual[table]['rows']} rows, not {expected[table]['rows']}"
            )
        elif actual[table]["sha256"] != expected[table]["sha256"]:
            problems.append(f"table {table} has the right row count but different data")
    roots = _roots(media_root, private_root)
    for kind in TREES:
        hashes = tree_hashes(roots[kind])
        problems += _compare_files(kind, manifest["files"][kind], hashes)
    return problems


def backup_restore(
    *,
    path: Path,
    using: str = DEFAULT_DB_ALIAS,
    media_root: Path | None = None,
    private_root: Path | None = None,
    force: bool = False,
) -> dict:
    """Restore a backup into the database `using` names and the media folders, then verify.

    The backup is checked against its manifest first; a database or folder that holds
    anything is refused unless `force`. Raises VerificationError listing every difference,
    before restoring (a damaged backup: nothing was changed) or after (the restore differs).
    Returns a summary of what was restored.
    """
    path = Path(path)
    manifest = manifest_read(path)
    vendor = connections[using].vendor
    if manifest["database"]["vendor"] != vendor:
        raise BackupError(
            f"This backup is of a {manifest['database']['vendor']} database; the target is "
            f"{vendor}."
        )
    problems = backup_check(path=path, manifest=manifest)
    if problems:
        raise VerificationError(problems, restored=False)
    roots = _roots(media_root, private_root)
    if not force:
        busy = [] if _database_is_empty(using) else ["the database"]
        busy += [str(root) for root in roots.values() if not _folder_is_empty(root)]
        if busy:
            raise BackupError(
                f"Refusing to restore over existing data in {', '.join(busy)} "
                "(use --force to replace it)."
            )
    dump = path / manifest["database"]["file"]
    if vendor == "sqlite":
        _restore_sqlite(dump=dump, using=using)
    else:
        _restore_postgresql(dump=dump, using=using, manifest=manifest)
    for kind in TREES:
        _restore_tree(archive=path / manifest["archives"][kind]["file"], root=roots[kind])
    problems = backup_verify(manifest=manifest, using=using, **_root_kwargs(roots))
    if problems:
        raise VerificationError(problems, restored=True)
    return {
        "tables": len(manifest["tables"]),
        "rows": sum(table["rows"] for table in manifest["tables"].values()),
        **{f"{kind}_files": len(manifest["files"][kind]) for kind in TREES},
    }


def _root_kwargs(roots: dict[str, Path]) -> dict[str, Path]:
    return {"media_root": roots["media"], "private_root": roots["private"]}
