"""A monotonic clock the test moves by hand, for code that measures elapsed time (idle clearing)."""

from __future__ import annotations


class HandClock:
    """Seconds since an arbitrary start; only :meth:`advance` moves it."""

    def __init__(self) -> None:
        self._now = 1000.0

    def __call__(self) -> float:
        return self._now

    def advance(self, seconds: float) -> None:
        self._now += seconds
