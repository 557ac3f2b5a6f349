"""The real PC/SC stack for tests: pcscd with the vpcd virtual readers, and simulated cards inside them.

Import it from any test folder (``tests/`` is on ``sys.path``, so ``from support.pcsc_stack import ...``);
pytest fixtures built on it are in :mod:`support.pcsc_fixtures`.

- :func:`shared_stack` returns the one stack of this test process. If pcscd is not running it starts
  ``pcscd -f`` as a child (needs root for ``/run/pcscd``, as in CI) and stops it at exit; if a pcscd is
  already running (a developer's machine) it is used as is.
- :meth:`PcscStack.reader` gives a :class:`VirtualReader` ("Virtual PCD 00 00" or "00 01") whose
  ``insert(card)`` / ``remove()`` return only once pcscd itself reports the change (pcscd polls vpcd every
  ~400 ms, so each takes up to about half a second).
- :meth:`PcscDaemon.restart` stops and starts the suite's pcscd in the middle of a test; it refuses (the test
  fails with the reason) when pcscd was not started by the suite, since tests never end others' processes.

Nothing here skips: if pcscd or vpcd cannot be used, the calling test fails and the message says why.
"""

from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import tempfile
import threading
import time
from pathlib import Path

from clerk_app.cardreader.pcsc import PcscBackend, PcscWatcher
from clerk_app.cardreader.simulated.card import SimulatedCard
from clerk_app.cardreader.simulated.vpcd import VPCD_PORT, VPCD_READERS, VpcdBridge
from clerk_app.errors import ReaderServiceUnavailable

START_TIMEOUT = 10.0
STATE_TIMEOUT = 5.0


class StackError(RuntimeError):
    """The real stack cannot be used; the message says why and what to do."""


class PcscDaemon:
    """pcscd: the running one, or a child of this test process."""

    def __init__(self) -> None:
        self._process: subprocess.Popen[bytes] | None = None
        folder = Path(os.environ.get("CLERK_TEST_WORKDIR") or tempfile.gettempdir())
        self.log_path = folder / f"pcscd-{os.getpid()}.log"

    @property
    def owned(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def ensure_running(self) -> None:
        if self._answers():
            self._check_vpcd_readers()
            return
        self._start()

    def restart(self) -> None:
        """Stop the suite's pcscd and start a new one (readers come back; cards are re-detected)."""
        if not self.owned:
            raise StackError(
                "pcscd was not started by the test suite, so the suite may not restart it; "
                "stop the system's pcscd (e.g. `systemctl stop pcscd.socket pcscd`) and run the tests again"
            )
        self.stop()
        self._start()

    def stop(self) -> None:
        if self._process is None:
            return
        process, self._process = self._process, None
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=5)

    def _start(self) -> None:
        binary = shutil.which("pcscd") or ("/usr/sbin/pcscd" if Path("/usr/sbin/pcscd").exists() else None)
        if binary is None:
            raise StackError("pcscd is not installed; run scripts/setup (Debian package pcscd)")
        log = self.log_path.open("ab")
        try:
            self._process = subprocess.Popen(
                [binary, "--foreground", "--info"],
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        finally:
            log.close()
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise StackError(
                    f"pcscd exited with status {self._process.returncode} right after starting "
                    f"(it needs root for /run/pcscd); its log: {self._log_tail()}"
                )
            if self._answers():
                self._check_vpcd_readers()
                return
            time.sleep(0.02)
        raise StackError(f"pcscd did not answer within {START_TIMEOUT:.0f} s; its log: {self._log_tail()}")

    def _answers(self) -> bool:
        try:
            PcscBackend().list_readers()
        except ReaderServiceUnavailable:
            return False
        return True

    def _check_vpcd_readers(self) -> None:
        readers = PcscBackend().list_readers()
        missing = [name for name in VPCD_READERS.values() if name not in readers]
        if missing:
            raise StackError(
                f"pcscd runs but shows no {missing[0]!r} reader (readers: {readers}); "
                "install vsmartcard-vpcd (scripts/setup) and restart pcscd"
            )

    def _log_tail(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-2000:] or "(empty)"
        except OSError:
            return "(no log)"


class VirtualReader:
    """One vpcd reader with a bridge that can hold a simulated card."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.name = VPCD_READERS[port]
        self.bridge = VpcdBridge(port=port)

    def insert(self, card: SimulatedCard, timeout: float = STATE_TIMEOUT) -> None:
        """Put ``card`` in and wait until pcscd shows it (with its ATR)."""
        self.bridge.insert(card)
        self.wait_for(card.atr, timeout)

    def remove(self, timeout: float = STATE_TIMEOUT) -> None:
        """Take the card out and wait until pcscd shows the reader empty."""
        self.bridge.remove()
        self.wait_for(None, timeout)

    def wait_for(self, atr: bytes | None, timeout: float = STATE_TIMEOUT) -> None:
        """Wait until pcscd reports ``atr`` in this reader (None: empty)."""
        deadline = time.monotonic() + timeout
        watcher = PcscWatcher()
        try:
            while True:
                remaining = deadline - time.monotonic()
                state = watcher.poll(max(0.0, min(remaining, 0.5))).get(self.name, "no such reader")
                if state == atr:
                    return
                if remaining <= 0:
                    wanted = "the card" if atr is not None else "an empty reader"
                    raise StackError(f"pcscd did not show {wanted} in {self.name!r} within {timeout:.0f} s")
        finally:
            watcher.close()


class PcscStack:
    def __init__(self) -> None:
        self.daemon = PcscDaemon()
        self._readers: dict[int, VirtualReader] = {}
        self._lock = threading.Lock()

    def reader(self, port: int = VPCD_PORT) -> VirtualReader:
        with self._lock:
            if port not in self._readers:
                self._readers[port] = VirtualReader(port)
            return self._readers[port]

    def close(self) -> None:
        for reader in self._readers.values():
            reader.bridge.close()
        self.daemon.stop()


_stack: PcscStack | None = None
_stack_lock = threading.Lock()


def shared_stack() -> PcscStack:
    """The stack of this test process, with pcscd running (started here if needed)."""
    global _stack
    with _stack_lock:
        if _stack is None:
            _stack = PcscStack()
            atexit.register(_stack.close)
        _stack.daemon.ensure_running()
        return _stack
