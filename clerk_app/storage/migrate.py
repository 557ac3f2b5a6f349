"""Bring the store's schema up to date at start-up, safely.

Order: read the current revision; if it is behind, back up the file (same key) into the profile's backup
folder, then run every pending Alembic revision in ONE transaction on a connection with foreign keys off
(SQLite's table rebuilds would otherwise cascade deletes), then ``PRAGMA foreign_key_check`` inside that
same transaction. Any failure rolls everything back and raises :class:`MigrationError` naming the backup.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from pathlib import Path

from sqlalchemy import Connection, Engine

from clerk_app.errors import MigrationError, StorageError
from clerk_app.storage.database import IMMEDIATE, backup, make_engine, storage_errors
from clerk_app.translatable import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

#: Where the revisions ship: inside the package, so installers and frozen builds carry them.
SCRIPT_LOCATION = "clerk_app.storage:migrations"
#: The newest revision in ``migrations/versions``. Start-up compares against it so that a current store
#: opens without importing Alembic; a test checks it is Alembic's head.
HEAD_REVISION = "0002"

_NO_BACKUP = QT_TRANSLATE_NOOP("errors", "(none: the store was new and empty)")
#: ``registrations-<UTC time to the microsecond>Z-rev<revision>.db``, as :func:`_backup_path` names them.
_BACKUP_NAME = re.compile(r"registrations-([0-9]{8}T[0-9]{6})[0-9]{6}Z-rev.+\.db")


class ForeignKeyViolations(Exception):
    """Raised inside the migration transaction so that it rolls back."""


def revision_of(connection: Connection) -> str | None:
    """The Alembic revision recorded in the store, None for an empty store."""
    has_table = connection.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).first()
    if has_table is None:
        return None
    row = connection.exec_driver_sql("SELECT version_num FROM alembic_version").first()
    return None if row is None else str(row[0])


def upgrade(database: Path, key: bytes, backup_dir: Path) -> Path | None:
    """Migrate ``database`` to the newest revision; return the backup made first (None if none was needed)."""
    engine = make_engine(database, key, foreign_keys=False, single=True)
    try:
        with storage_errors("read schema revision"), engine.connect() as connection:
            current = revision_of(connection)
        if current == HEAD_REVISION:
            return None
        backup_path = None
        if current is not None:
            backup_path = _backup_path(backup_dir, current)
            try:
                with storage_errors("backup before migration"):
                    backup(engine, key, backup_path)
            except OSError as error:
                raise StorageError(f"backup before migration: {type(error).__name__}") from error
        try:
            _run_alembic(engine)
        except Exception as error:
            log.error("schema upgrade from revision %s failed (%s)", current, type(error).__name__)
            raise MigrationError(
                f"upgrade from {current} failed: {type(error).__name__}",
                backup=str(backup_path) if backup_path else _NO_BACKUP,
            ) from error
        log.info("schema upgraded from revision %s; backup: %s", current, backup_path)
        return backup_path
    finally:
        engine.dispose()


def _backup_path(backup_dir: Path, revision: str) -> Path:
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    backup_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    return backup_dir / f"registrations-{stamp}-rev{revision}.db"


def backup_taken_at(path: Path) -> dt.datetime | None:
    """When the backup at ``path`` was taken (to the second), None for a file that is not one of ours."""
    match = _BACKUP_NAME.fullmatch(path.name)
    if match is None:
        return None
    return dt.datetime.strptime(match.group(1), "%Y%m%dT%H%M%S").replace(tzinfo=dt.UTC)


def _run_alembic(engine: Engine) -> None:
    """Upgrade to Alembic's head and check foreign keys, all in one transaction."""
    from alembic import command  # imported here: only a store that needs upgrading pays for it
    from alembic.config import Config

    with engine.execution_options(**{IMMEDIATE: True}).begin() as connection:
        config = Config()
        config.set_main_option("script_location", SCRIPT_LOCATION)
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        violations = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if violations:
            raise ForeignKeyViolations(f"{len(violations)} foreign key violation(s)")
