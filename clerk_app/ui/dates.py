"""Dates and times as the clerk reads them: one format on every screen, on Ghent's clock.

Every date the clerk reads is ``DD/MM/YYYY``, as typed in the form's date fields, in every UI language
(a long date on one screen and an ISO date in a message on the next made the clerk stop and compare).
Times are shown on Europe/Brussels time whatever the computer's time zone says, so the screen, the slip and
the central service's e-mail always name the same hour. The citizen's slip keeps its long, spelled-out
date in the citizen's language (:mod:`clerk_app.ui.slip`), on the same clock.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from zoneinfo import ZoneInfo

from clerk_app.domain.dates import PartialDate

#: The counters' clock: every time shown or printed is on it (tzdata provides it on Windows).
COUNTER_TIME_ZONE = ZoneInfo("Europe/Brussels")

#: A date as the domain writes it into a reason's parameters (PartialDate.iso, date.isoformat).
_ISO_DATE = re.compile(r"([0-9]{4}|\?{4})-([0-9]{2}|\?\?)-([0-9]{2}|\?\?)")


def counter_time(moment: dt.datetime) -> dt.datetime:
    """An instant (timezone-aware) on the counters' clock."""
    return moment.astimezone(COUNTER_TIME_ZONE)


def partial_date_text(value: PartialDate) -> str:
    """``DD/MM/YYYY`` as on the form, with ``??`` for each unknown part."""
    day = f"{value.day:02d}" if value.day else "??"
    month = f"{value.month:02d}" if value.month else "??"
    year = f"{value.year:04d}" if value.year else "????"
    return f"{day}/{month}/{year}"


def date_text(day: dt.date) -> str:
    return partial_date_text(PartialDate.from_date(day))


def time_text(moment: dt.datetime) -> str:
    """``HH:MM`` on the counters' clock."""
    return f"{counter_time(moment):%H:%M}"


def moment_text(moment: dt.datetime) -> str:
    """``DD/MM/YYYY HH:MM`` on the counters' clock."""
    local = counter_time(moment)
    return f"{date_text(local.date())} {local:%H:%M}"


def shown_params(params: Mapping[str, str]) -> dict[str, str]:
    """A reason's parameters with each ISO date (``2026-12-01``, ``1975-??-??``) as the clerk reads dates.

    The domain keeps dates in its reasons as ISO text (stable for codes and tests); only here, where they
    are shown, do they take the screen's format.
    """
    return {name: _shown(value) for name, value in params.items()}


def _shown(value: str) -> str:
    if _ISO_DATE.fullmatch(value) is None:
        return value
    try:
        return partial_date_text(PartialDate.from_iso(value))
    except ValueError:
        return value
