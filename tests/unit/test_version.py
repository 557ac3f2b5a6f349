"""One version, from pyproject.toml: ``clerk-app --version`` prints it, and the GUI's start does not pay for
looking it up. (The crash report and the About box show it too: tests/ui/test_errors.py, test_shell.py.)"""

from __future__ import annotations

import importlib.metadata
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from clerk_app.__main__ import parse_arguments
from clerk_app.version import app_version

ROOT = Path(__file__).resolve().parents[2]


def pyproject_version() -> str:
    version: str = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    return version


def test_the_version_is_the_one_in_pyproject() -> None:
    assert app_version() == pyproject_version() == importlib.metadata.version("clerk-app")


def test_version_option_prints_it_and_exits(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        parse_arguments(["--training", "--version"])
    assert stopped.value.code == 0
    assert capsys.readouterr().out == f"clerk-app {pyproject_version()}\n"


def test_the_installed_command_prints_it() -> None:
    program = Path(sys.executable).with_name("clerk-app")
    done = subprocess.run([str(program), "--version"], capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout == f"clerk-app {pyproject_version()}\n"


def test_starting_the_gui_does_not_read_package_metadata(tmp_path: Path) -> None:
    probe = (
        "import sys\n"
        "from clerk_app.__main__ import parse_arguments\n"
        "parse_arguments(['--training'])\n"
        "import clerk_app.ui.main\n"
        "print('importlib.metadata' in sys.modules)\n"
    )
    env = {**os.environ, "CLERK_APP_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=60, check=True
    )
    assert done.stdout.strip() == "False"
