"""What the built bundle holds: every resource the app opens by path, both Alembic folders, Qt's own
catalogues in the app's languages only, no keyrings.alt, and no private key but training's two."""

from __future__ import annotations

import os
from pathlib import Path

from bundle import contents
from clerk_app.ui import self_test_resources
from tests.support.frozen_app import Built

#: Files that are machine code, where a PEM key would not be looked for by anything.
_BINARY_SUFFIXES = (".so", ".dll", ".pyd", ".dylib", ".zip")


def _internal(built: Built) -> Path:
    return built.folder / "_internal"


def test_both_programs_are_there(built_bundle: Built) -> None:
    for program in (contents.GUI_PROGRAM, contents.CONSOLE_PROGRAM):
        path = built_bundle.folder / program
        assert path.is_file() and os.access(path, os.X_OK), program


def test_every_resource_is_where_the_app_looks_for_it(built_bundle: Built) -> None:
    shipped = _internal(built_bundle) / contents.RESOURCE_TARGET
    for group in contents.RESOURCE_GROUPS:
        source = contents.RESOURCES / group.folder
        wanted = {p.name for pattern in group.patterns for p in source.glob(pattern)}
        assert wanted, group.folder
        assert {p.name for p in (shipped / group.folder).iterdir()} == wanted, group.folder
    translations = {p.name for p in (shipped / "translations").iterdir()}
    assert translations == {f"clerk_app_{language}.qm" for language in ("nl", "fr", "de", "en")}
    assert not (shipped / "training-pki" / "README.md").exists()


def test_both_alembic_folders_ship_with_their_revisions(built_bundle: Built) -> None:
    for package, folder in contents.MIGRATION_PACKAGES.items():
        shipped = _internal(built_bundle).joinpath(*package.split("."), folder)
        assert (shipped / "env.py").is_file(), package
        assert sorted(p.name for p in (shipped / "versions").glob("*.py")), package


def test_qt_catalogues_are_the_apps_languages_only(built_bundle: Built) -> None:
    found = {p.name for p in _internal(built_bundle).rglob("*.qm") if p.name.startswith("qt")}
    assert found == {f"qtbase_{language}.qm" for language in contents.CATALOGUE_LANGUAGES}
    assert (
        contents.CATALOGUE_LANGUAGES == self_test_resources.QT_CATALOGUE_LANGUAGES
    )  # what the self-test checks


def test_no_plaintext_keyring_and_the_metadata_the_app_reads(built_bundle: Built) -> None:
    internal = _internal(built_bundle)
    top = {p.name for p in internal.iterdir()}
    assert not {name for name in top if name.startswith(("keyrings", "psycopg"))}
    for distribution in contents.METADATA:
        prefix = distribution.replace("-", "_") + "-"
        assert any(name.startswith(prefix) and name.endswith(".dist-info") for name in top), distribution


def test_the_only_private_keys_are_trainings_two_rrn_keys(built_bundle: Built) -> None:
    holding = set()
    for path in built_bundle.folder.rglob("*"):
        readable = path.is_file() and not path.is_symlink()
        binary = path.name.endswith(_BINARY_SUFFIXES) or ".so." in path.name
        if readable and not binary and b"PRIVATE KEY-----" in path.read_bytes():
            holding.add(path.relative_to(built_bundle.folder).as_posix())
    pki = f"_internal/{contents.RESOURCE_TARGET}/training-pki"
    assert holding == {f"{pki}/{name}" for name in contents.SHIPPED_PRIVATE_KEYS}
