"""After a refused card (a bank card) the home screen behind the message says what is in the reader, in
every language, until the card is taken out (issue 13 item 16)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from clerk_app.ui.reader_state import ReaderState, reader_state_text
from tests.support.window_walks import Window


@pytest.mark.parametrize("size", ((1024, 768), (1366, 768)), ids=("1024x768", "1366x768"))
@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_the_home_screen_behind_a_refused_card_tells_the_truth(
    qtbot: QtBot, open_window: Callable[..., Window], language: str, size: tuple[int, int]
) -> None:
    window = open_window(language, size)
    shell, eid, panel = window.shell, window.card_path.eid, window.card_path.training_panel
    assert panel is not None
    panel.insert("not-eid")
    qtbot.waitUntil(
        lambda: shell.view.findChild(QMessageBox, "error-NotAnEidCard") is not None, timeout=10_000
    )
    assert shell.current_screen() is shell.home
    assert eid.reader_state is ReaderState.CARD_REFUSED
    shown = shell.home.reader_state_label.text()
    assert shown == reader_state_text(ReaderState.CARD_REFUSED)
    assert shown != reader_state_text(ReaderState.CARD_PRESENT)
    panel.remove()
    qtbot.waitUntil(lambda: eid.reader_state is ReaderState.NO_CARD, timeout=10_000)
    with qtbot.waitSignal(eid.read_finished, timeout=10_000):
        panel.insert("adult")  # the next card is read as usual
    panel.remove()
    qtbot.waitUntil(lambda: eid.reader_state is ReaderState.NO_CARD, timeout=10_000)
