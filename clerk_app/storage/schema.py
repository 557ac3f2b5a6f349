"""What every table of the local store builds on: the declarative base, the UTC instant column, and
fetching a row by its id (``RecordNotFound`` when there is none).

Alembic owns the schema (``migrations/versions``); the typed models describe it for the code, and a test
checks that the two agree. Each table is defined next to the code that owns it:

- ``registrations`` in :mod:`~clerk_app.storage.records`: read by every job, so it lives below them all;
- ``name_tokens`` in :mod:`~clerk_app.storage.search`: the words a registration is found by;
- ``outbox`` in :mod:`~clerk_app.storage.outbox`: what waits for the central service;
- ``audit_log`` in :mod:`~clerk_app.storage.audit`: the hash-chained history.

Personal data sits only in ``registrations`` (nullable columns, erased by the retention purge) and
``name_tokens``; the outbox and the audit log never hold any.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any, TypeVar

from sqlalchemy import MetaData, String, TypeDecorator
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Session

from clerk_app.errors import RecordNotFound

#: Named constraints, so Alembic's batch mode on SQLite can drop and re-create them.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

_UTC_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


def utc(moment: dt.datetime) -> dt.datetime:
    """``moment`` in UTC; a naive time is refused, since the store could only guess its zone."""
    if moment.tzinfo is None:
        raise ValueError("times given to the store must be timezone-aware")
    return moment.astimezone(dt.UTC)


def format_utc(value: dt.datetime) -> str:
    """The stored text of an aware instant: fixed-width ISO 8601 in UTC, microseconds included."""
    if value.tzinfo is None:
        raise ValueError("naive datetime: the store only keeps timezone-aware times")
    return value.astimezone(dt.UTC).strftime(_UTC_FORMAT)


class UtcDateTime(TypeDecorator[dt.datetime]):
    """A timezone-aware UTC instant stored as fixed-width ISO 8601 text, so text order is time order."""

    impl = String(27)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> str | None:
        return None if value is None else format_utc(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        return dt.datetime.fromisoformat(str(value))  # "…Z" reads as UTC; 100× faster than strptime


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


Row = TypeVar("Row", bound=Base)


def existing_row(session: Session, table: type[Row], row_id: uuid.UUID, what: str) -> Row:
    """The row of ``table`` whose id is ``row_id``; :class:`RecordNotFound` ("no such ``what``") when none."""
    row = session.get(table, str(row_id))
    if row is None:
        raise RecordNotFound(f"no such {what}")
    return row
