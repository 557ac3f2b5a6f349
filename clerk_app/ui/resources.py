"""Where the UI's files live: the repository's ``resources/`` folder, or its copy inside a wheel."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parents[1]
CATALOGUE_PREFIX = "clerk_app_"


def resource_dir() -> Path:
    """``clerk_app/_resources`` in an installed wheel (see pyproject), else ``resources/`` of the checkout."""
    packaged = _PACKAGE / "_resources"
    if packaged.is_dir():
        return packaged
    return _PACKAGE.parent / "resources"


def translations_dir() -> Path:
    return resource_dir() / "translations"


def fonts_dir() -> Path:
    return resource_dir() / "fonts"


def catalogue_name(language: str) -> str:
    """File name (without suffix) of a language's translation catalogue."""
    return f"{CATALOGUE_PREFIX}{language}"
