"""Runs a Session on the GUI thread and turns its events into Qt signals.

The session does the timing; this only wakes it. A single-shot precise QTimer is re-armed after
every tick and every control for `session.next_wake()` (the next deadline or cue), or sooner for a
display refresh, so the driver sleeps exactly until something is due and no tick count is kept.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from desktop.engine import (
    ADD_TIME_SECONDS,
    CueDue,
    Event,
    PhaseEnded,
    PhaseStarted,
    Session,
    SessionFinished,
    StateChanged,
    StepRecorded,
    StepStarted,
    StepStatusChanged,
)

REFRESH_SECONDS = 0.1
"""While running, `ticked` comes at least this often, for a smooth timer display (10 Hz)."""


class SessionDriver(QObject):
    """Owns the timer that wakes a `Session`; call the session's controls through this object so
    the timer is re-armed after each.

    Signals:
        phaseStarted(object): a `Phase` began.
        phaseEnded(object): a `PhaseEnded` event (phase, when, done or skipped).
        stepStarted(int): the session entered this step (also when it restarts).
        stepStatusChanged(int, str): a step became pending, current, done or skipped.
        cueDue(str): a cue kind ("countdown-3", "switch-side", ...); see `desktop.engine.CUE_SOUNDS`.
        stepRecorded(object): a `SessionRecord` to write to history at once.
        stateChanged(str): idle, running, paused or finished.
        finished(): the session is over (ran out of steps, or `end()`).
        ticked(): the session was brought up to date; read `session.view()` to redraw.
        engineEvent(object): every engine event, for consumers that need all the detail.
    """

    phaseStarted = Signal(object)
    phaseEnded = Signal(object)
    stepStarted = Signal(int)
    stepStatusChanged = Signal(int, str)
    cueDue = Signal(str)
    stepRecorded = Signal(object)
    stateChanged = Signal(str)
    finished = Signal()
    ticked = Signal()
    engineEvent = Signal(object)

    def __init__(
        self,
        session: Session,
        parent: QObject | None = None,
        *,
        refresh_seconds: float | None = REFRESH_SECONDS,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._refresh = refresh_seconds
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._on_timeout)
        self._unsubscribe = session.subscribe(self._on_event)

    @property
    def session(self) -> Session:
        return self._session

    def start(self, from_step: int = 0) -> None:
        self._session.start(from_step)
        self._after_control()

    def pause(self) -> None:
        self._session.pause()
        self._after_control()

    def resume(self) -> None:
        self._session.resume()
        self._after_control()

    def toggle_pause(self) -> None:
        self._session.toggle_pause()
        self._after_control()

    def skip(self) -> None:
        self._session.skip()
        self._after_control()

    def back(self) -> None:
        self._session.back()
        self._after_control()

    def restart_step(self) -> None:
        self._session.restart_step()
        self._after_control()

    def add_time(self, seconds: float = ADD_TIME_SECONDS) -> None:
        self._session.add_time(seconds)
        self._after_control()

    def jump_to_step(self, step_index: int) -> None:
        self._session.jump_to_step(step_index)
        self._after_control()

    def end(self) -> None:
        self._session.end()
        self._after_control()

    def close(self) -> None:
        """Stop the timer and stop listening to the session (call before dropping the driver)."""
        self._timer.stop()
        self._unsubscribe()

    def tick_now(self) -> None:
        """Tick at once instead of waiting for the timer (after a fake clock moved, say)."""
        self._on_timeout()

    def _on_timeout(self) -> None:
        self._session.tick()
        self._after_control()

    def _after_control(self) -> None:
        self._rearm()
        self.ticked.emit()

    def _rearm(self) -> None:
        wake = self._session.next_wake()
        if wake is None:
            self._timer.stop()
            return
        now = self._session.clock.now()
        if self._refresh is not None:
            wake = min(wake, now + self._refresh)
        # Rounded up: waking a hair early would only cost an empty tick and another arm.
        self._timer.start(max(0, math.ceil((wake - now) * 1000.0 - 1e-6)))

    def _on_event(self, event: Event) -> None:
        self.engineEvent.emit(event)
        match event:
            case PhaseStarted(phase=phase):
                self.phaseStarted.emit(phase)
            case PhaseEnded():
                self.phaseEnded.emit(event)
            case StepStarted(step_index=index):
                self.stepStarted.emit(index)
            case StepStatusChanged(step_index=index, status=status):
                self.stepStatusChanged.emit(index, status.value)
            case CueDue(kind=kind):
                self.cueDue.emit(kind)
            case StepRecorded(record=record):
                self.stepRecorded.emit(record)
            case StateChanged(state=state):
                self.stateChanged.emit(state.value)
            case SessionFinished():
                self.finished.emit()
