"""Walks of the whole main window: every screen a clerk can reach, and what the keyboard can reach on it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGuiNamespace
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QMenu, QWidget

from clerk_app.app import CounterParts
from clerk_app.domain.documents import DocumentKind
from clerk_app.domain.identity import IdentityRecord
from clerk_app.ui.card_path import CardPath
from clerk_app.ui.shell import Shell
from clerk_app.ui.views.document_choice_view import MANUAL_KINDS
from clerk_app.ui.views.fitting import ElidedLabel
from clerk_app.ui.views.sync_status_view import SyncStatusView
from tests.support.ui_citizens import Citizen
from tests.support.valid_registrations import valid_identity


def screens(window: Window, citizen: Citizen, identity: IdentityRecord | None = None) -> Iterator[str]:
    """Put the window on each of its 14 screens in turn (yielding its name): home, the eID path's wait, the
    document choice, every manual form, check and register, the confirmation, the history screens."""
    shell = window.shell
    manual, step, listing, counts = shell.manual_path, shell.register_step, shell.registrations, shell.counts
    assert manual is not None and step is not None and listing is not None and counts is not None
    shell.new_citizen()
    assert shell.current_screen() is shell.home
    yield "home"
    window.card_path.eid.choose_eid()
    assert shell.current_screen() is window.card_path.eid.view
    yield "eid-waiting"
    shell.new_citizen()
    manual.choose_document()
    assert shell.current_screen() is manual.choice
    yield "document-choice"
    for kind in MANUAL_KINDS:
        manual.open_form(kind)
        assert shell.current_screen() is manual.form
        yield f"manual-form-{kind.value}"
    step.start(identity or valid_identity(DocumentKind.FOREIGN_PASSPORT), back=shell.show_home)
    assert shell.current_screen() is step.view
    yield "check-register"
    shell.show_confirmation(citizen.registration, citizen.code)
    assert shell.current_screen() is shell.confirmation.view
    yield "confirmation"
    shell.new_citizen()
    listing.view.show_found(1, more=True)  # "Show more" too
    for name, screen in (
        ("registrations", listing.view),
        ("registration", listing.registration.view),
        ("counts", counts.view),
    ):
        shell.show_screen(screen, personal_data=False)
        assert shell.current_screen() is screen
        yield name
    shell.new_citizen()


def settle() -> None:
    """Run the layout passes that are due. A label that fits its height to its width asks for one more pass
    once it was given its width, and each pass is a posted event: a few rounds see the layout at rest."""
    for _ in range(8):
        QApplication.processEvents()


def mnemonic(text: str) -> str | None:
    """The letter after a single '&' (lower case), or None."""
    plain = text.replace("&&", "")
    index = plain.find("&")
    return plain[index + 1].lower() if 0 <= index < len(plain) - 1 else None


def keyboard_texts(root: QWidget) -> list[str]:
    """Texts whose mnemonic is live in ``root``'s window now: visible buttons, buddied labels, group boxes."""
    texts = []
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QMenu) or not widget.isVisibleTo(root) or widget.objectName().startswith("qt_"):
            continue
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy() is not None):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
    return texts


def clashes(texts: list[str]) -> list[str]:
    """Groups of texts that share a mnemonic letter, e.g. ``["C&entral service | &eID …"]``."""
    letters = [mnemonic(text) for text in texts]
    taken = sorted({letter for letter in letters if letter is not None and letters.count(letter) > 1})
    return [" | ".join(t for t in texts if mnemonic(t) == letter) for letter in taken]


def window_clashes(window: Window) -> list[str]:
    """Clashes among the menu bar's menus and everything visible in the window (the screen and the dock)."""
    view = window.shell.view
    menus = [action.text() for action in view.menuBar().actions() if action.isVisible()]
    return clashes(menus + keyboard_texts(view))


def menu_clashes(window: Window) -> list[str]:
    """Clashes inside each menu of the menu bar."""
    found = []
    for action in window.shell.view.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            items = [item.text() for item in menu.actions() if item.isVisible() and not item.isSeparator()]
            found += [f"{action.text()}: {clash}" for clash in clashes(items)]
    return found


#: 80 characters each, as real documents have them (issue 13: 60 and more), with a 30-letter word.
LONG_SURNAME = "Van den Bossche-De Wilde Vanderstraeten-Wolfeschlegelsteinhausenberger d'Ursel Q"
LONG_GIVEN_NAMES = "Maximiliaan Alexander Jean-Baptiste Bartholomeus Christophe Emmanuel Ferdinand L"
assert len(LONG_SURNAME) == len(LONG_GIVEN_NAMES) == 80


def clipped_labels(root: QWidget) -> list[str]:
    """Visible labels under ``root`` whose text does not fit their box, unless the label shows it elided
    ("…") with the whole text in its tooltip. Returns object names (never the texts: they may be names)."""
    found = []
    for label in root.findChildren(QLabel):
        if not label.isVisibleTo(root) or not label.text() or label.objectName().startswith("qt_"):
            continue
        if label.textFormat() == Qt.TextFormat.RichText or QtGuiNamespace.mightBeRichText(label.text()):
            continue
        box = label.contentsRect().adjusted(label.margin(), label.margin(), -label.margin(), -label.margin())
        flags = int(label.alignment().value) | int(Qt.TextFlag.TextShowMnemonic.value)
        if label.wordWrap():
            flags |= int(Qt.TextFlag.TextWordWrap.value)
        shown = QLabel.text(label)  # what Qt paints (a WrappingLabel adds invisible break points)
        text = shown if label.buddy() is not None else shown.replace("&", "&&")
        needed = label.fontMetrics().boundingRect(box, flags, text)
        if needed.width() <= box.width() + 1 and needed.height() <= box.height() + 1:
            continue
        if isinstance(label, ElidedLabel) and label.elided and label.toolTip() == label.text():
            continue
        found.append(label.objectName() or f"{type(label.parentWidget()).__name__}/QLabel")
    return found


@dataclass
class Window:
    """One main window with everything the running counter adds to it."""

    shell: Shell
    card_path: CardPath
    sync: SyncStatusView
    parts: CounterParts
