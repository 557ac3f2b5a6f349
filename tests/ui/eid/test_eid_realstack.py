"""The eID path through the real stack (pyscard -> pcscd -> vpcd -> simulated card), and pcscd going away."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from support.pcsc_stack import PcscStack, VirtualReader

from clerk_app.cardreader.simulated.training_cards import build_card
from clerk_app.config import Profile
from clerk_app.ui.controllers.training_panel import VPCD
from clerk_app.ui.reader_state import ReaderState
from ui.eid.conftest import CounterApp
from ui.eid.support import TODAY, card_secrets
from ui.support import leaking_widgets

pytestmark = pytest.mark.realstack

StartCounter = Callable[..., CounterApp]


def test_adult_eid_is_read_through_pcscd(
    qtbot: QtBot, start_counter: StartCounter, vpcd_reader: VirtualReader
) -> None:
    app = start_counter(vpcd_port=vpcd_reader.port)
    qtbot.waitUntil(lambda: vpcd_reader.name in app.counter.bridge.model.readers, timeout=10_000)
    with qtbot.waitSignal(app.counter.eid.read_finished, timeout=15_000):
        vpcd_reader.insert(build_card("adult", today=TODAY))
    eid = app.counter.eid
    assert eid.result is not None and eid.result.authenticity.authentic
    assert eid.reader_state is ReaderState.CARD_READY
    assert eid.view.verdict_label.text().startswith("Echte kaart")
    assert leaking_widgets(app.shell.view, card_secrets("adult")), "the identity should be on screen"
    vpcd_reader.remove()
    qtbot.waitUntil(lambda: app.shell.current_screen() is app.shell.home, timeout=10_000)
    assert leaking_widgets(app.shell.view, card_secrets("adult")) == []


def test_card_pulled_mid_read_through_pcscd(
    qtbot: QtBot, start_counter: StartCounter, vpcd_reader: VirtualReader
) -> None:
    app = start_counter(vpcd_port=vpcd_reader.port)
    qtbot.waitUntil(lambda: vpcd_reader.name in app.counter.bridge.model.readers, timeout=10_000)
    vpcd_reader.bridge.insert(build_card("pulled-after-9", today=TODAY))

    def removed_box() -> bool:
        return any(
            box.objectName() == "error-CardRemoved" and box.isVisible()
            for box in app.shell.view.findChildren(QMessageBox)
        )

    qtbot.waitUntil(removed_box, timeout=15_000)
    assert app.shell.current_screen() is app.shell.home
    assert app.counter.eid.result is None
    assert leaking_widgets(app.shell.view, card_secrets("adult")) == []
    qtbot.waitUntil(lambda: app.counter.eid.reader_state is ReaderState.NO_CARD, timeout=10_000)


def test_training_panel_inserts_through_pcscd_when_its_reader_is_there(
    qtbot: QtBot, start_counter: StartCounter, vpcd_reader: VirtualReader
) -> None:
    app = start_counter(vpcd_port=vpcd_reader.port)
    panel = app.counter.training_panel
    assert panel is not None
    panel.vpcd_reader = vpcd_reader.name
    qtbot.waitUntil(lambda: panel.view.route_combo.count() == 2, timeout=10_000)
    assert panel.view.route_combo.itemText(1) == "Virtual PCD via pcscd (echte PC/SC)"
    try:
        with qtbot.waitSignal(app.counter.eid.read_finished, timeout=15_000):
            panel.insert("residence-k", route=VPCD)
        eid = app.counter.eid
        assert eid.result is not None and eid.result.authenticity.authentic
    finally:
        panel.remove(route=VPCD)
    qtbot.waitUntil(lambda: app.shell.current_screen() is app.shell.home, timeout=10_000)


def test_pcscd_going_away_shows_no_service_and_recovers_by_itself(
    qtbot: QtBot, start_counter: StartCounter, vpcd_reader: VirtualReader, pcsc_stack: PcscStack
) -> None:
    if not pcsc_stack.daemon.owned:
        pytest.fail("this test stops pcscd, so the suite must have started it (stop the system's pcscd)")
    app = start_counter(Profile.PRODUCTION)
    home = app.shell.home
    qtbot.waitUntil(lambda: app.counter.eid.reader_state is ReaderState.NO_CARD, timeout=10_000)
    assert home.reader_state_label.text().startswith("Geen kaart:")
    pcsc_stack.daemon.stop()
    qtbot.waitUntil(lambda: app.counter.eid.reader_state is ReaderState.NO_SERVICE, timeout=10_000)
    assert home.reader_state_label.text().startswith("Geen kaartdienst")
    pcsc_stack.daemon.ensure_running()
    qtbot.waitUntil(lambda: app.counter.eid.reader_state is ReaderState.NO_CARD, timeout=20_000)
    assert home.reader_state_label.text().startswith("Geen kaart:")
    with qtbot.waitSignal(app.counter.eid.read_finished, timeout=15_000):
        vpcd_reader.insert(build_card("adult", today=TODAY))
    # Production trusts only the Belgian roots: a training card is not authentic there.
    assert app.counter.eid.result is not None
    assert not app.counter.eid.result.authenticity.authentic
    assert app.counter.eid.view.verdict_label.text().startswith("OPGELET – DEZE KAART IS NIET ECHT")
