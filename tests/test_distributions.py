"""The repository's three distributions stay apart.

A server install of the central service needs nothing of the counter (no Qt, no pyscard, no SQLCipher, no
key store), and the shared activation-code contract needs neither program.
"""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

#: What only the counter needs: none of it may reach a server install.
DESKTOP_ONLY = {"clerk-app", "pyside6", "pyside6-essentials", "pyscard", "sqlcipher3", "keyring"}


def _requirements(distribution: str) -> list[str]:
    """The distributions ``distribution`` needs on this platform, extras left out."""
    needed = []
    for line in importlib.metadata.requires(distribution) or []:
        requirement = Requirement(line)
        if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
            needed.append(canonicalize_name(requirement.name))
    return needed


def _installed_closure(distribution: str) -> set[str]:
    """Every distribution an install of ``distribution`` pulls in."""
    seen: set[str] = set()
    todo = [distribution]
    while todo:
        name = todo.pop()
        if name not in seen:
            seen.add(name)
            todo.extend(_requirements(name))
    return seen


def test_a_server_install_pulls_in_nothing_of_the_counter() -> None:
    closure = _installed_closure("central-service")
    assert "activation-code" in closure and "fastapi" in closure
    assert not closure & DESKTOP_ONLY, sorted(closure & DESKTOP_ONLY)


def test_the_counter_depends_on_the_contract_and_the_training_service_explicitly() -> None:
    direct = set(_requirements("clerk-app"))
    assert {"activation-code", "central-service"} <= direct


def test_the_shared_contract_depends_on_neither_program() -> None:
    closure = _installed_closure("activation-code")
    assert not closure & {"clerk-app", "central-service", *DESKTOP_ONLY}, sorted(closure)


@pytest.mark.parametrize(
    ("package", "forbidden"),
    [
        ("central_service", ("clerk_app", "PySide6", "smartcard", "sqlcipher3", "keyring")),
        ("activation_code", ("clerk_app", "central_service")),
    ],
)
def test_importing_every_module_loads_nothing_forbidden(package: str, forbidden: tuple[str, ...]) -> None:
    """A fresh interpreter imports every module of the package and reports what else got loaded."""
    probe = f"""
import importlib, pkgutil, sys
root = importlib.import_module({package!r})
names = [root.__name__] + [m.name for m in pkgutil.walk_packages(root.__path__, root.__name__ + ".")
                           if ".migrations" not in m.name]
for name in names:
    importlib.import_module(name)
loaded = sorted({{m.split(".")[0] for m in sys.modules}} & set({forbidden!r}))
print(len(names), ",".join(loaded))
"""
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=False, timeout=120
    )
    assert result.returncode == 0, result.stderr
    count, loaded = result.stdout.split()[0], result.stdout.strip().partition(" ")[2]
    assert int(count) >= 1
    assert loaded == "", f"importing {package} loaded {loaded}"
