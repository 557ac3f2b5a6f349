"""The APDU layer of the Belpic applet: status words, SELECT with its fallback, and reading whole files.

It hides what differs between cards and readers (eid-card.md §2): ``61xx`` answered with GET RESPONSE,
``6Cxx`` re-sent with the exact length, ``6B00`` and short reads as end of file, and SELECT by absolute
path (``00 A4 08 0C``) falling back to FID-by-FID SELECTs when a reader or card refuses the path form.

Traffic is logged only at :data:`TRAFFIC` (below DEBUG, opt-in), and only headers, lengths and status
words: never the bytes of a file, which hold personal data.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import IntEnum

from clerk_app.cardreader.connection import CardConnection
from clerk_app.errors import CardCommunicationError, CardDataError
from clerk_app.translatable import QT_TRANSLATE_NOOP

#: Log level for APDU traffic; below DEBUG so turning on debug logs never shows it.
TRAFFIC = 5
logging.addLevelName(TRAFFIC, "TRAFFIC")
log = logging.getLogger(__name__)

#: Largest short-APDU response: READ BINARY with Le=00 asks for 256 bytes.
MAX_CHUNK = 256
#: READ BINARY offsets are 15 bits (eid-card.md §2.4).
MAX_FILE_SIZE = 0x7FFF

FilePath = tuple[int, ...]  # e.g. (0x3F00, 0xDF01, 0x4031)


class SW(IntEnum):
    """Status words of the Belpic applet (eid-card.md §2.7); ``61xx`` and ``6Cxx`` are families."""

    OK = 0x9000
    END_OF_FILE_BEFORE_LE = 0x6282
    FILE_NOT_ACTIVATED = 0x6283
    NO_PRECISE_DIAGNOSIS = 0x6400
    EEPROM_CORRUPTED = 0x6581
    WRONG_LENGTH = 0x6700
    WRONG_CLASS_CHANNEL = 0x6881
    NOT_STRUCTURED_EF = 0x6981
    SECURITY_STATUS_NOT_SATISFIED = 0x6982
    CONDITIONS_NOT_SATISFIED = 0x6985
    COMMAND_NOT_ALLOWED = 0x6986
    FORBIDDEN_CHANNEL = 0x6999
    FILE_NOT_FOUND = 0x6A82
    RECORD_NOT_FOUND = 0x6A83
    WRONG_P1_P2 = 0x6A86
    LC_INCONSISTENT = 0x6A87
    OFFSET_OUTSIDE_EF = 0x6B00
    INS_NOT_SUPPORTED = 0x6D00
    CLA_NOT_SUPPORTED = 0x6E00


def describe(sw: int) -> str:
    """``6A82 FILE_NOT_FOUND``: the hex code and, when known, its name (for error details and logs)."""
    if sw >> 8 == 0x61:
        return f"{sw:04X} MORE_DATA"
    if sw >> 8 == 0x6C:
        return f"{sw:04X} WRONG_LE"
    try:
        return f"{sw:04X} {SW(sw).name}"
    except ValueError:
        return f"{sw:04X}"


#: SELECT answers that mean "try the FID-by-FID chain instead" (eid-card.md §2.3).
_PATH_REFUSED = frozenset({SW.FILE_NOT_FOUND, SW.WRONG_P1_P2, SW.LC_INCONSISTENT})


def select_path(path: FilePath) -> bytes:
    """SELECT by absolute path including 3F00, no FCI (``00 A4 08 0C``)."""
    data = b"".join(fid.to_bytes(2, "big") for fid in path)
    return bytes([0x00, 0xA4, 0x08, 0x0C, len(data)]) + data


def select_fid(fid: int) -> bytes:
    """SELECT one file by its identifier in the current DF (``00 A4 02 0C 02``)."""
    return bytes([0x00, 0xA4, 0x02, 0x0C, 0x02]) + fid.to_bytes(2, "big")


def select_aid(aid: bytes) -> bytes:
    """SELECT an application by AID, no FCI (``00 A4 04 0C``)."""
    return bytes([0x00, 0xA4, 0x04, 0x0C, len(aid)]) + aid


def read_binary(offset: int, length: int) -> bytes:
    """READ BINARY ``length`` (1..256) bytes at ``offset``."""
    if not 0 <= offset <= MAX_FILE_SIZE or not 1 <= length <= MAX_CHUNK:
        raise ValueError("offset or length out of range")
    return bytes([0x00, 0xB0, offset >> 8, offset & 0xFF, length & 0xFF])


def get_response(length: int) -> bytes:
    return bytes([0x00, 0xC0, 0x00, 0x00, length & 0xFF])


def _with_le(apdu: bytes, le: int) -> bytes:
    """The same case-2 command with another Le."""
    return apdu[:4] + bytes([le & 0xFF])


def _is_case_2(apdu: bytes) -> bool:
    """Header plus Le only: a command that expects data back and sends none."""
    return len(apdu) == 5


class ApduChannel:
    """A card connection plus the applet's conventions; counts every APDU it sends.

    One channel serves one read: it remembers when the card or reader refused path SELECTs and then uses
    the FID chain for the rest of the read, and which DF is current so the chain can skip known steps.
    """

    def __init__(self, connection: CardConnection) -> None:
        self._connection = connection
        self.apdu_count = 0
        self._fid_chain = False
        self._current_df: FilePath | None = None

    def transmit(self, apdu: bytes) -> tuple[bytes, int]:
        """Send ``apdu``; follow ``6Cxx`` and ``61xx`` so the caller sees the complete answer."""
        data, sw = self._exchange(apdu)
        rounds = 0
        while sw >> 8 == 0x61:
            rounds += 1
            if rounds > MAX_FILE_SIZE // MAX_CHUNK:
                raise CardCommunicationError(
                    "endless GET RESPONSE", problem=QT_TRANSLATE_NOOP("errors", "endless GET RESPONSE chain")
                )
            more, sw = self._exchange(get_response(sw & 0xFF))
            data += more
        return data, sw

    def _exchange(self, apdu: bytes) -> tuple[bytes, int]:
        data, sw = self._send(apdu)
        if sw >> 8 == 0x6C and _is_case_2(apdu):
            data, sw = self._send(_with_le(apdu, sw & 0xFF))
        return data, sw

    def _send(self, apdu: bytes) -> tuple[bytes, int]:
        self.apdu_count += 1
        if log.isEnabledFor(TRAFFIC):
            log.log(TRAFFIC, "> %s Lc/Le=%d", apdu[:4].hex(" ").upper(), len(apdu) - 4)
        data, sw = self._connection.transmit(apdu)
        if log.isEnabledFor(TRAFFIC):
            log.log(TRAFFIC, "< %d bytes %s", len(data), describe(sw))
        return data, sw

    def select(self, path: FilePath) -> bool:
        """Make ``path`` the current file; False when the card has no such file."""
        if not self._fid_chain:
            _, sw = self.transmit(select_path(path))
            if sw == SW.OK:
                self._current_df = path[:-1]
                return True
            if sw not in _PATH_REFUSED:
                raise CardCommunicationError(
                    f"SELECT path: {describe(sw)}",
                    problem=QT_TRANSLATE_NOOP("errors", "SELECT answered {status}"),
                    status=describe(sw),
                )
        found = self._select_chain(path)
        if found and not self._fid_chain:
            log.debug("path SELECT refused, using FID-by-FID SELECT for the rest of this read")
            self._fid_chain = True
        return found

    def _select_chain(self, path: FilePath) -> bool:
        parent = path[:-1]
        if self._current_df == parent and self._select_one(path[-1]):
            return True
        self._current_df = None
        for depth, fid in enumerate(path):
            if not self._select_one(fid):
                return False
            if depth < len(path) - 1:
                self._current_df = path[: depth + 1]
        return True

    def _select_one(self, fid: int) -> bool:
        _, sw = self.transmit(select_fid(fid))
        if sw == SW.OK:
            return True
        if sw in (SW.FILE_NOT_FOUND, SW.WRONG_P1_P2):
            return False
        raise CardCommunicationError(
            f"SELECT FID: {describe(sw)}",
            problem=QT_TRANSLATE_NOOP("errors", "SELECT answered {status}"),
            status=describe(sw),
        )

    def read_file(
        self,
        path: FilePath,
        *,
        length_from: Callable[[bytes], int | None] | None = None,
        required: bool = True,
    ) -> bytes:
        """Select ``path`` and read it to its end.

        ``length_from`` looks at what was read so far and returns the useful length once it can tell (a
        certificate's DER length, a signature's size), so the padding behind it is never read; a file that
        ends sooner comes back as it is, for the checks to judge. A missing file is a
        :class:`CardDataError` when ``required``, else ``b""``.
        """
        if not self.select(path):
            if required:
                raise CardDataError(
                    f"file {_name(path)} missing",
                    problem=QT_TRANSLATE_NOOP("errors", "file {file} is missing"),
                    file=_name(path),
                )
            return b""
        data = bytearray()
        wanted: int | None = None
        while wanted is None or len(data) < wanted:
            ask = MAX_CHUNK if wanted is None else min(MAX_CHUNK, wanted - len(data))
            if len(data) + ask > MAX_FILE_SIZE:
                raise CardDataError(
                    f"file {_name(path)} too long",
                    problem=QT_TRANSLATE_NOOP("errors", "file {file} is too long"),
                    file=_name(path),
                )
            chunk, sw = self.transmit(read_binary(len(data), ask))
            if sw == SW.OFFSET_OUTSIDE_EF and data:
                break  # the file size was a multiple of the chunk size
            if sw not in (SW.OK, SW.END_OF_FILE_BEFORE_LE):
                raise CardCommunicationError(
                    f"READ BINARY {_name(path)}: {describe(sw)}",
                    problem=QT_TRANSLATE_NOOP("errors", "reading file {file} answered {status}"),
                    file=_name(path),
                    status=describe(sw),
                )
            data += chunk
            if sw == SW.END_OF_FILE_BEFORE_LE or len(chunk) < ask:
                break  # 6Cxx already re-sent, or the reader shortened the answer: end of file
            if wanted is None and length_from is not None:
                wanted = length_from(bytes(data))
        return bytes(data if wanted is None else data[:wanted])


def _name(path: FilePath) -> str:
    return f"{path[-1]:04X}"
