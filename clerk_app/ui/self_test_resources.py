"""The self-test's look at the files the app opens by path and the Qt plugins it loads by name.

A frozen bundle (``scripts/package``) carries these as data, so a file left out of the spec shows up only
when it is used: a catalogue at the first language switch, a photo as a blank box, the print dialog in
English. These checks use each one once, the way the app does, so ``clerk-app --self-test`` run from a
bundle proves the bundle whole. They hold in a development checkout just the same.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo
from PySide6.QtGui import QFontDatabase, QFontInfo, QImage
from PySide6.QtWidgets import QApplication

from clerk_app.cardreader.trust import BELGIUM_ROOT_PINS, TrustStore
from clerk_app.errors import ConfigError
from clerk_app.resources import resource_path
from clerk_app.ui.fonts import Fonts
from clerk_app.ui.i18n import CatalogueTranslator, load_qt_catalogue
from clerk_app.ui.resources import CATALOGUE_LANGUAGES

#: A slip text every catalogue but English (the source language) translates.
SLIP_PROBE = ("slip", "Your activation code")
#: Qt's own catalogues the bundle ships (bundle/contents.py), and a button text each translates.
QT_CATALOGUE_LANGUAGES = ("nl", "fr", "de")
QT_PROBE = ("QPlatformTheme", "Cancel")
#: A training card's photo: JPEG, decoded through Qt's image-format plugin as the check screen does.
PHOTO = ("training-photos", "adult.jpg")


class MissingResource(Exception):
    """A resource or plugin is missing or does not load; the message names it."""


def check_resources(app: QApplication, fonts: Fonts) -> str:
    """Raise :class:`MissingResource` for the first thing that does not load; else say what was checked."""
    _check_fonts(app, fonts)
    _check_catalogues()
    _check_qt_catalogues()
    size = _check_photo()
    printing = _check_print_plugin()
    roots = _check_belgium_roots()
    return (
        f"fonts {fonts.text} and {fonts.code} in use; catalogues {', '.join(CATALOGUE_LANGUAGES)}; "
        f"Qt's own catalogues {', '.join(QT_CATALOGUE_LANGUAGES)}; a JPEG card photo decodes "
        f"({size}); print support plugin {printing}; {roots} Belgium root certificates match their pins"
    )


def _check_belgium_roots() -> int:
    """Production's carried roots (the self-test itself runs in training, which never loads them)."""
    try:
        roots = TrustStore.production().roots
    except (OSError, ValueError) as error:
        raise MissingResource(f"the Belgium root certificates do not load ({error})") from error
    if len(roots) != len(BELGIUM_ROOT_PINS):
        raise MissingResource(f"{len(roots)} Belgium root certificates instead of {len(BELGIUM_ROOT_PINS)}")
    return len(roots)


def _check_fonts(app: QApplication, fonts: Fonts) -> None:
    families = set(QFontDatabase.families())
    missing = sorted({fonts.text, fonts.code} - families)
    if missing:
        raise MissingResource(f"the bundled fonts {missing} are not registered")
    used = QFontInfo(app.font()).family()
    if used != fonts.text:
        raise MissingResource(f"the UI is drawn in {used!r} instead of {fonts.text!r}")


def _check_catalogues() -> None:
    for language in CATALOGUE_LANGUAGES:
        try:
            translator = CatalogueTranslator(language)
        except ConfigError as error:
            raise MissingResource(f"the {language} catalogue does not load ({error})") from error
        if language != "en" and translator.tr(*SLIP_PROBE) == SLIP_PROBE[1]:
            raise MissingResource(f"the {language} catalogue loads but translates nothing")


def _check_qt_catalogues() -> None:
    for language in QT_CATALOGUE_LANGUAGES:
        translator = load_qt_catalogue(language)
        if translator is None:
            folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            raise MissingResource(f"Qt's own {language} catalogue (qtbase_{language}.qm) is not in {folder}")
        if translator.translate(*QT_PROBE) in ("", QT_PROBE[1]):
            raise MissingResource(f"Qt's own {language} catalogue translates nothing")


def _check_photo() -> str:
    image, path = QImage(), resource_path(*PHOTO)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise MissingResource(f"{path} cannot be read ({type(error).__name__})") from error
    if not image.loadFromData(data, "JPEG"):
        raise MissingResource("a training card's JPEG photo does not decode (Qt's imageformats plugin)")
    return f"{image.width()}×{image.height()}"


def _check_print_plugin() -> str:
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "printsupport"
    plugins = sorted(path.name for path in folder.glob("*") if path.is_file()) if folder.is_dir() else []
    if not plugins:
        raise MissingResource(f"no print support plugin in {folder}: slips could only be saved as PDF")
    return plugins[0]
