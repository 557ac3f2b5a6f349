"""One running central service: its database, the idempotent intake, the mail relay and the citizen's side."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from central_service import retention
from central_service.config import ServiceSettings, SmtpSettings
from central_service.db import Database
from central_service.intake import Intake, purge_keys
from central_service.metrics import ServiceMetrics
from central_service.outbox import MailRelay
from central_service.ratelimit import RateLimiter
from central_service.web.citizen import Citizen

log = logging.getLogger(__name__)


class CentralService:
    """Wires the parts together; ``smtp`` overrides the configured server (the development mailbox)."""

    def __init__(
        self,
        settings: ServiceSettings,
        *,
        smtp: SmtpSettings | None = None,
        clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
    ) -> None:
        self.settings = settings
        self.clock = clock
        self.db = Database(settings.effective_database_url)
        self.limiter = RateLimiter(self.db)
        self.metrics = ServiceMetrics(self.db, clock)
        self.citizen = Citizen(
            settings, self.db, clock, self.limiter, self._wake_mail, on_refused=self.count_refusal
        )
        self.relay = MailRelay(
            self.db, smtp or settings.smtp, settings.mail, maintain=self.maintain, clock=clock
        )
        self.intake = Intake(
            self.db, on_accepted=self.relay.wake, clock=clock, any_centre=settings.any_centre
        )

    def count_refusal(self, limit: str) -> None:
        self.metrics.refusals.labels(limit).inc()

    def _wake_mail(self) -> None:
        self.relay.wake()

    def start(self, bound_url: str) -> None:
        """The server listens at ``bound_url``: start relaying mail with links based on it, and SMS."""
        if not self.settings.link_base_url:
            log.warning(
                "no link_base_url configured: activation links point at this service's own address %s; "
                "set link_base_url to the https address citizens reach",
                bound_url,
            )
        self.relay.start(self.settings.link_base(bound_url))
        self.citizen.sms.start()

    def maintain(self, now: dt.datetime) -> None:
        """Housekeeping (hourly, in the relay's thread): forget old idempotency keys, idle rate limits and
        ended web sessions; purge the personal data of registrations that ended unused."""
        purged = purge_keys(self.db, dt.timedelta(days=self.settings.idempotency_retention_days), now)
        if purged:
            log.info("forgot %d idempotency keys older than the retention period", purged)
        self.limiter.purge()
        purged = retention.purge_ended(
            self.db, dt.timedelta(days=self.settings.retention.purge_after_days), now
        )
        if purged:
            log.info("blanked the personal data of %d registrations that ended unused", purged)
        self.citizen.maintain(now)

    def close(self) -> None:
        self.citizen.sms.stop()
        self.relay.stop()
        self.db.dispose()
