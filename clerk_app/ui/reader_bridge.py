"""Reader and card events from the monitor thread, delivered on the GUI thread.

:class:`~clerk_app.cardreader.monitor.ReaderMonitor` calls back on its own thread, where no widget may be
touched. :class:`ReaderBridge` is a QObject made on the GUI thread: the monitor's callback only emits a
signal that is connected to the bridge with a queued connection, so every event reaches the UI in order on
the GUI thread, where the bridge keeps :class:`ReaderModel` (which readers exist, which hold a card) up to
date and re-emits the event.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Qt, Signal, Slot

from clerk_app.cardreader.connection import ReaderBackend
from clerk_app.cardreader.monitor import (
    CardInserted,
    CardRemoved,
    ReaderEvent,
    ReaderMonitor,
    ReadersChanged,
    ServiceUnavailable,
)
from clerk_app.ui.reader_state import ReaderState


@dataclass
class ReaderModel:
    """What the monitor has told so far. ``service`` is None until its first report."""

    service: bool | None = None
    readers: tuple[str, ...] = ()
    cards: dict[str, bytes] = field(default_factory=dict)  # reader -> ATR of the card in it

    def apply(self, event: ReaderEvent) -> None:
        if isinstance(event, ServiceUnavailable):
            self.service = False
            self.readers = ()
            self.cards.clear()
        elif isinstance(event, ReadersChanged):
            self.service = True
            self.readers = event.readers
            self.cards = {reader: atr for reader, atr in self.cards.items() if reader in event.readers}
        elif isinstance(event, CardInserted):
            self.service = True
            self.cards[event.reader] = event.atr
        elif isinstance(event, CardRemoved):
            self.cards.pop(event.reader, None)

    def first_card_reader(self) -> str | None:
        """The first reader (in the monitor's order) that holds a card."""
        return next((reader for reader in self.readers if reader in self.cards), None)

    def base_state(self) -> ReaderState:
        """The state before any reading: no service, no reader, no card, or a card waiting to be read."""
        if not self.service:
            return ReaderState.NO_SERVICE
        if not self.readers:
            return ReaderState.NO_READER
        return ReaderState.CARD_PRESENT if self.cards else ReaderState.NO_CARD


class ReaderBridge(QObject):
    """Runs a :class:`ReaderMonitor` over ``backend`` and re-emits its events as :attr:`reader_event`.

    Not named ``event``: that is ``QObject.event()``, the method Qt calls for every event it delivers."""

    #: A :data:`~clerk_app.cardreader.monitor.ReaderEvent`, on the GUI thread, after :attr:`model` took it in.
    reader_event = Signal(object)
    _from_monitor = Signal(object)

    def __init__(self, backend: ReaderBackend, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = ReaderModel()
        self._from_monitor.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._monitor = ReaderMonitor(backend, self._from_monitor.emit)

    @property
    def running(self) -> bool:
        return self._monitor.running

    def start(self) -> None:
        self._monitor.start()

    def stop(self) -> None:
        """Stop the monitor thread (waits for it, at most one poll interval)."""
        if self._monitor.running:
            self._monitor.stop()

    @Slot(object)
    def _deliver(self, event: ReaderEvent) -> None:
        self.model.apply(event)
        self.reader_event.emit(event)
