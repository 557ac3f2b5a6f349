"""Background jobs: work off the GUI thread, results on it, and nothing kept once a job is done.

A registration's work function holds the citizen's request and its callbacks reach the screens; a job
that stayed alive would keep both for the whole session. What a job's outcome means (its ``settle``, the
errors it expects, a bug) does not depend on the pool, so those tests run it on an inline pool
(tests/support/inline_pool.py) and look at the outcome on the next line; the threads and what the thread
pool keeps are tested on Qt's pool.
"""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from clerk_app.errors import StorageError
from clerk_app.ui.workers import JobSignals, Workers
from tests.support.inline_pool import InlinePool


class Payload:
    """Stands in for what a job's work or callbacks hold on to."""


def test_work_runs_off_the_gui_thread_and_results_come_back_on_it(qtbot: QtBot, qapp: QApplication) -> None:
    workers = Workers()
    threads: dict[str, bool] = {}

    def work() -> int:
        threads["work on gui thread"] = threading.current_thread() is threading.main_thread()
        return 42

    def done(result: object) -> None:
        threads["result on gui thread"] = threading.current_thread() is threading.main_thread()
        threads["result"] = result == 42

    def failed(exc: BaseException) -> None:
        threads["failure on gui thread"] = threading.current_thread() is threading.main_thread()
        threads["failure"] = isinstance(exc, StorageError)

    def fail() -> None:
        raise StorageError("disk_full")

    workers.start(work, done, lambda _exc: None)
    workers.start(fail, lambda _result: None, failed)
    qtbot.waitUntil(lambda: len(threads) == 5, timeout=5000)
    assert threads == {
        "work on gui thread": False,
        "result on gui thread": True,
        "result": True,
        "failure on gui thread": True,
        "failure": True,
    }


def test_a_finished_job_keeps_nothing(qtbot: QtBot, qapp: QApplication) -> None:
    workers = Workers()
    held: list[weakref.ref[Payload]] = []
    results: list[object] = []
    for _ in range(10):
        in_work, in_callback = Payload(), Payload()
        held += [weakref.ref(in_work), weakref.ref(in_callback)]
        workers.start(
            lambda data=in_work: data,  # type: ignore[misc]
            lambda result, data=in_callback: results.append((result, data)) and None,  # type: ignore[misc]
            lambda _exc: None,
        )
        del in_work, in_callback
    qtbot.waitUntil(lambda: len(results) == 10, timeout=5000)
    results.clear()
    assert workers.wait()
    qtbot.waitUntil(lambda: not gc.collect() and all(ref() is None for ref in held), timeout=3000)
    assert [o for o in gc.get_objects() if isinstance(o, JobSignals)] == []


def test_a_bug_reaches_the_crash_handler_after_the_job_settled(qtbot: QtBot, qapp: QApplication) -> None:
    """Only the errors a job expects go to its ``on_failure``; anything else is raised on the GUI thread."""
    workers = Workers(InlinePool())
    seen: list[str] = []
    with qtbot.captureExceptions() as raised:
        workers.start(
            lambda: 1 / 0,
            lambda _result: seen.append("success"),
            lambda _exc: seen.append("failure"),
            settle=lambda: seen.append("settled"),
        )
    assert [kind for kind, _value, _trace in raised] == [ZeroDivisionError]
    assert seen == ["settled"]


def test_a_job_may_expect_other_errors(qtbot: QtBot, qapp: QApplication) -> None:
    workers = Workers(InlinePool())
    failures: list[BaseException] = []

    def missing() -> None:
        raise FileNotFoundError("mailbox")

    workers.start(missing, lambda _result: None, failures.append, expected=(OSError,))
    assert [type(failure) for failure in failures] == [FileNotFoundError]


def test_settle_runs_before_the_result_or_the_expected_failure(qapp: QApplication) -> None:
    pool = InlinePool()
    workers = Workers(pool)
    seen: list[str] = []

    def settled() -> None:
        seen.append("settled")

    def full() -> None:
        raise StorageError("disk_full")

    workers.start(lambda: 7, lambda result: seen.append(f"success {result}"), seen.append, settle=settled)
    workers.start(full, seen.append, lambda exc: seen.append(f"failure {type(exc).__name__}"), settle=settled)
    assert seen == ["settled", "success 7", "settled", "failure StorageError"]
    assert pool.ran == 2 and workers.wait()
