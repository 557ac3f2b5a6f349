"""Text from the database or a mailbox, made safe to print on an administrator's terminal.

A workstation names itself, and a mailbox holds whatever a sender wrote: a control character (an escape
sequence, a carriage return, a newline) or a bidi override in such a value could move the cursor, recolour
the screen or forge whole lines of the listing. Every such character is shown escaped instead
(``\\x1b``, ``\\n``, ``\\u202e``); ordinary letters of any script are left alone.
"""

from __future__ import annotations

import unicodedata

#: Control (Cc), format (Cf: bidi overrides, zero-width), line and paragraph separators (Zl, Zp).
_UNPRINTABLE = frozenset({"Cc", "Cf", "Zl", "Zp"})


def printable(value: object) -> str:
    """``value`` as text, with every character that could act on a terminal escaped."""
    return "".join(_escaped(char) for char in str(value))


def _escaped(char: str) -> str:
    if unicodedata.category(char) not in _UNPRINTABLE:
        return char
    code = ord(char)
    if char == "\n":
        return "\\n"
    if char == "\r":
        return "\\r"
    if char == "\t":
        return "\\t"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"
