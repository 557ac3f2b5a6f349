"""Translations at run time: the clerk's UI language, Qt's own dialogs, and the citizen's slip language.

The UI speaks Dutch (default), French or English and can switch while running: installing a translator
makes Qt send ``QEvent.LanguageChange`` to every widget, and each view re-sets its texts in
``retranslate()``. The slip does not follow the UI: it is printed in the citizen's language (nl, fr, de,
en) through a :class:`CatalogueTranslator` that is never installed application-wide.

English is the source language. Its catalogue only holds plural forms (``%n``), so English texts come
straight from the source when no translation is found.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from clerk_app.config import UI_LANGUAGES
from clerk_app.errors import ConfigError
from clerk_app.translatable import QT_TRANSLATE_NOOP
from clerk_app.ui.resources import catalogue_name, translations_dir

#: Belgian locales for dates and numbers, per language code.
LOCALE_NAMES = {"nl": "nl_BE", "fr": "fr_BE", "de": "de_BE", "en": "en_BE"}


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``QCoreApplication.translate`` (same arguments, so lupdate reads the calls the same way)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def locale_for(language: str) -> QLocale:
    return QLocale(LOCALE_NAMES[language])


def _load_catalogue(language: str, directory: Path) -> QTranslator:
    translator = QTranslator()
    path = directory / f"{catalogue_name(language)}.qm"
    if not translator.load(str(path)):
        raise ConfigError(
            f"missing translation catalogue {path.name}",
            problem=QT_TRANSLATE_NOOP(
                "errors", "the {language} translations are missing ({file}); run scripts/setup"
            ),
            language=language,
            file=path.name,
        )
    return translator


def load_qt_catalogue(language: str) -> QTranslator | None:
    """Qt's own strings (buttons of standard dialogs, print dialog) from the PySide6 wheel."""
    translator = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(locale_for(language), "qtbase", "_", folder):
        return translator
    return None


class Translations(QObject):
    """The installed UI translators; :meth:`switch` changes the language of every open window."""

    language_changed = Signal(str)

    def __init__(self, directory: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._directory = directory if directory is not None else translations_dir()
        self._installed: list[QTranslator] = []  # referenced so Python does not collect them
        self._language = ""

    @property
    def language(self) -> str:
        return self._language

    def switch(self, language: str) -> None:
        """Install ``language`` (nl, fr or en) for the UI and Qt's dialogs."""
        if language not in UI_LANGUAGES:
            raise ValueError(f"unsupported UI language {language!r}")
        fresh = [_load_catalogue(language, self._directory)]
        qt_catalogue = load_qt_catalogue(language)
        if qt_catalogue is not None:
            fresh.append(qt_catalogue)
        for old in self._installed:
            QCoreApplication.removeTranslator(old)
        QLocale.setDefault(locale_for(language))
        for translator in fresh:
            QCoreApplication.installTranslator(translator)
        self._installed = fresh
        self._language = language
        self.language_changed.emit(language)

    def uninstall(self) -> None:
        """Remove this object's translators from the application (end of a run, or of a test)."""
        for old in self._installed:
            QCoreApplication.removeTranslator(old)
        self._installed = []


class CatalogueTranslator:
    """Texts in one fixed language, whatever the UI shows; used for the citizen's slip.

    Safe to use from a worker thread: it only reads its own catalogue.
    """

    def __init__(self, language: str, directory: Path | None = None) -> None:
        if language not in LOCALE_NAMES:
            raise ValueError(f"unsupported language {language!r}")
        self.language = language
        self.locale = locale_for(language)
        self._translator = _load_catalogue(
            language, directory if directory is not None else translations_dir()
        )

    def tr(self, context: str, text: str) -> str:
        return self._translator.translate(context, text) or text
