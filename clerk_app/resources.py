"""Where the files under ``resources/`` are: in a checkout, an installed wheel or the frozen bundle.

The wheel carries ``resources/`` as ``clerk_app/_resources`` (pyproject ``force-include``); a checkout or
editable install reads them from the repository's ``resources/`` folder. The frozen bundle
(bundle/contents.py) puts them where the wheel does, so one rule finds them everywhere.
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
