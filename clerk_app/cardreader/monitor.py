"""A thread that reports reader and card events, and keeps going when the card service restarts.

It only watches and emits: it never connects to a card (reading runs in a worker that owns its
connection; connecting from the event thread wedged reader drivers, pyscard issue #220). The callback runs
on the monitor's thread, so a GUI must hand the event over to its own thread (the UI bridges events into
queued Qt signals). Events are frozen dataclasses holding no personal data.

When the service goes away (pcscd stopped or restarted, the Windows smart-card service stopped), the monitor
emits :class:`ServiceUnavailable` once, forgets every reader, and retries with a growing pause (up to
:data:`MAX_RETRY_SECONDS`); when the service is back, the readers and cards are reported afresh.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

from clerk_app.cardreader.connection import ReaderBackend, ReaderSnapshot, ReaderWatcher
from clerk_app.errors import ReaderServiceUnavailable

log = logging.getLogger(__name__)

POLL_SECONDS = 0.25  # also how long stop() may wait
FIRST_RETRY_SECONDS = 0.25
MAX_RETRY_SECONDS = 5.0


@dataclass(frozen=True)
class ServiceUnavailable:
    """The card service is not running; every reader is gone until it returns."""


@dataclass(frozen=True)
class ReadersChanged:
    readers: tuple[str, ...]


@dataclass(frozen=True)
class CardInserted:
    reader: str
    atr: bytes


@dataclass(frozen=True)
class CardRemoved:
    reader: str


ReaderEvent = ServiceUnavailable | ReadersChanged | CardInserted | CardRemoved


class ReaderMonitor:
    """``ReaderMonitor(backend, on_event).start()``; ``stop()`` joins the thread."""

    def __init__(self, backend: ReaderBackend, on_event: Callable[[ReaderEvent], None]) -> None:
        self._backend = backend
        self._on_event = on_event
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is not None:
            raise RuntimeError("the monitor is already running")
        self._stopping.clear()
        self._thread = threading.Thread(target=self._run, name="clerk-reader-monitor", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stopping.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _run(self) -> None:
        watcher: ReaderWatcher | None = None
        known: ReaderSnapshot | None = None  # None: nothing reported yet, or the service went away
        service_down = False
        retry = FIRST_RETRY_SECONDS
        while not self._stopping.is_set():
            try:
                if watcher is None:
                    watcher = self._backend.open_watcher()
                snapshot = watcher.poll(POLL_SECONDS)
            except ReaderServiceUnavailable:
                if watcher is not None:
                    watcher.close()
                    watcher = None
                if not service_down:
                    service_down = True
                    known = None
                    self._emit(ServiceUnavailable())
                self._stopping.wait(retry)
                retry = min(retry * 2, MAX_RETRY_SECONDS)
                continue
            except Exception:
                # A bug or an unexpected driver failure must not end monitoring: report and start over.
                log.exception("reader monitor: unexpected failure; restarting the watcher")
                if watcher is not None:
                    watcher.close()
                    watcher = None
                self._stopping.wait(retry)
                retry = min(retry * 2, MAX_RETRY_SECONDS)
                continue
            service_down = False
            retry = FIRST_RETRY_SECONDS
            for event in changes(known, snapshot):
                self._emit(event)
            known = snapshot
        if watcher is not None:
            watcher.close()

    def _emit(self, event: ReaderEvent) -> None:
        try:
            self._on_event(event)
        except Exception:
            log.exception("reader monitor: the event handler failed")


def changes(before: ReaderSnapshot | None, after: ReaderSnapshot) -> list[ReaderEvent]:
    """The events that turn ``before`` into ``after`` (``None``: nothing was known, report everything)."""
    events: list[ReaderEvent] = []
    old = dict(before or {})
    if before is None or set(old) != set(after):
        events.append(ReadersChanged(tuple(sorted(after))))
    for reader in sorted(set(old) | set(after)):
        was, now = old.get(reader), after.get(reader)
        if was is not None and now != was:
            events.append(CardRemoved(reader))
        if now is not None and now != was:
            events.append(CardInserted(reader, now))
    return events
