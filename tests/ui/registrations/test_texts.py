"""The registrations screens speak the clerk's language: statuses, the central service's reasons, re-issue
refusals, and every text follows a language switch."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from clerk_app.domain.registration import RegistrationStatus
from clerk_app.errors import InputError
from clerk_app.storage import registrations
from clerk_app.ui.composition import UiServices
from clerk_app.ui.i18n import CatalogueTranslator, Translations
from clerk_app.ui.resources import translations_dir
from clerk_app.ui.shell import Shell
from clerk_app.ui.status_text import (
    _STATUS_WORDS,
    CONTEXT,
    REISSUE_NOT_ALLOWED,
    REISSUE_PURGED,
    central_reason,
    refusal_texts,
    status_word,
)
from tests.support.records_on_clock import Counter
from tests.support.ui_citizens import PSEUDO_OPEN, build_pseudo_catalogue, untranslated_labels

#: Labels that show what was registered, as it was registered: never translated.
DATA = {f"registration-{name}" for name in ("registered", "valid_until", "person", "national_number")}
DATA |= {f"registration-{name}" for name in ("birth_date", "email", "centre", "clerk")}


def test_the_re_issue_refusal_codes_are_the_stores() -> None:
    assert (REISSUE_NOT_ALLOWED, REISSUE_PURGED) == (
        registrations.REISSUE_NOT_ALLOWED,
        registrations.REISSUE_PURGED,
    )


@pytest.mark.parametrize(
    ("language", "words"),
    [
        (
            "nl",
            [
                "Uitgereikt",
                "Aanvaard",
                "Geactiveerd",
                "Verlopen",
                "Geblokkeerd (te veel foute codes: opnieuw registreren)",
                "Ingetrokken",
                "Geweigerd",
            ],
        ),
        (
            "fr",
            [
                "Émis",
                "Accepté",
                "Activé",
                "Expiré",
                "Bloqué (trop de codes erronés\u00a0: enregistrer à nouveau)",
                "Révoqué",
                "Refusé",
            ],
        ),
        (
            "en",
            [
                "Issued",
                "Accepted",
                "Activated",
                "Expired",
                "Locked (too many wrong codes: register again)",
                "Revoked",
                "Rejected",
            ],
        ),
    ],
)
def test_every_status_has_words(ui: UiServices, language: str, words: list[str]) -> None:
    ui.translations.switch(language)
    assert [status_word(status) for status in RegistrationStatus] == words


def test_the_status_words_are_in_the_german_catalogue_too() -> None:
    """German is no UI language yet; its catalogue carries the status words for the day it is one."""
    german = CatalogueTranslator("de")
    assert [german.tr(CONTEXT, _STATUS_WORDS[status]) for status in RegistrationStatus] == [
        "Ausgestellt",
        "Angenommen",
        "Aktiviert",
        "Abgelaufen",
        "Gesperrt (zu viele falsche Codes: neu registrieren)",
        "Widerrufen",
        "Abgelehnt",
    ]


def test_central_reasons_in_words_and_unknown_codes_as_they_are(ui: UiServices) -> None:
    assert central_reason("registration_expired") == (
        "ze kwam bij de centrale dienst aan nadat de code verlopen was"
    )
    assert central_reason("invalid_body") == "de gegevens waren onvolledig of ongeldig"
    assert central_reason("teapot_refused") == "code teapot_refused"
    assert central_reason(None) == "code ?"


def test_a_refusal_names_each_reason_once(ui: UiServices) -> None:
    error = InputError((REISSUE_PURGED, "an_unknown_code", "another_unknown"))
    texts = refusal_texts(error)
    assert texts[0].startswith("De gegevens van de burger bij deze registratie werden na de bewaartermijn")
    assert texts[1:] == ["Sommige velden zijn niet geldig. Verbeter de gemarkeerde velden."]


def test_the_screens_retranslate_every_text(
    qtbot: QtBot, shell: Shell, counter: Counter, tmp_path: Path
) -> None:
    listing, counts = shell.registrations, shell.counts
    assert listing is not None and counts is not None
    shell.view.registrations_action.trigger()
    qtbot.waitUntil(lambda: listing.model.rowCount() == 7, timeout=10_000)
    listing.registration.open(counter.revoked.id)  # its refusal shows too
    qtbot.waitUntil(lambda: shell.current_screen() is listing.registration.view, timeout=10_000)
    detail = listing.registration.view
    assert detail.refusal_label.isVisibleTo(detail)
    pseudo = Translations(build_pseudo_catalogue(translations_dir() / "clerk_app_nl.ts", tmp_path / "pseudo"))
    try:
        pseudo.switch("en")
        qtbot.waitUntil(lambda: PSEUDO_OPEN in shell.view.windowTitle())
        on_detail = untranslated_labels(detail, DATA)
        on_list = untranslated_labels(listing.view, DATA)
        on_counts = untranslated_labels(counts.view, DATA)
        model = listing.model
        headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
        statuses = [model.data(model.index(row, 3)) for row in range(model.rowCount())]
        menu = [shell.view.registrations_menu.title()]
        menu += [action.text() for action in shell.view.registrations_menu.actions()]
        count_headers = [
            counts.model.headerData(c, Qt.Orientation.Horizontal) for c in range(counts.model.columnCount())
        ]
    finally:
        pseudo.uninstall()
    assert on_detail == []
    assert on_list == []
    assert on_counts == []
    assert all(text.startswith(PSEUDO_OPEN) for text in headers + statuses + menu + count_headers)
