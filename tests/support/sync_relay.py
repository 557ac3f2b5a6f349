"""The outbox relay as the sync tests drive it: fast waits, registrations made now, a relay per test."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from clerk_app.config import CentralServiceSettings
from clerk_app.domain.registration import RegistrationStatus
from clerk_app.storage import Store
from clerk_app.sync.client import CentralClient
from clerk_app.sync.relay import OutboxRelay, RelayPolicy

#: Waits short enough for tests; Retry-After from the server is still honoured in full.
FAST = RelayPolicy(
    wait_initial=0.01, wait_max=0.05, wait_jitter=0.01, later_initial=0.05, later_max=0.2, idle_poll=0.05
)


Register = Callable[..., list[uuid.UUID]]


def relay_for(
    store: Store, url: str, token: str | None, policy: RelayPolicy = FAST, **kw: object
) -> OutboxRelay:
    client = CentralClient(CentralServiceSettings(url=url, timeout_seconds=2.0), token)
    return OutboxRelay(store.outbox, client, policy=policy, **kw)  # type: ignore[arg-type]


def statuses(store: Store, ids: list) -> list[RegistrationStatus]:
    return [store.registrations.get(i).status for i in ids]
