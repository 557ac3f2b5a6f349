"""What the card reader is doing, as the home screen says it in words.

The card monitor (``clerk_app.cardreader``) reports events; a controller turns them into one of these
states and hands it to :meth:`clerk_app.ui.shell.Shell.set_reader_state`.
"""

from __future__ import annotations

from enum import Enum

from clerk_app.translatable import QT_TRANSLATE_NOOP
from clerk_app.ui.i18n import translate


class ReaderState(Enum):
    NO_SERVICE = "no_service"
    NO_READER = "no_reader"
    NO_CARD = "no_card"
    CARD_PRESENT = "card_present"  # a card is in, but not (or no longer) read: e.g. after Next citizen
    CARD_REFUSED = "card_refused"  # the card in the reader is not an identity card (a bank card)
    READING = "reading"
    CARD_READY = "card_ready"


_TEXTS = {
    ReaderState.NO_SERVICE: QT_TRANSLATE_NOOP(
        "reader", "No card service: the smart-card service of this computer is not running."
    ),
    ReaderState.NO_READER: QT_TRANSLATE_NOOP("reader", "No card reader: plug in the card reader."),
    ReaderState.NO_CARD: QT_TRANSLATE_NOOP(
        "reader", "No card: insert the identity card with the chip first."
    ),
    ReaderState.CARD_PRESENT: QT_TRANSLATE_NOOP(
        "reader", "A card is in the reader: choose 'eID or electronic residence card' to read it."
    ),
    ReaderState.CARD_REFUSED: QT_TRANSLATE_NOOP(
        "reader", "The card in the reader is not an identity card: take it out and insert the eID."
    ),
    ReaderState.READING: QT_TRANSLATE_NOOP("reader", "Reading the card… leave it in the reader."),
    ReaderState.CARD_READY: QT_TRANSLATE_NOOP("reader", "Card read: the data is ready."),
}


def reader_state_text(state: ReaderState) -> str:
    """The state in words, in the current UI language."""
    return translate("reader", _TEXTS[state])
