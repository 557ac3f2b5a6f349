"""No digit check in the product code takes any Unicode digit.

``\\d`` in a ``str`` pattern, ``str.isdigit``, ``isdecimal`` and ``isnumeric`` all accept full-width,
Arabic-Indic and other digits; a national number written in them was stored as another person. Every
digit check must use ``[0-9]``, ``clerk_app.domain.text.ascii_digits`` or ``isascii() and isdigit()``; a
line that means any digit on purpose says so in a comment on the line before.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [ROOT / "clerk_app", ROOT / "central-service" / "central_service", ROOT / "activation-code"]
_ANY_DIGIT = re.compile(r"\\d|\.isdigit\(|\.isdecimal\(|\.isnumeric\(")
_ON_PURPOSE = "any Unicode digit on purpose"


def _offending_lines() -> list[str]:
    found = []
    for source in SOURCES:
        for path in sorted(source.rglob("*.py")):
            lines = path.read_text(encoding="utf-8").splitlines()
            for number, line in enumerate(lines, start=1):
                code = line.split("#", 1)[0]
                if not _ANY_DIGIT.search(code) or "isascii()" in code:
                    continue
                if number >= 2 and _ON_PURPOSE in lines[number - 2]:
                    continue
                found.append(f"{path.relative_to(ROOT)}:{number}")
    return found


def test_digit_checks_take_ascii_digits_only() -> None:
    assert _offending_lines() == []


def test_the_check_finds_what_it_looks_for() -> None:
    assert _ANY_DIGIT.search(r're.compile(r"^\d{11}$")')
    assert _ANY_DIGIT.search("if text.isdigit():")
    assert not _ANY_DIGIT.search('re.compile(r"^[0-9]{11}$")')
