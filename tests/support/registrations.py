"""Valid registration bodies (docs/wire-format.md) for tests and benchmarks, made up, never real people."""

from __future__ import annotations

import datetime as dt
import uuid
from functools import cache
from typing import Any

from stdnum.be import nn

from activation_code import hash_code


@cache
def code_hash() -> str:
    """One Argon2id hash shared by every test body: hashing costs ~0.1 s and the service never checks it."""
    return hash_code("7KQ2-M9XD-4T0B")


def national_number(index: int) -> str:
    """A valid national register number, different for each ``index`` (born 1950-1999)."""
    birth = dt.date(1950, 1, 1) + dt.timedelta(days=index // 997)
    base = f"{birth:%y%m%d}{index % 997 + 1:03d}"
    number = f"{base}{97 - int(base) % 97:02d}"
    assert nn.is_valid(number)
    return number


def registration_body(
    index: int = 0,
    *,
    registration_id: uuid.UUID | None = None,
    centre: str = "stadskantoor",
    registered_at: dt.datetime | None = None,
    language: str = "nl",
    national: str | None = None,
    replaces: uuid.UUID | None = None,
) -> dict[str, Any]:
    registered = (registered_at or dt.datetime.now(dt.UTC)).replace(microsecond=0)
    return {
        "id": str(registration_id or uuid.uuid4()),
        "centre": centre,
        "clerk": {"name": "Test Clerk", "staff_number": "G00001"},
        "registered_at": registered.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "expires_at": (registered + dt.timedelta(days=14)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "person": {
            "national_number": national or national_number(index),
            "surname": "SPECIMEN",
            "given_names": "Test Person",
            "birth_date": "1950-01-01",
            "sex": "X",
            "nationality": "BELG",
        },
        "document": {
            "kind": "electronic_card",
            "number": f"{index:012d}",
            "valid_until": "2032-07-05",
            "card_type": 1,
        },
        "email": f"citizen{index}@example.org",
        "language": language,
        "code_hash": code_hash(),
        "replaces": str(replaces) if replaces else None,
    }
