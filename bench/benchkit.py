"""What several benchmarks share: a private keyring session, a central service process, figure lines.

Benchmarks run as ``python bench/NAME.py``, so this module is importable as ``benchkit`` next to them.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
IN_SESSION = "CLERK_BENCH_IN_SESSION"


def figure(name: str, value: float, unit: str, target: str) -> str:
    """The one line per figure every benchmark ends with."""
    return f"figure: {name} value={value:.2f} unit={unit} target={target}"


def percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def against_floor(name: str, ours: list[float], floors: list[float], factor: float) -> list[str]:
    """The figures of a latency measured against its floor in the same run: the p50 and p99 of both, and
    ours over the floor's, which must stay within ``factor``."""
    ours_p50, ours_p99 = percentile(ours, 0.50), percentile(ours, 0.99)
    floor_p50, floor_p99 = percentile(floors, 0.50), percentile(floors, 0.99)
    return [
        figure(f"{name}_p50", ours_p50, "ms", f"<={factor * floor_p50:.1f}"),
        figure(f"{name}_p99", ours_p99, "ms", f"<={factor * floor_p99:.1f}"),
        figure(f"{name}_floor_p50", floor_p50, "ms", "-"),
        figure(f"{name}_floor_p99", floor_p99, "ms", "-"),
        figure(f"{name}_p50_vs_floor", ours_p50 / floor_p50, "ratio", f"<={factor}"),
        figure(f"{name}_p99_vs_floor", ours_p99 / floor_p99, "ratio", f"<={factor}"),
    ]


def in_private_keyring_session() -> bool:
    """True inside the session; otherwise run this script again in its own D-Bus session with a throwaway,
    unlocked gnome-keyring (your own keyring is never touched) and exit with its status."""
    if os.environ.get(IN_SESSION) == "1":
        return True
    keyring_home = tempfile.mkdtemp(prefix="clerk-bench-keyring-")
    env = {**os.environ, IN_SESSION: "1", "XDG_DATA_HOME": keyring_home, "XDG_RUNTIME_DIR": keyring_home}
    script = (
        'printf clerk-bench | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; exec "$@"'
    )
    try:
        status = subprocess.call(
            ["dbus-run-session", "--", "bash", "-c", script, "bench", sys.executable, *sys.argv], env=env
        )
    finally:
        shutil.rmtree(keyring_home, ignore_errors=True)
    sys.exit(status)


@contextmanager
def central_service(environment: dict[str, str]) -> Iterator[str]:
    """``central-service serve`` in its own process on a free loopback port; yields its base URL."""
    process = subprocess.Popen(
        [sys.executable, "-m", "central_service", "serve", "--listen", "127.0.0.1:0"],
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    assert process.stdout is not None
    url = ""
    line = ""
    for line in process.stdout:
        found = re.search(r"listening on (http://\S+)", line)
        if found:
            url = found.group(1)
            break
    if not url:
        process.wait()
        sys.exit(f"central-service serve did not start:\n{line}")
    drain = threading.Thread(target=lambda: [None for _ in process.stdout or ()], daemon=True)
    drain.start()
    try:
        yield url
    finally:
        process.terminate()
        process.wait(timeout=30)


def enrol(url: str, environment: dict[str, str], centre: str = "stadskantoor") -> str:
    """A workstation token, enrolled as the app does: a one-time code from the admin command, then the API."""
    code = subprocess.run(
        [sys.executable, "-m", "central_service", "admin", "enrol", "--centre", centre],
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    response = httpx.post(f"{url}/v1/enrolments", json={"code": code, "workstation": "bench"})
    response.raise_for_status()
    token: str = response.json()["token"]
    return token
