"""The outbox relay between the real store and the real central service."""

from __future__ import annotations

import datetime as dt
import socket
import threading
from collections.abc import Callable

from clerk_app.config import CentralServiceSettings
from clerk_app.domain.registration import RegistrationStatus
from clerk_app.storage import Store
from clerk_app.sync.client import CentralClient
from clerk_app.sync.relay import Connection, RelayPolicy, SyncState
from tests.support.central import LiveCentral
from tests.support.faults import Fault, FaultPlan, FaultProxy
from tests.support.sync_relay import FAST, Register, relay_for, statuses
from tests.support.waiting import wait_until


def test_waiting_registrations_are_accepted_and_mailed_once(
    store: Store, central: LiveCentral, register: Register
) -> None:
    ids = register(3)
    seen: list[SyncState] = []
    relay = relay_for(store, central.url, central.enrol(), on_state=seen.append)
    report = relay.run_round()
    assert (report.accepted, report.rejected, report.deferred) == (3, 0, 0)
    assert statuses(store, ids) == [RegistrationStatus.ACCEPTED] * 3
    assert seen[-1].connection is Connection.ONLINE and seen[-1].waiting == 0
    assert seen[-1].last_success is not None
    assert sorted(str(m.registration_id) for m in central.wait_for_mails(3)) == sorted(str(i) for i in ids)
    assert relay.run_round().accepted == 0  # nothing is sent twice


def test_a_definitive_refusal_marks_the_registration_rejected_with_the_reason(
    store: Store, central: LiveCentral, register: Register
) -> None:
    (refused,) = register(1, centre_id="gentbrugge")  # the workstation is enrolled for stadskantoor
    (fine,) = register(1, first=1)
    relay = relay_for(store, central.url, central.enrol("stadskantoor"))
    report = relay.run_round()
    assert report.rejections == [(refused, "centre_mismatch")]
    assert store.registrations.get(refused).status is RegistrationStatus.REJECTED
    assert store.registrations.get(refused).rejection_reason == "centre_mismatch"
    assert store.registrations.get(fine).status is RegistrationStatus.ACCEPTED
    assert relay.state().last_rejection == "centre_mismatch"


def test_a_refused_token_pauses_sending_until_the_workstation_enrols_again(
    store: Store, central: LiveCentral, register: Register
) -> None:
    ids = register(2)
    relay = relay_for(store, central.url, "revoked-or-wrong-token")
    assert relay.run_round().stopped_because == "unauthorised"
    assert relay.state().connection is Connection.UNAUTHORISED
    assert relay.run_round().accepted == 0  # paused: no request at all
    assert store.outbox.pending_count() == 2
    relay.resume(CentralClient(CentralServiceSettings(url=central.url), central.enrol()))
    assert relay.run_round().accepted == 2
    assert statuses(store, ids) == [RegistrationStatus.ACCEPTED] * 2


def test_offline_registrations_wait_and_go_when_the_service_is_back(
    store: Store, central: LiveCentral, register: Register
) -> None:
    token = central.enrol()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{probe.getsockname()[1]}"
    ids = register(4)
    clock = [dt.datetime.now(dt.UTC)]
    offline = relay_for(store, dead, token, clock=lambda: clock[0])
    report = offline.run_round()
    assert report.stopped_because == "offline" and report.accepted == 0
    assert offline.state().connection is Connection.OFFLINE
    assert store.outbox.pending_count() == 4
    assert store.outbox.due(clock[0], 10) != [], "rows not yet tried are still due"
    online = relay_for(store, central.url, token, clock=lambda: clock[0] + dt.timedelta(minutes=30))
    assert online.run_round().accepted == 4
    assert statuses(store, ids) == [RegistrationStatus.ACCEPTED] * 4


def test_retry_after_is_honoured_for_the_next_attempt(
    store: Store, central: LiveCentral, register: Register
) -> None:
    register(1)
    plan = FaultPlan(script=[Fault.UNAVAILABLE_503] * 3, retry_after_seconds=1)
    now = dt.datetime.now(dt.UTC)
    with FaultProxy(central.url, plan) as proxy:
        relay = relay_for(store, proxy.url, central.enrol(), clock=lambda: now)
        report = relay.run_round()
        assert report.deferred == 1 and len(proxy.exchanges) == FAST.attempts_in_round
    assert store.outbox.due(now + dt.timedelta(seconds=0.9), 10) == []
    assert len(store.outbox.due(now + dt.timedelta(seconds=FAST.later_max + 1.1), 10)) == 1


def test_a_backlog_goes_in_batches(store: Store, central: LiveCentral, register: Register) -> None:
    ids = register(12)
    with FaultProxy(central.url, FaultPlan()) as proxy:
        relay = relay_for(
            store, proxy.url, central.enrol(), policy=RelayPolicy(batch_threshold=5, batch_size=10)
        )
        assert relay.run_round().accepted == 12
        paths = [exchange.path for exchange in proxy.exchanges]
    # 10 due rows (the batch size) go as one batch; the 2 left, below the threshold, one by one
    assert paths == ["/v1/registrations:batch", "/v1/registrations", "/v1/registrations"]
    assert statuses(store, ids) == [RegistrationStatus.ACCEPTED] * 12


def test_the_relay_thread_sends_when_woken_and_stops(
    store: Store, central: LiveCentral, register: Register
) -> None:
    relay = relay_for(store, central.url, central.enrol(), policy=RelayPolicy(idle_poll=30.0))
    relay.start()
    try:
        ids = register(2)
        relay.wake()
        central.wait_for_mails(2)
        wait_until(lambda: store.outbox.pending_count() == 0, timeout=10, what="the answers to be recorded")
    finally:
        relay.stop()
    assert statuses(store, ids) == [RegistrationStatus.ACCEPTED] * 2


def test_a_proxys_404_leaves_registrations_waiting_as_a_connection_problem(
    store: Store, central: LiveCentral, register: Register
) -> None:
    """An HTML 404 (or 400, 413, 421) from a proxy is no refusal: nobody has to come back."""
    ids = register(6)
    plan = FaultPlan(probabilities={Fault.PROXY_404: 1.0})
    with FaultProxy(central.url, plan) as proxy:
        relay = relay_for(store, proxy.url, central.enrol())
        report = relay.run_round()
    assert (report.accepted, report.rejected, report.deferred) == (0, 0, 6)
    assert relay.state().connection is Connection.OFFLINE
    assert relay.state().last_rejection is None
    assert store.outbox.pending_count() == 6
    assert statuses(store, ids) == [RegistrationStatus.ISSUED] * 6


def test_the_status_is_true_before_anything_is_sent(
    store: Store, central: LiveCentral, register: Register
) -> None:
    """A health check when the thread starts: no "connecting" until the first registration goes out."""
    states = States()
    with FaultProxy(central.url, FaultPlan()) as proxy:
        relay = relay_for(
            store, proxy.url, central.enrol(), policy=RelayPolicy(idle_poll=30.0), on_state=states
        )
        assert relay.state().connection is Connection.UNKNOWN
        relay.start()
        try:
            states.wait_for(lambda: bool(states.seen) and states.last.connection is Connection.ONLINE)
        finally:
            relay.stop()
        assert [exchange.path for exchange in proxy.exchanges] == ["/v1/health"]  # nothing else was due
    assert states.last.waiting == 0


def test_the_health_check_repeats_and_sees_the_service_go(
    store: Store, central: LiveCentral, register: Register
) -> None:
    states = States()
    proxy = FaultProxy(central.url, FaultPlan()).start()
    policy = RelayPolicy(idle_poll=0.02, health_every=0.05)
    relay = relay_for(store, proxy.url, central.enrol(), policy=policy, on_state=states)
    relay.start()
    try:
        states.wait_for(lambda: bool(states.seen) and states.last.connection is Connection.ONLINE)
        # Each health check reports a state after the proxy has recorded its request: on its timer.
        states.wait_for(lambda: sum(e.path == "/v1/health" for e in proxy.exchanges) >= 3)
        proxy.stop()
        states.wait_for(lambda: states.last.connection is Connection.OFFLINE)
    finally:
        relay.stop()
        proxy.stop()


def test_a_paused_workstation_stays_paused_whatever_the_health_check_says(
    store: Store, central: LiveCentral, register: Register
) -> None:
    register(1)
    relay = relay_for(store, central.url, "revoked-or-wrong-token")
    relay.run_round()
    assert relay.check_health().connection is Connection.UNAUTHORISED


class States:
    """The states the relay thread reports, and a wait woken by each report (no clock, no polling)."""

    def __init__(self) -> None:
        self.seen: list[SyncState] = []
        self._reported = threading.Condition()

    def __call__(self, state: SyncState) -> None:
        with self._reported:
            self.seen.append(state)
            self._reported.notify_all()

    @property
    def last(self) -> SyncState:
        return self.seen[-1]

    def wait_for(self, condition: Callable[[], bool], timeout: float = 15.0) -> None:
        """Until ``condition`` holds, checked again at each reported state."""
        with self._reported:
            assert self._reported.wait_for(condition, timeout), "timed out"
