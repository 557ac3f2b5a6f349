"""Assertions that never print personal data (names, national numbers) in test output."""

from __future__ import annotations

import pytest


def assert_private_equal(actual: object, expected: object, what: str) -> None:
    """Compare personal data without showing it: a mismatch names the field, never the values."""
    __tracebackhide__ = True
    if actual != expected:
        pytest.fail(f"{what} differs from the expected value (values withheld: personal data)", pytrace=False)
