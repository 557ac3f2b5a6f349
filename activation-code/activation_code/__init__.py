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

import base64
import binascii
import datetime as dt
import re
import secrets

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

#: How long the citizen has to open the link and type the code (city policy; printed on the slip).
ACTIVATION_PERIOD = dt.timedelta(days=14)

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LENGTH = 12
GROUP = 4
_TYPO_FIXES = str.maketrans({"O": "0", "I": "1", "L": "1"})

#: RFC 9106 §4 "second recommended option" (64 MiB, 3 passes), with 4 lanes.
TIME_COST = 3
MEMORY_COST_KIB = 64 * 1024
PARALLELISM = 4
HASH_LENGTH = 32
SALT_LENGTH = 16
_HASHER = PasswordHasher(
    time_cost=TIME_COST,
    memory_cost=MEMORY_COST_KIB,
    parallelism=PARALLELISM,
    hash_len=HASH_LENGTH,
    salt_len=SALT_LENGTH,
    type=Type.ID,
)
#: Ceilings for a hash the central service accepts: verifying it at activation costs what it asks for,
#: so a workstation must not be able to ask for gigabytes or minutes per try. Room to raise the
#: counter's parameters later without a change here.
MAX_MEMORY_COST_KIB = 4 * MEMORY_COST_KIB
MAX_TIME_COST = 4 * TIME_COST
MAX_PARALLELISM = 16
_MAX_BYTES = 64
#: The PHC string format (ASCII digits only, decimal numbers without leading zeros).
_PHC = re.compile(
    r"\$argon2id\$v=19\$m=(0|[1-9][0-9]{0,9}),t=(0|[1-9][0-9]{0,9}),p=(0|[1-9][0-9]{0,9})"
    r"\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)"
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


def hash_problem(code_hash: str) -> str | None:
    """Why ``code_hash`` is not a hash :func:`hash_code` could have made, or None when it could be.

    The PHC string is parsed in full: Argon2id version 19, memory and time costs at least the
    counter's (and at most the ceilings above), canonical unpadded base64 for a salt of at least
    16 bytes and a hash of at least 32. A plain code, invalid base64 or weak parameters are refused.
    """
    match = _PHC.fullmatch(code_hash)
    if match is None:
        return "not an Argon2id (version 19) PHC string"
    memory, time_cost, lanes = (int(part) for part in match.group(1, 2, 3))
    if not MEMORY_COST_KIB <= memory <= MAX_MEMORY_COST_KIB:
        return f"memory cost must be {MEMORY_COST_KIB} to {MAX_MEMORY_COST_KIB} KiB"
    if not TIME_COST <= time_cost <= MAX_TIME_COST:
        return f"time cost must be {TIME_COST} to {MAX_TIME_COST}"
    if not 1 <= lanes <= MAX_PARALLELISM:
        return f"parallelism must be 1 to {MAX_PARALLELISM}"
    salt, digest = (_unpadded_base64(part) for part in match.group(4, 5))
    if salt is None or not SALT_LENGTH <= len(salt) <= _MAX_BYTES:
        return f"the salt must be {SALT_LENGTH} to {_MAX_BYTES} bytes of unpadded base64"
    if digest is None or not HASH_LENGTH <= len(digest) <= _MAX_BYTES:
        return f"the hash must be {HASH_LENGTH} to {_MAX_BYTES} bytes of unpadded base64"
    return None


def _unpadded_base64(text: str) -> bytes | None:
    """The bytes of canonical unpadded base64 (unused trailing bits zero), or None."""
    try:
        raw = base64.b64decode(text + "=" * (-len(text) % 4), validate=True)
    except (binascii.Error, ValueError):
        return None
    return raw if base64.b64encode(raw).decode().rstrip("=") == text else None


def verify_code(code_hash: str, typed: str) -> bool:
    """True when ``typed`` is the code behind ``code_hash`` (for the central service).

    Only Argon2id hashes are accepted: a hash of another kind was not made by :func:`hash_code`.
    """
    if not is_well_formed(typed) or hash_problem(code_hash) is not None:
        return False
    try:
        return PasswordHasher().verify(code_hash, normalise_code(typed))
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False
