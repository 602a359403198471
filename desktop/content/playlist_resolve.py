"""Playing a playlist: each item's changes applied to its steps, items, rounds and blocks unrolled
into the steps to play, and the size of the whole by the engine's rules."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Final

from desktop.content.playlist import PlaylistDocument, as_document
from desktop.domain import Playlist, PlaylistItem, Routine, Sides, Step, StepOverrides
from desktop.domain.messages import Message, message
from desktop.engine.plan import MAX_PHASES, MAX_SESSION_SECONDS, PlanSize, final_rest, step_size

if TYPE_CHECKING:
    from desktop.engine.plan import PlanItem

#: The resolver stops expanding rounds and blocks here: a plan this long is a mistake, not a warm-up.
MAX_PLAY_STEPS: Final = 5000


# -- applying overrides ----------------------------------------------------------------------------


def apply_overrides(step: Step, overrides: StepOverrides) -> Step:
    """The step as the playlist item plays it (`speed` is not part of a step: see `PlayStep`).

    - `hold` makes a held step; `reps` (with `rep_seconds`, or the step's own pace) a paced one.
    - `sides` keeps the step's side loops for the sides still worked; a step turned to "none"
      loops its `segment`, else the loop of the side it worked first. A mirror of a side no longer
      worked is dropped.
    - `segment` replaces every loop of the step, its side loops included.
    - `mirror_side` mirrors that side (it cannot switch the step's own mirroring off).

    Raises ValueError when the result is not a step (`reps` without any pace).
    """
    changes: dict[str, Any] = {}
    if overrides.hold is not None:
        changes.update(hold=overrides.hold, reps=None, rep_seconds=None)
    elif overrides.reps is not None:
        pace = overrides.rep_seconds if overrides.rep_seconds is not None else step.rep_seconds
        changes.update(hold=None, reps=overrides.reps, rep_seconds=pace)
    elif overrides.rep_seconds is not None and step.reps is not None:
        changes["rep_seconds"] = overrides.rep_seconds
    for name in ("sets", "rest"):
        value = getattr(overrides, name)
        if value is not None:
            changes[name] = value
    if overrides.sides is not None and overrides.sides is not step.sides:
        changes.update(_changed_sides(step, overrides.sides))
    if overrides.segment is not None:
        changes.update(segment=overrides.segment, side_segments=MappingProxyType({}))
    if overrides.mirror_side is not None:
        changes["mirror_side"] = overrides.mirror_side
    return dataclasses.replace(step, **changes)


def _changed_sides(step: Step, sides: Sides) -> dict[str, Any]:
    changed = dataclasses.replace(step, sides=sides)
    worked = changed.worked_sides
    kept = {side: seg for side, seg in step.side_segments.items() if side in worked}
    changes: dict[str, Any] = {"sides": sides, "side_segments": MappingProxyType(kept)}
    if sides is Sides.NONE and step.segment is None and step.side_segments:
        changes["segment"] = step.segment_for(step.worked_sides[0])
    if step.mirror_side is not None and step.mirror_side not in worked:
        changes["mirror_side"] = None
    return changes


# -- resolving -------------------------------------------------------------------------------------

RoutineLookup = Callable[[str], Routine | None]


@dataclass(frozen=True, slots=True)
class PlayStep:
    """One step to play: its routine, the step with the item's changes applied, the clip speed."""

    item_index: int
    routine: Routine
    step: Step
    speed: float | None = None


@dataclass(frozen=True, slots=True)
class MissingItem:
    """An item that cannot be played; the playlist plays without it."""

    item_index: int
    routine_id: str
    step_id: str | None
    reason: str
    note: Message | None = None  # `reason` for the window to translate

    @classmethod
    def of(cls, index: int, item: PlaylistItem, note: Message) -> MissingItem:
        return cls(index, item.routine_id, item.step_id, str(note), note)


@dataclass(frozen=True)  # no slots: `total_seconds` is cached on the instance
class ResolvedPlaylist:
    """A playlist unrolled into the steps to play, in order, with the items that could not be."""

    playlist_id: str
    title: str
    steps: tuple[PlayStep, ...]
    missing: tuple[MissingItem, ...] = ()
    #: True when rounds and blocks asked for more than MAX_PLAY_STEPS steps, or for a session over
    #: the engine's limits (MAX_PHASES, MAX_SESSION_SECONDS); `steps` stops before that.
    truncated: bool = False
    #: Why the whole playlist is over the session limits ("the playlist lasts 300 h ..."), or None.
    limit_problem: str | None = None

    def plan_items(self) -> list[PlanItem]:
        """The steps as the engine's plan items: `build_plan(resolved.plan_items())` plays them."""
        from desktop.engine.plan import PlanItem  # the engine is only needed once a playlist plays

        return [PlanItem(s.routine.id, s.step, s.speed) for s in self.steps]

    @cached_property
    def total_seconds(self) -> float:
        """The planned length, by the engine's own rules (prepare, work, switch, rest)."""
        from desktop.engine.plan import plan_size

        return plan_size(self.plan_items()).seconds

    @property
    def missing_rows(self) -> frozenset[int]:
        return frozenset(m.item_index for m in self.missing)


def resolve_playlist(playlist: Playlist | PlaylistDocument, lookup: RoutineLookup) -> ResolvedPlaylist:
    """Unroll items, item rounds and blocks into the steps to play; unplayable items are reported.

    A whole-routine item plays every step of the routine in order, with its changes applied to
    each; its `rounds` repeat the whole routine. A block plays its items in order, `rounds` times.
    The size of the whole is computed by arithmetic first (`limit_problem`), and the unrolling stops
    at the session limits, so a playlist of a thousand items a hundred times over stays cheap.
    """
    doc = as_document(playlist)
    missing: dict[int, MissingItem] = {}
    per_item: dict[int, list[PlayStep]] = {}
    sizes: dict[int, PlanSize] = {}
    for index, item in enumerate(doc.items):
        steps = _item_steps(index, item, lookup)
        if isinstance(steps, MissingItem):
            missing[index] = steps
        elif steps:
            per_item[index] = steps
            sizes[index] = sum((step_size(s.step) for s in steps), PlanSize())
    out: list[PlayStep] = []
    size = PlanSize()
    truncated = False
    for index in play_order(doc):
        item_steps = per_item.get(index)
        if item_steps is None:
            continue
        for _ in range(doc.items[index].rounds):
            grown = size + sizes[index]
            if (
                len(out) + len(item_steps) > MAX_PLAY_STEPS
                or grown.phases > MAX_PHASES
                or grown.seconds > MAX_SESSION_SECONDS
            ):
                truncated = True
                break
            out.extend(item_steps)
            size = grown
        if truncated:
            break
    whole = _whole_size(doc, sizes)
    if per_item:
        whole += final_rest(per_item[max(per_item)][-1].step).times(-1)
    return ResolvedPlaylist(
        playlist_id=doc.id,
        title=doc.title,
        steps=tuple(out),
        missing=tuple(missing[i] for i in sorted(missing)),
        truncated=truncated,
        limit_problem=whole.limit_problem("the playlist"),
    )


def _whole_size(doc: PlaylistDocument, sizes: Mapping[int, PlanSize]) -> PlanSize:
    """The size of the playlist played through, last rest included: each item's size times its
    rounds and its block's rounds, without unrolling anything."""
    block_rounds = {row: block.rounds for block in doc.blocks for row in range(block.first, block.last + 1)}
    total = PlanSize()
    for index, size in sizes.items():
        total += size.times(doc.items[index].rounds * block_rounds.get(index, 1))
    return total


def play_order(doc: PlaylistDocument) -> Iterator[int]:
    """Item positions in playing order, blocks repeated (item rounds not applied)."""
    starts = {block.first: block for block in doc.blocks}
    row = 0
    while row < len(doc.items):
        block = starts.get(row)
        if block is None:
            yield row
            row += 1
            continue
        for _ in range(block.rounds):
            yield from range(block.first, block.last + 1)
        row = block.last + 1


def _item_steps(index: int, item: PlaylistItem, lookup: RoutineLookup) -> list[PlayStep] | MissingItem:
    routine = lookup(item.routine_id)
    if routine is None:
        return MissingItem.of(index, item, message("playlist.no_routine", routine=item.routine_id))
    if item.step_id is None:
        steps = routine.steps
    else:
        try:
            steps = (routine.step(item.step_id),)
        except KeyError:
            no_step = message("playlist.no_step", routine=routine.title, step=item.step_id)
            return MissingItem.of(index, item, no_step)
    try:
        changed = [apply_overrides(step, item.overrides) for step in steps]
    except ValueError as e:
        return MissingItem.of(index, item, message("playlist.changes_refused", reason=str(e)))
    return [PlayStep(index, routine, step, item.overrides.speed) for step in changed]
