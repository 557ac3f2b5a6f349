"""What the central service said about one outbox row: the vocabulary shared by the relay and the store."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from clerk_app.domain.registration import RegistrationStatus


@dataclass(frozen=True)
class Accepted:
    """The central service took the row (2xx); ``central_status`` comes from its status body."""

    outbox_id: uuid.UUID
    central_status: RegistrationStatus


@dataclass(frozen=True)
class Rejected:
    """The central service refused the row for good; ``reason`` is its error code."""

    outbox_id: uuid.UUID
    reason: str


@dataclass(frozen=True)
class Deferred:
    """Sending failed for now (network, 408/409/429/5xx); try again at ``next_attempt_at``."""

    outbox_id: uuid.UUID
    next_attempt_at: dt.datetime
    error_code: str


DeliveryOutcome = Accepted | Rejected | Deferred


@dataclass(frozen=True)
class CentralStatus:
    """A status the central service reports for an accepted registration (its bulk status call).

    ``changed_at`` is when the registration reached it at the centre (activated, locked, revoked; the
    expiry for expired): the retention of a final status counts from that moment.
    """

    registration_id: uuid.UUID
    status: RegistrationStatus
    changed_at: dt.datetime
