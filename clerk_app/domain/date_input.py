"""Dates as the clerk types them into a manual form, and the form's own way of writing them.

``DD/MM/YYYY`` (``.`` or ``-`` also separate) or ISO ``YYYY-MM-DD``; in a birth date an unknown day or
month is ``00`` (or ``??``) and an unknown year ``0000``; years run from 1900 to 2199.
"""

from __future__ import annotations

import datetime as dt
import re

from clerk_app.domain.dates import PartialDate

#: The years a typed date may have: a date outside them is a typing error, not a document's date.
EARLIEST_YEAR, LATEST_YEAR = 1900, 2199
_ISO_DATE = re.compile(r"([0-9]{4}|\?{4})-([0-9]{2}|\?{2})-([0-9]{2}|\?{2})")
_DMY_DATE = re.compile(r"([0-9]{1,2}|\?{1,2})[./-]([0-9]{1,2}|\?{1,2})[./-]([0-9]{4}|\?{4})")


def parse_date_input(text: str, *, partial: bool) -> PartialDate | None:
    """A typed date (see the module docstring), or None when it is not one.

    With ``partial`` False every part must be known. Years outside 1900-2199 are refused
    (:func:`is_implausible_date` tells that case apart).
    """
    parsed = _read(text, partial=partial)
    if parsed is None or not _plausible(parsed):
        return None
    return parsed


def is_implausible_date(text: str, *, partial: bool) -> bool:
    """``text`` is a well-formed date whose year lies outside 1900-2199 (``01/01/1800``): a date, but
    not one a document or a person has."""
    parsed = _read(text, partial=partial)
    return parsed is not None and not _plausible(parsed)


def _plausible(value: PartialDate) -> bool:
    return value.year is None or EARLIEST_YEAR <= value.year <= LATEST_YEAR


def _read(text: str, *, partial: bool) -> PartialDate | None:
    match = _ISO_DATE.fullmatch(text) or _DMY_DATE.fullmatch(text)
    if match is None:
        return None
    first, second, third = match.groups()
    year_text, month_text, day_text = (
        (first, second, third) if match.re is _ISO_DATE else (third, second, first)
    )
    year, month, day = (_date_part(year_text), _date_part(month_text), _date_part(day_text))
    if not partial and None in (year, month, day):
        return None
    try:
        return PartialDate(year, month, day)
    except ValueError:
        return None


def _date_part(text: str) -> int | None:
    """``00``, ``0000`` or question marks: unknown."""
    if set(text) == {"?"}:
        return None
    value = int(text)
    return value or None


def format_date_input(value: PartialDate | dt.date) -> str:
    """The form's own way of writing a date: ``DD/MM/YYYY`` with 00 / 0000 for unknown parts."""
    if isinstance(value, dt.date):
        value = PartialDate.from_date(value)
    return f"{value.day or 0:02d}/{value.month or 0:02d}/{value.year or 0:04d}"
