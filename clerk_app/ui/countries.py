"""Country names for the three-letter codes of documents (ICAO 9303), in the UI's language.

The check screen says "Afgegeven door Zweden", not "SWE": ISO 3166-1 names come from pycountry with its
own translations (the bundle keeps the nl, fr and de ones); the few ICAO-only codes have their own words.
A code that is neither is shown as it is.
"""

from __future__ import annotations

import functools
import gettext

from PySide6.QtCore import QLocale

from clerk_app.translatable import QT_TRANSLATE_NOOP
from clerk_app.ui.i18n import translate

_CONTEXT = "countries"
#: ICAO codes that are not ISO 3166-1 alpha-3: an ISO country, or words of their own.
_ICAO_AS_ISO = {"D": "DEU", "GBD": "GBR", "GBN": "GBR", "GBO": "GBR", "GBP": "GBR", "GBS": "GBR"}
_ICAO_WORDS = {
    "RKS": QT_TRANSLATE_NOOP("countries", "Kosovo"),
    "UNK": QT_TRANSLATE_NOOP("countries", "Kosovo"),
    "EUE": QT_TRANSLATE_NOOP("countries", "European Union"),
    "UNA": QT_TRANSLATE_NOOP("countries", "United Nations"),
    "UNO": QT_TRANSLATE_NOOP("countries", "United Nations"),
    "XXA": QT_TRANSLATE_NOOP("countries", "Stateless"),
    "XXB": QT_TRANSLATE_NOOP("countries", "Refugee"),
    "XXC": QT_TRANSLATE_NOOP("countries", "Refugee"),
    "XXX": QT_TRANSLATE_NOOP("countries", "Unspecified"),
}


def country_name(code: str, language: str | None = None) -> str:
    """The name of ``code`` in ``language`` (default: the UI's), or the code when it names no country."""
    code = code.strip().upper()
    words = _ICAO_WORDS.get(code)
    if words is not None:
        return translate(_CONTEXT, words)
    name = _iso_name(_ICAO_AS_ISO.get(code, code))
    if name is None:
        return code
    return _catalogue(language or QLocale().name().split("_")[0]).gettext(name)


@functools.cache
def _iso_name(alpha_3: str) -> str | None:
    import pycountry  # slow to import: only when a document is first shown

    country = pycountry.countries.get(alpha_3=alpha_3) if len(alpha_3) == 3 else None
    if country is None:
        return None
    return str(getattr(country, "common_name", None) or country.name)


@functools.cache
def _catalogue(language: str) -> gettext.NullTranslations:
    import pycountry

    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True)
