"""The counter's words: Dutch that says "u" and one word for one thing, French typography, country names.

The catalogue checks read the Dutch and French translations the screens show (every string at once, so a
new one that breaks a rule fails here); the screen checks show the words where the clerk reads them.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from xml.etree import ElementTree

import pytest

from clerk_app.domain.documents import DocumentKind
from clerk_app.ui.composition import UiServices
from clerk_app.ui.resources import translations_dir
from clerk_app.ui.shell import Shell
from tests.support.ui_citizens import make_citizen
from tests.support.valid_registrations import valid_identity

CATALOGUES = translations_dir()


def translations(language: str) -> list[tuple[str, str, str]]:
    """(context, source, translation) of every finished entry of the UI catalogue of ``language``."""
    tree = ElementTree.parse(CATALOGUES / f"clerk_app_{language}.ts")
    found = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished":
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
            found += [(name, message.findtext("source", ""), text) for text in forms]
    return found


def test_dutch_says_u_never_je() -> None:
    informal = re.compile(r"\b(je|jij|jou|jouw|jullie)\b", re.IGNORECASE)
    offending = [(c, t) for c, _s, t in translations("nl") if informal.search(t)]
    assert offending == []


def test_dutch_spells_kids_id_one_way_and_re_issue_with_one_term() -> None:
    texts = [t for _c, _s, t in translations("nl")]
    kids = {m.group(0) for t in texts for m in re.finditer(r"kids[\s-]?id", t, re.IGNORECASE)}
    assert kids == {"Kids-ID"}
    assert not [t for t in texts if re.search(r"heruit|heruitgifte|opnieuw uitgeven", t, re.IGNORECASE)]
    assert any("opnieuw uitreiken" in t.lower() for t in texts)


def test_dutch_goes_back_with_one_word() -> None:
    backs = [(c, t) for c, s, t in translations("nl") if s.replace("&", "").startswith("Back")]
    assert backs, "no way back found in the catalogue"
    assert [b for b in backs if not b[1].replace("&", "").startswith("Terug naar ")] == []


def test_french_puts_a_no_break_space_before_high_punctuation() -> None:
    plain = re.compile(r"(?:\S|(?<![\u00a0\u202f]) )[:;!?](?=\s|$)")
    offending = [(c, t) for c, _s, t in translations("fr") if plain.search(t.replace("\u00a0", "\u202f"))]
    assert offending == []


@pytest.mark.parametrize(
    ("language", "country", "nationality"),
    [("nl", "Zweden", "Zweden (SWE)"), ("fr", "Suède", "Suède (SWE)"), ("en", "Sweden", "Sweden (SWE)")],
)
@pytest.mark.parametrize("size", [(1024, 768), (1366, 768)])
def test_a_foreign_passport_names_its_countries(
    make_shell: Callable[..., Shell],
    ui: UiServices,
    real_store: object,
    language: str,
    country: str,
    nationality: str,
    size: tuple[int, int],
) -> None:
    shell = make_shell(registrar=real_store.registrations)  # type: ignore[attr-defined]
    shell.view.resize(*size)
    ui.translations.switch(language)
    step = shell.register_step
    assert step is not None
    identity = dataclasses.replace(
        valid_identity(DocumentKind.FOREIGN_PASSPORT), issuing_authority="SWE", nationality="SWE"
    )
    step.start(identity)
    assert step.view.identity_values["issuing_authority"].text() == country
    assert step.view.identity_values["nationality"].text() == nationality


@pytest.mark.parametrize(
    ("language", "registered", "reissued"),
    [
        ("nl", "Geregistreerd", "Opnieuw uitgereikt"),
        ("fr", "Enregistré", "Réémis"),
        ("en", "Registered", "Re-issued"),
    ],
)
def test_the_confirmation_title_says_whether_the_code_replaced_one(
    make_shell: Callable[..., Shell], ui: UiServices, language: str, registered: str, reissued: str
) -> None:
    shell = make_shell()
    ui.translations.switch(language)
    citizen = make_citizen(shell.session.centre.id)
    shell.show_confirmation(citizen.registration, citizen.code, reissued=True)
    assert shell.confirmation.view.heading.text() == reissued
    shell.new_citizen()
    shell.show_confirmation(citizen.registration, citizen.code)
    assert shell.confirmation.view.heading.text() == registered
