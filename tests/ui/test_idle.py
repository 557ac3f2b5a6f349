"""Idle clearing: counts only while armed, any input restarts it, warns before it clears."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from clerk_app.ui.idle import IdleClear


@pytest.fixture
def field(qtbot: QtBot) -> QLineEdit:
    widget = QLineEdit()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_expires_after_the_timeout_and_disarms(qtbot: QtBot, qapp: QApplication) -> None:
    idle = IdleClear(qapp, timeout_seconds=1)
    idle.arm()
    with qtbot.waitSignal(idle.expired, timeout=3000):
        pass
    assert not idle.armed
    idle.close()


def test_input_restarts_the_count(qtbot: QtBot, qapp: QApplication, field: QLineEdit) -> None:
    idle = IdleClear(qapp, timeout_seconds=1)
    expired: list[bool] = []
    idle.expired.connect(lambda: expired.append(True))
    idle.arm()
    for _ in range(6):  # 1.8 s of typing, never 1 s apart
        qtbot.wait(300)
        qtbot.keyClick(field, Qt.Key.Key_A)
    assert expired == []
    qtbot.waitUntil(lambda: expired == [True], timeout=3000)
    idle.close()


def test_counts_down_in_the_last_seconds(qtbot: QtBot, qapp: QApplication, field: QLineEdit) -> None:
    idle = IdleClear(qapp, timeout_seconds=3, warn_seconds=2)
    seen: list[int] = []
    idle.countdown.connect(seen.append)
    idle.arm()
    qtbot.waitUntil(lambda: seen[-1:] == [1], timeout=5000)
    assert seen == [2, 1]
    qtbot.keyClick(field, Qt.Key.Key_A)
    assert seen[-1] == -1  # the warning is withdrawn on input
    qtbot.wait(600)
    assert seen[-1] == -1  # and the count started again from the full timeout
    idle.close()


def test_disarmed_it_never_fires(qtbot: QtBot, qapp: QApplication) -> None:
    idle = IdleClear(qapp, timeout_seconds=1)
    expired: list[bool] = []
    idle.expired.connect(lambda: expired.append(True))
    idle.arm()
    idle.disarm()
    qtbot.wait(1400)
    assert expired == []
    assert not idle.armed
    idle.close()


def test_timeout_must_be_positive(qapp: QApplication) -> None:
    with pytest.raises(ValueError, match="positive"):
        IdleClear(qapp, timeout_seconds=0)
