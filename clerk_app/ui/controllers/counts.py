"""Counts per day: how many registrations each clerk made per day and service centre over a period.

The counts hold no citizen data, so this screen is not cleared by the idle timer; opening it clears the
current citizen like any change of task (but never from the confirmation screen, whose code would be lost).
"""

from __future__ import annotations

import datetime as dt
import weakref
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QObject

from clerk_app.errors import ClerkError
from clerk_app.ui.controllers.shell import Shell
from clerk_app.ui.errors import ErrorPresenter
from clerk_app.ui.i18n import translate
from clerk_app.ui.registrar import DayTotal, Registrations
from clerk_app.ui.views.counts_view import CountsView
from clerk_app.ui.workers import Workers


class CountsController(QObject):
    def __init__(
        self,
        shell: Shell,
        records: Registrations,
        workers: Workers,
        errors: ErrorPresenter,
        centre_names: Mapping[str, str],
        today: Callable[[], dt.date],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._shell_ref = weakref.ref(shell)  # the shell holds this controller (see RegisterStepController)
        self._records = records
        self._workers = workers
        self._errors = errors
        self._today = today
        self._busy = False
        self._generation = 0

        self.view = CountsView(centre_names)
        self.model = self.view.model
        shell.add_screen(self.view)
        self.view.show_button.clicked.connect(self.show_counts)
        self.view.back_button.clicked.connect(shell.view.registrations_action.trigger)
        shell.view.counts_action.triggered.connect(self.open)
        shell.view.registrations_menu.menuAction().setVisible(True)
        shell.view.stack.currentChanged.connect(self._screen_changed)
        self._screen_changed()

    @property
    def busy(self) -> bool:
        return self._busy

    @property
    def _shell(self) -> Shell:
        shell = self._shell_ref()
        assert shell is not None, "the shell owns its counts screen"
        return shell

    def open(self) -> None:
        """Clear the current citizen, then count this month so far."""
        shell = self._shell
        if shell.current_screen() is shell.confirmation.view:
            return  # its code is left only with Next citizen
        shell.new_citizen()
        today = self._today()
        self.view.set_days(today.replace(day=1), today)
        shell.show_screen(self.view, personal_data=False)
        self.view.from_edit.setFocus()
        self.show_counts()

    def show_counts(self) -> None:
        day_from, day_to = self.view.days()
        if day_from > day_to:
            self.view.show_period_problem(translate("registrations", "The first day is after the last day."))
            self.view.from_edit.setFocus()
            return
        self.view.show_period_problem("")
        self._generation += 1
        generation = self._generation
        records = self._records
        self._set_busy(True)
        self._workers.start(
            lambda: records.counts(day_from, day_to),
            lambda counts: self._counted(counts, generation),
            lambda exc: self._failed(exc, generation),
        )

    def _counted(self, counts: Sequence[DayTotal], generation: int) -> None:
        if generation != self._generation:
            return
        self._set_busy(False)
        self.model.set_counts(counts)
        self.view.show_total(self.model.total)

    def _failed(self, exc: BaseException, generation: int) -> None:
        if generation != self._generation:
            return
        self._set_busy(False)
        if not isinstance(exc, ClerkError):
            raise exc  # a bug: the crash handler reports it
        self._errors.show(exc, self.view)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.view.set_busy(busy)

    def _screen_changed(self) -> None:
        shell = self._shell_ref()
        if shell is not None:
            shell.view.counts_action.setEnabled(shell.current_screen() is not shell.confirmation.view)
