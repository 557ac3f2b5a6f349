"""Activation codes: generation, the forgiving typed form, and the Argon2id hash the central service uses."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from argon2 import PasswordHasher, Type

from activation_code import (
    ALPHABET,
    format_code,
    generate_code,
    hash_code,
    hash_problem,
    is_well_formed,
    normalise_code,
    verify_code,
)

DISPLAY = re.compile(rf"[{ALPHABET}]{{4}}-[{ALPHABET}]{{4}}-[{ALPHABET}]{{4}}")
CODE = "7KQ2-M9XD-4T0B"


@pytest.fixture(scope="module")
def code_hash() -> str:
    return hash_code(CODE)


def test_the_alphabet_has_32_symbols_without_look_alikes() -> None:
    assert len(ALPHABET) == len(set(ALPHABET)) == 32
    assert not set("ILOU") & set(ALPHABET)


def test_generated_codes_are_12_symbols_shown_in_three_groups() -> None:
    codes = [generate_code() for _ in range(2000)]
    assert all(DISPLAY.fullmatch(code) for code in codes)
    assert len(set(codes)) == len(codes)
    symbols = Counter("".join(code.replace("-", "") for code in codes))
    # 24,000 draws: every symbol of the alphabet shows up, none far from 1/32 (750 expected).
    assert set(symbols) == set(ALPHABET)
    assert all(550 < count < 950 for count in symbols.values())


@pytest.mark.parametrize(
    ("typed", "canonical"),
    [
        ("7KQ2-M9XD-4T0B", "7KQ2M9XD4T0B"),
        ("7kq2 m9xd 4t0b", "7KQ2M9XD4T0B"),
        (" 7KQ2M9XD4T0B\n", "7KQ2M9XD4T0B"),
        ("7KQ2-M9XD-4TOB", "7KQ2M9XD4T0B"),  # O typed for 0
        ("IL00-0000-0000", "110000000000"),  # I and L typed for 1
    ],
)
def test_typed_codes_are_normalised(typed: str, canonical: str) -> None:
    assert normalise_code(typed) == canonical
    assert is_well_formed(typed)
    assert format_code(typed) == "-".join(canonical[i : i + 4] for i in (0, 4, 8))


@pytest.mark.parametrize(
    "typed", ["", "7KQ2-M9XD-4T0", "7KQ2-M9XD-4T0BB", "7KQ2-M9XD-4TUB", "7KQ2_M9XD_4T0B"]
)
def test_malformed_codes(typed: str) -> None:
    assert not is_well_formed(typed)


def test_the_hash_is_argon2id_with_its_parameters_and_never_the_code(code_hash: str) -> None:
    assert code_hash.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
    for form in (CODE, CODE.replace("-", ""), CODE.lower(), CODE.replace("-", "").lower()):
        assert form not in code_hash
    assert hash_code(CODE) != code_hash  # a fresh salt each time


@pytest.mark.parametrize(
    "typed",
    ["7KQ2-M9XD-4T0B", "7kq2-m9xd-4t0b", "7KQ2M9XD4T0B", " 7KQ2 M9XD 4T0B ", "7KQ2-M9XD-4TOB"],
    ids=["display", "lowercase", "compact", "spaces", "letter-o"],
)
def test_verify_accepts_the_code_however_it_is_typed(code_hash: str, typed: str) -> None:
    assert verify_code(code_hash, typed)


@pytest.mark.parametrize(
    "typed",
    ["7KQ2-M9XD-4T0C", "8KQ2-M9XD-4T0B", "7KQ2-M9XD", "", "7KQ2-M9XD-4TUB"],
    ids=["last-symbol", "first-symbol", "short", "empty", "not-in-alphabet"],
)
def test_verify_refuses_another_code(code_hash: str, typed: str) -> None:
    assert not verify_code(code_hash, typed)


def test_verify_refuses_what_is_not_an_argon2id_hash_of_a_code() -> None:
    assert not verify_code("not a hash", CODE)
    assert not verify_code("", CODE)
    argon2i = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1, type=Type.I).hash("7KQ2M9XD4T0B")
    assert not verify_code(argon2i, CODE)


def test_a_hash_made_with_stronger_parameters_still_verifies() -> None:
    """Parameters live in the hash, so raising them later keeps older hashes valid."""
    stronger = PasswordHasher(time_cost=4, memory_cost=65536, parallelism=2, type=Type.ID).hash(
        "7KQ2M9XD4T0B"
    )
    assert hash_problem(stronger) is None
    assert verify_code(stronger, CODE)


def test_a_hash_weaker_than_the_counters_is_refused_even_when_it_matches() -> None:
    light = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1, type=Type.ID).hash("7KQ2M9XD4T0B")
    assert hash_problem(light) == "memory cost must be 65536 to 262144 KiB"
    assert not verify_code(light, CODE)


_SALT = "c2FsdHNhbHRzYWx0c2FsdA"  # 16 bytes
_HASH = "A" * 43  # 32 zero bytes
_GOOD = f"$argon2id$v=19$m=65536,t=3,p=4${_SALT}${_HASH}"


def test_a_well_formed_hash_with_the_counters_parameters_passes() -> None:
    assert hash_problem(_GOOD) is None


#: What :func:`hash_problem` says about each kind of hash the counter cannot have made.
NOT_PHC = "not an Argon2id (version 19) PHC string"
MEMORY = "memory cost must be 65536 to 262144 KiB"
LANES = "parallelism must be 1 to 16"
DIGEST = "the hash must be 32 to 64 bytes of unpadded base64"
SALT = "the salt must be 16 to 64 bytes of unpadded base64"
TIME = "time cost must be 3 to 12"


@pytest.mark.parametrize(
    ("bad", "reason"),
    [
        (f"$argon2id$v=19$m=65536,t=3,p=4${_SALT}$7KQ2M9XD4T0B", DIGEST),  # a plain code as the "hash"
        (f"$argon2id$v=19$m=65536,t=3,p=4${_SALT}$7KQ2-M9XD-4T0B", NOT_PHC),
        (f"$argon2id$v=19$m=65536,t=3,p=4${_SALT}${_HASH[:-1]}!", NOT_PHC),  # not base64
        (f"$argon2id$v=19$m=65536,t=3,p=4${_SALT}${_HASH}==", NOT_PHC),  # padded
        (f"$argon2id$v=19$m=65536,t=3,p=4${_SALT}${_HASH[:-1]}B", DIGEST),  # non-canonical trailing bits
        (f"$argon2id$v=19$m=65536,t=3,p=4$c2FsdA${_HASH}", SALT),  # 4-byte salt
        (f"$argon2id$v=19$m=8,t=3,p=4${_SALT}${_HASH}", MEMORY),  # weak memory
        (f"$argon2id$v=19$m=65536,t=1,p=4${_SALT}${_HASH}", TIME),  # weak time
        (f"$argon2id$v=19$m=65536,t=3,p=0${_SALT}${_HASH}", LANES),
        (f"$argon2id$v=19$m=4294967295,t=3,p=4${_SALT}${_HASH}", MEMORY),  # gigabytes per verification
        (f"$argon2id$v=19$m=65536,t=100000,p=4${_SALT}${_HASH}", TIME),
        (f"$argon2id$v=19$m=065536,t=3,p=4${_SALT}${_HASH}", NOT_PHC),  # leading zero
        (f"$argon2id$v=19$m=\uff16\uff15536,t=3,p=4${_SALT}${_HASH}", NOT_PHC),  # full-width digits
        (f"$argon2id$v=16$m=65536,t=3,p=4${_SALT}${_HASH}", NOT_PHC),  # old version
        (f"$argon2id$m=65536,t=3,p=4${_SALT}${_HASH}", NOT_PHC),  # version missing
        (f"$argon2i$v=19$m=65536,t=3,p=4${_SALT}${_HASH}", NOT_PHC),
        (f"$argon2d$v=19$m=65536,t=3,p=4${_SALT}${_HASH}", NOT_PHC),
        (f"$argon2id$v=19$t=3,m=65536,p=4${_SALT}${_HASH}", NOT_PHC),  # parameters out of order
        (f"$argon2id$v=19$m=65536,t=3,p=4${_SALT}", NOT_PHC),  # no hash
        (f"{_GOOD}$extra", NOT_PHC),
        (f"{_GOOD}\n", NOT_PHC),
        (f" {_GOOD}", NOT_PHC),
        ("$argon2id$", NOT_PHC),
        ("7KQ2M9XD4T0B", NOT_PHC),
    ],
)
def test_hash_problem_refuses_what_the_counter_cannot_have_made(bad: str, reason: str) -> None:
    assert hash_problem(bad) == reason


def test_hashing_a_malformed_code_is_refused_without_echoing_it() -> None:
    with pytest.raises(ValueError) as caught:
        hash_code("7KQ2-M9XD")
    assert "7KQ2" not in str(caught.value)
