"""More than 100 invalid registrations across every field and document type, each with its one reason.

``CASES`` holds ``(case_id, build, expected_code)``. ``build()`` returns either

- a :class:`RegistrationRequest` that :func:`clerk_app.domain.eligibility.assess` refuses on
  :data:`TODAY` with exactly ``expected_code`` (the store must refuse it and keep nothing), or
- a :class:`ManualEntry`, a manual document form as the clerk filled it in, that
  :func:`clerk_app.domain.manual_form.build_identity` refuses with exactly ``expected_code``: no identity
  record comes out of it, so there is nothing a store could be handed.

:func:`reasons_for` runs either through the domain rules. Every case starts from a valid base
(:mod:`tests.support.valid_registrations`, checked by the tests) and breaks one thing. All people
here are invented; the national numbers are the published worked examples of the check-digit rule
or computed with the published mod-97 rule.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from clerk_app.domain.dates import PartialDate
from clerk_app.domain.documents import DocumentKind
from clerk_app.domain.eligibility import assess
from clerk_app.domain.identity import Sex
from clerk_app.domain.manual_form import build_identity
from clerk_app.domain.reasons import Reason
from clerk_app.domain.registration import Clerk, RegistrationRequest
from tests.support.valid_registrations import (
    ALL_KINDS,
    MANUAL_KINDS,
    NN_CHILD_2017,
    TODAY,
    identity_request_from_card,
    national_number,
    valid_request,
    valid_values,
    with_identity,
)


@dataclass(frozen=True)
class ManualEntry:
    """A manual document form as typed; ``build_identity`` must refuse it."""

    kind: DocumentKind
    values: Mapping[str, str]


Built = RegistrationRequest | ManualEntry


def reasons_for(built: Built, today: dt.date = TODAY) -> tuple[Reason, ...]:
    """The domain's answer to one case: the form's problems, or the request's eligibility reasons."""
    if isinstance(built, ManualEntry):
        return build_identity(built.kind, built.values, today).reasons
    return assess(built, today)


Case = tuple[str, Callable[[], Built], str]
CASES: list[Case] = []


def _request(case_id: str, expected: str, build: Callable[[], RegistrationRequest]) -> None:
    CASES.append((case_id, build, expected))


def _manual(case_id: str, kind: DocumentKind, expected: str, **changes: str) -> None:
    CASES.append((case_id, lambda: ManualEntry(kind, valid_values(kind, **changes)), expected))


def _bind(kind: DocumentKind, **changes: object) -> Callable[[], RegistrationRequest]:
    return lambda: with_identity(kind, **changes)


# --- the request as a whole: presence, e-mail, centre, clerk -------------------------------------
for _kind in ALL_KINDS:
    _request(
        f"presence-not-confirmed-{_kind.value}",
        "presence_not_confirmed",
        lambda kind=_kind: valid_request(kind, presence_confirmed=False),
    )
    _request(
        f"document-number-blank-{_kind.value}", "document_number_missing", _bind(_kind, document_number="  ")
    )
    _request(
        f"document-expired-{_kind.value}",
        "document_expired",
        _bind(_kind, document_valid_until=dt.date(2025, 12, 31)),
    )
    _request(f"no-expiry-{_kind.value}", "document_expiry_missing", _bind(_kind, document_valid_until=None))

for _case_id, _email, _expected in [
    ("email-empty", "", "email_missing"),
    ("email-blank", "   ", "email_missing"),
    ("email-no-at", "citizen.example.org", "email_invalid"),
    ("email-two-ats", "citizen@home@example.org", "email_invalid"),
    ("email-space-inside", "citi zen@example.org", "email_invalid"),
    ("email-leading-space", " citizen@example.org", "email_invalid"),
    ("email-no-dot-in-domain", "citizen@localhost", "email_invalid"),
    ("email-special-use-domain", "citizen@example.test", "email_invalid"),
    ("email-double-dot", "citi..zen@example.org", "email_invalid"),
    ("email-leading-dot", ".citizen@example.org", "email_invalid"),
    ("email-quoted-local-part", '"citi zen"@example.org', "email_invalid"),
    ("email-ip-literal", "citizen@[192.0.2.1]", "email_invalid"),
    ("email-display-name", "Citizen <citizen@example.org>", "email_invalid"),
    ("email-two-addresses", "a@example.org, b@example.org", "email_invalid"),
    ("email-domain-hyphen", "citizen@-example.org", "email_invalid"),
    ("email-no-local-part", "@example.org", "email_invalid"),
]:
    _request(_case_id, _expected, lambda email=_email: valid_request(email=email))

_request("centre-empty", "centre_missing", lambda: valid_request(centre_id=""))
_request("centre-blank", "centre_missing", lambda: valid_request(DocumentKind.ORANGE_CARD, centre_id="  "))
_request(
    "clerk-name-missing", "clerk_missing", lambda: valid_request(clerk=Clerk(name=" ", staff_number="G12345"))
)
_request(
    "clerk-staff-number-missing",
    "clerk_missing",
    lambda: valid_request(DocumentKind.ANNEX_35, clerk=Clerk(name="An Clerk", staff_number="")),
)

# --- identity on the request ---------------------------------------------------------------------
_request("card-surname-blank", "surname_missing", lambda: identity_request_from_card(surname=""))
_request(
    "birth-date-unknown",
    "birth_date_unknown",
    _bind(
        DocumentKind.ORANGE_CARD, birth_date=PartialDate(None), national_number=national_number("000001", 2)
    ),
)
_request(
    "age-unconfirmed-year-only",
    "age_unconfirmed_partial_date",
    _bind(
        DocumentKind.OTHER_FOREIGN_ID,
        birth_date=PartialDate(2014),
        national_number=national_number("140000", 4, born_2000s=True),
    ),
)
_request(
    "age-unconfirmed-day-unknown",
    "age_unconfirmed_partial_date",
    _bind(
        DocumentKind.ANNEX_35,
        birth_date=PartialDate(2014, 3),
        national_number=national_number("140300", 7, born_2000s=True),
    ),
)
_request(
    "under-12-belgian-passport",
    "under_minimum_age",
    _bind(DocumentKind.BELGIAN_PASSPORT, birth_date=PartialDate(2017, 7, 30), national_number=NN_CHILD_2017),
)
_request(
    "under-12-one-day-before-birthday",
    "under_minimum_age",
    _bind(
        DocumentKind.FOREIGN_PASSPORT,
        birth_date=PartialDate(2014, 3, 3),
        national_number=national_number("144303", 1, born_2000s=True),
    ),
)

# --- document type ---------------------------------------------------------------------------------
_TWELVE_YEAR_OLD = {
    "birth_date": PartialDate(2013, 6, 15),
    "national_number": national_number("130615", 5, born_2000s=True),
}


for _code in (6, 61, 62, 63, 64, 65, 66, 67, 68, 69):
    # A twelve-year-old whose kids card is still valid: the card type alone refuses.
    _request(
        f"kids-card-{_code}",
        "kids_card",
        lambda code=_code: identity_request_from_card(code, **_TWELVE_YEAR_OLD),
    )
for _code in (7, 8):
    _request(
        f"staff-card-{_code}", "card_type_not_accepted", lambda code=_code: identity_request_from_card(code)
    )
_request("card-type-missing", "card_type_missing", _bind(DocumentKind.ELECTRONIC_CARD, card_type_code=None))
# A Belgian card typed because its chip is unreadable keeps the card rules: the kids card still refuses.
_request(
    "unreadable-chip-kids-card",
    "kids_card",
    _bind(DocumentKind.BELGIAN_CARD_CHIP_UNREADABLE, card_type_code=6, sex=Sex.MALE, **_TWELVE_YEAR_OLD),
)
_request(
    "belgian-passport-dutch-national",
    "belgian_passport_not_belgian",
    _bind(DocumentKind.BELGIAN_PASSPORT, nationality="NLD"),
)
_request(
    "foreign-passport-belgian-national",
    "foreign_document_for_belgian",
    _bind(DocumentKind.FOREIGN_PASSPORT, nationality="BEL"),
)
_request(
    "foreign-passport-issued-by-belgium",
    "foreign_document_for_belgian",
    _bind(DocumentKind.FOREIGN_PASSPORT, issuing_authority="BEL"),
)
_request(
    "orange-card-belgian-national",
    "foreign_document_for_belgian",
    _bind(DocumentKind.ORANGE_CARD, nationality="BEL"),
)
_request(
    "annex-35-belgian-national",
    "foreign_document_for_belgian",
    _bind(DocumentKind.ANNEX_35, nationality="BEL"),
)
_request(
    "other-foreign-id-issued-by-belgium",
    "foreign_document_for_belgian",
    _bind(DocumentKind.OTHER_FOREIGN_ID, issuing_authority="bel"),
)

# --- validity on the registration day ---------------------------------------------------------------
_request(
    "card-expired-yesterday",
    "document_expired",
    _bind(DocumentKind.ELECTRONIC_CARD, document_valid_until=TODAY - dt.timedelta(days=1)),
)
_request(
    "card-valid-from-tomorrow",
    "document_not_yet_valid",
    _bind(DocumentKind.ELECTRONIC_CARD, document_valid_from=TODAY + dt.timedelta(days=1)),
)
_request(
    "orange-card-extension-not-started",
    "document_not_yet_valid",
    _bind(DocumentKind.ORANGE_CARD, document_valid_from=dt.date(2026, 4, 1)),
)
_request(
    "abroad-card-expired",
    "abroad_without_valid_document",
    lambda: dataclasses.replace(
        with_identity(DocumentKind.ELECTRONIC_CARD, document_valid_until=dt.date(2024, 1, 1)),
        lives_abroad=True,
    ),
)
_request(
    "abroad-passport-not-yet-valid",
    "abroad_without_valid_document",
    lambda: dataclasses.replace(
        with_identity(DocumentKind.BELGIAN_PASSPORT, document_valid_from=dt.date(2026, 3, 3)),
        lives_abroad=True,
    ),
)
_request(
    "abroad-foreign-id-no-expiry",
    "abroad_without_valid_document",
    lambda: dataclasses.replace(
        with_identity(DocumentKind.OTHER_FOREIGN_ID, document_valid_until=None), lives_abroad=True
    ),
)

# --- national register / BIS number on the request ------------------------------------------------------
for _case_id, _kind, _number, _expected in [
    ("card-number-blank", DocumentKind.ELECTRONIC_CARD, "", "national_number_missing"),
    ("orange-card-number-blank", DocumentKind.ORANGE_CARD, " ", "national_number_missing"),
    ("card-number-ten-digits", DocumentKind.ELECTRONIC_CARD, "8507300332", "national_number_format"),
    ("card-number-twelve-digits", DocumentKind.ELECTRONIC_CARD, "850730033280", "national_number_format"),
    ("card-number-letters", DocumentKind.ELECTRONIC_CARD, "85O73OO3328", "national_number_format"),
    ("card-number-slashes", DocumentKind.ELECTRONIC_CARD, "85/07/30/033/28", "national_number_format"),
    ("card-number-check-digit", DocumentKind.ELECTRONIC_CARD, "85073003329", "national_number_checksum"),
    ("card-number-swapped-digits", DocumentKind.ELECTRONIC_CARD, "58073003328", "national_number_checksum"),
    (
        "card-number-month-13",
        DocumentKind.ELECTRONIC_CARD,
        national_number("851330", 33),
        "national_number_date",
    ),
    (
        "bis-number-month-35",
        DocumentKind.FOREIGN_PASSPORT,
        national_number("983528", 997),
        "national_number_date",
    ),
]:
    _request(_case_id, _expected, _bind(_kind, national_number=_number))

_request(
    "number-birth-year-mismatch",
    "national_number_birth_year_mismatch",
    _bind(DocumentKind.ELECTRONIC_CARD, birth_date=PartialDate(1986, 7, 30)),
)
_request(
    "number-birth-month-mismatch",
    "national_number_birth_month_mismatch",
    _bind(DocumentKind.BELGIAN_PASSPORT, birth_date=PartialDate(1985, 6, 30)),
)
_request(
    "number-birth-day-mismatch",
    "national_number_birth_day_mismatch",
    _bind(DocumentKind.ORANGE_CARD, birth_date=PartialDate(1975, 6, 9)),
)
# The public EC specimen card "Nora": serial 999 is odd (male) but the card says V (female).
_request(
    "specimen-nora-sex-mismatch",
    "national_number_sex_mismatch",
    _bind(
        DocumentKind.ELECTRONIC_CARD,
        national_number="01050399963",
        birth_date=PartialDate(2001, 5, 3),
        sex=Sex.FEMALE,
    ),
)
_request(
    "bis-number-sex-mismatch",
    "national_number_sex_mismatch",
    _bind(DocumentKind.FOREIGN_PASSPORT, sex=Sex.FEMALE),
)

# --- the manual forms, field by field ---------------------------------------------------------------------
for _kind in MANUAL_KINDS:
    _manual(f"{_kind.value}-surname-missing", _kind, "surname_missing", surname="")
    _manual(f"{_kind.value}-document-number-missing", _kind, "document_number_missing", document_number=" ")
    _manual(f"{_kind.value}-expiry-missing", _kind, "document_expiry_missing", document_valid_until="")
    _manual(f"{_kind.value}-national-number-missing", _kind, "national_number_missing", national_number="")
    _manual(f"{_kind.value}-birth-date-missing", _kind, "birth_date_missing", birth_date="")
    _manual(f"{_kind.value}-sex-missing", _kind, "sex_missing", sex="")

_P, _F, _O, _A, _X, _B = MANUAL_KINDS
for _case_id, _kind, _expected, _changes in [
    ("surname-with-digits", _F, "surname_invalid", {"surname": "Peeters2"}),
    ("surname-mrz-fillers", _P, "surname_invalid", {"surname": "PEETERS<<JAN"}),
    ("surname-only-punctuation", _O, "surname_invalid", {"surname": "--"}),
    ("surname-too-long", _A, "surname_too_long", {"surname": "A" * 101}),
    ("surname-156-characters", _F, "surname_too_long", {"surname": "Van " * 39}),
    ("given-names-too-long", _O, "given_names_too_long", {"given_names": "Marie " * 20}),
    ("issuing-municipality-too-long", _A, "issuing_municipality_too_long", {"issuing_authority": "G" * 101}),
    ("given-names-with-digits", _X, "given_names_invalid", {"given_names": "Jan 2"}),
    ("given-names-with-at-sign", _F, "given_names_invalid", {"given_names": "j@n"}),
    ("birth-date-31-february", _P, "birth_date_invalid", {"birth_date": "31/02/1985"}),
    ("birth-date-day-without-month", _O, "birth_date_invalid", {"birth_date": "15/00/1975"}),
    ("birth-date-month-13", _A, "birth_date_invalid", {"birth_date": "15/13/1990"}),
    ("birth-date-two-digit-year", _F, "birth_date_invalid", {"birth_date": "28/07/98"}),
    ("birth-date-year-first-slashes", _X, "birth_date_invalid", {"birth_date": "1975/00/00"}),
    ("birth-date-before-1900", _O, "birth_date_implausible", {"birth_date": "01/01/1899"}),
    ("birth-date-1800", _P, "birth_date_implausible", {"birth_date": "01/01/1800"}),
    ("birth-date-year-only-1850", _X, "birth_date_implausible", {"birth_date": "00/00/1850"}),
    ("birth-date-1800-not-a-day", _F, "birth_date_invalid", {"birth_date": "31/02/1800"}),
    ("birth-date-words", _P, "birth_date_invalid", {"birth_date": "30 juli 1985"}),
    ("birth-date-in-future", _A, "birth_date_in_future", {"birth_date": "03/03/2026"}),
    ("birth-year-in-future", _X, "birth_date_in_future", {"birth_date": "00/00/2027"}),
    ("sex-dutch-v", _O, "sex_invalid", {"sex": "V"}),
    ("sex-word", _F, "sex_invalid", {"sex": "male"}),
    ("sex-mrz-filler", _P, "sex_invalid", {"sex": "<"}),
    ("nationality-missing-foreign-passport", _F, "nationality_missing", {"nationality": ""}),
    ("nationality-missing-orange-card", _O, "nationality_missing", {"nationality": " "}),
    ("nationality-missing-annex-35", _A, "nationality_missing", {"nationality": ""}),
    ("nationality-missing-other-id", _X, "nationality_missing", {"nationality": ""}),
    ("nationality-typo", _O, "nationality_unknown", {"nationality": "SYY"}),
    ("nationality-two-letters", _F, "nationality_unknown", {"nationality": "NL"}),
    ("nationality-card-text", _A, "nationality_unknown", {"nationality": "Nigeriaan"}),
    ("issuing-state-missing-passport", _F, "issuing_state_missing", {"issuing_authority": ""}),
    ("issuing-state-missing-other-id", _X, "issuing_state_missing", {"issuing_authority": ""}),
    ("issuing-state-unknown", _X, "issuing_state_unknown", {"issuing_authority": "FRX"}),
    ("issuing-municipality-postcode", _O, "issuing_municipality_invalid", {"issuing_authority": "9000 Gent"}),
    ("national-number-format-manual", _A, "national_number_format", {"national_number": "90.01.15-011"}),
    ("national-number-checksum-manual", _O, "national_number_checksum", {"national_number": "75060898010"}),
    (
        "national-number-date-manual",
        _X,
        "national_number_date",
        {"national_number": national_number("751500", 2)},
    ),
    ("passport-number-too-long", _P, "document_number_invalid", {"document_number": "EH12345678"}),
    ("passport-number-dash", _F, "document_number_invalid", {"document_number": "NX-7R2K4"}),
    ("passport-number-too-short", _P, "document_number_invalid", {"document_number": "EH12"}),
    ("document-number-symbol", _O, "document_number_invalid", {"document_number": "AI#2025"}),
    ("document-number-too-short", _X, "document_number_invalid", {"document_number": "X4"}),
    ("expiry-31-april", _P, "document_expiry_invalid", {"document_valid_until": "31/04/2030"}),
    ("expiry-day-unknown", _F, "document_expiry_invalid", {"document_valid_until": "00/01/2030"}),
    ("expiry-year-only", _A, "document_expiry_invalid", {"document_valid_until": "2030"}),
    ("expiry-year-2300", _B, "document_expiry_implausible", {"document_valid_until": "31/01/2300"}),
    ("valid-from-1800", _O, "document_valid_from_implausible", {"document_valid_from": "01/01/1800"}),
    ("valid-from-32-january", _O, "document_valid_from_invalid", {"document_valid_from": "32/01/2026"}),
    ("validity-reversed", _P, "document_validity_order", {"document_valid_from": "01/02/2030"}),
    ("card-type-not-chosen", _B, "card_type_choice_missing", {"card_type": ""}),
    ("card-type-staff-card", _B, "card_type_choice_invalid", {"card_type": "8"}),
    ("card-type-not-a-code", _B, "card_type_choice_invalid", {"card_type": "eID"}),
    ("card-not-checked-by-eye", _B, "card_not_checked", {"card_checked": ""}),
    ("card-checked-not-yes", _B, "card_not_checked", {"card_checked": "no"}),
    ("card-nationality-unknown", _B, "nationality_unknown", {"nationality": "Belg"}),
]:
    _manual(_case_id, _kind, _expected, **_changes)
