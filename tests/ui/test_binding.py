"""The Qt binding keeps Python's reference counts right.

PySide6 6.12.0 on Python 3.11 drops a reference to ``None`` on every call of a method that returns nothing
(``setText``, ``setEnabled``, …). ``None`` starts with a few thousand references, so the process aborts with
"Fatal Python error: deallocating None" after a few thousand widget updates: minutes into a session at the
counter. pyproject.toml excludes that version; this test fails on any binding that does it again.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel

CALLS = 2000


def test_calls_that_return_nothing_keep_none_alive(qapp: QApplication) -> None:
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        label.setText("x")
        label.setEnabled(True)
    lost = before - sys.getrefcount(None)
    assert lost < CALLS // 100, f"{lost} references to None lost in {2 * CALLS} calls"


def test_signal_emits_keep_true_alive(qapp: QApplication) -> None:
    """6.12.0 also drops a reference to ``True`` on every ``Signal.emit``, connected or not."""
    from PySide6.QtCore import QObject, Signal

    class Emitter(QObject):
        fired = Signal()

    emitter = Emitter()
    before = sys.getrefcount(True)
    for _ in range(CALLS):
        emitter.fired.emit()
    lost = before - sys.getrefcount(True)
    assert lost < CALLS // 100, f"{lost} references to True lost in {CALLS} emits"
