"""Counts per day: how many registrations each clerk made per day and service centre over a period.

The counts hold no citizen data, so this screen is not cleared by the idle timer; opening it clears the
current citizen like any change of task (but never from the confirmation screen, whose code would be lost).
"Save as CSV / PDF" writes the counts last shown, with their statuses, through
:mod:`clerk_app.ui.counts_report` (the same file ``clerk-app report counts`` writes) on a worker thread;
the file dialog is passed in as a plain function so tests can answer it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from clerk_app.errors import ClerkError, ReportOutputError
from clerk_app.ui.controllers.base import ScreenController, ShellPort
from clerk_app.ui.counts_report import CountsReport, ReportFormat, write_report
from clerk_app.ui.errors import ErrorPresenter
from clerk_app.ui.i18n import translate
from clerk_app.ui.registrar import DayTotal, Reports
from clerk_app.ui.views.counts_view import CountsView
from clerk_app.ui.workers import Workers

#: Asks where to save a report: (parent, suggested path, format) → the path, or None when cancelled.
AskReportPath = Callable[[QWidget, Path, ReportFormat], Path | None]


def ask_report_path_with_dialog(parent: QWidget, suggested: Path, fmt: ReportFormat) -> Path | None:
    filters = {
        ReportFormat.CSV: translate("registrations", "CSV files (*.csv)"),
        ReportFormat.PDF: translate("registrations", "PDF files (*.pdf)"),
    }
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, translate("registrations", "Save the counts"), str(suggested), filters[fmt]
    )
    if not chosen:
        return None
    path = Path(chosen)
    suffix = f".{fmt.value}"
    return path if path.suffix.lower() == suffix else path.with_suffix(suffix)


def _documents_folder() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()


@dataclass(frozen=True)
class _Shown:
    """The counts on screen: what "Save as" writes."""

    day_from: dt.date
    day_to: dt.date
    rows: Sequence[DayTotal]
    counted_at: dt.datetime


class CountsController(ScreenController):
    def __init__(
        self,
        shell: ShellPort,
        records: Reports,
        workers: Workers,
        errors: ErrorPresenter,
        centre_names: Mapping[str, str],
        today: Callable[[], dt.date],
        *,
        language: Callable[[], str],
        training: bool,
        ask_report_path: AskReportPath = ask_report_path_with_dialog,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(shell, parent)
        self._records = records
        self._workers = workers
        self._errors = errors
        self._today = today
        self._centre_names = dict(centre_names)
        self._language = language
        self._training = training
        self._ask_report_path = ask_report_path
        self._saving = False
        self._shown: _Shown | None = None
        self._folder: Path | None = None  # where the last report went

        self.view = CountsView(centre_names)
        self.model = self.view.model
        shell.add_screen(self.view)
        self.view.show_button.clicked.connect(self.show_counts)
        self.view.save_csv_button.clicked.connect(lambda: self.save(ReportFormat.CSV))
        self.view.save_pdf_button.clicked.connect(lambda: self.save(ReportFormat.PDF))
        self.view.back_button.clicked.connect(shell.view.registrations_action.trigger)

    @property
    def busy(self) -> bool:
        """Counting or saving."""
        return self._busy or self._saving

    def open(self) -> None:
        """Clear the current citizen, then count this month so far."""
        if self._confirmation_showing():
            return
        shell = self._shell
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
        generation = self._next_generation()  # counting again: an earlier count still running is late
        records = self._records
        self._shown = None
        self.view.show_total(None)
        self.view.show_saved("")
        self._set_busy(True)
        counted_at = dt.datetime.now().astimezone()
        self._workers.start(
            lambda: records.counts(day_from, day_to),
            lambda counts: self._counted(_Shown(day_from, day_to, counts, counted_at), generation),
            lambda exc: self._failed(exc, generation),
            settle=self._settle(generation),
        )

    def save(self, fmt: ReportFormat) -> bool:
        """Ask where to save the counts shown, as CSV or PDF, and write them; False when nothing was
        started (counting, saving, nothing shown yet, or the clerk cancelled)."""
        shown = self._shown
        if self._busy or self._saving or shown is None:
            return False
        name = translate("registrations", "counts-{start}-{end}").format(
            start=shown.day_from.isoformat(), end=shown.day_to.isoformat()
        )
        folder = self._folder if self._folder is not None else _documents_folder()
        path = self._ask_report_path(self.view, folder / f"{name}.{fmt.value}", fmt)
        if path is None:
            return False
        self._folder = path.parent
        report = CountsReport(
            rows=shown.rows,
            day_from=shown.day_from,
            day_to=shown.day_to,
            centre_names=self._centre_names,
            made_at=shown.counted_at,
            training=self._training,
        )
        language = self._language()
        message = translate("registrations", "The counts were saved as {path}.").format(path=path)

        def work() -> str:
            try:
                write_report(path, report, fmt, language)
            except OSError as error:
                raise ReportOutputError(
                    type(error).__name__, problem=error.strerror or type(error).__name__
                ) from error
            return message

        self.view.show_saved("")
        self._set_saving(True)
        self._workers.start(work, self._saved, self._save_failed, settle=lambda: self._set_saving(False))
        return True

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.view.set_savable(not saving and not self._busy and self._shown is not None)

    def _saved(self, message: object) -> None:
        self.view.show_saved(str(message))

    def _save_failed(self, exc: ClerkError) -> None:
        self._errors.show(exc, self.view)

    def _counted(self, shown: _Shown, generation: int) -> None:
        if not self._is_current(generation):
            return
        self._shown = shown
        self.model.set_counts(shown.rows)
        self.view.show_total(self.model.total)
        self.view.set_savable(not self._saving)  # the counts shown can be saved now

    def _failed(self, exc: ClerkError, generation: int) -> None:
        if self._is_current(generation):
            self._errors.show(exc, self.view)

    def _show_busy(self, busy: bool) -> None:
        self.view.set_busy(busy)
