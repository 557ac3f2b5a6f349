"""Shared fixtures. Real components only: the suite starts what it needs and fails, never skips."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CARD_DUMPS = SHARED / "testdata" / "real-card-dumps"


@pytest.fixture(scope="session")
def card_dumps() -> Path:
    """The real test-card dumps in ../shared/testdata (never copied into the project)."""
    if not CARD_DUMPS.is_dir():
        pytest.fail(f"the shared test data is missing: expected {CARD_DUMPS} next to this checkout")
    return CARD_DUMPS
