"""Plain typed values that every layer shares. No Qt, no SQLAlchemy, no I/O."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType


class Sides(StrEnum):
    """Which sides a step is worked on."""

    NONE = "none"
    BOTH = "both"
    LEFT = "left"
    RIGHT = "right"


class Side(StrEnum):
    """The side being worked right now; NONE for a step without sides."""

    NONE = "none"
    LEFT = "left"
    RIGHT = "right"


@dataclass(frozen=True, slots=True)
class Segment:
    """A loop [start, end) inside a clip, in seconds."""

    start: float
    end: float

    def __post_init__(self) -> None:
        if not (0 <= self.start < self.end):
            raise ValueError(f"a segment needs 0 <= start < end, got [{self.start}, {self.end}]")

    @property
    def duration(self) -> float:
        return self.end - self.start


@dataclass(frozen=True, slots=True)
class Clip:
    """A demonstration clip; paths are absolute once a routine is decoded."""

    id: str
    file: Path
    poster: Path | None = None


DEFAULT_SETS = 1
DEFAULT_REST = 0.0
DEFAULT_PREPARE = 5.0


@dataclass(frozen=True, slots=True)
class Step:
    """One exercise of a routine: worked for a hold time or for paced repetitions."""

    id: str
    title: str
    clip: str
    cues: tuple[str, ...] = ()
    segment: Segment | None = None
    sides: Sides = Sides.NONE
    side_segments: Mapping[Side, Segment] = field(default_factory=lambda: MappingProxyType({}))
    mirror_side: Side | None = None
    hold: float | None = None
    reps: int | None = None
    rep_seconds: float | None = None
    sets: int = DEFAULT_SETS
    rest: float = DEFAULT_REST
    prepare: float = DEFAULT_PREPARE
    #: The step's progression in a ladder routine (1 is the easiest); None: played at every level.
    level: int | None = None
    #: The line spoken when the step starts.
    speak: str | None = None

    def __post_init__(self) -> None:
        if (self.hold is None) == (self.reps is None):
            raise ValueError(f"step {self.id!r} needs either hold or reps, not both or neither")
        if self.reps is not None and self.rep_seconds is None:
            raise ValueError(f"step {self.id!r} has reps but no rep_seconds")

    @property
    def work_seconds(self) -> float:
        """Seconds of work for one side of one set."""
        if self.hold is not None:
            return float(self.hold)
        assert self.reps is not None and self.rep_seconds is not None
        return float(self.reps * self.rep_seconds)

    @property
    def worked_sides(self) -> tuple[Side, ...]:
        """The sides in the order they are worked."""
        return {
            Sides.NONE: (Side.NONE,),
            Sides.BOTH: (Side.LEFT, Side.RIGHT),
            Sides.LEFT: (Side.LEFT,),
            Sides.RIGHT: (Side.RIGHT,),
        }[self.sides]

    def segment_for(self, side: Side) -> Segment | None:
        """The loop to play for a side: its own segment, else the step's, else the whole clip."""
        return self.side_segments.get(side, self.segment)

    def mirrored_for(self, side: Side) -> bool:
        return self.mirror_side is not None and side == self.mirror_side


@dataclass(frozen=True, slots=True)
class StepText:
    """A step's text in another language; None keeps the step's own."""

    title: str | None = None
    cues: tuple[str, ...] | None = None
    speak: str | None = None


@dataclass(frozen=True, slots=True)
class RoutineText:
    """A routine's text in another language (`languages` in a `supple.routine/2` file); None keeps
    the routine's own, which is English."""

    title: str | None = None
    summary: str | None = None
    setup: str | None = None
    steps: Mapping[str, StepText] = field(default_factory=lambda: MappingProxyType({}))


@dataclass(frozen=True, slots=True)
class Routine:
    """A routine as decoded from a `supple.routine/1` or `/2` file."""

    id: str
    title: str
    steps: tuple[Step, ...]
    clips: Mapping[str, Clip] = field(default_factory=lambda: MappingProxyType({}))
    summary: str = ""
    credit: str = ""
    tags: tuple[str, ...] = ()
    setup: str = ""
    source: Path | None = None
    #: Its text in other languages, by language tag ("de", "pt-BR"); see desktop.domain.languages.
    translations: Mapping[str, RoutineText] = field(default_factory=lambda: MappingProxyType({}))

    def step(self, step_id: str) -> Step:
        for s in self.steps:
            if s.id == step_id:
                return s
        raise KeyError(step_id)

    def clip_for(self, step: Step) -> Clip:
        return self.clips[step.clip]


@dataclass(frozen=True, slots=True)
class StepOverrides:
    """Per-item changes a playlist makes to a step; None keeps the step's own value."""

    hold: float | None = None
    reps: int | None = None
    rep_seconds: float | None = None
    sets: int | None = None
    sides: Sides | None = None
    rest: float | None = None
    speed: float | None = None
    mirror_side: Side | None = None
    segment: Segment | None = None


@dataclass(frozen=True, slots=True)
class PlaylistItem:
    """A reference to a routine's step (or the whole routine when step_id is None)."""

    routine_id: str
    step_id: str | None = None
    overrides: StepOverrides = StepOverrides()
    rounds: int = 1


#: The most times an item or a block may be played over.
MAX_ROUNDS = 100


@dataclass(frozen=True, slots=True)
class Block:
    """Items `first`..`last` (positions in the playlist, both included) played `rounds` times."""

    first: int
    last: int
    rounds: int = 2

    def __post_init__(self) -> None:
        if not 0 <= self.first <= self.last:
            raise ValueError(f"a block needs 0 <= first <= last, got {self.first}..{self.last}")
        if not 1 <= self.rounds <= MAX_ROUNDS:
            raise ValueError(f"a block's rounds must be 1 to {MAX_ROUNDS}, got {self.rounds}")

    def __contains__(self, row: object) -> bool:
        return isinstance(row, int) and self.first <= row <= self.last

    @property
    def size(self) -> int:
        return self.last - self.first + 1


@dataclass(frozen=True, slots=True)
class Playlist:
    """Items in order, and the blocks that repeat runs of them (sorted and disjoint; the content
    layer's `PlaylistDocument` checks that they fit the items)."""

    id: str
    title: str
    items: tuple[PlaylistItem, ...] = ()
    blocks: tuple[Block, ...] = ()


class Outcome(StrEnum):
    DONE = "done"
    SKIPPED = "skipped"


@dataclass(frozen=True, slots=True)
class SessionRecord:
    """One finished or skipped piece of work (a side of a set of a step), as saved in history."""

    routine_id: str
    step_id: str
    side: Side
    set_index: int
    outcome: Outcome
    planned_seconds: float
    actual_seconds: float
    reps: int | None
    started_at: datetime
    ended_at: datetime
    session_id: str = ""


__all__ = [
    "DEFAULT_PREPARE",
    "DEFAULT_REST",
    "DEFAULT_SETS",
    "MAX_ROUNDS",
    "Block",
    "Clip",
    "Outcome",
    "Playlist",
    "PlaylistItem",
    "Routine",
    "Segment",
    "SessionRecord",
    "Side",
    "Sides",
    "Step",
    "StepOverrides",
]
