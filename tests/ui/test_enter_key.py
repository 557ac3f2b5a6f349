"""Enter means the form's default action: *Next* in a manual-form field (a line break in the MRZ zone),
*Register* in the second e-mail field, so an eID registration by keyboard is Space, Tab, Tab, Enter.

Each test runs at the two screen sizes the counters have and in the three UI languages: the key does not
depend on either, and a translated mnemonic or a layout that hides the button must not change that.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from clerk_app.domain.documents import DocumentKind
from clerk_app.domain.identity import identity_from_card
from clerk_app.storage import Store
from clerk_app.ui.composition import UiServices
from clerk_app.ui.shell import Shell
from tests.support.registration_flow import (
    ADULT,
    TODAY,
    CounterStore,
    focused,
    open_form,
    press,
    problem_text,
    type_text,
    type_values,
)
from tests.support.valid_registrations import card, valid_values

MakeShell = Callable[..., Shell]
EMAIL = "an.citizen@example.org"

SIZES = [pytest.param((1024, 768), id="1024x768"), pytest.param((1366, 768), id="1366x768")]
LANGUAGES = ["nl", "fr", "en"]


@pytest.fixture
def store(real_store: Store) -> CounterStore:
    return CounterStore(real_store)


@pytest.fixture(params=SIZES)
def shell(request: pytest.FixtureRequest, make_shell: MakeShell, store: CounterStore) -> Shell:
    made = make_shell(registrar=store, today=lambda: TODAY)
    made.view.resize(*request.param)
    return made


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest, ui: UiServices) -> str:
    ui.translations.switch(request.param)
    return str(request.param)


@pytest.mark.parametrize("field", ["surname", "sex", "issuing_authority"])
def test_enter_in_a_manual_form_field_means_next(
    qtbot: QtBot, shell: Shell, language: str, field: str
) -> None:
    form = open_form(qtbot, shell, "orange_card")
    type_values(qtbot, form, valid_values(DocumentKind.ORANGE_CARD))
    form.rows[field].input.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    step = shell.register_step
    assert step is not None
    assert shell.current_screen() is step.view, f"Enter in {field} did not go on"


def test_enter_in_an_incomplete_form_shows_what_is_missing(qtbot: QtBot, shell: Shell, language: str) -> None:
    form = open_form(qtbot, shell, "orange_card")
    qtbot.keyClicks(form.rows["surname"].input, "Peeters")
    press(qtbot, Qt.Key.Key_Enter)  # the keypad's Enter too
    assert shell.current_screen() is form
    first = form.first_problem_input()  # Next was pressed: every problem is shown, the first focused
    assert first is not None and first is not form.rows["surname"].input
    assert focused() is first


def test_enter_in_the_zone_is_a_line_break(qtbot: QtBot, shell: Shell, language: str) -> None:
    form = open_form(qtbot, shell, "belgian_passport")
    first = ADULT.zone().splitlines()[0]
    qtbot.keyClicks(form.zone_edit, first)
    qtbot.keyClick(form.zone_edit, Qt.Key.Key_Return)
    assert shell.current_screen() is form
    assert form.zone_edit.toPlainText() == first + "\n"


def test_an_eid_registration_is_space_tab_tab_enter(
    qtbot: QtBot, shell: Shell, store: CounterStore, language: str
) -> None:
    step = shell.register_step
    assert step is not None
    step.start(identity_from_card(card(12)))
    assert focused() is step.view.inputs.presence_check
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, EMAIL)
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, EMAIL)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shell.current_screen() is shell.confirmation.view, timeout=10_000)
    assert len(store.persisted()) == 1


def test_enter_with_a_different_second_address_registers_nothing(
    qtbot: QtBot, shell: Shell, store: CounterStore, language: str
) -> None:
    step = shell.register_step
    assert step is not None
    step.start(identity_from_card(card(12)))
    press(qtbot, Qt.Key.Key_Space)
    qtbot.keyClicks(step.view.inputs.email_edit, EMAIL)
    qtbot.keyClicks(step.view.inputs.email_again_edit, "another@example.org")
    step.view.inputs.email_again_edit.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert shell.current_screen() is step.view
    assert problem_text(step.view, "email-again")
    assert store.calls == 0
