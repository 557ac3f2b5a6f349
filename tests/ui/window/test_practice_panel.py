"""Training's practice passport in the window as a trainee meets it (issue 13 item 19), at 1024×768 and
1366×768 in nl, fr and en: the panel beside the window lists it with its zone, readable whole, and the copied
zone fills the form of a foreign passport (a real country code, so the nationality is accepted)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from tests.support.registration_flow import open_form
from tests.support.window_walks import Window, clipped_labels, settle

SIZES = ((1024, 768), (1366, 768))


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_the_practice_passport_is_listed_readable_and_fills_the_form(
    qtbot: QtBot, open_window: Callable[..., Window], language: str, size: tuple[int, int]
) -> None:
    window = open_window(language, size)
    panel = window.card_path.training_panel
    assert panel is not None
    view = panel.view
    settle()
    assert view.practice_combo.isVisible() and view.practice_combo.count() >= 1
    zone = view.practice_zone.toPlainText()
    assert zone.startswith("P<") and "UTO" not in zone.splitlines()[1][10:13]
    assert view.practice_description.text()
    assert clipped_labels(view) == []
    view.copy_zone_button.click()
    assert QGuiApplication.clipboard().text() == zone
    form = open_form(qtbot, window.shell, "foreign_passport")
    form.zone_edit.setFocus()
    form.zone_edit.paste()
    qtbot.waitUntil(lambda: form.values()["nationality"] == zone.splitlines()[1][10:13], timeout=10_000)
    assert form.values()["surname"] != ""
    assert not form.zone_problem.isVisibleTo(form)
