"""Shared fixtures. Real components only: the suite starts what it needs and fails, never skips."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CARD_DUMPS = Path(__file__).resolve().parent / "data" / "real-card-dumps"


@pytest.fixture(scope="session")
def card_dumps() -> Path:
    """The public specimen-card dumps in tests/data/real-card-dumps (their README names the source)."""
    if not CARD_DUMPS.is_dir():
        pytest.fail(f"the real-card dumps are missing: expected {CARD_DUMPS} in this checkout")
    return CARD_DUMPS
