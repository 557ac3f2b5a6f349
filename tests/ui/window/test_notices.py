"""Warnings that matter are read in full: the idle countdown, the idle clearing and the note about a card
taken out show in the banner above the screen (never in the status bar, whose fixed fields cut messages
off), at 1024×768 and 1366×768 in every language; the card note goes when the next card is read."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.support.ui_citizens import Citizen
from tests.support.window_walks import Window, clipped_labels

LANGUAGES = ("nl", "fr", "en")
SIZES = ((1024, 768), (1366, 768))
SIZE_IDS = [f"{w}x{h}" for w, h in SIZES]


def _shown_whole(window: Window) -> bool:
    view = window.shell.view
    notice = view.notice
    QApplication.processEvents()
    inside = view.rect().contains(QRect(notice.mapTo(view, QPoint(0, 0)), notice.size()))
    return (
        notice.isVisible()
        and bool(notice.text())
        and clipped_labels(notice.parentWidget()) == []
        and notice.width() >= view.width() // 2
        and inside
        and view.statusBar().currentMessage() == ""
    )


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_idle_countdown_and_the_clearing_are_read_in_full(
    qtbot: QtBot, open_window: Callable[..., Window], citizen: Citizen, language: str, size: tuple[int, int]
) -> None:
    window = open_window(language, size, idle_clear_seconds=3)
    shell = window.shell
    shell.show_confirmation(citizen.registration, citizen.code)
    qtbot.waitUntil(lambda: shell.view.notice.isVisible(), timeout=3_000)
    countdown = shell.view.notice.text()
    assert any(ch.isdigit() for ch in countdown)  # "… in 3 seconds"
    assert _shown_whole(window)
    qtbot.waitUntil(lambda: shell.current_screen() is shell.home, timeout=6_000)
    assert shell.view.notice.text() not in ("", countdown)  # now: the screen was cleared
    assert _shown_whole(window)


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_card_removed_note_is_read_in_full_and_goes_with_the_next_card(
    qtbot: QtBot, open_window: Callable[..., Window], language: str, size: tuple[int, int]
) -> None:
    window = open_window(language, size)
    shell, eid, panel = window.shell, window.card_path.eid, window.card_path.training_panel
    assert panel is not None and shell.register_step is not None
    with qtbot.waitSignal(eid.read_finished, timeout=10_000):
        panel.insert("adult")
    assert shell.current_screen() is shell.register_step.view
    panel.remove()
    qtbot.waitUntil(lambda: shell.current_screen() is shell.home, timeout=10_000)
    assert _shown_whole(window)
    with qtbot.waitSignal(eid.read_finished, timeout=10_000):
        panel.insert("adult")
    assert shell.view.notice.text() == ""
    assert not shell.view.notice.isVisible()
