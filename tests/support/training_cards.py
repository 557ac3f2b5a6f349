"""The training cards as the card tests use them: the catalogue's eID cards and the day they are made for."""

from __future__ import annotations

import datetime as dt

from clerk_app.cardreader.simulated.training_cards import CATALOGUE

#: The day the tests make the training cards for (their dates are relative to it).
CARD_DAY = dt.date(2026, 11, 29)
#: Every catalogue card that is an eID card and is read whole (not "not-eid", not a "pulled-after-N").
EID_CARDS = [
    entry.name for entry in CATALOGUE if entry.name != "not-eid" and not entry.name.startswith("pulled")
]
