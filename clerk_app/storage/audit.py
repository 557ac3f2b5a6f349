"""The audit log: append-only, hash-chained, and free of citizen personal data.

Each entry stores the hash of the entry before it and its own hash over its fields, so changing,
removing or re-ordering an entry breaks the chain that :func:`walk` checks. Database triggers
refuse UPDATE and DELETE on the table; the chain catches what someone with the key does around them.
Entries hold ids, actions, statuses and staff numbers: never names, national numbers, e-mail addresses
or codes.

This module owns the ``audit_log`` table: every job appends to it inside its own transaction
(:func:`append`), :class:`AuditLog` reads one registration's entries (``clerk-app db history``), and the
integrity check walks the whole chain (:func:`walk`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import ForeignKey, Integer, String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from clerk_app.storage.database import Transactions
from clerk_app.storage.schema import Base, UtcDateTime, format_utc

GENESIS_HASH = "0" * 64

#: Actor of entries written by the outbox relay and by the retention purge.
SYNC_ACTOR = "sync"
RETENTION_ACTOR = "retention"

DetailValue = str | int | None


class AuditAction(StrEnum):
    ISSUED = "registration.issued"
    REVOKED = "registration.revoked"
    STATUS_CHANGED = "registration.status_changed"
    DELIVERED = "outbox.accepted"
    REFUSED = "outbox.rejected"
    PURGED = "registration.purged"


class AuditRow(Base):
    """One append-only, hash-chained audit entry; database triggers refuse UPDATE and DELETE."""

    __tablename__ = "audit_log"

    seq: Mapped[int] = mapped_column(Integer(), primary_key=True, autoincrement=False)
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    action: Mapped[str] = mapped_column(String(40))
    registration_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("registrations.id"), index=True
    )
    actor: Mapped[str] = mapped_column(String(64))
    detail: Mapped[str] = mapped_column(Text())  # canonical JSON, never personal data
    prev_hash: Mapped[str] = mapped_column(String(64), unique=True)
    hash: Mapped[str] = mapped_column(String(64), unique=True)


#: Triggers (created by the first migration) that make ``audit_log`` append-only; the check looks for them.
AUDIT_TRIGGER_NAMES = ("audit_log_no_update", "audit_log_no_delete")


def canonical_detail(detail: Mapping[str, DetailValue]) -> str:
    return json.dumps(dict(detail), sort_keys=True, separators=(",", ":"), ensure_ascii=True)


def entry_hash(
    seq: int,
    at: dt.datetime,
    action: str,
    registration_id: str | None,
    actor: str,
    detail: str,
    prev_hash: str,
) -> str:
    fields = [seq, format_utc(at), action, registration_id, actor, detail, prev_hash]
    encoded = json.dumps(fields, separators=(",", ":"), ensure_ascii=True).encode("ascii")
    return hashlib.sha256(encoded).hexdigest()


def make_entry(
    previous: tuple[int, str] | None,
    *,
    at: dt.datetime,
    action: AuditAction,
    registration_id: uuid.UUID | None,
    actor: str,
    detail: Mapping[str, DetailValue],
) -> AuditRow:
    """The entry that follows ``previous`` (its seq and hash; None for the first entry)."""
    seq, prev_hash = (previous[0] + 1, previous[1]) if previous is not None else (1, GENESIS_HASH)
    reg = str(registration_id) if registration_id is not None else None
    text = canonical_detail(detail)
    return AuditRow(
        seq=seq,
        at=at,
        action=action.value,
        registration_id=reg,
        actor=actor,
        detail=text,
        prev_hash=prev_hash,
        hash=entry_hash(seq, at, action.value, reg, actor, text, prev_hash),
    )


def append(
    session: Session,
    *,
    at: dt.datetime,
    action: AuditAction,
    registration_id: uuid.UUID | None,
    actor: str,
    detail: Mapping[str, DetailValue],
) -> AuditRow:
    """Add the next entry in ``session``'s transaction (which must hold the write lock)."""
    last = session.execute(select(AuditRow.seq, AuditRow.hash).order_by(AuditRow.seq.desc()).limit(1)).first()
    entry = make_entry(
        None if last is None else (last.seq, last.hash),
        at=at,
        action=action,
        registration_id=registration_id,
        actor=actor,
        detail=detail,
    )
    session.add(entry)
    return entry


@dataclass
class Walk:
    """One pass over the log: entries, breaks, each registration's last audited status, erasures."""

    entries: int = 0
    problems: list[str] = field(default_factory=list)
    statuses: dict[str, str] = field(default_factory=dict)
    purged: set[str] = field(default_factory=set)


def walk(entries: Iterable[AuditRow]) -> Walk:
    """Check the chain over ``entries`` in ``seq`` order, noting the status trail of each registration."""
    result = Walk()
    expected_seq, prev_hash = 1, GENESIS_HASH
    for entry in entries:
        result.entries += 1
        if entry.seq != expected_seq:
            result.problems.append(f"audit entry {expected_seq} is missing (next is {entry.seq})")
        if entry.prev_hash != prev_hash:
            result.problems.append(f"audit entry {entry.seq} does not follow the entry before it")
        recomputed = entry_hash(
            entry.seq,
            entry.at,
            entry.action,
            entry.registration_id,
            entry.actor,
            entry.detail,
            entry.prev_hash,
        )
        if recomputed != entry.hash:
            result.problems.append(f"audit entry {entry.seq} was altered")
        if entry.registration_id is not None:
            if entry.action == AuditAction.ISSUED.value:
                result.statuses[entry.registration_id] = "issued"
            elif entry.action in (AuditAction.STATUS_CHANGED.value, AuditAction.REVOKED.value):
                result.statuses[entry.registration_id] = str(json.loads(entry.detail).get("to"))
            elif entry.action == AuditAction.PURGED.value:
                result.purged.add(entry.registration_id)
        expected_seq, prev_hash = entry.seq + 1, entry.hash
    return result


@dataclass(frozen=True)
class AuditEntry:
    """One line of a registration's history: who (staff number, ``sync`` or ``retention``) did what."""

    seq: int
    at: dt.datetime
    action: AuditAction
    actor: str
    detail: dict[str, Any]


class AuditLog:
    """Reads the audit log; writing happens only through :func:`append`, inside the jobs' transactions."""

    def __init__(self, transactions: Transactions) -> None:
        self._transactions = transactions

    def history(self, registration_id: uuid.UUID) -> list[AuditEntry]:
        """The audit entries of a registration, oldest first (they hold no personal data)."""
        query = (
            select(AuditRow).where(AuditRow.registration_id == str(registration_id)).order_by(AuditRow.seq)
        )
        with self._transactions.reading("history") as session:
            return [
                AuditEntry(row.seq, row.at, AuditAction(row.action), row.actor, json.loads(row.detail))
                for row in session.scalars(query)
            ]
