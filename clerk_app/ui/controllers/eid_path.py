"""The eID path: a card goes in, is read off the GUI thread, and its identity, photo and verdict are shown.

Who starts a read: inserting a card while the home screen (or this path's waiting screen) shows, or the
clerk choosing "eID or electronic residence card" with a card in a reader. The read runs as one worker job
that opens, uses and closes its own connection (architecture §2); the identity comes back as soon as it is
parsed, the photo and the authenticity verdict with the end of the read.

Every read carries a generation number. Pulling the card, Cancel, New citizen and idle clearing bump it, so
a late answer from an abandoned read is dropped instead of showing a citizen who is gone. Pulling the card:

- during the read: the "card removed" message (through the one error presenter) and nothing kept;
- after the read: the citizen's data, including anything the clerk already typed for them, is cleared and
  the home screen returns; a note in the status bar says why. Typed input is not kept on purpose: the next
  card in the reader may be someone else's, and an e-mail address must never move to another citizen;
- while a registration is being stored, or once it is: nothing changes (a registration already made is
  shown with its code, never undone).

A card that is not authentic cannot be registered and shows a fraud warning; "not checkable" blocks too, in
both profiles: production must never register a card it could not verify, and training teaches exactly what
production does.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QImage

from clerk_app.cardreader.authenticity import REASON_TEXTS, AuthenticityResult, TrustStore, Verdict
from clerk_app.cardreader.beid import BeidSession, CardReadResult
from clerk_app.cardreader.connection import ReaderBackend
from clerk_app.cardreader.monitor import CardInserted, CardRemoved, ReaderEvent, ServiceUnavailable
from clerk_app.domain.dates import PartialDate
from clerk_app.domain.documents import card_type
from clerk_app.domain.eligibility import assess
from clerk_app.domain.identity import CardIdentity, IdentityRecord, identity_from_card
from clerk_app.domain.national_number import NationalNumberError, parse_national_number
from clerk_app.domain.reasons import Reason
from clerk_app.domain.registration import Language, RegistrationRequest
from clerk_app.errors import CardRemoved as CardRemovedError
from clerk_app.errors import ClerkError, ReaderServiceUnavailable
from clerk_app.translatable import QT_TRANSLATE_NOOP
from clerk_app.ui.controllers.shell import Shell
from clerk_app.ui.errors import ErrorPresenter
from clerk_app.ui.i18n import Translations, translate
from clerk_app.ui.reader_bridge import ReaderBridge
from clerk_app.ui.reader_state import ReaderState
from clerk_app.ui.views.eid_view import EidStage, EidView, VerdictTone
from clerk_app.ui.workers import Workers

log = logging.getLogger(__name__)

_CONTEXT = "eid"
#: Fields the clerk fills in on the register step; the card path does not judge them.
_INPUT_FIELDS = frozenset({"presence", "email"})

CHECKING_TEXT = QT_TRANSLATE_NOOP("eid", "Checking that the card is authentic… Registering waits for it.")
AUTHENTIC_TEXT = QT_TRANSLATE_NOOP("eid", "Authentic card. {reason}")
NOT_AUTHENTIC_TEXT = QT_TRANSLATE_NOOP(
    "eid",
    "WARNING – THIS CARD IS NOT AUTHENTIC (possible fraud). {reason} Do not register with this card. "
    "Follow the procedure for suspected document fraud and inform your team leader; the citizen can only be "
    "registered with another valid document.",
)
NOT_CHECKABLE_TEXT = QT_TRANSLATE_NOOP(
    "eid",
    "The authenticity of this card could not be checked. {reason} A card that cannot be checked cannot be "
    "registered. Take the card out and insert it again, or try another card reader; if that does not help, "
    "register with another valid document (Other document).",
)
REMOVED_AFTER_READ_TEXT = QT_TRANSLATE_NOOP(
    "eid",
    "The card was taken out, so the citizen's data was cleared from the screen. Insert the card again to "
    "continue.",
)


class Phase(Enum):
    IDLE = "idle"  # nothing read for the current citizen
    WAITING = "waiting"  # the clerk chose the eID path; no card yet
    READING = "reading"
    READ = "read"  # read finished; its identity is on screen


def verdict_banner(result: AuthenticityResult) -> tuple[str, VerdictTone, bool]:
    """The verdict in the clerk's language, how loud to show it, and whether it refuses registration."""
    reason = translate("authenticity", REASON_TEXTS[result.reason])
    if result.verdict is Verdict.AUTHENTIC:
        return translate(_CONTEXT, AUTHENTIC_TEXT).format(reason=reason), VerdictTone.AUTHENTIC, False
    if result.verdict is Verdict.NOT_AUTHENTIC:
        return translate(_CONTEXT, NOT_AUTHENTIC_TEXT).format(reason=reason), VerdictTone.FRAUD, True
    return translate(_CONTEXT, NOT_CHECKABLE_TEXT).format(reason=reason), VerdictTone.WARNING, True


def photo_image(jpeg: bytes) -> QImage | None:
    """The chip's JPEG as an image (None when the chip holds no readable photo)."""
    if not jpeg:
        return None
    image = QImage.fromData(jpeg)
    return None if image.isNull() else image


def _date_text(value: PartialDate) -> str:
    day = f"{value.day:02d}" if value.day else "??"
    month = f"{value.month:02d}" if value.month else "??"
    year = f"{value.year:04d}" if value.year else "????"
    return f"{day}/{month}/{year}"


def _number_text(text: str) -> str:
    try:
        return parse_national_number(text).formatted
    except NationalNumberError:
        return text


class _ReadSignals(QObject):
    """Carries the parsed identity from the reading thread to the GUI thread (made on the GUI thread)."""

    identity = Signal(int, object)  # generation, CardIdentity


class EidPathController(QObject):
    """Owns the eID screen and the card reads; sets the home screen's reader state."""

    #: The generation number of a read that finished (tests and the self-test wait on it).
    read_finished = Signal(int)

    def __init__(
        self,
        shell: Shell,
        bridge: ReaderBridge,
        backend: ReaderBackend,
        trust: TrustStore,
        workers: Workers,
        errors: ErrorPresenter,
        translations: Translations,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._shell = shell
        self._bridge = bridge
        self._backend = backend
        self._trust = trust
        self._workers = workers
        self._errors = errors
        self._today = today
        self._phase = Phase.IDLE
        self._generation = 0
        self._reader: str | None = None
        self._identity: IdentityRecord | None = None
        self._result: CardReadResult | None = None
        self._state = ReaderState.NO_SERVICE

        self._signals = _ReadSignals(self)
        self._signals.identity.connect(self._identity_parsed, Qt.ConnectionType.QueuedConnection)
        self.view = EidView()
        shell.add_screen(self.view, self)
        self.view.cancel_button.clicked.connect(shell.new_citizen)
        shell.home.eid_button.clicked.connect(self.choose_eid)
        bridge.event.connect(self._reader_event)
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
        """The last complete read of the current citizen (None once cleared)."""
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
        """New citizen, Cancel, idle time: drop the read (a running one included) and its results."""
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
        if generation != self._generation or self._phase is not Phase.READING:
            return
        self._show_identity(identity_from_card(card))

    def _read_done(self, generation: int, result: CardReadResult) -> None:
        if generation != self._generation or self._phase is not Phase.READING:
            return  # abandoned: the card was pulled, or the clerk moved on
        if self._identity is None:
            self._show_identity(identity_from_card(result.identity))
        self._result = result
        self._phase = Phase.READ
        self.view.set_stage(EidStage.READ)
        self.view.set_photo(photo_image(result.photo))
        self._show_verdict()
        self._update_reader_state()
        self.read_finished.emit(generation)

    def _read_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation or self._phase is not Phase.READING:
            return
        if not isinstance(exc, ClerkError):
            self._shell.new_citizen()
            raise exc  # a bug: the crash handler reports it
        log.info("card read failed: %s", exc.code)
        self._abandon(exc)

    def _abandon(self, error: ClerkError) -> None:
        """Drop a read that went wrong, go home, and say why."""
        self._shell.new_citizen()  # clears this screen too (clear_personal_data)
        self._errors.show(error, self._shell.view)

    # --- showing -------------------------------------------------------------------------------------

    def _show_identity(self, identity: IdentityRecord) -> None:
        self._identity = identity
        card = card_type(identity.card_type_code) if identity.card_type_code is not None else None
        document = ""
        if card is not None:
            document = translate("documents", card.name) if card.known else f"{card.label}"
        valid_until = identity.document_valid_until
        self.view.show_identity(
            {
                "document": document,
                "name": f"{identity.given_names} {identity.surname}".strip(),
                "birth_date": _date_text(identity.birth_date),
                "national_number": _number_text(identity.national_number),
                "document_number": identity.document_number,
                "valid_until": _date_text(PartialDate.from_date(valid_until)) if valid_until else "",
            }
        )
        self.view.set_verdict(translate(_CONTEXT, CHECKING_TEXT), VerdictTone.CHECKING)
        self._show_eligibility()

    def _show_verdict(self) -> None:
        if self._result is None:
            return
        text, tone, _blocks = verdict_banner(self._result.authenticity)
        self.view.set_verdict(text, tone)
        self._show_eligibility()

    def eligibility(self) -> tuple[Reason, ...]:
        """Every reason about the person and the card (the register step adds presence and e-mail)."""
        if self._identity is None:
            return ()
        session = self._shell.session
        request = RegistrationRequest(
            identity=self._identity,
            email="",
            language=Language.NL,
            presence_confirmed=True,
            centre_id=session.centre.id,
            clerk=session.clerk,
        )
        return tuple(r for r in assess(request, self._today()) if r.field not in _INPUT_FIELDS)

    def card_blocks(self) -> bool:
        """Whether the card itself refuses registration: still being checked, not authentic, not checkable."""
        if self._result is None:
            return True
        return verdict_banner(self._result.authenticity)[2]

    def _show_eligibility(self) -> None:
        reasons = self.eligibility()
        blocked = self.card_blocks() or any(r.blocking for r in reasons)
        lines = [reason.render(translate(reason.context, reason.message)) for reason in reasons]
        if any(r.blocking for r in reasons):
            verdict = translate("eid", "This person cannot be registered with this card:")
        elif self._result is None:
            verdict = translate("eid", "The card is still being checked.")
        elif blocked:
            verdict = translate("eid", "This card cannot be used to register.")
        else:
            verdict = translate("eid", "This person can be registered with this card.")
        self.view.show_eligibility(verdict, lines, blocked)

    def _language_changed(self, _language: str) -> None:
        if self._identity is not None:
            identity = self._identity
            self._show_identity(identity)
            self._show_verdict()

    # --- reader events -------------------------------------------------------------------------------

    def _reader_event(self, event: ReaderEvent) -> None:
        if isinstance(event, CardInserted):
            self._card_inserted(event.reader)
        elif isinstance(event, CardRemoved):
            self._card_removed(event.reader)
        elif isinstance(event, ServiceUnavailable) and self._phase is Phase.READING:
            self._generation += 1
            self._abandon(ReaderServiceUnavailable("the card service went away during a read"))
        self._update_reader_state()

    def _card_inserted(self, reader: str) -> None:
        on_screen = self._shell.current_screen()
        if self._phase is Phase.WAITING or (on_screen is self._shell.home and self._phase is Phase.IDLE):
            self._start_read(reader)

    def _card_removed(self, reader: str) -> None:
        if reader != self._reader:
            return
        if self._phase is Phase.READING:
            self._generation += 1  # the worker's own failure (if any) is now dropped: one message only
            self._abandon(CardRemovedError("the card was pulled during the read"))
        elif self._phase is Phase.READ and self._shell.current_screen() is self.view:
            self._shell.new_citizen()
            self._shell.view.statusBar().showMessage(translate(_CONTEXT, REMOVED_AFTER_READ_TEXT), 30_000)

    def _forget(self) -> None:
        self._generation += 1
        self._reader = None
        self._identity = None
        self._result = None
        self.view.clear()

    def _update_reader_state(self) -> None:
        model = self._bridge.model
        state = model.base_state()
        if state is ReaderState.CARD_PRESENT and self._reader in model.cards:
            if self._phase is Phase.READING:
                state = ReaderState.READING
            elif self._phase is Phase.READ:
                state = ReaderState.CARD_READY
        self._state = state
        self._shell.set_reader_state(state)
