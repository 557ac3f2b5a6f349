"""Opening the database (SQLite or PostgreSQL) and bringing its schema up to date with Alembic.

SQLite serialises writers: every transaction starts with ``BEGIN IMMEDIATE``, so two requests never
both read and then both write (the classic lost update), and a busy database makes a writer wait
instead of failing. WAL lets readers go on while one writes. PostgreSQL runs at READ COMMITTED; the
places where requests race rely on unique constraints and row locks instead (see ``intake``).
Statement parameters are kept out of error messages: they hold personal data.
"""

from __future__ import annotations

import functools
import logging
import os
import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import CursorResult, Engine, Result, create_engine, event
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from central_service.errors import ServiceConfigError

log = logging.getLogger(__name__)

MIGRATIONS = "central_service:migrations"
SQLITE_BUSY_SECONDS = 30
READ_ONLY = "central_service_read_only"
#: Alembic keeps its migration context in a module global: one migration at a time per process.
_MIGRATING = threading.Lock()


class Database:
    """An engine, its sessions, and the dialect-specific bits the service needs."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = _create_engine(url)
        self.dialect = self.engine.dialect.name
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        # SQLite takes one writer at a time anyway; queueing this process's writers on a lock spares
        # them SQLite's busy-wait, which sleeps up to 100 ms between tries.
        self._writers: AbstractContextManager[object] = (
            threading.RLock() if self.dialect == "sqlite" else nullcontext()
        )
        self._read_sessions = sessionmaker(
            self.engine.execution_options(**{READ_ONLY: True}), expire_on_commit=False
        )

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back when it raises."""
        with self._writers, self._sessions() as session, session.begin():
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A transaction that only reads: on SQLite it does not take the write lock."""
        with self._read_sessions() as session, session.begin():
            yield session

    def insert(self, table: Any) -> Any:
        """An INSERT that supports ``on_conflict_do_nothing`` on both dialects."""
        return postgresql.insert(table) if self.dialect == "postgresql" else sqlite.insert(table)

    def upgrade(self) -> None:
        """Apply every migration not yet applied (serialised between processes on PostgreSQL)."""
        config = _alembic_config()
        with _MIGRATING, self.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")

    def is_current(self) -> bool:
        """Whether the schema is at this version's newest migration (a read: no write lock on SQLite)."""
        with self.engine.execution_options(**{READ_ONLY: True}).connect() as connection:
            current = set(MigrationContext.configure(connection).get_current_heads())
        return current == _heads()

    def scrub(self) -> None:
        """After erasing: make sure no copy of the erased values stays readable on disk.

        SQLite keeps the old versions of changed pages in the WAL file until a checkpoint copies the
        new ones into the database and the WAL is reset; TRUNCATE does both and empties the file.
        (secure_delete has already zeroed the old content in the pages themselves.) On PostgreSQL the
        old row versions go with (auto)vacuum; its WAL is the operator's (docs/wire-format.md).
        """
        if self.dialect != "sqlite":
            return
        with self._writers:
            # The raw connection: a checkpoint cannot run inside the transaction SQLAlchemy would begin.
            raw = self.engine.raw_connection()
            try:
                raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)").close()
            finally:
                raw.close()

    def dispose(self) -> None:
        self.engine.dispose()


def affected_rows(result: Result[Any]) -> int:
    """Rows an INSERT, UPDATE or DELETE touched (``Session.execute`` types its result loosely)."""
    if not isinstance(result, CursorResult):
        raise TypeError("not the result of a data-changing statement")
    return result.rowcount


@functools.cache
def _heads() -> set[str]:
    return set(ScriptDirectory.from_config(_alembic_config()).get_heads())


def _alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", MIGRATIONS)
    return config


def _create_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except Exception as exc:  # SQLAlchemy raises ArgumentError and ValueError subclasses here
        raise ServiceConfigError("database_url is not a valid SQLAlchemy URL") from exc
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        return _sqlite_engine(url, parsed.database)
    if backend == "postgresql":
        if parsed.get_driver_name() != "psycopg":
            raise ServiceConfigError("use the psycopg driver: postgresql+psycopg://user@host/database")
        return create_engine(url, pool_size=10, max_overflow=30, pool_pre_ping=True, hide_parameters=True)
    raise ServiceConfigError(f"unsupported database {backend!r}: use sqlite or postgresql+psycopg")


def _private_file(path: Path) -> None:
    """Create the database file readable by the service's user only (SQLite gives its -wal and -shm
    files the same mode); an existing one readable by others is tightened, with a warning."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        return
    except FileExistsError:
        pass
    mode = path.stat().st_mode & 0o777
    if mode & 0o077:
        log.warning("the database file was readable by others (%o); now 600", mode)
        path.chmod(0o600)
        for companion in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            if companion.exists():
                companion.chmod(0o600)


def _sqlite_engine(url: str, database: str | None) -> Engine:
    if not database or database == ":memory:":
        raise ServiceConfigError("SQLite needs a file: sqlite:////path/to/central.db")
    _private_file(Path(database))
    engine = create_engine(
        url,
        connect_args={"timeout": SQLITE_BUSY_SECONDS, "check_same_thread": False},
        hide_parameters=True,
    )

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite's own BEGIN is DEFERRED).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        # Erased values (sent link tokens, purged personal data) are overwritten, not just unlinked.
        cursor.execute("PRAGMA secure_delete=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_SECONDS * 1000}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin_immediate(connection: Any) -> None:
        read_only = connection.get_execution_options().get(READ_ONLY, False)
        connection.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")

    return engine
