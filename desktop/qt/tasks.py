"""The one way Supple's Qt code runs work off the GUI thread.

    Task(parent, lambda ctx: store.library.remove(rid)).on_success(refresh).on_failure(show).start()
    Task(parent, work, serial=True) ...    # a store write: runs after the writes started before it

`work` runs on a worker thread and receives a `TaskContext` (report progress, see cancellation);
`on_success` and `on_failure` run on the GUI thread afterwards, through a queued signal. A failure
with no handler of its own goes to `Task.report_failure`, which the window sets to show the error;
nothing fails silently. Views that handle failures themselves show them with `show_failure`, so every
failure reads the same: a line in the view's status and a message box. With `progress_label` a modal
progress dialog with Cancel appears when the work lasts longer than 0.4 s.

Rule for the store (docs/DESIGN.md): the GUI thread may read (short, indexed queries that return
frozen values), but every write a person triggers (save, delete, import, favourites) runs in a Task,
so a write waiting on SQLite's lock (a running `supple import`) never freezes the window. Small
store writes that must keep their order pass `serial=True`: they run one at a time on one worker,
in the order they were started (registering a routine before starring it, say). History rows are
the exception: the history writer has its own thread, with the same guarantees. Before the store
closes, the window waits for the writes under way (`Task.wait_all`).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, ClassVar, Generic, TypeVar, cast

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

log = logging.getLogger(__name__)

#: The one worker for serial tasks (store writes that keep their order).
_SERIAL = ThreadPoolExecutor(max_workers=1, thread_name_prefix="supple-store-write")

T = TypeVar("T")

FailureHandler = Callable[[BaseException], None]


class TaskCancelled(Exception):
    """Raised by `TaskContext.check_cancelled` when the person pressed Cancel."""


class TaskContext:
    """What the work function may use from its thread: progress reports and the cancel flag."""

    def __init__(self, report: Callable[[int, int], None]) -> None:
        self._report = report
        self._cancelled = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def cancel(self) -> None:
        self._cancelled.set()

    def check_cancelled(self) -> None:
        if self.cancelled:
            raise TaskCancelled

    def progress(self, done: int, total: int) -> None:
        self._report(done, total)


class Task(QObject, Generic[T]):
    """Work on a worker thread, its result or its error back on the GUI thread.

    Signals:
        progressed(object, object): done and total from the work (object: sizes pass 2**31).
        finished(object, object): the result and None, or None and the exception raised.
    """

    progressed = Signal(object, object)
    finished = Signal(object, object)

    #: Where failures go when the task has no handler of its own (the window sets it).
    report_failure: FailureHandler | None = None
    #: Tasks whose work has not ended, for `wait_all`.
    _running: ClassVar[set[Task[Any]]] = set()
    _running_lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(
        self,
        parent: QObject,
        work: Callable[[TaskContext], T],
        *,
        name: str = "task",
        progress_label: str = "",
        serial: bool = False,
    ) -> None:
        super().__init__(parent)
        self._work = work
        self._serial = serial
        self._ended = threading.Event()
        self._success: Callable[[T], None] | None = None
        self._failure: FailureHandler | None = None
        self._permille = -1
        self.context = TaskContext(self._report)
        self._thread = threading.Thread(target=self._run, name=f"supple-{name}", daemon=True)
        self.dialog: QProgressDialog | None = None
        if progress_label and isinstance(parent, QWidget):
            self.dialog = QProgressDialog(progress_label, self.tr("Cancel"), 0, 1000, parent)
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setMinimumDuration(400)
            self.dialog.setAutoReset(False)
            self.dialog.canceled.connect(self.context.cancel)
            self.progressed.connect(self._show_progress)
        self.finished.connect(self._done)

    def on_success(self, callback: Callable[[T], None]) -> Task[T]:
        self._success = callback
        return self

    def on_failure(self, callback: FailureHandler) -> Task[T]:
        self._failure = callback
        return self

    def start(self) -> Task[T]:
        with Task._running_lock:
            Task._running.add(self)
        if self._serial:
            _SERIAL.submit(self._run)
        else:
            self._thread.start()
        return self

    def cancel(self) -> None:
        self.context.cancel()

    def wait(self, timeout: float | None = None) -> bool:
        """For tests and shutdown: True when the work has ended (its result is then posted to the
        GUI thread, which delivers it the next time it processes events)."""
        return self._ended.wait(timeout)

    @classmethod
    def wait_all(cls, timeout: float) -> bool:
        """For shutdown, before the store closes: wait up to `timeout` seconds for every task's work
        (a save the person asked for) to end. True when none is left running."""
        deadline = time.monotonic() + timeout
        with cls._running_lock:
            running = list(cls._running)
        return all(task.wait(max(0.0, deadline - time.monotonic())) for task in running)

    def _run(self) -> None:
        try:
            result = self._work(self.context)
        except BaseException as e:  # handed to the GUI thread, which reports it
            self._hand_over(None, e)
        else:
            self._hand_over(result, None)
        finally:
            self._ended.set()
            with Task._running_lock:
                Task._running.discard(self)

    def _hand_over(self, result: object, error: BaseException | None) -> None:
        try:
            self.finished.emit(result, error)
        except RuntimeError:  # the owner (a view closed meanwhile) was deleted, and this task with it
            if error is not None:
                log.error("background work failed after its view closed", exc_info=error)

    def _report(self, done: int, total: int) -> None:
        permille = done * 1000 // total if total else 0
        if permille != self._permille:  # at most a thousand signals, however long the work
            self._permille = permille
            self.progressed.emit(done, total)

    def _show_progress(self, done: int, total: int) -> None:
        if self.dialog is not None:
            self.dialog.setValue(done * 1000 // total if total else 0)

    def _done(self, result: object, error: object) -> None:
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        try:
            if isinstance(error, BaseException):
                handler = self._failure or Task.report_failure
                if handler is None:
                    log.error("background work failed", exc_info=error)
                else:
                    handler(error)
            elif self._success is not None:
                self._success(cast(T, result))
        finally:
            self.deleteLater()


def failure_text(error: BaseException) -> str:
    """What went wrong, for the person. Supple's own errors and the file system's say it in their
    message; the database's are put in words (never SQL text); anything else is named by its type."""
    import sqlite3

    from desktop.content.bundle import BundleError
    from desktop.content.problems import RoutineError
    from desktop.qt.messages import problems_text, say
    from desktop.store.errors import StoreError, plain_reason

    if isinstance(error, RoutineError):
        return problems_text(error.problems)
    if isinstance(error, BundleError):
        return "\n".join(
            [say(error.note), *(f"  {line}" for line in problems_text(error.problems).splitlines())]
        )
    orig = getattr(error, "orig", None)
    if isinstance(error, StoreError | sqlite3.Error) or isinstance(orig, sqlite3.Error):
        reason = plain_reason(error)
        return reason[:1].upper() + reason[1:] + "."
    if isinstance(error, OSError) or type(error).__module__.startswith("desktop."):
        return str(error)
    return f"{type(error).__name__}: {error}"


def show_failure(parent: QWidget, title: str, error: BaseException) -> QMessageBox:
    """Open (without waiting) a warning box with the failure's text; returns it."""
    from desktop.qt.dialogs import show_message

    return show_message(parent, QMessageBox.Icon.Warning, title, failure_text(error), name="taskErrorBox")
