"""The real PC/SC stack for tests: pcscd with the vpcd virtual readers, and simulated cards inside them.

Import it from any test folder as ``tests.support.pcsc_stack``; pytest fixtures built on it are in
:mod:`tests.support.pcsc_fixtures`.

- :func:`shared_stack` returns the one stack of this test process. If pcscd is not running it starts
  ``pcscd -f`` as a child (needs root for ``/run/pcscd``, as in CI) and stops it at exit; if a pcscd is
  already running (a developer's machine) it is used as is, with Debian's vpcd ports 35963/35964.
- The suite's own pcscd gets its own reader configuration with the vpcd readers on ports 24963/24964.
  Debian's ports lie inside Linux's ephemeral range (32768-60999): any loopback connection elsewhere in the
  suite (HTTP tests leave thousands in TIME_WAIT) may hold one of them, and vpcd then cannot listen
  ("Address already in use"), so its readers silently vanish after a pcscd restart.
- :meth:`PcscStack.reader` gives a :class:`VirtualReader` ("Virtual PCD 00 00"; index 1 is "00 01") whose
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
from clerk_app.cardreader.simulated.vpcd import VPCD_READERS, VpcdBridge
from clerk_app.errors import ReaderServiceUnavailable

START_TIMEOUT = 10.0
STATE_TIMEOUT = 5.0
SYSTEM_VPCD_CONFIG = Path("/etc/reader.conf.d/vpcd")
#: The suite's own pcscd listens for its vpcd cards here: below the ephemeral port range.
TEST_VPCD_PORT = 24963
TEST_VPCD_READERS = {TEST_VPCD_PORT: "Virtual PCD 00 00", TEST_VPCD_PORT + 1: "Virtual PCD 00 01"}


class StackError(RuntimeError):
    """The real stack cannot be used; the message says why and what to do."""


class PcscDaemon:
    """pcscd: the running one, or a child of this test process."""

    def __init__(self) -> None:
        self._process: subprocess.Popen[bytes] | None = None
        folder = Path(os.environ.get("CLERK_TEST_WORKDIR") or tempfile.gettempdir())
        self.log_path = folder / f"pcscd-{os.getpid()}.log"
        self.config_dir = folder / f"pcscd-{os.getpid()}-reader.conf.d"
        self.vpcd_readers: dict[int, str] = dict(VPCD_READERS)  # port -> reader name

    @property
    def owned(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def ensure_running(self) -> None:
        if self.owned or self._answers():
            self._wait_for_vpcd_readers()
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
        self._write_config()
        log = self.log_path.open("ab")
        try:
            self._process = subprocess.Popen(
                [*_die_with_parent(), binary, "--foreground", "--info", "--config", str(self.config_dir)],
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        finally:
            log.close()
        self.vpcd_readers = dict(TEST_VPCD_READERS)
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise StackError(
                    f"pcscd exited with status {self._process.returncode} right after starting "
                    f"(it needs root for /run/pcscd); its log: {self._log_tail()}"
                )
            if self._answers():
                self._wait_for_vpcd_readers()
                return
            time.sleep(0.02)  # polling pcscd, another process, which tells no one that it is ready
        raise StackError(f"pcscd did not answer within {START_TIMEOUT:.0f} s; its log: {self._log_tail()}")

    def _write_config(self) -> None:
        """Debian's vpcd reader entry, moved to the suite's ports."""
        try:
            system = SYSTEM_VPCD_CONFIG.read_text()
        except OSError as exc:
            raise StackError(
                f"{SYSTEM_VPCD_CONFIG} is missing: install vsmartcard-vpcd (scripts/setup)"
            ) from exc
        library = next(
            (line.split(None, 1)[1] for line in system.splitlines() if line.startswith("LIBPATH")), None
        )
        if library is None:
            raise StackError(f"{SYSTEM_VPCD_CONFIG} names no LIBPATH")
        self.config_dir.mkdir(parents=True, exist_ok=True)
        (self.config_dir / "vpcd").write_text(
            'FRIENDLYNAME "Virtual PCD"\n'
            f"DEVICENAME   /dev/null:0x{TEST_VPCD_PORT:04X}\n"
            f"LIBPATH      {library.strip()}\n"
            f"CHANNELID    0x{TEST_VPCD_PORT:04X}\n"
        )

    def _answers(self) -> bool:
        try:
            PcscBackend().list_readers()
        except ReaderServiceUnavailable:
            return False
        return True

    def _wait_for_vpcd_readers(self) -> None:
        """pcscd answers before its readers are up; a vpcd port already in use keeps them away for good."""
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            readers = PcscBackend().list_readers()
            missing = [name for name in self.vpcd_readers.values() if name not in readers]
            if not missing:
                return
            if time.monotonic() > deadline:
                raise StackError(
                    f"pcscd runs but shows no {missing[0]!r} reader (readers: {readers}); install "
                    "vsmartcard-vpcd (scripts/setup); if the log says 'Address already in use', another "
                    f"program holds a vpcd port ({sorted(self.vpcd_readers)}); pcscd log: {self._log_tail()}"
                )
            time.sleep(0.05)  # polling: pcscd announces no reader it brings up

    def _log_tail(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-2000:] or "(empty)"
        except OSError:
            return "(no log: pcscd was not started by the suite)"


def _die_with_parent() -> list[str]:
    """A command prefix that sends pcscd SIGTERM when the thread that started it ends (util-linux
    ``setpriv``, always on Debian), so a test run that is killed leaves no pcscd behind."""
    setpriv = shutil.which("setpriv")
    return [setpriv, "--pdeathsig", "TERM", "--"] if setpriv else []


class VirtualReader:
    """One vpcd reader with a bridge that can hold a simulated card."""

    def __init__(self, port: int, name: str) -> None:
        self.port = port
        self.name = name
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

    def reader(self, index: int = 0) -> VirtualReader:
        """The vpcd reader "Virtual PCD 00 0<index>" of the running pcscd."""
        port, name = sorted(self.daemon.vpcd_readers.items())[index]
        with self._lock:
            if port not in self._readers:
                self._readers[port] = VirtualReader(port, name)
            return self._readers[port]

    def readers(self) -> list[VirtualReader]:
        return [self.reader(index) for index in range(len(self.daemon.vpcd_readers))]

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
