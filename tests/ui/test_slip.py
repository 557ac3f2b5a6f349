"""The slip: what it says (and does not say), in which language, and that it fits its paper."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage

from activation_code import generate_code
from clerk_app.domain.registration import Language
from clerk_app.ui.composition import UiServices
from clerk_app.ui.slip import (
    PAGE_SPECS,
    TRAINING_MARK,
    SlipContent,
    SlipFormat,
    SlipLayout,
    format_for_paper_width,
    render_image,
    write_pdf,
)
from tests.support.ui_citizens import make_citizen

BRUSSELS_WINTER = dt.timezone(dt.timedelta(hours=1))
EXPECTED_DATES = {
    Language.NL: "15 december 2026",
    Language.FR: "15 décembre 2026",
    Language.DE: "15. Dezember 2026",
    Language.EN: "15 December 2026",
}


def content(
    language: Language = Language.NL, *, training: bool = False, code: str | None = None
) -> SlipContent:
    return SlipContent(
        code=code or generate_code(),
        expires_at=dt.datetime(2026, 12, 15, 10, 5, tzinfo=BRUSSELS_WINTER),
        issued_on=dt.date(2026, 12, 1),
        centre_name="Dienstencentrum Gentbrugge",
        language=language,
        training=training,
    )


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() or "" for page in PdfReader(path).pages).split())


@pytest.mark.parametrize("language", list(Language))
def test_pdf_holds_the_code_and_the_expiry_date_in_the_citizens_language(
    ui: UiServices, tmp_path: Path, language: Language
) -> None:
    slip = content(language)
    path = tmp_path / "slip.pdf"
    write_pdf(path, slip, SlipFormat.A4)
    text = pdf_text(path)
    has_code = slip.code in text
    assert has_code, "the activation code is missing from the PDF"
    assert EXPECTED_DATES[language] in text
    assert "Gentbrugge" in text
    assert TRAINING_MARK not in text


def test_slip_language_does_not_follow_the_ui_language(ui: UiServices, tmp_path: Path) -> None:
    ui.translations.switch("fr")
    path = tmp_path / "slip.pdf"
    write_pdf(path, content(Language.DE), SlipFormat.RECEIPT_80MM)
    text = pdf_text(path)
    assert "Ihr Aktivierungscode" in text
    assert "Votre code" not in text


def test_slip_carries_no_other_personal_data(ui: UiServices, tmp_path: Path) -> None:
    citizen = make_citizen("stadskantoor", Language.FR)
    slip = SlipContent.for_registration(citizen.registration, citizen.code, "Stadskantoor", training=False)
    path = tmp_path / "slip.pdf"
    write_pdf(path, slip, SlipFormat.RECEIPT_80MM)
    squashed = "".join(ch for ch in pdf_text(path) if ch.isalnum()).upper()
    has_code = citizen.code.replace("-", "") in squashed
    others = [s for s in citizen.secrets if "".join(ch for ch in s if ch.isalnum()).upper() in squashed]
    assert has_code, "the activation code is missing from the slip"
    assert len(others) == 1, f"{len(others) - 1} other personal values are printed on the slip"


def test_slip_dates_follow_the_counters_clock(ui: UiServices) -> None:
    citizen = make_citizen("stadskantoor")
    slip = SlipContent.for_registration(citizen.registration, citizen.code, "Stadskantoor", training=True)
    brussels = ZoneInfo("Europe/Brussels")
    assert slip.expires_at == citizen.registration.expires_at
    assert slip.expires_at.tzinfo == brussels  # whatever the computer's time zone
    assert slip.expires_at - citizen.registration.created_at == dt.timedelta(days=14)
    assert slip.language is Language.NL
    assert slip.training


def _differing_pixels(first: QImage, second: QImage) -> int:
    height = min(first.height(), second.height())
    return sum(
        1
        for y in range(0, height, 2)
        for x in range(0, first.width(), 2)
        if first.pixel(x, y) != second.pixel(x, y)
    )


def test_training_slip_looks_different_from_a_real_one(ui: UiServices) -> None:
    code = generate_code()
    real, real_layout = render_image(content(code=code, training=False))
    training, training_layout = render_image(content(code=code, training=True))
    roles = {block.role for block in training_layout.blocks}
    assert {"training-mark", "training-mark-end"} <= roles
    assert not {"training-mark", "training-mark-end"} & {block.role for block in real_layout.blocks}
    assert training.height() > real.height()
    assert _differing_pixels(real, training) > 1000


def test_training_mark_is_in_the_pdf_text(ui: UiServices, tmp_path: Path) -> None:
    path = tmp_path / "training.pdf"
    write_pdf(path, content(Language.FR, training=True), SlipFormat.RECEIPT_80MM)
    text = pdf_text(path)
    assert text.count(TRAINING_MARK) == 2
    assert "Ticket d'exercice" in text


def _inside(inner: QRectF, outer: QRectF, tolerance: float = 0.5) -> bool:
    return (
        inner.left() >= outer.left() - tolerance
        and inner.top() >= outer.top() - tolerance
        and inner.right() <= outer.right() + tolerance
        and inner.bottom() <= outer.bottom() + tolerance
    )


def _escapes(layout: SlipLayout) -> list[str]:
    return [
        block.role
        for block in layout.blocks
        if not (_inside(block.bounds, block.area) and _inside(block.area, layout.page))
    ]


@pytest.mark.parametrize("fmt", list(SlipFormat))
@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize("training", [False, True])
def test_every_text_block_stays_inside_the_page(
    ui: UiServices, fmt: SlipFormat, language: Language, training: bool
) -> None:
    image, layout = render_image(content(language, training=training), fmt, dpi=150)
    assert _escapes(layout) == []
    assert layout.bottom <= layout.page.bottom()
    width_mm = image.width() / (150 / 25.4)
    assert width_mm == pytest.approx(PAGE_SPECS[fmt].width_mm, abs=0.5)


def test_layout_check_notices_text_that_does_not_fit(ui: UiServices) -> None:
    """The bounds check is not vacuous: squeeze the page and blocks spill out."""
    _image, layout = render_image(content(), SlipFormat.RECEIPT_80MM, dpi=150)
    narrow = QRectF(layout.page.left(), layout.page.top(), 20.0, layout.page.height())
    squeezed = SlipLayout(narrow, layout.blocks, layout.bottom)
    assert "code" in _escapes(squeezed)


def test_receipt_pdf_page_is_80_mm_wide_and_as_tall_as_the_slip(ui: UiServices, tmp_path: Path) -> None:
    path = tmp_path / "receipt.pdf"
    layout = write_pdf(path, content(), SlipFormat.RECEIPT_80MM)
    page = PdfReader(path).pages[0]
    width_mm = float(page.mediabox.width) / 72 * 25.4
    height_mm = float(page.mediabox.height) / 72 * 25.4
    assert width_mm == pytest.approx(80, abs=0.5)
    assert 100 < height_mm < 250
    assert _escapes(layout) == []


@pytest.mark.parametrize(
    ("width", "expected"),
    [
        (80, SlipFormat.RECEIPT_80MM),
        (58, SlipFormat.RECEIPT_80MM),
        (210, SlipFormat.A4),
        (216, SlipFormat.A4),
    ],
)
def test_paper_width_picks_the_layout(width: float, expected: SlipFormat) -> None:
    assert format_for_paper_width(width) is expected
