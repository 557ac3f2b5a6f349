"""Sub-commands of ``clerk-app`` for support staff. Each module adds its parsers and handlers."""

from __future__ import annotations

import argparse
import importlib
from typing import Any

_MODULES = ("clerk_app.commands.card",)


def register_all(sub: argparse._SubParsersAction[Any]) -> None:
    for name in _MODULES:
        importlib.import_module(name).register(sub)
