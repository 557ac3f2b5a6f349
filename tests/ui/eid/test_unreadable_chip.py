"""A card whose chip does not answer: the eID path's message offers to type the card from its zone."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from clerk_app.domain.documents import DocumentKind
from clerk_app.errors import CardCommunicationError
from tests.support.eid_flow import CounterApp

StartCounter = Callable[..., CounterApp]
#: A Belgian eID's ATR (eid-card.md §1), so the reader monitor takes it for one.
EID_ATR = bytes.fromhex("3B9813400AA503010101AD1311")


class DeadChip:
    """A card whose chip gives no usable answer to anything, as a worn-out eID does."""

    name = "dead-chip"
    atr = EID_ATR

    def power_on(self) -> None:
        pass

    def process(self, apdu: bytes) -> bytes:
        raise CardCommunicationError("no answer", problem="the card does not respond")


def _box(app: CounterApp) -> QMessageBox | None:
    for box in app.shell.view.findChildren(QMessageBox):
        if box.isVisible() and box.objectName() == "error-CardCommunicationError":
            return box
    return None


def test_the_failure_message_offers_the_card_typed_from_its_zone(
    qtbot: QtBot, start_counter: StartCounter
) -> None:
    app = start_counter()
    training = app.parts.readers.training
    assert training is not None
    training.insert(DeadChip())
    qtbot.waitUntil(lambda: _box(app) is not None, timeout=10_000)
    box = _box(app)
    assert box is not None
    assert box.windowTitle() == "De kaart antwoordt niet"
    offer = box.findChild(QPushButton, "type-unreadable-card")
    assert offer is not None
    assert offer.text() == "Chip onleesbaar: &typ de kaart over uit haar zone"
    offer.click()
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=3000)
    manual = app.shell.manual_path
    assert manual is not None
    assert app.shell.current_screen() is manual.form
    assert manual.form.kind is DocumentKind.BELGIAN_CARD_CHIP_UNREADABLE
    # The window's focus child: the keyboard's target once the window is active again (offscreen, no
    # window manager gives it back after the box), so a scanner can type straight away.
    assert app.shell.view.focusWidget() is manual.form.zone_edit
