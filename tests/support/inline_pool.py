"""A pool for the UI's :class:`~clerk_app.ui.workers.Workers` that runs each job at once, on the calling
thread.

With it, ``Workers.start`` returns only after the job has run and its result (or failure) has been handed
over: the signals are emitted on the GUI thread, so their connections are direct. A test that proves
"nothing more happened" needs no drain then, and a job's outcome is there on the next line. Not for a job
that waits on another thread (a ``threading.Event`` gate, the relay): it would block the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable


class InlinePool:
    """Matches :class:`clerk_app.ui.workers.Pool`; counts the jobs it ran."""

    def __init__(self) -> None:
        self.ran = 0

    def start(self, job: Callable[[], None], /) -> None:
        job()
        self.ran += 1

    def waitForDone(self, msecs: int, /) -> bool:  # noqa: N802 - QThreadPool's name
        return True  # nothing ever runs on after start() returned
