"""In-process readers holding simulated cards: the training panel inserts and removes them by name.

Behaves like PC/SC where the app can tell: connecting to an empty reader is :class:`NoCard`, a card taken
out (by the panel, or a card set to pull itself out) fails the next APDU with :class:`CardRemoved`, a
transaction keeps other connections off the card, and watchers wake up on every insert and remove.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass, field

from clerk_app.cardreader.connection import ReaderSnapshot
from clerk_app.cardreader.simulated.card import CardPulledOut, SimulatedCard
from clerk_app.errors import CardBusy, CardCommunicationError, CardRemoved, NoCard, NoReader
from clerk_app.translatable import QT_TRANSLATE_NOOP

DEFAULT_READER = "Training card reader"
#: How long a second connection waits for another's transaction before reporting the card busy.
TRANSACTION_WAIT_SECONDS = 5.0


@dataclass
class _Slot:
    card: SimulatedCard | None = None
    insertion: int = 0  # changes with every insert, so a connection notices a swapped card
    transaction: threading.Lock = field(default_factory=threading.Lock)


class SimulatedBackend:
    """Readers that exist only in this process (by default one, "Training card reader")."""

    def __init__(self, readers: Sequence[str] = (DEFAULT_READER,)) -> None:
        if not readers or len(set(readers)) != len(readers):
            raise ValueError("reader names must be given and unique")
        self._slots = {reader: _Slot() for reader in readers}
        self._changed = threading.Condition()
        self._version = 0

    # What the training panel calls -----------------------------------------------------------------

    def insert(self, card: SimulatedCard, reader: str | None = None) -> str:
        """Put ``card`` into ``reader`` (default: the first one), replacing any card there."""
        with self._changed:
            slot = self._slot(reader)
            card.power_on()
            slot.card = card
            slot.insertion += 1
            self._bump()
        return reader or next(iter(self._slots))

    def remove(self, reader: str | None = None) -> None:
        with self._changed:
            slot = self._slot(reader)
            if slot.card is not None:
                slot.card = None
                slot.insertion += 1
                self._bump()

    def card_in(self, reader: str | None = None) -> SimulatedCard | None:
        with self._changed:
            return self._slot(reader).card

    # ReaderBackend ----------------------------------------------------------------------------------

    def list_readers(self) -> list[str]:
        return list(self._slots)

    def connect(self, reader: str) -> SimulatedConnection:
        with self._changed:
            slot = self._slot(reader)
            if slot.card is None:
                raise NoCard(f"simulated reader {reader} is empty")
            return SimulatedConnection(self, reader, slot.card, slot.insertion)

    def open_watcher(self) -> SimulatedWatcher:
        return SimulatedWatcher(self)

    # Internals used by connections and watchers -----------------------------------------------------

    def _slot(self, reader: str | None) -> _Slot:
        name = reader if reader is not None else next(iter(self._slots))
        slot = self._slots.get(name)
        if slot is None:
            raise NoReader(f"no simulated reader {name!r}")
        return slot

    def _bump(self) -> None:
        self._version += 1
        self._changed.notify_all()

    def _snapshot(self) -> ReaderSnapshot:
        return {name: (slot.card.atr if slot.card else None) for name, slot in self._slots.items()}

    def _transmit(self, reader: str, card: SimulatedCard, insertion: int, apdu: bytes) -> bytes:
        with self._changed:
            slot = self._slots[reader]
            if slot.card is not card or slot.insertion != insertion:
                raise CardRemoved(f"simulated card left {reader}")
            try:
                return card.process(apdu)
            except CardPulledOut:
                slot.card = None
                slot.insertion += 1
                self._bump()
                raise CardRemoved(f"simulated card pulled out of {reader}") from None

    def _transaction_lock(self, reader: str) -> threading.Lock:
        return self._slots[reader].transaction


class SimulatedConnection:
    def __init__(self, backend: SimulatedBackend, reader: str, card: SimulatedCard, insertion: int) -> None:
        self._backend = backend
        self._reader = reader
        self._card = card
        self._insertion = insertion
        self._in_transaction = False
        self._closed = False

    @property
    def atr(self) -> bytes:
        return self._card.atr

    def transmit(self, apdu: bytes) -> tuple[bytes, int]:
        if self._closed:
            raise CardCommunicationError(
                "transmit after close", problem=QT_TRANSLATE_NOOP("errors", "the connection was closed")
            )
        response = self._backend._transmit(self._reader, self._card, self._insertion, apdu)
        return response[:-2], int.from_bytes(response[-2:], "big")

    def begin_transaction(self) -> None:
        if not self._backend._transaction_lock(self._reader).acquire(timeout=TRANSACTION_WAIT_SECONDS):
            raise CardBusy(f"simulated reader {self._reader} is held by another connection")
        self._in_transaction = True

    def end_transaction(self) -> None:
        if self._in_transaction:
            self._in_transaction = False
            self._backend._transaction_lock(self._reader).release()

    def close(self) -> None:
        self.end_transaction()
        self._closed = True


class SimulatedWatcher:
    def __init__(self, backend: SimulatedBackend) -> None:
        self._backend = backend
        self._seen: int | None = None

    def poll(self, timeout: float) -> ReaderSnapshot:
        changed = self._backend._changed
        with changed:
            if self._seen is not None:
                changed.wait_for(lambda: self._backend._version != self._seen, timeout)
            self._seen = self._backend._version
            return self._backend._snapshot()

    def close(self) -> None:
        """Nothing to release: a simulated watcher holds no system resource."""
