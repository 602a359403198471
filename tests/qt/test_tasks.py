"""desktop.qt.tasks: work on a worker thread, results and errors back on the GUI thread."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.qt.tasks import Task, TaskCancelled, TaskContext


@pytest.fixture
def owner() -> Iterator[QObject]:
    obj = QObject()
    yield obj
    Task.report_failure = None


def test_work_runs_off_the_gui_thread_and_success_on_it(qtbot: QtBot, owner: QObject) -> None:
    seen: dict[str, object] = {}

    def work(_ctx: TaskContext) -> int:
        seen["work"] = threading.current_thread()
        return 42

    def success(value: int) -> None:
        seen["success"] = threading.current_thread()
        seen["value"] = value

    Task(owner, work).on_success(success).start()
    qtbot.waitUntil(lambda: "value" in seen)
    assert seen["value"] == 42
    assert seen["work"] is not threading.main_thread()
    assert seen["success"] is threading.main_thread()


def test_failure_goes_to_its_handler_else_to_the_window(qtbot: QtBot, owner: QObject) -> None:
    def boom(_ctx: TaskContext) -> None:
        raise OSError("disk full")

    own: list[BaseException] = []
    Task(owner, boom).on_failure(own.append).start()
    qtbot.waitUntil(lambda: bool(own))
    assert [str(e) for e in own] == ["disk full"]

    shown: list[BaseException] = []
    Task.report_failure = shown.append
    Task(owner, boom).on_success(lambda _v: pytest.fail("no result")).start()
    qtbot.waitUntil(lambda: bool(shown))
    assert [type(e) for e in shown] == [OSError]


def test_cancel_is_seen_by_the_work(qtbot: QtBot, owner: QObject) -> None:
    started = threading.Event()
    release = threading.Event()

    def work(ctx: TaskContext) -> None:
        started.set()
        release.wait(10)
        ctx.check_cancelled()

    errors: list[BaseException] = []
    task = Task(owner, work).on_failure(errors.append)
    task.start()
    assert started.wait(10)
    task.cancel()
    release.set()
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], TaskCancelled)


def test_progress_reports_are_bounded(qtbot: QtBot, owner: QObject) -> None:
    def work(ctx: TaskContext) -> None:
        for done in range(100_001):
            ctx.progress(done, 100_000)

    done: list[None] = []
    task = Task(owner, work).on_success(done.append)
    reports: list[tuple[object, object]] = []
    task.progressed.connect(lambda d, total: reports.append((d, total)))
    task.start()
    qtbot.waitUntil(lambda: bool(done))
    assert reports[-1] == (100_000, 100_000)
    assert len(reports) <= 1001


def test_work_that_outlives_its_owner_ends_quietly_and_its_failure_is_logged(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    """A view closed while its task runs deletes the task with it: the worker's end must not raise
    in the worker thread (nobody is left to tell but the log)."""
    owner = QObject()
    release = threading.Event()

    def work(_ctx: TaskContext) -> None:
        release.wait(10)
        raise OSError("disk full")

    task = Task(owner, work).on_failure(lambda _e: pytest.fail("the owner is gone")).start()
    owner.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    with caplog.at_level(logging.ERROR, logger="desktop.qt.tasks"):
        release.set()
        assert task.wait(10)
    assert "disk full" in caplog.text


def test_wait_all_waits_for_every_running_task(qtbot: QtBot, owner: QObject) -> None:
    """What the window does before the store closes: a save under way is finished, not cut off."""
    release = threading.Event()
    done: list[int] = []

    def work(n: int) -> Callable[[TaskContext], int]:
        return lambda _ctx: n if release.wait(10) else 0

    tasks = [Task(owner, work(n)).on_success(done.append) for n in (1, 2)]
    for task in tasks:
        task.start()
    assert not Task.wait_all(0)
    release.set()
    assert Task.wait_all(10)
    assert all(task.wait(0) for task in tasks)
    qtbot.waitUntil(lambda: sorted(done) == [1, 2])
