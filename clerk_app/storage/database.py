"""The encrypted SQLite file: its key in the OS keyring, its connections, transactions and backups.

The whole file is encrypted by SQLCipher under a random 32-byte key used as a raw key (no passphrase
derivation: the key is already random). The key lives in the OS keyring, one entry per profile. A key is
made only when neither a database nor a key exists; an existing file whose key is missing or wrong is
refused and opened read-only for the check, so it is never changed or re-created.

Every job of the store works in :class:`Transactions`: one short transaction per call, and every change
takes the write lock first (``BEGIN IMMEDIATE``), so the UI thread and the sync relay thread can share one
store.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event, exc, pool
from sqlalchemy.orm import Session, sessionmaker

from clerk_app.errors import DatabaseKeyError, StorageError
from clerk_app.secrets import KEY_ENTRY, SecretStore
from clerk_app.translatable import QT_TRANSLATE_NOOP

KEY_BYTES = 32
BUSY_TIMEOUT_SECONDS = 10.0
#: Execution option that makes a transaction start with BEGIN IMMEDIATE (take the write lock up front,
#: so a read-then-write transaction never fails on a lock upgrade).
IMMEDIATE = "clerk_begin_immediate"

_KEY_MISSING = QT_TRANSLATE_NOOP("errors", "missing from the keyring")
_KEY_WRONG = QT_TRANSLATE_NOOP("errors", "not the key this store was encrypted with, or the file is damaged")
_KEY_DAMAGED = QT_TRANSLATE_NOOP("errors", "damaged in the keyring")


def database_key(secret_store: SecretStore, database: Path) -> bytes:
    """The key of ``database``; a new one is made and stored first when there is neither file nor key.

    A key without a file is reused rather than replaced: backups of that store use the same key.
    """
    stored = secret_store.get(KEY_ENTRY)
    if stored is None:
        if database.exists():
            raise DatabaseKeyError("database key missing for an existing store", problem=_KEY_MISSING)
        key = secrets.token_bytes(KEY_BYTES)
        secret_store.set(KEY_ENTRY, key.hex())
        return key
    try:
        key = bytes.fromhex(stored)
    except ValueError:
        key = b""
    if len(key) != KEY_BYTES:
        raise DatabaseKeyError("database key in the keyring is malformed", problem=_KEY_DAMAGED)
    return key


def _apply_key(connection: sqlcipher3.Connection, key: bytes) -> None:
    connection.execute("PRAGMA cipher_log_level = NONE")  # SQLCipher would print decrypt failures to stderr
    connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")


def check_key(database: Path, key: bytes) -> None:
    """Raise :class:`DatabaseKeyError` unless ``key`` decrypts ``database``; opens it read-only."""
    connection = sqlcipher3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)
    try:
        _apply_key(connection, key)
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as error:
        raise DatabaseKeyError("database key does not open the store", problem=_KEY_WRONG) from error
    finally:
        connection.close()


def connect(database: Path, key: bytes, *, foreign_keys: bool = True) -> sqlcipher3.Connection:
    """A keyed connection with the store's settings: WAL, ``synchronous=FULL``, secure delete.

    ``isolation_level=None`` leaves transaction control to the engine's ``begin`` hook (see
    :func:`make_engine`), so these PRAGMAs run outside any transaction and take effect.
    """
    connection = sqlcipher3.connect(
        str(database), isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_SECONDS
    )
    try:
        _apply_key(connection, key)
        for pragma in (
            "journal_mode = WAL",
            "synchronous = FULL",
            f"foreign_keys = {'ON' if foreign_keys else 'OFF'}",
            "secure_delete = ON",  # erased personal data is overwritten, not left in free pages
            "temp_store = MEMORY",  # no temporary files beside the encrypted one
        ):
            connection.execute(f"PRAGMA {pragma}").fetchall()
    except Exception:
        connection.close()
        raise
    return connection


def make_engine(database: Path, key: bytes, *, foreign_keys: bool = True, single: bool = False) -> Engine:
    """An engine over ``database``; ``single`` gives one connection per use (for migrations)."""

    def creator() -> sqlcipher3.Connection:
        return connect(database, key, foreign_keys=foreign_keys)

    engine = create_engine(
        "sqlite+pysqlite://",
        creator=creator,
        module=sqlcipher3,
        poolclass=pool.NullPool if single else pool.QueuePool,
        hide_parameters=True,  # statement parameters hold personal data: keep them out of errors and logs
    )

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        immediate = connection.get_execution_options().get(IMMEDIATE, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def backup(engine: Engine, key: bytes, destination: Path) -> None:
    """Copy the store to ``destination`` (same key) with SQLite's online backup, then flush it to disk.

    A copy that fails half-way is removed, so a file in the backup folder is always a whole backup.
    """
    if destination.exists():
        raise StorageError("backup destination exists")
    try:
        pooled = engine.raw_connection()
        try:
            source = pooled.driver_connection
            if not isinstance(source, sqlcipher3.Connection):
                raise StorageError("unexpected driver connection")
            target = sqlcipher3.connect(str(destination), isolation_level=None)
            try:
                _apply_key(target, key)
                source.backup(target)
            finally:
                target.close()
        finally:
            pooled.close()
        fd = os.open(destination, os.O_RDWR)  # Windows flushes only handles opened for writing
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except BaseException:
        for leftover in (destination, destination.with_name(destination.name + "-wal")):
            leftover.unlink(missing_ok=True)
        raise


@contextlib.contextmanager
def storage_errors(action: str) -> Iterator[None]:
    """Turn driver and SQLAlchemy failures into :class:`StorageError` naming only the kind of failure."""
    try:
        yield
    except (exc.SQLAlchemyError, sqlcipher3.Error) as error:
        origin = getattr(error, "orig", None) or error
        raise StorageError(f"{action}: {type(error).__name__}/{type(origin).__name__}") from error


class Transactions:
    """Short transactions on the store's engine, failures turned into :class:`StorageError`.

    ``action`` names the call in that error (never a value: statement parameters hold personal data).
    """

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._reader = sessionmaker(bind=engine, expire_on_commit=False)
        self._writer = sessionmaker(
            bind=engine.execution_options(**{IMMEDIATE: True}), expire_on_commit=False
        )

    @contextlib.contextmanager
    def reading(self, action: str) -> Iterator[Session]:
        with storage_errors(action), self._reader() as session:
            yield session

    @contextlib.contextmanager
    def writing(self, action: str) -> Iterator[Session]:
        """A transaction holding the write lock from its first statement; it commits on leaving."""
        with storage_errors(action), self._writer.begin() as session:
            yield session

    def checkpoint(self) -> None:
        """Move the WAL into the file and empty it, so erased data does not linger in the WAL."""
        with storage_errors("checkpoint"):
            pooled = self._engine.raw_connection()
            try:
                pooled.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()  # type: ignore[union-attr]
            finally:
                pooled.close()
