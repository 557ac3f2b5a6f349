"""Rate limits kept in the database, so every service process on it shares one budget per key.

The rule is GCRA (the "generic cell rate algorithm", a leaky bucket kept as one time per key): a key
may spend ``limit`` events per ``window``, in bursts of up to ``limit``, refilling evenly at one event
per ``window / limit``. Each key's row holds its *theoretical arrival time* (TAT, in epoch
microseconds): when its bucket will be empty again. One upsert decides and records a hit atomically
on SQLite and PostgreSQL, so two processes racing for the last event of a budget cannot both get it.

A refusal is also remembered in this process until it runs out: a flood from one address then costs
one database write per refusal period instead of one per request, and ingest does not queue behind
it for the database's write lock. That loses nothing: a refused hit does not change the row.

Keys are stored as SHA-256 digests of the key and its rate: client addresses are personal data, and a
changed limit starts a fresh budget instead of misreading the old row. Nothing here knows about HTTP:
callers pick the keys (``"enrol:addr:192.0.2.7"``) and turn a refusal into their own answer.
"""

from __future__ import annotations

import hashlib
import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import BigInteger, case, delete, func, literal, not_
from sqlalchemy.sql.expression import ColumnElement

from central_service.db import Database, affected_rows
from central_service.models import RateLimit

#: Refusals remembered per process; past this, those that ran out are forgotten first.
DENY_CACHE_SIZE = 10_000


@dataclass(frozen=True)
class Decision:
    """Whether one event may happen now, and otherwise how long to wait."""

    allowed: bool
    retry_after: float = 0.0  # seconds until the key may try again; 0 when allowed

    @property
    def retry_after_seconds(self) -> int:
        """The wait in whole seconds, rounded up (at least 1 for a refusal)."""
        return 0 if self.allowed else max(1, math.ceil(self.retry_after))


class RateLimiter:
    """Counts events per key in ``db``; ``clock`` is wall-clock seconds, shared by all processes."""

    def __init__(self, db: Database, clock: Callable[[], float] = time.time) -> None:
        self._db = db
        self._clock = clock
        self._denied: dict[str, float] = {}
        self._reserved: dict[str, tuple[int, float]] = {}  # digest → (events left, usable until)
        self._lock = threading.Lock()

    def refused_here(self, key: str, limit: int, window: float) -> Decision | None:
        """The refusal this process remembers for ``key``, if it still runs: answerable without the
        database (an event loop may call this; :meth:`hit` needs a thread)."""
        now = self._clock()
        with self._lock:
            until = self._denied.get(_digest(key, limit, window))
        if until is not None and now < until:
            return Decision(False, until - now)
        return None

    def hit(self, key: str, limit: int, window: float) -> Decision:
        """Spend one event of ``key``'s budget of ``limit`` per ``window`` seconds, if any is left."""
        refused = self.refused_here(key, limit, window)
        return refused if refused is not None else self._spend(key, limit, window, 1)

    def hit_reserving(self, key: str, limit: int, window: float, chunk: int) -> Decision:
        """Like :meth:`hit`, but take ``chunk`` events from the shared budget at once and spend them here.

        For a key hit on every request (a workstation's calls): one database write per ``chunk`` events
        instead of one per event. Reserved events are charged when taken, so several processes together
        never exceed the budget; a process's unused reserve only makes the limit stricter, and lapses
        after ``window``.
        """
        digest = _digest(key, limit, window)
        now = self._clock()
        with self._lock:
            left, until = self._reserved.get(digest, (0, 0.0))
            if left > 0 and now < until:
                self._reserved[digest] = (left - 1, until)
                return Decision(True)
        refused = self.refused_here(key, limit, window)
        if refused is not None:
            return refused
        size = max(1, min(chunk, limit))
        decision = self._spend(key, limit, window, size)
        if decision.allowed:
            with self._lock:
                self._reserved[digest] = (size - 1, now + window)
                if len(self._reserved) > DENY_CACHE_SIZE:
                    self._reserved = {k: v for k, v in self._reserved.items() if v[1] > now}
            return decision
        return self._spend(key, limit, window, 1) if size > 1 else decision  # the budget's last few

    def _spend(self, key: str, limit: int, window: float, cost: int) -> Decision:
        if limit < 1 or window <= 0:
            raise ValueError("a rate needs a limit of at least 1 and a positive window")
        digest = _digest(key, limit, window)
        now = self._clock()
        # Whole microseconds keep the sums exact: ``limit`` hits at one instant fill the bucket exactly.
        now_us = round(now * 1_000_000)
        interval = math.ceil(window * 1_000_000 / limit)
        capacity = limit * interval
        spent = cost * interval
        start = self._later_than(now_us)
        fits = start + _micros(spent) <= _micros(now_us + capacity)
        statement = (
            self._db.insert(RateLimit)
            .values(key=digest, tat=now_us + spent, refused=False)
            .on_conflict_do_update(
                index_elements=["key"],
                set_={
                    "tat": case((fits, start + _micros(spent)), else_=RateLimit.tat),
                    "refused": not_(fits),
                },
            )
            .returning(RateLimit.tat, RateLimit.refused)
        )
        with self._db.transaction() as session:
            tat, refused = session.execute(statement).one()
        if not refused:
            return Decision(True)
        wait = max(tat + spent - capacity - now_us, 0) / 1_000_000
        if cost == 1:  # a refused reservation says nothing about a single event: not remembered
            self._remember(digest, now + wait, now)
        return Decision(False, wait)

    def purge(self) -> int:
        """Forget the keys whose budget is full again (as good as never seen); returns how many."""
        now = self._clock()
        with self._db.transaction() as session:
            idle = RateLimit.tat < round(now * 1_000_000)
            return affected_rows(session.execute(delete(RateLimit).where(idle)))

    def _later_than(self, now_us: int) -> ColumnElement[int]:
        """The stored TAT, or ``now`` when that lies in the past (an idle key)."""
        greatest = func.greatest if self._db.dialect == "postgresql" else func.max
        return greatest(RateLimit.tat, _micros(now_us))

    def _remember(self, digest: str, until: float, now: float) -> None:
        with self._lock:
            if len(self._denied) >= DENY_CACHE_SIZE:
                self._denied = {key: end for key, end in self._denied.items() if end > now}
                if len(self._denied) >= DENY_CACHE_SIZE:
                    self._denied.clear()
            self._denied[digest] = until


def _micros(value: int) -> ColumnElement[int]:
    """A bound microsecond count, typed so PostgreSQL does not take it for a 32-bit integer."""
    return literal(value, BigInteger())


def _digest(key: str, limit: int, window: float) -> str:
    return hashlib.sha256(f"{limit}/{window!r}\0{key}".encode()).hexdigest()
