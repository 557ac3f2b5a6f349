"""The registrations list: today's by default with statuses in words, earlier days, search, paging, clearing.

Everything is registered into the real encrypted store (:func:`~tests.support.records_on_clock.populate`) and
moved through the statuses the sync relay records. Assertions about names and numbers compare into a
boolean first, so a failure never prints them.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from clerk_app.domain.documents import DocumentKind
from clerk_app.domain.registration import RegistrationStatus
from clerk_app.errors import StorageError
from clerk_app.storage import Store
from clerk_app.ui.composition import UiServices
from clerk_app.ui.controllers import registrations as registrations_module
from clerk_app.ui.controllers.registrations import RegistrationsController
from clerk_app.ui.models.registration_tables import RegistrationColumn
from clerk_app.ui.shell import Shell
from clerk_app.ui.views.form_parts import PROBLEM_COLOUR
from clerk_app.ui.views.registrations_view import Period
from tests.support.drain import drain
from tests.support.records_on_clock import (
    EMRE,
    MAI,
    PEOPLE,
    SEGOLENE,
    TODAY,
    ZOE,
    Counter,
    RecordsOnClock,
    at,
)
from tests.support.registration_flow import focused, press
from tests.support.ui_citizens import leaking_widgets, make_settings
from tests.support.valid_registrations import valid_identity

SECRETS = tuple(secret for person in PEOPLE for secret in person.secrets)


def column(listing: RegistrationsController, which: RegistrationColumn) -> list[str]:
    model = listing.model
    return [model.data(model.index(row, which.value)) for row in range(model.rowCount())]


def listed_ids(listing: RegistrationsController) -> list[object]:
    return [listing.model.registration(row).id for row in range(listing.model.rowCount())]


def wait_listed(qtbot: QtBot, listing: RegistrationsController) -> None:
    qtbot.waitUntil(lambda: not listing.busy, timeout=10_000)


def choose_period(qtbot: QtBot, listing: RegistrationsController, period: Period) -> None:
    """As the clerk picks it in the list (the combo's ``activated``), which searches at once."""
    combo = listing.view.period_combo
    combo.setCurrentIndex(combo.findData(period.value))
    combo.activated.emit(combo.currentIndex())
    wait_listed(qtbot, listing)


def search_for(qtbot: QtBot, listing: RegistrationsController, *, name: str = "", number: str = "") -> None:
    view = listing.view
    view.name_edit.setText(name)  # QTest types ASCII only: accents arrive as from an input method
    view.number_edit.setText(number)
    qtbot.keyClick(view.number_edit, Qt.Key.Key_Return)
    wait_listed(qtbot, listing)


def test_todays_registrations_are_listed_with_their_status_in_words(
    shell: Shell, listing: RegistrationsController, counter: Counter, records: RecordsOnClock
) -> None:
    assert shell.current_screen() is listing.view
    assert QApplication.focusWidget() is listing.view.name_edit
    newest_first = [
        counter.expired,
        counter.activated,
        counter.replacement,
        counter.revoked,
        counter.rejected,
        counter.accepted,
        counter.issued,
    ]
    assert listed_ids(listing) == [registration.id for registration in newest_first]
    assert column(listing, RegistrationColumn.STATUS) == [
        "Verlopen",
        "Geactiveerd",
        "Uitgereikt",
        "Ingetrokken",
        "Geweigerd: het dienstencentrum hoort niet bij deze werkpost",
        "Aanvaard",
        "Uitgereikt",
    ]
    assert column(listing, RegistrationColumn.TIME)[-1] == "02/03/2026 09:05"
    assert (
        column(listing, RegistrationColumn.DOCUMENT)
        == ["eID of elektronische verblijfskaart"] * 4
        + ["Buitenlands paspoort"]
        + ["eID of elektronische verblijfskaart"] * 2
    )
    centres = column(listing, RegistrationColumn.CENTRE)
    assert centres[4] == "Dienstencentrum Gentbrugge"
    assert set(centres[:4] + centres[5:]) == {"Stadskantoor (Afhaalbalie Burgerzaken)"}
    clerks = column(listing, RegistrationColumn.CLERK)
    assert clerks[4] == "Els Claeys (G77777)"
    assert set(clerks[:4] + clerks[5:]) == {"Jan Peeters (G54321)"}
    names_match = column(listing, RegistrationColumn.PERSON)[-1] == "Dupré-Lemaître, Ségolène Anaïs"
    numbers_match = column(listing, RegistrationColumn.NATIONAL_NUMBER)[-1] == SEGOLENE.formatted_number
    assert names_match, "the citizen's name is not shown as surname, given names"
    assert numbers_match, "the national number is not shown as printed on the card"
    assert listing.view.count_label.text() == "7 gevonden."
    assert records.calls == ["search"]
    assert records.on_gui_thread == [False]


def test_a_status_the_relay_recorded_shows_at_the_next_search(
    qtbot: QtBot, listing: RegistrationsController, counter: Counter, real_store: Store
) -> None:
    """Five wrong codes at the central service: the clerk reads why, in the problem colour."""
    real_store.outbox.apply_central_status(counter.accepted.id, RegistrationStatus.LOCKED, at(TODAY, 11, 50))
    qtbot.mouseClick(listing.view.search_button, Qt.MouseButton.LeftButton)
    wait_listed(qtbot, listing)
    row = listed_ids(listing).index(counter.accepted.id)
    assert column(listing, RegistrationColumn.STATUS)[row] == (
        "Geblokkeerd (te veel foute codes: opnieuw registreren)"
    )
    colour = listing.model.data(
        listing.model.index(row, RegistrationColumn.STATUS.value), Qt.ItemDataRole.ForegroundRole
    )
    assert colour == QColor(PROBLEM_COLOUR)


def test_earlier_days_by_period_with_statuses_as_they_are_now(
    qtbot: QtBot, listing: RegistrationsController, counter: Counter
) -> None:
    choose_period(qtbot, listing, Period.LAST_14_DAYS)
    assert listing.view.days() == (TODAY - dt.timedelta(days=14), TODAY)
    newest_first = sorted(counter.today, key=lambda r: r.created_at, reverse=True)
    assert listed_ids(listing) == [*(r.id for r in newest_first), counter.earlier.id]
    assert column(listing, RegistrationColumn.STATUS)[-1] == "Uitgereikt"

    lapsed_day = TODAY - dt.timedelta(days=20)
    listing.view.from_edit.setDate(listing.view.from_edit.date().addDays(-6))  # the clerk picks days
    assert listing.view.period() is Period.CHOSEN
    listing.view.until_edit.setDate(listing.view.from_edit.date())
    qtbot.mouseClick(listing.view.search_button, Qt.MouseButton.LeftButton)
    wait_listed(qtbot, listing)
    assert listing.view.days() == (lapsed_day, lapsed_day)
    assert listed_ids(listing) == [counter.lapsed.id]
    assert counter.lapsed.status.value == "issued"  # stored as issued, but its 14 days are over
    assert column(listing, RegistrationColumn.STATUS) == ["Verlopen"]

    choose_period(qtbot, listing, Period.ANY)
    assert not listing.view.from_edit.isEnabled()
    assert listed_ids(listing)[-1] == counter.purged.id
    assert listing.model.rowCount() == 10
    erased = listing.model.rowCount() - 1
    assert column(listing, RegistrationColumn.PERSON)[erased] == "Persoonsgegevens gewist"
    assert column(listing, RegistrationColumn.NATIONAL_NUMBER)[erased] == ""
    assert column(listing, RegistrationColumn.DOCUMENT)[erased] == ""
    assert column(listing, RegistrationColumn.STATUS)[erased] == "Verlopen"
    assert leaking_widgets(listing.view, ZOE.secrets) == []
    assert not any(secret in " ".join(column(listing, RegistrationColumn.PERSON)) for secret in ZOE.secrets)

    choose_period(qtbot, listing, Period.TODAY)
    assert listing.view.days() == (TODAY, TODAY)
    assert listing.model.rowCount() == 7


@pytest.mark.parametrize(
    "typed", ["segolene", "Ségolène", "DUPRE lemaitre", "dupré-lemaître", "anais dupre"], ids=range(5)
)
def test_search_by_name_ignores_accents_case_and_order(
    qtbot: QtBot, listing: RegistrationsController, counter: Counter, typed: str
) -> None:
    search_for(qtbot, listing, name=typed)
    assert listed_ids(listing) == [counter.issued.id]
    assert listing.view.count_label.text() == "1 gevonden."
    assert QApplication.focusWidget() is listing.view.table  # Enter now opens it
    assert listing.view.open_button.isEnabled()


def test_a_name_search_finds_every_registration_of_the_person(
    qtbot: QtBot, listing: RegistrationsController, counter: Counter
) -> None:
    search_for(qtbot, listing, name="nguyen mai")
    assert listed_ids(listing) == [counter.replacement.id, counter.revoked.id]
    assert column(listing, RegistrationColumn.STATUS) == ["Uitgereikt", "Ingetrokken"]
    assert MAI.surname not in listing.view.count_label.text()
    search_for(qtbot, listing, name="nobody-by-this-name")
    assert listing.model.rowCount() == 0
    assert listing.view.count_label.text() == "Geen registraties gevonden."
    assert not listing.view.open_button.isEnabled()


@pytest.mark.parametrize("form", ["formatted", "compact", "spaced"])
def test_search_by_national_number_with_or_without_punctuation(
    qtbot: QtBot, listing: RegistrationsController, counter: Counter, form: str
) -> None:
    compact = EMRE.national_number
    typed = {
        "formatted": EMRE.formatted_number,
        "compact": compact,
        "spaced": f"{compact[:2]} {compact[2:4]} {compact[4:6]} {compact[6:9]} {compact[9:]}",
    }[form]
    search_for(qtbot, listing, number=typed)
    assert listed_ids(listing) == [counter.accepted.id]
    assert listing.view.number_problem.isHidden()


def test_an_incomplete_number_is_pointed_out_and_nothing_is_searched(
    qtbot: QtBot, listing: RegistrationsController, records: RecordsOnClock
) -> None:
    searches = records.calls.count("search")
    search_for(qtbot, listing, number=EMRE.formatted_number[:8])
    problem = listing.view.number_problem
    assert problem.isVisibleTo(listing.view)
    assert problem.text() == "Typ het hele nummer: 11 cijfers, met of zonder punten, streepje en spaties."
    assert QApplication.focusWidget() is listing.view.number_edit
    assert records.calls.count("search") == searches
    assert listing.model.rowCount() == 7  # the earlier results stay


def test_a_first_day_after_the_last_is_pointed_out(
    qtbot: QtBot, listing: RegistrationsController, records: RecordsOnClock
) -> None:
    listing.view.from_edit.setDate(listing.view.until_edit.date().addDays(1))
    searches = records.calls.count("search")
    qtbot.mouseClick(listing.view.search_button, Qt.MouseButton.LeftButton)
    assert listing.view.period_problem.text() == "De eerste dag valt na de laatste dag."
    assert records.calls.count("search") == searches


def test_show_more_fetches_the_next_page(
    qtbot: QtBot, listing: RegistrationsController, counter: Counter, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(registrations_module, "PAGE_SIZE", 3)
    everything = listed_ids(listing)
    search_for(qtbot, listing)
    assert listed_ids(listing) == everything[:3]
    assert listing.view.count_label.text() == "De 3 recentste gevonden; er zijn er meer."
    assert listing.view.more_button.isVisible()
    qtbot.mouseClick(listing.view.more_button, Qt.MouseButton.LeftButton)
    wait_listed(qtbot, listing)
    assert listed_ids(listing) == everything[:6]
    assert listing.view.table.selectionModel().selectedRows()[0].row() == 3  # the first new one
    qtbot.mouseClick(listing.view.more_button, Qt.MouseButton.LeftButton)
    wait_listed(qtbot, listing)
    assert listed_ids(listing) == everything
    assert not listing.view.more_button.isVisible()
    assert listing.view.count_label.text() == "7 gevonden."


def test_a_store_failure_is_shown_and_the_list_stays_usable(
    qtbot: QtBot, shell: Shell, listing: RegistrationsController, records: RecordsOnClock
) -> None:
    records.fail_with = StorageError("disk full")
    search_for(qtbot, listing, name="segolene")
    qtbot.waitUntil(lambda: shell.view.findChild(QMessageBox, "error-StorageError") is not None)
    box = shell.view.findChild(QMessageBox, "error-StorageError")
    assert box is not None and box.windowTitle() == "Probleem met de opslag"
    box.close()
    records.fail_with = None
    assert listing.view.search_button.isEnabled()
    search_for(qtbot, listing, name="segolene")
    assert listing.model.rowCount() == 1


def test_the_list_is_opened_with_its_shortcut_and_the_menu(
    qtbot: QtBot, shell: Shell, counter: Counter
) -> None:
    listing = shell.registrations
    assert listing is not None
    menu = shell.view.registrations_menu
    assert menu.menuAction().isVisible()
    assert menu.title() == "&Historiek"
    assert [action.text() for action in menu.actions()] == ["&Registraties…", "&Aantallen per dag…"]
    assert shell.view.registrations_action.shortcut().toString() == "Ctrl+F"
    assert shell.view.counts_action.shortcut().toString() == "Ctrl+D"
    shell.home.other_button.setFocus()
    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert shell.current_screen() is listing.view
    qtbot.waitUntil(lambda: listing.model.rowCount() == 7, timeout=10_000)
    press(qtbot, Qt.Key.Key_Escape)  # Cancel: back to the start, the list cleared
    assert shell.current_screen() is shell.home
    assert listing.model.rowCount() == 0


def test_the_menu_is_hidden_without_a_store(make_shell: Callable[..., Shell]) -> None:
    shell = make_shell()
    assert shell.registrations is None
    assert not shell.view.registrations_menu.menuAction().isVisible()
    assert not shell.view.registrations_action.isEnabled()


def test_opening_the_list_clears_the_citizen_being_registered(
    qtbot: QtBot, shell: Shell, counter: Counter
) -> None:
    step, listing = shell.register_step, shell.registrations
    assert step is not None and listing is not None
    identity = valid_identity(DocumentKind.ANNEX_35)
    step.start(identity, back=shell.show_home)
    qtbot.keyClicks(step.view.inputs.email_edit, "someone@example.org")
    qtbot.keyClick(step.view.inputs.email_edit, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert shell.current_screen() is listing.view
    assert (
        leaking_widgets(step.view, (identity.surname, identity.national_number, "someone@example.org")) == []
    )


def test_the_confirmation_screen_cannot_be_left_for_the_list(
    qtbot: QtBot, shell: Shell, counter: Counter
) -> None:
    shell.show_confirmation(counter.issued, "7KQ2-M9XD-4T0B")
    assert not shell.view.registrations_action.isEnabled()
    assert not shell.view.counts_action.isEnabled()
    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert shell.current_screen() is shell.confirmation.view
    qtbot.keyClick(focused(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Next citizen
    assert shell.current_screen() is shell.home
    assert shell.view.registrations_action.isEnabled()


def test_next_citizen_clears_the_list_and_the_registration(
    qtbot: QtBot, shell: Shell, listing: RegistrationsController, counter: Counter
) -> None:
    search_for(qtbot, listing, name="segolene")
    press(qtbot, Qt.Key.Key_Return)  # opens it
    qtbot.waitUntil(lambda: shell.current_screen() is listing.registration.view, timeout=10_000)
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert shell.current_screen() is shell.home
    assert listing.model.rowCount() == 0
    assert listing.registration.registration is None
    assert leaking_widgets(shell.view, SECRETS) == []
    assert leaking_widgets(listing.view, SECRETS) == []
    assert leaking_widgets(listing.registration.view, SECRETS) == []
    undo = listing.view.name_edit
    undo.undo()
    assert undo.text() == ""  # nothing to bring back


@pytest.fixture
def idle_shell(make_counter_shell: Callable[..., Shell], tmp_path: Path) -> Shell:
    return make_counter_shell(settings=make_settings(tmp_path / "idle", idle_clear_seconds=2))


@pytest.mark.parametrize("where", ["list", "registration"])
def test_idle_time_clears_the_list_and_the_registration(
    qtbot: QtBot, idle_shell: Shell, counter: Counter, where: str
) -> None:
    listing = idle_shell.registrations
    assert listing is not None
    idle_shell.view.registrations_action.trigger()
    qtbot.waitUntil(lambda: listing.model.rowCount() == 7, timeout=10_000)
    if where == "registration":
        listing.open_selected()
        qtbot.waitUntil(lambda: idle_shell.current_screen() is listing.registration.view, timeout=10_000)
    qtbot.waitUntil(lambda: idle_shell.current_screen() is idle_shell.home, timeout=6_000)
    assert listing.model.rowCount() == 0
    assert listing.registration.registration is None
    assert leaking_widgets(idle_shell.view, SECRETS) == []
    message = idle_shell.view.notice.text()
    assert message == "Het scherm werd leeggemaakt omdat het een tijd niet gebruikt werd."


@pytest.fixture
def gate(records: RecordsOnClock) -> Iterator[threading.Event]:
    """Holds the store's worker until the test opens it."""
    opened = threading.Event()
    records.before = lambda: opened.wait(10)
    yield opened
    opened.set()


def test_results_that_arrive_after_clearing_are_dropped(
    qtbot: QtBot, shell: Shell, counter: Counter, gate: threading.Event, ui: UiServices
) -> None:
    listing = shell.registrations
    assert listing is not None
    shell.view.registrations_action.trigger()
    assert listing.busy
    assert listing.view.count_label.text() == "Bezig met zoeken…"
    assert not listing.view.search_button.isEnabled()
    shell.new_citizen()
    gate.set()
    drain(ui.workers)  # the search has run and its queued result is delivered
    assert listing.model.rowCount() == 0
    assert listing.view.count_label.text() == ""
    assert listing.view.search_button.isEnabled()
