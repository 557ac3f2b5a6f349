"""Layout of the counts: registrations per day, service centre and clerk over a chosen period."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from clerk_app.ui.models.registration_tables import CountTableModel
from clerk_app.ui.views.base import Retranslatable, make_heading
from clerk_app.ui.views.form_parts import make_hint_label, make_problem_label, set_tab_chain, show_problems
from clerk_app.ui.views.registrations_view import from_qdate, make_date_edit, make_table, to_qdate


class CountsView(Retranslatable, QWidget):
    def __init__(self, centre_names: Mapping[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("counts")
        self.model = CountTableModel(centre_names, parent=self)
        self._total: int | None = None
        self._busy = False

        self.heading = make_heading(self)
        self.hint = make_hint_label(self)
        self.from_label = QLabel(self)
        self.from_edit = make_date_edit(self, "counts-from")
        self.from_label.setBuddy(self.from_edit)
        self.until_label = QLabel(self)
        self.until_edit = make_date_edit(self, "counts-until")
        self.until_label.setBuddy(self.until_edit)
        self.show_button = QPushButton(self)
        self.show_button.setObjectName("show-counts-period")
        self.show_button.setAutoDefault(True)
        self.period_problem = make_problem_label(self, "problem-counts-period")
        self.table_label = QLabel(self)
        self.table = make_table(self, "count-list")
        self.table.setModel(self.model)
        self.table_label.setBuddy(self.table)
        self.total_label = QLabel(self)
        self.total_label.setObjectName("counts-total")
        self.total_label.setStyleSheet("font-weight: bold;")
        self.save_csv_button = QPushButton(self)
        self.save_csv_button.setObjectName("save-counts-csv")
        self.save_csv_button.setAutoDefault(True)
        self.save_pdf_button = QPushButton(self)
        self.save_pdf_button.setObjectName("save-counts-pdf")
        self.save_pdf_button.setAutoDefault(True)
        self.saved_label = make_hint_label(self)
        self.saved_label.setObjectName("counts-saved")
        self.back_button = QPushButton(self)
        self.back_button.setObjectName("counts-back")
        self.back_button.setAutoDefault(True)

        period = QHBoxLayout()
        period.addWidget(self.from_label)
        period.addWidget(self.from_edit)
        period.addSpacing(12)
        period.addWidget(self.until_label)
        period.addWidget(self.until_edit)
        period.addSpacing(12)
        period.addWidget(self.show_button)
        period.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.total_label, 1)
        buttons.addWidget(self.save_csv_button)
        buttons.addWidget(self.save_pdf_button)
        buttons.addWidget(self.back_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addLayout(period)
        layout.addWidget(self.period_problem)
        layout.addSpacing(8)
        layout.addWidget(self.table_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.saved_label)
        set_tab_chain(
            [
                self.from_edit,
                self.until_edit,
                self.show_button,
                self.table,
                self.save_csv_button,
                self.save_pdf_button,
                self.back_button,
            ]
        )
        self.set_savable(False)  # until something is counted
        self.retranslate()

    def set_days(self, day_from: dt.date, day_to: dt.date) -> None:
        self.from_edit.setDate(to_qdate(day_from))
        self.until_edit.setDate(to_qdate(day_to))

    def days(self) -> tuple[dt.date, dt.date]:
        return from_qdate(self.from_edit.date()), from_qdate(self.until_edit.date())

    def show_period_problem(self, text: str) -> None:
        show_problems(self.period_problem, [text] if text else [])

    def show_total(self, total: int | None) -> None:
        """The number of registrations in the period (None: not counted yet)."""
        self._total = total
        self._set_total_text()

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.show_button.setEnabled(not busy)
        self._set_total_text()
        self.set_savable(not busy and self._total is not None)

    def set_savable(self, savable: bool) -> None:
        """The counts shown can be saved (none while counting or saving)."""
        self.save_csv_button.setEnabled(savable)
        self.save_pdf_button.setEnabled(savable)

    def show_saved(self, text: str) -> None:
        self.saved_label.setText(text)

    def _set_total_text(self) -> None:
        if self._busy:
            text = self.tr("Counting…")
        elif self._total is None:
            text = ""
        else:
            text = self.tr("Total for the period: {count}").format(count=self._total)
        self.total_label.setText(text)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Counts per day"))
        self.hint.setText(
            self.tr(
                "How many registrations each clerk made per day and service centre, re-issues included, "
                "on this computer."
            )
        )
        self.from_label.setText(self.tr("&From"))
        self.until_label.setText(self.tr("Unt&il"))
        self.show_button.setText(self.tr("&Show"))
        self.table_label.setText(self.tr("&Registrations per day, service centre and clerk:"))
        self.save_csv_button.setText(self.tr("Save as CS&V…"))
        self.save_pdf_button.setText(self.tr("Save as &PDF…"))
        self.back_button.setText(self.tr("&Back to the registrations"))
        self._set_total_text()
        self.model.retranslate()
