"""Runs a session in the window: the engine's driver, cues, and history records to the store.

The window asks it to start, pause, skip...; it tells the window what to show through signals.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from desktop.domain import Routine, SessionRecord
from desktop.engine import Clock, MonotonicClock, Plan, Session, plan_routine
from desktop.qt.cues import CuePlayer
from desktop.qt.session_driver import SessionDriver
from desktop.qt.settings import Settings

log = logging.getLogger(__name__)


class SessionController(QObject):
    """Signals:
    phaseStarted(object): a Phase begins (the window plays its clip, segment and mirror).
    stepStatusChanged(int, str): a step became current, done or skipped.
    ticked(): time to redraw the timer from `view()`.
    stateChanged(str): idle, running, paused or finished.
    finished(object): the session ended; carries its records.
    recordSaved(int): a step record was committed to the store (its row id).
    recordFailed(str): a history write failed (disk full, read-only, damage): what and why, for
        the person. Emitted on the GUI thread; `unsaved_steps()` counts the session's lost steps.
    """

    phaseStarted = Signal(object)
    stepStatusChanged = Signal(int, str)
    ticked = Signal()
    stateChanged = Signal(str)
    finished = Signal(object)
    recordSaved = Signal(int)
    recordFailed = Signal(str)
    #: From the writer thread: (message, session id of a failed step record or "").
    _writeFailed = Signal(str, str)

    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cues = CuePlayer(settings, self)
        self.driver: SessionDriver | None = None
        self.routine: Routine | None = None
        self._writer: Any = None
        self._store: Any = None
        self.saved_ids: list[int] = []
        #: Session id -> step records of it whose write failed.
        self._failed: dict[str, int] = {}
        self._store_set = False
        self._last: Session | None = None  # the current or last session, kept after `stop()`
        #: Makes the session's clock; tests swap in the engine's FakeClock.
        self.clock_factory: Callable[[], Clock] = MonotonicClock

    # ----- store
    def set_store(self, store: Any) -> None:
        """Attach the store. A session may already be running (the store opens in the background,
        and `--play` starts at once): its session and the records made so far are saved now."""
        self._store = store
        self._store_set = True
        if store is None or store.read_only:
            return
        # Both callbacks run on the writer thread; the signals reach this object's slots on the GUI thread.
        self._writer = store.history_writer(
            on_saved=lambda row_id: self.recordSaved.emit(int(row_id)),
            on_error=lambda exc: self._writeFailed.emit(
                str(exc), getattr(exc.item, "session_id", None) or ""
            ),
        )
        self.recordSaved.connect(self._on_saved)
        self._writeFailed.connect(self._on_write_failed)
        session = self.session
        if session is not None and self.routine is not None:
            first = session.records[0].started_at if session.records else None
            self._writer.start_session(self.routine.title, first, session_id=session.session_id)
            for record in session.records:
                self._writer.submit(record)
            if session.state.value == "finished":
                self._writer.end_session(session.session_id)

    @Slot(int)
    def _on_saved(self, row_id: int) -> None:
        self.saved_ids.append(row_id)

    @Slot(str, str)
    def _on_write_failed(self, message: str, session_id: str) -> None:
        log.error("history not saved: %s", message)
        if session_id:
            self._failed[session_id] = self._failed.get(session_id, 0) + 1
        self.recordFailed.emit(message)

    def unsaved_steps(self) -> int:
        """Step records of the current (or last) session that are not in history: failed writes,
        or all of them when the store is read-only or could not be opened."""
        session = self._last
        if session is None:
            return 0
        if self._store_set and self._writer is None:
            return len(session.records)
        return self._failed.get(session.session_id or "", 0)

    # ----- state
    @property
    def active(self) -> bool:
        return self.driver is not None and self.driver.session.state.value in ("running", "paused")

    @property
    def session(self) -> Session | None:
        return self.driver.session if self.driver is not None else None

    @property
    def plan(self) -> Plan | None:
        return self.driver.session.plan if self.driver is not None else None

    def start(self, routine: Routine, from_step: int = 0, plan: Plan | None = None) -> None:
        """Start a session of `routine`, or of `plan` (a playlist) shown as that routine."""
        self.stop()
        self.routine = routine
        plan = plan if plan is not None else plan_routine(routine)
        session_id = self._writer.start_session(routine.title) if self._writer is not None else None
        session = Session(plan, self.clock_factory(), session_id=session_id)
        self._last = session
        driver = SessionDriver(session, self)
        driver.phaseStarted.connect(self.phaseStarted)
        driver.stepStatusChanged.connect(self.stepStatusChanged)
        driver.ticked.connect(self.ticked)
        driver.stateChanged.connect(self.stateChanged)
        driver.cueDue.connect(self._on_cue)
        driver.stepRecorded.connect(self._on_record)
        driver.finished.connect(self._on_finished)
        self.driver = driver
        driver.start(from_step)

    def stop(self) -> None:
        """End a running session (its current piece is recorded as skipped) and let it go."""
        if self.driver is None:
            return
        if self.active:
            self.driver.end()
        self.driver.close()
        self.driver.deleteLater()
        self.driver = None

    def tick_now(self) -> None:
        """Process whatever is due at this instant (the driver's timer does this by itself)."""
        if self.driver is not None:
            self.driver.tick_now()

    # ----- controls (each a no-op without a session)
    def toggle_pause(self) -> None:
        if self.driver is not None:
            self.driver.toggle_pause()

    def skip(self) -> None:
        if self.driver is not None:
            self.driver.skip()

    def back(self) -> None:
        if self.driver is not None:
            self.driver.back()

    def restart_step(self) -> None:
        if self.driver is not None:
            self.driver.restart_step()

    def add_time(self) -> None:
        if self.driver is not None:
            self.driver.add_time()

    def jump_to_step(self, index: int) -> None:
        if self.driver is not None:
            self.driver.jump_to_step(index)

    # ----- engine events
    @Slot(str)
    def _on_cue(self, kind: str) -> None:
        self.cues.cue(kind)

    @Slot(object)
    def _on_record(self, record: SessionRecord) -> None:
        if self._writer is not None:
            self._writer.submit(record)  # committed on the writer thread at once; never blocks

    @Slot()
    def _on_finished(self) -> None:
        session = self.session
        if session is None:
            return
        if self._writer is not None:
            self._writer.end_session(session.session_id)
        self.finished.emit(tuple(session.records))
