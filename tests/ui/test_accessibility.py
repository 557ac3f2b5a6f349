"""Every input is named for assistive technology, and the keyboard reaches everything in a sensible order."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from clerk_app.config import Profile
from clerk_app.ui.controllers.shell import Shell
from clerk_app.ui.controllers.sign_in import SignInController
from clerk_app.ui.main import UiServices
from ui.support import Citizen, make_settings

MakeShell = Callable[..., Shell]
INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QTextEdit, QPlainTextEdit, QAbstractSlider)


def unlabelled_inputs(root: QWidget) -> list[str]:
    """Inputs with neither a label buddy nor an accessible name; buttons without text or name."""
    widgets = [root, *root.findChildren(QWidget)]
    buddies = {
        id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy() is not None and label.text()
    }
    missing = []
    for widget in widgets:
        if _qt_internal(widget, root):
            continue
        if isinstance(widget, INPUTS):
            if id(widget) not in buddies and not widget.accessibleName().strip():
                missing.append(f"{type(widget).__name__}:{widget.objectName()}")
        elif isinstance(widget, QAbstractButton) and not (
            widget.text().strip() or widget.accessibleName().strip()
        ):
            missing.append(f"{type(widget).__name__}:{widget.objectName()}")
    return missing


def _qt_internal(widget: QWidget, root: QWidget) -> bool:
    """Parts Qt builds inside a composite widget (combo popups, scroll bars, menu-bar extension button);
    the composite itself is what carries the name."""
    if widget.objectName().startswith("qt_"):
        return True
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(
            parent, QComboBox | QAbstractSpinBox | QAbstractScrollArea
        ) or parent.objectName().startswith("qt_"):
            return True
        parent = parent.parentWidget()
    return False


def _screens(shell: Shell) -> list[QWidget]:
    return [shell.view.stack.widget(i) for i in range(shell.view.stack.count())]


@pytest.mark.parametrize("profile", list(Profile))
def test_sign_in_inputs_are_labelled(qtbot: QtBot, ui: UiServices, tmp_path: Path, profile: Profile) -> None:
    controller = SignInController(make_settings(tmp_path, profile), ui.translations, ui.errors)
    qtbot.addWidget(controller.view)
    assert unlabelled_inputs(controller.view) == []


@pytest.mark.parametrize("training", [False, True])
def test_every_screen_of_the_main_window_is_labelled(
    make_shell: MakeShell, citizen: Citizen, training: bool
) -> None:
    shell = make_shell(training=training)
    shell.show_confirmation(citizen.registration, citizen.code)
    assert len(_screens(shell)) >= 2
    for screen in _screens(shell):
        assert unlabelled_inputs(screen) == []
    assert unlabelled_inputs(shell.view) == []


def test_the_check_notices_an_unlabelled_input(qtbot: QtBot) -> None:
    form = QWidget()
    qtbot.addWidget(form)
    QLineEdit(form).setObjectName("orphan")
    named = QLineEdit(form)
    named.setAccessibleName("E-mail")
    labelled = QLineEdit(form)
    QLabel("&Name", form).setBuddy(labelled)
    assert unlabelled_inputs(form) == ["QLineEdit:orphan"]


def _focus_chain(start: QWidget, count: int) -> list[QWidget]:
    chain, widget = [start], start
    for _ in range(count - 1):
        widget = widget.nextInFocusChain()
        while not (
            widget.focusPolicy() != widget.focusPolicy().NoFocus and widget.isVisible() and widget.isEnabled()
        ):
            widget = widget.nextInFocusChain()
        chain.append(widget)
    return chain


def test_sign_in_tab_order(qtbot: QtBot, ui: UiServices, tmp_path: Path) -> None:
    view = SignInController(make_settings(tmp_path), ui.translations, ui.errors).view
    qtbot.addWidget(view)
    view.show()
    view.name_edit.setText("An")
    view.staff_edit.setText("G1")
    expected = [view.name_edit, view.staff_edit, view.centre_combo, view.language_combo, view.sign_in_button]
    assert _focus_chain(view.name_edit, len(expected)) == expected


def test_confirmation_tab_order(make_shell: MakeShell, citizen: Citizen) -> None:
    shell = make_shell()
    shell.show_confirmation(citizen.registration, citizen.code)
    view = shell.confirmation.view
    expected = [view.print_button, view.pdf_button, view.next_button]
    assert _focus_chain(view.print_button, len(expected)) == expected


def test_home_tab_order_once_paths_are_connected(make_shell: MakeShell) -> None:
    shell = make_shell()
    shell.set_paths_available(eid=True, other_document=True)
    expected = [shell.home.eid_button, shell.home.other_button]
    assert _focus_chain(shell.home.eid_button, len(expected)) == expected


def test_every_action_and_button_has_a_keyboard_way(make_shell: MakeShell, citizen: Citizen) -> None:
    shell = make_shell()
    shell.show_confirmation(citizen.registration, citizen.code)
    shortcuts = {
        action.objectName(): action.shortcut().toString() for action in shell.view.citizen_menu.actions()
    }
    assert shortcuts["new-citizen"] == "Ctrl+N"
    assert shortcuts["print-slip"] == "Ctrl+P"
    assert shortcuts["cancel"] == "Esc"
    buttons = [
        *_screens(shell)[0].findChildren(QAbstractButton),
        *shell.confirmation.view.findChildren(QAbstractButton),
    ]
    without_mnemonic = [button.objectName() for button in buttons if "&" not in button.text()]
    assert without_mnemonic == []
