"""Layout of the registrations list: search by name or number, a period, the registrations found.

The search inputs come first in the tab order, then Search, the table (Enter opens the selected
registration), and the buttons under it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from enum import Enum

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clerk_app.ui.models.registration_tables import RegistrationColumn, RegistrationTableModel
from clerk_app.ui.views.base import Retranslatable, make_heading
from clerk_app.ui.views.fitting import WrappingLabel
from clerk_app.ui.views.form_parts import (
    make_hint_label,
    make_problem_label,
    release_problem_rooms,
    set_tab_chain,
    show_problems,
)

DATE_FORMAT = "dd/MM/yyyy"
#: The widest any column of the registrations list gets, in pixels (the rest is elided).
COLUMN_MAX = 300
_NAME_MAX = 200
_NUMBER_MAX = 20


#: The columns whose words wrap when the list is narrow.
WRAPPED_COLUMNS = (
    RegistrationColumn.STATUS,
    RegistrationColumn.DOCUMENT,
    RegistrationColumn.CENTRE,
    RegistrationColumn.CLERK,
)
#: A cell's margins and the grid line around its text, in pixels.
CELL_PADDING = 14
#: The least the citizen's name keeps when the other columns take their room.
PERSON_MIN = 160


class OneLineDelegate(QStyledItemDelegate):
    """The citizen's name on one line, elided (its tooltip holds it whole), in a table that wraps."""

    def initStyleOption(  # noqa: N802 - Qt override
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText


class Period(Enum):
    """Which days the list covers."""

    TODAY = "today"
    LAST_14_DAYS = "last-14-days"  # the days whose codes can still be valid
    CHOSEN = "chosen"
    ANY = "any"


def make_date_edit(parent: QWidget, object_name: str) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setObjectName(object_name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    return edit


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def _above(label: QLabel, field: QWidget) -> QVBoxLayout:
    column = QVBoxLayout()
    column.setSpacing(2)
    column.addWidget(label)
    column.addWidget(field)
    return column


def make_table(parent: QWidget, object_name: str) -> QTableView:
    """A read-only table: whole rows selected, one at a time, columns sized to their contents."""
    table = QTableView(parent)
    table.setObjectName(object_name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class RegistrationsView(Retranslatable, QWidget):
    def __init__(self, centre_names: Mapping[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("registrations")
        self.model = RegistrationTableModel(centre_names, parent=self)
        self._count: int | None = None
        self._more = False
        self._busy = False

        self.heading = make_heading(self)
        self.hint = make_hint_label(self)
        self.name_label = QLabel(self)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("search-name")
        self.name_edit.setMaxLength(_NAME_MAX)
        self.name_label.setBuddy(self.name_edit)
        self.number_label = QLabel(self)
        self.number_edit = QLineEdit(self)
        self.number_edit.setObjectName("search-number")
        self.number_edit.setMaxLength(_NUMBER_MAX)
        self.number_label.setBuddy(self.number_edit)
        self.number_problem = make_problem_label(self, "problem-search-number")
        self.period_label = QLabel(self)
        self.period_combo = QComboBox(self)
        self.period_combo.setObjectName("period")
        for period in Period:
            self.period_combo.addItem("", period.value)
        self.period_label.setBuddy(self.period_combo)
        self.period_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.period_combo.setMinimumContentsLength(14)
        self.from_label = QLabel(self)
        self.from_edit = make_date_edit(self, "day-from")
        self.from_label.setBuddy(self.from_edit)
        self.until_label = QLabel(self)
        self.until_edit = make_date_edit(self, "day-until")
        self.until_label.setBuddy(self.until_edit)
        self.period_problem = make_problem_label(self, "problem-period")
        self.search_button = QPushButton(self)
        self.search_button.setObjectName("search")
        self.search_button.setAutoDefault(True)

        self.results_label = QLabel(self)
        self.count_label = WrappingLabel(self)
        self.count_label.setObjectName("found")
        self.table = make_table(self, "registration-list")
        self.table.setModel(self.model)
        # The citizen's name takes the room that is left (elided, whole in the tooltip) and no column grows
        # past COLUMN_MAX: a long name never pushes the number and the status off the screen, and at 1366
        # pixels every column fits without scrolling sideways.
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMaximumSectionSize(COLUMN_MAX)
        header.setSectionResizeMode(RegistrationColumn.PERSON.value, QHeaderView.ResizeMode.Stretch)
        # Beside the training panel the columns are wider than the list: status, document, centre and clerk
        # then share what the time and the number leave, their words wrapped over more lines (rows grow to
        # fit); the name stays on one line, elided.
        for column in WRAPPED_COLUMNS:
            header.setSectionResizeMode(column.value, QHeaderView.ResizeMode.Fixed)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setItemDelegateForColumn(RegistrationColumn.PERSON.value, OneLineDelegate(self.table))
        self.model.modelReset.connect(self._fit_columns)
        self.model.rowsInserted.connect(self._fit_columns)
        self.model.dataChanged.connect(self._fit_columns)
        self.results_label.setBuddy(self.table)
        self.more_button = QPushButton(self)
        self.more_button.setObjectName("show-more")
        self.more_button.setAutoDefault(True)
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("open-registration")
        self.open_button.setAutoDefault(True)
        self.counts_button = QPushButton(self)
        self.counts_button.setObjectName("show-counts")
        self.counts_button.setAutoDefault(True)
        self.back_button = QPushButton(self)
        self.back_button.setObjectName("registrations-back")
        self.back_button.setAutoDefault(True)

        # Each label above its field: the two rows stay narrow enough for 1024 pixels beside the training
        # panel, in every language.
        who = QHBoxLayout()
        who.addLayout(_above(self.name_label, self.name_edit), 3)
        who.addSpacing(12)
        who.addLayout(_above(self.number_label, self.number_edit), 2)
        when = QHBoxLayout()
        when.addLayout(_above(self.period_label, self.period_combo))
        when.addSpacing(12)
        when.addLayout(_above(self.from_label, self.from_edit))
        when.addSpacing(12)
        when.addLayout(_above(self.until_label, self.until_edit))
        when.addStretch(1)
        when.addWidget(self.search_button, 0, Qt.AlignmentFlag.AlignBottom)
        found = QHBoxLayout()
        found.addWidget(self.results_label, 0, Qt.AlignmentFlag.AlignTop)
        found.addWidget(self.count_label, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.more_button)
        buttons.addStretch(1)
        buttons.addWidget(self.counts_button)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addLayout(who)
        layout.addWidget(self.number_problem)
        layout.addLayout(when)
        layout.addWidget(self.period_problem)
        layout.addSpacing(8)
        layout.addLayout(found)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        set_tab_chain(
            [
                self.name_edit,
                self.number_edit,
                self.period_combo,
                self.from_edit,
                self.until_edit,
                self.search_button,
                self.table,
                self.open_button,
                self.more_button,
                self.counts_button,
                self.back_button,
            ]
        )
        self.show_found(None, more=False)
        self.retranslate()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_columns()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Give status, document, centre and clerk their natural width when the list has room for it; else
        each keeps at least its longest word and they share what is left beside the name's minimum."""
        table, header = self.table, self.table.horizontalHeader()
        natural = {
            column: min(
                max(table.sizeHintForColumn(column.value), header.sectionSizeHint(column.value)), COLUMN_MAX
            )
            for column in WRAPPED_COLUMNS
        }
        fixed = header.sectionSize(RegistrationColumn.TIME.value)
        fixed += header.sectionSize(RegistrationColumn.NATIONAL_NUMBER.value)
        room = table.viewport().width() - fixed - PERSON_MIN
        if sum(natural.values()) > room:
            floors = {column: min(self._longest_word(column), natural[column]) for column in WRAPPED_COLUMNS}
            spare = max(room - sum(floors.values()), 0)
            wanted = sum(natural[column] - floors[column] for column in WRAPPED_COLUMNS) or 1
            natural = {
                column: floors[column] + (natural[column] - floors[column]) * spare // wanted
                for column in WRAPPED_COLUMNS
            }
        for column, width in natural.items():
            if header.sectionSize(column.value) != width:
                header.resizeSection(column.value, width)

    def _longest_word(self, column: RegistrationColumn) -> int:
        """The widest word in the column and its title, with the cell's padding: less would cut a word."""
        metrics = self.table.fontMetrics()
        texts = [str(self.model.headerData(column.value, Qt.Orientation.Horizontal) or "")]
        texts += [
            str(self.model.index(row, column.value).data() or "") for row in range(self.model.rowCount())
        ]
        words = [word for text in texts for word in text.split()]
        return max((metrics.horizontalAdvance(word) for word in words), default=0) + CELL_PADDING

    # --- what the controller sets --------------------------------------------------------------------

    def period(self) -> Period:
        return Period(str(self.period_combo.currentData()))

    def set_period(self, period: Period, day_from: dt.date, day_to: dt.date) -> None:
        """Show ``period`` and its days without it counting as the clerk's choice of days."""
        for widget in (self.period_combo, self.from_edit, self.until_edit):
            widget.blockSignals(True)
        self.period_combo.setCurrentIndex(self.period_combo.findData(period.value))
        self.from_edit.setDate(to_qdate(day_from))
        self.until_edit.setDate(to_qdate(day_to))
        for widget in (self.period_combo, self.from_edit, self.until_edit):
            widget.blockSignals(False)
        for edit in (self.from_edit, self.until_edit):
            edit.setEnabled(period is not Period.ANY)

    def days(self) -> tuple[dt.date, dt.date]:
        return from_qdate(self.from_edit.date()), from_qdate(self.until_edit.date())

    def show_number_problem(self, text: str) -> None:
        show_problems(self.number_problem, [text] if text else [], self.number_edit)

    def show_period_problem(self, text: str) -> None:
        show_problems(self.period_problem, [text] if text else [])

    def show_found(self, count: int | None, *, more: bool) -> None:
        """How many registrations the list holds (None: nothing searched yet) and whether more exist."""
        self._count = count
        self._more = more
        self.more_button.setVisible(more)
        self._set_found_text()

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.search_button.setEnabled(not busy)
        self.more_button.setEnabled(not busy)
        self._set_found_text()

    def clear(self) -> None:
        """Forget the search (and the fields' undo history) and every problem shown."""
        self.name_edit.setText("")
        self.number_edit.setText("")
        self.show_number_problem("")
        self.show_period_problem("")
        self.show_found(None, more=False)
        release_problem_rooms(self)

    # --- texts ---------------------------------------------------------------------------------------

    def _set_found_text(self) -> None:
        if self._busy:
            text = self.tr("Searching…")
        elif self._count is None:
            text = ""
        elif self._count == 0:
            text = self.tr("No registrations found.")
        elif self._more:
            text = self.tr("The newest {count} found; there are more.").format(count=self._count)
        else:
            text = self.tr("{count} found.").format(count=self._count)
        self.count_label.setText(text)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Registrations"))
        self.hint.setText(
            self.tr(
                "Today's registrations are listed first. Search by name or by national register or BIS "
                "number; choose a period for earlier days. Enter opens the selected registration."
            )
        )
        self.name_label.setText(self.tr("&Name"))
        self.name_edit.setPlaceholderText(self.tr("surname or given names, accents optional"))
        self.number_label.setText(self.tr("National register or BIS n&umber"))
        self.number_edit.setPlaceholderText(self.tr("e.g. 85.07.30-033.28"))
        self.period_label.setText(self.tr("&Period"))
        periods = {
            Period.TODAY: self.tr("Today"),
            Period.LAST_14_DAYS: self.tr("Last 14 days (codes still valid)"),
            Period.CHOSEN: self.tr("Chosen days"),
            Period.ANY: self.tr("Any day"),
        }
        for index in range(self.period_combo.count()):
            self.period_combo.setItemText(index, periods[Period(str(self.period_combo.itemData(index)))])
        self.from_label.setText(self.tr("&From"))
        self.until_label.setText(self.tr("Unt&il"))
        self.search_button.setText(self.tr("&Search"))
        self.results_label.setText(self.tr("&Results:"))
        self.more_button.setText(self.tr("Show &more"))
        self.open_button.setText(self.tr("&Open"))
        self.counts_button.setText(self.tr("Counts per &day"))
        self.back_button.setText(self.tr("&Back to the start"))
        self._set_found_text()
        self.model.retranslate()
