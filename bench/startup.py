"""Cold start: process start to the main window painted, against a bare PySide6 window in the same run.

Each sample is a fresh Python process (offscreen Qt) timed from just before it is spawned until it
reports the first paint of its window. The bare floor imports PySide6, creates a QApplication and shows
an empty QMainWindow. The application sample does what ``clerk-app --training`` does up to the main
window: it reads its arguments through the real entry point, then fonts, settings, translations, crash
handler, and the main window with the flows a signed-in clerk gets (the register step and the manual
path), which build their screens when first used, as in the application. Two things are left out
because the sign-in dialog waits for a person while they happen: the dialog itself, and opening the
keyring and the store (a registrar that is never called stands in for the store). Runs alternate
between the two, after one discarded warm-up each.

Both run from byte-compiled modules, as an installed application does (pip and the bundle ship them):
the children get a bytecode cache of their own in the benchmark's temporary folder, filled by the
warm-up runs, even where ``PYTHONDONTWRITEBYTECODE`` is set (``scripts/test`` sets it), which would
otherwise make every run compile the application's sources again.

    .venv/bin/python bench/startup.py [--runs 15]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_RATIO = 1.6
READY = "painted"

#: Both children start with this: the probe that reports their window's first paint on stdout.
_PROBE = f"""
import sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

class Painted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print("{READY}", flush=True)
            QApplication.exit(0)
        return False
"""

_BARE = (
    _PROBE
    + """
from PySide6.QtWidgets import QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(960, 680)
probe = Painted()
window.installEventFilter(probe)
window.show()
sys.exit(app.exec())
"""
)

_APP = (
    _PROBE
    + """
from clerk_app.__main__ import parse_arguments

args = parse_arguments(["--training"])

from clerk_app.config import Profile, load_settings
from clerk_app.domain.registration import Clerk
from clerk_app.ui.errors import CrashHandler
from clerk_app.ui.composition import application, create_shell, prepare_ui
from clerk_app.ui.session import CounterSession

class NeverCalled:
    def register(self, request):
        raise AssertionError("the start-up benchmark registers nothing")

app = application()
settings = load_settings(Profile.TRAINING if args.training else Profile.PRODUCTION)
settings.paths.ensure()
services = prepare_ui(app, args.lang or settings.ui_language)
crash = CrashHandler(settings.paths.log_dir, parent_window=app.activeWindow)
crash.install()
session = CounterSession(Clerk("Bench", "B0001"), settings.centres[0], training=settings.training)
shell = create_shell(app, settings, session, services, registrar=NeverCalled())
probe = Painted()
shell.view.installEventFilter(probe)
shell.view.show()
sys.exit(app.exec())
"""
)


def sample(code: str, env: dict[str, str]) -> float:
    """Seconds from spawning a Python process running ``code`` to its window's first paint."""
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env
    )
    assert child.stdout is not None
    line = child.stdout.readline().strip()
    elapsed = time.perf_counter() - start
    if child.wait(timeout=60) != 0 or line != READY:
        raise RuntimeError(f"the child did not report its window (exit {child.returncode}, said {line!r})")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="clerk-bench-") as home:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CLERK_APP_HOME": home}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(Path(home) / "pycache")
        env["PYTHONPATH"] = os.pathsep.join(
            filter(None, [str(Path(__file__).resolve().parents[1]), env.get("PYTHONPATH")])
        )
        sample(_BARE, env)
        sample(_APP, env)
        bare, full = [], []
        for _ in range(args.runs):
            bare.append(sample(_BARE, env))
            full.append(sample(_APP, env))
    bare_ms = statistics.median(bare) * 1000
    full_ms = statistics.median(full) * 1000
    ratio = full_ms / bare_ms
    print(
        f"runs: {args.runs} each; bare p50 {bare_ms:.0f} ms (min {min(bare) * 1000:.0f}), "
        f"app p50 {full_ms:.0f} ms (min {min(full) * 1000:.0f})"
    )
    print(f"figure: startup_bare_window value={bare_ms:.0f} unit=ms target=floor")
    print(f"figure: startup_main_window value={full_ms:.0f} unit=ms target={bare_ms * TARGET_RATIO:.0f}")
    print(f"figure: startup_ratio value={ratio:.2f} unit=x target={TARGET_RATIO}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
