"""Dates whose day, month or even year may be unknown, as on identity documents."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class PartialDate:
    """A birth date of which only some parts are known (``None`` = unknown).

    Belgian cards and national numbers write unknown parts as blanks or zeros; refugees may have only a
    year, and in rare cases nothing at all is known.
    """

    year: int | None
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError("month out of range")
        if self.day is not None:
            if self.month is None:
                raise ValueError("a day without a month")
            last = calendar.monthrange(self.year or 2000, self.month)[1]
            if not 1 <= self.day <= last:
                raise ValueError("day out of range")
        if self.year is not None and not 1 <= self.year <= 9999:
            raise ValueError("year out of range")

    @classmethod
    def from_date(cls, value: dt.date) -> PartialDate:
        return cls(value.year, value.month, value.day)

    @property
    def is_complete(self) -> bool:
        return self.year is not None and self.month is not None and self.day is not None

    def as_date(self) -> dt.date | None:
        """The exact date, or None when a part is unknown."""
        if self.year is None or self.month is None or self.day is None:
            return None
        return dt.date(self.year, self.month, self.day)

    def earliest(self) -> dt.date | None:
        """The first day this date could be (None when the year is unknown)."""
        if self.year is None:
            return None
        return dt.date(self.year, self.month or 1, self.day or 1)

    def latest(self) -> dt.date | None:
        """The last day this date could be (None when the year is unknown)."""
        if self.year is None:
            return None
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return dt.date(self.year, month, day)

    def iso(self) -> str:
        """``YYYY-MM-DD`` with ``??`` / ``????`` for unknown parts."""
        year = f"{self.year:04d}" if self.year is not None else "????"
        month = f"{self.month:02d}" if self.month is not None else "??"
        day = f"{self.day:02d}" if self.day is not None else "??"
        return f"{year}-{month}-{day}"

    @classmethod
    def from_iso(cls, text: str) -> PartialDate:
        """Inverse of :meth:`iso`."""
        parts = text.split("-")
        if len(parts) != 3:
            raise ValueError("expected YYYY-MM-DD")
        year, month, day = (None if set(p) == {"?"} else int(p) for p in parts)
        return cls(year, month, day)
