"""Published machine-readable zones (ICAO 9303, PRADO specimens) for the MRZ tests, and how to spoil one."""

from __future__ import annotations

import datetime as dt

#: The day the zones are read on (their expiry dates are judged against it).
TODAY = dt.date(2026, 3, 2)

UTOPIA_TD3 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10"
UTOPIA_TD1 = "I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<"
# ICAO 9303 part 6 specimen (not in domain.md; the same Utopia holder in the 2×36 format).
UTOPIA_TD2 = "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\nD231458907UTO7408122F1204159<<<<<<<6"
SWEDEN_TD1 = "I<SWE59000002<8198703142391<<<\n8703145M1701027SWE<<<<<<<<<<<8\nSPECIMEN<<SVEN<<<<<<<<<<<<<<<<"
AUSTRIA_TD1 = "IDAUT10000999<6<<<<<<<<<<<<<<<\n7109094F1112315AUT<<<<<<<<<<<4\nMUSTERFRAU<<MARTINA<<<<<<<<<<<"
BELGIUM_TD1 = "IDBEL000590696<1015<<<<<<<<<<<\n9401013F2710017BEL000101123453\nSPECIMEN<<SPECIMEN<<<<<<<<<<<<"


def replace_character(zone: str, line: int, column: int, char: str) -> str:
    """``zone`` with the character at 1-based (line, column) replaced."""
    lines = zone.split("\n")
    text = lines[line - 1]
    lines[line - 1] = text[: column - 1] + char + text[column:]
    return "\n".join(lines)
