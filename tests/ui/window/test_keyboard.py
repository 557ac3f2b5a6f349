"""The keyboard rules of the whole window, in every UI language: one Alt+letter does one thing on every
screen (the menus, the screen and the training panel beside it together), and Enter or Space presses the
focused button on every screen."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from clerk_app.config import Profile
from clerk_app.ui.composition import UiServices
from clerk_app.ui.controllers.sign_in import SignInController
from tests.support.ui_citizens import Citizen, make_settings
from tests.support.window_walks import Window, clashes, keyboard_texts, menu_clashes, screens, window_clashes

LANGUAGES = ("nl", "fr", "en")
SIZES = ((1024, 768), (1366, 768))
sizes = pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])


@sizes
@pytest.mark.parametrize("language", LANGUAGES)
def test_no_mnemonic_is_taken_twice_on_any_screen(
    open_window: Callable[..., Window], citizen: Citizen, language: str, size: tuple[int, int]
) -> None:
    window = open_window(language, size)
    found = {}
    walked = []
    for screen in screens(window, citizen):
        walked.append(screen)
        clash = window_clashes(window)
        if clash:
            found[screen] = clash
    assert found == {}
    assert menu_clashes(window) == []
    assert len(walked) == 14  # every screen was reached (a walk that stops early proves nothing)


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_mnemonic_is_taken_twice_at_sign_in(
    qtbot: QtBot, ui: UiServices, tmp_path: Path, language: str
) -> None:
    ui.translations.switch(language)
    view = SignInController(make_settings(tmp_path, Profile.TRAINING), ui.translations, ui.errors).view
    qtbot.addWidget(view)
    view.show()
    texts = keyboard_texts(view)
    assert len(texts) >= 6  # four labels and two buttons
    assert clashes(texts) == []


def test_the_check_notices_a_clash(open_window: Callable[..., Window]) -> None:
    window = open_window("nl")
    assert window_clashes(window) == []
    window.shell.home.other_button.setText("&Burger")  # the Citizen menu is &Burger in Dutch
    assert window_clashes(window) == ["&Burger | &Burger"]
    assert clashes(["Strookje &afdrukken", "&Afsluiten", "&&Niets"]) == ["Strookje &afdrukken | &Afsluiten"]


def _buttons(window: Window) -> list[QPushButton]:
    view = window.shell.view
    return [
        button
        for button in view.findChildren(QPushButton)
        if button.isVisibleTo(view) and button.isEnabled() and not button.objectName().startswith("qt_")
    ]


@sizes
@pytest.mark.parametrize("language", LANGUAGES)
def test_enter_and_space_press_the_focused_button_on_every_screen(
    qtbot: QtBot, open_window: Callable[..., Window], citizen: Citizen, language: str, size: tuple[int, int]
) -> None:
    window = open_window(language, size)
    pressed: dict[str, int] = {}
    tried = 0
    for screen in screens(window, citizen):
        for button in _buttons(window):
            # Only this test listens: the walk itself never clicks, so the screens stay where it put them.
            button.clicked.disconnect()
            name = f"{screen}/{button.objectName()}"
            pressed[name] = 0
            button.clicked.connect(
                lambda _checked=False, name=name: pressed.__setitem__(name, pressed[name] + 1)
            )
            button.setFocus()
            qtbot.waitUntil(lambda button=button: QApplication.focusWidget() is button)
            qtbot.keyClick(button, Qt.Key.Key_Return)
            qtbot.keyClick(button, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
            qtbot.keyClick(button, Qt.Key.Key_Space)
            tried += 1
    assert {name: count for name, count in pressed.items() if count != 3} == {}
    assert tried >= 30
    assert "home/eid-path" in pressed  # the button of issue 13 item 2


def _count(pressed: dict[str, int], name: str) -> None:
    pressed[name] += 1
