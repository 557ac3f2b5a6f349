"""Clear personal data that is left on screen while nobody uses the counter application.

A citizen's name, e-mail address or activation code must not stay visible for the next person in the
queue. :class:`IdleClear` watches the clerk's keyboard and mouse input anywhere in the application; while
it is armed, ``idle_clear_seconds`` without input emit :attr:`IdleClear.expired`, and the last
``warn_seconds`` before that emit :attr:`IdleClear.countdown` once a second so the screen can warn. Any
screen that shows personal data arms it when it shows the data and disarms it when it clears them.

Idle time is read from ``clock`` (seconds, monotonic) at each check, a tick four times a second; tests
hand it a clock they move by hand and call :meth:`IdleClear.check` themselves, so nothing waits on time.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
        QEvent.Type.Shortcut,
    }
)


class IdleClear(QObject):
    """Emits :attr:`expired` after ``timeout_seconds`` without user input while armed."""

    expired = Signal()
    countdown = Signal(int)  # seconds left, during the last ``warn_seconds``

    def __init__(
        self,
        app: QApplication,
        timeout_seconds: int,
        warn_seconds: int = 15,
        parent: QObject | None = None,
        clock: Callable[[], float] = time.monotonic,
    ):
        super().__init__(parent)
        if timeout_seconds <= 0:
            raise ValueError("timeout_seconds must be positive")
        self._app = app
        self._timeout_ms = timeout_seconds * 1000
        self._warn_ms = min(warn_seconds, timeout_seconds) * 1000
        self._clock = clock
        self._last_input = clock()
        self._tick = QTimer(self)
        self._tick.setInterval(250)
        self._tick.timeout.connect(self.check)
        self._last_countdown = -1
        app.installEventFilter(self)

    @property
    def armed(self) -> bool:
        return self._tick.isActive()

    def arm(self) -> None:
        """Start (or restart) counting idle time."""
        self._last_input = self._clock()
        self._last_countdown = -1
        self._tick.start()

    def disarm(self) -> None:
        self._tick.stop()
        self._last_countdown = -1

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if self.armed and event.type() in _INPUT_EVENTS:
            self._last_input = self._clock()
            if self._last_countdown != -1:
                self._last_countdown = -1
                self.countdown.emit(-1)  # warning no longer applies
        return False

    def check(self) -> None:
        """Compare the idle time with the limit (the tick calls this); nothing happens while disarmed."""
        if not self.armed:
            return
        remaining = self._timeout_ms - round((self._clock() - self._last_input) * 1000)
        if remaining <= 0:
            self.disarm()
            self.expired.emit()
            return
        if remaining <= self._warn_ms:
            seconds = -(-remaining // 1000)
            if seconds != self._last_countdown:
                self._last_countdown = seconds
                self.countdown.emit(seconds)

    def close(self) -> None:
        self.disarm()
        self._app.removeEventFilter(self)
