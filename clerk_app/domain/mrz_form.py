"""From a read machine-readable zone to the values of a manual form, for the clerk to check."""

from __future__ import annotations

from clerk_app.domain.date_input import format_date_input
from clerk_app.domain.documents import DocumentKind
from clerk_app.domain.eligibility import BELGIUM
from clerk_app.domain.manual_fields import fields_for
from clerk_app.domain.mrz import MrzFormat, MrzProblem, MrzResult
from clerk_app.domain.national_number import NationalNumberError, parse_national_number
from clerk_app.domain.text import ascii_digits
from clerk_app.errors import InputError


def values_from_mrz(result: MrzResult, kind: DocumentKind) -> dict[str, str]:
    """Form values for ``kind`` pre-filled from a read MRZ, for the clerk to check against the document.

    Only a zone whose check digits all pass fills a form (``InputError`` ``mrz_check_failed`` otherwise,
    with the failed fields in ``params['fields']``), and only a zone of the chosen kind
    (``mrz_wrong_document``): a passport (TD3) for the passports, Belgian or not by its issuing state; an
    identity card (TD1/TD2) not issued by Belgium for another foreign ID; a Belgian card's TD1 zone for
    the Belgian card whose chip is unreadable; the orange card and annex 35 have no MRZ. A Belgian
    document's optional data fills the national number when it is one. A Belgian card's document code
    fills the card type where it tells: ``ID`` with Belgian nationality is the Belgian identity card.
    """
    if not _mrz_fits(result, kind):
        raise InputError((MrzProblem.WRONG_DOCUMENT.value,), MrzProblem.WRONG_DOCUMENT.value)
    if not result.valid:
        failed = ",".join(field.value for field in result.failed)
        raise InputError((MrzProblem.CHECK_FAILED.value,), MrzProblem.CHECK_FAILED.value, fields=failed)
    values = {
        "surname": result.surname,
        "given_names": result.given_names,
        "birth_date": format_date_input(result.birth_date),
        "sex": result.sex.value,
        "nationality": result.nationality,
        "issuing_authority": result.issuing_state,
        "document_number": result.document_number,
        "document_valid_until": format_date_input(result.expiry_date) if result.expiry_date else "",
        "national_number": _national_number_in(result) if result.issuing_state == BELGIUM else "",
        "card_type": _card_type_in(result),
    }
    if kind is DocumentKind.BELGIAN_CARD_CHIP_UNREADABLE:
        del values["issuing_authority"]  # the card's field is the municipality, not in the zone
    names = {spec.name for spec in fields_for(kind)}
    return {name: value for name, value in values.items() if name in names}


def _mrz_fits(result: MrzResult, kind: DocumentKind) -> bool:
    belgian = result.issuing_state == BELGIUM
    if kind is DocumentKind.BELGIAN_PASSPORT:
        return result.format is MrzFormat.TD3 and belgian and result.nationality == BELGIUM
    if kind is DocumentKind.FOREIGN_PASSPORT:
        return result.format is MrzFormat.TD3 and not belgian
    if kind is DocumentKind.OTHER_FOREIGN_ID:
        return result.format is not MrzFormat.TD3 and not belgian
    if kind is DocumentKind.BELGIAN_CARD_CHIP_UNREADABLE:
        return result.format is MrzFormat.TD1 and belgian
    return False


#: The chip document type a Belgian card's document code names on its own.
_BELGIAN_IDENTITY_CARD = 1


def _card_type_in(result: MrzResult) -> str:
    """The card type when the zone tells it: a Belgian's ``ID`` card is the eID (a Kids-ID says ``ID``
    too, but only a child under 12 holds one, and that is refused by age). Residence cards: not told."""
    if result.document_code == "ID" and result.nationality == BELGIUM:
        return str(_BELGIAN_IDENTITY_CARD)
    return ""


def _national_number_in(result: MrzResult) -> str:
    for candidate in (result.optional_data, result.optional_data_2):
        if len(candidate) == 11 and ascii_digits(candidate):
            try:
                return parse_national_number(candidate).compact
            except NationalNumberError:
                continue
    return ""
