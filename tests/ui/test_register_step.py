"""The shared check-and-register step: inputs, every reason, the store on a worker, errors, banners, clearing.

It is driven here with identities from a chip card and from a manual document alike: the step knows
nothing of either path. Registrations go into the real encrypted store
(:class:`~tests.support.registration_flow.CounterStore`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from activation_code import verify_code
from clerk_app.domain.documents import DocumentKind
from clerk_app.domain.identity import IdentityRecord, identity_from_card
from clerk_app.domain.reasons import Reason
from clerk_app.errors import InputError, StorageError
from clerk_app.storage import Store
from clerk_app.ui.composition import UiServices
from clerk_app.ui.controllers.register_step import RegisterStepController
from clerk_app.ui.register_rules import Banner, Tone
from clerk_app.ui.shell import Shell
from tests.support.drain import drain
from tests.support.registration_flow import TODAY, CounterStore, problem_text
from tests.support.ui_citizens import leaking_widgets, make_settings
from tests.support.valid_registrations import card, valid_identity

MakeShell = Callable[..., Shell]
EMAIL = "an.citizen@example.org"


@dataclasses.dataclass
class Clock:
    """The registration day, which a test can move (e.g. past midnight)."""

    day: dt.date = TODAY

    def __call__(self) -> dt.date:
        return self.day


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store(real_store: Store, clock: Clock) -> CounterStore:
    return CounterStore(real_store, today=clock)


@pytest.fixture
def shell(make_shell: MakeShell, store: CounterStore, clock: Clock) -> Shell:
    return make_shell(registrar=store, today=clock)


@pytest.fixture
def step(shell: Shell) -> RegisterStepController:
    assert shell.register_step is not None
    return shell.register_step


@pytest.fixture
def gate(store: CounterStore) -> Iterator[threading.Event]:
    """Holds the store's worker until the test opens it, to look at the screen while it registers."""
    opened = threading.Event()
    store.before = lambda: opened.wait(10)
    yield opened
    opened.set()


def _secrets(identity: IdentityRecord) -> tuple[str, ...]:
    return (identity.surname, identity.given_names.split()[0], identity.national_number, EMAIL)


def _fill(qtbot: QtBot, step: RegisterStepController, email: str = EMAIL, again: str = EMAIL) -> None:
    view = step.view
    if not view.inputs.presence_check.isChecked():
        qtbot.mouseClick(view.inputs.presence_check, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(view.inputs.email_edit, email)
    qtbot.keyClicks(view.inputs.email_again_edit, again)


def test_a_card_identity_goes_through_the_same_step(
    qtbot: QtBot, shell: Shell, step: RegisterStepController, store: CounterStore
) -> None:
    identity = identity_from_card(card(12))  # a B card, as the card path will hand it over
    step.start(identity)
    assert shell.current_screen() is step.view
    assert step.view.identity_values["document"].text() == (
        "eID of elektronische verblijfskaart: B-kaart (inschrijving in het vreemdelingenregister)"
    )
    assert step.view.identity_values["national_number"].text() == "85.07.30-033.28"
    assert not step.view.back_button.isVisible()  # nothing to go back to from a card
    _fill(qtbot, step)
    qtbot.mouseClick(step.view.register_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shell.current_screen() is shell.confirmation.view, timeout=10_000)
    (registration,) = store.persisted()
    assert registration.identity == identity
    assert registration.centre_id == shell.session.centre.id
    assert registration.clerk == shell.session.clerk
    assert leaking_widgets(step.view, _secrets(identity)) == []


@pytest.mark.inline_workers  # a job started would have run by the next line: no drain needed
def test_inputs_are_asked_for_inline_only_once_the_clerk_tries(
    qtbot: QtBot, step: RegisterStepController, store: CounterStore, ui: UiServices
) -> None:
    step.start(valid_identity(DocumentKind.FOREIGN_PASSPORT))
    assert problem_text(step.view, "presence") == ""
    assert problem_text(step.view, "email") == ""
    assert step.view.register_button.isEnabled()
    qtbot.mouseClick(step.view.register_button, Qt.MouseButton.LeftButton)
    assert problem_text(step.view, "presence").startswith("Bevestig dat de persoon zelf aanwezig is")
    assert problem_text(step.view, "email") == "Vul het e-mailadres van de burger in."
    assert QApplication.focusWidget() is step.view.inputs.presence_check
    qtbot.keyClicks(step.view.inputs.email_edit, "not an address")
    assert problem_text(step.view, "email").startswith("Dit is geen geldig e-mailadres")
    assert store.calls == 0


@pytest.mark.inline_workers  # a job started would have run by the next line: no drain needed
def test_an_email_mismatch_is_shown_inline_and_blocks(
    qtbot: QtBot, shell: Shell, step: RegisterStepController, store: CounterStore, ui: UiServices
) -> None:
    step.start(valid_identity(DocumentKind.ANNEX_35))
    _fill(qtbot, step, again="an.citizen@example.com")
    assert problem_text(step.view, "email-again") == "", "no complaint while the clerk is still typing"
    step.view.inputs.email_again_edit.setFocus()
    qtbot.keyClick(
        step.view.inputs.email_again_edit, Qt.Key.Key_Tab
    )  # leaving the second field compares the two
    assert QApplication.focusWidget() is step.view.inputs.language_combo
    assert problem_text(step.view, "email-again") == (
        "De twee e-mailadressen zijn niet gelijk. Controleer ze allebei met de burger."
    )
    qtbot.mouseClick(step.view.register_button, Qt.MouseButton.LeftButton)
    assert store.calls == 0
    assert QApplication.focusWidget() is step.view.inputs.email_again_edit
    step.view.inputs.email_again_edit.setText("")
    assert problem_text(step.view, "email-again").startswith("Typ het e-mailadres een tweede keer")
    qtbot.keyClicks(step.view.inputs.email_again_edit, EMAIL)
    assert problem_text(step.view, "email-again") == ""
    qtbot.mouseClick(step.view.register_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shell.current_screen() is shell.confirmation.view, timeout=10_000)
    assert store.calls == 1


def test_a_double_click_on_register_registers_once(
    qtbot: QtBot, shell: Shell, step: RegisterStepController, store: CounterStore, ui: UiServices
) -> None:
    step.start(valid_identity(DocumentKind.FOREIGN_PASSPORT))
    _fill(qtbot, step)
    # A double click is two presses in quick succession (mouseDClick sends no release, so no click).
    qtbot.mouseClick(step.view.register_button, Qt.MouseButton.LeftButton)
    assert not step.view.register_button.isEnabled(), "Register stays available while it runs"
    qtbot.mouseClick(step.view.register_button, Qt.MouseButton.LeftButton)
    step.register()  # and a third press, straight to the controller
    qtbot.waitUntil(lambda: shell.current_screen() is shell.confirmation.view, timeout=10_000)
    drain(ui.workers)
    assert store.calls == 1
    assert len(store.persisted()) == 1


def test_while_registering_nothing_can_be_changed(
    qtbot: QtBot, shell: Shell, step: RegisterStepController, store: CounterStore, gate: threading.Event
) -> None:
    step.start(valid_identity(DocumentKind.FOREIGN_PASSPORT), back=shell.show_home)
    _fill(qtbot, step)
    qtbot.keyClick(step.view.register_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: store.calls == 1)
    view = step.view
    assert view.status_label.text() == "Bezig met registreren…"
    for widget in (
        view.register_button,
        view.inputs.email_edit,
        view.inputs.presence_check,
        view.back_button,
    ):
        assert not widget.isEnabled(), f"{widget.objectName()} can be used while registering"
    gate.set()
    qtbot.waitUntil(lambda: shell.current_screen() is shell.confirmation.view, timeout=10_000)
    assert store.on_gui_thread == [False]


def test_a_code_issued_while_the_clerk_cancelled_is_still_shown(
    qtbot: QtBot, shell: Shell, step: RegisterStepController, store: CounterStore, gate: threading.Event
) -> None:
    step.start(valid_identity(DocumentKind.FOREIGN_PASSPORT))
    _fill(qtbot, step)
    qtbot.mouseClick(step.view.register_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: store.calls == 1)
    qtbot.keyClick(shell.view, Qt.Key.Key_Escape)
    assert shell.current_screen() is shell.home
    gate.set()
    qtbot.waitUntil(lambda: shell.current_screen() is shell.confirmation.view, timeout=10_000)
    shown = shell.confirmation.view.code_label.text().replace(" – ", "-")
    (registration,) = store.persisted()
    assert verify_code(registration.code_hash, shown), "a stored registration's code must reach the clerk"


def test_a_refusal_by_the_store_is_shown_inline(
    qtbot: QtBot, shell: Shell, step: RegisterStepController, store: CounterStore, clock: Clock
) -> None:
    """The screen judged the day before; the store commits just after midnight, when the document has
    expired: its reasons appear on the screen, which now judges the new day too."""
    identity = dataclasses.replace(valid_identity(DocumentKind.FOREIGN_PASSPORT), document_valid_until=TODAY)
    step.start(identity)
    _fill(qtbot, step)
    assert step.view.register_button.isEnabled()

    def midnight() -> None:
        clock.day = TODAY + dt.timedelta(days=1)

    store.before = midnight
    qtbot.mouseClick(step.view.register_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: problem_text(step.view, "register") != "", timeout=10_000)
    assert problem_text(step.view, "register").startswith("Controleer de invoer:")
    assert step.view.eligibility_list.text() == (
        "• Het document is vervallen op 02/03/2026. Vraag een geldig document."
    )
    assert not step.view.register_button.isEnabled()
    assert store.persisted() == []
    assert shell.current_screen() is step.view


def test_a_refusal_the_screen_cannot_explain_still_says_so(
    qtbot: QtBot, step: RegisterStepController, store: CounterStore
) -> None:
    step.start(valid_identity(DocumentKind.ORANGE_CARD))
    _fill(qtbot, step)
    store.fail_with = InputError(("reissue_not_allowed",))
    qtbot.mouseClick(step.view.register_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: problem_text(step.view, "register") != "", timeout=10_000)
    assert problem_text(step.view, "register") == (
        "Controleer de invoer: Sommige velden zijn niet geldig. Verbeter de gemarkeerde velden."
    )
    assert step.view.register_button.isEnabled()
    qtbot.keyClicks(step.view.inputs.email_edit, "x")
    assert problem_text(step.view, "register") == "", "a change makes the old refusal go away"


def test_any_other_error_goes_through_the_error_presenter(
    qtbot: QtBot, shell: Shell, step: RegisterStepController, store: CounterStore
) -> None:
    step.start(valid_identity(DocumentKind.ORANGE_CARD))
    _fill(qtbot, step)
    store.fail_with = StorageError("disk full")
    qtbot.mouseClick(step.view.register_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: shell.view.findChild(QMessageBox, "error-StorageError") is not None, timeout=10_000
    )
    box = shell.view.findChild(QMessageBox, "error-StorageError")
    assert box is not None
    assert box.windowTitle() == "Probleem met de opslag"
    assert shell.current_screen() is step.view
    assert step.view.register_button.isEnabled()
    assert step.view.status_label.text() == ""


def test_an_unexpected_exception_reaches_the_crash_handler(
    qtbot: QtBot, step: RegisterStepController, store: CounterStore
) -> None:
    step.start(valid_identity(DocumentKind.ORANGE_CARD))
    _fill(qtbot, step)
    store.fail_with = ZeroDivisionError()
    with qtbot.captureExceptions() as raised:
        qtbot.mouseClick(step.view.register_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(raised) == 1, timeout=10_000)
    assert raised[0][0] is ZeroDivisionError
    assert step.view.register_button.isEnabled()
    assert not step.busy


def test_a_blocking_banner_refuses_and_a_note_does_not(
    qtbot: QtBot, step: RegisterStepController, store: CounterStore
) -> None:
    """What the card path will pass: an authenticity verdict now or later, and the photo."""
    fraud = Banner(Reason("card_not_authentic", "This card is not authentic.", context="test"), Tone.DANGER)
    step.start(identity_from_card(card()), banner=fraud)
    view = step.view
    assert view.banner.isVisible()
    assert view.banner.text() == "This card is not authentic."
    assert "#b00020" in view.banner.styleSheet()
    assert view.eligibility_list.text() == "• This card is not authentic."
    assert not view.register_button.isEnabled()
    note = Reason("not_checkable", "Authenticity could not be checked.", blocking=False, context="test")
    step.set_banner(Banner(note, Tone.WARNING))
    assert view.register_button.isEnabled()
    assert view.eligibility_verdict.text() == "Deze persoon kan met dit document geregistreerd worden."
    assert view.eligibility_list.text() == "Let op: Authenticity could not be checked."
    photo = QImage(120, 160, QImage.Format.Format_RGB32)
    photo.fill(QColor("gray"))
    step.set_photo(photo)
    assert view.photo.isVisible()
    assert not view.photo.pixmap().isNull()
    step.clear_personal_data()
    assert not view.banner.isVisible()
    assert view.photo.pixmap().isNull()
    assert not view.photo.isVisible()
    step.set_photo(photo)  # a photo arriving after the clerk moved on is not shown
    assert view.photo.pixmap().isNull()


def test_a_banner_can_list_a_short_summary_or_nothing(
    qtbot: QtBot, step: RegisterStepController, store: CounterStore
) -> None:
    """A long warning is not repeated in the list; a reassuring banner adds no line; blocking still holds."""
    warning = Reason("card_not_authentic", "A long warning with what to do next.", context="test")
    summary = Reason("card_not_authentic", "Not authentic.", blocking=False, context="test")
    step.start(identity_from_card(card()), banner=Banner(warning, Tone.DANGER, summary))
    view = step.view
    assert view.banner.text() == "A long warning with what to do next."
    assert view.eligibility_list.text() == "• Not authentic."  # blocks as the banner does
    assert not view.register_button.isEnabled()
    fine = Reason("card_authentic", "Authentic card.", blocking=False, context="test")
    step.set_banner(Banner(fine, Tone.OK, quiet=True))
    assert view.banner.text() == "Authentic card."
    assert view.eligibility_list.text() == ""
    assert view.register_button.isEnabled()
    step.set_banner(Banner(warning, Tone.DANGER, quiet=True))  # quiet never hides a refusal
    assert view.eligibility_list.text() == "• A long warning with what to do next."
    assert not view.register_button.isEnabled()
    assert store.calls == 0


@pytest.mark.parametrize("how", ["escape", "new citizen", "idle"])
def test_every_way_out_clears_the_step(
    qtbot: QtBot, make_shell: MakeShell, store: CounterStore, tmp_path: Path, how: str
) -> None:
    settings = make_settings(tmp_path / "way-out", idle_clear_seconds=1 if how == "idle" else 120)
    shell = make_shell(settings, registrar=store, today=lambda: TODAY)
    step = shell.register_step
    assert step is not None
    identity = valid_identity(DocumentKind.FOREIGN_PASSPORT)
    step.start(identity)
    _fill(qtbot, step)
    assert leaking_widgets(shell.view, _secrets(identity)) != []
    if how == "escape":
        qtbot.keyClick(step.view.inputs.email_again_edit, Qt.Key.Key_Escape)
    elif how == "new citizen":
        qtbot.keyClick(step.view.inputs.email_edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: shell.current_screen() is shell.home, timeout=5000)
    assert leaking_widgets(shell.view, _secrets(identity)) == []
    step.view.inputs.email_edit.setFocus()
    qtbot.keyClick(step.view.inputs.email_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert step.view.inputs.email_edit.text() == "", "undo brought the previous citizen's address back"
    assert not step.view.inputs.presence_check.isChecked()
