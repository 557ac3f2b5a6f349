"""The eID path with the in-process training reader: what the clerk sees for each kind of card, and the
hand-over to the shared "check and register" step that ends every path.

Cards go in through the training panel, as a trainer would put them in; reads run through the real
``BeidSession`` on a worker thread and come back through the reader monitor's Qt bridge; registrations go
into the real encrypted store.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from activation_code import verify_code
from clerk_app.cardreader.authenticity import AuthenticityResult, Verdict
from clerk_app.cardreader.authenticity import Reason as Verification
from clerk_app.cardreader.simulated.card import Applet
from clerk_app.cardreader.simulated.training_cards import CATALOGUE
from clerk_app.config import Profile
from clerk_app.domain.documents import DocumentKind
from clerk_app.ui.composition import UiServices
from clerk_app.ui.controllers.eid_path import Phase, verdict_banner
from clerk_app.ui.reader_state import ReaderState
from tests.support.drain import drain
from tests.support.eid_flow import (
    EMAIL,
    CounterApp,
    card_secrets,
    fill_inputs,
    read_card,
    register_and_wait,
)
from tests.support.ui_citizens import leaking_widgets

StartCounter = Callable[..., CounterApp]
CAN_REGISTER = "Deze persoon kan met dit document geregistreerd worden."
CANNOT_REGISTER = "Deze persoon kan niet geregistreerd worden:"


def listed_reasons(app: CounterApp) -> list[str]:
    text = app.step.view.eligibility_list.text()
    return text.splitlines() if app.step.view.eligibility_list.isVisibleTo(app.step.view) else []


def assert_refused_and_nothing_stored(qtbot: QtBot, app: CounterApp) -> None:
    """Register stays disabled even with every input filled, and asking the step anyway stores nothing."""
    step = app.step
    fill_inputs(qtbot, step)
    assert not step.view.register_button.isEnabled()
    step.register()
    drain(app.workers)
    assert app.shell.current_screen() is step.view
    assert not step.busy
    assert app.store.calls == 0
    assert app.store.persisted() == []


@pytest.mark.parametrize("applet", list(Applet))
def test_adult_card_goes_to_the_register_step_and_is_registered(
    qtbot: QtBot, start_counter: StartCounter, applet: Applet
) -> None:
    app = start_counter()
    eid, step = app.card_path.eid, app.step
    read_card(qtbot, app, "adult", applet)
    assert app.shell.current_screen() is step.view
    assert eid.phase is Phase.READ
    assert eid.reader_state is ReaderState.CARD_READY
    assert app.shell.home.reader_state_label.text().startswith("Kaart gelezen")
    assert eid.result is not None
    assert eid.result.applet_version == applet.value
    assert step.view.banner.isVisible()
    assert step.view.banner.text().startswith("Echte kaart. De gegevens op de chip zijn ondertekend")
    assert step.view.photo.isVisible()
    assert step.view.eligibility_verdict.text() == CAN_REGISTER
    assert listed_reasons(app) == []  # the green banner says it all
    assert step.view.identity_values["document"].text() == (
        "eID of elektronische verblijfskaart: Belgische identiteitskaart (eID)"
    )
    assert leaking_widgets(app.shell.view, card_secrets("adult")), "the identity should be on screen"
    assert QApplication.focusWidget() is step.view.inputs.presence_check

    fill_inputs(qtbot, step)
    code = register_and_wait(qtbot, app.shell, step)
    stored = app.store.persisted()
    assert len(stored) == 1
    assert verify_code(stored[0].code_hash, code), "the code on screen is not the stored one"
    identity = stored[0].identity
    assert identity is not None
    assert identity.document_kind is DocumentKind.ELECTRONIC_CARD
    assert identity.card_type_code == 1
    assert (eid.phase, eid.result) == (Phase.IDLE, None)  # the read is forgotten once registered
    assert leaking_widgets(step.view, (*card_secrets("adult"), EMAIL)) == []


@pytest.mark.parametrize(
    ("name", "document"),
    [("residence-eu-plus", "EU+"), ("residence-f", "F-kaart"), ("residence-k", "K-kaart")],
)
def test_residence_cards_are_registered(
    qtbot: QtBot, start_counter: StartCounter, name: str, document: str
) -> None:
    app = start_counter()
    read_card(qtbot, app, name)
    eid, step = app.card_path.eid, app.step
    assert eid.result is not None and eid.result.authenticity.authentic
    card_type = eid.result.identity.card_type.code
    assert step.view.eligibility_verdict.text() == CAN_REGISTER
    assert document in step.view.identity_values["document"].text()
    fill_inputs(qtbot, step)
    code = register_and_wait(qtbot, app.shell, step)
    stored = app.store.persisted()
    assert len(stored) == 1 and stored[0].identity is not None
    assert stored[0].identity.card_type_code == card_type
    assert verify_code(stored[0].code_hash, code), "the code on screen is not the stored one"


def test_kids_card_is_refused_with_every_reason(qtbot: QtBot, start_counter: StartCounter) -> None:
    app = start_counter()
    read_card(qtbot, app, "child-11")
    eid, step = app.card_path.eid, app.step
    assert eid.result is not None and eid.result.authenticity.authentic
    assert step.view.eligibility_verdict.text() == CANNOT_REGISTER
    lines = listed_reasons(app)
    assert len(lines) == 2
    assert any("jonger dan 12" in line for line in lines)
    assert any("Kids-ID" in line or "kids" in line.lower() for line in lines)
    assert_refused_and_nothing_stored(qtbot, app)


def test_expired_card_is_refused(qtbot: QtBot, start_counter: StartCounter) -> None:
    app = start_counter()
    read_card(qtbot, app, "expired")
    lines = listed_reasons(app)
    assert len(lines) == 1
    assert "28/11/2026" in lines[0]  # as every date on the screens
    assert app.step.view.eligibility_verdict.text() == CANNOT_REGISTER
    assert_refused_and_nothing_stored(qtbot, app)


@pytest.mark.parametrize(
    ("name", "reason", "words"),
    [
        ("altered", Verification.IDENTITY_SIGNATURE_INVALID, "handtekening van het Rijksregister"),
        ("photo-mismatch", Verification.PHOTO_HASH_MISMATCH, "niet de foto die het Rijksregister"),
    ],
)
def test_forged_card_shows_the_fraud_warning_and_cannot_be_registered(
    qtbot: QtBot, start_counter: StartCounter, name: str, reason: Verification, words: str
) -> None:
    app = start_counter()
    read_card(qtbot, app, name)
    eid, step = app.card_path.eid, app.step
    assert eid.result is not None
    assert (eid.result.authenticity.verdict, eid.result.authenticity.reason) == (
        Verdict.NOT_AUTHENTIC,
        reason,
    )
    warning = step.view.banner.text()
    assert warning.startswith("OPGELET – DEZE KAART IS NIET ECHT (mogelijke fraude).")
    assert words in warning
    assert "Registreer niet met deze kaart" in warning
    assert "teamleider" in warning
    assert "#b00020" in step.view.banner.styleSheet()
    assert step.view.eligibility_verdict.text() == CANNOT_REGISTER
    assert listed_reasons(app) == ["• De kaart is niet echt (zie de waarschuwing hierboven)."]
    assert_refused_and_nothing_stored(qtbot, app)
    assert step.view.banner.isVisible() and step.view.banner.text() == warning  # the warning stays


def test_a_card_that_cannot_be_checked_cannot_be_registered(
    qtbot: QtBot, start_counter: StartCounter
) -> None:
    """No training card is uncheckable, so the verdict of one (an algorithm this app does not know) is
    handed to the step the way the eID path hands over every verdict."""
    app = start_counter()
    read_card(qtbot, app, "adult")
    step = app.step
    step.set_banner(
        verdict_banner(AuthenticityResult(Verdict.NOT_CHECKABLE, Verification.UNSUPPORTED_ALGORITHM))
    )
    assert step.view.banner.text().startswith("De echtheid van deze kaart kon niet worden nagegaan.")
    assert "#b77400" in step.view.banner.styleSheet()  # orange, not the red of a forgery
    assert listed_reasons(app) == ["• De echtheid van de kaart kon niet worden nagegaan."]
    assert_refused_and_nothing_stored(qtbot, app)


def test_fraud_warning_follows_the_ui_language(
    qtbot: QtBot, start_counter: StartCounter, ui: UiServices
) -> None:
    app = start_counter()
    read_card(qtbot, app, "altered")
    ui.translations.switch("fr")
    warning = app.step.view.banner.text()
    assert warning.startswith("ATTENTION – CETTE CARTE N'EST PAS AUTHENTIQUE")
    assert "ont été modifiées" in warning  # the reason inside the warning follows too
    assert listed_reasons(app) == ["• La carte n'est pas authentique (voir l'avertissement ci-dessus)."]


def test_the_card_cannot_be_registered_before_its_checks_finish(
    qtbot: QtBot, start_counter: StartCounter
) -> None:
    """The identity is handed over as soon as it is parsed; Register waits for the photo and the verdict."""
    app = start_counter()
    step = app.step
    seen: list[tuple[str, bool, bool]] = []

    def on_screen(index: int) -> None:
        if app.shell.view.stack.widget(index) is step.view and not seen:
            seen.append(
                (step.view.banner.text(), step.view.register_button.isEnabled(), step.view.photo.isVisible())
            )

    app.shell.view.stack.currentChanged.connect(on_screen)
    read_card(qtbot, app, "adult")
    assert len(seen) == 1
    banner, enabled, photo = seen[0]
    assert banner == "Er wordt nagegaan of de kaart echt is… Registreren wacht daarop."
    assert not enabled
    assert not photo
    assert step.view.register_button.isEnabled()  # once the read finished


def test_eid_button_without_a_card_waits_for_one(qtbot: QtBot, start_counter: StartCounter) -> None:
    app = start_counter()
    assert app.card_path.eid.reader_state is ReaderState.NO_CARD
    assert app.shell.home.reader_state_label.text().startswith("Geen kaart:")
    app.shell.home.eid_button.click()
    eid = app.card_path.eid
    assert app.shell.current_screen() is eid.view
    assert eid.view.status_label.text().startswith("Steek de eID")
    read_card(qtbot, app, "residence-k")
    assert eid.phase is Phase.READ


def test_reading_and_ready_states_are_said_in_words(
    qtbot: QtBot, start_counter: StartCounter, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = start_counter()
    said: list[str] = []
    original = app.shell.home.set_reader_state

    def record(state: ReaderState) -> None:
        original(state)
        said.append(app.shell.home.reader_state_label.text())

    monkeypatch.setattr(app.shell.home, "set_reader_state", record)
    read_card(qtbot, app, "adult")
    assert any(text.startswith("De kaart wordt gelezen") for text in said)
    assert said[-1].startswith("Kaart gelezen")


def test_the_training_panel_offers_every_training_card(qtbot: QtBot, start_counter: StartCounter) -> None:
    app = start_counter()
    panel = app.card_path.training_panel
    assert panel is not None
    view = panel.view
    assert view.isVisible()
    assert view.windowTitle().startswith("TRAINING / OEFENING")
    names = [view.card_list.item(row).text() for row in range(view.card_list.count())]
    assert names[:3] == ["Volwassene, geldige eID", "Kind van 11 (Kids-ID)", "Vervallen eID"]
    assert len(names) == len(CATALOGUE)
    view.card_list.setCurrentRow(1)
    assert view.description.text() == "Kind van 11 met een Kids-ID: geweigerd, te jong."
    assert view.status_label.text() == "Geen oefenkaart in deze lezer."
    assert not view.remove_button.isEnabled()
    view.card_list.setCurrentRow(3)
    view.applet_combo.setCurrentIndex(view.applet_combo.findData(Applet.V1_7.value))
    with qtbot.waitSignal(app.card_path.eid.read_finished, timeout=10_000):
        view.insert_button.click()
    assert app.card_path.eid.result is not None
    assert app.card_path.eid.result.applet_version == "1.7"
    assert view.status_label.text() == "In de lezer: Verblijfskaart EU+"
    view.remove_button.click()
    assert view.status_label.text() == "Geen oefenkaart in deze lezer."
    qtbot.waitUntil(lambda: app.shell.current_screen() is app.shell.home, timeout=10_000)


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
@pytest.mark.parametrize("size", [(1024, 768), (1366, 768)])
def test_the_training_cards_are_named_in_the_ui_language_and_in_full(
    qtbot: QtBot, start_counter: StartCounter, ui: UiServices, language: str, size: tuple[int, int]
) -> None:
    """Issue 12: the catalogue names ("adult", "pulled-after-7") showed in English on every screen."""
    app = start_counter()
    panel = app.card_path.training_panel
    assert panel is not None
    app.shell.view.resize(*size)
    ui.translations.switch(language)
    view = panel.view
    titles = [view.card_list.item(row).text() for row in range(view.card_list.count())]
    english = [card.title for card in CATALOGUE]
    if language != "en":
        assert not set(titles) & set(english), "a card title is not translated"
    assert not set(titles) & {card.name for card in CATALOGUE}

    def nothing_cut() -> None:
        for label in (view.card_list_label, view.applet_label, view.route_label):
            text = label.text().replace("&", "")
            assert label.fontMetrics().horizontalAdvance(text) <= label.width(), f"{text!r} is cut"
        for button in (view.insert_button, view.remove_button):
            assert button.sizeHint().width() <= button.width(), f"{button.text()!r} is cut"
        for combo in (view.applet_combo, view.route_combo):  # its text, its arrow and its frame
            needed = combo.fontMetrics().horizontalAdvance(combo.currentText()) + 2 * combo.height()
            assert needed <= combo.width(), f"{combo.currentText()!r} is cut"

    qtbot.waitUntil(nothing_cut, timeout=3_000)  # once the new texts are laid out


def test_production_has_no_training_panel_and_no_training_reader(start_counter: StartCounter) -> None:
    app = start_counter(Profile.PRODUCTION)
    assert app.card_path.training_panel is None
    assert app.parts.readers.training is None
    assert app.shell.view.findChild(QWidget, "training-panel") is None
