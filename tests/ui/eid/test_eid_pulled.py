"""The eID path with the in-process training reader when a card goes before its end: pulled mid-read, after
the read, while registering, on the confirmation; the clerk moving on; a card that is no eID.

Cards go in through the training panel, as a trainer would put them in; reads run through the real
``BeidSession`` on a worker thread and come back through the reader monitor's Qt bridge; registrations go
into the real encrypted store.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from activation_code import verify_code
from clerk_app.cardreader.monitor import CardInserted
from clerk_app.ui.composition import UiServices
from clerk_app.ui.controllers.eid_path import Phase
from clerk_app.ui.reader_state import ReaderState
from tests.support.drain import drain
from tests.support.eid_flow import (
    EMAIL,
    CounterApp,
    card_secrets,
    error_boxes,
    fill_inputs,
    read_card,
    register_and_wait,
    shown_code,
)
from tests.support.ui_citizens import leaking_widgets

StartCounter = Callable[..., CounterApp]


def test_a_card_that_is_not_an_eid_says_so_and_keeps_nothing(
    qtbot: QtBot, start_counter: StartCounter
) -> None:
    app = start_counter()
    panel = app.card_path.training_panel
    assert panel is not None
    panel.insert("not-eid")
    qtbot.waitUntil(lambda: "error-NotAnEidCard" in error_boxes(app), timeout=10_000)
    assert app.shell.current_screen() is app.shell.home
    assert app.card_path.eid.phase is Phase.IDLE
    # The home screen behind the message tells the truth (issue 13 item 16), until the card is out.
    assert app.card_path.eid.reader_state is ReaderState.CARD_REFUSED
    assert app.shell.home.reader_state_label.text().startswith(
        "De kaart in de lezer is geen identiteitskaart"
    )


@pytest.mark.parametrize("after", [2, 7, 12, 20])
def test_card_pulled_mid_read_shows_card_removed_and_keeps_nothing(
    qtbot: QtBot, start_counter: StartCounter, after: int
) -> None:
    app = start_counter()
    panel = app.card_path.training_panel
    assert panel is not None
    panel.insert(f"pulled-after-{after}")
    qtbot.waitUntil(lambda: "error-CardRemoved" in error_boxes(app), timeout=10_000)
    # Both the monitor's removal and the worker's failure have arrived, in whichever order.
    qtbot.waitUntil(lambda: not app.card_path.bridge.model.cards, timeout=10_000)
    drain(app.workers)
    assert error_boxes(app) == ["error-CardRemoved"]
    box = app.shell.view.findChild(QWidget, "error-CardRemoved")
    assert isinstance(box, QMessageBox)
    assert box.windowTitle() == "Kaart verwijderd"
    assert app.shell.current_screen() is app.shell.home
    assert app.card_path.eid.result is None
    assert app.card_path.eid.reader_state is ReaderState.NO_CARD
    assert leaking_widgets(app.shell.view, card_secrets("adult")) == []


def test_card_pulled_after_the_read_clears_the_citizen_and_what_was_typed(
    qtbot: QtBot, start_counter: StartCounter
) -> None:
    app = start_counter()
    read_card(qtbot, app, "adult")
    step = app.step
    fill_inputs(qtbot, step)
    panel = app.card_path.training_panel
    assert panel is not None
    panel.remove()
    qtbot.waitUntil(lambda: app.shell.current_screen() is app.shell.home, timeout=10_000)
    assert app.card_path.eid.result is None
    assert leaking_widgets(app.shell.view, (*card_secrets("adult"), EMAIL)) == []
    assert not step.view.inputs.presence_check.isChecked()
    step.view.inputs.email_edit.setFocus()
    qtbot.keyClick(step.view.inputs.email_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert step.view.inputs.email_edit.text() == "", "undo brought the address back"
    assert app.shell.view.notice.text().startswith("De kaart werd uitgenomen")
    assert app.shell.view.notice.isVisible()
    assert app.card_path.eid.reader_state is ReaderState.NO_CARD
    assert error_boxes(app) == []
    assert app.store.calls == 0
    read_card(qtbot, app, "adult")  # the next card: the note about the previous one goes
    assert app.shell.view.notice.text() == ""
    assert not app.shell.view.notice.isVisible()


def test_card_pulled_while_registering_changes_nothing(qtbot: QtBot, start_counter: StartCounter) -> None:
    app = start_counter()
    read_card(qtbot, app, "adult")
    step = app.step
    fill_inputs(qtbot, step)
    release = threading.Event()
    app.store.before = lambda: release.wait(10)
    qtbot.mouseClick(step.view.register_button, Qt.MouseButton.LeftButton)
    assert step.busy
    panel = app.card_path.training_panel
    assert panel is not None
    panel.remove()
    qtbot.waitUntil(lambda: not app.card_path.bridge.model.cards, timeout=10_000)
    QCoreApplication.sendPostedEvents()  # whatever the removal queued is handled (the store is held)
    assert app.shell.current_screen() is step.view
    assert step.view.inputs.email_edit.text() == EMAIL
    assert step.view.status_label.text() == "Bezig met registreren…"
    release.set()
    qtbot.waitUntil(lambda: app.shell.current_screen() is app.shell.confirmation.view, timeout=10_000)
    stored = app.store.persisted()
    assert len(stored) == 1
    assert verify_code(stored[0].code_hash, shown_code(app.shell)), "the code on screen is not the stored one"
    assert app.shell.view.notice.text() == ""


def test_card_pulled_on_the_confirmation_screen_changes_nothing(
    qtbot: QtBot, start_counter: StartCounter
) -> None:
    app = start_counter()
    read_card(qtbot, app, "adult")
    fill_inputs(qtbot, app.step)
    code = register_and_wait(qtbot, app.shell, app.step)
    panel = app.card_path.training_panel
    assert panel is not None
    panel.remove()
    qtbot.waitUntil(lambda: app.card_path.eid.reader_state is ReaderState.NO_CARD, timeout=10_000)
    assert app.shell.current_screen() is app.shell.confirmation.view
    assert shown_code(app.shell) == code
    assert app.shell.confirmation.view.print_button.isEnabled()


@pytest.mark.parametrize("how", ["new citizen", "escape", "idle"])
def test_every_way_of_moving_on_clears_the_card_data(
    qtbot: QtBot, start_counter: StartCounter, how: str
) -> None:
    app = start_counter()
    read_card(qtbot, app, "adult")
    if how == "new citizen":
        qtbot.keyClick(app.shell.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    elif how == "escape":
        qtbot.keyClick(app.shell.view, Qt.Key.Key_Escape)
    else:
        app.shell._idle.expired.emit()
    assert app.shell.current_screen() is app.shell.home
    assert leaking_widgets(app.shell.view, card_secrets("adult")) == []
    assert not app.step.view.photo.isVisible()
    assert not app.step.view.banner.isVisible()
    # The card is still in: the home screen says so, and the eID button reads it again.
    assert app.card_path.eid.reader_state is ReaderState.CARD_PRESENT
    with qtbot.waitSignal(app.card_path.eid.read_finished, timeout=10_000):
        app.shell.home.eid_button.click()
    assert app.card_path.eid.phase is Phase.READ


def test_a_read_abandoned_midway_shows_nothing_late(
    qtbot: QtBot, start_counter: StartCounter, ui: UiServices
) -> None:
    app = start_counter()
    panel = app.card_path.training_panel
    assert panel is not None
    seen: list[Phase] = []

    def cancel_as_soon_as_reading_starts(event: object) -> None:
        # Connected after the eID path: its read has just started, its answers are still queued.
        if isinstance(event, CardInserted) and not seen:
            seen.append(app.card_path.eid.phase)
            app.shell.new_citizen()

    app.card_path.bridge.reader_event.connect(cancel_as_soon_as_reading_starts)
    panel.insert("adult")
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    drain(ui.workers)  # the abandoned read's queued answers are delivered now, and must be dropped
    assert seen == [Phase.READING]
    assert app.card_path.eid.phase is Phase.IDLE
    assert app.card_path.eid.result is None
    assert app.shell.current_screen() is app.shell.home
    assert leaking_widgets(app.shell.view, card_secrets("adult")) == []
