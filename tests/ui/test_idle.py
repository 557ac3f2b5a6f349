"""Idle clearing: counts only while armed, any input restarts it, warns before it clears.

The clock is moved by hand and each check is called directly, so no test waits for time to pass; one test
lets the real tick and the real clock run to show that they drive the same check.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from clerk_app.ui.idle import IdleClear
from tests.support.clocks import HandClock


@pytest.fixture
def field(qtbot: QtBot) -> QLineEdit:
    widget = QLineEdit()
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def clock() -> HandClock:
    return HandClock()


def test_the_tick_expires_it_on_the_real_clock_and_disarms(qtbot: QtBot, qapp: QApplication) -> None:
    idle = IdleClear(qapp, timeout_seconds=1)
    idle.arm()
    with qtbot.waitSignal(idle.expired, timeout=3000):
        pass
    assert not idle.armed
    idle.close()


def test_expires_only_once_the_timeout_has_passed(qapp: QApplication, clock: HandClock) -> None:
    idle = IdleClear(qapp, timeout_seconds=1, clock=clock)
    expired: list[bool] = []
    idle.expired.connect(lambda: expired.append(True))
    idle.arm()
    clock.advance(0.9)
    idle.check()
    assert expired == []
    clock.advance(0.1)
    idle.check()
    assert expired == [True]
    assert not idle.armed
    idle.close()


def test_input_restarts_the_count(
    qtbot: QtBot, qapp: QApplication, field: QLineEdit, clock: HandClock
) -> None:
    idle = IdleClear(qapp, timeout_seconds=1, clock=clock)
    expired: list[bool] = []
    idle.expired.connect(lambda: expired.append(True))
    idle.arm()
    for _ in range(6):  # 1.8 s of typing, never 1 s apart
        clock.advance(0.3)
        idle.check()
        qtbot.keyClick(field, Qt.Key.Key_A)
    assert expired == []
    clock.advance(1.0)
    idle.check()
    assert expired == [True]
    idle.close()


def test_counts_down_in_the_last_seconds(
    qtbot: QtBot, qapp: QApplication, field: QLineEdit, clock: HandClock
) -> None:
    idle = IdleClear(qapp, timeout_seconds=3, warn_seconds=2, clock=clock)
    seen: list[int] = []
    idle.countdown.connect(seen.append)
    idle.arm()
    for _ in range(8):  # 2 s in quarter seconds, as the tick checks
        clock.advance(0.25)
        idle.check()
    assert seen == [2, 1]
    qtbot.keyClick(field, Qt.Key.Key_A)
    assert seen[-1] == -1  # the warning is withdrawn on input
    clock.advance(0.6)
    idle.check()
    assert seen[-1] == -1  # and the count started again from the full timeout
    idle.close()


def test_disarmed_it_never_fires(qapp: QApplication, clock: HandClock) -> None:
    idle = IdleClear(qapp, timeout_seconds=1, clock=clock)
    expired: list[bool] = []
    idle.expired.connect(lambda: expired.append(True))
    idle.arm()
    idle.disarm()
    clock.advance(1.4)
    idle.check()  # what a tick would do, had one stayed
    assert expired == []
    assert not idle.armed  # and no tick stays
    idle.close()


def test_timeout_must_be_positive(qapp: QApplication) -> None:
    with pytest.raises(ValueError, match="positive"):
        IdleClear(qapp, timeout_seconds=0)
