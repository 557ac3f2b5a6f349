"""The relay brings the citizen's side back: the central statuses of accepted registrations, in bulk.

The real store and the real central service on loopback; the citizen activates or locks a link over HTTP
as a browser would. The schedule runs on the relay's injected clock, so no test waits for it.
"""

from __future__ import annotations

import datetime as dt
import socket
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from central_service.web import totp
from clerk_app.domain.registration import RegistrationStatus
from clerk_app.storage import Store
from clerk_app.sync.relay import Connection, RelayPolicy, SyncState
from tests.support.central import LiveCentral, sqlite_url, start_central
from tests.support.citizen import CitizenClient, choose_credentials, enter_code, site_settings
from tests.support.faults import FaultPlan, FaultProxy
from tests.support.sync_relay import FAST, Register, relay_for, statuses

STATUS_PATH = "/v1/registrations:status"
#: Checks come only when the test's clock says so (or when asked).
HOURLY = RelayPolicy(**{**FAST.__dict__, "status_every": 3600.0})


@pytest.fixture
def site(tmp_path: Path) -> Iterator[LiveCentral]:
    """The service with the citizen's pages set up for speed (cheap password hashing, SMS folder)."""
    with start_central(sqlite_url(tmp_path), tmp_path / "mailbox", **site_settings(tmp_path)) as live:
        yield live


def activate(central: LiveCentral, registration_id: uuid.UUID, username: str) -> None:
    """Code, username and password, a mobile-app key confirmed: the registration is activated."""
    with CitizenClient(central.url) as citizen:
        page = choose_credentials(citizen, enter_code(citizen, central.link_for(registration_id)), username)
        page = citizen.submit(page, "/keys/new", kind="totp")
        code = totp.code_at(page.totp_secret, totp.step_at(dt.datetime.now(dt.UTC)))
        assert citizen.submit(page, "/keys/confirm", code=code).path == "/keys"


def lock(central: LiveCentral, registration_id: uuid.UUID) -> None:
    """Five wrong codes: the link is locked for good."""
    with CitizenClient(central.url) as citizen:
        page = citizen.open(central.link_for(registration_id))
        for _ in range(5):
            page = citizen.submit(page, "/activate/code", code="0000-0000-0000")
        assert page.status == 403


def status_calls(proxy: FaultProxy) -> int:
    return sum(exchange.path == STATUS_PATH for exchange in proxy.exchanges)


def test_activated_locked_and_revoked_come_back_in_one_bulk_call(
    store: Store, site: LiveCentral, register: Register
) -> None:
    ids = register(4)
    token = site.enrol()
    assert relay_for(store, site.url, token).run_round().accepted == 4
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)  # the wire carries whole seconds
    activate(site, ids[0], "nora.specimen")
    lock(site, ids[1])
    with site.client(token) as api:
        assert api.post(f"/v1/registrations/{ids[2]}/revoke").status_code == 200
    with FaultProxy(site.url, FaultPlan()) as proxy:
        relay = relay_for(store, proxy.url, token)
        report = relay.run_round()  # a new relay checks at its first round
        assert status_calls(proxy) == 1
    assert (report.statuses_asked, report.status_changes) == (4, 3)
    assert statuses(store, ids) == [
        RegistrationStatus.ACTIVATED,
        RegistrationStatus.LOCKED,
        RegistrationStatus.REVOKED,
        RegistrationStatus.ACCEPTED,
    ]
    activated = store.registrations.get(ids[0])
    assert before <= activated.status_changed_at <= dt.datetime.now(dt.UTC)  # the centre's time
    assert relay.state().statuses_checked_at is not None
    assert store.outbox.refresh_due(dt.datetime.now(dt.UTC)) == [ids[3]]  # the final ones are asked no more


def test_the_check_runs_on_its_schedule_and_at_send_now(
    store: Store, site: LiveCentral, register: Register
) -> None:
    register(2)
    token = site.enrol()
    start = dt.datetime.now(dt.UTC)
    clock = [start]
    with FaultProxy(site.url, FaultPlan()) as proxy:
        relay = relay_for(store, proxy.url, token, policy=HOURLY, clock=lambda: clock[0])
        assert relay.run_round().accepted == 2
        assert status_calls(proxy) == 0  # checked before sending: nothing was accepted yet
        clock[0] = start + dt.timedelta(minutes=59)
        relay.run_round()
        assert status_calls(proxy) == 0  # not yet due
        clock[0] = start + dt.timedelta(minutes=60)
        assert relay.run_round().statuses_asked == 2
        assert status_calls(proxy) == 1
        relay.run_round()
        assert status_calls(proxy) == 1
        relay.check_statuses_now()  # Send now
        assert relay.run_round().statuses_asked == 2
        assert status_calls(proxy) == 2


def test_many_accepted_registrations_go_in_batches_and_expired_ones_are_not_asked(
    store: Store, site: LiveCentral, register: Register
) -> None:
    ids = register(5)
    token = site.enrol()
    assert relay_for(store, site.url, token).run_round().accepted == 5
    policy = RelayPolicy(**{**FAST.__dict__, "status_batch_size": 2})
    with FaultProxy(site.url, FaultPlan()) as proxy:
        assert relay_for(store, proxy.url, token, policy=policy).run_round().statuses_asked == 5
        assert status_calls(proxy) == 3
        expired = store.registrations.get(ids[0]).expires_at + dt.timedelta(minutes=1)
        late = relay_for(store, proxy.url, token, policy=policy, clock=lambda: expired)
        assert late.run_round().statuses_asked == 0
        assert status_calls(proxy) == 3  # nothing left to ask: no call at all


def test_a_refused_token_pauses_the_check_and_a_dead_service_shows_offline(
    store: Store, site: LiveCentral, register: Register
) -> None:
    register(1)
    assert relay_for(store, site.url, site.enrol()).run_round().accepted == 1
    refused = relay_for(store, site.url, "revoked-or-wrong-token")
    assert refused.run_round().stopped_because == "unauthorised"
    assert refused.state().connection is Connection.UNAUTHORISED
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        dead_url = f"http://127.0.0.1:{probe.getsockname()[1]}"
    offline = relay_for(store, dead_url, "any-token")
    offline.run_round()
    assert offline.state().connection is Connection.OFFLINE
    assert offline.state().statuses_checked_at is None
    assert store.registrations.get(store.outbox.refresh_due(dt.datetime.now(dt.UTC))[0]).status is (
        RegistrationStatus.ACCEPTED
    )


def test_the_relay_thread_checks_when_asked(store: Store, site: LiveCentral, register: Register) -> None:
    (registration_id,) = register(1)
    token = site.enrol()
    assert relay_for(store, site.url, token).run_round().accepted == 1
    checks: list[dt.datetime] = []
    checked = threading.Event()

    def on_state(state: SyncState) -> None:
        if state.statuses_checked_at is not None and state.statuses_checked_at not in checks:
            checks.append(state.statuses_checked_at)
            checked.set()

    relay = relay_for(store, site.url, token, policy=RelayPolicy(idle_poll=30.0), on_state=on_state)
    relay.start()
    try:
        assert checked.wait(15), "the relay thread did not check at its start"
        checked.clear()
        lock(site, registration_id)
        relay.check_statuses_now()  # the next check is five minutes away: only this brings it now
        assert checked.wait(15), "the relay thread did not check when asked"
    finally:
        relay.stop()
    assert len(checks) == 2
    assert store.registrations.get(registration_id).status is RegistrationStatus.LOCKED
