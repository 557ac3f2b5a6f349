"""Run a test as on a computer set to another time zone (the process's TZ, as the OS would set it)."""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator

#: 09:30 UTC is 23:30 the day before here: a slip or an e-mail on the computer's clock shows the wrong day.
HONOLULU = "Pacific/Honolulu"


@contextlib.contextmanager
def computer_time_zone(name: str) -> Iterator[None]:
    before = os.environ.get("TZ")
    os.environ["TZ"] = name
    time.tzset()
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = before
        time.tzset()
