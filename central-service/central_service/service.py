"""One running central service: its database, the idempotent intake and the mail relay."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from central_service.config import ServiceSettings, SmtpSettings
from central_service.db import Database
from central_service.intake import Intake, purge_keys
from central_service.outbox import MailRelay
from central_service.ratelimit import RateLimiter

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
        self.relay = MailRelay(
            self.db, smtp or settings.smtp, settings.mail, maintain=self.maintain, clock=clock
        )
        self.intake = Intake(
            self.db, on_accepted=self.relay.wake, clock=clock, any_centre=settings.any_centre
        )

    def start(self, bound_url: str) -> None:
        """The server listens at ``bound_url``: start relaying mail with links based on it."""
        self.relay.start(self.settings.link_base(bound_url))

    def maintain(self, now: dt.datetime) -> None:
        """Housekeeping (hourly, in the relay's thread): forget old idempotency keys and idle rate limits."""
        purged = purge_keys(self.db, dt.timedelta(days=self.settings.idempotency_retention_days), now)
        if purged:
            log.info("forgot %d idempotency keys older than the retention period", purged)
        self.limiter.purge()

    def close(self) -> None:
        self.relay.stop()
        self.db.dispose()
