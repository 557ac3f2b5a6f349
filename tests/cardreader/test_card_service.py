"""pcscd going away and coming back: during a read, under the monitor, and with no service at all."""

from __future__ import annotations

import datetime as dt
import queue
from collections.abc import Callable, Iterator

import pytest

from clerk_app.cardreader.beid import BeidSession
from clerk_app.cardreader.connection import CardConnection
from clerk_app.cardreader.monitor import (
    CardInserted,
    CardRemoved,
    ReaderEvent,
    ReaderMonitor,
    ServiceUnavailable,
)
from clerk_app.cardreader.pcsc import PcscBackend
from clerk_app.cardreader.simulated.training_cards import build_card
from clerk_app.cardreader.trust import TrustStore
from clerk_app.errors import ReaderServiceUnavailable
from tests.support.card_connections import PassThrough
from tests.support.pcsc_stack import PcscStack, VirtualReader

pytestmark = pytest.mark.realstack

TODAY = dt.date(2026, 11, 29)


class Events:
    def __init__(self) -> None:
        self.queue: queue.Queue[ReaderEvent] = queue.Queue()
        self.seen: list[ReaderEvent] = []

    def __call__(self, event: ReaderEvent) -> None:
        self.queue.put(event)

    def wait_for(self, wanted: ReaderEvent, timeout: float = 10.0) -> None:
        """Consume events until ``wanted`` arrives."""
        try:
            while True:
                event = self.queue.get(timeout=timeout)
                self.seen.append(event)
                if event == wanted:
                    return
        except queue.Empty:
            pytest.fail(f"no {wanted} within {timeout} s; events seen: {self.seen}")


@pytest.fixture
def monitor_events() -> Iterator[Events]:
    events = Events()
    monitor = ReaderMonitor(PcscBackend(), events)
    monitor.start()
    yield events
    monitor.stop()


def restarting(inner: CardConnection, after: int, restart: Callable[[], None]) -> PassThrough:
    """Passes APDUs through, and restarts pcscd before APDU number ``after + 1``."""
    connection = PassThrough(inner, before=lambda _apdu: restart() if len(connection.sent) == after else None)
    return connection


def _require_own_pcscd(stack: PcscStack) -> None:
    if not stack.daemon.owned:
        pytest.fail(
            "this test stops pcscd, which the suite may only do with a pcscd it started itself; "
            "stop the system's pcscd and run the tests again",
            pytrace=False,
        )


def test_monitor_sees_cards_come_and_go(vpcd_reader: VirtualReader, monitor_events: Events) -> None:
    card = build_card("residence-k", today=TODAY)
    vpcd_reader.insert(card)
    monitor_events.wait_for(CardInserted(vpcd_reader.name, card.atr))
    vpcd_reader.remove()
    monitor_events.wait_for(CardRemoved(vpcd_reader.name))


def test_pcscd_restart_in_the_middle_of_a_read(
    pcsc_stack: PcscStack, vpcd_reader: VirtualReader, monitor_events: Events
) -> None:
    _require_own_pcscd(pcsc_stack)
    card = build_card("adult", today=TODAY)
    vpcd_reader.insert(card)
    monitor_events.wait_for(CardInserted(vpcd_reader.name, card.atr))
    shown: list[object] = []
    connection = restarting(PcscBackend().connect(vpcd_reader.name), 8, pcsc_stack.daemon.restart)
    with pytest.raises(ReaderServiceUnavailable):
        BeidSession(connection, TrustStore.training()).read(shown.append)
    connection.close()  # a connection of the old pcscd closes quietly
    assert len(connection.sent) == 9
    # The monitor noticed, waited, and found the reader and the (still inserted) card again by itself.
    monitor_events.wait_for(ServiceUnavailable())
    monitor_events.wait_for(CardInserted(vpcd_reader.name, card.atr))
    connection2 = PcscBackend().connect(vpcd_reader.name)
    try:
        assert BeidSession(connection2, TrustStore.training()).read().authenticity.authentic
    finally:
        connection2.close()


def test_no_service_at_all(pcsc_stack: PcscStack, vpcd_reader: VirtualReader, monitor_events: Events) -> None:
    _require_own_pcscd(pcsc_stack)
    pcsc_stack.daemon.stop()
    try:
        with pytest.raises(ReaderServiceUnavailable):
            PcscBackend().list_readers()
        with pytest.raises(ReaderServiceUnavailable):
            PcscBackend().connect(vpcd_reader.name)
        with pytest.raises(ReaderServiceUnavailable):
            PcscBackend().open_watcher()
        monitor_events.wait_for(ServiceUnavailable())
    finally:
        pcsc_stack.daemon.ensure_running()
    card = build_card("adult", today=TODAY)
    vpcd_reader.insert(card)
    monitor_events.wait_for(CardInserted(vpcd_reader.name, card.atr))
