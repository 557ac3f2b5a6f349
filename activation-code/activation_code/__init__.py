"""The activation-code contract between the counter and the central service, defined once for both.

The counter makes a code, shows it once and sends only its Argon2id hash; the central service checks what the
citizen types against that hash, within :data:`ACTIVATION_PERIOD` of the registration. Both programs import
this package (it depends on nothing of either), so the alphabet, the forgiving typed form, the hash parameters
and the 14 days cannot drift apart.

The code is 12 symbols of Crockford's base32 alphabet (no I, L, O, U), 60 bits from ``secrets``, shown as
``XXXX-XXXX-XXXX``. Typing is forgiving the way Crockford intends: case, dashes and spaces do not matter,
and O/I/L typed by mistake are read as 0/1/1. The hash is an Argon2id PHC string, which records its salt
and parameters, so the central service can verify it with :func:`verify_code` and the parameters can be
raised later without breaking older hashes.
"""

from __future__ import annotations

import datetime as dt
import secrets

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

#: How long the citizen has to open the link and type the code (city policy; printed on the slip).
ACTIVATION_PERIOD = dt.timedelta(days=14)

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LENGTH = 12
GROUP = 4
_TYPO_FIXES = str.maketrans({"O": "0", "I": "1", "L": "1"})
_PREFIX = "$argon2id$"

#: RFC 9106 §4 "second recommended option" (64 MiB, 3 passes), with 4 lanes.
_HASHER = PasswordHasher(
    time_cost=3, memory_cost=64 * 1024, parallelism=4, hash_len=32, salt_len=16, type=Type.ID
)


def generate_code() -> str:
    """A fresh code in display form, e.g. ``7KQ2-M9XD-4T0B``."""
    raw = "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))
    return format_code(raw)


def format_code(raw: str) -> str:
    """``XXXX-XXXX-XXXX`` for the screen and the slip."""
    compact = normalise_code(raw)
    return "-".join(compact[i : i + GROUP] for i in range(0, len(compact), GROUP))


def normalise_code(typed: str) -> str:
    """The canonical 12 symbols of a typed code (may be invalid; see :func:`is_well_formed`)."""
    return "".join(typed.split()).replace("-", "").upper().translate(_TYPO_FIXES)


def is_well_formed(typed: str) -> bool:
    """12 symbols of the alphabet once case, spaces, dashes and O/I/L typos are forgiven."""
    compact = normalise_code(typed)
    return len(compact) == CODE_LENGTH and all(ch in ALPHABET for ch in compact)


def hash_code(code: str) -> str:
    """The Argon2id PHC string of a code; the only form that is stored or sent."""
    if not is_well_formed(code):
        raise ValueError("not an activation code")
    return _HASHER.hash(normalise_code(code))


def verify_code(code_hash: str, typed: str) -> bool:
    """True when ``typed`` is the code behind ``code_hash`` (for the central service).

    Only Argon2id hashes are accepted: a hash of another kind was not made by :func:`hash_code`.
    """
    if not is_well_formed(typed) or not code_hash.startswith(_PREFIX):
        return False
    try:
        return PasswordHasher().verify(code_hash, normalise_code(typed))
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False
