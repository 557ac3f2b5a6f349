"""Where the UI's files live, under the one resource folder of :mod:`clerk_app.resources`."""

from __future__ import annotations

from pathlib import Path

from clerk_app.resources import resource_dir

CATALOGUE_PREFIX = "clerk_app_"
#: The languages with a catalogue. English is the source language: its catalogue holds only plural forms.
CATALOGUE_LANGUAGES = ("nl", "fr", "de", "en")


def translations_dir() -> Path:
    return resource_dir() / "translations"


def fonts_dir() -> Path:
    return resource_dir() / "fonts"


def catalogue_name(language: str) -> str:
    """File name (without suffix) of a language's translation catalogue."""
    return f"{CATALOGUE_PREFIX}{language}"
