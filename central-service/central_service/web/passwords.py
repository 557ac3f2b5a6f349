"""Passwords per NIST SP 800-63B: length, no composition rules, refused when easy to guess; Argon2id.

At least 12 characters and up to 128 (NIST asks to allow at least 64; the cap keeps the strength check
and the hash affordable). Any character is allowed, spaces too; nothing is truncated. A password is
refused, with the reason, when zxcvbn rates it easy to guess (score below 3 of 4), naming what made it
weak: a common password, the person's own names, birth date, e-mail or username, or a guessable
pattern; and always when it contains the username. Hashes are Argon2id with the configured parameters;
a hash made with other parameters is replaced at the next successful sign-in.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from enum import StrEnum

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from zxcvbn import zxcvbn

from central_service.config import PasswordSettings

MIN_LENGTH = 12
MAX_LENGTH = 128
#: zxcvbn's scale is 0-4; 3 is "safely unguessable: moderate protection from offline slow-hash scenario".
MIN_SCORE = 3


class Weakness(StrEnum):
    TOO_SHORT = "too_short"
    TOO_LONG = "too_long"
    PERSONAL = "personal"
    COMMON = "common"
    GUESSABLE = "guessable"


def weakness(password: str, username: str, personal: Iterable[str]) -> Weakness | None:
    """Why ``password`` may not be used, or None. ``personal``: names, birth date forms, e-mail."""
    if len(password) < MIN_LENGTH:
        return Weakness.TOO_SHORT
    if len(password) > MAX_LENGTH:
        return Weakness.TOO_LONG
    if username and username.casefold() in password.casefold():
        return Weakness.PERSONAL
    inputs = [word for word in (username, *personal) if len(word) >= 3]
    result = zxcvbn(password, user_inputs=inputs, max_length=MAX_LENGTH)
    if result["score"] >= MIN_SCORE:
        return None
    dictionaries = {match.get("dictionary_name") for match in result["sequence"]}
    if "user_inputs" in dictionaries:
        return Weakness.PERSONAL
    if "passwords" in dictionaries:
        return Weakness.COMMON
    return Weakness.GUESSABLE


def birth_date_forms(birth_date: str) -> list[str]:
    """How people write a birth date (``1980-04-01``) inside a password: 19800401, 01041980, 010480…"""
    year, month, day = birth_date.split("-")
    if "?" in birth_date:
        return [year] if "?" not in year else []
    return [
        f"{year}{month}{day}",
        f"{day}{month}{year}",
        f"{day}{month}{year[2:]}",
        f"{year[2:]}{month}{day}",
    ]


class PasswordHashing:
    """Argon2id hashing with the configured parameters, and a decoy for unknown usernames."""

    def __init__(self, settings: PasswordSettings) -> None:
        self._hasher = PasswordHasher(
            time_cost=settings.time_cost,
            memory_cost=settings.memory_kib,
            parallelism=settings.parallelism,
            hash_len=32,
            salt_len=16,
            type=Type.ID,
        )
        self._decoy = self._hasher.hash(secrets.token_urlsafe(16))

    def hash(self, password: str) -> str:
        return self._hasher.hash(password)

    def verify(self, stored: str, password: str) -> bool:
        try:
            return self._hasher.verify(stored, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False

    def verify_decoy(self, password: str) -> None:
        """Spend what a real check costs, so an unknown username answers as slowly as a wrong password."""
        self.verify(self._decoy, password)

    def needs_rehash(self, stored: str) -> bool:
        return self._hasher.check_needs_rehash(stored)
