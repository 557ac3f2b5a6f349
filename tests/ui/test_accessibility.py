"""Every input is named for assistive technology, and the keyboard reaches everything in a sensible order."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QLabel,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from clerk_app.config import Profile
from clerk_app.domain.documents import DocumentKind
from clerk_app.domain.manual_fields import FieldKind, fields_for
from clerk_app.storage import Store
from clerk_app.ui.composition import UiServices
from clerk_app.ui.controllers.sign_in import SignInController
from clerk_app.ui.shell import Shell
from clerk_app.ui.views.document_choice_view import MANUAL_KINDS
from tests.support.accessibility import INPUTS, qt_internal, unlabelled_inputs
from tests.support.records_on_clock import NOW, RecordsOnClock
from tests.support.registration_flow import TODAY, CounterStore
from tests.support.ui_citizens import Citizen, make_settings
from tests.support.valid_registrations import valid_identity

MakeShell = Callable[..., Shell]


def _screens(shell: Shell) -> list[QWidget]:
    return [shell.view.stack.widget(i) for i in range(shell.view.stack.count())]


@pytest.mark.parametrize("profile", list(Profile))
def test_sign_in_inputs_are_labelled(qtbot: QtBot, ui: UiServices, tmp_path: Path, profile: Profile) -> None:
    controller = SignInController(make_settings(tmp_path, profile), ui.translations, ui.errors)
    qtbot.addWidget(controller.view)
    assert unlabelled_inputs(controller.view) == []


@pytest.fixture
def connected(make_shell: MakeShell, real_store: Store) -> Callable[..., Shell]:
    """Makes shells with the registration screens (manual path, register step, registrations view)
    connected."""

    def build(**options: object) -> Shell:
        return make_shell(
            registrar=CounterStore(real_store),
            registrations=RecordsOnClock(real_store),
            reports=RecordsOnClock(real_store),
            today=lambda: TODAY,
            now=lambda: NOW,
            **options,
        )

    return build


def _checked_inputs(root: QWidget) -> int:
    """How many inputs the label check looked at (so a screen without inputs cannot pass unnoticed)."""
    return sum(
        1
        for widget in root.findChildren(QWidget)
        if isinstance(widget, INPUTS) and not qt_internal(widget, root)
    )


@pytest.mark.parametrize("training", [False, True])
def test_every_screen_of_the_main_window_is_labelled(
    connected: MakeShell, citizen: Citizen, training: bool
) -> None:
    shell = connected(training=training)
    shell.show_confirmation(citizen.registration, citizen.code)
    assert shell.manual_path is not None and shell.register_step is not None
    shell.manual_path.open_form(DocumentKind.FOREIGN_PASSPORT)
    shell.register_step.start(valid_identity(DocumentKind.FOREIGN_PASSPORT))
    assert len(_screens(shell)) >= 5
    for screen in _screens(shell):
        assert unlabelled_inputs(screen) == [], screen.objectName()
    assert unlabelled_inputs(shell.view) == []
    assert _checked_inputs(shell.register_step.view) == 3  # two e-mail fields and the language
    assert shell.registrations is not None and shell.counts is not None
    assert _checked_inputs(shell.registrations.view) == 5  # name, number, period and its two days
    assert _checked_inputs(shell.registrations.registration.view) == 3  # two e-mail fields, language
    assert _checked_inputs(shell.counts.view) == 2  # the two days


@pytest.mark.parametrize("kind", MANUAL_KINDS, ids=[kind.value for kind in MANUAL_KINDS])
def test_every_manual_form_is_labelled(connected: MakeShell, kind: DocumentKind) -> None:
    shell = connected()
    manual = shell.manual_path
    assert manual is not None
    manual.open_form(kind)
    assert unlabelled_inputs(manual.form) == []
    zone = 1 if manual.form.zone_box.isVisibleTo(manual.form) else 0
    typed = [
        spec for spec in fields_for(kind) if spec.kind is not FieldKind.CONFIRMATION
    ]  # a tick box: no input
    assert _checked_inputs(manual.form) == len(typed) + 1  # the zone field is built for every kind
    assert zone == (0 if kind in (DocumentKind.ORANGE_CARD, DocumentKind.ANNEX_35) else 1)


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


def test_document_choice_tab_order(connected: MakeShell) -> None:
    shell = connected()
    manual = shell.manual_path
    assert manual is not None
    manual.choose_document()
    expected = [*manual.choice.buttons.values(), manual.choice.back_button]
    assert QApplication.focusWidget() is expected[0]
    assert _focus_chain(expected[0], len(expected)) == expected


@pytest.mark.parametrize("kind", [DocumentKind.BELGIAN_PASSPORT, DocumentKind.ANNEX_35])
def test_manual_form_tab_order(connected: MakeShell, kind: DocumentKind) -> None:
    shell = connected()
    manual = shell.manual_path
    assert manual is not None
    manual.open_form(kind)
    form = manual.form
    zone = [form.zone_edit, form.zone_button] if kind is DocumentKind.BELGIAN_PASSPORT else []
    expected = [*zone, *(row.input for row in form.rows.values()), form.next_button, form.back_button]
    assert QApplication.focusWidget() is expected[0]
    assert _focus_chain(expected[0], len(expected) + 1) == [*expected, expected[0]]


def test_register_step_tab_order(connected: MakeShell) -> None:
    shell = connected()
    step = shell.register_step
    assert step is not None
    step.start(valid_identity(DocumentKind.ANNEX_35), back=shell.show_home)
    view = step.view
    expected = [
        view.inputs.presence_check,
        view.inputs.email_edit,
        view.inputs.email_again_edit,
        view.inputs.language_combo,
        view.abroad_check,
        view.register_button,
        view.back_button,
    ]
    assert QApplication.focusWidget() is view.inputs.presence_check
    assert _focus_chain(view.inputs.presence_check, len(expected)) == expected


def _tabbed_chain(qtbot: QtBot, start: QWidget, count: int) -> list[QWidget]:
    """Where real Tab presses take the focus from ``start``. A spin box counts once: its inner line edit
    is its focus proxy, and in a date field Tab first steps through day, month and year."""

    def owner() -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        parent = widget.parentWidget()
        return parent if isinstance(parent, QAbstractSpinBox) and parent.focusProxy() is widget else widget

    start.setFocus()
    chain = [owner()]
    while len(chain) < count:
        for _ in range(4):  # at most the sections of a date, then the next field
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            if owner() is not chain[-1]:
                break
        chain.append(owner())
    return chain


def test_registrations_tab_order(qtbot: QtBot, connected: MakeShell) -> None:
    shell = connected()
    listing = shell.registrations
    assert listing is not None
    shell.view.registrations_action.trigger()
    qtbot.waitUntil(lambda: not listing.busy, timeout=10_000)
    view = listing.view
    view.show_found(1, more=True)
    view.open_button.setEnabled(True)
    expected = [
        view.name_edit,
        view.number_edit,
        view.period_combo,
        view.from_edit,
        view.until_edit,
        view.search_button,
        view.table,
        view.open_button,
        view.more_button,
        view.counts_button,
        view.back_button,
    ]
    assert QApplication.focusWidget() is view.name_edit
    assert _tabbed_chain(qtbot, view.name_edit, len(expected)) == expected


def test_registration_and_counts_tab_order(qtbot: QtBot, connected: MakeShell) -> None:
    shell = connected()
    listing, counts = shell.registrations, shell.counts
    assert listing is not None and counts is not None
    detail = listing.registration.view
    shell.show_screen(detail, personal_data=False)
    for widget in (
        detail.inputs.presence_check,
        detail.inputs.email_edit,
        detail.inputs.email_again_edit,
        detail.inputs.language_combo,
    ):
        widget.setEnabled(True)
    detail.reissue_button.setEnabled(True)
    expected = [
        detail.inputs.presence_check,
        detail.inputs.email_edit,
        detail.inputs.email_again_edit,
        detail.inputs.language_combo,
        detail.reissue_button,
        detail.back_button,
    ]
    assert _tabbed_chain(qtbot, detail.inputs.presence_check, len(expected)) == expected
    shell.view.counts_action.trigger()
    qtbot.waitUntil(lambda: not counts.busy, timeout=10_000)
    view = counts.view
    expected = [
        view.from_edit,
        view.until_edit,
        view.show_button,
        view.table,
        view.save_csv_button,
        view.save_pdf_button,
        view.back_button,
    ]
    assert QApplication.focusWidget() in (view.from_edit, view.from_edit.focusProxy())
    assert _tabbed_chain(qtbot, view.from_edit, len(expected)) == expected


def test_home_tab_order_once_paths_are_connected(make_shell: MakeShell) -> None:
    shell = make_shell()
    shell.set_paths_available(eid=True, other_document=True)
    expected = [shell.home.eid_button, shell.home.other_button]
    assert _focus_chain(shell.home.eid_button, len(expected)) == expected


def test_every_action_and_button_has_a_keyboard_way(connected: MakeShell, citizen: Citizen) -> None:
    shell = connected()
    assert shell.manual_path is not None
    shell.manual_path.open_form(DocumentKind.BELGIAN_PASSPORT)
    shell.show_confirmation(citizen.registration, citizen.code)
    shortcuts = {
        action.objectName(): action.shortcut().toString() for action in shell.view.citizen_menu.actions()
    }
    assert shortcuts["new-citizen"] == "Ctrl+N"
    assert shortcuts["print-slip"] == "Ctrl+P"
    assert shortcuts["cancel"] == "Esc"
    buttons = [
        button
        for screen in _screens(shell)
        for button in screen.findChildren(QAbstractButton)
        if not qt_internal(button, screen)  # e.g. a table's corner button
    ]
    assert len(buttons) >= 5
    without_mnemonic = [button.objectName() for button in buttons if "&" not in button.text()]
    assert without_mnemonic == []
