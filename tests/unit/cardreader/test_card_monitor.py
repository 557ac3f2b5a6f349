"""The reader monitor: events from snapshots, recovery when the service goes away, a handler that fails."""

from __future__ import annotations

import datetime as dt
import queue
from collections.abc import Iterator

import pytest

from clerk_app.cardreader import monitor as monitor_module
from clerk_app.cardreader.connection import CardConnection, ReaderSnapshot
from clerk_app.cardreader.monitor import (
    CardInserted,
    CardRemoved,
    ReaderEvent,
    ReaderMonitor,
    ReadersChanged,
    ServiceUnavailable,
    changes,
)
from clerk_app.cardreader.simulated.backend import DEFAULT_READER, SimulatedBackend, SimulatedWatcher
from clerk_app.cardreader.simulated.training_cards import build_card
from clerk_app.errors import ReaderServiceUnavailable

TODAY = dt.date(2026, 11, 29)
ATR = b"\x3b\x01"


@pytest.mark.parametrize(
    ("before", "after", "events"),
    [
        (None, {}, [ReadersChanged(())]),
        (None, {"R": ATR}, [ReadersChanged(("R",)), CardInserted("R", ATR)]),
        ({"R": None}, {"R": ATR}, [CardInserted("R", ATR)]),
        ({"R": ATR}, {"R": None}, [CardRemoved("R")]),
        ({"R": ATR}, {"R": b"\x3b\x02"}, [CardRemoved("R"), CardInserted("R", b"\x3b\x02")]),
        ({"R": ATR}, {}, [ReadersChanged(()), CardRemoved("R")]),
        ({"R": None}, {"R": None, "S": None}, [ReadersChanged(("R", "S"))]),
        ({"R": ATR}, {"R": ATR}, []),
    ],
)
def test_changes(before: ReaderSnapshot | None, after: ReaderSnapshot, events: list[ReaderEvent]) -> None:
    assert changes(before, after) == events


class Events:
    def __init__(self) -> None:
        self.queue: queue.Queue[ReaderEvent] = queue.Queue()

    def __call__(self, event: ReaderEvent) -> None:
        self.queue.put(event)

    def next(self, timeout: float = 5.0) -> ReaderEvent:
        try:
            return self.queue.get(timeout=timeout)
        except queue.Empty:
            pytest.fail(f"no reader event within {timeout} s")

    def none_within(self, seconds: float) -> bool:
        try:
            self.queue.get(timeout=seconds)
        except queue.Empty:
            return True
        return False


@pytest.fixture
def fast_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(monitor_module, "FIRST_RETRY_SECONDS", 0.01)
    monkeypatch.setattr(monitor_module, "POLL_SECONDS", 0.05)


@pytest.fixture
def running() -> Iterator[list[ReaderMonitor]]:
    monitors: list[ReaderMonitor] = []
    yield monitors
    for monitor in monitors:
        monitor.stop()


def test_insert_and_remove_are_reported(running: list[ReaderMonitor]) -> None:
    backend, events = SimulatedBackend(), Events()
    monitor = ReaderMonitor(backend, events)
    running.append(monitor)
    monitor.start()
    assert events.next() == ReadersChanged((DEFAULT_READER,))
    card = build_card("adult", today=TODAY)
    backend.insert(card)
    assert events.next() == CardInserted(DEFAULT_READER, card.atr)
    backend.remove()
    assert events.next() == CardRemoved(DEFAULT_READER)
    assert events.none_within(0.2)
    monitor.stop()
    assert not monitor.running


class FlakyBackend:
    """A simulated backend whose service is down while ``down`` is set."""

    def __init__(self) -> None:
        self.inner = SimulatedBackend()
        self.down = False
        self.opened = 0

    def list_readers(self) -> list[str]:
        return self.inner.list_readers()

    def connect(self, reader: str) -> CardConnection:
        return self.inner.connect(reader)

    def open_watcher(self) -> FlakyWatcher:
        if self.down:
            raise ReaderServiceUnavailable("down")
        self.opened += 1
        return FlakyWatcher(self, self.inner.open_watcher())


class FlakyWatcher:
    def __init__(self, backend: FlakyBackend, inner: SimulatedWatcher) -> None:
        self.backend = backend
        self.inner = inner

    def poll(self, timeout: float) -> ReaderSnapshot:
        if self.backend.down:
            raise ReaderServiceUnavailable("down")
        return self.inner.poll(timeout)

    def close(self) -> None:
        self.inner.close()


@pytest.mark.usefixtures("fast_retries")
def test_the_monitor_recovers_when_the_service_comes_back(running: list[ReaderMonitor]) -> None:
    backend, events = FlakyBackend(), Events()
    card = build_card("adult", today=TODAY)
    backend.inner.insert(card)
    monitor = ReaderMonitor(backend, events)
    running.append(monitor)
    monitor.start()
    assert [events.next(), events.next()] == [
        ReadersChanged((DEFAULT_READER,)),
        CardInserted(DEFAULT_READER, card.atr),
    ]
    backend.down = True
    assert events.next() == ServiceUnavailable()
    assert events.none_within(0.3)  # reported once, however often the retries fail
    backend.down = False
    assert [events.next(), events.next()] == [
        ReadersChanged((DEFAULT_READER,)),
        CardInserted(DEFAULT_READER, card.atr),
    ]
    assert backend.opened >= 2


@pytest.mark.usefixtures("fast_retries")
def test_a_service_that_is_down_at_start_is_reported(running: list[ReaderMonitor]) -> None:
    backend, events = FlakyBackend(), Events()
    backend.down = True
    monitor = ReaderMonitor(backend, events)
    running.append(monitor)
    monitor.start()
    assert events.next() == ServiceUnavailable()
    backend.down = False
    assert events.next() == ReadersChanged((DEFAULT_READER,))


def test_a_failing_handler_does_not_end_monitoring(
    running: list[ReaderMonitor], caplog: pytest.LogCaptureFixture
) -> None:
    backend, events = SimulatedBackend(), Events()
    calls: list[ReaderEvent] = []

    def handler(event: ReaderEvent) -> None:
        calls.append(event)
        if len(calls) == 1:
            raise RuntimeError("a bug in the UI bridge")
        events(event)

    monitor = ReaderMonitor(backend, handler)
    running.append(monitor)
    monitor.start()
    card = build_card("adult", today=TODAY)
    backend.insert(card)
    assert events.next() == CardInserted(DEFAULT_READER, card.atr)
    assert calls[0] == ReadersChanged((DEFAULT_READER,))
    assert "the event handler failed" in caplog.text


@pytest.mark.usefixtures("fast_retries")
def test_an_unexpected_watcher_failure_restarts_the_watcher(
    running: list[ReaderMonitor], monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    broken = [True]
    original = SimulatedWatcher.poll

    def poll(self: SimulatedWatcher, timeout: float) -> ReaderSnapshot:
        if broken:
            broken.pop()
            raise OSError("driver hiccup")
        return original(self, timeout)

    monkeypatch.setattr(SimulatedWatcher, "poll", poll)
    events = Events()
    monitor = ReaderMonitor(SimulatedBackend(), events)
    running.append(monitor)
    monitor.start()
    assert events.next() == ReadersChanged((DEFAULT_READER,))
    assert "unexpected failure" in caplog.text


def test_start_twice_is_an_error(running: list[ReaderMonitor]) -> None:
    monitor = ReaderMonitor(SimulatedBackend(), Events())
    running.append(monitor)
    monitor.start()
    with pytest.raises(RuntimeError, match="already running"):
        monitor.start()
