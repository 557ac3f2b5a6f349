"""The main window: who/where/mode always visible, training banner, reader state, shortcuts, languages."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QMessageBox, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from clerk_app.errors import NoReader
from clerk_app.ui.composition import UiServices
from clerk_app.ui.i18n import Translations
from clerk_app.ui.reader_state import ReaderState
from clerk_app.ui.resources import translations_dir
from clerk_app.ui.shell import Shell
from clerk_app.ui.slip import TRAINING_MARK
from clerk_app.ui.views.sign_in_view import LANGUAGE_NAMES
from clerk_app.version import app_version
from tests.support.ui_citizens import PSEUDO_OPEN, Citizen, build_pseudo_catalogue, leaking_widgets

MakeShell = Callable[..., Shell]


class FlowScreen(QWidget):
    """Stands in for a registration step that a later flow adds: it shows one piece of personal data."""

    def __init__(self) -> None:
        super().__init__()
        self.email = QLineEdit(self)
        self.email.setAccessibleName("E-mail")
        QVBoxLayout(self).addWidget(self.email)

    def clear_personal_data(self) -> None:
        self.email.clear()


def test_title_and_status_bar_show_centre_clerk_and_mode(make_shell: MakeShell) -> None:
    shell = make_shell()
    title = shell.view.windowTitle()
    assert "Stadskantoor (Afhaalbalie Burgerzaken)" in title
    assert "Jan Peeters (G54321)" in title
    assert "Productie" in title
    assert shell.view.centre_status.text() == "Dienstencentrum: Stadskantoor (Afhaalbalie Burgerzaken)"
    assert shell.view.clerk_status.text() == "Medewerker: Jan Peeters (G54321)"
    assert shell.view.mode_status.text() == "Modus: Productie"
    for label in (shell.view.centre_status, shell.view.clerk_status, shell.view.mode_status):
        assert label.isVisible()


def test_training_banner_is_on_every_screen(make_shell: MakeShell, citizen: Citizen) -> None:
    shell = make_shell(training=True)
    assert "Oefening" in shell.view.windowTitle()
    assert shell.view.banner.isVisible()
    assert shell.view.banner.text().startswith(TRAINING_MARK)
    shell.show_confirmation(citizen.registration, citizen.code)
    assert shell.current_screen() is shell.confirmation.view
    assert shell.view.banner.isVisible()
    flow = FlowScreen()
    shell.add_screen(flow, flow)
    shell.show_screen(flow, personal_data=True)
    assert shell.view.banner.isVisible()


def test_production_has_no_banner(make_shell: MakeShell) -> None:
    assert not make_shell().view.banner.isVisible()


@pytest.mark.parametrize(
    ("state", "words"),
    [
        (ReaderState.NO_SERVICE, "Geen kaartdienst"),
        (ReaderState.NO_READER, "Geen kaartlezer"),
        (ReaderState.NO_CARD, "Geen kaart:"),
        (ReaderState.CARD_REFUSED, "De kaart in de lezer is geen identiteitskaart"),
        (ReaderState.READING, "De kaart wordt gelezen"),
        (ReaderState.CARD_READY, "Kaart gelezen"),
    ],
)
def test_home_says_the_reader_state_in_words(make_shell: MakeShell, state: ReaderState, words: str) -> None:
    shell = make_shell()
    shell.set_reader_state(state)
    assert shell.home.reader_state_label.text().startswith(words)


def test_paths_stay_disabled_until_a_flow_is_connected(make_shell: MakeShell) -> None:
    shell = make_shell()
    assert not shell.home.eid_button.isEnabled()
    assert not shell.home.other_button.isEnabled()
    shell.set_paths_available(eid=True, other_document=True)
    assert shell.home.eid_button.isEnabled()
    assert shell.home.other_button.isEnabled()
    assert shell.home.eid_button.text() == "&eID of elektronische verblijfskaart"
    assert shell.home.other_button.text() == "&Ander document"


def test_shortcut_new_citizen_clears_the_confirmation(
    qtbot: QtBot, make_shell: MakeShell, citizen: Citizen
) -> None:
    shell = make_shell()
    shell.show_confirmation(citizen.registration, citizen.code)
    assert leaking_widgets(shell.view, citizen.secrets), "the confirmation should show the citizen first"
    qtbot.keyClick(shell.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert shell.current_screen() is shell.home
    assert leaking_widgets(shell.view, citizen.secrets) == []


def test_shortcut_print_prints_only_on_the_confirmation(
    qtbot: QtBot, make_shell: MakeShell, citizen: Citizen, tmp_path: Path
) -> None:
    shell = make_shell()
    printed = tmp_path / "printed.pdf"
    assert not shell.view.print_action.isEnabled()
    qtbot.keyClick(shell.view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert not printed.exists()
    shell.show_confirmation(citizen.registration, citizen.code)
    assert shell.view.print_action.isEnabled()
    qtbot.keyClick(shell.view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: shell.confirmation.view.status_label.text() != "", timeout=10_000)
    assert printed.is_file()
    assert shell.confirmation.view.status_label.text() == "Het strookje is naar de printer gestuurd."


def test_escape_cancels_a_step_but_never_loses_an_issued_code(
    qtbot: QtBot, make_shell: MakeShell, citizen: Citizen
) -> None:
    shell = make_shell()
    flow = FlowScreen()
    shell.add_screen(flow, flow)
    shell.show_screen(flow, personal_data=True)
    flow.email.setText(citizen.registration.email or "")
    qtbot.keyClick(shell.view, Qt.Key.Key_Escape)
    assert shell.current_screen() is shell.home
    assert flow.email.text() == ""
    shell.show_confirmation(citizen.registration, citizen.code)
    qtbot.keyClick(shell.view, Qt.Key.Key_Escape)
    assert shell.current_screen() is shell.confirmation.view
    assert shell.confirmation.has_code


def test_errors_are_shown_over_the_main_window(make_shell: MakeShell) -> None:
    shell = make_shell()
    shell.show_error(NoReader())
    box = shell.view.findChild(QWidget, "error-NoReader")
    assert box is not None
    assert box.isVisible()
    assert box.windowTitle() == "Geen kaartlezer"


def test_language_menu_switches_and_marks_the_language(
    qtbot: QtBot, make_shell: MakeShell, ui: UiServices
) -> None:
    shell = make_shell()
    assert shell.view.language_actions["nl"].isChecked()
    shell.view.language_actions["fr"].trigger()
    assert ui.translations.language == "fr"
    assert shell.view.language_actions["fr"].isChecked()
    qtbot.waitUntil(lambda: shell.home.heading.text() == "Nouveau citoyen")
    assert shell.view.mode_status.text() == "Mode\u00a0: Production"
    assert "Guichet clés numériques" in shell.view.windowTitle()


def _untranslated(window: QWidget, data: set[str]) -> list[str]:
    """Visible texts that did not come through the translator (and are not data such as names)."""
    found = []
    if PSEUDO_OPEN not in window.windowTitle():
        found.append("window title")
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            text = widget.text()
            if text and PSEUDO_OPEN not in text and text not in data:
                found.append(widget.objectName() or type(widget).__name__)
    for menu_action in window.menuBar().actions():  # type: ignore[attr-defined]
        menu = menu_action.menu()
        if PSEUDO_OPEN not in menu_action.text():
            found.append("menu")
        for action in menu.actions() if menu is not None else []:
            if action.text() and PSEUDO_OPEN not in action.text() and action.text() not in data:
                found.append(action.objectName() or "action")
    return found


def test_switching_language_retranslates_every_visible_text(
    qtbot: QtBot, make_shell: MakeShell, citizen: Citizen, tmp_path: Path
) -> None:
    """Every text on every screen goes through the translator and is re-set on a language change."""
    shell = make_shell(training=True)
    shell.show_confirmation(citizen.registration, citizen.code)
    data = {*LANGUAGE_NAMES.values(), shell.confirmation.view.person_label.text()}
    data |= {shell.confirmation.view.code_label.text(), shell.confirmation.view.expiry_label.text()}
    pseudo = Translations(build_pseudo_catalogue(translations_dir() / "clerk_app_nl.ts", tmp_path / "pseudo"))
    try:
        pseudo.switch("en")
        qtbot.waitUntil(lambda: PSEUDO_OPEN in shell.view.windowTitle())
        data.add(shell.confirmation.view.expiry_label.text())  # re-formatted for the new locale
        on_confirmation = _untranslated(shell.view, data)
        shell.new_citizen()
        on_home = _untranslated(shell.view, data)
    finally:
        pseudo.uninstall()
    assert on_confirmation == []
    assert on_home == []


def test_the_about_box_shows_the_version_and_the_mode(make_shell: MakeShell) -> None:
    shell = make_shell(training=True)
    assert shell.view.help_menu.title() == "Help"  # Dutch, too
    assert shell.view.about_action.text() == "&Over dit programma…"
    assert shell.view.about_action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    shell.view.about_action.trigger()
    box = shell.view.findChild(QMessageBox, "about-box")
    assert box is not None and box.isVisible()
    assert f"Versie {app_version()}" in box.text()
    assert "Oefening" in box.text()
    assert box.windowTitle() == "Over dit programma"
