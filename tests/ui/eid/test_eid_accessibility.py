"""The eID path's screens, the register step it ends in and the training panel are named for assistive
technology and reachable by keyboard."""

from __future__ import annotations

import itertools
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot

from clerk_app.ui.composition import UiServices
from tests.support.accessibility import unlabelled_inputs
from tests.support.eid_flow import CounterApp

StartCounter = Callable[..., CounterApp]


def test_eid_screens_register_step_and_training_panel_are_labelled(
    qtbot: QtBot, start_counter: StartCounter
) -> None:
    app = start_counter()
    panel = app.card_path.training_panel
    assert panel is not None
    app.shell.home.eid_button.click()  # no card yet: the waiting screen
    assert app.shell.current_screen() is app.card_path.eid.view
    assert unlabelled_inputs(app.card_path.eid.view) == []
    with qtbot.waitSignal(app.card_path.eid.read_finished, timeout=10_000):
        panel.insert("altered")
    assert app.shell.current_screen() is app.step.view
    assert unlabelled_inputs(app.step.view) == []
    assert unlabelled_inputs(panel.view) == []
    assert unlabelled_inputs(app.shell.view) == []
    assert app.step.view.photo.accessibleName() == "Foto op de chip"
    assert app.step.view.banner.text().startswith("OPGELET")


def test_every_button_has_a_keyboard_way(start_counter: StartCounter) -> None:
    """A letter with Alt on the screens; in the training panel, which sits beside every screen and would
    take their letters, a function key that is the same in every language."""
    app = start_counter()
    panel = app.card_path.training_panel
    assert panel is not None
    views: list[QWidget] = [app.card_path.eid.view, app.step.view]
    buttons = [button for view in views for button in view.findChildren(QAbstractButton)]
    assert buttons
    assert [b.objectName() for b in buttons if "&" not in b.text()] == []
    keys = {panel.view.insert_button.shortcut().toString(), panel.view.remove_button.shortcut().toString()}
    assert keys == {"F8", "F9"}


def test_the_training_panel_takes_no_alt_letter(start_counter: StartCounter, ui: UiServices) -> None:
    """Whatever the language, the panel leaves every Alt+letter to the screen beside it (the whole
    window's letters are checked in tests/ui/window/test_keyboard.py)."""
    app = start_counter()
    panel = app.card_path.training_panel
    assert panel is not None
    for language in ("nl", "fr", "en"):
        ui.translations.switch(language)
        texts = [
            widget.text()
            for widget in panel.view.findChildren(QWidget)
            if not widget.objectName().startswith("qt_")  # the dock's own float and close buttons
            and (isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy()))
        ]
        # card, version, route, insert, remove, the practice document and copying its zone
        assert len(texts) == 7, language
        assert [text for text in texts if "&" in text.replace("&&", "")] == [], language
        assert panel.view.insert_button.text().endswith("(F8)"), language


def test_training_panel_tab_order(start_counter: StartCounter) -> None:
    app = start_counter()
    panel = app.card_path.training_panel
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
