"""The support commands against pcscd: ``card readers``, ``card read`` and ``card simulate`` end to end."""

from __future__ import annotations

import datetime as dt
import json
import os
import queue
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from clerk_app.__main__ import main
from clerk_app.cardreader.simulated.card import ATRS, Applet
from clerk_app.cardreader.simulated.training_cards import build_card
from tests.support.pcsc_stack import VirtualReader

pytestmark = pytest.mark.realstack


@pytest.fixture(autouse=True)
def own_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLERK_APP_HOME", str(tmp_path / "home"))


def test_readers_lists_the_card(vpcd_reader: VirtualReader, capsys: pytest.CaptureFixture[str]) -> None:
    vpcd_reader.insert(build_card("adult", applet=Applet.V1_7))
    assert main(["card", "readers"]) == 0
    out = capsys.readouterr().out
    assert f"{vpcd_reader.name}: card present (ATR 3B 98 13 40 0A A5 03 01 01 01 AD 13 11)" in out
    assert "Virtual PCD 00 01: no card" in out  # the second vpcd reader stays empty
    assert main(["--training", "card", "readers", "--json"]) == 0
    rows = {row["reader"]: row for row in json.loads(capsys.readouterr().out)["readers"]}
    assert rows["Training card reader"] == {"reader": "Training card reader", "card": False, "atr": None}
    assert rows[vpcd_reader.name]["atr"] == ATRS[Applet.V1_7].hex().upper()


def test_read_in_training_is_authentic_and_masked(
    vpcd_reader: VirtualReader, capsys: pytest.CaptureFixture[str]
) -> None:
    vpcd_reader.insert(build_card("residence-eu-plus"))
    assert main(["--training", "card", "read", "--json"]) == 0  # picks the first reader with a card
    report = json.loads(capsys.readouterr().out)
    assert report["reader"] == vpcd_reader.name
    assert report["applet_version"] == "1.8"
    assert report["apdu_count"] > 10
    assert report["authenticity"]["verdict"] == "authentic"
    assert report["identity"]["card_type"]["code"] == 32
    assert report["identity"]["national_number"].startswith("**.**.**-***.")
    assert report["photo"]["jpeg"] is True


def test_a_training_card_is_not_authentic_in_production(
    vpcd_reader: VirtualReader, capsys: pytest.CaptureFixture[str]
) -> None:
    vpcd_reader.insert(build_card("adult"))
    assert main(["card", "read", "--reader", vpcd_reader.name]) == 0
    out = capsys.readouterr().out
    assert "Authenticity:    not_authentic (root_not_trusted)" in out


def test_read_traffic_log_has_no_file_data(
    vpcd_reader: VirtualReader, capsys: pytest.CaptureFixture[str]
) -> None:
    card = build_card("adult", today=dt.date(2026, 11, 29))
    vpcd_reader.insert(card)
    assert main(["--training", "card", "read", "--traffic", "--reader", vpcd_reader.name]) == 0
    err = capsys.readouterr().err
    assert "TRAFFIC > 00 A4 08 0C" in err
    assert "TRAFFIC < 0 bytes 9000 OK" in err
    for secret in ("SPECIMEN", "Oefenkaart", b"SPECIMEN".hex(), "53 50 45 43"):
        assert secret not in err


def test_read_an_empty_reader(vpcd_reader: VirtualReader, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["card", "read", "--reader", vpcd_reader.name]) == 1
    assert "No card" in capsys.readouterr().err
    assert main(["card", "read"]) == 1  # no reader holds a card


def test_simulate_puts_a_card_in_and_takes_it_out(
    vpcd_reader: VirtualReader, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    env = {**os.environ, "CLERK_APP_HOME": str(tmp_path / "home")}
    command = [sys.executable, "-m", "clerk_app", "card", "simulate", "--card", "child-11", "--applet", "1.7"]
    command += ["--port", str(vpcd_reader.port)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    lines: queue.Queue[str] = queue.Queue()
    assert process.stdout is not None
    threading.Thread(target=lambda: [lines.put(line) for line in process.stdout], daemon=True).start()  # type: ignore[union-attr]
    try:
        first = lines.get(timeout=15)
        assert first.startswith("Card 'child-11' (applet 1.7) is in ")
        assert first.endswith(". Ctrl+C takes it out.\n")
        vpcd_reader.wait_for(ATRS[Applet.V1_7])
        assert main(["--training", "card", "read", "--json", "--reader", vpcd_reader.name]) == 0
        report = json.loads(capsys.readouterr().out)
        assert (report["applet_version"], report["identity"]["card_type"]["code"]) == ("1.7", 6)
        assert report["authenticity"]["verdict"] == "authentic"
    finally:
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=10) == 0
    assert lines.get(timeout=5) == "Card taken out.\n"
    vpcd_reader.wait_for(None)
