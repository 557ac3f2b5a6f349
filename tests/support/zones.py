"""Machine-readable zones of made-up Belgian cards, every check digit computed (ICAO 9303 part 5)."""

from __future__ import annotations

import datetime as dt

from clerk_app.domain.mrz import check_digit


def _yymmdd(day: dt.date) -> str:
    return day.strftime("%y%m%d")


def belgian_td1_zone(
    *,
    number: str,
    national_number: str,
    surname: str,
    given_names: str,
    birth: dt.date,
    sex: str,
    expiry: dt.date,
    nationality: str = "BEL",
    code: str = "ID",
    old_rule: bool = False,
) -> str:
    """A Belgian card's TD1 zone: the 12-character number overflows into optional data 1, the national
    number sits in optional data 2. ``old_rule``: the number's digit over the number with the filler, as
    older cards print it; otherwise ICAO's, over the number alone."""
    head, overflow = number[:9], number[9:]
    digit = check_digit(f"{head}<{overflow}" if old_rule else number)
    line1 = f"{code:<2}BEL{head}<{overflow}{digit}".ljust(30, "<")
    body = (
        f"{_yymmdd(birth)}{check_digit(_yymmdd(birth))}{sex}{_yymmdd(expiry)}{check_digit(_yymmdd(expiry))}"
    )
    line2 = f"{body}{nationality}{national_number:<11}"
    composite = check_digit(line1[5:30] + line2[0:7] + line2[8:15] + line2[18:29])
    line3 = f"{surname.replace(' ', '<')}<<{given_names.replace(' ', '<')}".ljust(30, "<")[:30]
    return f"{line1}\n{line2}{composite}\n{line3}"
