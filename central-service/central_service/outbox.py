"""The mail outbox relay: sends each queued e-mail, retrying until the SMTP server takes it.

Two kinds of e-mail wait here: a registration's link e-mail, committed together with the registration
(``registrations.store``), so an accepted registration always has its e-mail queued and a partial unique
index means it has only one; and the security codes of e-mail keys (``web.keys``). Leases, backoff and
erasing a sent row's secret are shared with the SMS outbox (``relaying``). While SMTP is down, rows wait
and are never dropped; only a permanent refusal (5xx for the recipient) or a link or code that expired
before it could be sent ends the attempts.

A message the SMTP server accepted just before the process died, before the row was marked sent, is
sent again after the lease: delivery is at least once, and the stable ``Message-ID`` marks the copy.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from email.message import EmailMessage

from sqlalchemy import select

from central_service import code_mail, mail, relaying
from central_service.config import MailSettings, SmtpSettings
from central_service.db import Database
from central_service.models import MailKind, MailOutbox, Registration

log = logging.getLogger(__name__)

MAINTENANCE_EVERY = dt.timedelta(hours=1)


@dataclass(frozen=True)
class _Job:
    outbox_id: int
    kind: str
    registration_id: uuid.UUID
    attempts: int
    email: str
    language: str
    expires_at: dt.datetime
    secret: str  # the link token or the security code


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
        self._clock = clock
        self._maintenance = maintain
        self._thread = relaying.RelayThread("central-mail-relay", settings, self.run_once, self._maintain)
        self._next_maintenance = dt.datetime.min.replace(tzinfo=dt.UTC)
        self.link_base = ""

    def start(self, link_base: str) -> None:
        self.link_base = link_base
        self._thread.start()

    def wake(self) -> None:
        """Something was queued: send it now rather than at the next poll."""
        self._thread.wake()

    def stop(self, timeout: float = 30.0) -> None:
        self._thread.stop(timeout)

    def _maintain(self) -> None:
        now = self._clock()
        if now >= self._next_maintenance:
            self._maintenance(now)
            self._next_maintenance = now + MAINTENANCE_EVERY

    def run_once(self) -> int:
        """Claim and send one batch of due messages; returns how many were claimed."""
        now = self._clock()
        jobs, claimed = self._claim(now)
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
        return claimed

    def _message(self, job: _Job) -> EmailMessage:
        if job.kind == MailKind.SECURITY_CODE:
            return code_mail.compose(
                sender=self._smtp.sender,
                to=job.email,
                language=job.language,
                code=job.secret,
                expires_at=job.expires_at,
                outbox_id=job.outbox_id,
                now=self._clock(),
            )
        return mail.compose(
            sender=self._smtp.sender,
            to=job.email,
            language=job.language,
            link=mail.activation_link(self.link_base, job.secret),
            expires_at=job.expires_at,
            registration_id=job.registration_id,
            now=self._clock(),
        )

    def _claim(self, now: dt.datetime) -> tuple[list[_Job], int]:
        """The claimed messages that can still be sent, and how many rows were claimed."""
        jobs: list[_Job] = []
        with self._db.transaction() as session:
            rows = relaying.claim_due(session, MailOutbox, now, self._settings.batch_size)
            if not rows:
                return [], 0
            registrations = {
                registration.id: registration
                for registration in session.scalars(
                    select(Registration).where(Registration.id.in_({row.registration_id for row in rows}))
                )
            }
            for row in rows:
                registration = registrations[row.registration_id]
                secret = row.code if row.kind == MailKind.SECURITY_CODE else row.link_token
                expires_at = row.expires_at or registration.expires_at
                if secret is None:
                    continue
                if expires_at <= now:
                    reason = "code expired before sending" if row.code else "link expired before sending"
                    relaying.finish(session, MailOutbox, row.id, _SECRETS, now, failed=reason)
                    continue
                jobs.append(
                    _Job(
                        outbox_id=row.id,
                        kind=row.kind,
                        registration_id=registration.id,
                        attempts=row.attempts,
                        email=registration.email,
                        language=registration.language,
                        expires_at=expires_at,
                        secret=secret,
                    )
                )
        return jobs, len(rows)

    def _finish(self, job: _Job, failed: str | None = None) -> None:
        if failed is not None:
            log.warning("e-mail refused for good: %s", failed)
        with self._db.transaction() as session:
            relaying.finish(
                session,
                MailOutbox,
                job.outbox_id,
                _SECRETS,
                self._clock(),
                attempts=job.attempts + 1,
                failed=failed,
            )

    def _reschedule(self, jobs: Sequence[_Job], reason: str) -> None:
        with self._db.transaction() as session:
            relaying.reschedule(
                session,
                MailOutbox,
                [(job.outbox_id, job.attempts) for job in jobs],
                reason,
                self._settings,
                self._clock(),
            )


_SECRETS = (MailOutbox.link_token, MailOutbox.code)
