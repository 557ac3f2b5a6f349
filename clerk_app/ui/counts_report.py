"""The counts report for team leaders: one table, saved as CSV or PDF, in the clerk's language.

Both the counts screen ("Save as CSV / PDF") and ``clerk-app report counts`` write through here, so the
two give the same file for the same counts. A row is a day, a service centre, a clerk and numbers:
registrations, re-issues and the statuses they stand in (see :mod:`clerk_app.storage.reports`); never a
citizen's data.

- CSV for Excel with Dutch or French (Belgian) settings: UTF-8 with a byte order mark (without it Excel
  reads the file as ANSI and breaks accents), ``;`` between fields (the list separator where the comma is
  the decimal sign), ISO dates (Excel reads them as dates whatever the locale), CRLF line ends.
- PDF painted with :class:`QPainter` on a :class:`QPdfWriter` with the bundled fonts, like the slip
  (:mod:`clerk_app.ui.slip`): A4 landscape, the header row repeated on every page, a total row at the end.
  Painting needs a QGuiApplication (fonts) and may run on a worker thread, as the slip's does.

The headers are translated in context ``report`` through a :class:`CatalogueTranslator`, so a command
without a running UI writes them in the language asked for too.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from clerk_app.domain.registration import RegistrationStatus
from clerk_app.translatable import QT_TRANSLATE_NOOP
from clerk_app.ui.fonts import load_fonts
from clerk_app.ui.i18n import CatalogueTranslator
from clerk_app.ui.registrar import DayTotal
from clerk_app.ui.training_mark import TRAINING_MARK

_CONTEXT = "report"
#: Excel reads ``;``-separated UTF-8 correctly only with the byte order mark ("utf-8-sig" writes it).
CSV_ENCODING = "utf-8-sig"
CSV_DELIMITER = ";"


class ReportFormat(Enum):
    CSV = "csv"
    PDF = "pdf"


#: The status columns, in the order of a registration's life.
STATUS_COLUMNS = (
    RegistrationStatus.ISSUED,
    RegistrationStatus.ACCEPTED,
    RegistrationStatus.ACTIVATED,
    RegistrationStatus.EXPIRED,
    RegistrationStatus.REJECTED,
    RegistrationStatus.REVOKED,
)

# Source texts (English), translated in context "report".
_HEADERS = (
    QT_TRANSLATE_NOOP("report", "Day"),
    QT_TRANSLATE_NOOP("report", "Service centre"),
    QT_TRANSLATE_NOOP("report", "Clerk"),
    QT_TRANSLATE_NOOP("report", "Staff number"),
    QT_TRANSLATE_NOOP("report", "New registrations"),
    QT_TRANSLATE_NOOP("report", "Re-issues"),
)
_STATUS_HEADERS = {
    RegistrationStatus.ISSUED: QT_TRANSLATE_NOOP("report", "Not yet sent"),
    RegistrationStatus.ACCEPTED: QT_TRANSLATE_NOOP("report", "Accepted"),
    RegistrationStatus.ACTIVATED: QT_TRANSLATE_NOOP("report", "Activated"),
    RegistrationStatus.EXPIRED: QT_TRANSLATE_NOOP("report", "Expired"),
    RegistrationStatus.REJECTED: QT_TRANSLATE_NOOP("report", "Rejected"),
    RegistrationStatus.REVOKED: QT_TRANSLATE_NOOP("report", "Revoked"),
}
_TITLE = QT_TRANSLATE_NOOP("report", "Registrations per day, service centre and clerk")
_PERIOD = QT_TRANSLATE_NOOP("report", "Period: {start} to {end}")
_ALL_CENTRES = QT_TRANSLATE_NOOP("report", "All service centres")
_ONE_CENTRE = QT_TRANSLATE_NOOP("report", "Service centre: {centre}")
_MADE = QT_TRANSLATE_NOOP("report", "Made on {moment}. Statuses as they stood then.")
_TOTAL = QT_TRANSLATE_NOOP("report", "Total")
_NONE = QT_TRANSLATE_NOOP("report", "No registrations in this period.")
_PAGE = QT_TRANSLATE_NOOP("report", "Page {page}")


@dataclass(frozen=True)
class CountsReport:
    """What a report shows: the counts of a period, optionally of one centre, as of ``made_at``."""

    rows: Sequence[DayTotal]
    day_from: dt.date
    day_to: dt.date
    centre_names: Mapping[str, str]
    centre_id: str | None = None  # None: every centre
    made_at: dt.datetime | None = None  # local time; None: now
    training: bool = False

    def centre_name(self, centre_id: str) -> str:
        return self.centre_names.get(centre_id, centre_id)


def headers(translator: CatalogueTranslator) -> list[str]:
    texts = [*_HEADERS, *(_STATUS_HEADERS[status] for status in STATUS_COLUMNS)]
    return [translator.tr(_CONTEXT, text) for text in texts]


def _numbers(row: DayTotal) -> list[int]:
    """New registrations, re-issues, then one count per status of :data:`STATUS_COLUMNS`."""
    return [
        row.registrations - row.reissues,
        row.reissues,
        *(row.statuses.get(status, 0) for status in STATUS_COLUMNS),
    ]


def row_values(report: CountsReport, row: DayTotal) -> list[str | int]:
    """One row's cells: ISO day, centre name, clerk's name, staff number, then the numbers."""
    texts: list[str | int] = [
        row.day.isoformat(),
        report.centre_name(row.centre_id),
        row.clerk.name,
        row.clerk.staff_number,
    ]
    return texts + list(_numbers(row))


def total_values(report: CountsReport) -> list[int]:
    """The sums of the number columns."""
    totals = [0] * (2 + len(STATUS_COLUMNS))
    for row in report.rows:
        for index, value in enumerate(_numbers(row)):
            totals[index] += value
    return totals


def csv_text(report: CountsReport, translator: CatalogueTranslator) -> str:
    """The report as CSV text (without the byte order mark, which :func:`write_csv` adds)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=CSV_DELIMITER, lineterminator="\r\n")
    writer.writerow(headers(translator))
    for row in report.rows:
        writer.writerow(row_values(report, row))
    return out.getvalue()


def write_csv(path: Path, report: CountsReport, language: str) -> None:
    translator = CatalogueTranslator(language)
    with path.open("w", encoding=CSV_ENCODING, newline="") as file:
        file.write(csv_text(report, translator))


# --- PDF -----------------------------------------------------------------------------------------------

_DPI = 300
_MARGIN_MM = 12.0
_MM_PER_INCH = 25.4
_POINT = _DPI / 72.0
_TEXT_COLUMNS = 4  # day, centre, clerk, staff number; the numbers follow
_CELL_POINTS = 8.0
_CELL_PAD = 1.5  # points around a cell's text


def _font(family: str, points: float, *, bold: bool = False) -> QFont:
    font = QFont(family)
    font.setPixelSize(max(1, round(points * _POINT)))
    font.setBold(bold)
    return font


class _Pages:
    """Paints lines and table rows top to bottom, starting a new page when one is full."""

    def __init__(self, writer: QPdfWriter, painter: QPainter, translator: CatalogueTranslator) -> None:
        self._writer = writer
        self._painter = painter
        self._translator = translator
        rect = writer.pageLayout().paintRectPixels(_DPI)
        self.area = QRectF(0, 0, rect.width(), rect.height())
        self._family = load_fonts().text
        self.page = 1
        self.y = 0.0
        self._footer_height = 8 * _POINT * 1.6
        self._widths: list[float] = []

    def text(self, text: str, points: float, *, bold: bool = False, space_after: float = 0.0) -> None:
        self._painter.setFont(_font(self._family, points, bold=bold))
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
        box = self._painter.boundingRect(QRectF(0, self.y, self.area.width(), 1e6), flags, text)
        self._painter.drawText(QRectF(0, self.y, self.area.width(), box.height()), flags, text)
        self.y += box.height() + space_after * _POINT

    def row(self, cells: Sequence[str], *, bold: bool = False, header: Sequence[str] | None = None) -> None:
        """One table row; ``header`` is repeated first on a new page when the row does not fit."""
        height = self._row_height(cells, bold)
        if self.y + height > self.area.height() - self._footer_height and header is not None:
            self.new_page()
            self.row(header, bold=True)
            height = self._row_height(cells, bold)
        self._painter.setFont(_font(self._family, _CELL_POINTS, bold=bold))
        x = 0.0
        for index, (cell, width) in enumerate(zip(cells, self._column_widths(), strict=True)):
            numeric = index >= _TEXT_COLUMNS
            align = Qt.AlignmentFlag.AlignRight if numeric else Qt.AlignmentFlag.AlignLeft
            flags = int(align | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
            pad = _CELL_PAD * _POINT
            self._painter.drawText(QRectF(x + pad, self.y + pad, width - 2 * pad, height), flags, cell)
            x += width
        self.y += height
        self._painter.setPen(QPen(QColor("#888888"), max(1.0, 0.5 * _POINT)))
        self._painter.drawLine(0, round(self.y), round(self.area.width()), round(self.y))
        self._painter.setPen(QPen(QColor("black")))

    def new_page(self) -> None:
        self.footer()
        if not self._writer.newPage():
            raise OSError("the PDF could not get another page")
        self.page += 1
        self.y = 0.0

    def footer(self) -> None:
        self._painter.setFont(_font(self._family, 8.0))
        text = self._translator.tr(_CONTEXT, _PAGE).format(page=self.page)
        box = QRectF(0, self.area.height() - self._footer_height, self.area.width(), self._footer_height)
        self._painter.drawText(box, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom), text)

    def fit_columns(self, table: Sequence[Sequence[str]]) -> None:
        """Column widths for ``table`` (the header row first, the total row last): cells on one line
        where the page allows it, headers wrapped at spaces if need be; the room left goes to the
        headers that would wrap, in proportion to their length."""
        pad = 2 * _CELL_PAD * _POINT

        def width(text: str, bold: bool) -> float:
            self._painter.setFont(_font(self._family, _CELL_POINTS, bold=bold))
            # The painter's own measure, as drawText lays out (its fontMetrics() are not the device's).
            box = self._painter.boundingRect(QRectF(0, 0, 1e6, 1e6), int(Qt.AlignmentFlag.AlignLeft), text)
            return box.width() + pad + _POINT  # a point to spare: a text exactly as wide may wrap

        columns = len(table[0])
        words = [0.0] * columns  # the longest word: narrower than that, a column cuts text
        cells = [0.0] * columns  # the longest cell below the header
        for number, row in enumerate(table):
            bold = number in (0, len(table) - 1)  # the header and the total row
            for column, text in enumerate(row):
                words[column] = max(words[column], *(width(word, bold) for word in text.split() or [""]))
                if number > 0:
                    cells[column] = max(cells[column], width(text, bold))
        header = [width(text, True) for text in table[0]]
        base = [max(w, c) for w, c in zip(words, cells, strict=True)]
        wants = [max(0.0, h - b) for h, b in zip(header, base, strict=True)]
        if sum(base) > self.area.width():  # long cells: wrap them too, at spaces
            base = words
            wants = [max(0.0, max(h, c) - w) for h, c, w in zip(header, cells, words, strict=True)]
        room = self.area.width() - sum(base)
        if room <= 0:  # words too long for the page: shrink every column alike (a long word is cut)
            self._widths = [w * self.area.width() / sum(base) for w in base]
        elif sum(wants) <= room:  # everything on one line: share what is left evenly
            spare = (room - sum(wants)) / columns
            self._widths = [b + want + spare for b, want in zip(base, wants, strict=True)]
        else:
            share = room / sum(wants)
            self._widths = [b + want * share for b, want in zip(base, wants, strict=True)]

    def _column_widths(self) -> list[float]:
        return self._widths

    def _row_height(self, cells: Sequence[str], bold: bool) -> float:
        self._painter.setFont(_font(self._family, _CELL_POINTS, bold=bold))
        pad = _CELL_PAD * _POINT
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
        tallest = max(
            self._painter.boundingRect(QRectF(0, 0, width - 2 * pad, 1e6), flags, cell).height()
            for cell, width in zip(cells, self._column_widths(), strict=True)
        )
        return tallest + 2 * pad


def write_pdf(path: Path, report: CountsReport, language: str) -> int:
    """Paint the report on A4 landscape pages; returns how many pages it took."""
    translator = CatalogueTranslator(language)

    def tr(text: str) -> str:
        return translator.tr(_CONTEXT, text)

    writer = QPdfWriter(str(path))
    writer.setResolution(_DPI)
    writer.setTitle(tr(_TITLE))
    writer.setCreator("clerk_app")
    margins = QMarginsF(_MARGIN_MM, _MARGIN_MM, _MARGIN_MM, _MARGIN_MM)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape,
            margins,
            QPageLayout.Unit.Millimeter,
        )
    )
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("the PDF file could not be opened for painting")
    try:
        pages = _Pages(writer, painter, translator)
        if report.training:
            pages.text(TRAINING_MARK, 12, bold=True, space_after=4)
        pages.text(tr(_TITLE), 14, bold=True, space_after=4)
        pages.text(tr(_PERIOD).format(start=report.day_from.isoformat(), end=report.day_to.isoformat()), 10)
        centre = (
            tr(_ALL_CENTRES)
            if report.centre_id is None
            else tr(_ONE_CENTRE).format(centre=report.centre_name(report.centre_id))
        )
        pages.text(centre, 10)
        made_at = report.made_at if report.made_at is not None else dt.datetime.now().astimezone()
        pages.text(tr(_MADE).format(moment=made_at.strftime("%Y-%m-%d %H:%M")), 10, space_after=8)
        header = headers(translator)
        body = [[str(value) for value in row_values(report, row)] for row in report.rows]
        totals = [tr(_TOTAL), "", "", "", *(str(value) for value in total_values(report))]
        pages.fit_columns([header, *body, totals])
        pages.row(header, bold=True)
        for cells in body:
            pages.row(cells, header=header)
        if report.rows:
            pages.row(totals, bold=True, header=header)
        else:
            pages.text(tr(_NONE), 10)
        pages.footer()
        return pages.page
    finally:
        painter.end()


_application: QGuiApplication | None = None


def ensure_gui() -> None:
    """A QGuiApplication for painting when none runs (the report command); the UI already has one."""
    global _application
    if QCoreApplication.instance() is None:
        _application = QGuiApplication(["clerk-app"])


def write_report(path: Path, report: CountsReport, fmt: ReportFormat, language: str) -> None:
    """Save ``report`` to ``path`` as CSV or PDF (the PDF needs a QGuiApplication)."""
    if fmt is ReportFormat.CSV:
        write_csv(path, report, language)
    else:
        write_pdf(path, report, language)
