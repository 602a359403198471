"""What a session tells its subscribers, as a small union of frozen values.

Times named `at` and `due` are readings of the session's monotonic clock. A phase that ran its
course ends `at` its deadline even when the event is delivered later (after a stall), so
subscribers can tell when a thing was due from when they heard of it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType
from typing import Final, Literal, TypeAlias

from desktop.domain import Outcome, SessionRecord, Step
from desktop.engine.plan import Phase

CueKind: TypeAlias = Literal[
    "countdown-3", "countdown-2", "countdown-1", "switch-side", "next-step", "session-done", "rep", "halfway"
]

CUE_SOUNDS: Final[Mapping[CueKind, str]] = MappingProxyType(
    {
        "countdown-3": "tick.wav",
        "countdown-2": "tick.wav",
        "countdown-1": "tick.wav",
        "switch-side": "switch.wav",
        "next-step": "next.wav",
        "session-done": "done.wav",
        "rep": "rep.wav",
    }
)
"""The file in resources/sounds/ that suits each cue; "halfway" has none: it is only spoken."""


class SessionState(StrEnum):
    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"


class StepStatus(StrEnum):
    PENDING = "pending"
    CURRENT = "current"
    DONE = "done"
    SKIPPED = "skipped"


@dataclass(frozen=True, slots=True)
class StateChanged:
    state: SessionState


@dataclass(frozen=True, slots=True)
class StepStarted:
    """The session entered a step at its first phase (also when a step is restarted)."""

    step_index: int
    routine_id: str
    step: Step


@dataclass(frozen=True, slots=True)
class StepStatusChanged:
    step_index: int
    status: StepStatus


@dataclass(frozen=True, slots=True)
class PhaseStarted:
    phase: Phase
    at: float


@dataclass(frozen=True, slots=True)
class PhaseEnded:
    """A phase ended: DONE when it ran to its deadline, SKIPPED when a control cut it short."""

    phase: Phase
    at: float
    outcome: Outcome


@dataclass(frozen=True, slots=True)
class CueDue:
    """A sound is due. `due` is when it was meant to play; `rep` is the rep that starts, for "rep"."""

    kind: CueKind
    due: float
    phase: Phase
    rep: int | None = None


@dataclass(frozen=True, slots=True)
class StepRecorded:
    record: SessionRecord


@dataclass(frozen=True, slots=True)
class SessionFinished:
    """The session is over: `ended_early` when `end()` stopped it, not when it ran out of steps."""

    ended_early: bool
    records: tuple[SessionRecord, ...]


Event: TypeAlias = (
    StateChanged
    | StepStarted
    | StepStatusChanged
    | PhaseStarted
    | PhaseEnded
    | CueDue
    | StepRecorded
    | SessionFinished
)
