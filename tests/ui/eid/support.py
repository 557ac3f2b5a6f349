"""Helpers for the eID path tests: the day the training cards are made for, and what a card must not leave.

Assertions about personal data compare into booleans or lists of widget names, so a failure never prints a
name or a number.
"""

from __future__ import annotations

import datetime as dt

from clerk_app.cardreader.authenticity import TrustStore
from clerk_app.cardreader.beid import BeidSession
from clerk_app.cardreader.simulated.backend import SimulatedBackend
from clerk_app.cardreader.simulated.training_cards import PULLED_PREFIX, build_card

TODAY = dt.date(2026, 11, 29)


def card_secrets(name: str) -> tuple[str, ...]:
    """The personal data on training card ``name`` that must never stay on screen (or be printed)."""
    base = "adult" if name.startswith(PULLED_PREFIX) else name
    backend = SimulatedBackend()
    backend.insert(build_card(base, today=TODAY))
    connection = backend.connect(backend.list_readers()[0])
    try:
        identity = BeidSession(connection, TrustStore.training()).read().identity
    finally:
        connection.close()
    return (identity.first_names, identity.national_number, identity.card_number)
