"""The workstation's link to the central service: its token in the keyring, enrolment, the relay thread.

Sync is off while no central service URL is configured. Once it is, the workstation enrols once with a
one-time code from the central service's administrators; the token it gets back is kept in the OS keyring
(entry ``central-token`` of the profile, with the centre it was enrolled for) and never in a file or a
log. Without a token, or after the service refused it (401/403), sending pauses and the clerk is asked to
enrol again; registrations wait safely in the outbox meanwhile.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import socket
from collections.abc import Callable
from dataclasses import dataclass

from clerk_app.config import CentralServiceSettings
from clerk_app.errors import SecretStoreError
from clerk_app.secrets import SecretStore
from clerk_app.sync.client import CentralClient, Enrolment
from clerk_app.sync.relay import Connection, OutboxRelay, OutboxStore, RelayPolicy, SyncState

log = logging.getLogger(__name__)

TOKEN_ENTRY = "central-token"  # noqa: S105 - the keyring entry's name, not a secret


@dataclass(frozen=True)
class StoredEnrolment:
    token: str
    centre: str


def load_enrolment(secrets: SecretStore) -> StoredEnrolment | None:
    raw = secrets.get(TOKEN_ENTRY)
    if not raw:
        return None
    try:
        value = json.loads(raw)
        return StoredEnrolment(token=str(value["token"]), centre=str(value.get("centre", "")))
    except (ValueError, KeyError, TypeError):
        log.warning("the stored central-service token is unreadable; enrol again")
        return None


def save_enrolment(secrets: SecretStore, enrolment: Enrolment) -> None:
    secrets.set(TOKEN_ENTRY, json.dumps({"token": enrolment.token, "centre": enrolment.centre}))


class SyncService:
    """Owns the relay; the UI and the command line talk to this, never to httpx."""

    def __init__(
        self,
        outbox: OutboxStore,
        secrets: SecretStore,
        central: CentralServiceSettings,
        *,
        policy: RelayPolicy | None = None,
        on_state: Callable[[SyncState], None] | None = None,
    ) -> None:
        self._outbox = outbox
        self._secrets = secrets
        self._central = central
        self._policy = policy
        self._on_state = on_state
        self._relay: OutboxRelay | None = None

    @property
    def configured(self) -> bool:
        return self._central.url is not None

    @property
    def url(self) -> str | None:
        return self._central.url

    def use_url(self, url: str) -> None:
        """Point at another address (training: the embedded service picks its port when it starts)."""
        if self._relay is not None:
            raise RuntimeError("stop sync before changing its address")
        self._central = dataclasses.replace(self._central, url=url)

    def enrolment(self) -> StoredEnrolment | None:
        return load_enrolment(self._secrets)

    def state(self) -> SyncState:
        """What is known without asking the service: off, not enrolled, or the running relay's state."""
        if self._relay is not None:
            return self._relay.state()
        if not self.configured:
            connection = Connection.DISABLED
        elif self.enrolment() is None:
            connection = Connection.UNAUTHORISED
        else:
            connection = Connection.UNKNOWN
        return SyncState(connection, self._outbox.pending_count(), self._outbox.last_accepted_at())

    def check(self) -> SyncState:
        """The state now, with a health check of the service when it is configured and enrolled.

        The one source of the status: the relay runs this check when it starts and on a timer (what the
        window shows), and ``clerk-app sync status`` runs it once.
        """
        if self._relay is not None:
            return self._relay.check_health()
        state = self.state()
        if state.connection is not Connection.UNKNOWN:
            return state
        with self._client(None) as client:
            reachable = client.health()
        return dataclasses.replace(state, connection=Connection.ONLINE if reachable else Connection.OFFLINE)

    def start(self) -> None:
        """Start sending in the background when configured and enrolled (else report why not)."""
        if self._relay is not None:
            return
        enrolment = self.enrolment() if self.configured else None
        if enrolment is None:
            self._publish(self.state())
            return
        self._relay = OutboxRelay(
            self._outbox, self._client(enrolment.token), policy=self._policy, on_state=self._publish
        )
        self._relay.start()
        self._relay.wake()

    def enrol(self, code: str, workstation: str | None = None) -> StoredEnrolment:
        """Exchange a one-time enrolment code for a token and keep it in the keyring.

        A running relay that was paused (refused token) resumes with the new token; otherwise call
        :meth:`start` to begin sending.
        """
        if not self.configured:
            raise RuntimeError("no central service URL configured")
        with self._client(None) as client:
            enrolment = client.enrol(code, workstation or socket.gethostname())
        try:
            save_enrolment(self._secrets, enrolment)
        except SecretStoreError:
            log.error("the central-service token could not be stored in the keyring")
            raise
        if self._relay is not None:
            self._relay.resume(self._client(enrolment.token))
        return StoredEnrolment(enrolment.token, enrolment.centre)

    def sync_now(self) -> None:
        """Send what waits and ask the central statuses now ("Send now")."""
        if self._relay is not None:
            self._relay.check_statuses_now()

    def run_once(self) -> SyncState:
        """One round in the calling thread (``clerk-app sync now``)."""
        enrolment = self.enrolment() if self.configured else None
        if enrolment is None:
            return self.state()
        with self._client(enrolment.token) as client:
            relay = OutboxRelay(self._outbox, client, policy=self._policy)
            relay.check_health()
            relay.run_round()
            return relay.state()

    def stop(self) -> None:
        if self._relay is not None:
            self._relay.stop()
            self._relay = None

    def _client(self, token: str | None) -> CentralClient:
        return CentralClient(self._central, token)

    def _publish(self, state: SyncState) -> None:
        if self._on_state is not None:
            self._on_state(state)
