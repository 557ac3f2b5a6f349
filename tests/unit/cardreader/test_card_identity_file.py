"""Identity file 4031: every real dump parses, every birth-date form, the code tables, and fuzzing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clerk_app.cardreader.identity_file import (
    MONTHS_BY_LANGUAGE,
    parse_birth_date,
    parse_card_date,
    parse_identity,
)
from clerk_app.cardreader.tlv import encode_tlv
from clerk_app.domain.dates import PartialDate
from clerk_app.domain.documents import CARD_TYPES
from clerk_app.domain.identity import Sex, SpecialStatus
from clerk_app.errors import CardDataError
from tests.support.private import assert_private_equal

# What each public specimen dump holds (specimen data, compared without printing all the same).
DUMPS: dict[str, dict[str, object]] = {
    "alice/Identity.tlv": {
        "card_number": "000000122157",
        "national_number": "71715100070",
        "surname": "SPECIMEN",
        "first_names": "Alice Geldigekaart",
        "third_initial": "A",
        "birth_date": PartialDate(1971, 1, 1),
        "birth_place": "Hamont-Achel",
        "validity_begin": dt.date(2009, 7, 23),
        "validity_end": dt.date(2014, 7, 23),
        "issuing_municipality": "Antwerpen",
        "sex": Sex.FEMALE,
        "special_status": SpecialStatus.NONE,
        "photo_hash_length": 20,
    },
    "nora-ec/identity.tlv": {
        "card_number": "000001241600",
        "national_number": "01050399963",
        "first_names": "Nora Angèle",
        "birth_date": PartialDate(2001, 5, 3),
        "validity_end": dt.date(2032, 7, 5),
        "issuing_municipality": "Brussel",
        "sex": Sex.FEMALE,
        "photo_hash_length": 32,
    },
    "specimen-variants/white-cane.tlv": {
        "special_status": SpecialStatus.WHITE_CANE,
        "sex": Sex.MALE,
        "birth_date": PartialDate(1971, 1, 21),
    },
    "specimen-variants/yellow-cane.tlv": {
        "special_status": SpecialStatus.YELLOW_CANE,
        "birth_date": PartialDate(1992, 12, 31),
    },
    "specimen-variants/extended-minority.tlv": {
        "special_status": SpecialStatus.EXTENDED_MINORITY,
        "noble_condition": "Comtesse",
        "birth_date": PartialDate(1979, 9, 29),
        "sex": Sex.FEMALE,
    },
    "specimen-variants/id-alice-2.tlv": {
        "birth_date": PartialDate(1971, 1, 1),
        "birth_date_text": "1 JAN 1971",
    },
}


def test_every_shared_dump_is_covered(card_dumps: Path) -> None:
    identity_files = {
        str(path.relative_to(card_dumps))
        for path in card_dumps.rglob("*")
        if path.name.lower() in ("identity.tlv",) or path.parent.name == "specimen-variants"
    }
    assert identity_files == set(DUMPS)


@pytest.mark.parametrize("name", sorted(DUMPS))
def test_real_dumps_parse(card_dumps: Path, name: str) -> None:
    identity = parse_identity((card_dumps / name).read_bytes())
    assert identity.card_type.code == 1
    assert identity.card_type.known
    for field, expected in DUMPS[name].items():
        if field == "photo_hash_length":
            assert len(identity.photo_hash) == expected
        else:
            assert_private_equal(getattr(identity, field), expected, field)


# Birth dates -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("01 JAN 1971", PartialDate(1971, 1, 1)),
        ("1 JAN 1971", PartialDate(1971, 1, 1)),  # one-digit day
        ("26 AVR  1975", PartialDate(1975, 4, 26)),  # month padded with a second space
        ("21 DEC  1981", PartialDate(1981, 12, 21)),
        ("24 MAAR 1969", PartialDate(1969, 3, 24)),
        ("07 SEPT 2003", PartialDate(2003, 9, 7)),
        ("03 MEI 2001", PartialDate(2001, 5, 3)),
        ("13.AUG. 1996", PartialDate(1996, 8, 13)),  # German as printed on real cards
        ("22.DEZ. 1997", PartialDate(1997, 12, 22)),
        ("05.MÄR.1980", PartialDate(1980, 3, 5)),  # German as the specification writes it
        ("05.mär. 1980", PartialDate(1980, 3, 5)),
        ("1950", PartialDate(1950)),  # only the year is known
        ("   JAN 1971", PartialDate(1971, 1)),  # blank day
        ("00 JAN 1971", PartialDate(1971, 1)),
        ("15      1971", PartialDate(1971)),  # blank month: a day alone means nothing
        ("00 00 1971", PartialDate(1971)),
        ("  1971  ", PartialDate(1971)),
        ("", PartialDate(None)),
        ("   ", PartialDate(None)),
        ("0000", PartialDate(None)),
        ("29 FEB 2000", PartialDate(2000, 2, 29)),
    ],
)
def test_birth_date_forms(text: str, expected: PartialDate) -> None:
    assert parse_birth_date(text) == expected


@pytest.mark.parametrize("language", sorted(MONTHS_BY_LANGUAGE))
def test_every_month_token_of_every_language(language: str) -> None:
    for number, token in enumerate(MONTHS_BY_LANGUAGE[language], start=1):
        assert parse_birth_date(f"09 {token} 1990") == PartialDate(1990, number, 9)
        assert parse_birth_date(f"9.{token}. 1990") == PartialDate(1990, number, 9)


@pytest.mark.parametrize(
    "text",
    [
        "01 XYZ 1971",
        "01 JAN 71",
        "JAN",
        "31 FEB 1990",
        "01 JAN 1971 extra",
        "001 JAN 1971",
        "01 JAN 19711",
        "1٩71",
    ],
)
def test_unreadable_birth_dates_are_card_data_errors(text: str) -> None:
    with pytest.raises(CardDataError):
        parse_birth_date(text)


_months = st.sampled_from(
    sorted({t for tokens in MONTHS_BY_LANGUAGE.values() for t in tokens} | {"X", "00", ""})
)
_separators = st.sampled_from(["", " ", ".", "  ", ". ", ".  "])
_card_like = st.tuples(
    st.sampled_from(["", " ", "  ", "1", "01", "00", "31", "9", "123"]),
    _separators,
    _months,
    _separators,
    st.sampled_from(["1971", "2000", "0000", "19", "", "1971 ", "19711"]),
).map("".join)


@settings(max_examples=10_000, deadline=None)
@given(st.one_of(st.text(max_size=14), _card_like))
def test_fuzz_birth_dates_give_a_partial_date_or_card_data_error(text: str) -> None:
    try:
        result = parse_birth_date(text)
    except CardDataError:
        return
    assert isinstance(result, PartialDate)


# Other fields and code tables ------------------------------------------------------------------------


def _file(**overrides: bytes) -> bytes:
    fields = {0x06: b"84041212485", 0x07: b"SPECIMEN", 0x0C: b"12 APR 1984", 0x0F: b"1"}
    fields.update({int(tag[1:], 16): value for tag, value in overrides.items()})
    return encode_tlv(sorted(fields.items()))


@pytest.mark.parametrize(
    ("letter", "sex"),
    [(b"M", Sex.MALE), (b"F", Sex.FEMALE), (b"V", Sex.FEMALE), (b"W", Sex.FEMALE), (b"", None)],
)
def test_sex_letters(letter: bytes, sex: Sex | None) -> None:
    assert parse_identity(_file(t0D=letter)).sex is sex


@pytest.mark.parametrize("code", sorted(CARD_TYPES))
def test_document_types_by_name(code: int) -> None:
    for text in {str(code), f"{code:02d}"}:
        card_type = parse_identity(_file(t0F=text.encode())).card_type
        assert card_type.code == code
        assert card_type.known
        assert card_type.label == CARD_TYPES[code].name


def test_unknown_document_type_is_kept() -> None:
    card_type = parse_identity(_file(t0F=b"99")).card_type
    assert (card_type.code, card_type.known, card_type.label) == (99, False, "unknown type 99")


@pytest.mark.parametrize("value", [b"", b"A", b"1234", "١".encode()])
def test_missing_or_odd_document_type_is_a_card_data_error(value: bytes) -> None:
    with pytest.raises(CardDataError):
        parse_identity(_file(t0F=value))


@pytest.mark.parametrize(
    ("raw", "status"),
    [
        (b"0", SpecialStatus.NONE),
        (b"00", SpecialStatus.NONE),
        (b"3", SpecialStatus.WHITE_CANE_AND_EXTENDED_MINORITY),
        (b"5", SpecialStatus.YELLOW_CANE_AND_EXTENDED_MINORITY),
        (b"9", None),
        (b"", None),
    ],
)
def test_special_status(raw: bytes, status: SpecialStatus | None) -> None:
    identity = parse_identity(_file(t10=raw))
    assert identity.special_status is status
    assert identity.special_status_raw == raw.decode()


def test_residence_card_fields() -> None:
    identity = parse_identity(
        _file(
            t0F=b"35",
            t12=b"02",
            t13=b"5",
            t14=b"",
            t15=b"13.08.2014-IT",
            t16=b"A",
            t17=b"0123.456.789",
            t18=b"0987.654.321",
            t19=b"RF-123456",
            t1B=b"B",
            t1C=b"C",
            t1D=b"D",
            t1E=b"K",
            t1F=b"01.02.2020",
        )
    )
    assert identity.duplicate == "02"
    assert identity.special_organisation == "5"
    assert identity.member_of_family is True
    assert (identity.protection_date, identity.protection_country) == (dt.date(2014, 8, 13), "IT")
    assert identity.work_permit == "A"
    assert (identity.employer_vat_1, identity.employer_vat_2) == ("0123.456.789", "0987.654.321")
    assert identity.regional_file_number == "RF-123456"
    assert (identity.brexit_mention_1, identity.brexit_mention_2) == ("B", "C")
    assert (identity.card_a_mention_1, identity.card_a_mention_2) == ("D", "K")
    assert identity.eu_card_start_date == dt.date(2020, 2, 1)
    assert parse_identity(_file()).member_of_family is False


def test_text_is_utf8_and_trimmed_and_empty_fields_are_empty() -> None:
    identity = parse_identity(_file(t08="  Zoë Ĳsbrand ".encode(), t09=b"", t0E=b"", t0B="Liège   ".encode()))
    assert identity.first_names == "Zoë Ĳsbrand"
    assert identity.birth_place == "Liège"
    assert (identity.third_initial, identity.noble_condition, identity.nationality) == ("", "", "")
    assert identity.validity_begin is None
    assert identity.given_names == "Zoë Ĳsbrand"


def test_leading_version_tag_padding_and_unknown_tags() -> None:
    data = bytes.fromhex("00020002") + encode_tlv([(0x06, b"84041212485"), (0x0F, b"1"), (0x2A, b"x")])
    identity = parse_identity(data + bytes(40))
    assert identity.file_version == b"\x00\x02"
    assert identity.unknown_tags == (0x2A,)
    assert identity.basic_key_hash == b""


@pytest.mark.parametrize(
    "overrides",
    [
        {"t08": b"\xff\xfe"},
        {"t03": b"2009-07-23"},
        {"t04": b"31.02.2020"},
        {"t15": b"xx-BE"},
        {"t1F": b"1.2.2020"},
    ],
)
def test_malformed_fields_are_card_data_errors(overrides: dict[str, bytes]) -> None:
    with pytest.raises(CardDataError):
        parse_identity(_file(**overrides))


def test_card_dates() -> None:
    assert parse_card_date("23.07.2009", "validity") == dt.date(2009, 7, 23)
    assert parse_card_date("", "validity") is None


def test_errors_carry_no_file_content() -> None:
    with pytest.raises(CardDataError) as caught:
        parse_identity(_file(t0C=b"12 SECRETNAME 1984"))
    assert "SECRETNAME" not in str(caught.value)
    assert "SECRETNAME" not in caught.value.detail


_identity_fields = st.dictionaries(
    st.integers(0, 0x22),
    st.one_of(
        st.binary(max_size=20),
        st.sampled_from([b"1", b"01", b"35", b"M", b"V", b"23.07.2009", b"13.08.2014-IT", b"01 JAN 1971"]),
    ),
    max_size=14,
)


@settings(max_examples=2_000, deadline=None)
@given(_identity_fields, st.binary(max_size=4))
def test_fuzz_identity_files_parse_or_raise_card_data_error(fields: dict[int, bytes], tail: bytes) -> None:
    data = encode_tlv(sorted(fields.items())) + tail
    try:
        identity = parse_identity(data)
    except CardDataError:
        return
    assert 0 <= identity.card_type.code <= 999
