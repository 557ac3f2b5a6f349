"""``clerk-app``'s arguments: the GUI starts without importing the support commands' modules, and the
modules on the way to the first window leave the libraries they need only later unimported."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from clerk_app.__main__ import parse_arguments

#: Loaded by the sub-commands, the card reader, the store or a first registration; never before the window.
LATER = (
    "clerk_app.app",
    "clerk_app.commands",
    "clerk_app.storage",
    "clerk_app.sync",
    "clerk_app.cardreader",
    "sqlalchemy",
    "smartcard",
    "cryptography",
    "httpx",
    "keyring",
    "email_validator",
    "pycountry",
    "stdnum",
    "tomllib",
    "platformdirs",
)

_PROBE = """
import json, sys
from clerk_app.__main__ import parse_arguments
args = parse_arguments(["--training", "--lang", "fr"])
import clerk_app.ui.main
later = json.loads(sys.argv[1])
print(json.dumps({
    "loaded": sorted(m for m in later if m in sys.modules or any(k.startswith(m + ".") for k in sys.modules)),
    "training": args.training,
    "lang": args.lang,
    "command": getattr(args, "command", None),
}))
"""


def test_the_gui_path_imports_nothing_it_needs_only_later(tmp_path: Path) -> None:
    """A fresh interpreter, as ``clerk-app`` starts: its arguments, then the module that opens the window."""
    env = {**os.environ, "CLERK_APP_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, json.dumps(LATER)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=True,
    )
    seen = json.loads(done.stdout)
    assert seen == {"loaded": [], "training": True, "lang": "fr", "command": None}


def test_a_sub_command_gets_the_full_parser() -> None:
    args = parse_arguments(["--training", "db", "verify"])
    assert args.training
    assert (args.command, args.db_command) == ("db", "verify")
    assert callable(args.handler)


def test_help_lists_the_sub_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        parse_arguments(["--help"])
    assert stopped.value.code == 0
    out = capsys.readouterr().out
    assert all(command in out for command in ("card", "db", "sync", "--training", "--self-test"))


def test_a_wrong_gui_option_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        parse_arguments(["--lang", "de"])
    assert stopped.value.code == 2
    assert "invalid choice: 'de'" in capsys.readouterr().err


def test_an_unknown_command_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        parse_arguments(["frobnicate"])
    assert stopped.value.code == 2
    assert "invalid choice: 'frobnicate'" in capsys.readouterr().err
