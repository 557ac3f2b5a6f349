"""Composition root: the only place that picks real or simulated parts for a profile (architecture §1).

Production reads PC/SC readers and trusts only the Belgium Root CAs. Training adds in-process readers whose
cards the training panel inserts, keeps every PC/SC reader too (so a card put into pcscd's virtual reader by
``clerk-app card simulate`` is read through the real stack), and trusts only the training roots.

:func:`open_counter` opens everything the running counter application needs below the UI, for the
settings' profile, and either returns all of it or raises having closed what it had opened. The UI never
imports this module: the entry point (``clerk_app/__main__.py``) hands it ``open_counter``, imported only once
the first window shows (pyscard and cryptography are slow to import), and the parts start their own sync.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass

from clerk_app.cardreader.combined import CombinedBackend
from clerk_app.cardreader.connection import ReaderBackend
from clerk_app.cardreader.pcsc import PcscBackend
from clerk_app.cardreader.simulated.backend import SimulatedBackend
from clerk_app.cardreader.trust import TrustStore
from clerk_app.config import Settings
from clerk_app.secrets import SecretStore
from clerk_app.storage import Store
from clerk_app.sync.relay import SyncState
from clerk_app.sync.service import SyncService


@dataclass(frozen=True)
class CardReaders:
    backend: ReaderBackend  # what the reader monitor and the card-reading worker use
    training: SimulatedBackend | None  # where the training panel inserts cards; None in production


def card_readers(settings: Settings) -> CardReaders:
    if settings.training:
        simulated = SimulatedBackend()
        return CardReaders(CombinedBackend(simulated, PcscBackend()), simulated)
    return CardReaders(PcscBackend(), None)


def trust_store(settings: Settings, *, trust_test_roots: bool = False) -> TrustStore:
    """The roots a card must chain to; ``trust_test_roots`` adds the public test cards (support only)."""
    store = TrustStore.training() if settings.training else TrustStore.production()
    return store.with_test_roots() if trust_test_roots else store


@dataclass(frozen=True)
class CounterParts:
    """What the counter application runs on, below the UI; :meth:`close` when the application ends."""

    settings: Settings
    secrets: SecretStore
    store: Store
    readers: CardReaders
    trust: TrustStore
    _resources: ExitStack

    def start_sync(self, centre_id: str, on_state: Callable[[SyncState], None]) -> SyncParts:
        """:func:`start_sync` for these parts (the UI is handed the parts, never this module)."""
        return start_sync(self, centre_id, on_state)

    def close(self) -> None:
        self._resources.close()


def open_counter(settings: Settings, secrets: SecretStore | None = None) -> CounterParts:
    """Open the profile's keyring entries, registration store, card readers and trust store.

    ``secrets`` replaces the profile's keyring entries (the self-test keeps its database key under a
    throwaway service). Raises :class:`~clerk_app.errors.SecretStoreError` for a missing or refused keyring
    and :class:`~clerk_app.errors.StorageError` (key, upgrade) for the store; nothing stays open when
    anything fails.
    """
    with ExitStack() as resources:
        secrets = secrets if secrets is not None else SecretStore(settings.keyring_service)
        store = resources.enter_context(Store.open(settings, secrets))
        readers, trust = card_readers(settings), trust_store(settings)
        return CounterParts(settings, secrets, store, readers, trust, resources.pop_all())


@dataclass(frozen=True)
class SyncParts:
    """The running link to the central service; :meth:`close` stops it (and training's own service)."""

    service: SyncService
    _resources: ExitStack

    def close(self) -> None:
        self._resources.close()


def start_sync(parts: CounterParts, centre_id: str, on_state: Callable[[SyncState], None]) -> SyncParts:
    """Start sending waiting registrations in the background.

    Production uses the central service of the settings (off when none is configured; paused until the
    workstation is enrolled). Training starts its own central service on loopback, with its data and
    mailbox in the training folder, and enrols by itself for ``centre_id``, so the whole chain works
    offline and can never reach production. Slow (training imports and starts a web service): call it off
    the GUI thread.
    """
    service = SyncService(parts.store.outbox, parts.secrets, parts.settings.central, on_state=on_state)
    with ExitStack() as resources:
        if parts.settings.training:
            from clerk_app.training_central import enrol_for_training, start_training_central

            central = resources.enter_context(start_training_central(parts.settings))
            enrol_for_training(service, central, centre_id)
        resources.callback(service.stop)  # before the training service closes: the relay talks to it
        service.start()
        return SyncParts(service, resources.pop_all())
