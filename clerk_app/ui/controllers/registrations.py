"""The registrations list: today's by default, earlier ones by period, search by name or national number.

Opened from the menu (or its shortcut) on any screen but the confirmation screen, whose code must not be
lost by a stray key: the current citizen is cleared first, as by Next citizen. The list shows personal
data, so it is cleared by Next citizen, Cancel and the idle timer like every other such screen. The store
is searched on a worker thread; a result that arrives after the list was cleared is dropped. Enter (or
Open) opens the selected registration in :class:`~clerk_app.ui.controllers.reissue.ReissueController`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QObject

from activation_code import ACTIVATION_PERIOD
from clerk_app.domain.registration import Registration
from clerk_app.domain.text import ascii_digits
from clerk_app.errors import ClerkError
from clerk_app.ui.controllers.base import ScreenController, ShellPort
from clerk_app.ui.controllers.reissue import ReissueController
from clerk_app.ui.errors import ErrorPresenter
from clerk_app.ui.i18n import translate
from clerk_app.ui.registrar import Registrations
from clerk_app.ui.views.registrations_view import Period, RegistrationsView
from clerk_app.ui.workers import Workers

# Registrations fetched at a time; "Show more" fetches the next ones.
PAGE_SIZE = 100
# What a typed national register or BIS number may hold besides its 11 digits.
_NUMBER_PUNCTUATION = frozenset(".-/ ")


@dataclass(frozen=True)
class _Query:
    text: str | None
    national_number: str | None
    day_from: dt.date | None
    day_to: dt.date | None

    def __repr__(self) -> str:
        # The name and number searched for are personal data.
        return f"_Query(day_from={self.day_from}, day_to={self.day_to})"


class RegistrationsController(ScreenController):
    """Owns the list screen and the registration screen behind it; :meth:`clear_personal_data` forgets
    both."""

    def __init__(
        self,
        shell: ShellPort,
        records: Registrations,
        workers: Workers,
        errors: ErrorPresenter,
        centre_names: Mapping[str, str],
        today: Callable[[], dt.date],
        now: Callable[[], dt.datetime],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(shell, parent)
        self._records = records
        self._workers = workers
        self._errors = errors
        self._today = today
        self._now = now
        self._query: _Query | None = None  # what the rows on screen answer

        self.view = RegistrationsView(centre_names)
        self.model = self.view.model
        shell.add_screen(self.view, self)
        self.registration = ReissueController(shell, records, workers, errors, centre_names, today, now)
        self.registration.back_requested.connect(self.show_list)
        self.registration.reissued.connect(self.clear_personal_data)

        view = self.view
        view.name_edit.returnPressed.connect(self.search)
        view.number_edit.returnPressed.connect(self.search)
        view.search_button.clicked.connect(self.search)
        view.period_combo.activated.connect(self._period_chosen)
        view.from_edit.dateChanged.connect(self._days_edited)
        view.until_edit.dateChanged.connect(self._days_edited)
        view.table.activated.connect(self._row_activated)
        view.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        view.open_button.clicked.connect(self.open_selected)
        view.more_button.clicked.connect(self.show_more)
        view.counts_button.clicked.connect(shell.view.counts_action.trigger)
        view.back_button.clicked.connect(shell.new_citizen)
        self._selection_changed()

    # --- what the menu and the buttons call ----------------------------------------------------------

    def open(self) -> None:
        """Clear the current citizen, then list today's registrations."""
        if self._confirmation_showing():
            return
        shell = self._shell
        shell.new_citizen()
        today = self._today()
        self.view.set_period(Period.TODAY, today, today)
        shell.show_screen(self.view, personal_data=True)
        self.view.name_edit.setFocus()
        self._search(focus_results=False)

    def show_list(self) -> None:
        """Back from a registration to the list as it was."""
        self._shell.show_screen(self.view, personal_data=True)
        self.view.table.setFocus()

    def search(self) -> None:
        """Search with the inputs as they are; the results get the focus, so Enter opens the first."""
        self._search(focus_results=True)

    def show_more(self) -> None:
        if self._query is not None and not self._busy:
            self._fetch(self._query, self.model.rowCount(), focus_results=True)

    def open_selected(self) -> None:
        rows = self.view.table.selectionModel().selectedRows()
        if rows:
            self._open(self.model.registration(rows[0].row()))

    def clear_personal_data(self) -> None:
        self._next_generation()  # the list is cleared: a search still running is late
        self._query = None
        self._set_busy(False)
        self.model.clear()
        self.view.clear()

    # --- searching -----------------------------------------------------------------------------------

    def _search(self, *, focus_results: bool) -> None:
        query = self._query_from_inputs()
        if query is not None:
            self._fetch(query, 0, focus_results=focus_results)

    def _query_from_inputs(self) -> _Query | None:
        """The inputs as a query, or None with the problem shown next to its input."""
        view = self.view
        name = view.name_edit.text().strip()
        number = view.number_edit.text().strip()
        digits = sum(ascii_digits(ch) for ch in number)
        number_ok = not number or (
            digits == 11 and all(ascii_digits(ch) or ch in _NUMBER_PUNCTUATION for ch in number)
        )
        view.show_number_problem(
            ""
            if number_ok
            else translate(
                "registrations", "Type the whole number: 11 digits, with or without dots, dash and spaces."
            )
        )
        day_from: dt.date | None = None
        day_to: dt.date | None = None
        if view.period() is not Period.ANY:
            day_from, day_to = view.days()
        days_ok = day_from is None or day_to is None or day_from <= day_to
        view.show_period_problem(
            "" if days_ok else translate("registrations", "The first day is after the last day.")
        )
        if not number_ok:
            view.number_edit.setFocus()
            return None
        if not days_ok:
            view.from_edit.setFocus()
            return None
        return _Query(name or None, number or None, day_from, day_to)

    def _fetch(self, query: _Query, offset: int, *, focus_results: bool) -> None:
        generation = self._next_generation()  # searched again: an earlier search still running is late
        records = self._records
        self._set_busy(True)
        self._workers.start(
            lambda: records.search(
                text=query.text,
                national_number=query.national_number,
                day_from=query.day_from,
                day_to=query.day_to,
                limit=PAGE_SIZE + 1,  # one more tells whether there are more
                offset=offset,
            ),
            lambda found: self._found(found, query, offset, generation, focus_results),
            lambda exc: self._failed(exc, generation),
            settle=self._settle(generation),
        )

    def _found(
        self,
        found: list[Registration],
        query: _Query,
        offset: int,
        generation: int,
        focus_results: bool,
    ) -> None:
        if not self._is_current(generation):
            return  # cleared or searched again meanwhile
        more = len(found) > PAGE_SIZE
        rows = found[:PAGE_SIZE]
        now = self._now()
        if offset == 0:
            self.model.set_registrations(rows, now)
        else:
            self.model.append_registrations(rows, now)
        self._query = query
        self.view.show_found(self.model.rowCount(), more=more)
        if rows:
            self.view.table.selectRow(offset)
            if focus_results:
                self.view.table.setFocus()

    def _failed(self, exc: ClerkError, generation: int) -> None:
        if self._is_current(generation):
            self._errors.show(exc, self.view)

    def _show_busy(self, busy: bool) -> None:
        self.view.set_busy(busy)

    # --- reactions -----------------------------------------------------------------------------------

    def _period_chosen(self) -> None:
        period = self.view.period()
        today = self._today()
        day_from, day_to = self.view.days()
        if period is Period.TODAY:
            day_from = day_to = today
        elif period is Period.LAST_14_DAYS:
            day_from, day_to = today - ACTIVATION_PERIOD, today
        self.view.set_period(period, day_from, day_to)
        self._search(focus_results=False)

    def _days_edited(self) -> None:
        if self.view.period() is not Period.CHOSEN:
            self.view.set_period(Period.CHOSEN, *self.view.days())

    def _row_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self._open(self.model.registration(index.row()))

    def _open(self, registration: Registration) -> None:
        self.registration.open(registration.id)

    def _selection_changed(self) -> None:
        self.view.open_button.setEnabled(bool(self.view.table.selectionModel().selectedRows()))
