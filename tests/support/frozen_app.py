"""The built bundle and its installed copy, as the bundle tests see them (fixtures in conftest.py)."""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

from bundle.build import BuildRecord

RUN_TIMEOUT = 180


@dataclass(frozen=True)
class Built:
    folder: Path
    record: BuildRecord


@dataclass(frozen=True)
class Installed:
    """The bundle copied into a read-only folder; :meth:`run` starts one of its programs."""

    folder: Path

    def run(
        self, program: str, *args: str, env: dict[str, str] | None = None, timeout: float = RUN_TIMEOUT
    ) -> subprocess.CompletedProcess[str]:
        """Run ``program`` with the suite's environment (its keyring session, its pcscd) updated by ``env``,
        and check that it wrote nothing into its own folder."""
        before = tree_state(self.folder)
        environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
        environment.pop("PYTHONDONTWRITEBYTECODE", None)  # the bundle must not need it to stay unwritten
        result = subprocess.run(
            [str(self.folder / program), *args],
            capture_output=True,
            text=True,
            env=environment,
            timeout=timeout,
            check=False,
        )
        assert tree_state(self.folder) == before, f"{program} {' '.join(args)} wrote into its own folder"
        return result


def tree_state(folder: Path) -> dict[str, tuple[int, int, int]]:
    """Every entry's size, modification time and mode: any write, new file or chmod changes it."""
    state = {}
    for path in [folder, *folder.rglob("*")]:
        info = path.lstat()
        state[path.relative_to(folder).as_posix()] = (info.st_size, info.st_mtime_ns, info.st_mode)
    return state
