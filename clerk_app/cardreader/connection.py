"""What the card code needs from a reader, whatever sits behind it (PC/SC, or an in-process simulated card).

The protocol code (``apdu``, ``beid``) talks only to these protocols, so the very same session runs against
a real reader through pcscd, the vpcd bridge, or a simulated card in the same process. Every method raises
only :class:`clerk_app.errors.CardError` subclasses; implementations convert their own exceptions.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

#: A reader's state as seen by a watcher: reader name -> ATR of the card in it, or None when empty.
ReaderSnapshot = Mapping[str, bytes | None]


class CardConnection(Protocol):
    """An open connection to the card in one reader."""

    @property
    def atr(self) -> bytes:
        """The card's answer-to-reset."""
        ...

    def transmit(self, apdu: bytes) -> tuple[bytes, int]:
        """Send one command APDU; return the response data and the status word (e.g. ``0x9000``).

        No GET RESPONSE or ``6Cxx`` handling happens here: that is the APDU layer's job.
        """
        ...

    def begin_transaction(self) -> None:
        """Keep other programs off the card until :meth:`end_transaction`."""
        ...

    def end_transaction(self) -> None: ...

    def close(self) -> None:
        """Disconnect and leave the card powered (other programs may be using it)."""
        ...


class ReaderWatcher(Protocol):
    """Follows readers and cards for a monitor; owned by one thread."""

    def poll(self, timeout: float) -> ReaderSnapshot:
        """The current readers and cards.

        The first call returns at once; later calls block until something changed or ``timeout`` seconds
        passed, whichever comes first (a timeout is not an error: the snapshot is then unchanged).
        """
        ...

    def close(self) -> None: ...


class ReaderBackend(Protocol):
    """A source of readers: PC/SC, simulated readers, or both."""

    def list_readers(self) -> list[str]:
        """Reader names; an empty list when no reader is attached."""
        ...

    def connect(self, reader: str) -> CardConnection:
        """Connect to the card in ``reader`` (:class:`~clerk_app.errors.NoCard` when it is empty)."""
        ...

    def open_watcher(self) -> ReaderWatcher:
        """A watcher for a monitor thread (:class:`~clerk_app.errors.ReaderServiceUnavailable` if none)."""
        ...
