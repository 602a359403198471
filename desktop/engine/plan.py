"""A session plan: the steps to play, unrolled into a flat sequence of timed phases.

For each step, in order:

- PREPARE ("Get ready"), `step.prepare` seconds, before the step's first work phase; left out when 0.
- For each set, for each worked side: WORK, `step.work_seconds` long.
- SWITCH ("Switch sides"), `SWITCH_SECONDS`, between two work phases of the same step on different
  sides that nothing else separates: between the sides of a set, and also between sets when the
  step has no rest (right side of set 1 -> left side of set 2), since the body has to move either way.
- REST, `step.rest` seconds, after every set, the step's last set included, so that a warm-up rests
  between one exercise and the next. The one exception is the very end of the session: a rest
  after the last set of the last step is left out, as nothing follows it. Left out when 0.

Phases that are not WORK carry the side, loop segment and mirror of the work they lead into, so the
video pane can show what is coming; the rest after a step's last set carries the side last worked.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from desktop.domain import Routine, Segment, Side, Step

SWITCH_SECONDS: Final = 3.0
"""How long the "switch sides" pause lasts: enough to turn around, short enough not to cool down."""

_REP_EPSILON: Final = 1e-9

# The limits of a session as a whole. The per-field limits of the file formats multiply out to
# sessions of years and plans of millions of phases; these keep a session something a person can
# do, and a plan small enough to build at once. Files are checked against them with `plan_size`,
# by arithmetic, before any plan is built.
MAX_SESSION_SECONDS: Final = 12 * 3600.0
"""A session lasts at most 12 hours, rests and pauses included."""
MAX_PHASES: Final = 10_000
"""A session has at most this many phases (get ready, each side of each set, switches, rests)."""
MIN_WORK_SECONDS: Final = 0.5
"""The shortest hold, and the shortest repetition (`rep_seconds`)."""
MIN_SEGMENT_SECONDS: Final = 0.1
"""The shortest loop segment of a clip."""


class PhaseKind(StrEnum):
    PREPARE = "prepare"
    WORK = "work"
    SWITCH = "switch"
    REST = "rest"


_SIDE_LABELS: Final = {Side.LEFT: "Left", Side.RIGHT: "Right", Side.NONE: "Work"}
_KIND_LABELS: Final = {
    PhaseKind.PREPARE: "Get ready",
    PhaseKind.SWITCH: "Switch sides",
    PhaseKind.REST: "Rest",
}


def phase_label(kind: PhaseKind, side: Side) -> str:
    """The short words the timer panel shows for a phase."""
    if kind is PhaseKind.WORK:
        return _SIDE_LABELS[side]
    return _KIND_LABELS[kind]


@dataclass(frozen=True, slots=True)
class PlanItem:
    """A step to play, with the routine it comes from and an optional clip playback speed."""

    routine_id: str
    step: Step
    speed: float | None = None

    @classmethod
    def of(cls, routine: Routine, step: Step, speed: float | None = None) -> PlanItem:
        return cls(routine.id, step, speed)


@dataclass(frozen=True, slots=True)
class Phase:
    """One timed stretch of a session.

    `duration` is as planned; the session may lengthen the current phase (add time).
    `countdown` says whether a 3-2-1 countdown plays before the phase ends: it does for PREPARE and
    WORK, and for a REST that leads straight into work (between sets, or into a step without a
    "get ready"); not for SWITCH, which starts with its own sound, nor for a REST before a PREPARE.
    `reps` and `rep_seconds` are set on the WORK phases of paced steps only.
    """

    index: int
    step_index: int
    step: Step
    routine_id: str
    kind: PhaseKind
    side: Side
    set_index: int
    duration: float
    segment: Segment | None
    mirrored: bool
    cues: tuple[str, ...]
    label: str
    speed: float = 1.0
    countdown: bool = False
    reps: int | None = None
    rep_seconds: float | None = None

    @property
    def is_work(self) -> bool:
        return self.kind is PhaseKind.WORK

    def reps_in(self, seconds: float) -> int | None:
        """How many whole paced reps fit in `seconds` of this phase; None unless paced work."""
        if self.rep_seconds is None:
            return None
        return max(0, math.floor(seconds / self.rep_seconds + _REP_EPSILON))

    def rep_at(self, elapsed: float, total: float | None = None) -> int | None:
        """The 1-based rep being done `elapsed` seconds into the phase; None unless paced work.

        `total` is the phase's length including any added time (default: as planned): added time
        on a paced step means more reps, so the last rep number is the last one that starts in it.
        """
        if self.rep_seconds is None:
            return None
        total = self.duration if total is None else total
        last = max(1, math.ceil(total / self.rep_seconds - _REP_EPSILON))
        current = math.floor(elapsed / self.rep_seconds + _REP_EPSILON) + 1
        return min(max(1, current), last)


@dataclass(frozen=True, slots=True)
class Plan:
    """The phases of a session, with each step's range of phases and the time left after each."""

    items: tuple[PlanItem, ...]
    phases: tuple[Phase, ...]
    step_ranges: tuple[range, ...]
    seconds_after: tuple[float, ...]
    """seconds_after[i]: the planned seconds of every phase after phase i."""

    @property
    def step_count(self) -> int:
        return len(self.items)

    @property
    def total_seconds(self) -> float:
        return self.phases[0].duration + self.seconds_after[0] if self.phases else 0.0

    def first_phase(self, step_index: int) -> Phase:
        return self.phases[self.step_ranges[step_index].start]

    def step_phases(self, step_index: int) -> tuple[Phase, ...]:
        r = self.step_ranges[step_index]
        return self.phases[r.start : r.stop]

    def next_phase(self, phase: Phase) -> Phase | None:
        i = phase.index + 1
        return self.phases[i] if i < len(self.phases) else None


@dataclass(frozen=True, slots=True)
class _Draft:
    step_index: int
    item: PlanItem
    kind: PhaseKind
    side: Side
    set_index: int
    duration: float


def _check(item: PlanItem, position: int) -> None:
    step = item.step
    where = f"step {position} ({step.id!r})"
    if step.sets < 1:
        raise ValueError(f"{where} needs at least one set, got {step.sets}")
    if step.rep_seconds is not None and not step.rep_seconds > 0:
        raise ValueError(f"{where} needs rep_seconds above 0, got {step.rep_seconds}")
    if not step.work_seconds > 0:
        raise ValueError(f"{where} needs work time above 0 s, got {step.work_seconds}")
    if step.rest < 0 or step.prepare < 0:
        raise ValueError(f"{where} has a negative rest or prepare time")
    if item.speed is not None and not item.speed > 0:
        raise ValueError(f"{where} needs a speed above 0, got {item.speed}")


def _draft_step(step_index: int, item: PlanItem, switch_seconds: float) -> list[_Draft]:
    step = item.step
    sides = step.worked_sides
    out: list[_Draft] = []
    if step.prepare > 0:
        out.append(_Draft(step_index, item, PhaseKind.PREPARE, sides[0], 1, float(step.prepare)))
    for set_index in range(1, step.sets + 1):
        for side in sides:
            prev = out[-1] if out else None
            if prev is not None and prev.kind is PhaseKind.WORK and prev.side != side:
                out.append(_Draft(step_index, item, PhaseKind.SWITCH, side, set_index, switch_seconds))
            out.append(_Draft(step_index, item, PhaseKind.WORK, side, set_index, step.work_seconds))
        if step.rest > 0:
            rest_side = sides[0] if set_index < step.sets else sides[-1]
            out.append(_Draft(step_index, item, PhaseKind.REST, rest_side, set_index, float(step.rest)))
    return out


def _phase(index: int, d: _Draft, countdown: bool) -> Phase:
    step = d.item.step
    work = d.kind is PhaseKind.WORK
    return Phase(
        index=index,
        step_index=d.step_index,
        step=step,
        routine_id=d.item.routine_id,
        kind=d.kind,
        side=d.side,
        set_index=d.set_index,
        duration=d.duration,
        segment=step.segment_for(d.side),
        mirrored=step.mirrored_for(d.side),
        cues=step.cues if d.kind in (PhaseKind.WORK, PhaseKind.PREPARE) else (),
        label=phase_label(d.kind, d.side),
        speed=d.item.speed if d.item.speed is not None else 1.0,
        countdown=countdown,
        reps=step.reps if work else None,
        rep_seconds=step.rep_seconds if work and step.reps is not None else None,
    )


def _has_countdown(d: _Draft, following: _Draft | None, before_rest: bool = True) -> bool:
    if d.kind is PhaseKind.WORK and following is not None and following.kind is PhaseKind.REST:
        return before_rest
    if d.kind in (PhaseKind.PREPARE, PhaseKind.WORK):
        return True
    return d.kind is PhaseKind.REST and following is not None and following.kind is PhaseKind.WORK


@dataclass(frozen=True, slots=True)
class PlanSize:
    """How many phases a plan has and how long it lasts, computed without building it."""

    phases: int = 0
    seconds: float = 0.0

    def __add__(self, other: PlanSize) -> PlanSize:
        return PlanSize(self.phases + other.phases, self.seconds + other.seconds)

    def times(self, count: int) -> PlanSize:
        return PlanSize(self.phases * count, self.seconds * count)

    def limit_problem(self, what: str) -> str | None:
        """Why a session of this size is refused ("the routine lasts ..."), or None if it fits."""
        if self.seconds > MAX_SESSION_SECONDS:
            return (
                f"{what} lasts {duration_text(self.seconds)} ({self.seconds:,.0f} s) in all, more than "
                f"the {duration_text(MAX_SESSION_SECONDS)} a session may last"
            )
        if self.phases > MAX_PHASES:
            return (
                f"{what} has {self.phases:,} timed phases in all (get ready, each side of each set, "
                f"switches and rests), more than the {MAX_PHASES:,} a session may have"
            )
        return None


def duration_text(seconds: float) -> str:
    """12 h, 3 h 20 min, 45 min, 30 s, 12,345 days: a length of time to read at a glance."""
    if seconds >= 2 * 86400:
        return f"{seconds / 86400:,.0f} days"
    if seconds >= 3600:
        hours, minutes = divmod(round(seconds / 60), 60)
        return f"{hours} h {minutes} min" if minutes else f"{hours} h"
    if seconds >= 60:
        return f"{round(seconds / 60)} min"
    return f"{seconds:g} s"


def step_size(step: Step, switch_seconds: float = SWITCH_SECONDS) -> PlanSize:
    """The phases and seconds of one step in a plan, its last rest included (see `plan_size`).

    By the rules of `_draft_step`, in constant time whatever the step's sets and reps.
    """
    sides = len(step.worked_sides)
    switches = step.sets * (sides - 1)
    if sides > 1 and not step.rest > 0:
        switches += step.sets - 1  # from the last side of one set to the first of the next
    rests = step.sets if step.rest > 0 else 0
    prepare = 1 if step.prepare > 0 else 0
    return PlanSize(
        phases=prepare + step.sets * sides + switches + rests,
        seconds=(
            (step.prepare if prepare else 0.0)
            + step.sets * sides * step.work_seconds
            + switches * switch_seconds
            + rests * step.rest
        ),
    )


def final_rest(step: Step) -> PlanSize:
    """What a plan leaves out when `step` is its last: the rest after its last set."""
    return PlanSize(1, step.rest) if step.rest > 0 else PlanSize()


def plan_size(items: Iterable[PlanItem], *, switch_seconds: float = SWITCH_SECONDS) -> PlanSize:
    """The size `build_plan` would give, by arithmetic: linear in steps, not in sets or phases."""
    total = PlanSize()
    last: Step | None = None
    for item in items:
        total += step_size(item.step, switch_seconds)
        last = item.step
    if last is None:
        return total
    rest = final_rest(last)
    return PlanSize(total.phases - rest.phases, total.seconds - rest.seconds)


class PlanTooLong(ValueError):
    """A plan over `MAX_PHASES` or `MAX_SESSION_SECONDS`: refused before it is built."""


def build_plan(
    items: Iterable[PlanItem], *, switch_seconds: float = SWITCH_SECONDS, countdown_before_rest: bool = True
) -> Plan:
    """Unroll steps into phases (see the module docstring for the rules).

    `countdown_before_rest=False` leaves out the 3-2-1 at the end of work that a rest follows
    (a setting: some people like to be told only when work starts).

    An empty list gives an empty plan (total 0 s), which a `Session` refuses to play.
    Raises ValueError for a step that cannot be timed (no sets, no work time, negative rest), and
    PlanTooLong for a plan over the session limits (checked by arithmetic before anything is built,
    so the work done is linear in phases, at most MAX_PHASES of them).
    """
    if not switch_seconds > 0:
        raise ValueError(f"switch_seconds must be above 0, got {switch_seconds}")
    items = tuple(items)
    for position, item in enumerate(items):
        _check(item, position)
    problem = plan_size(items, switch_seconds=switch_seconds).limit_problem("the session")
    if problem is not None:
        raise PlanTooLong(problem)
    drafts: list[_Draft] = []
    ranges: list[range] = []
    for step_index, item in enumerate(items):
        start = len(drafts)
        drafts.extend(_draft_step(step_index, item, switch_seconds))
        if step_index == len(items) - 1 and drafts[-1].kind is PhaseKind.REST:
            drafts.pop()
        ranges.append(range(start, len(drafts)))

    phases = tuple(
        _phase(i, d, _has_countdown(d, drafts[i + 1] if i + 1 < len(drafts) else None, countdown_before_rest))
        for i, d in enumerate(drafts)
    )
    after: list[float] = [0.0] * len(phases)
    acc = 0.0
    for i in range(len(phases) - 1, -1, -1):
        after[i] = acc
        acc += phases[i].duration
    return Plan(items=items, phases=phases, step_ranges=tuple(ranges), seconds_after=tuple(after))


def plan_routine(
    routine: Routine, *, speed: float | None = None, switch_seconds: float = SWITCH_SECONDS
) -> Plan:
    """The plan for playing a whole routine, every step in order."""
    return build_plan((PlanItem(routine.id, s, speed) for s in routine.steps), switch_seconds=switch_seconds)
