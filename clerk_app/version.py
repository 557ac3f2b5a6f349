"""The app's version, from one place: ``version`` in pyproject.toml, read back from the installed
``clerk-app`` distribution's metadata.

An editable install, a wheel and the frozen bundle all carry that metadata (the bundle copies it on
purpose, bundle/contents.py ``METADATA``), so ``clerk-app --version``, the crash report and the About box
show the same string everywhere. It is looked up on first use, not at import: ``importlib.metadata``
costs the GUI's start-up time, and only those three places need it.
"""

from __future__ import annotations

from functools import cache

DISTRIBUTION = "clerk-app"
#: Shown when no metadata is found (code run from a folder without installing it).
UNKNOWN = "unknown"


@cache
def app_version() -> str:
    from importlib import metadata

    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return UNKNOWN
