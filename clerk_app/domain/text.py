"""Cleaning text from a card chip or a form before it is stored, shown or sent.

A chip's bytes or a pasted value can carry what no field needs and the central service refuses (NUL and
other control characters, lone surrogates, bidirectional overrides, zero-width spaces): the counter removes
it so it never produces a value the service must refuse. The two joiners (ZWNJ, ZWJ) stay inside a
word, as some scripts need them there; runs of white space become one space. Digits are checked as ASCII
digits only (:func:`ascii_digits`): ``str.isdigit`` and the regular-expression digit class also take
full-width or Arabic-Indic digits, which would make the same person's number a second one.
"""

from __future__ import annotations

import re
import unicodedata

_JOINERS = frozenset("\u200c\u200d")
#: A joiner that joins nothing: at the start or end of a word.
_LOOSE_JOINERS = re.compile("(?<![^ ])[\u200c\u200d]+|[\u200c\u200d]+(?![^ ])")
_DIGITS = frozenset("0123456789")


def _kept(char: str) -> bool:
    category = unicodedata.category(char)
    if category in ("Cc", "Cs", "Zl", "Zp"):
        return char in "\t\n\r"  # white space: becomes a single space below
    return category != "Cf" or char in _JOINERS


def strip_invisible(value: str) -> str:
    """``value`` without control or invisible formatting characters; tabs and line breaks become spaces."""
    return "".join((" " if char in "\t\n\r" else char) for char in value if _kept(char))


def clean_text(value: str) -> str:
    """``value`` without control or invisible formatting characters, white space collapsed and trimmed.

    A value with nothing visible left (only joiners, marks or spaces) becomes ``""``.
    """
    kept = " ".join(_LOOSE_JOINERS.sub("", " ".join(strip_invisible(value).split())).split())
    if all(unicodedata.category(char)[0] in "ZMC" for char in kept):
        return ""
    return kept


def ascii_digits(value: str) -> bool:
    """True for a non-empty string of the ASCII digits 0-9 only."""
    return bool(value) and all(char in _DIGITS for char in value)
