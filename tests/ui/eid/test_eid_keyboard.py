"""A whole eID registration with the keyboard alone, in training mode with the in-process training card.

Every action is a key event sent to whatever has the focus, as a clerk's keyboard sends it: no clicks, no
setters. Waiting for the card read and the store is the only thing the test does itself.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from activation_code import verify_code
from clerk_app.domain.registration import Language
from clerk_app.ui.self_test import pdf_text
from tests.support.eid_flow import EMAIL, CounterApp, card_secrets, shown_code
from tests.support.registration_flow import focused, press, type_text
from tests.support.ui_citizens import leaking_widgets

StartCounter = Callable[..., CounterApp]
CTRL = Qt.KeyboardModifier.ControlModifier


def test_a_whole_eid_registration_with_the_keyboard_alone(
    qtbot: QtBot, start_counter: StartCounter, tmp_path: Path
) -> None:
    app = start_counter()
    shell, step, eid = app.shell, app.step, app.card_path.eid
    panel = app.card_path.training_panel
    assert panel is not None
    assert shell.current_screen() is shell.home

    # The trainer puts the first training card (the valid adult eID) in: F8 is "Kaart insteken".
    assert panel.view.selected_card() == "adult"
    with qtbot.waitSignal(eid.read_finished, timeout=10_000):
        press(qtbot, Qt.Key.Key_F8)
    assert shell.current_screen() is step.view
    assert focused() is step.view.inputs.presence_check

    press(qtbot, Qt.Key.Key_Space)  # present in person
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is step.view.inputs.email_edit
    type_text(qtbot, EMAIL)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is step.view.inputs.email_again_edit
    type_text(qtbot, EMAIL)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is step.view.inputs.language_combo
    press(qtbot, Qt.Key.Key_Down)  # the citizen speaks French
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is step.view.abroad_check
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is step.view.register_button
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shell.current_screen() is shell.confirmation.view, timeout=10_000)

    code = shown_code(shell)
    stored = app.store.persisted()
    assert len(stored) == 1
    assert stored[0].email == EMAIL
    assert stored[0].language is Language.FR
    assert verify_code(stored[0].code_hash, code), "the code on screen is not the stored one"
    assert focused() is shell.confirmation.view.print_button

    press(qtbot, Qt.Key.Key_P, CTRL)  # print: the test's printer writes a PDF
    qtbot.waitUntil(lambda: shell.confirmation.view.status_label.text() != "", timeout=10_000)
    text = pdf_text(tmp_path / "printed.pdf")
    assert code in text, "the printed slip does not hold the code"
    assert "13 décembre 2026" in text  # the expiry date, in the citizen's language

    press(qtbot, Qt.Key.Key_Escape)  # does nothing here: an issued code is not lost by accident
    assert shell.current_screen() is shell.confirmation.view
    press(qtbot, Qt.Key.Key_N, CTRL)  # next citizen
    assert shell.current_screen() is shell.home
    assert leaking_widgets(shell.view, (*card_secrets("adult"), EMAIL, code)) == []

    press(qtbot, Qt.Key.Key_F9)  # the trainer takes the card out: "Kaart uitnemen"
    qtbot.waitUntil(lambda: not app.card_path.bridge.model.cards, timeout=10_000)
    assert shell.current_screen() is shell.home
    assert len(app.store.persisted()) == 1
