"""Runs a session in the window: the engine's Session, the timer that wakes it, cues, and history.

This is the one Qt object a view talks to about a session. It owns:

- the `Session` (desktop/engine/session.py), which does all the timing;
- a single-shot precise QTimer, re-armed after every tick and every control for
  `Session.next_wake()` (the next deadline or cue), or sooner for a display refresh, so it sleeps
  exactly until something is due and no tick count is kept;
- the history writer: every finished or skipped step record is handed to it at once and committed
  on its own thread;
- the cue player.

Views read state through read-only properties (`state`, `phase`, `rate`, `view()`...) and receive
the engine's own values in signals (`SessionState`, `StepStatus`, `Phase`); no view touches
`Session`, and none compares a state with a string.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from desktop.content.adhoc import played_by
from desktop.domain import Routine, SessionRecord
from desktop.engine import (
    ADD_TIME_SECONDS,
    Clock,
    CueDue,
    Event,
    MonotonicClock,
    Phase,
    PhaseStarted,
    Plan,
    Session,
    SessionFinished,
    SessionState,
    SessionView,
    StateChanged,
    StepRecorded,
    StepStatus,
    StepStatusChanged,
    plan_routine,
)
from desktop.qt.cues import CuePlayer
from desktop.qt.settings import Settings

if TYPE_CHECKING:
    from desktop.store import HistoryWriter, Store

log = logging.getLogger(__name__)

REFRESH_SECONDS = 0.1
"""While running, `ticked` comes at least this often, for a smooth timer display (10 Hz)."""


class SessionController(QObject):
    """Signals:
    phaseStarted(Phase): a phase begins (the window plays its clip, segment and mirror).
    stepStatusChanged(int, StepStatus): a step became current, done or skipped.
    stateChanged(SessionState): idle, running, paused or finished.
    ticked(): the session was brought up to date; redraw from `view()`.
    finished(object): the session ended (ran out of steps, or `end()`); carries its records.
    engineEvent(object): every engine event, for consumers that need all the detail (benchmarks).
    recordFailed(str): a history write failed (disk full, read-only, damage): what and why, for
        the person. Emitted on the GUI thread; `unsaved_steps()` counts the session's lost records.
    """

    phaseStarted = Signal(object)
    stepStatusChanged = Signal(int, object)
    stateChanged = Signal(object)
    ticked = Signal()
    finished = Signal(object)
    engineEvent = Signal(object)
    recordFailed = Signal(str)
    #: From the writer thread: (message, session id of a failed step record or "").
    _writeFailed = Signal(str, str)

    def __init__(
        self,
        settings: Settings,
        parent: QObject | None = None,
        *,
        refresh_seconds: float | None = REFRESH_SECONDS,
    ) -> None:
        super().__init__(parent)
        self.cues = CuePlayer(settings, self)
        self.routine: Routine | None = None
        #: The ladder level the current (or last) session plays; None: not a ladder routine.
        self.level: int | None = None
        #: Seconds from the start of the last session to its end (pauses included), once it ended.
        self.duration = 0.0
        self._started = 0.0
        self._session: Session | None = None  # the current or last session, kept after `stop()`
        self._unsubscribe: Callable[[], None] | None = None
        self._refresh = refresh_seconds
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.tick_now)
        self._writer: HistoryWriter | None = None
        self._store_set = False
        #: Session id -> step records of it whose write failed.
        self._failed: dict[str, int] = {}
        self._writeFailed.connect(self._on_write_failed)
        #: Makes the session's clock; tests swap in the engine's FakeClock.
        self.clock_factory: Callable[[], Clock] = MonotonicClock

    # ----- what views read
    @property
    def state(self) -> SessionState:
        return self._session.state if self._session is not None else SessionState.IDLE

    @property
    def active(self) -> bool:
        """A session is running or paused (not idle, not finished)."""
        return self.state in (SessionState.RUNNING, SessionState.PAUSED)

    @property
    def paused(self) -> bool:
        return self.state is SessionState.PAUSED

    @property
    def phase(self) -> Phase | None:
        return self._session.phase if self._session is not None else None

    @property
    def rate(self) -> float:
        """The speed the current phase plays its clip at (a playlist item's own speed), else 1."""
        phase = self.phase
        return phase.speed if phase is not None else 1.0

    @property
    def plan(self) -> Plan | None:
        return self._session.plan if self._session is not None else None

    @property
    def session_id(self) -> str | None:
        """The history id of the current (or last) session; None when history is not saved."""
        return self._session.session_id if self._session is not None else None

    @property
    def records(self) -> tuple[SessionRecord, ...]:
        return self._session.records if self._session is not None else ()

    @property
    def step_statuses(self) -> tuple[StepStatus, ...]:
        return self._session.step_statuses() if self._session is not None else ()

    def view(self) -> SessionView | None:
        """Everything the timer shows, at this instant; None before the first session."""
        return self._session.view() if self._session is not None else None

    # ----- the store
    def set_store(self, store: Store | None) -> None:
        """Attach the store. A session may already be running (the store opens in the background,
        and `--play` starts at once): its session and the records made so far are saved now."""
        self._store_set = True
        if store is None or store.read_only:
            return
        # Both callbacks run on the writer thread; the signal reaches `_on_write_failed` on the GUI thread.
        self._writer = store.history_writer(
            on_error=lambda exc: self._writeFailed.emit(
                str(exc), getattr(exc.item, "session_id", None) or ""
            ),
        )
        session = self._session
        if session is not None and self.routine is not None:
            first = session.records[0].started_at if session.records else None
            routine_id, playlist_id = played_by(self.routine)
            self._writer.start_session(
                self.routine.title,
                first,
                session_id=session.session_id,
                routine_id=routine_id,
                playlist_id=playlist_id,
                level=self.level,
            )
            for record in session.records:
                self._writer.submit(record)
            if session.state is SessionState.FINISHED:
                self._writer.end_session(session.session_id)

    def flush(self, timeout: float) -> bool:
        """Wait until every record handed to the history writer is committed (or failed)."""
        return self._writer.flush(timeout) if self._writer is not None else True

    @Slot(str, str)
    def _on_write_failed(self, message: str, session_id: str) -> None:
        log.error("history not saved: %s", message)
        if session_id:
            self._failed[session_id] = self._failed.get(session_id, 0) + 1
        self.recordFailed.emit(message)

    def unsaved_steps(self) -> int:
        """Step records of the current (or last) session that are not in history: failed writes,
        or all of them when the store is read-only or could not be opened."""
        session = self._session
        if session is None:
            return 0
        if self._store_set and self._writer is None:
            return len(session.records)
        return self._failed.get(session.session_id or "", 0)

    # ----- starting and stopping
    def start(
        self, routine: Routine, from_step: int = 0, plan: Plan | None = None, *, level: int | None = None
    ) -> None:
        """Start a session of `routine`, or of `plan` (a playlist) shown as that routine, at `level`
        of a ladder routine (history records it)."""
        self.stop()
        self.routine = routine
        self.level = level
        plan = plan if plan is not None else plan_routine(routine)
        session_id = None
        if self._writer is not None:
            routine_id, playlist_id = played_by(routine)
            session_id = self._writer.start_session(
                routine.title, routine_id=routine_id, playlist_id=playlist_id, level=level
            )
        self._session = Session(plan, self.clock_factory(), session_id=session_id)
        self._started = self._session.clock.now()
        self.duration = 0.0
        self._unsubscribe = self._session.subscribe(self._on_event)
        self._control(lambda s: s.start(from_step))

    def stop(self) -> None:
        """End a running session (its current phase is recorded as skipped) and stop listening."""
        if self._session is None or self._unsubscribe is None:
            return
        if self.active:
            self._control(Session.end)
        self._timer.stop()
        self._unsubscribe()
        self._unsubscribe = None

    # ----- controls (each a no-op without a running or paused session)
    def toggle_pause(self) -> None:
        self._control(Session.toggle_pause)

    def pause(self) -> None:
        self._control(Session.pause)

    def resume(self) -> None:
        self._control(Session.resume)

    def skip(self) -> None:
        self._control(Session.skip)

    def back(self) -> None:
        self._control(Session.back)

    def restart_step(self) -> None:
        self._control(Session.restart_step)

    def add_time(self, seconds: float = ADD_TIME_SECONDS) -> None:
        self._control(lambda s: s.add_time(seconds))

    def jump_to_step(self, index: int) -> None:
        self._control(lambda s: s.jump_to_step(index))

    def end(self) -> None:
        self._control(Session.end)

    def tick_now(self) -> None:
        """Bring the session up to date at once (the timer does this by itself; tests call it
        after moving a fake clock)."""
        self._control(Session.tick)

    def _control(self, action: Callable[[Session], None]) -> None:
        session = self._session
        if session is None or self._unsubscribe is None:
            return
        action(session)
        self._rearm(session)
        self.ticked.emit()

    def _rearm(self, session: Session) -> None:
        wake = session.next_wake()
        if wake is None:
            self._timer.stop()
            return
        now = session.clock.now()
        if self._refresh is not None:
            wake = min(wake, now + self._refresh)
        # Rounded up: waking a hair early would only cost an empty tick and another arm.
        self._timer.start(max(0, math.ceil((wake - now) * 1000.0 - 1e-6)))

    # ----- engine events (called by the session, on the GUI thread)
    def _on_event(self, event: Event) -> None:
        self.engineEvent.emit(event)
        match event:
            case PhaseStarted(phase=phase):
                self.phaseStarted.emit(phase)
            case StepStatusChanged(step_index=index, status=status):
                self.stepStatusChanged.emit(index, status)
            case CueDue(kind=kind):
                self.cues.cue(kind)
            case StepRecorded(record=record):
                if self._writer is not None:
                    self._writer.submit(record)  # committed on the writer thread at once; never blocks
            case StateChanged(state=state):
                self.stateChanged.emit(state)
            case SessionFinished():
                self._timer.stop()
                if self._session is not None:
                    self.duration = self._session.clock.now() - self._started
                if self._writer is not None and self._session is not None:
                    self._writer.end_session(self._session.session_id)
                self.finished.emit(self.records)
