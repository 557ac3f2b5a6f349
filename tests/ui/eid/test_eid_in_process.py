"""The eID path with the in-process training reader: what the clerk sees for each kind of card."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from clerk_app.cardreader.simulated.card import Applet
from clerk_app.ui.controllers.eid_path import Phase
from clerk_app.ui.reader_state import ReaderState
from ui.eid.conftest import CounterApp

StartCounter = Callable[..., CounterApp]


def test_adult_card_inserted_from_the_panel_is_read_and_verified(
    qtbot: QtBot, start_counter: StartCounter
) -> None:
    app = start_counter()
    panel = app.counter.training_panel
    assert panel is not None
    panel.insert("adult", applet=Applet.V1_7)
    eid = app.counter.eid
    qtbot.waitUntil(lambda: eid.phase is Phase.READ, timeout=10_000)
    assert app.shell.current_screen() is eid.view
    assert eid.reader_state is ReaderState.CARD_READY
    assert eid.view.verdict_label.text().startswith("Echte kaart")
    assert eid.view.photo.isVisible()
