"""The training panel lists the practice documents without a chip with their zones to copy or scan, and a
copied zone fills its form (issue 13 item 19)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from clerk_app.cardreader.simulated.practice_documents import practice_documents
from tests.support.eid_flow import TODAY, CounterApp
from tests.support.registration_flow import open_form

StartCounter = Callable[..., CounterApp]


def test_the_panel_offers_the_practice_passport_and_its_zone_fills_the_form(
    qtbot: QtBot, start_counter: StartCounter
) -> None:
    app = start_counter()
    panel = app.card_path.training_panel
    assert panel is not None
    view = panel.view
    expected = practice_documents(TODAY)
    listed = [view.practice_combo.itemText(row) for row in range(view.practice_combo.count())]
    assert listed == [document.name for document in expected]
    assert view.practice_combo.isVisible()
    passport = expected[0]
    assert view.practice_zone.toPlainText() == passport.zone
    assert view.practice_zone.isReadOnly()
    assert view.practice_description.text().startswith("Nederlands paspoort van een volwassene (NLD")
    assert view.practice_description.text().endswith(f"typen: {passport.number_to_type}")

    view.copy_zone_button.click()
    assert QGuiApplication.clipboard().text() == passport.zone
    form = open_form(qtbot, app.shell, "foreign_passport")
    form.zone_edit.setFocus()
    form.zone_edit.paste()
    qtbot.waitUntil(lambda: form.values()["nationality"] == "NLD", timeout=10_000)
    assert form.values()["surname"] == "OEFENPASPOORT"

    view.practice_combo.setCurrentIndex(1)
    assert view.practice_zone.toPlainText() == expected[1].zone
    qtbot.keyClick(view.copy_zone_button, Qt.Key.Key_Space)
    assert QGuiApplication.clipboard().text() == expected[1].zone
