"""HistoryWriter: history writes on one background thread, so recording never blocks the UI.

Callbacks run on the writer thread. The Qt layer turns them into signals delivered on the GUI
thread (`desktop.qt.session_controller`); nothing here knows about Qt. A write that fails (disk
full, read-only, damage) is never silent: `on_error` hears of it at once with a message for the
person, and `failed_records` counts the step records that were not saved.
"""

from __future__ import annotations

import atexit
import logging
import queue
import sqlite3
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from desktop.domain import SessionRecord
from desktop.store.errors import HistoryWriteError
from desktop.store.repositories import HistoryRepository

log = logging.getLogger(__name__)

#: Each attempt already waits busy_timeout (5 s) for the lock.
RETRIES_WHEN_BUSY = 3
_BUSY_CODES = {5, 6}  # SQLITE_BUSY, SQLITE_LOCKED

OnSaved = Callable[[int], None]
OnError = Callable[[HistoryWriteError], None]


def is_busy(exc: BaseException) -> bool:
    """True for "database is locked": worth another try, unlike a constraint or a damaged file."""
    orig = getattr(exc, "orig", exc)  # SQLAlchemy wraps the driver's error
    if not isinstance(orig, sqlite3.OperationalError):
        return False
    code = getattr(orig, "sqlite_errorcode", None)
    return isinstance(code, int) and (code & 0xFF) in _BUSY_CODES


@dataclass(frozen=True, slots=True)
class _Job:
    item: object
    run: Callable[[], int | None]  # returns a step record id to acknowledge, or None
    what: str  # the item in words, for a message


def describe_record(record: SessionRecord) -> str:
    """A step record in words: "step reach (left side, set 2)"."""
    side = "" if record.side.value == "none" else f"{record.side.value} side, "
    return f"step {record.step_id} ({side}set {record.set_index})"


class HistoryWriter:
    """Queue history writes; one thread commits each in its own transaction, in order.

    `on_saved(record_id)` follows every committed step record; `on_error(HistoryWriteError)`
    follows a write that failed (`.item` is what was not saved, `__cause__` why). The writer goes
    on after an error. Call `close()` to drain the queue; it also runs at interpreter exit.
    """

    def __init__(
        self,
        history: HistoryRepository,
        on_saved: OnSaved | None = None,
        on_error: OnError | None = None,
        *,
        name: str = "supple-history-writer",
    ) -> None:
        self._history = history
        self._on_saved = on_saved
        self._on_error = on_error
        self._queue: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._progress = threading.Condition()
        self._submitted = 0
        self._finished = 0
        self._failed_records = 0
        self._closed = False
        # Daemon, so a forgotten close() cannot hang the exit; the atexit hook still drains it.
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()
        atexit.register(self.close)

    # -- the GUI thread's side: all of these return at once ----------------------------------

    def start_session(
        self,
        title: str,
        started_at: datetime | None = None,
        session_id: str | None = None,
        *,
        routine_id: str | None = None,
        playlist_id: str | None = None,
        level: int | None = None,
    ) -> str:
        """Queue a new session and return its id now, for the records that follow. It played a
        routine or a playlist (or neither: a clip opened alone), up to `level` of a ladder routine.

        `session_id` adopts an id made elsewhere (a session that began before the store opened);
        the rest is as `HistoryRepository.start_session` takes it.
        """
        session_id = session_id or str(uuid.uuid4())

        def start() -> None:
            self._history.start_session(
                title, started_at, session_id, routine_id=routine_id, playlist_id=playlist_id, level=level
            )

        self._put(
            _Job(
                f"session {title!r}",
                start,
                f"the start of the session {title}",
            )
        )
        return session_id

    def end_session(self, session_id: str, ended_at: datetime | None = None, note: str | None = None) -> None:
        self._put(
            _Job(
                f"end of session {session_id}",
                lambda: self._end(session_id, ended_at, note),
                "the end of the session",
            )
        )

    def submit(self, record: SessionRecord) -> None:
        """Queue a step record; `on_saved` receives its id once it is committed."""
        self._put(_Job(record, lambda: self._history.record_step(record), describe_record(record)))

    @property
    def failed_records(self) -> int:
        """Step records whose write failed so far (each was reported to `on_error`)."""
        with self._progress:
            return self._failed_records

    @property
    def pending(self) -> int:
        with self._progress:
            return self._submitted - self._finished

    def flush(self, timeout: float | None = None) -> bool:
        """Wait until everything submitted so far is written; False on timeout."""
        if threading.current_thread() is self._thread:
            raise RuntimeError("flush() from a writer callback would wait for itself")
        with self._progress:
            target = self._submitted
            return self._progress.wait_for(lambda: self._finished >= target, timeout)

    def close(self, timeout: float | None = None) -> bool:
        """Write what is queued, then stop the thread. True when it stopped within `timeout`."""
        with self._progress:
            if not self._closed:
                self._closed = True
                self._queue.put(None)
        atexit.unregister(self.close)
        if threading.current_thread() is not self._thread:
            self._thread.join(timeout)
        return not self._thread.is_alive()

    # -- the writer thread ------------------------------------------------------------------------

    def _put(self, job: _Job) -> None:
        with self._progress:
            if self._closed:
                raise RuntimeError("the history writer is closed")
            self._submitted += 1
            self._queue.put(job)

    def _end(self, session_id: str, ended_at: datetime | None, note: str | None) -> None:
        self._history.end_session(session_id, ended_at, note)

    def _run(self) -> None:
        while (job := self._queue.get()) is not None:
            try:
                self._execute(job)
            finally:
                with self._progress:
                    self._finished += 1
                    self._progress.notify_all()

    def _execute(self, job: _Job) -> None:
        attempt = 0
        while True:
            try:
                record_id = job.run()
                break
            except Exception as exc:
                if is_busy(exc) and attempt < RETRIES_WHEN_BUSY:
                    attempt += 1  # another process held the write lock past busy_timeout
                    log.warning("database busy, retrying %s (%d)", job.item, attempt)
                    continue
                error = HistoryWriteError(job.item, exc, job.what)
                error.__cause__ = exc
                log.error("%s (%s)", error, _driver_error(exc))
                if isinstance(job.item, SessionRecord):
                    with self._progress:
                        self._failed_records += 1
                self._notify(self._on_error, error)
                return
        if record_id is not None:
            self._notify(self._on_saved, record_id)

    @staticmethod
    def _notify(callback: Callable[[Any], None] | None, value: object) -> None:
        if callback is None:
            return
        try:
            callback(value)
        except Exception:
            log.exception("a history writer callback raised")


def _driver_error(exc: BaseException) -> str:
    """For the log: the database driver's own error, without SQLAlchemy's SQL and parameters."""
    orig = getattr(exc, "orig", None)
    return repr(orig if isinstance(orig, BaseException) else exc)
