"""The main window opens maximised the first time and as it was left afterwards; sign-in offers the
service centre this workstation signed in at last."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from clerk_app.config import Profile, Settings
from clerk_app.ui.composition import UiServices
from clerk_app.ui.controllers.sign_in import SignInController
from clerk_app.ui.shell import Shell
from clerk_app.ui.ui_state import UiState, remember_main_window, show_main_window
from tests.support.ui_citizens import make_settings

CENTRES = [
    {"id": "stadskantoor", "name": "Stadskantoor (Afhaalbalie Burgerzaken)", "walk_in": True},
    {"id": "gentbrugge", "name": "Dienstencentrum Gentbrugge", "walk_in": True},
    {"id": "zuid", "name": "Dienstencentrum Zuid (op afspraak)"},
]


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return make_settings(tmp_path / "home", Profile.PRODUCTION, centres=CENTRES)


def _window(make_shell: Callable[..., Shell], settings: Settings, qtbot: QtBot) -> Shell:
    shell = make_shell(settings)
    shell.view.hide()  # make_shell showed it; the application shows it through show_main_window
    qtbot.waitUntil(lambda: not shell.view.isVisible())
    return shell


def test_the_first_window_opens_maximised(
    make_shell: Callable[..., Shell], settings: Settings, qtbot: QtBot
) -> None:
    shell = _window(make_shell, settings, qtbot)
    show_main_window(shell.view, UiState.of(settings))
    qtbot.waitUntil(shell.view.isVisible)
    assert shell.view.windowState() & Qt.WindowState.WindowMaximized


# Qt keeps a restored window on its screen; the offscreen test screen is 800x600.
@pytest.mark.parametrize("size", [(640, 480), (720, 540)])
def test_a_window_left_at_a_size_opens_at_that_size(
    make_shell: Callable[..., Shell], settings: Settings, qtbot: QtBot, size: tuple[int, int]
) -> None:
    state = UiState.of(settings)
    first = _window(make_shell, settings, qtbot)
    first.view.showNormal()
    first.view.resize(size[0], size[1])
    qtbot.waitUntil(lambda: first.view.size().width() == size[0])
    remember_main_window(first.view, state)
    first.view.close()
    again = _window(make_shell, settings, qtbot)
    show_main_window(again.view, UiState.of(settings))  # a new run reads the file again
    qtbot.waitUntil(again.view.isVisible)
    assert not again.view.windowState() & Qt.WindowState.WindowMaximized
    assert (again.view.width(), again.view.height()) == (size[0], size[1])


def test_a_window_left_maximised_opens_maximised(
    make_shell: Callable[..., Shell], settings: Settings, qtbot: QtBot
) -> None:
    state = UiState.of(settings)
    first = _window(make_shell, settings, qtbot)
    first.view.showMaximized()
    qtbot.waitUntil(lambda: bool(first.view.windowState() & Qt.WindowState.WindowMaximized))
    remember_main_window(first.view, state)
    first.view.close()
    again = _window(make_shell, settings, qtbot)
    show_main_window(again.view, UiState.of(settings))
    qtbot.waitUntil(again.view.isVisible)
    assert again.view.windowState() & Qt.WindowState.WindowMaximized


def _sign_in(qtbot: QtBot, ui: UiServices, settings: Settings) -> SignInController:
    controller = SignInController(settings, ui.translations, ui.errors, UiState.of(settings))
    qtbot.addWidget(controller.view)
    controller.view.show()
    controller.view.activateWindow()
    qtbot.waitUntil(controller.view.isActiveWindow)
    return controller


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_sign_in_offers_the_centre_of_the_last_sign_in(
    qtbot: QtBot, ui: UiServices, settings: Settings, language: str
) -> None:
    ui.translations.switch(language)
    first = _sign_in(qtbot, ui, settings)
    assert first.view.centre_combo.currentData() == "stadskantoor"  # nothing remembered yet
    qtbot.keyClicks(first.view.name_edit, "An Janssens")
    qtbot.keyClicks(first.view.staff_edit, "G12345")
    first.view.centre_combo.setCurrentIndex(first.view.centre_combo.findData("gentbrugge"))
    qtbot.keyClick(first.view.staff_edit, Qt.Key.Key_Return)
    assert first.view.result() == QDialog.DialogCode.Accepted
    session = first.session()
    assert session is not None and session.centre.id == "gentbrugge"
    again = _sign_in(qtbot, ui, settings)
    assert again.view.centre_combo.currentData() == "gentbrugge"
    cancelled = _sign_in(qtbot, ui, settings)
    cancelled.view.centre_combo.setCurrentIndex(cancelled.view.centre_combo.findData("zuid"))
    cancelled.view.reject()
    assert cancelled.session() is None
    assert _sign_in(qtbot, ui, settings).view.centre_combo.currentData() == "gentbrugge"  # only a sign-in
