"""Sign-in: name and staff number required, centre from the settings, language switchable, keyboard only."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from clerk_app.config import Profile
from clerk_app.ui.composition import UiServices
from clerk_app.ui.controllers.sign_in import SignInController
from tests.support.ui_citizens import make_settings

CENTRES = [
    {"id": "zuid", "name": "Dienstencentrum Zuid (op afspraak)"},
    {"id": "noord", "name": "Dienstencentrum Noord", "walk_in": True},
]


def _dialog(
    qtbot: QtBot, ui: UiServices, tmp_path: Path, profile: Profile = Profile.PRODUCTION
) -> SignInController:
    settings = make_settings(tmp_path, profile, centres=CENTRES)
    controller = SignInController(settings, ui.translations, ui.errors)
    qtbot.addWidget(controller.view)
    controller.view.show()
    controller.view.activateWindow()
    qtbot.waitUntil(controller.view.isActiveWindow)
    return controller


def test_centres_come_from_the_settings(qtbot: QtBot, ui: UiServices, tmp_path: Path) -> None:
    view = _dialog(qtbot, ui, tmp_path).view
    items = [
        (view.centre_combo.itemText(i), view.centre_combo.itemData(i))
        for i in range(view.centre_combo.count())
    ]
    assert items == [("Dienstencentrum Zuid (op afspraak)", "zuid"), ("Dienstencentrum Noord", "noord")]


def test_sign_in_needs_a_name_and_a_staff_number(qtbot: QtBot, ui: UiServices, tmp_path: Path) -> None:
    view = _dialog(qtbot, ui, tmp_path).view
    assert not view.sign_in_button.isEnabled()
    assert view.problem_label.isVisible()
    qtbot.keyClicks(view.name_edit, "An Janssens")
    assert not view.sign_in_button.isEnabled()
    qtbot.keyClicks(view.staff_edit, "   ")
    assert not view.sign_in_button.isEnabled()
    qtbot.keyClicks(view.staff_edit, "G12345")
    assert view.sign_in_button.isEnabled()
    assert not view.problem_label.isVisible()


def test_keyboard_only_sign_in_gives_the_session(qtbot: QtBot, ui: UiServices, tmp_path: Path) -> None:
    controller = _dialog(qtbot, ui, tmp_path, Profile.TRAINING)
    view = controller.view
    assert QApplication.focusWidget() is view.name_edit
    qtbot.keyClicks(QApplication.focusWidget(), " An Janssens ")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "G12345")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is view.centre_combo
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert view.result() == QDialog.DialogCode.Accepted
    session = controller.session()
    assert session is not None
    assert session.clerk.name == "An Janssens"
    assert session.clerk.staff_number == "G12345"
    assert session.centre.id == "noord"
    assert session.training


def test_cancel_gives_no_session(qtbot: QtBot, ui: UiServices, tmp_path: Path) -> None:
    controller = _dialog(qtbot, ui, tmp_path)
    qtbot.keyClick(controller.view, Qt.Key.Key_Escape)
    assert controller.view.result() == QDialog.DialogCode.Rejected
    assert controller.session() is None


def test_picking_a_language_retranslates_the_dialog_at_once(
    qtbot: QtBot, ui: UiServices, tmp_path: Path
) -> None:
    view = _dialog(qtbot, ui, tmp_path).view
    assert view.name_label.text() == "&Naam"
    view.language_combo.setCurrentIndex(view.language_combo.findData("fr"))
    assert ui.translations.language == "fr"
    # Qt posts LanguageChange to the widgets: the texts change on the next turn of the event loop.
    qtbot.waitUntil(lambda: view.name_label.text() == "&Nom")
    assert view.windowTitle() == "Connexion – guichet clés numériques"
    view.language_combo.setCurrentIndex(view.language_combo.findData("en"))
    qtbot.waitUntil(lambda: view.name_label.text() == "&Name")


def test_training_sign_in_shows_the_banner(qtbot: QtBot, ui: UiServices, tmp_path: Path) -> None:
    assert _dialog(qtbot, ui, tmp_path, Profile.TRAINING).view.banner.isVisible()
    assert not _dialog(qtbot, ui, tmp_path / "p", Profile.PRODUCTION).view.banner.isVisible()
