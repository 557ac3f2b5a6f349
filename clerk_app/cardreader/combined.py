"""Two reader backends shown as one: the training profile's simulated readers plus any PC/SC readers.

The second ("optional") backend may be absent: when its service is not running its readers are simply not
listed, and its watcher is retried now and then, so training works on a machine without pcscd and picks up
the vpcd readers as soon as pcscd runs.
"""

from __future__ import annotations

import time

from clerk_app.cardreader.connection import CardConnection, ReaderBackend, ReaderSnapshot, ReaderWatcher
from clerk_app.errors import CardError, NoReader

#: A watcher waits on each backend in turn for this long, so an event on either shows within it.
SLICE_SECONDS = 0.05
#: How often to try the optional backend again while its service is down.
RETRY_SECONDS = 1.0


class CombinedBackend:
    def __init__(self, primary: ReaderBackend, optional: ReaderBackend) -> None:
        self.primary = primary
        self.optional = optional

    def list_readers(self) -> list[str]:
        readers = self.primary.list_readers()
        try:
            extra = self.optional.list_readers()
        except CardError:
            extra = []
        return readers + [reader for reader in extra if reader not in readers]

    def connect(self, reader: str) -> CardConnection:
        if reader in self.primary.list_readers():
            return self.primary.connect(reader)
        try:
            return self.optional.connect(reader)
        except NoReader:
            raise NoReader(f"no reader {reader!r}") from None

    def open_watcher(self) -> CombinedWatcher:
        return CombinedWatcher(self.primary.open_watcher(), self.optional)


class CombinedWatcher:
    def __init__(self, primary: ReaderWatcher, optional: ReaderBackend) -> None:
        self._primary = primary
        self._optional_backend = optional
        self._optional: ReaderWatcher | None = None
        self._next_try = 0.0
        self._last_primary: ReaderSnapshot = {}
        self._last_optional: ReaderSnapshot = {}
        self._fresh = True

    def poll(self, timeout: float) -> ReaderSnapshot:
        if self._fresh:
            self._fresh = False
            self._last_primary = self._primary.poll(0)
            self._last_optional = self._poll_optional(0)
            return self._merged()
        before = self._merged()
        deadline = time.monotonic() + timeout
        while True:
            remaining = max(0.0, deadline - time.monotonic())
            self._last_primary = self._primary.poll(min(SLICE_SECONDS, remaining))
            self._last_optional = self._poll_optional(min(SLICE_SECONDS, remaining))
            now = self._merged()
            if now != before or remaining == 0:
                return now

    def close(self) -> None:
        self._primary.close()
        if self._optional is not None:
            self._optional.close()
            self._optional = None

    def _poll_optional(self, timeout: float) -> ReaderSnapshot:
        if self._optional is None:
            if time.monotonic() < self._next_try:
                return {}
            try:
                self._optional = self._optional_backend.open_watcher()
                return self._optional.poll(0)
            except CardError:
                return self._give_up_for_now()
        try:
            return self._optional.poll(timeout)
        except CardError:
            return self._give_up_for_now()

    def _give_up_for_now(self) -> ReaderSnapshot:
        if self._optional is not None:
            self._optional.close()
            self._optional = None
        self._next_try = time.monotonic() + RETRY_SECONDS
        return {}

    def _merged(self) -> ReaderSnapshot:
        merged = dict(self._last_optional)
        merged.update(self._last_primary)
        return merged
