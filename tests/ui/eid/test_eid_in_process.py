"""The eID path with the in-process training reader: what the clerk sees for each kind of card.

Cards go in through the training panel, as a trainer would put them in; reads run through the real
``BeidSession`` on a worker thread and come back through the reader monitor's Qt bridge.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from clerk_app.cardreader.authenticity import Reason as Verification
from clerk_app.cardreader.authenticity import Verdict
from clerk_app.cardreader.monitor import CardInserted
from clerk_app.cardreader.simulated.card import Applet
from clerk_app.cardreader.simulated.training_cards import CATALOGUE
from clerk_app.config import Profile
from clerk_app.domain.eligibility import ReasonCode
from clerk_app.ui.controllers.eid_path import Phase
from clerk_app.ui.main import UiServices
from clerk_app.ui.reader_state import ReaderState
from ui.eid.conftest import CounterApp
from ui.eid.support import card_secrets
from ui.support import leaking_widgets

StartCounter = Callable[..., CounterApp]


def read(qtbot: QtBot, app: CounterApp, name: str, applet: Applet = Applet.V1_8) -> None:
    """Insert training card ``name`` from the panel and wait until its read finished."""
    panel = app.counter.training_panel
    assert panel is not None
    with qtbot.waitSignal(app.counter.eid.read_finished, timeout=10_000):
        panel.insert(name, applet=applet)


def error_boxes(app: CounterApp) -> list[str]:
    return [box.objectName() for box in app.shell.view.findChildren(QMessageBox) if box.isVisible()]


def reason_codes(app: CounterApp) -> set[str]:
    return {reason.code for reason in app.counter.eid.eligibility() if reason.blocking}


@pytest.mark.parametrize("applet", list(Applet))
def test_adult_card_is_read_verified_and_can_be_registered(
    qtbot: QtBot, start_counter: StartCounter, applet: Applet
) -> None:
    app = start_counter()
    eid = app.counter.eid
    read(qtbot, app, "adult", applet)
    assert app.shell.current_screen() is eid.view
    assert eid.phase is Phase.READ
    assert eid.reader_state is ReaderState.CARD_READY
    assert app.shell.home.reader_state_label.text().startswith("Kaart gelezen")
    assert eid.result is not None
    assert eid.result.applet_version == applet.value
    assert eid.view.verdict_label.text().startswith("Echte kaart. De gegevens op de chip zijn ondertekend")
    assert eid.view.photo.isVisible()
    assert not eid.card_blocks()
    assert reason_codes(app) == set()
    assert eid.view.eligibility_verdict.text() == "Deze persoon kan met deze kaart geregistreerd worden."
    assert leaking_widgets(app.shell.view, card_secrets("adult")), "the identity should be on screen"


@pytest.mark.parametrize(
    ("name", "document"),
    [("residence-eu-plus", "EU+"), ("residence-f", "F-kaart"), ("residence-k", "K-kaart")],
)
def test_residence_cards_can_be_registered(
    qtbot: QtBot, start_counter: StartCounter, name: str, document: str
) -> None:
    app = start_counter()
    read(qtbot, app, name)
    eid = app.counter.eid
    assert eid.result is not None and eid.result.authenticity.authentic
    assert reason_codes(app) == set()
    assert eid.view.identity_values["document"].text().startswith(document)


def test_kids_card_is_refused_with_every_reason(qtbot: QtBot, start_counter: StartCounter) -> None:
    app = start_counter()
    read(qtbot, app, "child-11")
    eid = app.counter.eid
    assert eid.result is not None and eid.result.authenticity.authentic
    assert reason_codes(app) == {ReasonCode.UNDER_MINIMUM_AGE, ReasonCode.KIDS_CARD}
    assert eid.view.eligibility_verdict.text() == "Deze persoon kan met deze kaart niet geregistreerd worden:"
    lines = eid.view.eligibility_list.text().splitlines()
    assert len(lines) == 2
    assert any("jonger dan 12" in line for line in lines)
    assert any("Kids-ID" in line or "kids" in line.lower() for line in lines)


def test_expired_card_is_refused(qtbot: QtBot, start_counter: StartCounter) -> None:
    app = start_counter()
    read(qtbot, app, "expired")
    assert reason_codes(app) == {ReasonCode.DOCUMENT_EXPIRED}
    assert "2026-11-28" in app.counter.eid.view.eligibility_list.text()


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
    read(qtbot, app, name)
    eid = app.counter.eid
    assert eid.result is not None
    assert (eid.result.authenticity.verdict, eid.result.authenticity.reason) == (
        Verdict.NOT_AUTHENTIC,
        reason,
    )
    warning = eid.view.verdict_label.text()
    assert warning.startswith("OPGELET – DEZE KAART IS NIET ECHT (mogelijke fraude).")
    assert words in warning
    assert "Registreer niet met deze kaart" in warning
    assert "teamleider" in warning
    assert eid.view.verdict_label.accessibleName() == warning
    assert eid.card_blocks()
    assert eid.view.eligibility_verdict.text() != "Deze persoon kan met deze kaart geregistreerd worden."


def test_fraud_warning_follows_the_ui_language(
    qtbot: QtBot, start_counter: StartCounter, ui: UiServices
) -> None:
    app = start_counter()
    read(qtbot, app, "altered")
    ui.translations.switch("fr")
    warning = app.counter.eid.view.verdict_label.text()
    assert warning.startswith("ATTENTION – CETTE CARTE N'EST PAS AUTHENTIQUE")
    assert "ont été modifiées" in warning


def test_a_card_that_is_not_an_eid_says_so_and_keeps_nothing(
    qtbot: QtBot, start_counter: StartCounter
) -> None:
    app = start_counter()
    panel = app.counter.training_panel
    assert panel is not None
    panel.insert("not-eid")
    qtbot.waitUntil(lambda: "error-NotAnEidCard" in error_boxes(app), timeout=10_000)
    assert app.shell.current_screen() is app.shell.home
    assert app.counter.eid.phase is Phase.IDLE
    assert app.counter.eid.reader_state is ReaderState.CARD_PRESENT


@pytest.mark.parametrize("after", [2, 7, 12, 20])
def test_card_pulled_mid_read_shows_card_removed_and_keeps_nothing(
    qtbot: QtBot, start_counter: StartCounter, after: int
) -> None:
    app = start_counter()
    panel = app.counter.training_panel
    assert panel is not None
    panel.insert(f"pulled-after-{after}")
    qtbot.waitUntil(lambda: "error-CardRemoved" in error_boxes(app), timeout=10_000)
    qtbot.wait(300)  # let the monitor's removal and the worker's failure both arrive
    assert error_boxes(app) == ["error-CardRemoved"]
    box = app.shell.view.findChild(QWidget, "error-CardRemoved")
    assert isinstance(box, QMessageBox)
    assert box.windowTitle() == "Kaart verwijderd"
    assert app.shell.current_screen() is app.shell.home
    assert app.counter.eid.result is None
    assert app.counter.eid.reader_state is ReaderState.NO_CARD
    assert leaking_widgets(app.shell.view, card_secrets("adult")) == []


def test_card_pulled_after_the_read_clears_the_citizen(qtbot: QtBot, start_counter: StartCounter) -> None:
    app = start_counter()
    read(qtbot, app, "adult")
    panel = app.counter.training_panel
    assert panel is not None
    panel.remove()
    qtbot.waitUntil(lambda: app.shell.current_screen() is app.shell.home, timeout=10_000)
    assert app.counter.eid.result is None
    assert leaking_widgets(app.shell.view, card_secrets("adult")) == []
    assert app.shell.view.statusBar().currentMessage().startswith("De kaart werd uitgenomen")
    assert app.counter.eid.reader_state is ReaderState.NO_CARD
    assert error_boxes(app) == []


@pytest.mark.parametrize("how", ["new citizen", "escape", "idle"])
def test_every_way_of_moving_on_clears_the_card_data(
    qtbot: QtBot, start_counter: StartCounter, how: str
) -> None:
    app = start_counter()
    read(qtbot, app, "adult")
    if how == "new citizen":
        qtbot.keyClick(app.shell.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    elif how == "escape":
        qtbot.keyClick(app.shell.view, Qt.Key.Key_Escape)
    else:
        app.shell._idle.expired.emit()
    assert app.shell.current_screen() is app.shell.home
    assert leaking_widgets(app.shell.view, card_secrets("adult")) == []
    assert not app.counter.eid.view.photo.isVisible()
    # The card is still in: the home screen says so, and the eID button reads it again.
    assert app.counter.eid.reader_state is ReaderState.CARD_PRESENT
    with qtbot.waitSignal(app.counter.eid.read_finished, timeout=10_000):
        app.shell.home.eid_button.click()
    assert app.counter.eid.phase is Phase.READ


def test_a_read_abandoned_midway_shows_nothing_late(
    qtbot: QtBot, start_counter: StartCounter, ui: UiServices
) -> None:
    app = start_counter()
    panel = app.counter.training_panel
    assert panel is not None
    seen: list[Phase] = []

    def cancel_as_soon_as_reading_starts(event: object) -> None:
        # Connected after the eID path: its read has just started, its answers are still queued.
        if isinstance(event, CardInserted) and not seen:
            seen.append(app.counter.eid.phase)
            app.shell.new_citizen()

    app.counter.bridge.event.connect(cancel_as_soon_as_reading_starts)
    panel.insert("adult")
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    ui.workers.wait()
    qtbot.wait(200)  # the abandoned read's queued answers are delivered now, and must be dropped
    assert seen == [Phase.READING]
    assert app.counter.eid.phase is Phase.IDLE
    assert app.counter.eid.result is None
    assert app.shell.current_screen() is app.shell.home
    assert leaking_widgets(app.shell.view, card_secrets("adult")) == []


def test_eid_button_without_a_card_waits_for_one(qtbot: QtBot, start_counter: StartCounter) -> None:
    app = start_counter()
    assert app.counter.eid.reader_state is ReaderState.NO_CARD
    assert app.shell.home.reader_state_label.text().startswith("Geen kaart:")
    app.shell.home.eid_button.click()
    eid = app.counter.eid
    assert app.shell.current_screen() is eid.view
    assert eid.view.status_label.text().startswith("Steek de eID")
    read(qtbot, app, "residence-k")
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
    read(qtbot, app, "adult")
    assert any(text.startswith("De kaart wordt gelezen") for text in said)
    assert said[-1].startswith("Kaart gelezen")


def test_the_training_panel_offers_every_training_card(qtbot: QtBot, start_counter: StartCounter) -> None:
    app = start_counter()
    panel = app.counter.training_panel
    assert panel is not None
    view = panel.view
    assert view.isVisible()
    assert view.windowTitle().startswith("TRAINING / OEFENING")
    names = [view.card_list.item(row).text() for row in range(view.card_list.count())]
    assert names == [card.name for card in CATALOGUE]
    view.card_list.setCurrentRow(1)
    assert view.description.text() == "Kind van 11 met een Kids-ID: geweigerd, te jong."
    assert view.status_label.text() == "Geen oefenkaart in deze lezer."
    assert not view.remove_button.isEnabled()
    view.card_list.setCurrentRow(3)
    view.applet_combo.setCurrentIndex(view.applet_combo.findData(Applet.V1_7.value))
    with qtbot.waitSignal(app.counter.eid.read_finished, timeout=10_000):
        view.insert_button.click()
    assert app.counter.eid.result is not None
    assert app.counter.eid.result.applet_version == "1.7"
    assert view.status_label.text() == "In de lezer: residence-eu-plus"
    view.remove_button.click()
    assert view.status_label.text() == "Geen oefenkaart in deze lezer."
    qtbot.waitUntil(lambda: app.shell.current_screen() is app.shell.home, timeout=10_000)


def test_production_has_no_training_panel_and_no_training_reader(start_counter: StartCounter) -> None:
    app = start_counter(Profile.PRODUCTION)
    assert app.counter.training_panel is None
    assert app.parts.readers.training is None
    assert app.shell.view.findChild(QWidget, "training-panel") is None
