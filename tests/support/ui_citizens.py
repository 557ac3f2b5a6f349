"""Helpers for the UI tests: made-up citizens, settings in a temporary home, widget-tree walks."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from activation_code import generate_code
from clerk_app.config import Profile, Settings, paths_for, settings_from_mapping
from clerk_app.domain.dates import PartialDate
from clerk_app.domain.documents import DocumentKind
from clerk_app.domain.identity import IdentityRecord, Sex
from clerk_app.domain.registration import Clerk, Language, Registration, RegistrationStatus, expiry_for


def make_settings(home: Path, profile: Profile = Profile.PRODUCTION, **raw: object) -> Settings:
    return settings_from_mapping(profile, paths_for(profile, home), dict(raw))


@dataclass(frozen=True)
class Citizen:
    """A made-up citizen and everything about them that must never stay on screen or leak."""

    registration: Registration
    code: str

    @property
    def secrets(self) -> tuple[str, ...]:
        identity = self.registration.identity
        assert identity is not None
        return (
            identity.surname,
            identity.given_names,
            identity.given_names.split()[0],
            identity.national_number,
            self.registration.email or "",
            self.code.replace("-", ""),  # also matches the grouped form once separators are squashed out
        )


def make_citizen(centre_id: str, language: Language = Language.NL) -> Citizen:
    created = dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.UTC)
    identity = IdentityRecord(
        document_kind=DocumentKind.ELECTRONIC_CARD,
        surname="VERHAEGHE",
        given_names="Lieselotte Marie",
        birth_date=PartialDate(1985, 7, 30),
        sex=Sex.MALE,
        nationality="BELG",
        national_number="85073003328",
        document_number="592123456789",
        document_valid_until=dt.date(2030, 1, 1),
        card_type_code=1,
    )
    registration = Registration(
        id=uuid.uuid4(),
        identity=identity,
        email="lieselotte.verhaeghe@example.org",
        language=language,
        centre_id=centre_id,
        clerk=Clerk("Test Clerk", "T0001"),
        created_at=created,
        expires_at=expiry_for(created),
        code_hash="",
        status=RegistrationStatus.ISSUED,
        status_changed_at=created,
    )
    return Citizen(registration, generate_code())


def pdf_chooser(path: Path) -> Callable[[QPrinter, QWidget], bool]:
    """Stands in for the print dialog: the clerk 'picks' Qt's PDF printer writing to ``path``."""

    def choose(printer: QPrinter, _parent: QWidget) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        return True

    return choose


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(object name or class, text) of every text a widget tree shows or tells assistive technology."""
    found: list[tuple[str, str]] = [(root.objectName() or type(root).__name__, root.windowTitle())]
    if isinstance(root, QMainWindow):
        found.append(("status-message", root.statusBar().currentMessage()))
    for widget in [root, *root.findChildren(QWidget)]:
        name = widget.objectName() or type(widget).__name__
        texts = [widget.toolTip(), widget.statusTip()]
        texts += [widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            texts.append(widget.text())
        if isinstance(widget, QTextEdit | QPlainTextEdit):
            texts.append(widget.toPlainText())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        found += [(name, text) for text in texts if text]
    return found


def leaking_widgets(root: QWidget, secrets: tuple[str, ...]) -> list[str]:
    """Names of widgets still showing any of ``secrets`` (the secrets themselves are never returned)."""
    leaks = []
    for name, text in visible_texts(root):
        squashed = "".join(ch for ch in text if ch.isalnum()).upper()
        for secret in secrets:
            plain = "".join(ch for ch in secret if ch.isalnum()).upper()
            if plain and (secret in text or plain in squashed):
                leaks.append(name)
                break
    return leaks


PSEUDO_OPEN, PSEUDO_CLOSE = "⟦", "⟧"


def untranslated_labels(screen: QWidget, data: set[str]) -> list[str]:
    """Visible labels and buttons on ``screen`` whose text the pseudo catalogue did not mark; the widgets
    named in ``data`` show the citizen's data as it is on the document, never translated."""
    found = []
    for widget in screen.findChildren(QWidget):
        if not widget.isVisibleTo(screen) or widget.objectName() in data:
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            text = widget.text()
            if text and PSEUDO_OPEN not in text:
                found.append(f"{widget.objectName() or type(widget).__name__}: {text[:40]}")
    return found


def build_pseudo_catalogue(source_ts: Path, folder: Path, language: str = "en") -> Path:
    """A compiled catalogue that wraps every source text in ⟦…⟧, to spot texts that are not retranslated.

    It is installed under ``language`` in ``folder`` (with the real Dutch catalogue next to it), so a
    :class:`~clerk_app.ui.i18n.Translations` pointed at ``folder`` can switch to it like to any language.
    """
    import shutil
    import xml.etree.ElementTree as ET

    from clerk_app.ui.resources import catalogue_name
    from tools import catalogue

    tree = ET.parse(source_ts)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source", "")
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        forms = list(translation.iter("numerusform"))
        for target in forms or [translation]:
            target.text = f"{PSEUDO_OPEN}{source}{PSEUDO_CLOSE}"
    folder.mkdir(parents=True, exist_ok=True)
    tree.write(folder / f"{catalogue_name(language)}.ts", encoding="utf-8", xml_declaration=True)
    catalogue.build(folder, languages=(language,))
    for real in source_ts.parent.glob("*.qm"):
        if not (folder / real.name).exists():
            shutil.copy(real, folder / real.name)
    return folder
