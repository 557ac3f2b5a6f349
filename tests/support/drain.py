"""Wait until the UI's background jobs are over and their results handed to the GUI thread.

A test that proves "nothing more happened" (no registration stored, no second message) drains instead of
sleeping: after :func:`drain` every job started so far has run and its queued result has been delivered.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from clerk_app.ui.workers import Workers


def drain(workers: Workers, timeout_ms: int = 10_000) -> None:
    assert workers.wait(timeout_ms), f"background jobs still running after {timeout_ms} ms"
    QCoreApplication.sendPostedEvents()  # the results, queued to the GUI thread
