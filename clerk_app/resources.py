"""Where the files under ``resources/`` are, both in a checkout and in an installed wheel.

The wheel carries ``resources/`` as ``clerk_app/_resources`` (pyproject ``force-include``); a checkout or
editable install reads them from the repository's ``resources/`` folder.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resource_dir() -> Path:
    installed = _PACKAGE / "_resources"
    return installed if installed.is_dir() else _PACKAGE.parent / "resources"


def resource_path(*parts: str) -> Path:
    """The path of a file under ``resources/`` (it may not exist; callers read it and fail clearly)."""
    return resource_dir().joinpath(*parts)
