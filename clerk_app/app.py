"""Composition root: the only place that picks real or simulated parts for a profile (architecture §1).

Production reads PC/SC readers and trusts only the Belgium Root CAs. Training adds in-process readers whose
cards the training panel inserts, keeps every PC/SC reader too (so a card put into pcscd's virtual reader by
``clerk-app card simulate`` is read through the real stack), and trusts only the training roots.
"""

from __future__ import annotations

from dataclasses import dataclass

from clerk_app.cardreader.authenticity import TrustStore
from clerk_app.cardreader.combined import CombinedBackend
from clerk_app.cardreader.connection import ReaderBackend
from clerk_app.cardreader.pcsc import PcscBackend
from clerk_app.cardreader.simulated.backend import SimulatedBackend
from clerk_app.config import Settings


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
