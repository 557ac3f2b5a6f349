"""Re-issue: the old registration is revoked in the real store, the new code goes to the confirmation screen
and onto a new slip; a registration that cannot be re-issued says why, in the clerk's language.

Codes, names and addresses are compared into booleans, so a failure never prints them.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from activation_code import verify_code
from clerk_app.domain.registration import Language, Registration, RegistrationStatus
from clerk_app.errors import StorageError
from clerk_app.storage import AuditAction, Store
from clerk_app.ui.composition import UiServices
from clerk_app.ui.controllers.reissue import ReissueController
from clerk_app.ui.shell import Shell
from tests.support.records_on_clock import (
    EMRE,
    NOW,
    OTHER_CLERK,
    SEGOLENE,
    SIGNED_IN,
    TODAY,
    ZOE,
    Counter,
    RecordsOnClock,
    at,
)
from tests.support.registration_flow import focused, press, type_text
from tests.support.ui_citizens import leaking_widgets

NOT_ALLOWED = (
    "Deze registratie kan niet meer opnieuw uitgereikt worden: de code werd al vervangen, geweigerd, "
    "gebruikt of is verlopen. Registreer de burger opnieuw met zijn of haar document."
)
PURGED = (
    "De gegevens van de burger bij deze registratie werden na de bewaartermijn gewist, dus ze kan niet "
    "opnieuw uitgereikt worden. Registreer de burger opnieuw met zijn of haar document."
)


def _squashed(text: str) -> str:
    return "".join(ch for ch in text if ch.isalnum()).upper()


def opened(qtbot: QtBot, shell: Shell, registration: Registration) -> ReissueController:
    """The registration screen, as Open in the list shows it."""
    listing = shell.registrations
    assert listing is not None
    controller = listing.registration
    controller.open(registration.id)
    qtbot.waitUntil(
        lambda: shell.current_screen() is controller.view and controller.registration is not None,
        timeout=10_000,
    )
    return controller


def reissue_and_wait(qtbot: QtBot, shell: Shell, controller: ReissueController) -> None:
    qtbot.mouseClick(controller.view.reissue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not controller.busy, timeout=10_000)


def test_reissue_revokes_the_old_registration_and_shows_the_new_code(
    qtbot: QtBot,
    shell: Shell,
    counter: Counter,
    records: RecordsOnClock,
    real_store: Store,
    tmp_path: Path,
) -> None:
    controller = opened(qtbot, shell, counter.issued)
    view = controller.view
    assert view.status_label.text() == "Uitgereikt"
    assert view.meaning_label.text().startswith("De code werkt.")
    assert view.refusal_label.isHidden()
    assert view.reissue_button.isEnabled()
    assert QApplication.focusWidget() is view.inputs.presence_check
    assert not view.inputs.presence_check.isChecked()
    prefilled = view.inputs.email_edit.text() == SEGOLENE.email
    assert prefilled, "the stored e-mail address is not offered for checking"
    assert view.values["registered"].text() == "02/03/2026 09:05"
    assert view.values["valid_until"].text() == "16/03/2026 09:05"
    assert view.values["centre"].text() == "Stadskantoor (Afhaalbalie Burgerzaken)"

    qtbot.mouseClick(view.inputs.presence_check, Qt.MouseButton.LeftButton)
    view.inputs.language_combo.setCurrentIndex(view.inputs.language_combo.findData(Language.FR.value))
    reissue_and_wait(qtbot, shell, controller)
    qtbot.waitUntil(lambda: shell.current_screen() is shell.confirmation.view, timeout=10_000)
    assert shell.confirmation.view.heading.text() == "Opnieuw uitgereikt"  # not "Geregistreerd"

    (code,) = records.codes
    shown = _squashed(shell.confirmation.view.code_label.text()) == code.replace("-", "")
    assert shown, "the confirmation screen does not show the new code"
    old = real_store.registrations.get(counter.issued.id)
    assert old.status is RegistrationStatus.REVOKED
    (new,) = [r for r in real_store.registrations.search(limit=100) if r.replaces == counter.issued.id]
    assert new.status is RegistrationStatus.ISSUED
    stored = verify_code(new.code_hash, code)
    assert stored, "the code shown is not the new registration's"
    revoked = verify_code(old.code_hash, code)
    assert not revoked, "the new code must not be the old one"
    assert new.language is Language.FR
    assert new.clerk == SIGNED_IN and new.centre_id == shell.session.centre.id
    assert new.created_at == NOW.astimezone(dt.UTC)
    same_person = new.identity == old.identity and new.email == old.email
    assert same_person, "the re-issue is not for the same person and address"
    assert real_store.audit.history(old.id)[-1].action is AuditAction.REVOKED
    assert shell.confirmation.view.language_label.text() == "Frans"

    press(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # print the new slip
    printed = tmp_path / "printed.pdf"
    qtbot.waitUntil(printed.exists, timeout=10_000)
    qtbot.waitUntil(lambda: shell.confirmation.view.status_label.text() != "", timeout=10_000)
    text = " ".join(page.extract_text() or "" for page in PdfReader(printed).pages)
    assert code.replace("-", "") in _squashed(text), "the new slip does not carry the new code"

    listing = shell.registrations
    assert listing is not None
    assert listing.model.rowCount() == 0  # the list and the registration screen were cleared
    assert controller.registration is None
    assert leaking_widgets(listing.view, SEGOLENE.secrets) == []
    assert leaking_widgets(view, SEGOLENE.secrets) == []


def test_an_accepted_registration_can_be_reissued_with_a_corrected_address(
    qtbot: QtBot, shell: Shell, counter: Counter, records: RecordsOnClock, real_store: Store
) -> None:
    controller = opened(qtbot, shell, counter.accepted)
    view = controller.view
    assert view.status_label.text() == "Aanvaard"
    qtbot.mouseClick(view.inputs.presence_check, Qt.MouseButton.LeftButton)
    view.inputs.email_edit.setText("")
    qtbot.keyClicks(view.inputs.email_edit, "emre.celik@example.net")
    reissue_and_wait(qtbot, shell, controller)
    assert shell.current_screen() is view  # a changed address must be typed twice
    assert view.inputs.email_again_problem.text() == (
        "U hebt het adres gewijzigd: typ het een tweede keer, om zeker te zijn dat het klopt."
    )
    assert QApplication.focusWidget() is view.inputs.email_again_edit
    qtbot.keyClicks(view.inputs.email_again_edit, "emre.celik@example.met")
    reissue_and_wait(qtbot, shell, controller)
    assert view.inputs.email_again_problem.text() == (
        "De twee e-mailadressen zijn niet gelijk. Controleer ze allebei met de burger."
    )
    assert "reissue" not in records.calls
    view.inputs.email_again_edit.setText("")
    qtbot.keyClicks(view.inputs.email_again_edit, "emre.celik@example.net")
    qtbot.keyClick(view.inputs.email_again_edit, Qt.Key.Key_Return)  # Enter re-issues
    qtbot.waitUntil(lambda: shell.current_screen() is shell.confirmation.view, timeout=10_000)
    assert real_store.registrations.get(counter.accepted.id).status is RegistrationStatus.REVOKED
    (new,) = [r for r in real_store.registrations.search(limit=100) if r.replaces == counter.accepted.id]
    corrected = new.email == "emre.celik@example.net"
    assert corrected, "the corrected address was not used"


def test_presence_and_a_valid_address_are_required(
    qtbot: QtBot, shell: Shell, counter: Counter, records: RecordsOnClock
) -> None:
    controller = opened(qtbot, shell, counter.issued)
    view = controller.view
    view.inputs.email_edit.setText("no-address")
    view.inputs.email_again_edit.setText("no-address")
    reissue_and_wait(qtbot, shell, controller)
    assert view.inputs.presence_problem.isVisibleTo(view)
    assert (
        "persoonlijk" in view.inputs.presence_problem.text()
        or "aanwezig" in view.inputs.presence_problem.text()
    )
    assert view.inputs.email_problem.isVisibleTo(view)
    assert QApplication.focusWidget() is view.inputs.presence_check
    assert "reissue" not in records.calls
    qtbot.mouseClick(view.inputs.presence_check, Qt.MouseButton.LeftButton)
    assert view.inputs.presence_problem.isHidden()  # problems follow the inputs once tried


@pytest.mark.parametrize("which", ["revoked", "rejected", "activated", "expired", "lapsed"])
def test_a_registration_that_can_no_longer_be_activated_cannot_be_reissued(
    qtbot: QtBot, shell: Shell, counter: Counter, records: RecordsOnClock, which: str
) -> None:
    registration = getattr(counter, which)
    controller = opened(qtbot, shell, registration)
    view = controller.view
    assert view.refusal_label.isVisibleTo(view)
    assert view.refusal_label.text() == NOT_ALLOWED
    for widget in (
        view.inputs.presence_check,
        view.inputs.email_edit,
        view.inputs.language_combo,
        view.reissue_button,
    ):
        assert not widget.isEnabled()
    assert QApplication.focusWidget() is view.back_button
    controller.reissue()  # ignored: nothing to re-issue
    assert "reissue" not in records.calls
    expected = {
        "revoked": "Ingetrokken",
        "rejected": "Geweigerd: het dienstencentrum hoort niet bij deze werkpost",
        "activated": "Geactiveerd",
        "expired": "Verlopen",
        "lapsed": "Verlopen",
    }
    assert view.status_label.text() == expected[which]


def test_a_purged_registration_shows_no_names_and_cannot_be_reissued(
    qtbot: QtBot, shell: Shell, counter: Counter
) -> None:
    controller = opened(qtbot, shell, counter.purged)
    view = controller.view
    assert view.refusal_label.text() == PURGED
    assert view.erased_label.text() == "De persoonsgegevens van de burger werden na de bewaartermijn gewist."
    assert view.values["person"].text() == "Persoonsgegevens gewist"
    for name in ("national_number", "birth_date", "document", "email"):
        assert view.values[name].text() == ""
    assert view.inputs.email_edit.text() == ""
    assert not view.reissue_button.isEnabled()
    assert leaking_widgets(view, ZOE.secrets) == []


def test_the_store_refuses_a_registration_revoked_meanwhile(
    qtbot: QtBot, shell: Shell, counter: Counter, records: RecordsOnClock, real_store: Store
) -> None:
    controller = opened(qtbot, shell, counter.issued)
    view = controller.view
    real_store.registrations.reissue(counter.issued.id, OTHER_CLERK, at(TODAY, 11, 50))  # at another counter
    qtbot.mouseClick(view.inputs.presence_check, Qt.MouseButton.LeftButton)
    reissue_and_wait(qtbot, shell, controller)
    assert records.calls.count("reissue") == 1
    assert records.codes == []
    assert shell.current_screen() is view
    assert view.refusal_label.text() == NOT_ALLOWED
    qtbot.waitUntil(lambda: view.status_label.text() == "Ingetrokken", timeout=10_000)  # read again
    assert not view.reissue_button.isEnabled()
    replacements = [r for r in real_store.registrations.search(limit=100) if r.replaces == counter.issued.id]
    assert len(replacements) == 1  # only the one made at the other counter


def test_the_store_refuses_a_registration_purged_meanwhile(
    qtbot: QtBot, shell: Shell, counter: Counter, records: RecordsOnClock, real_store: Store
) -> None:
    controller = opened(qtbot, shell, counter.accepted)
    view = controller.view
    report = real_store.retention.purge(now=at(TODAY + dt.timedelta(days=45), 12))  # expired 31 days ago
    assert report.registrations >= 1
    qtbot.mouseClick(view.inputs.presence_check, Qt.MouseButton.LeftButton)
    reissue_and_wait(qtbot, shell, controller)
    assert view.refusal_label.text() == PURGED
    qtbot.waitUntil(lambda: view.erased_label.isVisibleTo(view), timeout=10_000)
    assert records.codes == []
    assert real_store.registrations.get(counter.accepted.id).status is RegistrationStatus.ACCEPTED
    assert leaking_widgets(view, EMRE.secrets) == []


def test_refusals_follow_the_ui_language(
    qtbot: QtBot, shell: Shell, counter: Counter, ui: UiServices
) -> None:
    controller = opened(qtbot, shell, counter.revoked)
    ui.translations.switch("fr")
    view = controller.view
    qtbot.waitUntil(lambda: view.heading.text() == "Enregistrement")
    assert view.refusal_label.text().startswith("Cet enregistrement ne peut plus être réémis")
    assert view.status_label.text() == "Révoqué"
    assert view.reissue_button.text() == "&Réémettre"


def test_a_refusal_on_the_stores_own_day_is_shown_and_the_inputs_stay(
    qtbot: QtBot, shell: Shell, counter: Counter, records: RecordsOnClock, real_store: Store
) -> None:
    """The store judges eligibility on its own clock: here the day after the card expired."""
    records.now = lambda: at(dt.date(2031, 7, 1), 9)
    controller = opened(qtbot, shell, counter.issued)
    view = controller.view
    qtbot.mouseClick(view.inputs.presence_check, Qt.MouseButton.LeftButton)
    reissue_and_wait(qtbot, shell, controller)
    assert view.refusal_label.text() == "Sommige velden zijn niet geldig. Verbeter de gemarkeerde velden."
    assert view.reissue_button.isEnabled()
    assert real_store.registrations.get(counter.issued.id).status is RegistrationStatus.ISSUED
    qtbot.mouseClick(view.inputs.presence_check, Qt.MouseButton.LeftButton)  # any change withdraws it
    assert view.refusal_label.isHidden()


def test_a_store_failure_is_shown_and_nothing_changes(
    qtbot: QtBot, shell: Shell, counter: Counter, records: RecordsOnClock, real_store: Store
) -> None:
    controller = opened(qtbot, shell, counter.issued)
    records.fail_with = StorageError("disk full")
    qtbot.mouseClick(controller.view.inputs.presence_check, Qt.MouseButton.LeftButton)
    reissue_and_wait(qtbot, shell, controller)
    qtbot.waitUntil(lambda: shell.view.findChild(QMessageBox, "error-StorageError") is not None)
    assert shell.current_screen() is controller.view
    assert controller.view.reissue_button.isEnabled()
    assert real_store.registrations.get(counter.issued.id).status is RegistrationStatus.ISSUED


def test_while_reissuing_nothing_can_be_changed_and_the_code_still_shows_after_cancel(
    qtbot: QtBot, shell: Shell, counter: Counter, records: RecordsOnClock
) -> None:
    controller = opened(qtbot, shell, counter.issued)
    view = controller.view
    gate = threading.Event()
    records.before = lambda: gate.wait(10)  # holds the store's worker until the test opens it
    try:
        qtbot.mouseClick(view.inputs.presence_check, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(view.reissue_button, Qt.MouseButton.LeftButton)
        assert controller.busy
        assert view.reissue_status.text() == "Bezig met opnieuw uitreiken…"
        assert not view.reissue_button.isEnabled() and not view.back_button.isEnabled()
        controller.reissue()  # a second press re-issues nothing more
        shell.cancel()  # Esc during the fraction of a second it takes
        assert shell.current_screen() is shell.home
    finally:
        gate.set()
    qtbot.waitUntil(lambda: shell.current_screen() is shell.confirmation.view, timeout=10_000)
    assert records.calls.count("reissue") == 1
    (code,) = records.codes
    shown = _squashed(shell.confirmation.view.code_label.text()) == code.replace("-", "")
    assert shown, "the new code must be shown: the old one no longer works"


def test_keyboard_only_reissue(
    qtbot: QtBot, make_counter_shell: Callable[..., Shell], counter: Counter, records: RecordsOnClock
) -> None:
    shell = make_counter_shell()
    listing = shell.registrations
    assert listing is not None
    shell.home.other_button.setFocus()
    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # Registrations
    assert shell.current_screen() is listing.view
    assert focused() is listing.view.name_edit
    qtbot.waitUntil(lambda: not listing.busy, timeout=10_000)
    type_text(qtbot, "segolene")
    press(qtbot, Qt.Key.Key_Return)  # search; the result gets the focus
    qtbot.waitUntil(lambda: focused() is listing.view.table, timeout=10_000)
    press(qtbot, Qt.Key.Key_Return)  # open it
    controller = listing.registration
    qtbot.waitUntil(lambda: shell.current_screen() is controller.view, timeout=10_000)
    view = controller.view
    assert focused() is view.inputs.presence_check
    press(qtbot, Qt.Key.Key_Space)
    assert view.inputs.presence_check.isChecked()
    for expected in (
        view.inputs.email_edit,
        view.inputs.email_again_edit,
        view.inputs.language_combo,
        view.reissue_button,
    ):
        press(qtbot, Qt.Key.Key_Tab)
        assert focused() is expected
    press(qtbot, Qt.Key.Key_Return)  # Re-issue
    qtbot.waitUntil(lambda: shell.current_screen() is shell.confirmation.view, timeout=10_000)
    (code,) = records.codes
    shown = _squashed(shell.confirmation.view.code_label.text()) == code.replace("-", "")
    assert shown, "the new code is not on the confirmation screen"
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Next citizen
    assert shell.current_screen() is shell.home


def test_back_returns_to_the_list_as_it_was(qtbot: QtBot, shell: Shell, counter: Counter) -> None:
    listing = shell.registrations
    assert listing is not None
    shell.view.registrations_action.trigger()
    qtbot.waitUntil(lambda: listing.model.rowCount() == 7, timeout=10_000)
    listing.view.table.selectRow(2)
    listing.view.table.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    controller = listing.registration
    qtbot.waitUntil(lambda: shell.current_screen() is controller.view, timeout=10_000)
    assert controller.registration is not None
    assert controller.registration.id == counter.replacement.id
    press(qtbot, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # "Te&rug naar de lijst" (an animated click)
    qtbot.waitUntil(lambda: shell.current_screen() is listing.view)
    assert listing.model.rowCount() == 7
    assert listing.view.table.selectionModel().selectedRows()[0].row() == 2
    assert controller.registration is None
    assert focused() is listing.view.table
