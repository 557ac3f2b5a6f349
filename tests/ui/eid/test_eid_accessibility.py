"""The eID screen and the training panel are named for assistive technology and reachable by keyboard."""

from __future__ import annotations

import itertools
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from clerk_app.ui.views.eid_view import EidView
from clerk_app.ui.views.training_panel_view import TrainingPanelView
from ui.eid.conftest import CounterApp
from ui.test_accessibility import unlabelled_inputs

StartCounter = Callable[..., CounterApp]


def test_eid_screen_and_training_panel_are_labelled(qtbot: QtBot, start_counter: StartCounter) -> None:
    app = start_counter()
    panel = app.counter.training_panel
    assert panel is not None
    with qtbot.waitSignal(app.counter.eid.read_finished, timeout=10_000):
        panel.insert("altered")
    assert app.shell.current_screen() is app.counter.eid.view
    assert unlabelled_inputs(app.counter.eid.view) == []
    assert unlabelled_inputs(panel.view) == []
    assert unlabelled_inputs(app.shell.view) == []
    assert app.counter.eid.view.photo.accessibleName() == "Foto op de chip"
    assert app.counter.eid.view.verdict_label.accessibleName().startswith("OPGELET")


def test_every_button_has_a_mnemonic(start_counter: StartCounter) -> None:
    app = start_counter()
    panel = app.counter.training_panel
    assert panel is not None
    views: list[EidView | TrainingPanelView] = [app.counter.eid.view, panel.view]
    buttons = [button for view in views for button in view.findChildren(QAbstractButton)]
    ours = [b for b in buttons if not b.objectName().startswith("qt_")]  # the dock's own float/close
    assert ours
    assert [b.objectName() for b in ours if "&" not in b.text()] == []


def test_training_panel_tab_order(start_counter: StartCounter) -> None:
    app = start_counter()
    panel = app.counter.training_panel
    assert panel is not None
    view = panel.view
    chain = [view.card_list, view.applet_combo, view.route_combo, view.insert_button, view.remove_button]
    for first, second in itertools.pairwise(chain):
        assert first.nextInFocusChain() is second or _next_focusable(first) is second


def _next_focusable(widget: object) -> object:
    current = widget.nextInFocusChain()  # type: ignore[attr-defined]
    while current.focusPolicy() == Qt.FocusPolicy.NoFocus:
        current = current.nextInFocusChain()
    return current
