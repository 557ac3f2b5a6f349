"""The cycle collector runs on the GUI thread's timer, never in a worker thread that happens to allocate."""

from __future__ import annotations

import gc
import threading
import weakref
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from clerk_app.ui.cycle_collector import CycleCollector


class Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the cycle collector frees it


def cycle_freed_in(threads: list[str]) -> None:
    weakref.finalize(Node(), lambda: threads.append(threading.current_thread().name))


@pytest.fixture
def collector(qapp: QApplication) -> Iterator[CycleCollector]:
    thresholds = gc.get_threshold()
    gc.set_threshold(50, 10, 10)  # due soon, so a test does not wait for 700 allocations
    made = CycleCollector(qapp, interval_ms=20)
    made.start()
    yield made
    made.stop()
    made.deleteLater()
    gc.set_threshold(*thresholds)


def test_while_it_runs_the_interpreter_does_not_collect_by_itself(collector: CycleCollector) -> None:
    assert not gc.isenabled()
    collector.stop()
    assert gc.isenabled()


def test_a_cycle_dropped_on_a_worker_thread_is_freed_on_the_gui_thread(
    collector: CycleCollector, qtbot: QtBot
) -> None:
    freed_on: list[str] = []
    kept: list[list[list[int]]] = []

    def worker() -> None:
        cycle_freed_in(freed_on)
        # Far past every threshold: automatic collection would run here. Kept alive, so the count of new
        # objects stays past the threshold until the GUI thread looks (a freed object lowers it again).
        kept.append([[i] for i in range(10_000)])

    thread = threading.Thread(target=worker, name="worker")
    thread.start()
    thread.join()
    assert freed_on == []
    qtbot.waitUntil(lambda: freed_on != [], timeout=5000)
    assert freed_on == [threading.main_thread().name]


def test_nothing_is_collected_before_it_is_due(collector: CycleCollector) -> None:
    gc.collect()
    assert collector.collect_if_due() == -1
    for _ in range(60):
        Node()
    assert collector.collect_if_due() == 0
