"""One running central service: its database, the idempotent intake, the mail relay and the citizen's side."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from central_service.config import ServiceSettings, SmtpSettings
from central_service.db import Database
from central_service.intake import Intake
from central_service.outbox import MailRelay
from central_service.web.citizen import Citizen


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
        self.citizen = Citizen(settings, self.db, clock, wake_mail=self._wake_mail)
        self.relay = MailRelay(
            self.db,
            smtp or settings.smtp,
            settings.mail,
            key_retention=dt.timedelta(days=settings.idempotency_retention_days),
            clock=clock,
            maintain=self.citizen.maintain,
        )
        self.intake = Intake(
            self.db, on_accepted=self.relay.wake, clock=clock, any_centre=settings.any_centre
        )

    def _wake_mail(self) -> None:
        self.relay.wake()

    def start(self, bound_url: str) -> None:
        """The server listens at ``bound_url``: start relaying mail with links based on it, and SMS."""
        self.relay.start(self.settings.link_base(bound_url))
        self.citizen.sms.start()

    def close(self) -> None:
        self.citizen.sms.stop()
        self.relay.stop()
        self.db.dispose()
