"""A printable routine sheet, as plain values: what it says and where its pages break. No Qt.

`routine_sheet` and `playlist_sheet` turn a routine or a saved playlist into a `Sheet`: the title,
summary, setup and credit; per step its dose in words, its cues and the strips of frames to show
(one per side where the sides play different loops or one is mirrored); and the rows of a week's
tick-box log. The painter (desktop/sheet) measures each block with the page's fonts and asks
`paginate` where the pages break: between blocks, never inside one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from desktop.content.playlist import PlaylistDocument, as_document
from desktop.content.playlist_resolve import apply_overrides, resolve_playlist
from desktop.domain import Playlist, Routine, Segment, Sides, Step
from desktop.domain.describe import format_seconds

#: The days of the log, in the order printed.
WEEK_DAYS: Final = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

#: Territories whose paper is US Letter (the rest of the world uses A4).
_LETTER_TERRITORIES: Final = frozenset(
    {"US", "CA", "MX", "PH", "CL", "CO", "VE", "CR", "GT", "DO", "PA", "PR", "SV", "NI", "BZ"}
)


@dataclass(frozen=True, slots=True)
class Strip:
    """Three frames of one loop of a clip: its start, middle and end.

    `segment` None means the whole clip. `problem` says why there are no frames (the clip is
    missing), known before any decoding.
    """

    label: str
    clip: Path | None
    segment: Segment | None
    mirrored: bool = False
    problem: str | None = None

    @property
    def key(self) -> tuple[Path | None, Segment | None]:
        """What to decode: strips of the same loop share their frames (mirroring is painted)."""
        return (self.clip, self.segment)


@dataclass(frozen=True, slots=True)
class SheetStep:
    number: int
    title: str
    dose: str
    cues: tuple[str, ...]
    strips: tuple[Strip, ...]
    #: Where it comes from or how often it is repeated ("from Scorpion Stretch · 2 rounds").
    note: str = ""


@dataclass(frozen=True, slots=True)
class Sheet:
    title: str
    #: "5 steps · about 12:30 with rests".
    meta: str
    summary: str
    #: (routine title or "", setup text): a playlist names the routine each setup belongs to.
    setup: tuple[tuple[str, str], ...]
    credit: str
    steps: tuple[SheetStep, ...]
    #: Items of a playlist that cannot be shown, in words.
    missing: tuple[str, ...] = ()

    @property
    def log_rows(self) -> tuple[str, ...]:
        """The rows of the week's log: one per step."""
        return tuple(f"{s.number}. {s.title}" for s in self.steps)


# -- words -----------------------------------------------------------------------------------------


def _number(value: float) -> str:
    return f"{value:g}"


def dose(step: Step) -> str:
    """The step's dose in words: '2 sets × 5 reps at 4 s a rep · each side, left then right · rest 10 s
    after each set', or 'Hold 30 s · right side only'."""
    if step.hold is not None:
        work = f"Hold {_number(step.hold)} s"
        if step.sets > 1:
            work = f"{step.sets} sets × hold {_number(step.hold)} s"
    else:
        assert step.rep_seconds is not None
        reps = f"{step.reps} reps at {_number(step.rep_seconds)} s a rep"
        work = f"{step.sets} sets × {reps}" if step.sets > 1 else reps
    parts = [work]
    sides = {
        Sides.BOTH: "each side, left then right",
        Sides.LEFT: "left side only",
        Sides.RIGHT: "right side only",
    }.get(step.sides)
    if sides:
        parts.append(sides)
    if step.rest:
        parts.append(f"rest {_number(step.rest)} s after each set")
    return " · ".join(parts)


def paper_for_locale(name: str) -> str:
    """'Letter' where a locale's territory prints on US Letter (en_US, fr_CA, es_MX...), else 'A4'."""
    territory = name.replace("-", "_").split(".")[0].split("@")[0].split("_")
    return "Letter" if len(territory) > 1 and territory[-1].upper() in _LETTER_TERRITORIES else "A4"


# -- strips ----------------------------------------------------------------------------------------


def strips(routine: Routine, step: Step) -> tuple[Strip, ...]:
    """One strip, or one per side when the step has two sides that look different: their own
    loops, or one of them mirrored."""
    clip = routine.clips.get(step.clip)
    path = clip.file if clip is not None else None
    problem = None
    if path is None:
        problem = f'The clip "{step.clip}" is not in the routine.'
    elif not path.is_file():
        problem = f"The clip is missing: {path.name}"
    sides = step.worked_sides
    two_looks = len(sides) == 2 and (
        step.segment_for(sides[0]) != step.segment_for(sides[1])
        or step.mirrored_for(sides[0]) != step.mirrored_for(sides[1])
    )
    shown = sides if two_looks else sides[:1]
    return tuple(
        Strip(
            side.value.title() if two_looks else "",
            path,
            step.segment_for(side),
            mirrored=step.mirrored_for(side),
            problem=problem,
        )
        for side in shown
    )


def _sheet_step(number: int, routine: Routine, step: Step, note: str = "") -> SheetStep:
    return SheetStep(number, step.title, dose(step), step.cues, strips(routine, step), note)


# -- sheets ----------------------------------------------------------------------------------------


def _meta(count: int, seconds: float) -> str:
    return f"{count} step{'s' if count != 1 else ''} · about {format_seconds(seconds)} with rests"


def routine_sheet(routine: Routine) -> Sheet:
    from desktop.engine.plan import plan_routine

    steps = tuple(_sheet_step(n, routine, step) for n, step in enumerate(routine.steps, start=1))
    return Sheet(
        title=routine.title,
        meta=_meta(len(steps), plan_routine(routine).total_seconds),
        summary=routine.summary,
        setup=(("", routine.setup),) if routine.setup else (),
        credit=routine.credit,
        steps=steps,
    )


def playlist_sheet(playlist: Playlist | PlaylistDocument, lookup: Callable[[str], Routine | None]) -> Sheet:
    """A playlist's sheet: each item's steps once, with the item's changes applied, in item order;
    rounds and blocks are said in the step's note rather than printed again."""
    doc = as_document(playlist)
    resolved = resolve_playlist(doc, lookup)
    missing = {m.item_index: m for m in resolved.missing}
    steps: list[SheetStep] = []
    used: list[Routine] = []
    numbers: dict[int, range] = {}  # item position -> its sheet step numbers
    for index, item in enumerate(doc.items):
        routine = lookup(item.routine_id)
        if index in missing or routine is None:
            continue
        if routine not in used:
            used.append(routine)
        base = routine.steps if item.step_id is None else (routine.step(item.step_id),)
        notes = f"from {routine.title}" + (f" · {item.rounds} rounds" if item.rounds > 1 else "")
        numbers[index] = range(len(steps) + 1, len(steps) + 1 + len(base))
        for step in base:
            steps.append(_sheet_step(len(steps) + 1, routine, apply_overrides(step, item.overrides), notes))
    for block in doc.blocks:
        shown = [numbers[r] for r in range(block.first, block.last + 1) if r in numbers]
        if not shown:
            continue
        first, last = shown[0].start, shown[-1].stop - 1
        where = f"steps {first}–{last}" if last > first else f"step {first}"
        steps[first - 1] = _with_note(steps[first - 1], f"{where} {block.rounds} times in a row")
    return Sheet(
        title=doc.title,
        meta=_meta(len(resolved.steps), resolved.total_seconds),
        summary=f"A playlist of {len(doc.items)} item{'s' if len(doc.items) != 1 else ''}"
        + (f" from {', '.join(r.title for r in used)}." if used else "."),
        setup=tuple((r.title, r.setup) for r in used if r.setup),
        credit="\n".join(dict.fromkeys(r.credit for r in used if r.credit)),
        steps=tuple(steps),
        missing=tuple(m.reason[:1].upper() + m.reason[1:] + "." for m in resolved.missing),
    )


def _with_note(step: SheetStep, note: str) -> SheetStep:
    from dataclasses import replace

    return replace(step, note=f"{step.note} · {note}" if step.note else note)


# -- pages -----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Placement:
    """Where a block goes: its page (from 0) and its top, in the page's units; `lead_in` when it
    opens a page and its heading is painted above it."""

    page: int
    top: float
    lead_in: bool = False


def paginate(
    heights: Sequence[float],
    page_height: float,
    *,
    gaps: Sequence[float] | None = None,
    lead_ins: Sequence[float] | None = None,
) -> list[Placement]:
    """Place blocks top to bottom, breaking pages between blocks and never inside one.

    `gaps[i]` is the space above block i (none at the top of a page); `lead_ins[i]` is the height
    of a heading block i needs above it when it opens a page (the log's columns, repeated). A
    block taller than a page starts a page of its own and runs over its end: nothing is dropped.
    """
    if page_height <= 0:
        raise ValueError(f"a page needs a height above 0, got {page_height}")
    placements: list[Placement] = []
    page, y = 0, 0.0
    for i, height in enumerate(heights):
        gap = gaps[i] if gaps is not None else 0.0
        top = y + gap if y > 0 else 0.0
        if y > 0 and top + height > page_height:
            page, y = page + 1, 0.0
        if y == 0:
            lead_in = lead_ins[i] if lead_ins is not None else 0.0
            placements.append(Placement(page, lead_in, lead_in > 0))
            y = lead_in + height
        else:
            placements.append(Placement(page, top))
            y = top + height
    return placements


__all__ = [
    "WEEK_DAYS",
    "Placement",
    "Sheet",
    "SheetStep",
    "Strip",
    "dose",
    "paginate",
    "paper_for_locale",
    "playlist_sheet",
    "routine_sheet",
    "strips",
]
