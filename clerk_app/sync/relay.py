"""The outbox relay: sends waiting registrations to the central service, oldest first, exactly once.

Registering never waits for the network: the store writes the registration and its outbox row in one
transaction (architecture §3), and this relay drains the outbox in a background thread. Each row is sent
with its own id as ``Idempotency-Key``, so a request that reached the server but whose answer was lost is
simply sent again and answered with the first response: the central service holds it exactly once.

Per answer: the service's status body → accepted; one of the service's documented refusals (its error
body, not merely a 4xx: a proxy's page is no refusal) → rejected with the server's reason (shown to the
clerk); network errors, answers that are not the service's (shown as a connection problem), 408, 409
(still in flight), 429 and 5xx → retried a few times at once with jittered exponential backoff
(stamina), honouring ``Retry-After``, then scheduled for later in the row itself so the schedule
survives a restart; 401/403 → the relay pauses until the clerk re-enrols the workstation.
A backlog goes in batches.

The relay also brings the citizen's side back to the counter: every ``status_every`` seconds, and at once
when the clerk presses Send now, its thread runs the central status check (:mod:`clerk_app.sync.status_check`)
before it sends.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import random
import threading
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

import stamina

from clerk_app.domain.delivery import Accepted, Deferred, DeliveryOutcome, Rejected
from clerk_app.domain.registration import Registration, RegistrationStatus
from clerk_app.sync.client import CentralClient, Outcome, SubmitResult
from clerk_app.sync.status_check import StatusCheck, StatusStore
from clerk_app.sync.wire import registration_body

log = logging.getLogger(__name__)


class OutboxEntry(Protocol):
    @property
    def id(self) -> uuid.UUID: ...
    @property
    def registration(self) -> Registration: ...
    @property
    def attempts(self) -> int: ...


class OutboxStore(StatusStore, Protocol):
    """What the relay needs from the local store: its outbox (``clerk_app.storage.outbox.Outbox``)."""

    def due(self, now: dt.datetime, limit: int) -> Sequence[OutboxEntry]: ...
    def record(self, outcomes: Sequence[DeliveryOutcome], now: dt.datetime) -> None: ...
    def pending_count(self) -> int: ...
    def last_accepted_at(self) -> dt.datetime | None: ...


class Connection(StrEnum):
    UNKNOWN = "unknown"
    ONLINE = "online"
    OFFLINE = "offline"
    UNAUTHORISED = "unauthorised"  # not enrolled, or refused: paused until the workstation enrols again
    DISABLED = "disabled"  # no central service configured


@dataclass(frozen=True)
class SyncState:
    """What the status bar shows."""

    connection: Connection
    waiting: int
    last_success: dt.datetime | None
    last_rejection: str | None = None  # the server's reason code for the latest refused registration
    statuses_checked_at: dt.datetime | None = None  # the last time the central statuses were asked


@dataclass
class RoundReport:
    accepted: int = 0
    rejected: int = 0
    deferred: int = 0
    rejections: list[tuple[uuid.UUID, str]] = field(default_factory=list)
    stopped_because: str | None = None  # why the round ended early (offline, unauthorised)
    statuses_asked: int = 0  # accepted registrations the central service was asked about
    status_changes: int = 0  # of those, how many changed (activated, locked, revoked, expired)


def _central_status(reported: str | None) -> RegistrationStatus:
    """The status the central service reported; anything unknown counts as plainly accepted."""
    try:
        return RegistrationStatus(reported or "accepted")
    except ValueError:
        return RegistrationStatus.ACCEPTED


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class _RetryLater(Exception):
    """Raised inside the stamina loop so that it retries; carries the last answers."""

    def __init__(self, results: list[SubmitResult]) -> None:
        super().__init__(results[0].reason or "retry")
        self.results = results
        self.result = results[0]


def _retry_hook(exc: Exception) -> bool | float:
    """stamina's ``on``: retry our own marker, waiting at least the server's ``Retry-After``."""
    if isinstance(exc, _RetryLater):
        return exc.result.retry_after if exc.result.retry_after is not None else True
    return False


@dataclass(frozen=True)
class RelayPolicy:
    batch_threshold: int = 5  # this many due rows or more → send them as a batch
    batch_size: int = 100
    attempts_in_round: int = 3  # immediate tries per request before scheduling for later
    wait_initial: float = 0.2
    wait_max: float = 3.0
    wait_jitter: float = 0.3
    later_initial: float = 5.0  # first persistent back-off, doubled per failed attempt, with jitter
    later_max: float = 600.0
    idle_poll: float = 5.0  # how often the thread looks for due rows when nothing wakes it
    health_every: float = 30.0  # how often the thread asks whether the service answers (and at start)
    record_every: float = 1.0  # one-by-one sending records its answers at least this often (seconds)
    status_every: float = 300.0  # how often the accepted registrations' central statuses are asked
    status_batch_size: int = 500  # ids per bulk status call (the service takes up to 500)


class OutboxRelay:
    """Drains the outbox; ``run_round`` is the whole job, ``start`` runs it in a thread."""

    def __init__(
        self,
        outbox: OutboxStore,
        client: CentralClient,
        *,
        policy: RelayPolicy | None = None,
        on_state: Callable[[SyncState], None] | None = None,
        clock: Callable[[], dt.datetime] = utc_now,
    ) -> None:
        self._outbox = outbox
        self._client = client
        self._policy = policy or RelayPolicy()
        self._on_state = on_state
        self._clock = clock
        self._connection = Connection.UNKNOWN
        self._last_rejection: str | None = None
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._round_lock = threading.Lock()
        self._statuses = StatusCheck(
            outbox,
            clock,
            every=self._policy.status_every,
            batch_size=self._policy.status_batch_size,
            after_failure=self._policy.later_initial,
        )

    # -- one round -------------------------------------------------------------------------------

    def run_round(self) -> RoundReport:
        """Send every due row once (with in-round retries); return what happened."""
        with self._round_lock:
            report = RoundReport()
            if self._connection is Connection.UNAUTHORISED:
                report.stopped_because = "unauthorised"
                self._publish()
                return report
            if self._statuses.due() and not self._check_statuses(report):
                report.stopped_because = "unauthorised"
                self._publish()
                return report
            while not self._stop.is_set():
                due = list(self._outbox.due(self._clock(), self._policy.batch_size))
                if not due:
                    break
                if len(due) >= self._policy.batch_threshold:
                    batch = [(str(e.id), registration_body(e.registration)) for e in due]
                    results = self._send(functools.partial(self._client.submit_batch, batch))
                    outcomes, stop = self._judge(due, results, report)
                    self._record(outcomes)
                else:
                    stop = self._send_one_by_one(due, report)
                if stop:
                    report.stopped_because = stop
                    break
            self._publish()
            return report

    def _send_one_by_one(self, due: Sequence[OutboxEntry], report: RoundReport) -> str | None:
        """Send each row in its own request; record the answers together, at least every second.

        Recording many answers in one transaction saves a disk sync per registration. Rows sent but not
        yet recorded when the process dies are sent again and answered with the first response.
        """
        outcomes: list[DeliveryOutcome] = []
        stop: str | None = None
        flushed = time.monotonic()
        try:
            for entry in due:
                judged, stop = self._judge(
                    [entry], self._send(functools.partial(self._submit_one, entry)), report
                )
                outcomes += judged
                if stop is not None:
                    break
                if time.monotonic() - flushed >= self._policy.record_every:
                    self._record(outcomes)
                    outcomes, flushed = [], time.monotonic()
        finally:
            self._record(outcomes)
        return stop

    def _submit_one(self, entry: OutboxEntry) -> list[SubmitResult]:
        return [self._client.submit(str(entry.id), registration_body(entry.registration))]

    def _send(self, call: Callable[[], list[SubmitResult]]) -> list[SubmitResult]:
        """One request with stamina's immediate retries while the whole answer says "retry"."""
        policy = self._policy
        try:
            for attempt in stamina.retry_context(
                on=_retry_hook,
                attempts=policy.attempts_in_round,
                timeout=None,
                wait_initial=policy.wait_initial,
                wait_max=policy.wait_max,
                wait_jitter=policy.wait_jitter,
            ):
                with attempt:
                    results = call()
                    if results and all(r.outcome is Outcome.RETRY for r in results):
                        raise _RetryLater(results)
                    return results
        except _RetryLater as exc:
            return exc.results
        raise AssertionError("stamina ended without a result")  # pragma: no cover - attempts >= 1

    def _judge(
        self, entries: Sequence[OutboxEntry], results: Sequence[SubmitResult], report: RoundReport
    ) -> tuple[list[DeliveryOutcome], str | None]:
        """What each answer means for its row, and why the round must stop (if it must)."""
        now = self._clock()
        outcomes: list[DeliveryOutcome] = []
        stop: str | None = None
        for entry, result in zip(entries, results, strict=True):
            if result.outcome is Outcome.ACCEPTED:
                outcomes.append(Accepted(entry.id, _central_status(result.central_status)))
                report.accepted += 1
                self._connection = Connection.ONLINE
            elif result.outcome is Outcome.REJECTED:
                reason = result.reason or "rejected"
                outcomes.append(Rejected(entry.id, reason))
                report.rejected += 1
                report.rejections.append((entry.registration.id, reason))
                self._last_rejection = reason
                self._connection = Connection.ONLINE
            elif result.outcome is Outcome.UNAUTHORISED:
                # Not the row's fault: nothing is recorded for it, sending pauses.
                self._connection = Connection.UNAUTHORISED
                stop = "unauthorised"
            else:
                outcomes.append(
                    Deferred(entry.id, now + self._later(entry.attempts, result), result.reason or "retry")
                )
                report.deferred += 1
                service_down = result.connection_problem
                if service_down:
                    self._connection = Connection.OFFLINE
                stop = stop or ("offline" if service_down else "busy")
        if stop == "unauthorised":
            log.warning("the central service refused this workstation; sending paused")
        return outcomes, stop

    def _record(self, outcomes: Sequence[DeliveryOutcome]) -> None:
        """Write the answers in one transaction."""
        if outcomes:
            self._outbox.record(outcomes, self._clock())

    def _later(self, attempts: int, result: SubmitResult) -> dt.timedelta:
        policy = self._policy
        backoff = min(policy.later_max, policy.later_initial * 2 ** min(attempts, 20))
        seconds = backoff * random.uniform(0.5, 1.0)  # noqa: S311 - jitter, not a secret
        if result.retry_after is not None:
            seconds = max(seconds, result.retry_after)
        return dt.timedelta(seconds=seconds)

    # -- central statuses ------------------------------------------------------------------------

    def check_statuses_now(self) -> None:
        """Ask the central statuses in the next round, whatever the schedule ("Send now")."""
        self._statuses.ask_now()
        self.wake()

    def _check_statuses(self, report: RoundReport) -> bool:
        """Run the status check and learn from it whether the service answers; False when the service
        refused this workstation."""
        done = self._statuses.run(self._client, self._stop)
        report.statuses_asked += done.asked
        report.status_changes += done.changes
        if done.answered:
            self._connection = Connection.ONLINE
        failure = done.failure
        if failure is None:
            return True
        if failure.outcome is Outcome.UNAUTHORISED:
            self._connection = Connection.UNAUTHORISED
            return False
        if failure.http_status is None or failure.http_status >= 500:
            self._connection = Connection.OFFLINE
        return True

    # -- state -----------------------------------------------------------------------------------

    def state(self) -> SyncState:
        return SyncState(
            connection=self._connection,
            waiting=self._outbox.pending_count(),
            last_success=self._outbox.last_accepted_at(),
            last_rejection=self._last_rejection,
            statuses_checked_at=self._statuses.checked_at,
        )

    def _publish(self) -> None:
        if self._on_state is not None:
            self._on_state(self.state())

    def check_health(self) -> SyncState:
        """Ask whether the service answers, so the status is true before anything was sent.

        Reachable or not is all a health check can tell: a workstation paused because its token was
        refused stays paused until it enrols again.
        """
        reachable = self._client.health()
        if self._connection is not Connection.UNAUTHORISED:
            self._connection = Connection.ONLINE if reachable else Connection.OFFLINE
        self._publish()
        return self.state()

    def resume(self, client: CentralClient) -> None:
        """After the clerk re-enrolled: use the new client and send again."""
        old, self._client = self._client, client
        old.close()
        self._connection = Connection.UNKNOWN
        self.wake()

    # -- thread ----------------------------------------------------------------------------------

    def start(self) -> None:
        if self._thread is not None:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._loop, name="clerk-outbox-relay", daemon=True)
        self._thread.start()

    def wake(self) -> None:
        """Look for due rows now (after a registration, or "Sync now")."""
        self._wake.set()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
        self._client.close()

    def _loop(self) -> None:
        checked: float | None = None
        while not self._stop.is_set():
            try:
                if checked is None or time.monotonic() - checked >= self._policy.health_every:
                    checked = time.monotonic()
                    self.check_health()
                report = self.run_round()
            except Exception:  # the relay must outlive any one bad round; the row stays in the outbox
                log.exception("sync round failed")
                report = RoundReport(stopped_because="error")
            wait = self._policy.idle_poll if report.stopped_because is None else self._policy.later_initial
            if self._connection is not Connection.UNAUTHORISED:
                wait = min(wait, self._statuses.seconds_to_next())
            self._wake.wait(wait)
            self._wake.clear()
