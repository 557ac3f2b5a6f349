"""The citizen's side back at the counter: what became of the accepted registrations at the centre.

Every ``every`` seconds, and at once when the clerk presses Send now, the relay has this check ask the
central service about the accepted registrations that have not expired (the only ones a citizen can still
change), a bulk call per page of ids, and record what became of them (activated, locked, revoked,
expired) with the time the centre reports. A call that fails ends the check; the next one comes after a
short back-off. What the answers say about the service itself is left to the relay.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from clerk_app.domain.delivery import CentralStatus
from clerk_app.domain.registration import RegistrationStatus
from clerk_app.sync.client import CentralClient, Outcome, ReportedStatus, StatusAnswer

log = logging.getLogger(__name__)


class StatusStore(Protocol):
    """The part of the store's outbox the check uses (``clerk_app.storage.outbox.Outbox``)."""

    def refresh_due(
        self, now: dt.datetime, limit: int = 500, after: uuid.UUID | None = None
    ) -> Sequence[uuid.UUID]: ...
    def apply_central_statuses(self, reports: Sequence[CentralStatus], now: dt.datetime) -> int: ...


@dataclass
class StatusRound:
    """What one check did: how many registrations it asked about, how many changed, how it ended."""

    asked: int = 0
    changes: int = 0
    answered: bool = False  # at least one call was answered: the service is there
    failure: StatusAnswer | None = None  # the call that ended the check early, if one did


def status_change(reported: ReportedStatus) -> CentralStatus | None:
    """A reported status worth recording: a known one other than plain ``accepted``."""
    try:
        status = RegistrationStatus(reported.status)
        registration_id = uuid.UUID(reported.registration_id)
    except ValueError:
        log.warning("the central service reported a status this counter does not know")
        return None
    if status is RegistrationStatus.ACCEPTED:
        return None
    return CentralStatus(registration_id, status, reported.changed_at)


class StatusCheck:
    """When the next check is due, and the check itself; the relay's thread runs it before sending."""

    def __init__(
        self,
        outbox: StatusStore,
        clock: Callable[[], dt.datetime],
        *,
        every: float,
        batch_size: int,
        after_failure: float,
    ) -> None:
        self._outbox = outbox
        self._clock = clock
        self._every = dt.timedelta(seconds=every)
        self._batch_size = batch_size
        self._after_failure = dt.timedelta(seconds=after_failure)
        self._next: dt.datetime | None = None  # None: at the next round
        self._asked = threading.Event()
        self.checked_at: dt.datetime | None = None  # the last time the statuses were asked

    def ask_now(self) -> None:
        """Check in the next round, whatever the schedule ("Send now")."""
        self._asked.set()

    def due(self) -> bool:
        planned = self._next
        return self._asked.is_set() or planned is None or self._clock() >= planned

    def seconds_to_next(self) -> float:
        planned = self._next
        if planned is None:
            return 0.0
        return max(0.0, (planned - self._clock()).total_seconds())

    def run(self, client: CentralClient, stopped: threading.Event) -> StatusRound:
        """Ask about every accepted, unexpired registration, a bulk call per page, and record the answers.

        The relay runs this before it sends, so registrations accepted in the same round are asked next
        time (their link was only just e-mailed).
        """
        self._asked.clear()
        done = StatusRound()
        now = self._clock()
        after: uuid.UUID | None = None
        while not stopped.is_set():
            ids = list(self._outbox.refresh_due(now, self._batch_size, after))
            if not ids:
                break
            answer = client.registration_statuses([str(i) for i in ids])
            if answer.outcome is not Outcome.ACCEPTED:
                log.info("central statuses not checked: %s", answer.reason or answer.outcome.value)
                self._next = self._clock() + self._after_failure
                done.failure = answer
                return done
            done.answered = True
            asked = set(ids)  # an answer about anything else is not this counter's to record
            changes = [
                change
                for change in map(status_change, answer.statuses)
                if change is not None and change.registration_id in asked
            ]
            done.asked += len(ids)
            done.changes += self._outbox.apply_central_statuses(changes, self._clock())
            if answer.unknown:
                log.warning("the central service knows %d accepted registration(s) no more", answer.unknown)
            after = ids[-1]
        self.checked_at = now
        self._next = now + self._every
        return done
