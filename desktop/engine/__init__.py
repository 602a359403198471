"""The session: a plan of phases walked with deadline arithmetic on an injected clock. No Qt.

How the UI uses it::

    plan = plan_routine(routine)                   # or build_plan([PlanItem(...), ...])
    session = Session(plan, MonotonicClock())
    unsubscribe = session.subscribe(on_event)      # PhaseStarted, CueDue, StepRecorded, ...
    session.start()
    # then call session.tick() at session.next_wake() (desktop.qt.session_controller does this),
    # draw from session.view(), and call pause/resume/skip/back/add_time/... on user input.

See `plan` for how steps become phases and `session` for the timing, cue and history rules.
"""

from desktop.domain.wall_clock import WallClock, utc_now
from desktop.engine.clock import Clock, FakeClock, MonotonicClock
from desktop.engine.events import (
    CUE_SOUNDS,
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
from desktop.engine.plan import (
    MAX_PHASES,
    MAX_SESSION_SECONDS,
    MIN_SEGMENT_SECONDS,
    MIN_WORK_SECONDS,
    SWITCH_SECONDS,
    Phase,
    PhaseKind,
    Plan,
    PlanItem,
    PlanSize,
    PlanTooLong,
    build_plan,
    phase_label,
    plan_routine,
    plan_size,
    step_size,
)
from desktop.engine.session import (
    ADD_TIME_SECONDS,
    BACK_RESTART_SECONDS,
    CUE_ROTATE_SECONDS,
    STALE_CUE_SECONDS,
    Session,
    SessionView,
    describe_next,
)

__all__ = [
    "ADD_TIME_SECONDS",
    "BACK_RESTART_SECONDS",
    "CUE_ROTATE_SECONDS",
    "CUE_SOUNDS",
    "MAX_PHASES",
    "MAX_SESSION_SECONDS",
    "MIN_SEGMENT_SECONDS",
    "MIN_WORK_SECONDS",
    "STALE_CUE_SECONDS",
    "SWITCH_SECONDS",
    "Clock",
    "CueDue",
    "CueKind",
    "Event",
    "FakeClock",
    "MonotonicClock",
    "Phase",
    "PhaseEnded",
    "PhaseKind",
    "PhaseStarted",
    "Plan",
    "PlanItem",
    "PlanSize",
    "PlanTooLong",
    "Session",
    "SessionFinished",
    "SessionState",
    "SessionView",
    "StateChanged",
    "StepRecorded",
    "StepStarted",
    "StepStatus",
    "StepStatusChanged",
    "WallClock",
    "build_plan",
    "describe_next",
    "phase_label",
    "plan_routine",
    "plan_size",
    "step_size",
    "utc_now",
]
