"""Python's cycle collector, run on the GUI thread between events and nowhere else.

Left automatic, the collector runs in whichever thread happens to allocate when a threshold is crossed: a
card-reading or sync thread, or the GUI thread in the middle of a Qt call. Collecting a cycle there can
delete a Qt object on the wrong thread or under a running callback, which crashes the process. So
automatic collection is switched off while the UI runs, and a timer on the GUI thread collects whenever
the interpreter's own thresholds say it is due (the same generations, the same pace).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

#: How often the interpreter's allocation counts per generation (``gc.get_count``) are compared with their
#: thresholds; a collection is only run when one is due.
CHECK_INTERVAL_MS = 500


class CycleCollector(QObject):
    """Owns the cycle collector while it lives; :meth:`stop` gives it back to the interpreter."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = CHECK_INTERVAL_MS) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect_if_due)
        self._running = False
        self._interval_ms = interval_ms

    def start(self) -> None:
        gc.disable()
        self._running = True
        self._timer.start(self._interval_ms)

    def stop(self) -> None:
        self._timer.stop()
        if self._running:
            self._running = False
            gc.enable()

    def collect_if_due(self) -> int:
        """Collect the oldest generation whose threshold is crossed; returns it, or -1 when none is."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        generation = -1
        for level in range(3):
            if thresholds[level] and counts[level] > thresholds[level]:
                generation = level
            else:
                break
        if generation >= 0:
            gc.collect(generation)
        return generation
