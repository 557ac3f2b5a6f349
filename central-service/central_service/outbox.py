"""The mail outbox relay: sends each queued e-mail, retrying until the SMTP server takes it.

Two kinds of e-mail wait here: a registration's link e-mail, committed together with the registration
(``registrations.store``), so an accepted registration always has its e-mail queued and a partial unique
index means it has only one; and the security codes of e-mail keys (``web.keys``). Leases, backoff and
erasing a sent row's secret are shared with the SMS outbox (``relaying``). While SMTP is down, rows wait
and are never dropped; only a permanent refusal (5xx at RCPT or DATA, or an address needing SMTPUTF8
from a server without it), a link or code that expired before it could be sent, or a registration no
longer active when its link e-mail is due ends the attempts. Each message fails on its own: one refusal
never holds up the rest of its round.

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
from central_service.models import MailKind, MailOutbox, Registration, StoredStatus

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
        """Claim and send one batch of due messages; returns how many were claimed.

        Each message succeeds or fails on its own: a permanent refusal ends that message's attempts, a
        temporary one backs that message off, and the round goes on with the next. Only a failure of
        the session (no connection, the server gone, the sender refused) ends the round; then the
        message being sent backs off and the ones not tried yet are released for the next round.
        """
        now = self._clock()
        jobs, claimed = self._claim(now)
        if not jobs:
            if claimed:  # rows that expired unsent had their secrets erased
                self._db.scrub()
            return claimed
        remaining = list(jobs)
        try:
            with mail.SmtpConnection(self._smtp) as smtp:
                while remaining:
                    job = remaining.pop(0)
                    if not self._still_wanted(job):
                        continue
                    try:
                        smtp.send(self._message(job))
                    except mail.MailDeliveryError as exc:
                        if exc.permanent:
                            log.warning("e-mail refused for good: %s", exc.reason)
                            self._finish(job, failed=exc.reason)
                            continue
                        self._reschedule([job], exc.reason)
                        if exc.session_lost:
                            raise
                        log.info("e-mail refused for now (%s); it waits for a retry", exc.reason)
                    else:
                        self._finish(job)
        except mail.MailDeliveryError as exc:
            if len(remaining) == len(jobs):  # not even connected: every message waits its backoff
                log.warning("SMTP unavailable (%s); %d message(s) wait for a retry", exc.reason, len(jobs))
                self._reschedule(remaining, exc.reason)
            else:
                log.warning(
                    "SMTP session lost (%s); %d message(s) go to the next round", exc.reason, len(remaining)
                )
                self._release(remaining)
        self._db.scrub()  # the secrets of the messages finished this round leave no copy behind
        return claimed

    def _still_wanted(self, job: _Job) -> bool:
        """A link e-mail goes out only while its registration is active: one revoked, superseded, locked
        or activated since it was queued gets none (its link would be dead or pointless)."""
        if job.kind != MailKind.ACTIVATION_LINK:
            return True
        with self._db.reading() as session:
            status = session.execute(
                select(Registration.status).where(Registration.id == job.registration_id)
            ).scalar_one_or_none()
        if status == StoredStatus.ACCEPTED:
            return True
        self._finish(job, failed=f"not sent: registration {status}", attempted=False)
        return False

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
                        email=mail.envelope_address(registration.email),
                        language=registration.language,
                        expires_at=expires_at,
                        secret=secret,
                    )
                )
        return jobs, len(rows)

    def _finish(self, job: _Job, *, failed: str | None = None, attempted: bool = True) -> None:
        """The message is done: sent, or given up with the reason; ``attempted`` False when it was
        given up without being handed to the SMTP server (no attempt counted)."""
        with self._db.transaction() as session:
            relaying.finish(
                session,
                MailOutbox,
                job.outbox_id,
                _SECRETS,
                self._clock(),
                attempts=job.attempts + 1 if attempted else None,
                failed=failed,
            )

    def _release(self, jobs: Sequence[_Job]) -> None:
        with self._db.transaction() as session:
            relaying.release(session, MailOutbox, [job.outbox_id for job in jobs])

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


def failed_mails(db: Database, limit: int = 1000) -> list[MailOutbox]:
    """The e-mails given up on (refused for good, expired, or for a registration no longer active),
    newest first: what an administrator looks at when a citizen says no e-mail came."""
    with db.reading() as session:
        return list(
            session.scalars(
                select(MailOutbox)
                .where(MailOutbox.failed_at.is_not(None))
                .order_by(MailOutbox.failed_at.desc(), MailOutbox.id.desc())
                .limit(limit)
            )
        )
