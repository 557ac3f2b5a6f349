"""The bundle is built once per run of the suite (and only when an input changed since the last build,
see bundle/build.py), then installed the way an administrator installs it: copied into a folder the user
cannot write to."""

from __future__ import annotations

import shutil
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from bundle.build import BuildRecord, record_path
from bundle.contents import NAME, ROOT
from tests.support.frozen_app import Built, Installed
from tests.support.pcsc_fixtures import pcsc_stack, vpcd_reader

__all__ = ["pcsc_stack", "vpcd_reader"]

DIST = ROOT / "dist"
#: A first build takes one to three minutes on the 2-core CI machine.
BUILD_TIMEOUT = 1500


@pytest.fixture(scope="session")
def built_bundle() -> Built:
    result = subprocess.run(
        [sys.executable, "-m", "bundle.build", "--if-changed", "--dist", str(DIST)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT,
        check=False,
    )
    if result.returncode != 0:
        pytest.fail(
            f"scripts/package failed:\n{result.stdout[-3000:]}\n{result.stderr[-6000:]}", pytrace=False
        )
    record = BuildRecord.read(record_path(DIST))
    assert record is not None, f"no build record next to {DIST / NAME}"
    return Built(DIST / NAME, record)


@pytest.fixture(scope="session")
def installed_bundle(built_bundle: Built, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Installed]:
    target = tmp_path_factory.mktemp("install") / NAME
    shutil.copytree(built_bundle.folder, target, symlinks=True)
    _set_writable(target, writable=False)
    yield Installed(target)
    _set_writable(target, writable=True)  # so the temporary folder can be removed


def _set_writable(folder: Path, *, writable: bool) -> None:
    write = stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH
    for path in [folder, *folder.rglob("*")]:
        if not path.is_symlink():
            mode = path.stat().st_mode
            path.chmod((mode | stat.S_IWUSR) if writable else (mode & ~write))
