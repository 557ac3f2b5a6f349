"""The activation slip: one renderer for a printer (80 mm receipt or A4), a PDF and an image.

The slip is the citizen's only copy of the activation code, so it carries exactly what they need and no
other personal data: the code, the date it expires (as a date in the citizen's language), the steps to
follow, where to get help, and the service centre and date of issue. Its language is the citizen's
(nl, fr, de, en), independent of the clerk's UI language. A training slip carries a visible
TRAINING / OEFENING mark so it can never pass for a real one.

Everything is painted with one :class:`QPainter` routine in device pixels derived from millimetres and
point sizes, so a 203 dpi thermal printer, a 1200 dpi PDF and a test image get the same layout. The routine
returns where each text block landed (:class:`SlipLayout`) so tests can check nothing spills off the page.
Painting on QImage, QPdfWriter and QPrinter is allowed outside the GUI thread, so printing can run in a
worker.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QDate, QMarginsF, QRectF, QSizeF, Qt, QTime
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from activation_code import ACTIVATION_PERIOD
from clerk_app.domain.registration import Language, Registration
from clerk_app.translatable import QT_TRANSLATE_NOOP
from clerk_app.ui.dates import counter_time
from clerk_app.ui.fonts import Fonts, load_fonts
from clerk_app.ui.i18n import CatalogueTranslator
from clerk_app.ui.training_mark import TRAINING_MARK

_MM_PER_INCH = 25.4
_POINTS_PER_INCH = 72.0
_CONTEXT = "slip"


class SlipFormat(Enum):
    RECEIPT_80MM = "receipt"
    A4 = "a4"


@dataclass(frozen=True)
class PageSpec:
    """Paper width and height in mm (``None``: roll paper, as tall as the slip), margin, text scale."""

    width_mm: float
    height_mm: float | None
    margin_mm: float
    text_scale: float


PAGE_SPECS: dict[SlipFormat, PageSpec] = {
    # 80 mm paper; thermal printers leave about 72 mm printable, so keep 4 mm each side.
    SlipFormat.RECEIPT_80MM: PageSpec(80.0, None, 4.0, 1.0),
    SlipFormat.A4: PageSpec(210.0, 297.0, 20.0, 1.45),
}


@dataclass(frozen=True)
class SlipContent:
    """What goes on a slip. No name, number or e-mail: the code and its dates are enough."""

    code: str
    expires_at: dt.datetime  # on the counters' clock (Europe/Brussels), as the e-mail says it
    issued_on: dt.date
    centre_name: str
    language: Language
    training: bool

    @classmethod
    def for_registration(
        cls, registration: Registration, code: str, centre_name: str, *, training: bool
    ) -> SlipContent:
        """Dates on Ghent's clock whatever the computer's time zone (the registration keeps UTC), so the
        slip and the central service's e-mail name the same day and hour."""
        return cls(
            code=code,
            expires_at=counter_time(registration.expires_at),
            issued_on=counter_time(registration.created_at).date(),
            centre_name=centre_name,
            language=registration.language,
            training=training,
        )


@dataclass(frozen=True)
class PlacedText:
    """One text block: its role, the area it was given and the area its glyphs take (device pixels)."""

    role: str
    text: str
    area: QRectF
    bounds: QRectF


@dataclass(frozen=True)
class SlipLayout:
    page: QRectF  # the paintable area the slip was laid out in
    blocks: tuple[PlacedText, ...]
    bottom: float  # lowest y used


@dataclass(frozen=True)
class _Block:
    role: str
    text: str
    kind: str  # "title", "heading", "body", "small", "code", "mark"
    space_before_mm: float
    centred: bool = False


# Source texts (English) of the slip, translated in context "slip" for the citizen's language.
_TITLE = QT_TRANSLATE_NOOP("slip", "Your digital keys for the government: activation code")
_CODE_LABEL = QT_TRANSLATE_NOOP("slip", "Your activation code")
_EXPIRY = QT_TRANSLATE_NOOP("slip", "Valid until {date}, {time}.")
_STEPS_HEADING = QT_TRANSLATE_NOOP("slip", "What to do next")
_STEPS = (
    QT_TRANSLATE_NOOP(
        "slip",
        "1. Watch for the e-mail with the activation link. It can take a few minutes; check your spam too.",
    ),
    QT_TRANSLATE_NOOP("slip", "2. Open the link within {days} days."),
    QT_TRANSLATE_NOOP("slip", "3. Enter the activation code from this slip."),
    QT_TRANSLATE_NOOP("slip", "4. Create a username and a password."),
    QT_TRANSLATE_NOOP(
        "slip",
        "5. Choose a digital key: the mobile app, a security code by SMS or a security code by e-mail.",
    ),
)
_KEEP_SAFE = QT_TRANSLATE_NOOP(
    "slip", "Keep this code to yourself. Government staff will never ask you for it by phone or e-mail."
)
_HELP_HEADING = QT_TRANSLATE_NOOP("slip", "Help")
_HELP = QT_TRANSLATE_NOOP(
    "slip",
    "Lost this slip, or did the code expire? Come back to a service centre of the City of Ghent with your "
    "identity document; you get a new code. More information: stad.gent",
)
_ISSUED = QT_TRANSLATE_NOOP("slip", "Issued at {centre} on {date}.")
_TRAINING_NOTE = QT_TRANSLATE_NOOP("slip", "Practice slip: this code does not work.")

_POINT_SIZES = {"title": 11.0, "heading": 10.0, "body": 9.0, "small": 8.0, "code": 19.0, "mark": 12.0}


def slip_blocks(content: SlipContent, translator: CatalogueTranslator) -> list[_Block]:
    """The slip's text, top to bottom, in the citizen's language."""

    def tr(text: str) -> str:
        return translator.tr(_CONTEXT, text)

    def long_date(day: dt.date) -> str:
        return translator.locale.toString(
            QDate(day.year, day.month, day.day), translator.locale.FormatType.LongFormat
        )

    expires = content.expires_at
    time_of_day = translator.locale.toString(
        QTime(expires.hour, expires.minute), translator.locale.FormatType.ShortFormat
    )
    blocks: list[_Block] = []
    if content.training:
        blocks.append(
            _Block("training-mark", f"{TRAINING_MARK}\n{tr(_TRAINING_NOTE)}", "mark", 0.0, centred=True)
        )
    blocks += [
        _Block("title", tr(_TITLE), "title", 2.0 if content.training else 0.0, centred=True),
        _Block("code-label", tr(_CODE_LABEL), "body", 4.0, centred=True),
        _Block("code", content.code, "code", 1.0, centred=True),
        _Block(
            "expiry",
            tr(_EXPIRY).format(date=long_date(expires.date()), time=time_of_day),
            "heading",
            1.5,
            centred=True,
        ),
        _Block("steps-heading", tr(_STEPS_HEADING), "heading", 5.0),
    ]
    days = str(ACTIVATION_PERIOD.days)
    blocks += [
        _Block(f"step-{number}", tr(step).format(days=days), "body", 1.2)
        for number, step in enumerate(_STEPS, 1)
    ]
    blocks += [
        _Block("keep-safe", tr(_KEEP_SAFE), "small", 3.0),
        _Block("help-heading", tr(_HELP_HEADING), "heading", 4.0),
        _Block("help", tr(_HELP), "body", 1.2),
        _Block(
            "issued",
            tr(_ISSUED).format(centre=content.centre_name, date=long_date(content.issued_on)),
            "small",
            4.0,
        ),
    ]
    if content.training:
        blocks.append(_Block("training-mark-end", TRAINING_MARK, "mark", 3.0, centred=True))
    return blocks


def _font(fonts: Fonts, kind: str, scale: float, dpi: float) -> QFont:
    """A font sized in device pixels, so every device gets the same physical size."""
    size_px = _POINT_SIZES[kind] * scale * dpi / _POINTS_PER_INCH
    font = QFont(fonts.code if kind == "code" else fonts.text)
    font.setPixelSize(max(1, round(size_px)))
    font.setBold(kind in {"title", "heading", "code", "mark"})
    if kind == "code":
        font.setStyleHint(QFont.StyleHint.Monospace)
    return font


def paint_slip(
    painter: QPainter, content: SlipContent, fmt: SlipFormat, area: QRectF, dpi: float, *, draw: bool = True
) -> SlipLayout:
    """Lay the slip out in ``area`` (device pixels at ``dpi``) and, unless ``draw`` is False, paint it."""
    spec = PAGE_SPECS[fmt]
    fonts = load_fonts()
    translator = CatalogueTranslator(content.language.value)
    px_per_mm = dpi / _MM_PER_INCH
    y = area.top()
    placed = []
    for block in slip_blocks(content, translator):
        y += block.space_before_mm * spec.text_scale * px_per_mm
        font = _font(fonts, block.kind, spec.text_scale, dpi)
        painter.setFont(font)
        align = Qt.AlignmentFlag.AlignHCenter if block.centred else Qt.AlignmentFlag.AlignLeft
        flags = int(align | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
        probe = QRectF(area.left(), y, area.width(), 1_000_000.0)
        bounds = painter.boundingRect(probe, flags, block.text)
        if bounds.width() > area.width():  # a word longer than the line: break inside it
            flags = int(align | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWrapAnywhere)
            bounds = painter.boundingRect(probe, flags, block.text)
        pad = 1.2 * px_per_mm if block.kind == "mark" else 0.0
        box = QRectF(area.left(), y, area.width(), bounds.height() + 2 * pad)
        if draw:
            if block.kind == "mark":
                painter.fillRect(box, QColor("black"))
                painter.setPen(QPen(QColor("white")))
            else:
                painter.setPen(QPen(QColor("black")))
            painter.drawText(box.adjusted(0, pad, 0, -pad), flags, block.text)
        placed.append(PlacedText(block.role, block.text, box, bounds.translated(0, pad)))
        y = box.bottom()
    return SlipLayout(page=QRectF(area), blocks=tuple(placed), bottom=y)


def _measuring_image(dpi: float) -> QImage:
    image = QImage(1, 1, QImage.Format.Format_RGB32)
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    return image


def content_height_mm(content: SlipContent, fmt: SlipFormat, dpi: float) -> float:
    """How tall the slip's text is, to size roll paper."""
    spec = PAGE_SPECS[fmt]
    px_per_mm = dpi / _MM_PER_INCH
    image = _measuring_image(dpi)
    painter = QPainter(image)
    try:
        width = (spec.width_mm - 2 * spec.margin_mm) * px_per_mm
        layout = paint_slip(painter, content, fmt, QRectF(0, 0, width, 1.0), dpi, draw=False)
    finally:
        painter.end()
    return layout.bottom / px_per_mm


def page_size_mm(content: SlipContent, fmt: SlipFormat, dpi: float) -> QSizeF:
    spec = PAGE_SPECS[fmt]
    if spec.height_mm is not None:
        return QSizeF(spec.width_mm, spec.height_mm)
    return QSizeF(spec.width_mm, round(content_height_mm(content, fmt, dpi) + 2 * spec.margin_mm + 6.0))


def prepare_page(device: QPagedPaintDevice, content: SlipContent, fmt: SlipFormat, dpi: float) -> None:
    """Give a printer or PDF writer the slip's page: 80 mm roll sized to the text, or A4."""
    spec = PAGE_SPECS[fmt]
    size = page_size_mm(content, fmt, dpi)
    page_size = QPageSize(
        size, QPageSize.Unit.Millimeter, f"clerk-app {fmt.value}", QPageSize.SizeMatchPolicy.ExactMatch
    )
    margins = QMarginsF(spec.margin_mm, spec.margin_mm, spec.margin_mm, spec.margin_mm)
    device.setPageLayout(
        QPageLayout(page_size, QPageLayout.Orientation.Portrait, margins, QPageLayout.Unit.Millimeter)
    )


def render_to_paged_device(
    device: QPagedPaintDevice, content: SlipContent, fmt: SlipFormat, dpi: float
) -> SlipLayout:
    """Paint on a prepared printer or PDF writer; the painter's origin is the printable corner."""
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the printer or file could not be opened for painting")
    try:
        rect = device.pageLayout().paintRectPixels(round(dpi))
        area = QRectF(0, 0, rect.width(), rect.height())
        return paint_slip(painter, content, fmt, area, dpi)
    finally:
        painter.end()


def write_pdf(
    path: Path, content: SlipContent, fmt: SlipFormat = SlipFormat.A4, dpi: int = 600
) -> SlipLayout:
    """Save the slip as a PDF file."""
    writer = QPdfWriter(str(path))
    writer.setResolution(dpi)
    writer.setTitle("Activation slip")
    writer.setCreator("clerk_app")
    prepare_page(writer, content, fmt, dpi)
    return render_to_paged_device(writer, content, fmt, dpi)


def render_image(
    content: SlipContent, fmt: SlipFormat = SlipFormat.RECEIPT_80MM, dpi: int = 203
) -> tuple[QImage, SlipLayout]:
    """The slip as a white image (a thermal printer's 203 dpi by default), with its layout."""
    spec = PAGE_SPECS[fmt]
    size = page_size_mm(content, fmt, dpi)
    px_per_mm = dpi / _MM_PER_INCH
    image = QImage(
        round(size.width() * px_per_mm), round(size.height() * px_per_mm), QImage.Format.Format_RGB32
    )
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.fill(QColor("white"))
    margin = spec.margin_mm * px_per_mm
    area = QRectF(margin, margin, image.width() - 2 * margin, image.height() - 2 * margin)
    painter = QPainter(image)
    try:
        layout = paint_slip(painter, content, fmt, area, dpi)
    finally:
        painter.end()
    return image, layout


def format_for_paper_width(width_mm: float) -> SlipFormat:
    """Receipt printers (paper up to about 100 mm) get the receipt layout, office printers A4."""
    return SlipFormat.RECEIPT_80MM if width_mm <= 100.0 else SlipFormat.A4
