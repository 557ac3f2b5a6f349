"""``clerk-app card …``: reader listing, reading, parsing dumped files, simulating a card."""

from __future__ import annotations

import argparse
from typing import Any


def register(sub: argparse._SubParsersAction[Any]) -> None:
    sub.add_parser("card", help="card reader tools for support staff")
