"""What the bundle carries besides the code PyInstaller finds by following imports, and what it must not.

PyInstaller cannot see files opened by path (the resources, Alembic's revision scripts, which Alembic runs
from source), the modules those scripts import, or package metadata read at run time (keyring finds its
backends through entry points; the version comes from the distribution's metadata). This module lists
them, so the spec (``clerk-app.spec``) stays the same on Linux and Windows and every choice has its reason
next to it. The bundle test reads the same lists to check the built folder.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "resources"
NAME = "clerk-app"
#: The windowed program (no console window on Windows) and the one for support commands in a terminal.
GUI_PROGRAM, CONSOLE_PROGRAM = "clerk-app", "clerk-app-cli"

#: Where ``resources/`` goes in the bundle: where a wheel puts it (pyproject ``force-include``), so
#: :mod:`clerk_app.resources` finds it without a frozen-only code path.
RESOURCE_TARGET = "clerk_app/_resources"


@dataclass(frozen=True)
class ResourceGroup:
    folder: str  # under resources/
    patterns: tuple[str, ...]
    why: str


RESOURCE_GROUPS = (
    ResourceGroup("translations", ("*.qm",), "the UI's and the slip's catalogues, compiled from the .ts"),
    ResourceGroup("fonts", ("*.otf", "OFL.txt"), "B612 and B612 Mono, with their licence"),
    ResourceGroup("training-photos", ("*.jpg",), "the photos on the simulated cards"),
    # Production's roots: a card under one of them needs no 503B read; trust stays with the pins.
    ResourceGroup(
        "belgium-roots",
        ("belgiumrca*.der",),
        "the four Belgium Root CA certificates, so a card's own root is read only for an unknown issuer",
    ),
    # The roots and RRN certificates, and the two RRN keys: training builds its cards for the day they are
    # inserted (the child is 11 today, the expired card expired yesterday), so it signs them at run time.
    # The keys make only *training* cards, which production never trusts; the README says why they ship
    # ("What the bundle holds"). The root keys were never kept, so no other key exists to leak.
    ResourceGroup(
        "training-pki",
        ("*-root.der", "*-rrn.der", "*-rrn-key.pem"),
        "the training roots and RRN certificates, and the RRN keys that sign training cards",
    ),
)

#: The only private keys the bundle may hold (the bundle test looks for any other).
SHIPPED_PRIVATE_KEYS = frozenset({"rsa-rrn-key.pem", "ec-rrn-key.pem"})

#: The languages whose catalogues of other packages are kept: Qt's own (``qtbase_<lang>.qm``: standard
#: dialog buttons, the print dialog) and pycountry's country names. Dutch and French for the UI, German for
#: the slip's German-speaking citizens; English is the source language of both. The other ~190 Qt files and
#: ~120 pycountry locales (22 MB) stay out.
CATALOGUE_LANGUAGES = ("nl", "fr", "de")

#: The repository's own packages: every module of them goes in, whether or not an import names it.
OWN_PACKAGES = ("clerk_app", "central_service", "activation_code")

#: Packages whose revision scripts Alembic loads from source at run time, and the folder they are in.
MIGRATION_PACKAGES = {"clerk_app.storage": "migrations", "central_service": "migrations"}

#: What those scripts import (they are data to PyInstaller, so it does not follow them).
HIDDEN_IMPORTS = ("alembic.context", "alembic.op", "alembic.ddl.sqlite", "sqlalchemy.dialects.sqlite")

#: Distributions whose metadata the frozen app reads: the app's version, and keyring's backends (entry
#: points; PyInstaller's keyring hook adds those itself, listed here so the bundle test checks them too).
METADATA = ("clerk-app", "central-service", "activation-code", "keyring")

#: Never in the bundle. ``keyrings.alt`` holds plaintext and "encrypted file" backends: a counter must keep
#: its keys in the OS key store or refuse to start (clerk_app/secrets.py); leaving the package out means no
#: configuration can select it. The rest are development tools that nothing in the app imports.
EXCLUDES = (
    "keyrings",
    "keyrings.alt",
    "tkinter",
    "pytest",
    "pytestqt",
    "hypothesis",
    "schemathesis",
    "mypy",
    "ruff",
    "importlinter",
    "PyInstaller",
    # The central service's PostgreSQL driver: the training service inside the app runs on SQLite.
    "psycopg",
    "psycopg_binary",
    "psycopg_c",
)


def resource_datas() -> list[tuple[str, str]]:
    """``(source file, folder in the bundle)`` for every resource the app opens by path."""
    datas: list[tuple[str, str]] = []
    for group in RESOURCE_GROUPS:
        folder = RESOURCES / group.folder
        found = sorted({path for pattern in group.patterns for path in folder.glob(pattern)})
        if not found:
            hint = " (run scripts/build-translations)" if group.folder == "translations" else ""
            raise FileNotFoundError(f"no {' or '.join(group.patterns)} in {folder}{hint}")
        datas += [(str(path), f"{RESOURCE_TARGET}/{group.folder}") for path in found]
    return datas


def migration_datas() -> list[tuple[str, str]]:
    """Both Alembic folders, sources included: the app's store and the embedded training service."""
    datas: list[tuple[str, str]] = []
    for package, folder in MIGRATION_PACKAGES.items():
        spec = importlib.util.find_spec(package)
        if spec is None or not spec.submodule_search_locations:
            raise ModuleNotFoundError(f"{package} is not installed in this environment")
        root = Path(next(iter(spec.submodule_search_locations))) / folder
        target = PurePosixPath(*package.split("."), folder)
        for path in sorted(root.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
                datas.append((str(path), str(target / path.parent.relative_to(root).as_posix())))
    return datas


def keep_data_file(destination: str) -> bool:
    """False for another package's catalogue in a language the app never shows (the filter the spec
    applies to what PyInstaller's hooks collected)."""
    parts = PurePosixPath(destination.replace("\\", "/")).parts
    if parts[:3] == ("PySide6", "Qt", "translations") or parts[:2] == ("PySide6", "translations"):
        return parts[-1] in {f"qtbase_{language}.qm" for language in CATALOGUE_LANGUAGES}
    if parts[:2] == ("pycountry", "locales") and len(parts) > 2:
        return parts[2] in CATALOGUE_LANGUAGES
    return True
