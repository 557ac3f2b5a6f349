"""Simulated smart cards that answer APDUs the way the Belpic applet does (eid-card.md §1–§2).

A :class:`BelpicCard` holds the eID file system (MF 3F00, DF00 with the certificates, DF01 with the identity
files) and answers SELECT by AID, by FID and by absolute path, READ BINARY with ``6Cxx`` for a too-long Le and
``6B00`` past the end, GET CARD DATA for applet 1.7 or 1.8, and ``6A82`` for a missing file. A
:class:`ForeignCard` is some other card (a bank or loyalty card) that knows none of it.

Cards only compute answers; whoever holds them (the in-process backend, the vpcd bridge) moves bytes. A card
set to be pulled out after N APDUs raises :class:`CardPulledOut` instead of answering APDU N+1, and its
holder then takes it out of the reader.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

from clerk_app.cardreader.apdu import SW, FilePath
from clerk_app.cardreader.beid import APPLET_AID

MF = 0x3F00
#: AIDs of the two PKCS#15 DFs (eid-card.md §1).
DF_AIDS: dict[bytes, FilePath] = {
    bytes.fromhex("A000000177504B43532D3135"): (MF, 0xDF00),
    bytes.fromhex("A000000177496446696C6573"): (MF, 0xDF01),
}


class Applet(StrEnum):
    """The two applet generations in use: 1.7 signs with RSA, 1.8 with ECDSA P-384."""

    V1_7 = "1.7"
    V1_8 = "1.8"


#: ATRs of real cards of each generation (eid-card.md §7).
ATRS: dict[Applet, bytes] = {
    Applet.V1_7: bytes.fromhex("3B9813400AA503010101AD1311"),
    Applet.V1_8: bytes.fromhex("3B7F96000080318065B0850401 20120FFF829000".replace(" ", "")),
}


class CardPulledOut(Exception):
    """The card left the reader instead of answering; only card holders see this."""


class SimulatedCard(Protocol):
    name: str

    @property
    def atr(self) -> bytes: ...

    def power_on(self) -> None:
        """Cold or warm reset: the card forgets its current file and counts APDUs from zero."""
        ...

    def process(self, apdu: bytes) -> bytes:
        """The response APDU (data followed by the two status bytes) to one command APDU."""
        ...


def _sw(sw: int, data: bytes = b"") -> bytes:
    return data + sw.to_bytes(2, "big")


@dataclass(frozen=True)
class _Command:
    cla: int
    ins: int
    p1: int
    p2: int
    data: bytes
    le: int | None  # None: the command expects no data back; 256 for Le=00


def _parse(apdu: bytes) -> _Command | None:
    """Short APDUs only, as both Belpic generations use (cases 1 to 4)."""
    if len(apdu) < 4:
        return None
    cla, ins, p1, p2 = apdu[:4]
    body = apdu[4:]
    if not body:
        return _Command(cla, ins, p1, p2, b"", None)
    if len(body) == 1:
        return _Command(cla, ins, p1, p2, b"", body[0] or 256)
    lc = body[0]
    if lc == 0:
        return None
    if len(body) == 1 + lc:
        return _Command(cla, ins, p1, p2, body[1:], None)
    if len(body) == 2 + lc:
        return _Command(cla, ins, p1, p2, body[1:-1], body[-1] or 256)
    return None


def _receive(card: BelpicCard | ForeignCard, apdu: bytes) -> _Command | None:
    """Count the APDU, leave the reader instead of answering once past ``pull_after``, and parse it."""
    card.apdu_count += 1
    if card.pull_after is not None and card.apdu_count > card.pull_after:
        raise CardPulledOut(card.name)
    return _parse(apdu)


@dataclass
class BelpicCard:
    """An eID or electronic residence card as the applet shows it over APDUs.

    ``files`` maps absolute paths such as ``(0x3F00, 0xDF01, 0x4031)`` to their contents. ``pull_after``
    takes the card out instead of answering APDU ``pull_after + 1`` after each power-on.
    ``path_select`` False makes it refuse SELECT by path with ``6A86``, like the readers that made eid-mw
    select FID by FID.
    """

    name: str
    applet: Applet
    files: Mapping[FilePath, bytes]
    chip_serial: bytes = bytes(16)
    pull_after: int | None = None
    path_select: bool = True
    apdu_count: int = field(default=0, init=False)
    _current: FilePath = field(default=(MF,), init=False)

    @property
    def atr(self) -> bytes:
        return ATRS[self.applet]

    def power_on(self) -> None:
        self.apdu_count = 0
        self._current = (MF,)  # the Belpic applet is default-selected, the MF is current

    def process(self, apdu: bytes) -> bytes:
        command = _receive(self, apdu)
        if command is None:
            return _sw(SW.WRONG_LENGTH)
        if command.cla == 0x00:
            if command.ins == 0xA4:
                return self._select(command)
            if command.ins == 0xB0:
                return self._read_binary(command)
            if command.ins == 0xC0:
                return _sw(SW.CONDITIONS_NOT_SATISFIED)  # nothing is waiting for GET RESPONSE
            return _sw(SW.INS_NOT_SUPPORTED)
        if command.cla == 0x80:
            if command.ins == 0xE4:
                return self._get_card_data(command)
            return _sw(SW.INS_NOT_SUPPORTED)
        return _sw(SW.CLA_NOT_SUPPORTED)

    # SELECT ---------------------------------------------------------------------------------------

    def _select(self, command: _Command) -> bytes:
        if command.p1 == 0x04:
            if command.p2 not in (0x00, 0x0C):
                return _sw(SW.WRONG_P1_P2)
            if command.data == APPLET_AID:
                self._current = (MF,)
                return _sw(SW.OK)
            target = DF_AIDS.get(command.data)
            if target is None:
                return _sw(SW.FILE_NOT_FOUND)
            self._current = target
            return _sw(SW.OK)
        if command.p2 != 0x0C:
            return _sw(SW.WRONG_P1_P2)
        if command.p1 == 0x02:
            if len(command.data) != 2:
                return _sw(SW.LC_INCONSISTENT)
            return self._select_fid(int.from_bytes(command.data, "big"))
        if command.p1 == 0x08:
            if not self.path_select:
                return _sw(SW.WRONG_P1_P2)
            if len(command.data) % 2:
                return _sw(SW.LC_INCONSISTENT)
            fids = tuple(
                int.from_bytes(command.data[i : i + 2], "big") for i in range(0, len(command.data), 2)
            )
            path = fids if fids[0] == MF else (MF, *fids)  # the manual leaves 3F00 out; cards take both
            return self._go(path)
        return _sw(SW.WRONG_P1_P2)

    def _select_fid(self, fid: int) -> bytes:
        if fid == MF:
            return self._go((MF,))
        directory = self._current if self._is_directory(self._current) else self._current[:-1]
        return self._go((*directory, fid))

    def _go(self, path: FilePath) -> bytes:
        if self._is_directory(path) or path in self.files:
            self._current = path
            return _sw(SW.OK)
        return _sw(SW.FILE_NOT_FOUND)

    def _is_directory(self, path: FilePath) -> bool:
        return path == (MF,) or path in DF_AIDS.values()

    # READ BINARY / GET CARD DATA ------------------------------------------------------------------

    def _read_binary(self, command: _Command) -> bytes:
        if command.data or command.le is None:
            return _sw(SW.WRONG_LENGTH)
        content = self.files.get(self._current)
        if content is None:
            return _sw(SW.COMMAND_NOT_ALLOWED)  # no current EF
        if command.p1 & 0x80:
            return _sw(SW.OFFSET_OUTSIDE_EF)
        offset = (command.p1 << 8) | command.p2
        if offset >= len(content):
            return _sw(SW.OFFSET_OUTSIDE_EF)
        remaining = len(content) - offset
        if command.le > remaining:
            return _sw(0x6C00 | remaining)
        return _sw(SW.OK, content[offset : offset + command.le])

    def _get_card_data(self, command: _Command) -> bytes:
        if command.p1 != 0x00 or command.p2 not in ((0x00,) if self.applet is Applet.V1_7 else (0x00, 0x01)):
            return _sw(SW.WRONG_P1_P2)
        data = self._card_data(with_pin_status=command.p2 == 0x01)
        if command.le != len(data):
            return _sw(0x6C00 | len(data))
        return _sw(SW.OK, data)

    def _card_data(self, *, with_pin_status: bool) -> bytes:
        """GET CARD DATA layout (eid-card.md §2.2); the chip-dependent bytes are plausible constants."""
        if self.applet is Applet.V1_7:
            tail = bytes([0x17, 0x00, 0x03, 0x00, 0x21, 0x01, 0x0F])
        else:
            tail = bytes([0x18, 0x00, 0x01, 0x00, 0x00, 0x02, 0x0F])
        data = self.chip_serial + bytes([0x01, 0x02, 0x03, 0x04, 0x05]) + tail
        if with_pin_status:
            data += bytes([0x03, 0xFF, 0xFF])
        return data


@dataclass
class ForeignCard:
    """A card that is no eID (a bank or loyalty card): it knows neither the applet nor the files."""

    name: str
    atr: bytes = bytes.fromhex("3B021450")
    pull_after: int | None = None
    apdu_count: int = field(default=0, init=False)

    def power_on(self) -> None:
        self.apdu_count = 0

    def process(self, apdu: bytes) -> bytes:
        command = _receive(self, apdu)
        if command is None:
            return _sw(SW.WRONG_LENGTH)
        if command.cla != 0x00:
            return _sw(SW.CLA_NOT_SUPPORTED)
        if command.ins == 0xA4:
            return _sw(SW.FILE_NOT_FOUND)
        return _sw(SW.INS_NOT_SUPPORTED)
