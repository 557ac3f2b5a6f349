"""Blocking work off the GUI thread, results back on it.

A :class:`Job` is a ``QRunnable`` that owns a separate signals object (a ``QRunnable`` is not a
``QObject``). The signals object is created on the GUI thread, so ``succeeded``/``failed`` connected to
callables run there through queued connections. Work functions never touch widgets.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class JobSignals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    finished = Signal()


class Job(QRunnable):
    """Runs ``work()`` in a pool thread and reports through :attr:`signals`."""

    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self._work = work
        self.signals = JobSignals()

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # handed to the GUI thread, which decides what the clerk sees
            log.debug("background job failed with %s", type(exc).__qualname__)
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)
        finally:
            self.signals.finished.emit()


class Workers:
    """Starts jobs on one thread pool and keeps them referenced until they finish."""

    def __init__(self, pool: QThreadPool | None = None) -> None:
        self._pool = pool if pool is not None else QThreadPool.globalInstance()
        self._running: set[Job] = set()

    def start(
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
    ) -> Job:
        job = Job(work)
        job.setAutoDelete(False)
        job.signals.succeeded.connect(on_success)
        job.signals.failed.connect(on_failure)
        job.signals.finished.connect(lambda: self._running.discard(job))
        self._running.add(job)
        self._pool.start(job)
        return job

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every job finished (shutdown and tests)."""
        return self._pool.waitForDone(msecs)
