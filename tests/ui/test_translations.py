"""The catalogues cover every marked string, keep placeholders intact, and really translate at run time."""

from __future__ import annotations

import dataclasses
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from clerk_app import errors
from clerk_app.config import DEFAULT_CENTRES
from clerk_app.domain.documents import CARD_TYPES, DOCUMENT_KIND_NAMES
from clerk_app.domain.eligibility import assess
from clerk_app.domain.registration import Clerk, Language, RegistrationRequest
from clerk_app.ui.composition import UiServices
from clerk_app.ui.errors import describe
from clerk_app.ui.i18n import CatalogueTranslator
from clerk_app.ui.resources import CATALOGUE_LANGUAGES, translations_dir
from tests.support.ui_citizens import make_citizen
from tools import catalogue

PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%(?:n|L?[0-9])")


def _messages(path: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [(ctx.findtext("name", ""), msg) for ctx in root.iter("context") for msg in ctx.iter("message")]


def _forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def _unfinished(path: Path, contexts: set[str] | None = None) -> list[tuple[str, str]]:
    found = []
    for context, message in _messages(path):
        if contexts is not None and context not in contexts:
            continue
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in {"unfinished", "vanished", "obsolete"} or not all(_forms(message)):
            found.append((context, message.findtext("source", "")))
    return found


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed catalogues merged with what the source marks today (as scripts/update-translations)."""
    folder = tmp_path_factory.mktemp("catalogues")
    for path in translations_dir().glob("*.ts"):
        shutil.copy(path, folder / path.name)
    catalogue.update(folder)
    return folder


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_every_marked_string_has_a_finished_translation(refreshed: Path, language: str) -> None:
    unfinished = _unfinished(refreshed / f"clerk_app_{language}.ts")
    assert unfinished == [], f"untranslated in {language}; run scripts/update-translations and translate"


def test_the_german_slip_is_complete(refreshed: Path) -> None:
    assert _unfinished(refreshed / "clerk_app_de.ts", {"slip"}) == []


def test_english_plural_forms_are_complete(refreshed: Path) -> None:
    messages = _messages(refreshed / "clerk_app_en.ts")
    assert messages, "the English catalogue should hold the plural forms"
    assert _unfinished(refreshed / "clerk_app_en.ts") == []


@pytest.mark.parametrize("language", CATALOGUE_LANGUAGES)
def test_placeholders_are_the_same_in_source_and_translation(language: str) -> None:
    mismatches = []
    for context, message in _messages(translations_dir() / f"clerk_app_{language}.ts"):
        source = message.findtext("source", "")
        expected = sorted(PLACEHOLDER.findall(source))
        for form in _forms(message):
            if form and sorted(PLACEHOLDER.findall(form)) != expected:
                mismatches.append((context, source))
    assert mismatches == []


def test_placeholder_check_catches_a_dropped_placeholder(tmp_path: Path) -> None:
    broken = tmp_path / "clerk_app_nl.ts"
    broken.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="nl"><context><name>x</name>'
        "<message><source>Saved as {path}.</source><translation>Opgeslagen.</translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    (_context, message), *_ = _messages(broken)
    source = message.findtext("source", "")
    assert sorted(PLACEHOLDER.findall(_forms(message)[0])) != sorted(PLACEHOLDER.findall(source))


def _catalogue_keys(language: str) -> set[tuple[str, str]]:
    return {
        (context, message.findtext("source", ""))
        for context, message in _messages(translations_dir() / f"clerk_app_{language}.ts")
    }


def _error_classes() -> list[type[errors.ClerkError]]:
    found, todo = [], [errors.ClerkError]
    while todo:
        cls = todo.pop()
        found.append(cls)
        todo += cls.__subclasses__()
    return found


def test_texts_of_the_lower_layers_are_in_the_catalogue() -> None:
    """Strings the UI will look up at run time, gathered from the live objects, not from the source."""
    keys = _catalogue_keys("nl")
    wanted = {("errors", text) for cls in _error_classes() for text in (cls.title, cls.message)}
    wanted |= {("documents", card.name) for card in CARD_TYPES.values()}
    wanted |= {("documents", name) for name in DOCUMENT_KIND_NAMES.values()}
    citizen = make_citizen(DEFAULT_CENTRES[0].id)
    identity = citizen.registration.identity
    assert identity is not None
    request = RegistrationRequest(
        identity=dataclasses.replace(identity, national_number="", document_valid_until=None),
        email="",
        language=Language.NL,
        presence_confirmed=False,
        centre_id="",
        clerk=Clerk("", ""),
    )
    reasons = assess(request, citizen.registration.created_at.date())
    assert len(reasons) >= 5
    wanted |= {("eligibility", reason.message) for reason in reasons}
    missing = sorted(wanted - keys)
    assert missing == []


@pytest.mark.parametrize(
    ("language", "title"), [("nl", "Geen kaart"), ("fr", "Pas de carte"), ("en", "No card")]
)
def test_errors_are_shown_in_the_ui_language(ui: UiServices, language: str, title: str) -> None:
    ui.translations.switch(language)
    text = describe(errors.CardCommunicationError("6A82 on select", problem="6A82"))
    assert describe(errors.NoCard()).title == title
    assert "6A82" in text.message
    assert "{problem}" not in text.message


@pytest.mark.parametrize(("language", "cancel"), [("nl", "Annuleren"), ("fr", "Annuler")])
def test_qt_own_buttons_are_translated(ui: UiServices, language: str, cancel: str) -> None:
    ui.translations.switch(language)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    button = box.button(QDialogButtonBox.StandardButton.Cancel)
    assert button is not None
    assert button.text().replace("&", "") == cancel


@pytest.mark.parametrize(
    ("language", "expected"), [("nl", "Hulp"), ("fr", "Aide"), ("de", "Hilfe"), ("en", "Help")]
)
def test_the_slip_translator_ignores_the_ui_language(ui: UiServices, language: str, expected: str) -> None:
    ui.translations.switch("fr")
    assert CatalogueTranslator(language).tr("slip", "Help") == expected
