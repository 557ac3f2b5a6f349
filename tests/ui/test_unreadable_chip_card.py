"""A Belgian card whose chip does not answer, registered from its zone (issue 14): Other document → the
card's type → its zone fills the form → the clerk ticks the check by eye → check and register.

Personal data is made up and compared into booleans, so a failure never prints it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox
from pytestqt.qtbot import QtBot

from clerk_app.cardreader.simulated.practice_documents import belgian_card_zone as belgian_td1_zone
from clerk_app.domain.documents import DocumentKind
from clerk_app.storage import Store
from clerk_app.ui.shell import Shell
from tests.support.registration_flow import TODAY, CounterStore, open_form, problem_text, scan
from tests.support.ui_citizens import leaking_widgets
from tests.support.valid_registrations import national_number

MakeShell = Callable[..., Shell]
NUMBER = national_number("840412", 124)
CARD_NUMBER = "591191706458"
# An older card: its number's check digit is the one over the number with the filler.
ZONE = belgian_td1_zone(
    number=CARD_NUMBER,
    national_number=NUMBER,
    surname="OEFENKAART",
    given_names="ANNA",
    birth=dt.date(1984, 4, 12),
    sex="F",
    expiry=dt.date(2030, 5, 10),
    old_rule=True,
)


@pytest.fixture
def store(real_store: Store) -> CounterStore:
    return CounterStore(real_store)


@pytest.fixture
def shell(make_shell: MakeShell, store: CounterStore) -> Shell:
    return make_shell(registrar=store, today=lambda: TODAY)


def test_an_older_card_with_a_dead_chip_registers_from_its_zone(
    qtbot: QtBot, shell: Shell, store: CounterStore
) -> None:
    form = open_form(qtbot, shell, DocumentKind.BELGIAN_CARD_CHIP_UNREADABLE.value)
    assert form.heading.text() == "Belgische kaart, chip onleesbaar"
    assert form.zone_box.isVisible()
    scan(qtbot, form, ZONE)
    qtbot.waitUntil(lambda: form.values()["surname"] != "", timeout=3000)
    values = form.values()
    filled = (
        values["surname"] == "OEFENKAART"
        and values["national_number"] == NUMBER
        and values["document_number"] == CARD_NUMBER
        and values["birth_date"] == "12/04/1984"
        and values["document_valid_until"] == "10/05/2030"
        and values["nationality"] == "BEL"
    )
    assert filled, "the form does not hold what the zone says"
    card_type = form.rows["card_type"].input
    assert isinstance(card_type, QComboBox)
    assert card_type.currentText() == "Belgische identiteitskaart (eID)"
    assert values["card_checked"] == "", "the check by eye is the clerk's, never the zone's"

    qtbot.mouseClick(form.next_button, Qt.MouseButton.LeftButton)
    assert shell.current_screen() is form
    assert problem_text(form, "card_checked").startswith("De chip kan deze kaart niet bewijzen")
    checked = form.rows["card_checked"].input
    assert isinstance(checked, QCheckBox)
    assert form.rows["card_checked"].label.buddy() is checked
    checked.click()
    assert problem_text(form, "card_checked") == ""
    qtbot.mouseClick(form.next_button, Qt.MouseButton.LeftButton)

    step = shell.register_step
    assert step is not None
    assert shell.current_screen() is step.view
    assert step.view.eligibility_verdict.text() == "Deze persoon kan met dit document geregistreerd worden."
    qtbot.mouseClick(step.view.inputs.presence_check, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(step.view.inputs.email_edit, "anna@example.org")
    qtbot.keyClicks(step.view.inputs.email_again_edit, "anna@example.org")
    qtbot.mouseClick(step.view.register_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shell.current_screen() is shell.confirmation.view, timeout=10_000)
    (registration,) = store.persisted()
    identity = registration.identity
    assert identity is not None
    recorded = (
        identity.document_kind is DocumentKind.BELGIAN_CARD_CHIP_UNREADABLE
        and identity.card_type_code == 1
        and identity.document_number == CARD_NUMBER
        and identity.national_number == NUMBER
    )
    assert recorded, "the registration does not say the chip was not read, or lost the card"
    assert leaking_widgets(form, (NUMBER, CARD_NUMBER, "OEFENKAART")) == []


def test_the_card_type_list_and_the_statement_follow_the_language(qtbot: QtBot, shell: Shell) -> None:
    form = open_form(qtbot, shell, DocumentKind.BELGIAN_CARD_CHIP_UNREADABLE.value)
    shell.switch_language("fr")
    qtbot.waitUntil(lambda: form.heading.text() == "Carte belge, puce illisible", timeout=3000)
    card_type = form.rows["card_type"].input
    assert isinstance(card_type, QComboBox)
    card_type.setCurrentIndex(card_type.findData("27"))
    assert card_type.currentText() == "Carte K (établissement)"
    assert form.rows["card_checked"].hint.text().startswith("Le visage correspond à la photo de la carte")
