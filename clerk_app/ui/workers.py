"""Blocking work off the GUI thread, results back on it.

Each job reports through its own signals object, created on the GUI thread, so ``succeeded``/``failed``
connected to callables run there through queued connections. Work functions never touch widgets.

Nothing outlives its job: the pool drops the job's function (and with it the work function, which may
hold a citizen's data such as the registration request) once it has run, and the signals object, a Qt
child of the :class:`Workers`' anchor so that it is only ever deleted on the GUI thread, is deleted there
after the result has been handed over, which releases the callbacks connected to it. (A ``QRunnable``
subclass would not do: PySide keeps every runnable handed to a pool referenced for good.)

What a failure means is decided here, once: a job's ``on_failure`` gets only the errors it expects (a
:class:`~clerk_app.errors.ClerkError` unless it says otherwise), which the UI turns into a message.
Anything else is a bug: it is raised again on the GUI thread, where ``sys.excepthook`` (the crash handler)
reports it. ``settle`` runs first whatever the outcome, so a bug does not leave a screen busy for good.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Protocol, TypeVar, overload

from PySide6.QtCore import QObject, QThreadPool, Signal

from clerk_app.errors import ClerkError

log = logging.getLogger(__name__)

Expected = TypeVar("Expected", bound=Exception)


class Pool(Protocol):
    """Where jobs run: a :class:`QThreadPool` in the application; in tests, one that runs each job at once
    on the calling thread (``tests/support/inline_pool.py``)."""

    def start(self, job: Callable[[], None], /) -> None: ...

    def waitForDone(self, msecs: int, /) -> bool: ...  # noqa: N802 - QThreadPool's name


class JobSignals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    finished = Signal()


class Workers:
    """Starts jobs on one pool (Qt's global thread pool unless given another). Create it on the GUI thread."""

    def __init__(self, pool: Pool | None = None) -> None:
        self._pool: Pool = pool if pool is not None else QThreadPool.globalInstance()
        self._anchor = QObject()  # Qt parent of every job's signals until their result is handed over

    @overload
    def start(
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[ClerkError], None],
        *,
        settle: Callable[[], None] | None = None,
    ) -> None: ...

    @overload
    def start(
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[Expected], None],
        *,
        settle: Callable[[], None] | None = None,
        expected: tuple[type[Expected], ...],
    ) -> None: ...

    def start(
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[Any], None],
        *,
        settle: Callable[[], None] | None = None,
        expected: tuple[type[Exception], ...] = (ClerkError,),
    ) -> None:
        """Run ``work`` on the pool; on the GUI thread, ``settle()`` then ``on_success(result)``, or
        ``on_failure(error)`` for an ``expected`` error; any other exception is re-raised there (a bug)."""
        signals = JobSignals(self._anchor)

        def succeeded(result: object) -> None:
            if settle is not None:
                settle()
            on_success(result)

        def failed(exc: BaseException) -> None:
            if settle is not None:
                settle()
            if not isinstance(exc, expected):
                raise exc  # a bug: the crash handler reports it
            on_failure(exc)

        signals.succeeded.connect(succeeded)
        signals.failed.connect(failed)
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
