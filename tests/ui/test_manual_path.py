"""The manual path end to end: document type, form (typed or from the zone), check and register, code.

Registrations go into the real encrypted store (:class:`~tests.support.registration_flow.CounterStore`).
Personal data is made up and compared into booleans, so a failure never prints it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from activation_code import verify_code
from clerk_app.domain.documents import DocumentKind
from clerk_app.domain.identity import Sex
from clerk_app.domain.registration import Language
from clerk_app.storage import Store
from clerk_app.ui.composition import UiServices
from clerk_app.ui.shell import Shell
from tests.support.registration_flow import (
    ADULT,
    CHILD,
    EXPIRED,
    TODAY,
    CounterStore,
    focused,
    open_form,
    press,
    problem_text,
    scan,
    td3_zone,
    type_text,
    type_values,
)
from tests.support.ui_citizens import leaking_widgets, make_settings
from tests.support.valid_registrations import valid_values

MakeShell = Callable[..., Shell]


@pytest.fixture
def store(real_store: Store) -> CounterStore:
    return CounterStore(real_store)


@pytest.fixture
def shell(make_shell: MakeShell, store: CounterStore) -> Shell:
    return make_shell(registrar=store, today=lambda: TODAY)


def _confirm_and_register(qtbot: QtBot, shell: Shell, email: str) -> None:
    step = shell.register_step
    assert step is not None
    assert shell.current_screen() is step.view
    qtbot.mouseClick(step.view.inputs.presence_check, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(step.view.inputs.email_edit, email)
    qtbot.keyClicks(step.view.inputs.email_again_edit, email)
    qtbot.mouseClick(step.view.register_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shell.current_screen() is shell.confirmation.view, timeout=10_000)


def test_the_zone_matches_the_icao_specimen() -> None:
    """The zone builder of these tests writes the published Utopia specimen digit for digit."""
    zone = td3_zone(
        issuing="UTO",
        surname="ERIKSSON",
        given_names="ANNA MARIA",
        number="L898902C3",
        nationality="UTO",
        birth=dt.date(1974, 8, 12),
        sex="F",
        expiry=dt.date(2012, 4, 15),
        personal="ZE184226B",
    )
    assert zone == (
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10"
    )


def test_other_document_is_offered_once_a_store_is_connected(make_shell: MakeShell, shell: Shell) -> None:
    assert shell.home.other_button.isEnabled()
    assert not shell.home.eid_button.isEnabled()  # the card path is wired by the composition root
    assert QApplication.focusWidget() is shell.home.other_button
    assert not make_shell().home.other_button.isEnabled()  # no store: nothing to register into


def test_passport_by_scanned_zone_fills_the_form_and_registers(
    qtbot: QtBot, shell: Shell, store: CounterStore
) -> None:
    form = open_form(qtbot, shell, "belgian_passport")
    assert QApplication.focusWidget() is form.zone_edit
    scan(qtbot, form, ADULT.zone())
    assert shell.current_screen() is form, "the scanner's Enter must not submit the form"
    assert form.zone_edit.toPlainText().count("\n") == 2, "each of the scanner's Enters is a line break"
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is form.zone_button, "Tab leaves the zone field instead of typing a tab"
    qtbot.waitUntil(lambda: form.values()["surname"] != "", timeout=3000)
    expected = {
        "surname": "VERSTRAETE",
        "given_names": "WARD KAREL",
        "birth_date": "30/07/1985",
        "sex": "M",
        "national_number": ADULT.national_number,
        "document_number": ADULT.passport,
        "document_valid_until": "31/01/2030",
        "document_valid_from": "",
    }
    filled = form.values() == expected
    assert filled, "the form does not hold what the zone says"
    assert form.zone_status.isVisible()
    assert form.zone_status.text() == "Ingevuld uit de zone. Controleer elk veld met het document."

    qtbot.mouseClick(form.next_button, Qt.MouseButton.LeftButton)
    _confirm_and_register(qtbot, shell, ADULT.email)
    assert store.calls == 1
    assert store.on_gui_thread == [False]
    (registration,) = store.persisted()
    identity = registration.identity
    assert identity is not None
    same_person = (
        identity.document_kind is DocumentKind.BELGIAN_PASSPORT
        and identity.national_number == ADULT.national_number
        and identity.birth_date.as_date() == ADULT.birth
        and identity.sex is Sex.MALE
        and identity.nationality == "BEL"
        and registration.email == ADULT.email
    )
    assert same_person, "the stored registration is not the scanned passport"
    shown = shell.confirmation.view.code_label.text().replace(" – ", "-")
    assert verify_code(registration.code_hash, shown), "the code on screen is not the one stored"
    assert leaking_widgets(form, ADULT.secrets) == [], "the form still holds the citizen after registering"


def test_orange_card_typed_by_hand(qtbot: QtBot, shell: Shell, store: CounterStore) -> None:
    form = open_form(qtbot, shell, "orange_card")
    assert not form.zone_box.isVisible()
    assert form.no_zone_label.isVisible()
    assert form.no_zone_label.text().startswith("Dit document heeft geen machineleesbare zone")
    values = valid_values(DocumentKind.ORANGE_CARD)
    assert QApplication.focusWidget() is form.rows["surname"].input
    type_values(qtbot, form, values)
    qtbot.mouseClick(form.next_button, Qt.MouseButton.LeftButton)
    step = shell.register_step
    assert step is not None
    assert step.view.identity_values["document"].text() == "Oranje kaart (attest van immatriculatie)"
    assert step.view.eligibility_verdict.text() == "Deze persoon kan met dit document geregistreerd worden."
    _confirm_and_register(qtbot, shell, "leila@example.org")
    (registration,) = store.persisted()
    assert registration.identity is not None
    assert registration.identity.document_kind is DocumentKind.ORANGE_CARD
    assert registration.identity.issuing_authority == "Gent"


def test_a_failed_check_digit_names_and_marks_the_field(qtbot: QtBot, shell: Shell) -> None:
    form = open_form(qtbot, shell, "belgian_passport")
    line1, line2 = ADULT.zone().splitlines()
    misread = line2[:13] + "9" + line2[14:]  # birth year 1985 read as 1995: its check digit fails
    scan(qtbot, form, f"{line1}\n{misread}")
    qtbot.waitUntil(lambda: problem_text(form, "zone") != "", timeout=3000)
    zone_problem = problem_text(form, "zone")
    assert zone_problem.startswith("Een controlecijfer van de machineleesbare zone klopt niet")
    assert zone_problem.endswith(
        "Controlecijfers die niet kloppen: Geboortedatum, Algemeen controlecijfer (de hele zone)"
    )
    assert problem_text(form, "birth_date").startswith(
        "Het controlecijfer van de zone voor dit veld klopt niet"
    )
    assert problem_text(form, "document_number") == ""
    assert form.values()["surname"] == "", "a zone with a failed check must fill nothing"
    form.rows["birth_date"].input.setFocus()
    type_text(qtbot, "30/07/1985")
    assert problem_text(form, "birth_date") == "", "typing in the marked field takes the mark away"


def test_a_zone_of_another_document_type_says_so(qtbot: QtBot, shell: Shell) -> None:
    form = open_form(qtbot, shell, "foreign_passport")
    scan(qtbot, form, ADULT.zone())  # a Belgian passport's zone
    qtbot.waitUntil(lambda: problem_text(form, "zone") != "", timeout=3000)
    assert problem_text(form, "zone").startswith("Deze machineleesbare zone hoort niet bij het gekozen")


def test_an_incomplete_zone_waits_silently_until_the_clerk_asks(qtbot: QtBot, shell: Shell) -> None:
    form = open_form(qtbot, shell, "belgian_passport")
    qtbot.keyClicks(form.zone_edit, ADULT.zone().splitlines()[0])
    settle = form.findChild(QTimer)  # the manual path reads a typed zone once it has settled
    assert settle is not None and settle.isActive()
    with qtbot.waitSignal(settle.timeout, timeout=3000):
        pass
    assert problem_text(form, "zone") == ""
    qtbot.mouseClick(form.zone_button, Qt.MouseButton.LeftButton)
    assert problem_text(form, "zone").startswith(
        "Dit is geen volledige machineleesbare zone: ze heeft 1 regel"
    )


def test_every_problem_of_the_form_shows_at_once_under_its_field(qtbot: QtBot, shell: Shell) -> None:
    form = open_form(qtbot, shell, "foreign_passport")
    type_values(qtbot, form, {"birth_date": "31/02/1990", "nationality": "ZZZ"})
    qtbot.mouseClick(form.next_button, Qt.MouseButton.LeftButton)
    assert shell.current_screen() is form
    for name in ("surname", "birth_date", "sex", "nationality", "national_number", "document_number"):
        assert problem_text(form, name) != "", f"no message under {name}"
    assert problem_text(form, "given_names") == ""  # optional
    assert problem_text(form, "nationality").startswith("Dit is geen gekende nationaliteitscode")
    assert QApplication.focusWidget() is form.rows["surname"].input


def test_a_person_without_national_number_is_told_what_to_do(qtbot: QtBot, shell: Shell) -> None:
    form = open_form(qtbot, shell, "annex_35")
    type_values(qtbot, form, valid_values(DocumentKind.ANNEX_35, national_number=""))
    qtbot.mouseClick(form.next_button, Qt.MouseButton.LeftButton)
    assert shell.current_screen() is form
    told = problem_text(form, "national_number")
    assert told.startswith("Verplicht: de digitale sleutels hangen eraan vast.")
    assert "een Belgische instelling (bv. de werkgever) een BIS-nummer aanvraagt" in told
    assert QApplication.focusWidget() is form.rows["national_number"].input


def _refused(qtbot: QtBot, shell: Shell, store: CounterStore, ui: UiServices, person_zone: str) -> str:
    form = open_form(qtbot, shell, "belgian_passport")
    scan(qtbot, form, person_zone)
    qtbot.waitUntil(lambda: form.values()["surname"] != "", timeout=3000)
    qtbot.mouseClick(form.next_button, Qt.MouseButton.LeftButton)
    step = shell.register_step
    assert step is not None
    assert shell.current_screen() is step.view
    assert step.view.eligibility_verdict.text() == "Deze persoon kan niet geregistreerd worden:"
    assert not step.view.register_button.isEnabled()
    qtbot.mouseClick(step.view.inputs.presence_check, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(step.view.inputs.email_edit, "x@example.org")
    qtbot.keyClicks(step.view.inputs.email_again_edit, "x@example.org")
    assert not step.view.register_button.isEnabled(), "filling the inputs must not lift the refusal"
    step.register()  # even if called directly (the tests' workers are inline: a job would have run)
    assert store.calls == 0
    return step.view.eligibility_list.text()


@pytest.mark.inline_workers  # a job started would have run by the next line: no drain needed
def test_an_under_12_passport_holder_is_refused_with_the_reason(
    qtbot: QtBot, shell: Shell, store: CounterStore, ui: UiServices
) -> None:
    reasons = _refused(qtbot, shell, store, ui, CHILD.zone())
    assert reasons == (
        "• De persoon is jonger dan 12 jaar. Digitale sleutels kunnen aangevraagd worden vanaf de 12de "
        "verjaardag (30/07/2029)."
    )
    step = shell.register_step
    assert step is not None
    marked = step.view.identity_values["birth_date"].styleSheet()
    assert "#b00020" in marked


@pytest.mark.inline_workers  # a job started would have run by the next line: no drain needed
def test_an_expired_passport_is_refused(
    qtbot: QtBot, shell: Shell, store: CounterStore, ui: UiServices
) -> None:
    reasons = _refused(qtbot, shell, store, ui, EXPIRED.zone())
    assert reasons == "• Het document is vervallen op 28/02/2026. Vraag een geldig document."


@pytest.mark.inline_workers  # a job started would have run by the next line: no drain needed
def test_lives_abroad_turns_an_expired_document_into_the_contact_form_route(
    qtbot: QtBot, shell: Shell, store: CounterStore, ui: UiServices
) -> None:
    _refused(qtbot, shell, store, ui, EXPIRED.zone())
    step = shell.register_step
    assert step is not None
    qtbot.mouseClick(step.view.abroad_check, Qt.MouseButton.LeftButton)
    assert "contactformulier" in step.view.eligibility_list.text()
    assert "vervallen" not in step.view.eligibility_list.text()
    assert not step.view.register_button.isEnabled()


def test_back_from_the_check_returns_to_the_filled_form(qtbot: QtBot, shell: Shell) -> None:
    form = open_form(qtbot, shell, "belgian_passport")
    scan(qtbot, form, EXPIRED.zone())
    qtbot.waitUntil(lambda: form.values()["surname"] != "", timeout=3000)
    qtbot.mouseClick(form.next_button, Qt.MouseButton.LeftButton)
    step = shell.register_step
    assert step is not None
    assert step.view.back_button.isVisible()
    qtbot.mouseClick(step.view.back_button, Qt.MouseButton.LeftButton)
    assert shell.current_screen() is form
    assert form.values()["document_valid_until"] == "28/02/2026"
    assert leaking_widgets(step.view, EXPIRED.secrets) == [], "the check screen keeps data after Back"


def test_keyboard_only_manual_registration(qtbot: QtBot, shell: Shell, store: CounterStore) -> None:
    """Home to code with key events only: mnemonics, Tab, typing, Space and Enter."""
    values = valid_values(DocumentKind.ORANGE_CARD)
    manual = shell.manual_path
    assert manual is not None
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # &Ander document (an animated click)
    qtbot.waitUntil(lambda: shell.current_screen() is manual.choice)
    press(qtbot, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)  # &3 Oranje kaart
    qtbot.waitUntil(lambda: shell.current_screen() is manual.form)
    for name in (
        "surname",
        "given_names",
        "birth_date",
        "sex",
        "nationality",
        "national_number",
        "document_number",
        "document_valid_until",
        "document_valid_from",
        "issuing_authority",
    ):
        assert focused() is manual.form.rows[name].input, f"Tab order broken before {name}"
        type_text(qtbot, "V" if name == "sex" else values[name])  # V picks "Vrouw (F)"
        press(qtbot, Qt.Key.Key_Tab)
    assert focused() is manual.form.next_button
    press(qtbot, Qt.Key.Key_Return)
    step = shell.register_step
    assert step is not None
    assert shell.current_screen() is step.view
    assert focused() is step.view.inputs.presence_check
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "leila@example.org")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "leila@example.org")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is step.view.inputs.language_combo
    press(qtbot, Qt.Key.Key_Down)  # Frans
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is step.view.register_button
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shell.current_screen() is shell.confirmation.view, timeout=10_000)
    (registration,) = store.persisted()
    assert registration.language is Language.FR
    assert registration.identity is not None
    assert registration.identity.sex is Sex.FEMALE
    assert registration.identity.document_kind is DocumentKind.ORANGE_CARD


def test_mnemonics_reach_the_register_inputs(qtbot: QtBot, shell: Shell) -> None:
    form = open_form(qtbot, shell, "orange_card")
    type_values(qtbot, form, valid_values(DocumentKind.ORANGE_CARD))
    press(qtbot, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)  # &Volgende
    step = shell.register_step
    assert step is not None
    qtbot.waitUntil(lambda: shell.current_screen() is step.view)
    press(qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)  # &E-mailadres: the label's buddy
    assert focused() is step.view.inputs.email_edit
    press(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # &persoonlijk aanwezig
    qtbot.waitUntil(step.view.inputs.presence_check.isChecked)


@pytest.mark.parametrize("how", ["escape", "new citizen", "idle"])
def test_every_way_out_clears_the_form(
    qtbot: QtBot, make_shell: MakeShell, store: CounterStore, tmp_path: Path, how: str
) -> None:
    settings = make_settings(tmp_path / "way-out", idle_clear_seconds=1 if how == "idle" else 120)
    shell = make_shell(settings, registrar=store, today=lambda: TODAY)
    form = open_form(qtbot, shell, "belgian_passport")
    scan(qtbot, form, ADULT.zone())
    qtbot.waitUntil(lambda: form.values()["surname"] != "", timeout=3000)
    form.rows["given_names"].input.setFocus()
    type_text(qtbot, " MARIA")
    assert leaking_widgets(shell.view, ADULT.secrets) != []
    if how == "escape":
        press(qtbot, Qt.Key.Key_Escape)  # from inside a field, as the clerk would
    elif how == "new citizen":
        press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: shell.current_screen() is shell.home, timeout=5000)
    assert leaking_widgets(shell.view, ADULT.secrets) == []
    for widget in (form.rows["given_names"].input, form.zone_edit):
        widget.setFocus()
        qtbot.keyClick(widget, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert leaking_widgets(shell.view, ADULT.secrets) == [], "undo brought the previous citizen back"


def test_escape_in_the_zone_field_cancels_too(qtbot: QtBot, shell: Shell) -> None:
    form = open_form(qtbot, shell, "foreign_passport")
    qtbot.keyClicks(form.zone_edit, "P<NLD")
    press(qtbot, Qt.Key.Key_Escape)
    assert shell.current_screen() is shell.home
    assert form.zone_edit.toPlainText() == ""


@pytest.mark.parametrize(
    ("position", "misread", "field", "named"),
    [
        (0, "F", "document_number", "Documentnummer"),  # EH123456 read as FH123456
        (21, "4", "document_valid_until", "Geldig tot"),  # expiry 2030 read as 2040
        (29, "6", "national_number", "Rijksregister- of BIS-nummer"),  # the personal number
    ],
)
def test_each_failed_check_points_at_its_own_field(
    qtbot: QtBot, shell: Shell, position: int, misread: str, field: str, named: str
) -> None:
    form = open_form(qtbot, shell, "belgian_passport")
    line1, line2 = ADULT.zone().splitlines()
    assert line2[position] != misread
    scan(qtbot, form, f"{line1}\n{line2[:position]}{misread}{line2[position + 1 :]}")
    qtbot.waitUntil(lambda: problem_text(form, "zone") != "", timeout=3000)
    assert problem_text(form, "zone").endswith(
        f"Controlecijfers die niet kloppen: {named}, Algemeen controlecijfer (de hele zone)"
    )
    marked = [name for name in form.rows if problem_text(form, name)]
    assert marked == [field]
