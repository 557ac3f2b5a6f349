"""The composition root picks readers and roots per profile; a combined backend outlives its PC/SC part."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from clerk_app import app
from clerk_app.cardreader.combined import CombinedBackend
from clerk_app.cardreader.connection import CardConnection, ReaderWatcher
from clerk_app.cardreader.pcsc import PcscBackend
from clerk_app.cardreader.simulated.backend import DEFAULT_READER, SimulatedBackend
from clerk_app.cardreader.simulated.training_cards import build_card
from clerk_app.cardreader.trust import PUBLIC_TEST_PINS, TrustStore
from clerk_app.config import Profile, Settings, paths_for, settings_from_mapping
from clerk_app.errors import NoReader, ReaderServiceUnavailable

TODAY = dt.date(2026, 11, 29)


def settings(profile: Profile, tmp_path: Path) -> Settings:
    return settings_from_mapping(profile, paths_for(profile, tmp_path), {})


def test_production_reads_pcsc_and_trusts_only_belgian_roots(tmp_path: Path) -> None:
    readers = app.card_readers(settings(Profile.PRODUCTION, tmp_path))
    assert isinstance(readers.backend, PcscBackend)
    assert readers.training is None
    trust = app.trust_store(settings(Profile.PRODUCTION, tmp_path))
    assert trust.pins == TrustStore.production().pins


def test_training_adds_simulated_readers_and_trusts_only_training_roots(tmp_path: Path) -> None:
    readers = app.card_readers(settings(Profile.TRAINING, tmp_path))
    assert isinstance(readers.backend, CombinedBackend)
    assert isinstance(readers.backend.optional, PcscBackend)
    assert readers.training is readers.backend.primary
    assert DEFAULT_READER in readers.backend.list_readers()
    trust = app.trust_store(settings(Profile.TRAINING, tmp_path))
    assert trust.pins == TrustStore.training().pins


def test_test_roots_only_on_request(tmp_path: Path) -> None:
    for profile in Profile:
        plain = app.trust_store(settings(profile, tmp_path))
        extended = app.trust_store(settings(profile, tmp_path), trust_test_roots=True)
        test_pins = {bytes.fromhex(pin) for pin in PUBLIC_TEST_PINS.values()}
        assert plain.pins.isdisjoint(test_pins)
        assert extended.pins == plain.pins | test_pins


class DownBackend:
    """A PC/SC service that is not running."""

    def list_readers(self) -> list[str]:
        raise ReaderServiceUnavailable("down")

    def connect(self, reader: str) -> CardConnection:
        raise ReaderServiceUnavailable("down")

    def open_watcher(self) -> ReaderWatcher:
        raise ReaderServiceUnavailable("down")


def test_combined_backend_without_the_optional_service() -> None:
    simulated = SimulatedBackend()
    combined = CombinedBackend(simulated, DownBackend())
    assert combined.list_readers() == [DEFAULT_READER]
    card = build_card("adult", today=TODAY)
    simulated.insert(card)
    assert combined.connect(DEFAULT_READER).atr == card.atr
    watcher = combined.open_watcher()
    assert watcher.poll(0) == {DEFAULT_READER: card.atr}
    simulated.remove()
    assert watcher.poll(2) == {DEFAULT_READER: None}
    watcher.close()
    with pytest.raises(ReaderServiceUnavailable):
        combined.connect("Virtual PCD 00 00")


def test_combined_backend_merges_two_sets_of_readers() -> None:
    first, second = SimulatedBackend(["A"]), SimulatedBackend(["B"])
    combined = CombinedBackend(first, second)
    assert combined.list_readers() == ["A", "B"]
    card = build_card("expired", today=TODAY)
    second.insert(card, "B")
    assert combined.connect("B").atr == card.atr
    with pytest.raises(NoReader):
        combined.connect("C")
    watcher = combined.open_watcher()
    assert watcher.poll(0) == {"A": None, "B": card.atr}
    first.insert(build_card("adult", today=TODAY), "A")
    assert watcher.poll(2)["A"] is not None
    second.remove("B")
    assert watcher.poll(2)["B"] is None
    watcher.close()
