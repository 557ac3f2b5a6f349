"""A card connection that passes everything through to a real one, and shows the test each APDU first.

Tests count the APDUs of a read, note when a file is selected, or restart pcscd before a given APDU; the
benchmark keeps the APDUs to replay them as its floor. ``before`` sees each APDU before it is sent.
"""

from __future__ import annotations

from collections.abc import Callable

from clerk_app.cardreader.connection import CardConnection


class PassThrough:
    """Hands every call to ``inner``; ``sent`` keeps a copy of each APDU, in order."""

    def __init__(self, inner: CardConnection, before: Callable[[bytes], None] = lambda _apdu: None) -> None:
        self.inner = inner
        self.before = before
        self.sent: list[bytes] = []

    @property
    def atr(self) -> bytes:
        return self.inner.atr

    def transmit(self, apdu: bytes) -> tuple[bytes, int]:
        self.before(apdu)
        self.sent.append(apdu)
        return self.inner.transmit(apdu)

    def begin_transaction(self) -> None:
        self.inner.begin_transaction()

    def end_transaction(self) -> None:
        self.inner.end_transaction()

    def close(self) -> None:
        self.inner.close()
