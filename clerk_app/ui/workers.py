"""Blocking work off the GUI thread, results back on it.

Each job reports through its own signals object, created on the GUI thread, so ``succeeded``/``failed``
connected to callables run there through queued connections. Work functions never touch widgets.

Nothing outlives its job: the pool drops the job's function (and with it the work function, which may
hold a citizen's data such as the registration request) once it has run, and the signals object, a Qt
child of the :class:`Workers`' anchor so that it is only ever deleted on the GUI thread, is deleted there
after the result has been handed over, which releases the callbacks connected to it. (A ``QRunnable``
subclass would not do: PySide keeps every runnable handed to a pool referenced for good.)
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

log = logging.getLogger(__name__)


class JobSignals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    finished = Signal()


class Workers:
    """Starts jobs on one thread pool. Create it on the GUI thread."""

    def __init__(self, pool: QThreadPool | None = None) -> None:
        self._pool = pool if pool is not None else QThreadPool.globalInstance()
        self._anchor = QObject()  # Qt parent of every job's signals until their result is handed over

    def start(
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
    ) -> None:
        signals = JobSignals(self._anchor)
        signals.succeeded.connect(on_success)
        signals.failed.connect(on_failure)
        signals.finished.connect(signals.deleteLater)  # queued behind the result, run on the GUI thread

        def run() -> None:
            try:
                result = work()
            except Exception as exc:  # handed to the GUI thread, which decides what the clerk sees
                log.debug("background job failed with %s", type(exc).__qualname__)
                signals.failed.emit(exc)
            else:
                signals.succeeded.emit(result)
            finally:
                signals.finished.emit()

        self._pool.start(run)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every job finished (shutdown and tests)."""
        return self._pool.waitForDone(msecs)
