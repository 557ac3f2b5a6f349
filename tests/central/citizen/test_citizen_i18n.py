"""The citizen's languages: complete catalogues, the language chosen for a page, the switch."""

from __future__ import annotations

import re
import string

import pytest

from central_service.web import i18n
from tests.support.citizen import CitizenClient, Site


def test_every_catalogue_has_the_same_messages_with_the_same_placeholders() -> None:
    def placeholders(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    dutch = i18n.catalogue("nl")
    for language in i18n.LANGUAGES:
        catalogue = i18n.catalogue(language)
        assert catalogue.keys() == dutch.keys(), language
        for key, text in catalogue.items():
            assert placeholders(text) == placeholders(dutch[key]), (language, key)
            assert text.strip(), (language, key)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("fr-BE,fr;q=0.9,en;q=0.8", "fr"),
        ("en-GB;q=0.5, de;q=0.9", "de"),
        ("es, it", None),
        ("nl;q=0, en", "en"),
        ("", None),
        ("fr;q=abc", None),
    ],
)
def test_accept_language(header: str, expected: str | None) -> None:
    assert i18n.from_accept_language(header) == expected


def test_without_a_registration_the_browser_language_then_the_switch_decides(site: Site) -> None:
    with CitizenClient(site.url, headers={"Accept-Language": "de-DE,de;q=0.9"}) as client:
        assert client.open("/login").heading == "Anmelden"
        switched = client.open("/login", lang="en")
        assert switched.heading == "Sign in"
        assert client.open("/login").heading == "Sign in"  # remembered
        links = re.findall(r'<a href="(\?lang=\w\w)" lang="(\w\w)"', switched.text)
        assert [language for _, language in links] == ["nl", "fr", "de", "en"]


def test_the_registrations_language_wins_over_the_browsers(site: Site) -> None:
    _, link = site.register(language="en")
    with CitizenClient(site.url, headers={"Accept-Language": "fr"}) as client:
        page = client.open(link)
        assert page.heading == "Enter your activation code"
        assert '<html lang="en">' in page.text
