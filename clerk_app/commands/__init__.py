"""Sub-commands of ``clerk-app`` for support staff.

Every module in this package that defines ``register(subparsers)`` adds its own sub-command, so a new
command is one new module and nothing else changes.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
from typing import Any


def register_all(sub: argparse._SubParsersAction[Any]) -> None:
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(sub)
