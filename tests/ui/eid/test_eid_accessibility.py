"""The eID path's screens, the register step it ends in and the training panel are named for assistive
technology and reachable by keyboard."""

from __future__ import annotations

import itertools
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot

from clerk_app.ui.main import UiServices
from ui.eid.conftest import CounterApp
from ui.test_accessibility import unlabelled_inputs

StartCounter = Callable[..., CounterApp]


def test_eid_screens_register_step_and_training_panel_are_labelled(
    qtbot: QtBot, start_counter: StartCounter
) -> None:
    app = start_counter()
    panel = app.counter.training_panel
    assert panel is not None
    app.shell.home.eid_button.click()  # no card yet: the waiting screen
    assert app.shell.current_screen() is app.counter.eid.view
    assert unlabelled_inputs(app.counter.eid.view) == []
    with qtbot.waitSignal(app.counter.eid.read_finished, timeout=10_000):
        panel.insert("altered")
    assert app.shell.current_screen() is app.step.view
    assert unlabelled_inputs(app.step.view) == []
    assert unlabelled_inputs(panel.view) == []
    assert unlabelled_inputs(app.shell.view) == []
    assert app.step.view.photo.accessibleName() == "Foto op de chip"
    assert app.step.view.banner.text().startswith("OPGELET")


def test_every_button_has_a_mnemonic(start_counter: StartCounter) -> None:
    app = start_counter()
    panel = app.counter.training_panel
    assert panel is not None
    views: list[QWidget] = [app.counter.eid.view, app.step.view, panel.view]
    buttons = [button for view in views for button in view.findChildren(QAbstractButton)]
    ours = [b for b in buttons if not b.objectName().startswith("qt_")]  # the dock's own float/close
    assert ours
    assert [b.objectName() for b in ours if "&" not in b.text()] == []


def _letter(text: str) -> str | None:
    text = text.replace("&&", "")
    index = text.find("&")
    return text[index + 1].lower() if index >= 0 else None


def _mnemonics(root: QWidget) -> set[str]:
    """The Alt+letters of the visible buttons and buddied labels under ``root``."""
    texts = [
        widget.text()
        for widget in root.findChildren(QWidget)
        if widget.isVisibleTo(root)
        and (isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy()))
    ]
    return {letter for letter in map(_letter, texts) if letter is not None}


def test_the_training_panel_shares_no_mnemonic_with_the_screens_beside_it(
    qtbot: QtBot, start_counter: StartCounter, ui: UiServices
) -> None:
    """The panel sits beside every screen in training mode: Alt+letter must mean one thing."""
    app = start_counter()
    panel = app.counter.training_panel
    assert panel is not None
    with qtbot.waitSignal(app.counter.eid.read_finished, timeout=10_000):
        panel.insert("adult")
    manual = app.shell.manual_path
    assert manual is not None
    confirmation = app.shell.confirmation.view
    screens = [app.shell.home, app.counter.eid.view, app.step.view, confirmation, manual.choice]
    for language in ("nl", "fr", "en"):
        ui.translations.switch(language)
        insert = {"nl": "Kaart in&steken", "fr": "Introd&uire la carte", "en": "&Insert card"}[language]
        qtbot.waitUntil(lambda text=insert: panel.view.insert_button.text() == text, timeout=5000)
        on_panel = _mnemonics(panel.view)
        # card, version, route, insert, remove, the practice document and (but in French) copying its zone
        assert len(on_panel) == {"nl": 7, "fr": 6, "en": 7}[language], language
        app.step.view.back_button.setVisible(True)  # as after the manual path
        letters = [_letter(action.text()) for action in app.shell.view.menuBar().actions()]
        menus = set(letters)
        assert None not in menus and len(menus) == len(letters), f"{language}: menus share a letter"
        assert not on_panel & menus, language
        for screen in screens:
            shared = sorted(on_panel & _mnemonics(screen))
            assert shared == [], f"{language}: {screen.objectName()} shares {shared} with the panel"


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
