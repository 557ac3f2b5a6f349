"""The SMS outbox relay: hands each queued security code to the gateway, retrying while it is down.

Codes are queued in the same transaction that issues them (``web.keys``); this relay sends them from a
background thread. A code that could not be sent before it expired is dropped (the citizen asks for a
new one); a gateway refusal that cannot heal (a 4xx) ends that message's attempts.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from central_service import relaying
from central_service.config import SmsSettings
from central_service.db import Database
from central_service.mail import BRUSSELS
from central_service.models import SmsOutbox
from central_service.sms import TEXTS, Sms, SmsDeliveryError, SmsGateway

log = logging.getLogger(__name__)

_SECRETS = (SmsOutbox.code,)


class SmsRelay:
    def __init__(
        self,
        db: Database,
        gateway: SmsGateway,
        settings: SmsSettings,
        *,
        clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
    ) -> None:
        self._db = db
        self._gateway = gateway
        self._settings = settings
        self._clock = clock
        self._thread = relaying.RelayThread("central-sms-relay", settings, self.run_once)

    def start(self) -> None:
        self._thread.start()

    def wake(self) -> None:
        self._thread.wake()

    def stop(self, timeout: float = 30.0) -> None:
        self._thread.stop(timeout)

    def run_once(self) -> int:
        """Claim and send one batch of due messages; returns how many were claimed."""
        now = self._clock()
        with self._db.transaction() as session:
            rows = relaying.claim_due(session, SmsOutbox, now, self._settings.batch_size)
            jobs = []
            for row in rows:
                if row.code is None:
                    continue
                if row.expires_at <= now:
                    relaying.finish(
                        session, SmsOutbox, row.id, _SECRETS, now, failed="code expired before sending"
                    )
                    continue
                jobs.append(
                    (row.id, row.attempts, Sms(row.phone, _text(row.language, row.code, row.expires_at)))
                )
        for index, (row_id, attempts, message) in enumerate(jobs):
            try:
                self._gateway.send(message)
            except SmsDeliveryError as exc:
                if exc.permanent:
                    log.warning("SMS refused for good: %s", exc.reason)
                    self._finish(row_id, attempts, failed=exc.reason)
                    continue
                log.warning("SMS gateway unavailable (%s); %d message(s) wait", exc.reason, len(jobs) - index)
                with self._db.transaction() as session:
                    waiting = [(job_id, tries) for job_id, tries, _ in jobs[index:]]
                    relaying.reschedule(
                        session, SmsOutbox, waiting, exc.reason, self._settings, self._clock()
                    )
                break
            self._finish(row_id, attempts)
        if rows:
            self._db.scrub()  # the codes of the messages finished this round leave no copy behind
        return len(rows)

    def _finish(self, row_id: int, attempts: int, failed: str | None = None) -> None:
        with self._db.transaction() as session:
            relaying.finish(
                session, SmsOutbox, row_id, _SECRETS, self._clock(), attempts=attempts + 1, failed=failed
            )


def _text(language: str, code: str, expires_at: dt.datetime) -> str:
    return TEXTS[language].format(code=code, time=expires_at.astimezone(BRUSSELS).strftime("%H:%M"))
