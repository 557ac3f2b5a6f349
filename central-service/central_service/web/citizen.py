"""The citizen's side of one running service: its rules and relays wired together for the routes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from central_service.config import ServiceSettings
from central_service.db import Database
from central_service.ratelimit import Decision, RateLimiter
from central_service.sms import HttpGateway, OutboxFolder, SmsGateway
from central_service.sms_relay import SmsRelay
from central_service.web.activation import CodeCheck
from central_service.web.passwords import PasswordHashing
from central_service.web.secretbox import load_secret_box
from central_service.web.sessions import Sessions
from central_service.web.signin import SignIn

#: How long a second factor counts as fresh: adding a key later needs a new one.
FRESH_FOR = dt.timedelta(minutes=5)


class Citizen:
    def __init__(
        self,
        settings: ServiceSettings,
        db: Database,
        clock: Callable[[], dt.datetime],
        limiter: RateLimiter,
        wake_mail: Callable[[], None],
        on_refused: Callable[[str], None] = lambda limit: None,
    ) -> None:
        self.on_refused = on_refused
        self.settings = settings
        self.db = db
        self.clock = clock
        self.limiter = limiter
        self.wake_mail = wake_mail
        self.box = load_secret_box(settings)
        self.hashing = PasswordHashing(settings.passwords)
        self.sessions = Sessions(db, clock, dt.timedelta(minutes=settings.signin.session_idle_minutes))
        self.codes = CodeCheck(db, clock)
        self.signin = SignIn(db, clock, self.hashing, self.box, settings.signin)
        gateway: SmsGateway = (
            HttpGateway(settings.sms)
            if settings.sms.gateway == "http"
            else OutboxFolder(settings.sms_outbox_folder)
        )
        self.sms = SmsRelay(db, gateway, settings.sms, clock=clock)

    def guess_allowed(self, client: str | None) -> Decision:
        """Spend one of the client address's guesses (shared by every service process)."""
        limits = self.settings.signin
        decision = self.limiter.hit(
            f"citizen:guess:{client}", limits.address_guesses, limits.address_window_seconds
        )
        if not decision.allowed:
            self.on_refused("citizen_guess")
        return decision

    def maintain(self, now: dt.datetime) -> None:
        """Hourly: forget sessions that ended by themselves."""
        self.sessions.purge(now)
