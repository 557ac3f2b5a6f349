"""Table models of the registrations view: registrations found, and counts per day, centre and clerk.

Cell texts are made when Qt asks for them, in the current UI language, so a language switch only needs
:meth:`retranslate` to tell the views. A registration whose personal data was erased shows as such, with
no name, number or document.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from enum import Enum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from clerk_app.domain.documents import DOCUMENT_KIND_NAMES
from clerk_app.domain.national_number import NationalNumberError, parse_national_number
from clerk_app.domain.registration import Registration, RegistrationStatus, status_at
from clerk_app.translatable import QT_TRANSLATE_NOOP
from clerk_app.ui.dates import date_text, moment_text
from clerk_app.ui.i18n import translate
from clerk_app.ui.registrar import DayTotal
from clerk_app.ui.status_text import CONTEXT, status_text
from clerk_app.ui.views.form_parts import PROBLEM_COLOUR

Index = QModelIndex | QPersistentModelIndex

ERASED = QT_TRANSLATE_NOOP("registrations", "Personal data erased")
_MUTED = "#666666"


def number_text(number: str) -> str:
    """As printed on the card (``YY.MM.DD-SSS.CC``)."""
    try:
        return parse_national_number(number).formatted
    except NationalNumberError:
        return number


def person_text(registration: Registration) -> str:
    identity = registration.identity
    if identity is None:
        return translate(CONTEXT, ERASED)
    return f"{identity.surname}, {identity.given_names}".strip(", ")


def document_text(registration: Registration) -> str:
    identity = registration.identity
    return translate("documents", DOCUMENT_KIND_NAMES[identity.document_kind]) if identity else ""


def clerk_text(name: str, staff_number: str) -> str:
    return f"{name} ({staff_number})"


class RegistrationColumn(Enum):
    TIME = 0
    PERSON = 1
    NATIONAL_NUMBER = 2
    STATUS = 3
    DOCUMENT = 4
    CENTRE = 5
    CLERK = 6


class RegistrationTableModel(QAbstractTableModel):
    """Registrations found, newest first; the status is the one at the moment they were fetched."""

    def __init__(self, centre_names: Mapping[str, str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._centre_names = dict(centre_names)
        self._rows: list[Registration] = []
        self._statuses: list[RegistrationStatus] = []

    # --- contents --------------------------------------------------------------------------------------

    def set_registrations(self, registrations: Sequence[Registration], now: dt.datetime) -> None:
        self.beginResetModel()
        self._rows = list(registrations)
        self._statuses = [status_at(registration, now) for registration in self._rows]
        self.endResetModel()

    def append_registrations(self, registrations: Sequence[Registration], now: dt.datetime) -> None:
        if not registrations:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(registrations) - 1)
        self._rows += registrations
        self._statuses += [status_at(registration, now) for registration in registrations]
        self.endInsertRows()

    def clear(self) -> None:
        self.beginResetModel()
        self._rows, self._statuses = [], []
        self.endResetModel()

    def registration(self, row: int) -> Registration:
        return self._rows[row]

    def status(self, row: int) -> RegistrationStatus:
        return self._statuses[row]

    def retranslate(self) -> None:
        """Texts are made on demand: tell the views that every one of them changed."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(RegistrationColumn) - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, len(RegistrationColumn) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    # --- QAbstractTableModel ---------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(RegistrationColumn)

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation is not Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = {
            RegistrationColumn.TIME: self.tr("Registered"),
            RegistrationColumn.PERSON: self.tr("Citizen"),
            RegistrationColumn.NATIONAL_NUMBER: self.tr("National number"),
            RegistrationColumn.STATUS: self.tr("Status"),
            RegistrationColumn.DOCUMENT: self.tr("Document"),
            RegistrationColumn.CENTRE: self.tr("Service centre"),
            RegistrationColumn.CLERK: self.tr("Clerk"),
        }
        return headers[RegistrationColumn(section)]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        registration = self._rows[index.row()]
        column = RegistrationColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(registration, self._statuses[index.row()], column)  # tooltip: when elided
        erased = column is RegistrationColumn.PERSON and registration.identity is None
        if role == Qt.ItemDataRole.FontRole and erased:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            if erased:
                return QColor(_MUTED)
            # Refused or locked: the code works no more and the citizen must be registered anew.
            anew = self._statuses[index.row()] in (RegistrationStatus.REJECTED, RegistrationStatus.LOCKED)
            if column is RegistrationColumn.STATUS and anew:
                return QColor(PROBLEM_COLOUR)
        return None

    def _text(
        self, registration: Registration, status: RegistrationStatus, column: RegistrationColumn
    ) -> str:
        identity = registration.identity
        if column is RegistrationColumn.TIME:
            return moment_text(registration.created_at)
        if column is RegistrationColumn.PERSON:
            return person_text(registration)
        if column is RegistrationColumn.NATIONAL_NUMBER:
            return number_text(identity.national_number) if identity is not None else ""
        if column is RegistrationColumn.DOCUMENT:
            return document_text(registration)
        if column is RegistrationColumn.STATUS:
            return status_text(registration, status)
        if column is RegistrationColumn.CENTRE:
            return self._centre_names.get(registration.centre_id, registration.centre_id)
        return clerk_text(registration.clerk.name, registration.clerk.staff_number)


class CountColumn(Enum):
    DAY = 0
    CENTRE = 1
    CLERK = 2
    REGISTRATIONS = 3


class CountTableModel(QAbstractTableModel):
    """Registrations per day, service centre and clerk (no citizen data)."""

    def __init__(self, centre_names: Mapping[str, str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._centre_names = dict(centre_names)
        self._rows: list[DayTotal] = []

    def set_counts(self, counts: Sequence[DayTotal]) -> None:
        self.beginResetModel()
        self._rows = list(counts)
        self.endResetModel()

    @property
    def total(self) -> int:
        return sum(row.registrations for row in self._rows)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(CountColumn) - 1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(CountColumn)

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation is not Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = {
            CountColumn.DAY: self.tr("Day"),
            CountColumn.CENTRE: self.tr("Service centre"),
            CountColumn.CLERK: self.tr("Clerk"),
            CountColumn.REGISTRATIONS: self.tr("Registrations"),
        }
        return headers[CountColumn(section)]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = CountColumn(index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and column is CountColumn.REGISTRATIONS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column is CountColumn.DAY:
            return date_text(row.day)
        if column is CountColumn.CENTRE:
            return self._centre_names.get(row.centre_id, row.centre_id)
        if column is CountColumn.CLERK:
            return clerk_text(row.clerk.name, row.clerk.staff_number)
        return str(row.registrations)
