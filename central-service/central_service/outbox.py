"""The mail outbox relay: sends each queued link e-mail, retrying until the SMTP server takes it.

A registration and its outbox row are committed together (``registrations.store``), so an accepted
registration always has its e-mail queued, and the unique ``registration_id`` means it has only one.
The relay claims due rows with a conditional UPDATE (a lease), so several service processes can relay
side by side without sending a message twice. While SMTP is down, rows wait with exponential backoff
and jitter, capped, and are never dropped; only a permanent refusal (5xx for the recipient) or a link
that expired before it could be sent ends the attempts. The plain link token is erased once sent.

A message the SMTP server accepted just before the process died, before the row was marked sent, is
sent again after the lease: delivery is at least once, and the stable ``Message-ID`` marks the copy.
"""

from __future__ import annotations

import datetime as dt
import logging
import random
import threading
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from email.message import EmailMessage

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from central_service import mail
from central_service.config import MailSettings, SmtpSettings
from central_service.db import Database, affected_rows
from central_service.models import MailOutbox, Registration

log = logging.getLogger(__name__)

#: How long a claimed message is reserved for the relay that claimed it.
LEASE = dt.timedelta(minutes=10)
MAINTENANCE_EVERY = dt.timedelta(hours=1)


@dataclass(frozen=True)
class _Job:
    outbox_id: int
    registration_id: uuid.UUID
    attempts: int
    email: str
    language: str
    expires_at: dt.datetime
    link_token: str


class MailRelay:
    """Sends due outbox rows from a background thread; ``run_once`` does one round (tests call it).

    The same thread runs ``maintain`` (the service's housekeeping) once an hour.
    """

    def __init__(
        self,
        db: Database,
        smtp: SmtpSettings,
        settings: MailSettings,
        *,
        maintain: Callable[[dt.datetime], None] = lambda now: None,
        clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
    ) -> None:
        self._db = db
        self._smtp = smtp
        self._settings = settings
        self._maintenance = maintain
        self._clock = clock
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._next_maintenance = dt.datetime.min.replace(tzinfo=dt.UTC)
        self.link_base = ""

    def start(self, link_base: str) -> None:
        self.link_base = link_base
        self._stopping.clear()
        self._thread = threading.Thread(target=self._loop, name="central-mail-relay", daemon=True)
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
                while self.run_once() >= self._settings.batch_size and not self._stopping.is_set():
                    pass
            except Exception as exc:  # keep relaying; the next round tries again
                log.error("mail relay round failed: %s", type(exc).__name__)
            self._wake.wait(self._settings.poll_seconds)

    def _maintain(self) -> None:
        now = self._clock()
        if now >= self._next_maintenance:
            self._maintenance(now)
            self._next_maintenance = now + MAINTENANCE_EVERY

    def run_once(self) -> int:
        """Claim and send one batch of due messages; returns how many were claimed."""
        now = self._clock()
        jobs = self._claim(now)
        if not jobs:
            return 0
        remaining = list(jobs)
        try:
            with mail.SmtpConnection(self._smtp) as smtp:
                while remaining:
                    job = remaining[0]
                    try:
                        smtp.send(self._message(job))
                    except mail.MailDeliveryError as exc:
                        if not exc.permanent:
                            raise
                        self._finish(job, failed=exc.reason)
                    else:
                        self._finish(job)
                    remaining.pop(0)
        except mail.MailDeliveryError as exc:
            log.warning("SMTP unavailable (%s); %d message(s) wait for a retry", exc.reason, len(remaining))
            self._reschedule(remaining, exc.reason)
        return len(jobs)

    def _message(self, job: _Job) -> EmailMessage:
        return mail.compose(
            sender=self._smtp.sender,
            to=job.email,
            language=job.language,
            link=mail.activation_link(self.link_base, job.link_token),
            expires_at=job.expires_at,
            registration_id=job.registration_id,
            now=self._clock(),
        )

    def _claim(self, now: dt.datetime) -> list[_Job]:
        free = or_(MailOutbox.lease_until.is_(None), MailOutbox.lease_until <= now)
        pending = (MailOutbox.sent_at.is_(None), MailOutbox.failed_at.is_(None))
        jobs: list[_Job] = []
        with self._db.transaction() as session:
            rows = session.execute(
                select(MailOutbox, Registration)
                .join(Registration, Registration.id == MailOutbox.registration_id)
                .where(*pending, MailOutbox.next_attempt_at <= now, free)
                .order_by(MailOutbox.next_attempt_at, MailOutbox.id)
                .limit(self._settings.batch_size)
            ).all()
            for outbox, registration in rows:
                taken = session.execute(
                    update(MailOutbox)
                    .where(MailOutbox.id == outbox.id, *pending, free)
                    .values(lease_until=now + LEASE)
                )
                if affected_rows(taken) != 1 or outbox.link_token is None:
                    continue
                if registration.expires_at <= now:
                    _mark(session, outbox.id, failed_at=now, last_error="link expired before sending")
                    continue
                jobs.append(
                    _Job(
                        outbox_id=outbox.id,
                        registration_id=registration.id,
                        attempts=outbox.attempts,
                        email=registration.email,
                        language=registration.language,
                        expires_at=registration.expires_at,
                        link_token=outbox.link_token,
                    )
                )
        return jobs

    def _finish(self, job: _Job, failed: str | None = None) -> None:
        now = self._clock()
        with self._db.transaction() as session:
            if failed is None:
                _mark(session, job.outbox_id, sent_at=now, attempts=job.attempts + 1)
            else:
                log.warning("activation e-mail refused for good: %s", failed)
                _mark(session, job.outbox_id, failed_at=now, attempts=job.attempts + 1, last_error=failed)

    def _reschedule(self, jobs: Sequence[_Job], reason: str) -> None:
        now = self._clock()
        with self._db.transaction() as session:
            for job in jobs:
                attempts = job.attempts + 1
                session.execute(
                    update(MailOutbox)
                    .where(MailOutbox.id == job.outbox_id)
                    .values(
                        attempts=attempts,
                        lease_until=None,
                        last_error=reason,
                        next_attempt_at=now + self.backoff(attempts),
                    )
                )

    def backoff(self, attempts: int) -> dt.timedelta:
        """Exponential in the number of failed attempts, capped, with jitter so relays spread out."""
        initial, cap = self._settings.retry_initial_seconds, self._settings.retry_max_seconds
        ceiling = min(cap, initial * 2 ** min(attempts - 1, 30))
        return dt.timedelta(seconds=ceiling * random.uniform(0.5, 1.0))  # noqa: S311 (jitter, not a secret)


def _mark(
    session: Session,
    outbox_id: int,
    *,
    sent_at: dt.datetime | None = None,
    failed_at: dt.datetime | None = None,
    attempts: int | None = None,
    last_error: str | None = None,
) -> None:
    """A message is done (sent or given up): release it and erase its plain link token."""
    values: dict[str, object] = {"lease_until": None, "link_token": None, "last_error": last_error}
    if sent_at is not None:
        values["sent_at"] = sent_at
    if failed_at is not None:
        values["failed_at"] = failed_at
    if attempts is not None:
        values["attempts"] = attempts
    session.execute(update(MailOutbox).where(MailOutbox.id == outbox_id).values(**values))
