"""The home screen's reader state for a card service without readers, and the model behind every state."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from clerk_app.app import CardReaders
from clerk_app.cardreader.connection import CardConnection, ReaderSnapshot
from clerk_app.cardreader.monitor import CardInserted, CardRemoved, ReadersChanged, ServiceUnavailable
from clerk_app.cardreader.trust import TrustStore
from clerk_app.storage import Store
from clerk_app.ui.card_path import attach_card_path
from clerk_app.ui.composition import UiServices
from clerk_app.ui.reader_bridge import ReaderModel
from clerk_app.ui.reader_state import ReaderState
from clerk_app.ui.shell import Shell
from tests.support.registration_flow import CounterStore


class _NoReaders:
    """A card service that runs with no reader plugged in (what a bare PC/SC service reports)."""

    def list_readers(self) -> list[str]:
        return []

    def connect(self, reader: str) -> CardConnection:
        raise AssertionError("nothing to connect to")

    def open_watcher(self) -> _NoReaders:
        return self

    def poll(self, timeout: float) -> ReaderSnapshot:
        return {}

    def close(self) -> None:
        """Nothing to release."""


def test_no_reader_is_said_in_words(
    qtbot: QtBot, make_shell: Callable[..., Shell], ui: UiServices, real_store: Store
) -> None:
    shell = make_shell(registrar=CounterStore(real_store))
    card_path = attach_card_path(shell, CardReaders(_NoReaders(), None), TrustStore.production(), ui)
    try:
        qtbot.waitUntil(lambda: card_path.eid.reader_state is ReaderState.NO_READER, timeout=10_000)
        assert shell.home.reader_state_label.text().startswith("Geen kaartlezer")
        assert card_path.training_panel is None
    finally:
        card_path.close()


def test_the_card_reader_needs_the_register_step(make_shell: Callable[..., Shell], ui: UiServices) -> None:
    """The eID path ends in the shared register step; a shell without one is refused, not half-wired."""
    shell = make_shell()
    with pytest.raises(ValueError, match="register step"):
        attach_card_path(shell, CardReaders(_NoReaders(), None), TrustStore.production(), ui)
    assert not shell.home.eid_button.isEnabled()


def test_reader_model_follows_the_monitor() -> None:
    model = ReaderModel()
    assert model.base_state() is ReaderState.NO_SERVICE
    model.apply(ReadersChanged(()))
    assert model.base_state() is ReaderState.NO_READER
    model.apply(ReadersChanged(("A", "B")))
    assert model.base_state() is ReaderState.NO_CARD
    model.apply(CardInserted("B", b"\x3b"))
    assert model.base_state() is ReaderState.CARD_PRESENT
    assert model.first_card_reader() == "B"
    model.apply(CardRemoved("B"))
    assert model.base_state() is ReaderState.NO_CARD
    model.apply(CardInserted("A", b"\x3b"))
    model.apply(ServiceUnavailable())
    assert model.base_state() is ReaderState.NO_SERVICE
    assert model.cards == {}
    assert model.first_card_reader() is None
