"""Build the counter app's one-folder bundle: ``python -m bundle.build [--if-changed]``.

``scripts/package`` (Linux) and ``scripts/package.ps1`` (Windows) run this. It compiles the translation
catalogues, runs PyInstaller on ``bundle/clerk-app.spec`` into ``dist/clerk-app/`` and then writes
``dist/clerk-app.build.json``: the digest of every input, the build's wall time and the bundle's size.
The inputs are the three distributions' sources, ``resources/``, this folder, and the exact version of
every installed distribution (PyInstaller and Python included), so ``--if-changed`` can skip a build
whose result would be the same: the test suite builds once and reuses the folder until something changes.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.metadata
import json
import platform
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from bundle.contents import NAME, ROOT

SPEC = ROOT / "bundle" / "clerk-app.spec"
#: What the bundle is made of, besides the installed distributions.
SOURCES = (
    "clerk_app",
    "central-service/central_service",
    "activation-code/activation_code",
    "resources",
    "bundle",
    "pyproject.toml",
    "central-service/pyproject.toml",
    "activation-code/pyproject.toml",
)
_SKIPPED = {"__pycache__", ".mypy_cache", ".ruff_cache"}


@dataclass(frozen=True)
class BuildRecord:
    """``<dist>/clerk-app.build.json``: which inputs made the folder next to it, in how long, how big."""

    inputs: str
    seconds: float
    bytes: int
    python: str
    platform: str

    @classmethod
    def read(cls, path: Path) -> BuildRecord | None:
        try:
            return cls(**json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError, TypeError):
            return None


def _files(root: Path) -> Iterator[Path]:
    for relative in SOURCES:
        path = root / relative
        if path.is_file():
            yield path
        elif path.is_dir():
            yield from sorted(
                p
                for p in path.rglob("*")
                if p.is_file() and not _SKIPPED & set(p.parts) and p.suffix != ".pyc"
            )
        else:
            raise FileNotFoundError(f"bundle input {path} is missing")


def inputs_digest(root: Path = ROOT) -> str:
    """SHA-256 over the sources (path and content) and the installed distributions' names and versions."""
    digest = hashlib.sha256()
    for path in _files(root):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    installed = sorted(
        f"{dist.metadata['Name']}=={dist.version}" for dist in importlib.metadata.distributions()
    )
    digest.update("\n".join([sys.version, platform.platform(), *installed]).encode())
    return digest.hexdigest()


def folder_size(folder: Path) -> int:
    """Bytes of the regular files (symbolic links inside the bundle count nothing)."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def record_path(dist: Path) -> Path:
    return dist / f"{NAME}.build.json"


def build(dist: Path, work: Path, *, if_changed: bool) -> tuple[BuildRecord, bool]:
    """Build into ``dist/clerk-app`` unless ``if_changed`` and the last build had the same inputs.

    Returns the record of the folder now there and whether it was built this time.
    """
    subprocess.run([sys.executable, "-m", "tools.catalogue", "build"], cwd=ROOT, check=True)
    digest = inputs_digest()
    record_file = record_path(dist)
    previous = BuildRecord.read(record_file)
    if if_changed and previous is not None and previous.inputs == digest and (dist / NAME).is_dir():
        return previous, False
    record_file.unlink(missing_ok=True)  # a failed build must not look current
    target = dist / NAME
    if target.exists():
        _make_writable(target)  # an install test may have made it read-only
        shutil.rmtree(target)
    started = time.monotonic()
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    command += ["--distpath", str(dist), "--workpath", str(work), str(SPEC)]
    subprocess.run(command, cwd=ROOT, check=True)
    record = BuildRecord(
        inputs=digest,
        seconds=round(time.monotonic() - started, 1),
        bytes=folder_size(target),
        python=platform.python_version(),
        platform=platform.platform(),
    )
    record_file.write_text(json.dumps(asdict(record), indent=2) + "\n", encoding="utf-8")
    return record, True


def _make_writable(folder: Path) -> None:
    for path in [folder, *folder.rglob("*")]:
        if not path.is_symlink():
            path.chmod(path.stat().st_mode | 0o200)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/package", description=__doc__.splitlines()[0])
    parser.add_argument("--if-changed", action="store_true", help="keep the last build if its inputs match")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default: dist)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller", help="scratch folder")
    args = parser.parse_args(argv)
    record, built = build(args.dist.resolve(), args.work.resolve(), if_changed=args.if_changed)
    state = f"built in {record.seconds:.0f} s" if built else f"up to date (built in {record.seconds:.0f} s)"
    print(f"{args.dist / NAME}: {state}, {record.bytes / 2**20:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
