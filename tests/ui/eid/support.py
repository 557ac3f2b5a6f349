"""Helpers for the eID path tests: the day the training cards are made for, what a card must not leave."""

from __future__ import annotations

import datetime as dt

from clerk_app.cardreader.simulated.training_cards import build_card, national_number

TODAY = dt.date(2026, 11, 29)
