"""PC/SC readers through pyscard: the only module that imports it.

Uses pyscard's thin ``smartcard.scard`` layer, so every PC/SC return code is seen and converted here into
the :class:`~clerk_app.errors.CardError` tree (eid-card.md §8, ecosystem.md §1.4). Each connection and each
watcher owns its own PC/SC context: a context is not shared between threads, and a context that died with
pcscd is simply replaced by the next call.

Connections use T=0 (both Belpic generations are T=0 only) in shared mode, and leave the card powered on
disconnect so other programs on the workstation keep working.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from smartcard import scard

from clerk_app.cardreader.connection import ReaderSnapshot
from clerk_app.errors import (
    CardBusy,
    CardCommunicationError,
    CardError,
    CardRemoved,
    NoCard,
    NoReader,
    NotAnEidCard,
    ReaderServiceUnavailable,
)
from clerk_app.translatable import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

#: pcsc-lite's pseudo reader that changes state when a reader is plugged in or out.
PNP_NOTIFICATION = "\\\\?PnP?\\Notification"
#: How long a failed transmit waits for PC/SC to notice a pulled card (pcscd polls some drivers at 400 ms).
REMOVAL_GRACE_SECONDS = 1.0

_MASK = 0xFFFFFFFF
_SERVICE_GONE = {
    scard.SCARD_E_NO_SERVICE & _MASK,
    scard.SCARD_E_SERVICE_STOPPED & _MASK,
    scard.SCARD_F_COMM_ERROR & _MASK,
}
_NO_READER = {
    scard.SCARD_E_NO_READERS_AVAILABLE & _MASK,
    scard.SCARD_E_UNKNOWN_READER & _MASK,
    scard.SCARD_E_READER_UNAVAILABLE & _MASK,
}
_MAYBE_REMOVED = {
    scard.SCARD_W_REMOVED_CARD & _MASK,
    scard.SCARD_E_NOT_TRANSACTED & _MASK,
    scard.SCARD_E_COMM_DATA_LOST & _MASK,
    scard.SCARD_E_NO_SMARTCARD & _MASK,
}
_TIMEOUT = scard.SCARD_E_TIMEOUT & _MASK


def _code(hresult: int) -> int:
    return hresult & _MASK


def _error(hresult: int, during: str) -> CardError:
    """The clerk-level error for a PC/SC failure outside a card read (context, listing, connecting)."""
    code = _code(hresult)
    detail = f"{during}: PC/SC {code:08X}"
    if code in _SERVICE_GONE:
        return ReaderServiceUnavailable(detail)
    if code in _NO_READER:
        return NoReader(detail)
    if code in (scard.SCARD_E_NO_SMARTCARD & _MASK, scard.SCARD_W_REMOVED_CARD & _MASK):
        return NoCard(detail)
    if code == scard.SCARD_E_SHARING_VIOLATION & _MASK:
        return CardBusy(detail)
    if code == scard.SCARD_E_PROTO_MISMATCH & _MASK:
        return NotAnEidCard(detail)  # eID cards speak T=0; this card does not
    if code == scard.SCARD_W_RESET_CARD & _MASK:
        return CardCommunicationError(
            detail, problem=QT_TRANSLATE_NOOP("errors", "another program reset the card")
        )
    if code in (scard.SCARD_W_UNRESPONSIVE_CARD & _MASK, scard.SCARD_W_UNPOWERED_CARD & _MASK):
        return CardCommunicationError(
            detail, problem=QT_TRANSLATE_NOOP("errors", "the card does not respond")
        )
    return CardCommunicationError(
        detail, problem=QT_TRANSLATE_NOOP("errors", "PC/SC error {code}"), code=f"{code:08X}"
    )


def _establish() -> Any:
    hresult, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
    if _code(hresult) != 0:
        raise _error(hresult, "establishing a PC/SC context")
    return context


def _release(context: Any) -> None:
    hresult = scard.SCardReleaseContext(context)
    if _code(hresult) != 0:
        log.debug("releasing a PC/SC context failed: %08X", _code(hresult))


def _list_readers(context: Any) -> list[str]:
    hresult, readers = scard.SCardListReaders(context, [])
    code = _code(hresult)
    if code == scard.SCARD_E_NO_READERS_AVAILABLE & _MASK:
        return []
    if code != 0:
        raise _error(hresult, "listing readers")
    return list(readers)


class PcscConnection:
    """A shared T=0 connection to the card in one PC/SC reader."""

    def __init__(self, reader: str) -> None:
        self.reader = reader
        self._context = _establish()
        try:
            hresult, self._card, _protocol = scard.SCardConnect(
                self._context, reader, scard.SCARD_SHARE_SHARED, scard.SCARD_PROTOCOL_T0
            )
            if _code(hresult) != 0:
                raise _error(hresult, "connecting")
        except BaseException:
            _release(self._context)
            raise
        self._atr: bytes | None = None
        self._closed = False

    @property
    def atr(self) -> bytes:
        """Asked from PC/SC on first use: a read does not need it."""
        if self._atr is None:
            code, _state, atr = self._status()
            if code != 0:
                raise self._read_error(code, "card status")
            self._atr = atr
        return self._atr

    def transmit(self, apdu: bytes) -> tuple[bytes, int]:
        hresult, response = scard.SCardTransmit(self._card, scard.SCARD_PCI_T0, list(apdu))
        if _code(hresult) != 0:
            raise self._read_error(hresult, "transmit")
        if len(response) < 2:
            # vpcd answers so when its card goes away mid-command; a real reader may do the same.
            if self._card_gone():
                raise CardRemoved("transmit: the card left during the command")
            raise CardCommunicationError(
                "response without status word", problem=QT_TRANSLATE_NOOP("errors", "an incomplete answer")
            )
        return bytes(response[:-2]), (response[-2] << 8) | response[-1]

    def begin_transaction(self) -> None:
        hresult = scard.SCardBeginTransaction(self._card)
        if _code(hresult) != 0:
            raise self._read_error(hresult, "begin transaction")

    def end_transaction(self) -> None:
        hresult = scard.SCardEndTransaction(self._card, scard.SCARD_LEAVE_CARD)
        if _code(hresult) != 0:
            raise self._read_error(hresult, "end transaction")

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        hresult = scard.SCardDisconnect(self._card, scard.SCARD_LEAVE_CARD)
        if _code(hresult) != 0:
            log.debug("disconnect failed: %08X", _code(hresult))
        _release(self._context)

    def _read_error(self, hresult: int, during: str) -> CardError:
        """A failure during a read: a pulled card says "removed", a mute one "does not answer"."""
        code = _code(hresult)
        if code in _MAYBE_REMOVED and (code == scard.SCARD_W_REMOVED_CARD & _MASK or self._card_gone()):
            return CardRemoved(f"{during}: PC/SC {code:08X}")
        if code in _MAYBE_REMOVED:
            return CardCommunicationError(
                f"{during}: PC/SC {code:08X}",
                problem=QT_TRANSLATE_NOOP("errors", "the card stopped answering"),
            )
        return _error(hresult, during)

    def _status(self) -> tuple[int, int, bytes]:
        hresult, _reader, state, _protocol, atr = scard.SCardStatus(self._card)
        return _code(hresult), state, bytes(atr)

    def _card_gone(self) -> bool:
        """Whether the card of this connection left the reader; waits a moment for PC/SC to notice.

        The handle's own status says "removed" once PC/SC saw the card go, even if another card was put in
        since; until then, wait for the reader's state to change.
        """
        deadline = time.monotonic() + REMOVAL_GRACE_SECONDS
        known = scard.SCARD_STATE_UNAWARE
        while True:
            code, _state, _atr = self._status()
            if code == scard.SCARD_W_REMOVED_CARD & _MASK or code in _NO_READER:
                return True
            timeout_ms = int((deadline - time.monotonic()) * 1000)
            if code != 0 or timeout_ms <= 0:
                return False
            hresult, states = scard.SCardGetStatusChange(self._context, timeout_ms, [(self.reader, known)])
            if _code(hresult) not in (0, _TIMEOUT) or not states:
                return False
            known = states[0][1] & ~scard.SCARD_STATE_CHANGED


class PcscWatcher:
    """Blocks in ``SCardGetStatusChange`` on every reader plus the plug-and-play pseudo reader."""

    def __init__(self) -> None:
        self._context = _establish()
        self._states: dict[str, int] = {}
        self._atrs: dict[str, bytes | None] = {}
        self._fresh = True

    def poll(self, timeout: float) -> ReaderSnapshot:
        if self._fresh:
            self._fresh = False
            self._refresh()
            return dict(self._atrs)
        request = [(reader, state) for reader, state in self._states.items()]
        hresult, states = scard.SCardGetStatusChange(self._context, max(0, int(timeout * 1000)), request)
        code = _code(hresult)
        if code == _TIMEOUT:
            return dict(self._atrs)
        if code in _NO_READER:
            self._refresh()  # a reader left between two calls
            return dict(self._atrs)
        if code != 0:
            raise _error(hresult, "waiting for reader events")
        if any(
            reader == PNP_NOTIFICATION and event & scard.SCARD_STATE_CHANGED for reader, event, _ in states
        ):
            self._refresh()
        else:
            self._store(states)
        return dict(self._atrs)

    def close(self) -> None:
        _release(self._context)

    def _refresh(self) -> None:
        readers = _list_readers(self._context)
        request = [(reader, scard.SCARD_STATE_UNAWARE) for reader in [*readers, PNP_NOTIFICATION]]
        hresult, states = scard.SCardGetStatusChange(self._context, 0, request)
        if _code(hresult) not in (0, _TIMEOUT):
            raise _error(hresult, "reading reader states")
        self._states.clear()
        self._atrs.clear()
        self._store(states)

    def _store(self, states: list[tuple[str, int, list[int]]]) -> None:
        for reader, event, atr in states:
            self._states[reader] = event & ~scard.SCARD_STATE_CHANGED
            if reader == PNP_NOTIFICATION:
                continue
            present = bool(event & scard.SCARD_STATE_PRESENT) and not event & scard.SCARD_STATE_EMPTY
            self._atrs[reader] = bytes(atr) if present else None


class PcscBackend:
    """The PC/SC readers of this computer (pcscd on Linux, the smart-card service on Windows)."""

    def list_readers(self) -> list[str]:
        context = _establish()
        try:
            return _list_readers(context)
        finally:
            _release(context)

    def connect(self, reader: str) -> PcscConnection:
        return PcscConnection(reader)

    def open_watcher(self) -> PcscWatcher:
        return PcscWatcher()
