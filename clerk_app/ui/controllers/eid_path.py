"""The eID path: a card goes in, is read off the GUI thread, and the citizen goes to "check and register".

Who starts a read: inserting a card while the home screen (or this path's waiting screen) shows, or the
clerk choosing "eID or electronic residence card" with a card in a reader. The read runs as one worker job
that opens, uses and closes its own connection (architecture §2). The identity is handed to the shared
register step as soon as it is parsed (:func:`~clerk_app.domain.identity.identity_from_card`), under a
banner that blocks registering while the card is being checked; the photo and the authenticity verdict
follow with the end of the read, as the step's extras. A card that is not authentic, or not checkable,
keeps blocking with its translated reason, and its warning stays on screen.

Every read carries a generation number. Pulling the card, Cancel, New citizen and idle clearing bump it, so
a late answer from an abandoned read is dropped instead of showing a citizen who is gone. Pulling the card:

- during the read: the "card removed" message (through the one error presenter) and nothing kept;
- after the read, before Register: the citizen's data, including anything the clerk already typed for
  them, is cleared and the home screen returns; a notice above the screen says why, until the next card
  is read (or the clerk moves on). Typed input is not kept
  on purpose: the next card in the reader may be someone else's, and an e-mail address must never move to
  another citizen;
- once Register was pressed (the step is busy), or after: nothing changes (a registration being made goes
  ahead and is shown with its code, never undone).

"Not checkable" blocks in both profiles: production must never register a card it could not verify, and
training teaches exactly what production does.
"""

from __future__ import annotations

import logging
from enum import Enum

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractButton, QMessageBox

from clerk_app.cardreader.authenticity import REASON_TEXTS, AuthenticityResult, Verdict
from clerk_app.cardreader.beid import BeidSession, CardReadResult
from clerk_app.cardreader.connection import ReaderBackend
from clerk_app.cardreader.monitor import CardInserted, CardRemoved, ReaderEvent, ServiceUnavailable
from clerk_app.cardreader.trust import TrustStore
from clerk_app.domain.identity import CardIdentity, identity_from_card
from clerk_app.domain.reasons import Reason
from clerk_app.errors import (
    CardCommunicationError,
    CardDataError,
    ClerkError,
    NotAnEidCard,
    ReaderServiceUnavailable,
)
from clerk_app.errors import CardRemoved as CardRemovedError
from clerk_app.translatable import QT_TRANSLATE_NOOP
from clerk_app.ui.controllers.base import ScreenController, ShellPort
from clerk_app.ui.controllers.register_step import RegisterStepController
from clerk_app.ui.errors import ErrorPresenter
from clerk_app.ui.i18n import Translations, translate
from clerk_app.ui.reader_bridge import ReaderBridge
from clerk_app.ui.reader_state import ReaderState
from clerk_app.ui.register_rules import Banner, Tone
from clerk_app.ui.views.eid_view import EidStage, EidView
from clerk_app.ui.workers import Workers

log = logging.getLogger(__name__)

_CONTEXT = "eid"

CHECKING_TEXT = QT_TRANSLATE_NOOP("eid", "Checking that the card is authentic… Registering waits for it.")
CHECKING_SUMMARY = QT_TRANSLATE_NOOP("eid", "The card is still being checked.")
AUTHENTIC_TEXT = QT_TRANSLATE_NOOP("eid", "Authentic card. {reason}")
NOT_AUTHENTIC_TEXT = QT_TRANSLATE_NOOP(
    "eid",
    "WARNING – THIS CARD IS NOT AUTHENTIC (possible fraud). {reason} Do not register with this card. "
    "Follow the procedure for suspected document fraud and inform your team leader; the citizen can only be "
    "registered with another valid document.",
)
NOT_AUTHENTIC_SUMMARY = QT_TRANSLATE_NOOP("eid", "The card is not authentic (see the warning above).")
NOT_CHECKABLE_TEXT = QT_TRANSLATE_NOOP(
    "eid",
    "The authenticity of this card could not be checked. {reason} A card that cannot be checked cannot be "
    "registered. Take the card out and insert it again, or try another card reader; if that does not help, "
    "register with another valid document (Other document).",
)
NOT_CHECKABLE_SUMMARY = QT_TRANSLATE_NOOP("eid", "The authenticity of the card could not be checked.")
#: On the message of a card that does not answer: register with the card all the same, typed from its zone.
TYPE_UNREADABLE_CARD_TEXT = QT_TRANSLATE_NOOP("eid", "Chip unreadable: &type the card from its zone")
REMOVED_AFTER_READ_TEXT = QT_TRANSLATE_NOOP(
    "eid",
    "The card was taken out, so the citizen's data was cleared from the screen. Insert the card again to "
    "continue.",
)


class Phase(Enum):
    IDLE = "idle"  # nothing read for the current citizen
    WAITING = "waiting"  # the clerk chose the eID path; no card yet
    READING = "reading"
    READ = "read"  # read finished; its citizen is on the register step


def checking_banner() -> Banner:
    """Shown with the identity while the photo and the checks are still being read: registering waits."""
    reason = Reason("card_being_checked", CHECKING_TEXT, context=_CONTEXT)
    return Banner(reason, Tone.INFO, Reason(reason.code, CHECKING_SUMMARY, context=_CONTEXT))


def verdict_banner(result: AuthenticityResult) -> Banner:
    """The verdict for the register step: a quiet green line, a fraud warning, or a "not checkable" one.

    The authenticity reason is translated into the banner's ``params`` now, so the eID path sets the banner
    again when the UI language changes.
    """
    params = {"reason": translate("authenticity", REASON_TEXTS[result.reason])}
    if result.verdict is Verdict.AUTHENTIC:
        reason = Reason("card_authentic", AUTHENTIC_TEXT, params=params, blocking=False, context=_CONTEXT)
        return Banner(reason, Tone.OK, quiet=True)
    if result.verdict is Verdict.NOT_AUTHENTIC:
        reason = Reason("card_not_authentic", NOT_AUTHENTIC_TEXT, params=params, context=_CONTEXT)
        return Banner(reason, Tone.DANGER, Reason(reason.code, NOT_AUTHENTIC_SUMMARY, context=_CONTEXT))
    reason = Reason("card_not_checkable", NOT_CHECKABLE_TEXT, params=params, context=_CONTEXT)
    return Banner(reason, Tone.WARNING, Reason(reason.code, NOT_CHECKABLE_SUMMARY, context=_CONTEXT))


def photo_image(jpeg: bytes) -> QImage | None:
    """The chip's JPEG as an image (None when the chip holds no readable photo)."""
    if not jpeg:
        return None
    image = QImage.fromData(jpeg)
    return None if image.isNull() else image


class _ReadSignals(QObject):
    """Carries the parsed identity from the reading thread to the GUI thread (made on the GUI thread)."""

    identity = Signal(int, object)  # generation, CardIdentity


class EidPathController(ScreenController):
    """Owns the card reads and the eID path's waiting screen; hands each card's citizen to ``step``."""

    #: The generation number of a read that finished (tests and the self-test wait on it).
    read_finished = Signal(int)
    #: The clerk chose to type a card whose chip does not answer (the manual path opens its form).
    type_unreadable_card = Signal()

    def __init__(
        self,
        shell: ShellPort,
        step: RegisterStepController,
        bridge: ReaderBridge,
        backend: ReaderBackend,
        trust: TrustStore,
        workers: Workers,
        errors: ErrorPresenter,
        translations: Translations,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(shell, parent)
        self._step = step
        self._bridge = bridge
        self._backend = backend
        self._trust = trust
        self._workers = workers
        self._errors = errors
        self._phase = Phase.IDLE
        self._reader: str | None = None
        self._refused: str | None = None  # the reader whose card is not an identity card, until it is out
        self._handed_over = False  # the current read's citizen is on the register step
        self._result: CardReadResult | None = None
        self._state = ReaderState.NO_SERVICE

        self._signals = _ReadSignals(self)
        self._signals.identity.connect(self._identity_parsed, Qt.ConnectionType.QueuedConnection)
        self.view = EidView()
        shell.add_screen(self.view, self)
        self.view.cancel_button.clicked.connect(shell.new_citizen)
        shell.home.eid_button.clicked.connect(self.choose_eid)
        step.registered.connect(self.clear_personal_data)
        bridge.reader_event.connect(self._reader_event)
        translations.language_changed.connect(self._language_changed)
        shell.set_paths_available(eid=True, other_document=shell.home.other_button.isEnabled())
        self._update_reader_state()

    # --- state for others ----------------------------------------------------------------------------

    @property
    def phase(self) -> Phase:
        return self._phase

    @property
    def generation(self) -> int:
        return self._generation

    @property
    def reader_state(self) -> ReaderState:
        """What the home screen says about the reader now."""
        return self._state

    @property
    def result(self) -> CardReadResult | None:
        """The last complete read of the current citizen (None once cleared or registered)."""
        return self._result

    # --- what the clerk does -------------------------------------------------------------------------

    def choose_eid(self) -> None:
        """The eID path button: read the card in the reader, or wait for one."""
        reader = self._bridge.model.first_card_reader()
        if reader is not None:
            self._start_read(reader)
            return
        self._forget()
        self._phase = Phase.WAITING
        self.view.set_stage(EidStage.WAITING)
        self._shell.show_screen(self.view, personal_data=False)
        self.view.cancel_button.setFocus()
        self._update_reader_state()

    def clear_personal_data(self) -> None:
        """New citizen, Cancel, idle time, a registration made: drop the read (a running one included)."""
        self._forget()
        self._phase = Phase.IDLE
        self._update_reader_state()

    # --- reading -------------------------------------------------------------------------------------

    def _start_read(self, reader: str) -> None:
        self._forget()
        self._phase = Phase.READING
        self._reader = reader
        generation = self._generation
        self.view.set_stage(EidStage.READING)
        self._shell.show_screen(self.view, personal_data=True)
        self.view.cancel_button.setFocus()
        self._update_reader_state()
        backend, trust, signals = self._backend, self._trust, self._signals

        def read() -> CardReadResult:
            connection = backend.connect(reader)
            try:
                return BeidSession(connection, trust).read(
                    on_identity=lambda card: signals.identity.emit(generation, card)
                )
            finally:
                connection.close()

        self._workers.start(
            read,
            lambda result: self._read_done(generation, result),
            lambda exc: self._read_failed(generation, exc),
        )

    @Slot(int, object)
    def _identity_parsed(self, generation: int, card: CardIdentity) -> None:
        if not self._is_current(generation) or self._phase is not Phase.READING:
            return
        self._hand_over(card)

    def _read_done(self, generation: int, result: CardReadResult) -> None:
        if not self._is_current(generation) or self._phase is not Phase.READING:
            return  # abandoned: the card was pulled, or the clerk moved on
        if not self._handed_over:
            self._hand_over(result.identity)
        self._result = result
        self._phase = Phase.READ
        self._step.set_photo(photo_image(result.photo))
        self._step.set_banner(verdict_banner(result.authenticity))
        self._update_reader_state()
        self.read_finished.emit(generation)

    def _read_failed(self, generation: int, exc: ClerkError) -> None:
        if not self._is_current(generation) or self._phase is not Phase.READING:
            return
        log.info("card read failed: %s", exc.code)
        if isinstance(exc, NotAnEidCard):
            self._refused = self._reader  # the home screen behind the message says so, not "choose …"
        self._abandon(exc)

    def _abandon(self, error: ClerkError) -> None:
        """Drop a read that went wrong, go home, and say why."""
        self._shell.new_citizen()  # clears the register step and this path (clear_personal_data)
        box = self._errors.show(error, self._shell.view)
        if isinstance(error, (CardCommunicationError, CardDataError)):
            # A Belgian card whose chip fails is still the citizen's card: offer to type it from its zone.
            button = box.addButton(
                translate(_CONTEXT, TYPE_UNREADABLE_CARD_TEXT), QMessageBox.ButtonRole.ActionRole
            )
            button.setObjectName("type-unreadable-card")

            # Once the box is closed, so the form it opens keeps the focus the box would give back.
            def type_if_chosen(_result: int, chosen: QAbstractButton = button) -> None:
                if chosen is box.clickedButton():
                    self.type_unreadable_card.emit()

            box.finished.connect(type_if_chosen)

    def _hand_over(self, card: CardIdentity) -> None:
        """The one hand-over to the register step; the photo and the verdict follow as its extras."""
        self._handed_over = True
        self._step.start(identity_from_card(card), banner=checking_banner())

    def _language_changed(self, _language: str) -> None:
        if self._result is not None:
            self._step.set_banner(verdict_banner(self._result.authenticity))

    # --- reader events -------------------------------------------------------------------------------

    def _reader_event(self, event: ReaderEvent) -> None:
        if isinstance(event, CardInserted):
            self._card_inserted(event.reader)
        elif isinstance(event, CardRemoved):
            self._card_removed(event.reader)
        elif isinstance(event, ServiceUnavailable) and self._phase is Phase.READING:
            self._next_generation()
            self._abandon(ReaderServiceUnavailable("the card service went away during a read"))
        self._update_reader_state()

    def _card_inserted(self, reader: str) -> None:
        on_screen = self._shell.current_screen()
        if self._phase is Phase.WAITING or (on_screen is self._shell.home and self._phase is Phase.IDLE):
            self._start_read(reader)

    def _card_removed(self, reader: str) -> None:
        if reader == self._refused:
            self._refused = None
        if reader != self._reader:
            return
        if self._phase is Phase.READING:
            self._next_generation()  # the worker's own failure (if any) is now dropped: one message only
            self._abandon(CardRemovedError("the card was pulled during the read"))
        elif (
            self._phase is Phase.READ
            and not self._step.busy  # Register was pressed: the registration goes ahead
            and self._shell.current_screen() is self._step.view
        ):
            self._shell.new_citizen()
            self._shell.show_notice(
                translate(_CONTEXT, REMOVED_AFTER_READ_TEXT)
            )  # until the next card is read

    def _forget(self) -> None:
        self._next_generation()
        self._reader = None
        self._handed_over = False
        self._result = None
        self.view.set_stage(EidStage.WAITING)

    def _update_reader_state(self) -> None:
        model = self._bridge.model
        state = model.base_state()
        if state is ReaderState.CARD_PRESENT and self._refused in model.cards and self._phase is Phase.IDLE:
            state = ReaderState.CARD_REFUSED
        elif state is ReaderState.CARD_PRESENT and self._reader in model.cards:
            if self._phase is Phase.READING:
                state = ReaderState.READING
            elif self._phase is Phase.READ:
                state = ReaderState.CARD_READY
        self._state = state
        self._shell.set_reader_state(state)
