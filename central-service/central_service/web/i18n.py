"""The citizen's languages (Dutch, French, German, English) and their message catalogues.

Catalogues are TOML files in ``locales/``, one per language, with the same keys (a test checks it).
The language of a page is, in this order: the one the citizen picked with the switch (a cookie), the
registration's, the browser's ``Accept-Language``, Dutch.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from functools import cache
from importlib import resources
from typing import Any

LANGUAGES = ("nl", "fr", "de", "en")
DEFAULT = "nl"
#: Each language named in itself, for the switch.
NAMES = {"nl": "Nederlands", "fr": "Français", "de": "Deutsch", "en": "English"}


@cache
def catalogue(language: str) -> Mapping[str, str]:
    """Every message of ``language``, keyed ``section.name``."""
    text = resources.files("central_service.web").joinpath("locales", f"{language}.toml").read_text("utf-8")
    flat: dict[str, str] = {}
    _flatten(tomllib.loads(text), "", flat)
    return flat


def _flatten(table: Mapping[str, Any], prefix: str, into: dict[str, str]) -> None:
    for key, value in table.items():
        if isinstance(value, Mapping):
            _flatten(value, f"{prefix}{key}.", into)
        else:
            into[prefix + key] = str(value)


class Translator:
    """``t("code.title")`` or ``t("code.left", count=3)`` in one language."""

    def __init__(self, language: str) -> None:
        self.language = language if language in LANGUAGES else DEFAULT
        self._messages = catalogue(self.language)

    def __call__(self, key: str, **values: object) -> str:
        message = self._messages[key]
        return message.format(**values) if values else message


def supported(value: str | None) -> str | None:
    return value if value in LANGUAGES else None


def from_accept_language(header: str | None) -> str | None:
    """The supported language the browser prefers most (RFC 9110 quality values), if any."""
    best: tuple[float, int, str] | None = None
    for position, part in enumerate((header or "").split(",")):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        language = supported(tag.strip().lower().split("-")[0])
        if language and quality > 0 and (best is None or (quality, -position) > (best[0], -best[1])):
            best = (quality, position, language)
    return best[2] if best else None


def choose(picked: str | None, registration: str | None, accept_language: str | None) -> str:
    return supported(picked) or supported(registration) or from_accept_language(accept_language) or DEFAULT
