"""The eID path through the real stack (pyscard -> pcscd -> vpcd -> simulated card) to a registration in
the real store and its slip, refusals, cards pulled out, and pcscd going away."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from activation_code import verify_code
from clerk_app.cardreader.simulated.training_cards import build_card
from clerk_app.config import Profile
from clerk_app.domain.registration import RegistrationStatus
from clerk_app.ui.controllers.training_panel import VPCD
from clerk_app.ui.reader_state import ReaderState
from clerk_app.ui.self_test import pdf_text
from tests.support.drain import drain
from tests.support.eid_flow import (
    EMAIL,
    EXPIRY_NL,
    SLIP_EXPIRY_NL,
    TODAY,
    CounterApp,
    card_secrets,
    fill_inputs,
    register_and_wait,
    shown_code,
)
from tests.support.pcsc_stack import PcscStack, VirtualReader
from tests.support.ui_citizens import leaking_widgets

pytestmark = pytest.mark.realstack

StartCounter = Callable[..., CounterApp]


def read_through_pcscd(qtbot: QtBot, app: CounterApp, reader: VirtualReader, name: str) -> None:
    qtbot.waitUntil(lambda: reader.name in app.card_path.bridge.model.readers, timeout=10_000)
    with qtbot.waitSignal(app.card_path.eid.read_finished, timeout=15_000):
        reader.insert(build_card(name, today=TODAY))


def test_adult_eid_is_registered_end_to_end_through_pcscd(
    qtbot: QtBot, start_counter: StartCounter, vpcd_reader: VirtualReader, tmp_path: Path
) -> None:
    app = start_counter(vpcd_port=vpcd_reader.port)
    read_through_pcscd(qtbot, app, vpcd_reader, "adult")
    eid, step, shell = app.card_path.eid, app.step, app.shell
    assert eid.result is not None and eid.result.authenticity.authentic
    assert set(app.card_path.bridge.model.cards) == {vpcd_reader.name}  # no other card: read through pcscd
    assert eid.reader_state is ReaderState.CARD_READY
    assert shell.current_screen() is step.view
    assert leaking_widgets(step.view, card_secrets("adult")), "the identity should be on the register step"
    assert step.view.photo.isVisible()
    assert step.view.banner.text().startswith("Echte kaart")

    fill_inputs(qtbot, step)
    code = register_and_wait(qtbot, shell, step)
    stored = app.store.persisted()
    assert len(stored) == 1
    assert stored[0].status is RegistrationStatus.ISSUED
    assert verify_code(stored[0].code_hash, code), "the code on screen is not the stored one"
    assert stored[0].expires_at.astimezone().date().isoformat() == "2026-12-13"
    assert EXPIRY_NL in shell.confirmation.view.expiry_label.text()

    qtbot.mouseClick(shell.confirmation.view.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shell.confirmation.view.status_label.text() != "", timeout=10_000)
    slips = list(tmp_path.glob("*.pdf"))  # the test's save dialog answers the suggested name in tmp_path
    assert len(slips) == 1
    text = pdf_text(slips[0])
    assert code in text, "the slip's PDF does not hold the code"
    assert SLIP_EXPIRY_NL in text

    vpcd_reader.remove()  # after Register: nothing changes
    qtbot.waitUntil(lambda: eid.reader_state is ReaderState.NO_CARD, timeout=10_000)
    assert shell.current_screen() is shell.confirmation.view
    assert shown_code(shell) == code
    qtbot.keyClick(shell.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert shell.current_screen() is shell.home
    assert leaking_widgets(shell.view, (*card_secrets("adult"), EMAIL, code)) == []


def test_residence_card_is_registered_through_pcscd(
    qtbot: QtBot, start_counter: StartCounter, vpcd_reader: VirtualReader
) -> None:
    app = start_counter(vpcd_port=vpcd_reader.port)
    read_through_pcscd(qtbot, app, vpcd_reader, "residence-f")
    assert app.card_path.eid.result is not None
    card_type = app.card_path.eid.result.identity.card_type.code
    fill_inputs(qtbot, app.step)
    code = register_and_wait(qtbot, app.shell, app.step)
    stored = app.store.persisted()
    assert len(stored) == 1 and stored[0].identity is not None
    assert stored[0].identity.card_type_code == card_type
    assert verify_code(stored[0].code_hash, code), "the code on screen is not the stored one"


@pytest.mark.parametrize(
    ("name", "listed"),
    [
        ("child-11", "jonger dan 12"),
        ("expired", "28/11/2026"),
        ("altered", "De kaart is niet echt (zie de waarschuwing hierboven)."),
    ],
)
def test_cards_that_cannot_be_registered_are_refused_through_pcscd(
    qtbot: QtBot, start_counter: StartCounter, vpcd_reader: VirtualReader, name: str, listed: str
) -> None:
    app = start_counter(vpcd_port=vpcd_reader.port)
    read_through_pcscd(qtbot, app, vpcd_reader, name)
    step = app.step
    assert app.shell.current_screen() is step.view
    assert listed in step.view.eligibility_list.text()
    fill_inputs(qtbot, step)
    assert not step.view.register_button.isEnabled()
    step.register()
    drain(app.workers)
    assert app.store.calls == 0
    assert app.store.persisted() == []
    fraud = step.view.banner.text().startswith("OPGELET – DEZE KAART IS NIET ECHT (mogelijke fraude).")
    assert fraud is (name == "altered")


def test_card_pulled_after_the_read_through_pcscd_clears_everything(
    qtbot: QtBot, start_counter: StartCounter, vpcd_reader: VirtualReader
) -> None:
    app = start_counter(vpcd_port=vpcd_reader.port)
    read_through_pcscd(qtbot, app, vpcd_reader, "adult")
    fill_inputs(qtbot, app.step)
    vpcd_reader.remove()
    qtbot.waitUntil(lambda: app.shell.current_screen() is app.shell.home, timeout=10_000)
    assert leaking_widgets(app.shell.view, (*card_secrets("adult"), EMAIL)) == []
    assert app.store.calls == 0


def test_card_pulled_mid_read_through_pcscd(
    qtbot: QtBot, start_counter: StartCounter, vpcd_reader: VirtualReader
) -> None:
    app = start_counter(vpcd_port=vpcd_reader.port)
    qtbot.waitUntil(lambda: vpcd_reader.name in app.card_path.bridge.model.readers, timeout=10_000)
    vpcd_reader.bridge.insert(build_card("pulled-after-9", today=TODAY))

    def removed_box() -> bool:
        return any(
            box.objectName() == "error-CardRemoved" and box.isVisible()
            for box in app.shell.view.findChildren(QMessageBox)
        )

    qtbot.waitUntil(removed_box, timeout=15_000)
    assert app.shell.current_screen() is app.shell.home
    assert app.card_path.eid.result is None
    assert leaking_widgets(app.shell.view, card_secrets("adult")) == []
    qtbot.waitUntil(lambda: app.card_path.eid.reader_state is ReaderState.NO_CARD, timeout=10_000)


def test_training_panel_inserts_through_pcscd_when_its_reader_is_there(
    qtbot: QtBot, start_counter: StartCounter, vpcd_reader: VirtualReader
) -> None:
    app = start_counter(vpcd_port=vpcd_reader.port)
    panel = app.card_path.training_panel
    assert panel is not None
    panel.vpcd_reader = vpcd_reader.name
    qtbot.waitUntil(lambda: panel.view.route_combo.count() == 2, timeout=10_000)
    assert panel.view.route_combo.itemText(1) == "Virtual PCD via pcscd (echte PC/SC)"
    try:
        with qtbot.waitSignal(app.card_path.eid.read_finished, timeout=15_000):
            panel.insert("residence-k", route=VPCD)
        eid = app.card_path.eid
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
    qtbot.waitUntil(lambda: app.card_path.eid.reader_state is ReaderState.NO_CARD, timeout=10_000)
    assert home.reader_state_label.text().startswith("Geen kaart:")
    pcsc_stack.daemon.stop()
    qtbot.waitUntil(lambda: app.card_path.eid.reader_state is ReaderState.NO_SERVICE, timeout=10_000)
    assert home.reader_state_label.text().startswith("Geen kaartdienst")
    pcsc_stack.daemon.ensure_running()
    qtbot.waitUntil(lambda: app.card_path.eid.reader_state is ReaderState.NO_CARD, timeout=20_000)
    assert home.reader_state_label.text().startswith("Geen kaart:")
    with qtbot.waitSignal(app.card_path.eid.read_finished, timeout=15_000):
        vpcd_reader.insert(build_card("adult", today=TODAY))
    # Production trusts only the Belgian roots: a training card is not authentic there.
    assert app.card_path.eid.result is not None
    assert not app.card_path.eid.result.authenticity.authentic
    assert app.step.view.banner.text().startswith("OPGELET – DEZE KAART IS NIET ECHT")
