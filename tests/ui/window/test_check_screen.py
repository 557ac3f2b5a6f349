"""The check screen with a forged card at 1024×768 and 1366×768, in nl, fr and en: the red warning does not
push the validity dates (the very field that was forged) out of view, and every identity field is
readable (issue 13 item 13)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.support.window_walks import Window, clipped_labels


@pytest.mark.parametrize("size", ((1024, 768), (1366, 768)), ids=("1024x768", "1366x768"))
@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_the_fraud_warning_leaves_the_validity_dates_in_view(
    qtbot: QtBot, open_window: Callable[..., Window], language: str, size: tuple[int, int]
) -> None:
    window = open_window(language, size)
    eid, panel, step = window.card_path.eid, window.card_path.training_panel, window.shell.register_step
    assert panel is not None and step is not None
    with qtbot.waitSignal(eid.read_finished, timeout=10_000):
        panel.insert("altered")
    view = step.view
    QApplication.processEvents()
    assert view.banner.isVisible() and view.banner.text()
    viewport = view.scroll_area.viewport()
    shown = QRect(QPoint(0, 0), viewport.size())
    for name in ("document_valid_from", "document_valid_until"):
        value = view.identity_values[name]
        caption = view.identity_captions[name]
        for label in (value, caption):
            box = QRect(label.mapTo(viewport, QPoint(0, 0)), label.size())
            assert shown.contains(box), name
    assert clipped_labels(view) == []
