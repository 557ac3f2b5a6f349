"""The vpcd bridge: put a simulated card into pcscd's virtual reader, so it is read through real PC/SC.

vsmartcard's ``vpcd`` driver makes pcscd show a reader ("Virtual PCD 00 00") that listens on
TCP 127.0.0.1:35963 (the second reader, "Virtual PCD 00 01", on 35964). The card side connects to it as a
client; a connected client is an inserted card, a closed connection a removed one. Every message, both ways,
is a 2-byte big-endian length and a payload. A 1-byte payload from vpcd is a control: 0 power off, 1 power on,
2 reset, 4 "send the ATR"; anything longer is a command APDU, answered with the response APDU.

Latency: vpcd writes the length and the payload as separate TCP segments. With Nagle's algorithm and delayed
ACKs on both ends each APDU took ~48 ms here; with ``TCP_NODELAY`` on this socket and ``TCP_QUICKACK``
re-armed after every ``recv`` (Linux clears it again by itself), a round trip through
pyscard -> pcscd -> vpcd -> this bridge took ~0.05-0.2 ms.

The bridge runs one thread per reader. If pcscd goes away (stopped, restarted) the card stays "inserted":
the bridge reconnects until pcscd is back. A card that pulls itself out (``pulled-after-N``) closes the
connection and stays out until inserted again.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import struct
import threading
from collections.abc import Callable

from clerk_app.cardreader.simulated.card import CardPulledOut, SimulatedCard

log = logging.getLogger(__name__)

VPCD_HOST = "127.0.0.1"
VPCD_PORT = 35963
#: The reader pcscd shows for each vpcd port (Debian's /etc/reader.conf.d/vpcd).
VPCD_READERS = {35963: "Virtual PCD 00 00", 35964: "Virtual PCD 00 01"}
RECONNECT_SECONDS = 0.05

_POWER_ON, _RESET, _GET_ATR = 1, 2, 4
_QUICKACK = getattr(socket, "TCP_QUICKACK", None)  # Linux only


class VpcdBridge:
    """``VpcdBridge().insert(card)`` ... ``remove()``; ``close()`` when done."""

    def __init__(self, port: int = VPCD_PORT, host: str = VPCD_HOST) -> None:
        self.host = host
        self.port = port
        self._lock = threading.Condition()
        self._card: SimulatedCard | None = None
        self._socket: socket.socket | None = None
        self._closing = False
        self._connected = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"vpcd-bridge-{port}", daemon=True)
        self._thread.start()

    @property
    def reader(self) -> str | None:
        """The name pcscd gives this bridge's reader with Debian's vpcd configuration (None: another port)."""
        return VPCD_READERS.get(self.port)

    @property
    def card(self) -> SimulatedCard | None:
        with self._lock:
            return self._card

    def insert(self, card: SimulatedCard) -> None:
        """Put ``card`` in the reader (taking out any card that is there)."""
        self.remove()
        with self._lock:
            self._card = card
            self._lock.notify_all()

    def remove(self) -> None:
        """Take the card out; returns once vpcd has seen the connection close."""
        with self._lock:
            self._card = None
            self._drop_socket()
            self._lock.notify_all()
            self._lock.wait_for(lambda: self._socket is None, timeout=5)

    def wait_connected(self, timeout: float) -> bool:
        """Whether the card's connection to vpcd is up within ``timeout`` seconds (pcscd may lag behind)."""
        return self._connected.wait(timeout)

    def wait_out(self, timeout: float | None = None) -> bool:
        """Block until the card is out of the reader (removed, or pulled itself out)."""
        with self._lock:
            return self._lock.wait_for(lambda: self._card is None, timeout)

    def close(self) -> None:
        with self._lock:
            self._closing = True
            self._card = None
            self._drop_socket()
            self._lock.notify_all()
        self._thread.join(timeout=5)

    def _drop_socket(self) -> None:
        if self._socket is not None:
            with contextlib.suppress(OSError):  # already closed by vpcd
                self._socket.shutdown(socket.SHUT_RDWR)

    def _run(self) -> None:
        while True:
            with self._lock:
                self._lock.wait_for(lambda: self._closing or self._card is not None)
                if self._closing:
                    return
                card = self._card
            assert card is not None
            try:
                sock = socket.create_connection((self.host, self.port), timeout=1)
            except OSError:
                with self._lock:  # pcscd not (yet) running: try again unless told otherwise
                    self._lock.wait_for(self._unless(card), RECONNECT_SECONDS)
                continue
            sock.settimeout(None)
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            with self._lock:
                if self._card is not card or self._closing:
                    sock.close()
                    continue
                self._socket = sock
            self._connected.set()
            try:
                pulled = self._serve(sock, card)
            finally:
                self._connected.clear()
                sock.close()
                with self._lock:
                    self._socket = None
                    if pulled and self._card is card:
                        self._card = None
                    self._lock.notify_all()

    def _unless(self, card: SimulatedCard) -> Callable[[], bool]:
        """A wait predicate: the bridge is closing or ``card`` is no longer the inserted one."""
        return lambda: self._closing or self._card is not card

    def _serve(self, sock: socket.socket, card: SimulatedCard) -> bool:
        """Answer vpcd until the connection ends; True when the card pulled itself out."""
        try:
            while True:
                (length,) = struct.unpack(">H", _receive(sock, 2))
                message = _receive(sock, length)
                if length == 1:
                    # Power off needs no action: the next power on or reset starts the card afresh.
                    if message[0] in (_POWER_ON, _RESET):
                        card.power_on()
                    elif message[0] == _GET_ATR:
                        _send(sock, card.atr)
                    continue
                try:
                    response = card.process(message)
                except CardPulledOut:
                    log.debug("simulated card pulled out of the vpcd reader on port %d", self.port)
                    return True
                _send(sock, response)
        except (OSError, EOFError):
            return False  # vpcd closed the connection (pcscd stopped) or remove() shut it down


def _receive(sock: socket.socket, size: int) -> bytes:
    data = bytearray()
    while len(data) < size:
        chunk = sock.recv(size - len(data))
        if _QUICKACK is not None:
            sock.setsockopt(socket.IPPROTO_TCP, _QUICKACK, 1)
        if not chunk:
            raise EOFError
        data += chunk
    return bytes(data)


def _send(sock: socket.socket, payload: bytes) -> None:
    sock.sendall(struct.pack(">H", len(payload)) + payload)
