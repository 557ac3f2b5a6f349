"""The simulated card answers APDUs as the applet does; the in-process backend behaves like PC/SC."""

from __future__ import annotations

import datetime as dt
import threading

import pytest

from clerk_app.cardreader.beid import APPLET_AID, IDENTITY, PHOTO
from clerk_app.cardreader.simulated import backend as simulated_backend
from clerk_app.cardreader.simulated.backend import DEFAULT_READER, SimulatedBackend
from clerk_app.cardreader.simulated.card import ATRS, Applet, BelpicCard, CardPulledOut, ForeignCard
from clerk_app.cardreader.simulated.training_cards import build_card
from clerk_app.errors import CardBusy, CardRemoved, NoCard, NoReader

TODAY = dt.date(2026, 11, 29)
FILE = bytes(range(256)) * 2 + b"tail"  # 516 bytes


def card(
    applet: Applet = Applet.V1_8,
    *,
    chip_serial: bytes = bytes(16),
    pull_after: int | None = None,
    path_select: bool = True,
) -> BelpicCard:
    files = {IDENTITY: FILE, PHOTO: b"\xff\xd8photo"}
    made = BelpicCard("test", applet, files, chip_serial, pull_after=pull_after, path_select=path_select)
    made.power_on()
    return made


def ask(target: BelpicCard | ForeignCard, apdu_hex: str) -> str:
    return target.process(bytes.fromhex(apdu_hex.replace(" ", ""))).hex().upper()


def test_select_by_path_with_and_without_the_mf() -> None:
    target = card()
    assert ask(target, "00 A4 08 0C 06 3F00 DF01 4031") == "9000"
    assert ask(target, "00 A4 08 0C 04 DF01 4035") == "9000"
    assert ask(target, "00 B0 0000 02") == "FFD89000"
    assert ask(target, "00 A4 08 0C 06 3F00 DF01 4033") == "6A82"


def test_select_fid_by_fid_and_by_aid() -> None:
    target = card()
    assert ask(target, "00 A4 02 0C 02 4031") == "6A82"  # the MF is current: 4031 is not its child
    for fid in ("3F00", "DF01", "4031"):
        assert ask(target, f"00 A4 02 0C 02 {fid}") == "9000"
    assert ask(target, "00 A4 02 0C 02 4035") == "9000"  # DF01 stays the current DF
    assert ask(target, "00 A4 02 0C 02 4040") == "6A82"
    assert ask(target, "00 A4 04 0C 0C A000000177496446696C6573") == "9000"  # the ID DF by AID
    assert ask(target, "00 A4 02 0C 02 4031") == "9000"
    assert ask(target, "00 A4 04 0C 0F " + APPLET_AID.hex()) == "9000"
    assert ask(target, "00 A4 04 00 0F " + APPLET_AID.hex()) == "9000"
    assert ask(target, "00 A4 04 0C 05 A000000001") == "6A82"


@pytest.mark.parametrize(
    ("apdu", "answer"),
    [
        ("00 A4 08 00 06 3F00DF014031", "6A86"),  # FCI asked: not supported
        ("00 A4 02 0C 03 3F0000", "6A87"),
        ("00 A4 08 0C 03 3F00DF", "6A87"),
        ("00 A4 09 0C 02 3F00", "6A86"),
        ("00 A4 02 0C 05 3F00", "6700"),  # Lc and data disagree
        ("00 CA 00 00 00", "6D00"),
        ("90 A4 02 0C 02 3F00", "6E00"),
        ("80 CA 00 00 00", "6D00"),
        ("00 C0 00 00 10", "6985"),
        ("00", "6700"),
    ],
)
def test_odd_commands_get_the_applets_status_words(apdu: str, answer: str) -> None:
    assert ask(card(), apdu) == answer


def test_read_binary_6cxx_6b00_and_offsets() -> None:
    target = card()
    assert ask(target, "00 B0 0000 10") == "6986"  # no current EF yet
    ask(target, "00 A4 08 0C 06 3F00DF014031")
    assert ask(target, "00 B0 0000 00") == FILE[:256].hex().upper() + "9000"
    assert ask(target, "00 B0 0200 00") == "6C04"  # 4 bytes left at 512
    assert ask(target, "00 B0 0200 04") == b"tail".hex().upper() + "9000"
    assert ask(target, "00 B0 0204 01") == "6B00"
    assert ask(target, "00 B0 8000 01") == "6B00"  # P1 bit 8 is not an offset
    assert ask(target, "00 B0 0000 01 02") == "6700"


@pytest.mark.parametrize(
    ("applet", "p2", "le", "answer_length", "sw"),
    [
        (Applet.V1_7, "00", "1C", 28, "9000"),
        (Applet.V1_7, "00", "00", 0, "6C1C"),
        (Applet.V1_7, "01", "1F", 0, "6A86"),  # 1.7 knows only P2=00
        (Applet.V1_8, "00", "1C", 28, "9000"),
        (Applet.V1_8, "01", "1F", 31, "9000"),
        (Applet.V1_8, "01", "1C", 0, "6C1F"),
    ],
)
def test_get_card_data(applet: Applet, p2: str, le: str, answer_length: int, sw: str) -> None:
    answer = bytes.fromhex(ask(card(applet, chip_serial=b"S" * 16), f"80 E4 00 {p2} {le}"))
    assert answer[-2:].hex().upper() == sw
    data = answer[:-2]
    assert len(data) == answer_length
    if data:
        assert data[:16] == b"S" * 16
        assert data[21] == (0x17 if applet is Applet.V1_7 else 0x18)
        assert data[27] == 0x0F  # personalised


def test_atrs_of_both_generations() -> None:
    assert card(Applet.V1_7).atr.hex().upper() == "3B9813400AA503010101AD1311"
    assert card(Applet.V1_8).atr == ATRS[Applet.V1_8]


def test_pull_after_counts_from_power_on() -> None:
    target = card(pull_after=2)
    ask(target, "00 A4 02 0C 02 3F00")
    ask(target, "00 A4 02 0C 02 DF01")
    with pytest.raises(CardPulledOut):
        ask(target, "00 A4 02 0C 02 4031")
    target.power_on()
    assert ask(target, "00 A4 02 0C 02 3F00") == "9000"


def test_refusing_path_select() -> None:
    assert ask(card(path_select=False), "00 A4 08 0C 06 3F00DF014031") == "6A86"


def test_a_foreign_card_knows_nothing() -> None:
    foreign = ForeignCard("bank")
    foreign.power_on()
    assert ask(foreign, "00 A4 04 0C 0F " + APPLET_AID.hex()) == "6A82"
    assert ask(foreign, "80 E4 00 00 1C") == "6E00"
    assert ask(foreign, "00 B0 0000 00") == "6D00"


# The in-process backend --------------------------------------------------------------------------------


def test_backend_reports_empty_readers_unknown_readers_and_removed_cards() -> None:
    backend = SimulatedBackend()
    assert backend.list_readers() == [DEFAULT_READER]
    with pytest.raises(NoCard):
        backend.connect(DEFAULT_READER)
    with pytest.raises(NoReader):
        backend.connect("Somewhere else")
    backend.insert(build_card("adult", today=TODAY))
    connection = backend.connect(DEFAULT_READER)
    assert connection.atr == ATRS[Applet.V1_8]
    assert connection.transmit(bytes.fromhex("00A4020C023F00")) == (b"", 0x9000)
    backend.remove()
    with pytest.raises(CardRemoved):
        connection.transmit(bytes.fromhex("00A4020C023F00"))


def test_a_swapped_card_fails_the_old_connection() -> None:
    backend = SimulatedBackend()
    backend.insert(build_card("adult", today=TODAY))
    connection = backend.connect(DEFAULT_READER)
    backend.insert(build_card("expired", today=TODAY))
    with pytest.raises(CardRemoved):
        connection.transmit(bytes.fromhex("00A4020C023F00"))


def test_a_card_that_pulls_itself_out_leaves_the_reader() -> None:
    backend = SimulatedBackend(["A", "B"])
    backend.insert(build_card("pulled-after-1", today=TODAY), "B")
    connection = backend.connect("B")
    connection.transmit(bytes.fromhex("00A4020C023F00"))
    with pytest.raises(CardRemoved):
        connection.transmit(bytes.fromhex("00A4020C023F00"))
    assert backend.card_in("B") is None


def test_transactions_keep_a_second_connection_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(simulated_backend, "TRANSACTION_WAIT_SECONDS", 0.05)
    backend = SimulatedBackend()
    backend.insert(build_card("adult", today=TODAY))
    first, second = backend.connect(DEFAULT_READER), backend.connect(DEFAULT_READER)
    first.begin_transaction()
    with pytest.raises(CardBusy):
        second.begin_transaction()
    first.end_transaction()
    second.begin_transaction()
    second.close()  # closing ends its transaction
    first.begin_transaction()
    first.close()


def test_watchers_wake_up_on_insert_and_remove() -> None:
    backend = SimulatedBackend()
    watcher = backend.open_watcher()
    assert watcher.poll(5) == {DEFAULT_READER: None}  # the first poll answers at once
    adult = build_card("adult", today=TODAY)
    timer = threading.Timer(0.05, backend.insert, args=(adult,))
    timer.start()
    assert watcher.poll(5) == {DEFAULT_READER: adult.atr}
    timer.join()
    assert watcher.poll(0.01) == {DEFAULT_READER: adult.atr}  # nothing changed: the same after the timeout
    backend.remove()
    assert watcher.poll(5) == {DEFAULT_READER: None}
    watcher.close()


def test_backend_needs_unique_reader_names() -> None:
    with pytest.raises(ValueError, match="unique"):
        SimulatedBackend(["A", "A"])
