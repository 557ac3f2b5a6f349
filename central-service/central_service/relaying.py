"""What the mail and SMS outboxes share: the background thread, leases on due rows, backoff, marking done.

An outbox table has ``next_attempt_at``, ``attempts``, ``lease_until``, ``sent_at``, ``failed_at`` and
``last_error``. A relay claims due rows with a conditional UPDATE (a lease), so several service processes
can relay side by side without sending a message twice; a process that dies leaves its lease to run out.
Failures wait with exponential backoff and jitter, capped, and are never dropped; only a permanent
refusal or a message that expired ends its attempts. The secret a row carries (a link token, a code) is
erased once the row is done.
"""

from __future__ import annotations

import datetime as dt
import logging
import random
import threading
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

from sqlalchemy import or_, select, update
from sqlalchemy.orm import InstrumentedAttribute, Session

from central_service.config import RetrySettings
from central_service.db import affected_rows
from central_service.models import OutboxRow

log = logging.getLogger(__name__)

#: How long a claimed message is reserved for the relay that claimed it.
LEASE = dt.timedelta(minutes=10)


Row = TypeVar("Row", bound=OutboxRow)


class RelayThread:
    """Calls ``send_round`` in a background thread until stopped: every ``poll_seconds``, at once after
    :meth:`wake`, and again straight away while a round claimed a whole batch."""

    def __init__(
        self,
        name: str,
        settings: RetrySettings,
        send_round: Callable[[], int],
        maintain: Callable[[], None] = lambda: None,
    ) -> None:
        self._name = name
        self._settings = settings
        self._send_round = send_round
        self._maintain = maintain
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._stopping.clear()
        self._thread = threading.Thread(target=self._loop, name=self._name, daemon=True)
        self._thread.start()

    def wake(self) -> None:
        """Something was queued: send it now rather than at the next poll."""
        self._wake.set()

    def stop(self, timeout: float = 30.0) -> None:
        self._stopping.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _loop(self) -> None:
        while not self._stopping.is_set():
            self._wake.clear()
            try:
                self._maintain()
                while self._send_round() >= self._settings.batch_size and not self._stopping.is_set():
                    pass
            except Exception as exc:  # keep relaying; the next round tries again
                log.error("%s round failed: %s", self._name, type(exc).__name__)
            self._wake.wait(self._settings.poll_seconds)


def backoff(settings: RetrySettings, attempts: int) -> dt.timedelta:
    """Exponential in the number of failed attempts, capped, with jitter so relays spread out."""
    initial, cap = settings.retry_initial_seconds, settings.retry_max_seconds
    ceiling = min(cap, initial * 2 ** min(attempts - 1, 30))
    return dt.timedelta(seconds=ceiling * random.uniform(0.5, 1.0))  # noqa: S311 (jitter, not a secret)


def claim_due(session: Session, table: type[Row], now: dt.datetime, limit: int) -> list[Row]:
    """Lease up to ``limit`` due rows, oldest first; rows another relay holds are left alone."""
    columns: Any = table
    free = or_(columns.lease_until.is_(None), columns.lease_until <= now)
    pending = (columns.sent_at.is_(None), columns.failed_at.is_(None))
    rows = session.scalars(
        select(table)
        .where(*pending, columns.next_attempt_at <= now, free)
        .order_by(columns.next_attempt_at, columns.id)
        .limit(limit)
    ).all()
    claimed = []
    for row in rows:
        taken = session.execute(
            update(table).where(columns.id == row.id, *pending, free).values(lease_until=now + LEASE)
        )
        if affected_rows(taken) == 1:
            claimed.append(row)
    return claimed


def finish(
    session: Session,
    table: type[OutboxRow],
    row_id: object,
    erase: Iterable[InstrumentedAttribute[Any]],
    now: dt.datetime,
    *,
    attempts: int | None = None,
    failed: str | None = None,
) -> None:
    """A message is done (sent, or given up with the reason): release it and erase its secret."""
    columns: Any = table
    values: dict[str, object] = {"lease_until": None, "last_error": failed}
    values.update({column.key: None for column in erase})
    values["failed_at" if failed else "sent_at"] = now
    if attempts is not None:
        values["attempts"] = attempts
    session.execute(update(table).where(columns.id == row_id).values(**values))


def release(session: Session, table: type[OutboxRow], row_ids: Sequence[object]) -> None:
    """Give claimed rows back untried: due at once, no attempt counted."""
    columns: Any = table
    if row_ids:
        session.execute(update(table).where(columns.id.in_(row_ids)).values(lease_until=None))


def reschedule(
    session: Session,
    table: type[OutboxRow],
    rows: Sequence[tuple[object, int]],
    reason: str,
    settings: RetrySettings,
    now: dt.datetime,
) -> None:
    """Give claimed rows ``(id, attempts so far)`` back for a later try."""
    columns: Any = table
    for row_id, attempts in rows:
        session.execute(
            update(table)
            .where(columns.id == row_id)
            .values(
                attempts=attempts + 1,
                lease_until=None,
                last_error=reason,
                next_attempt_at=now + backoff(settings, attempts + 1),
            )
        )
