"""Wait for what another thread or process does without telling anyone: a file, a row, a port, a flag.

The one polling loop of the suite. Where the awaited thing emits a signal or sets an event, wait on that
instead (``qtbot.waitSignal``, :class:`threading.Event`); this is for the rest, and always waits for the
real event, never for a guessed length of time.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def wait_until(condition: Callable[[], T], *, timeout: float = 15.0, what: str = "the condition") -> T:
    """``condition()`` once it is true (its value, e.g. the item found); fails after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:g} s waiting for {what}")
        time.sleep(0.02)  # polling: what is awaited happens elsewhere and announces itself to no one
