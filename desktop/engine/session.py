"""Walking a plan against a monotonic clock.

Time is deadline arithmetic, never a count of ticks. While running, the current phase has a
deadline on the injected `Clock`; the time left is `deadline - clock.now()`. When `tick()` finds a
deadline passed it ends that phase *at its deadline* and starts the next one there, so phase k
ends exactly at start + the durations before it + pauses + added time, however late the tick came
(after a stall one `tick()` walks through several phases). Pausing stores the exact remainder;
resuming sets a new deadline from it.

Cues (sounds) are due at fixed points against the deadline: a 3-2-1 countdown at deadline-3, -2
and -1 of the phases whose `countdown` is set, a "rep" cue at each paced rep after the first, and
"switch-side", "next-step" and "session-done" at the boundaries where time, not the user, moves
the session on (a control gives its own feedback, so skip, back and end play nothing). `next_wake()`
tells the driver when the next deadline or cue is due, so cues are not late by design. A cue that a
stall has made more than `STALE_CUE_SECONDS` late is dropped rather than played stale. A session
given `halfway_seconds` also cues "halfway" in the middle of every hold (unpaced work) that long.

History: every WORK phase (one side of one set) that ends produces a `SessionRecord`:
- ran to its deadline: DONE, actual = its length including added time;
- `skip()` (and `jump_to_step` forwards): the phase in progress is SKIPPED with the seconds it ran,
  and every work phase of that step not yet started is SKIPPED with 0 s, so history shows the
  whole step as skipped, not as silently shorter;
- `back()`, `restart_step()`, `jump_to_step` backwards: only the work phase in progress is recorded
  (SKIPPED, seconds it ran), and only if it ran at all; the step is about to be played again, so
  its other phases are not;
- `end()`: the work phase in progress is SKIPPED; phases never reached are not recorded.
Actual seconds never include pauses.

Controls that make no sense in the current state (pause when paused, skip before start or after
the end) do nothing, so a click racing the session's own end cannot raise in a Qt slot.

Events are queued while the session changes and delivered once it is consistent again; a
subscriber may call a control from inside a callback, and its events follow in order.
"""

from __future__ import annotations

import math
import uuid
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Final

from desktop.domain import Outcome, SessionRecord, Side
from desktop.domain.wall_clock import WallClock, utc_now
from desktop.engine.clock import Clock
from desktop.engine.events import (
    CueDue,
    CueKind,
    Event,
    PhaseEnded,
    PhaseStarted,
    SessionFinished,
    SessionState,
    StateChanged,
    StepRecorded,
    StepStarted,
    StepStatus,
    StepStatusChanged,
)
from desktop.engine.plan import Phase, PhaseKind, Plan

STALE_CUE_SECONDS: Final = 1.0
"""A cue heard more than this late (after a stall) would be wrong: it is dropped instead."""

BACK_RESTART_SECONDS: Final = 2.0
"""`back()` restarts the current step when more than this much of it has been played."""

CUE_ROTATE_SECONDS: Final = 8.0
"""How long each of a step's cue lines is shown before the next one."""

ADD_TIME_SECONDS: Final = 10.0

_MAX_REP_CUES_AT_ONCE: Final = 4
"""The most rep cues one tick plays. Reps are at least `MIN_WORK_SECONDS` apart, so no more than
three are ever fresh at once (see `STALE_CUE_SECONDS`); the cap keeps a catch-up over a stall, or
added time on a plan built some other way, from walking millions of reps."""

_COUNTDOWN_KINDS: Final[dict[int, CueKind]] = {3: "countdown-3", 2: "countdown-2", 1: "countdown-1"}
"""Countdown cues by how many seconds before the deadline they are due."""


@dataclass(frozen=True, slots=True)
class _Cue:
    key: str
    kind: CueKind
    due: float
    rep: int | None = None


@dataclass(frozen=True, slots=True)
class SessionView:
    """Everything the timer panel shows, read at one instant."""

    state: SessionState
    phase: Phase | None
    remaining: float
    elapsed: float
    progress: float
    total_remaining: float
    rep: int | None
    cue_line: str | None
    up_next: str
    step_statuses: tuple[StepStatus, ...]


def describe_next(plan: Plan, phase: Phase) -> str:
    """What comes after `phase`, in words for the timer panel's "Next:" line ("rest 30 s")."""
    return describe_after(phase, plan.next_phase(phase))


def describe_after(phase: Phase, nxt: Phase | None) -> str:
    """`describe_next` of `phase`, whose next phase is `nxt` (None: the session ends)."""
    if nxt is None:
        return "finish"
    if nxt.step_index != phase.step_index:
        return nxt.step.title
    side = f"{nxt.side.value} side" if nxt.side is not Side.NONE else ""
    if nxt.kind is PhaseKind.REST:
        return f"rest {nxt.duration:g} s"
    if nxt.kind is PhaseKind.SWITCH:
        return f"switch to the {side}"
    if nxt.set_index != phase.set_index:
        return f"set {nxt.set_index} of {nxt.step.sets}" + (f", {side}" if side else "")
    return side or "work"


class Session:
    """One play-through of a plan. See the module docstring for the rules it keeps.

    The UI subscribes to events, calls `tick()` when `next_wake()` comes (and whenever it wants to
    refresh), and reads `view()` to draw. All methods must be called from one thread.
    """

    def __init__(
        self,
        plan: Plan,
        clock: Clock,
        *,
        wall: WallClock = utc_now,
        session_id: str | None = None,
        cue_rotate_seconds: float = CUE_ROTATE_SECONDS,
        halfway_seconds: float | None = None,
    ) -> None:
        if not plan.phases:
            raise ValueError("a session needs a plan with at least one step")
        self._plan = plan
        self._clock = clock
        self._wall = wall
        self._session_id = session_id if session_id is not None else str(uuid.uuid4())
        self._cue_rotate = cue_rotate_seconds
        self._halfway = halfway_seconds
        self._subscribers: list[Callable[[Event], None]] = []
        self._queue: deque[Event] = deque()
        self._delivering = False

        self._state = SessionState.IDLE
        self._now = 0.0
        self._index = 0
        self._total = plan.phases[0].duration
        self._deadline = 0.0
        self._remainder = self._total
        self._began: float | None = None
        self._fired: set[str] = set()  # the current phase's countdown cues played (or dropped)
        self._reps_cued = 1  # the current phase's last rep whose cue was played (or dropped)
        self._step_active_before = 0.0
        self._statuses = [StepStatus.PENDING] * plan.step_count
        self._records: list[SessionRecord] = []

    # -- what it is -------------------------------------------------------------------------------

    @property
    def plan(self) -> Plan:
        return self._plan

    @property
    def clock(self) -> Clock:
        return self._clock

    @property
    def session_id(self) -> str:
        return self._session_id

    @property
    def state(self) -> SessionState:
        return self._state

    @property
    def phase(self) -> Phase | None:
        """The current phase, while running or paused."""
        if self._state in (SessionState.RUNNING, SessionState.PAUSED):
            return self._plan.phases[self._index]
        return None

    @property
    def records(self) -> tuple[SessionRecord, ...]:
        return tuple(self._records)

    def subscribe(self, callback: Callable[[Event], None]) -> Callable[[], None]:
        """Call `callback` with every event from now on; returns a function that unsubscribes."""
        self._subscribers.append(callback)

        def unsubscribe() -> None:
            if callback in self._subscribers:
                self._subscribers.remove(callback)

        return unsubscribe

    # -- controls ---------------------------------------------------------------------------------

    def start(self, from_step: int = 0) -> None:
        """Start playing at the first phase of step `from_step`."""
        if self._state is not SessionState.IDLE:
            return
        self._check_step(from_step)
        self._now = self._clock.now()
        self._set_state(SessionState.RUNNING)
        self._enter_step(from_step, self._now)
        self._advance()
        self._deliver()

    def tick(self) -> None:
        """Process everything due by now: cues, and every phase whose deadline has passed."""
        if self._state is SessionState.RUNNING:
            self._now = self._clock.now()
            self._advance()
        self._deliver()

    def pause(self) -> None:
        if self._state is SessionState.RUNNING:
            self._now = self._clock.now()
            self._advance()
            if self._state is SessionState.RUNNING:
                self._remainder = self._deadline - self._now
                self._set_state(SessionState.PAUSED)
        self._deliver()

    def resume(self) -> None:
        if self._state is SessionState.PAUSED:
            self._now = self._clock.now()
            self._deadline = self._now + self._remainder
            if self._began is None:
                self._began = self._now
            self._set_state(SessionState.RUNNING)
            self._advance()
        self._deliver()

    def toggle_pause(self) -> None:
        if self._state is SessionState.RUNNING:
            self.pause()
        elif self._state is SessionState.PAUSED:
            self.resume()

    def skip(self) -> None:
        """End the current step as skipped and go to the first phase of the next one."""
        if self._catch_up():
            self._leave_forward(self._current.step_index + 1)
        self._deliver()

    def back(self) -> None:
        """Like a music player: restart the current step once more than `BACK_RESTART_SECONDS` of
        it has played (prepare included, pauses not), otherwise go to the previous step's start.
        On the first step it always restarts."""
        if self._catch_up():
            step_index = self._current.step_index
            played = self._step_active_before + self._elapsed_at(self._now)
            restart = played > BACK_RESTART_SECONDS or step_index == 0
            self._go_back_to(step_index if restart else step_index - 1)
        self._deliver()

    def restart_step(self) -> None:
        if self._catch_up():
            self._go_back_to(self._current.step_index)
        self._deliver()

    def jump_to_step(self, step_index: int) -> None:
        """Go to a step's first phase: forwards counts as skipping the current step, backwards or
        onto itself as going back (see the module docstring). Steps jumped over stay pending.
        Before the start this does nothing: use `start(from_step)`."""
        self._check_step(step_index)
        if self._catch_up():
            if step_index > self._current.step_index:
                self._leave_forward(step_index)
            else:
                self._go_back_to(step_index)
        self._deliver()

    def add_time(self, seconds: float = ADD_TIME_SECONDS) -> None:
        """Lengthen the current phase; its countdown moves with the new deadline."""
        if not seconds > 0:
            raise ValueError(f"can only add a positive number of seconds, got {seconds}")
        if self._catch_up():
            if self._state is SessionState.RUNNING:
                self._deadline += seconds
            else:
                self._remainder += seconds
            self._total += seconds
            self._fired = {k for k in self._fired if not k.startswith("countdown")}
        self._deliver()

    def end(self) -> None:
        """Finish the session now; the work phase in progress is recorded as skipped."""
        if self._state is SessionState.IDLE:
            self._now = self._clock.now()
            self._finish(ended_early=True, at=self._now, cue=False)
        elif self._catch_up():
            done = not self._work_left()
            self._cut()
            self._set_status(self._current.step_index, StepStatus.DONE if done else StepStatus.SKIPPED)
            self._finish(ended_early=True, at=self._now, cue=False)
        self._deliver()

    # -- what the UI reads ------------------------------------------------------------------------

    def next_wake(self) -> float | None:
        """The clock reading at which the next deadline or cue is due; None unless running."""
        if self._state is not SessionState.RUNNING:
            return None
        pending = [c.due for c in self._countdown_cues() if c.key not in self._fired]
        if self._current.rep_seconds is not None and self._reps_cued < self._last_rep():
            pending.append(self._rep_due(max(2, self._reps_cued + 1)))
        return min([self._deadline, *pending])

    def remaining(self) -> float:
        return self._remaining_at(self._clock.now())

    def elapsed(self) -> float:
        """Seconds played of the current phase, pauses excluded."""
        return self._elapsed_at(self._clock.now())

    def progress(self) -> float:
        """How much of the current phase has been played, from 0 to 1."""
        return self._progress_at(self._clock.now())

    def total_remaining(self) -> float:
        """Seconds left in the whole session, at the current phase's lengths."""
        return self._total_remaining_at(self._clock.now())

    def current_rep(self) -> int | None:
        """The 1-based rep being done, in a paced work phase; None otherwise."""
        return self._rep_at(self._clock.now())

    def cue_line(self) -> str | None:
        """The cue line to show now: the step's cues, one after another every few seconds."""
        return self._cue_line_at(self._clock.now())

    def up_next(self) -> str:
        """What comes next, in words to follow "Next:" (before the start: the first step)."""
        if self._state is SessionState.IDLE:
            return self._plan.phases[0].step.title
        if self._state is SessionState.FINISHED:
            return ""
        return describe_next(self._plan, self._current)

    def step_status(self, step_index: int) -> StepStatus:
        return self._statuses[step_index]

    def step_statuses(self) -> tuple[StepStatus, ...]:
        return tuple(self._statuses)

    def view(self) -> SessionView:
        now = self._clock.now()
        return SessionView(
            state=self._state,
            phase=self.phase,
            remaining=self._remaining_at(now),
            elapsed=self._elapsed_at(now),
            progress=self._progress_at(now),
            total_remaining=self._total_remaining_at(now),
            rep=self._rep_at(now),
            cue_line=self._cue_line_at(now),
            up_next=self.up_next(),
            step_statuses=self.step_statuses(),
        )

    # -- time arithmetic --------------------------------------------------------------------------

    @property
    def _current(self) -> Phase:
        return self._plan.phases[self._index]

    def _remaining_at(self, now: float) -> float:
        if self._state is SessionState.RUNNING:
            return max(0.0, self._deadline - now)
        if self._state is SessionState.FINISHED:
            return 0.0
        return self._remainder

    def _elapsed_at(self, now: float) -> float:
        if self._state is SessionState.FINISHED:
            return 0.0
        return min(self._total, max(0.0, self._total - self._remaining_at(now)))

    def _progress_at(self, now: float) -> float:
        if self._state is SessionState.FINISHED:
            return 1.0
        return self._elapsed_at(now) / self._total

    def _total_remaining_at(self, now: float) -> float:
        if self._state is SessionState.IDLE:
            return self._plan.total_seconds
        if self._state is SessionState.FINISHED:
            return 0.0
        return self._remaining_at(now) + self._plan.seconds_after[self._index]

    def _rep_at(self, now: float) -> int | None:
        phase = self.phase
        return phase.rep_at(self._elapsed_at(now), self._total) if phase is not None else None

    def _cue_line_at(self, now: float) -> str | None:
        phase = self.phase
        if phase is None or not phase.cues:
            return None
        turn = int(self._elapsed_at(now) // self._cue_rotate)
        return phase.cues[turn % len(phase.cues)]

    def _countdown_cues(self) -> list[_Cue]:
        """The current phase's countdown cues (and "halfway" in a long hold) against its deadline
        (only meaningful while running)."""
        phase = self._current
        cues = []
        hold = phase.is_work and phase.rep_seconds is None
        if hold and self._halfway is not None and self._total >= self._halfway:
            cues.append(_Cue("halfway", "halfway", self._deadline - self._total / 2))
        if phase.countdown:
            cues += [
                _Cue(kind, kind, self._deadline - n)
                for n, kind in _COUNTDOWN_KINDS.items()
                if n < self._total
            ]
        return cues

    def _rep_due(self, rep: int) -> float:
        """When paced rep `rep` (from 2 on) starts, against the deadline; only for paced work."""
        pace = self._current.rep_seconds
        assert pace is not None
        return self._deadline - self._total + (rep - 1) * pace

    def _last_rep(self) -> int:
        return self._current.rep_at(self._total, self._total) or 1

    def _reps_due_by(self, t: float) -> int:
        """The last rep that has started by clock reading `t` (1 when only the first has), by
        arithmetic: a phase may hold millions of reps, and they are never listed."""
        pace = self._current.rep_seconds
        assert pace is not None
        last = self._last_rep()
        start = self._deadline - self._total
        rep = min(last, max(1, math.floor((t - start) / pace) + 1))
        while rep < last and self._rep_due(rep + 1) <= t:
            rep += 1
        while rep > 1 and self._rep_due(rep) > t:
            rep -= 1
        return rep

    def _take_due_cues(self) -> list[_Cue]:
        """The cues due by now that have not been played, in order, marked as played; at most
        `_MAX_REP_CUES_AT_ONCE` reps (older ones would be stale: see `_cue`)."""
        cues = [c for c in self._countdown_cues() if c.key not in self._fired and c.due <= self._now]
        self._fired.update(c.key for c in cues)
        if self._current.rep_seconds is not None:
            latest = self._reps_due_by(self._now)
            first = max(self._reps_cued + 1, 2, latest - _MAX_REP_CUES_AT_ONCE + 1)
            cues += [_Cue(f"rep-{k}", "rep", self._rep_due(k), k) for k in range(first, latest + 1)]
            self._reps_cued = max(self._reps_cued, latest)
        cues.sort(key=lambda c: c.due)
        return cues

    # -- moving through the plan ------------------------------------------------------------------

    def _advance(self) -> None:
        """Fire the cues due by now and end every phase whose deadline has passed, at its deadline."""
        while self._state is SessionState.RUNNING:
            for cue in self._take_due_cues():
                self._cue(cue.kind, cue.due, cue.rep)
            if self._deadline > self._now:
                return
            self._end_on_time()

    def _end_on_time(self) -> None:
        phase, end = self._current, self._deadline
        self._emit(PhaseEnded(phase, end, Outcome.DONE))
        if phase.is_work:
            self._record(phase, Outcome.DONE, self._total, self._began, end)
        nxt = self._plan.next_phase(phase)
        if nxt is None:
            self._set_status(phase.step_index, StepStatus.DONE)
            self._finish(ended_early=False, at=end, cue=True)
        elif nxt.step_index != phase.step_index:
            self._set_status(phase.step_index, StepStatus.DONE)
            self._enter_step(nxt.step_index, end)
            self._cue("next-step", end)
        else:
            self._step_active_before += self._total
            self._enter_phase(nxt.index, end)
            if nxt.kind is PhaseKind.SWITCH:
                self._cue("switch-side", end)

    def _enter_step(self, step_index: int, at: float) -> None:
        item = self._plan.items[step_index]
        self._step_active_before = 0.0
        self._set_status(step_index, StepStatus.CURRENT)
        self._emit(StepStarted(step_index, item.routine_id, item.step))
        self._enter_phase(self._plan.step_ranges[step_index].start, at)

    def _enter_phase(self, index: int, at: float) -> None:
        """Make phase `index` current from `at`; entered while paused, it waits for `resume()`."""
        phase = self._plan.phases[index]
        self._index = index
        self._total = phase.duration
        self._fired = set()
        self._reps_cued = 1
        if self._state is SessionState.RUNNING:
            self._deadline = at + phase.duration
            self._began = at
        else:
            self._remainder = phase.duration
            self._began = None
        self._emit(PhaseStarted(phase, at))

    def _catch_up(self) -> bool:
        """Bring a running session up to now before a control; False if there is nothing to control."""
        if self._state not in (SessionState.RUNNING, SessionState.PAUSED):
            return False
        self._now = self._clock.now()
        self._advance()
        return self._state in (SessionState.RUNNING, SessionState.PAUSED)

    def _work_left(self) -> bool:
        """Whether the current step has work not yet finished (the current phase included)."""
        stop = self._plan.step_ranges[self._current.step_index].stop
        return any(p.is_work for p in self._plan.phases[self._index : stop])

    def _cut(self, *, record_unplayed: bool = True) -> None:
        """End the current phase now, cut short; a work phase is recorded as skipped (unless it
        has not played at all and `record_unplayed` is False)."""
        phase = self._current
        played = self._elapsed_at(self._now)
        self._emit(PhaseEnded(phase, self._now, Outcome.SKIPPED))
        if phase.is_work and (played > 0 or record_unplayed):
            self._record(phase, Outcome.SKIPPED, played, self._began, self._now)

    def _leave_forward(self, target: int) -> None:
        phase = self._current
        done = not self._work_left()
        self._cut()
        stop = self._plan.step_ranges[phase.step_index].stop
        for later in self._plan.phases[phase.index + 1 : stop]:
            if later.is_work:
                self._record(later, Outcome.SKIPPED, 0.0, None, self._now)
        self._set_status(phase.step_index, StepStatus.DONE if done else StepStatus.SKIPPED)
        if target >= self._plan.step_count:
            self._finish(ended_early=False, at=self._now, cue=False)
        else:
            self._enter_step(target, self._now)

    def _go_back_to(self, target: int) -> None:
        """Replay from step `target`: the steps after it become pending again (they will be
        played again); records already made stay, as history."""
        self._cut(record_unplayed=False)
        for i in range(target + 1, self._plan.step_count):
            self._set_status(i, StepStatus.PENDING)
        self._enter_step(target, self._now)

    def _finish(self, *, ended_early: bool, at: float, cue: bool) -> None:
        self._set_state(SessionState.FINISHED)
        if cue:
            self._cue("session-done", at)
        self._emit(SessionFinished(ended_early, tuple(self._records)))

    # -- output -----------------------------------------------------------------------------------

    def _record(
        self, phase: Phase, outcome: Outcome, actual: float, began: float | None, ended: float
    ) -> None:
        record = SessionRecord(
            routine_id=phase.routine_id,
            step_id=phase.step.id,
            side=phase.side,
            set_index=phase.set_index,
            outcome=outcome,
            planned_seconds=phase.duration,
            actual_seconds=actual,
            reps=phase.reps_in(actual),
            started_at=self._wall_at(began if began is not None else ended),
            ended_at=self._wall_at(ended),
            session_id=self._session_id,
        )
        self._records.append(record)
        self._emit(StepRecorded(record))

    def _wall_at(self, t: float) -> datetime:
        """The wall-clock time at monotonic reading `t` (in the past), by their offset now."""
        return self._wall() - timedelta(seconds=self._now - t)

    def _cue(self, kind: CueKind, due: float, rep: int | None = None) -> None:
        if self._now - due <= STALE_CUE_SECONDS:
            self._emit(CueDue(kind, due, self._current, rep))

    def _set_state(self, state: SessionState) -> None:
        self._state = state
        self._emit(StateChanged(state))

    def _set_status(self, step_index: int, status: StepStatus) -> None:
        if self._statuses[step_index] is not status:
            self._statuses[step_index] = status
            self._emit(StepStatusChanged(step_index, status))

    def _check_step(self, step_index: int) -> None:
        if not 0 <= step_index < self._plan.step_count:
            raise IndexError(f"no step {step_index} in a plan of {self._plan.step_count}")

    def _emit(self, event: Event) -> None:
        self._queue.append(event)

    def _deliver(self) -> None:
        if self._delivering:
            return
        self._delivering = True
        try:
            while self._queue:
                event = self._queue.popleft()
                for callback in list(self._subscribers):
                    callback(event)
        finally:
            self._delivering = False
