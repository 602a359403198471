"""The `supple.playlist/1` file format, the blocks that repeat items, and the resolver.

A playlist is a flat list of items (a step of a routine, or a whole routine, with per-item changes
and its own `rounds`) plus `blocks`: runs of neighbouring items, given by the positions of their
first and last item, played `rounds` times over. Blocks may not overlap or nest. This flat shape
maps one to one onto a list view, the store's ordered item rows and a hand-edited file, and every
editing operation below keeps the blocks consistent with the items.

`Block` and `Playlist.blocks` live in the domain, so the store and every layer keep them;
`PlaylistDocument` wraps a playlist and checks that its blocks fit its items (see
docs/playlist-format.md for the format).
"""

from __future__ import annotations

import dataclasses
import functools
import json
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Final

from desktop.content.jsonfile import (
    MAX_FILE_BYTES,
    check_size,
    decode_utf8,
    depth_findings,
    duplicate_key_findings,
    parse_json,
    read_capped,
)
from desktop.content.problems import Finding, JsonPath, RoutineError, sorted_problems
from desktop.content.routine import _number
from desktop.content.schema import _translate, number_text, usable_number
from desktop.content.semantics import segment_order_findings, segment_pair
from desktop.content.text import text_findings
from desktop.domain import MAX_ROUNDS as MAX_ROUNDS  # re-exported: imported from here too
from desktop.domain import Block as Block  # re-exported: imported from here too
from desktop.domain import (
    Playlist,
    PlaylistItem,
    Routine,
    Segment,
    Side,
    Sides,
    Step,
    StepOverrides,
)
from desktop.engine.plan import MAX_PHASES, MAX_SESSION_SECONDS, PlanSize, final_rest, step_size
from desktop.paths import resource

if TYPE_CHECKING:
    from desktop.engine.plan import PlanItem

PLAYLIST_FORMAT: Final = "supple.playlist/1"
PLAYLIST_SUFFIX: Final = ".supple-playlist.json"
PLAYLIST_SCHEMA_FILE: Final = "supple.playlist-1.schema.json"
MIN_SPEED: Final = 0.25
MAX_SPEED: Final = 2.0
#: The resolver stops expanding rounds and blocks here: a plan this long is a mistake, not a warm-up.
MAX_PLAY_STEPS: Final = 5000


# -- values ----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, init=False)
class PlaylistDocument:
    """What a `supple.playlist/1` file holds: a playlist, blocks included, checked to be whole.

    The blocks are the playlist's own (`playlist.blocks`): one source of truth. They are sorted,
    inside the items and disjoint (the constructor checks). `PlaylistDocument(playlist, blocks)`
    gives the playlist these blocks instead of its own.
    """

    playlist: Playlist

    def __init__(self, playlist: Playlist, blocks: Iterable[Block] | None = None) -> None:
        if blocks is not None:
            playlist = dataclasses.replace(playlist, blocks=tuple(blocks))
        previous: Block | None = None
        for block in playlist.blocks:
            if block.last >= len(playlist.items):
                raise ValueError(f"block {block} ends past the last item ({len(playlist.items) - 1})")
            if previous is not None and block.first <= previous.last:
                raise ValueError(f"blocks must be sorted and must not overlap: {previous} and {block}")
            previous = block
        object.__setattr__(self, "playlist", playlist)

    @property
    def id(self) -> str:
        return self.playlist.id

    @property
    def title(self) -> str:
        return self.playlist.title

    @property
    def items(self) -> tuple[PlaylistItem, ...]:
        return self.playlist.items

    @property
    def blocks(self) -> tuple[Block, ...]:
        return self.playlist.blocks

    def block_at(self, row: int) -> Block | None:
        return next((b for b in self.blocks if row in b), None)

    def with_items(self, items: Sequence[PlaylistItem], blocks: Iterable[Block]) -> PlaylistDocument:
        ordered = tuple(sorted(blocks, key=lambda b: b.first))
        return PlaylistDocument(dataclasses.replace(self.playlist, items=tuple(items), blocks=ordered))

    def renamed(self, title: str) -> PlaylistDocument:
        return PlaylistDocument(dataclasses.replace(self.playlist, title=title))

    def with_id(self, playlist_id: str) -> PlaylistDocument:
        """The same playlist under another id (saving names a new playlist; that is not an edit)."""
        if playlist_id == self.id:
            return self
        return PlaylistDocument(dataclasses.replace(self.playlist, id=playlist_id))


def as_document(playlist: Playlist | PlaylistDocument) -> PlaylistDocument:
    return playlist if isinstance(playlist, PlaylistDocument) else PlaylistDocument(playlist)


# -- decoding --------------------------------------------------------------------------------------


def load_playlist(path: str | os.PathLike[str]) -> PlaylistDocument:
    """Read and decode a playlist file; every problem found is in the RoutineError raised."""
    source = Path(path)
    return decode_playlist(read_capped(source, MAX_FILE_BYTES), source)


def decode_playlist(data: str | bytes, source: Path) -> PlaylistDocument:
    """Decode a playlist; `source` names the file in problems. References are not checked here:
    a routine may be missing from this library, and the resolver marks such items instead."""
    file = Path(source)
    check_size(file, len(data))
    document = parse_json(data if isinstance(data, str) else decode_utf8(data, file), file)
    too_deep = depth_findings(document)
    if too_deep:
        raise RoutineError(sorted_problems(file, document, too_deep))
    findings = duplicate_key_findings(document)
    findings += [f for error in _validator().iter_errors(document) for f in _translate(error)]
    findings += text_findings(document, findings)
    findings += _semantic_findings(document)
    if findings:
        raise RoutineError(sorted_problems(file, document, findings))
    assert isinstance(document, dict)  # the schema says so
    return _document(document)


@functools.cache
def playlist_schema() -> Mapping[str, Any]:
    schema: dict[str, Any] = json.loads(resource("schema", PLAYLIST_SCHEMA_FILE).read_text(encoding="utf-8"))
    return schema


@functools.cache
def _validator() -> Any:
    from jsonschema import Draft202012Validator  # ~0.1 s: only once a file is decoded

    return Draft202012Validator(playlist_schema())


def _semantic_findings(document: object) -> list[Finding]:
    """What the schema cannot say: block positions, and overrides that contradict each other."""
    if not isinstance(document, dict):
        return []
    findings: list[Finding] = []
    items = document.get("items")
    items = items if isinstance(items, list) else []
    for index, item in enumerate(items):
        if isinstance(item, dict) and isinstance(item.get("overrides"), dict):
            findings += _override_findings(("items", index), item, item["overrides"])
    blocks = document.get("blocks")
    if isinstance(blocks, list):
        findings += _block_findings(blocks, len(items))
    return findings


def _override_findings(at: JsonPath, item: Mapping[str, Any], overrides: Mapping[str, Any]) -> list[Finding]:
    where: JsonPath = (*at, "overrides")
    findings: list[Finding] = []
    if "hold" in overrides and "reps" in overrides:
        findings.append(
            Finding(
                where,
                'has both "hold" and "reps": change a step to be held ("hold") or repeated '
                '("reps" with "rep_seconds"), not both',
            )
        )
    segment = overrides.get("segment")
    if segment_pair(segment) is not None:
        order = segment_order_findings((*where, "segment"), segment)
        if order:
            findings += order
        elif "step" not in item:
            findings.append(
                Finding(
                    (*where, "segment"),
                    'a loop belongs to one step\'s clip: give "step" as well, or leave "segment" out',
                )
            )
    sides, mirror = overrides.get("sides"), overrides.get("mirror_side")
    worked = {"none": (), "both": ("left", "right"), "left": ("left",), "right": ("right",)}
    if (
        isinstance(sides, str)
        and sides in worked
        and mirror in ("left", "right")
        and mirror not in worked[sides]
    ):
        findings.append(
            Finding(
                (*where, "mirror_side"),
                f'"sides" is changed to "{sides}", so there is no {mirror} side to mirror',
            )
        )
    return findings


def _block_findings(blocks: list[Any], item_count: int) -> list[Finding]:
    findings: list[Finding] = []
    placed: list[tuple[int, int, int]] = []  # (first, last, index in "blocks")
    for index, block in enumerate(blocks):
        if not isinstance(block, dict):
            continue
        first, last = block.get("first"), block.get("last")
        if not (_is_whole(first) and _is_whole(last)):
            continue  # the schema reports it
        assert isinstance(first, int | float) and isinstance(last, int | float)
        first, last = int(first), int(last)
        at: JsonPath = ("blocks", index)
        if first > last:
            findings.append(
                Finding(
                    (*at, "last"),
                    f"expected the last item at or after the first ({number_text(first)}), got {number_text(last)}",
                )
            )
            continue
        if last >= item_count:
            findings.append(Finding((*at, "last"), _past_the_end(last, item_count)))
            continue
        for other_first, other_last, other in placed:
            if first <= other_last and other_first <= last:
                findings.append(
                    Finding(
                        at,
                        f"items {first} to {last} overlap blocks[{other}] (items {other_first} to "
                        f"{other_last}); blocks may not overlap or sit inside each other",
                    )
                )
                break
        else:
            placed.append((first, last, index))
    return findings


def _past_the_end(last: int, item_count: int) -> str:
    if item_count == 0:
        return f"the playlist has no items, so there is no item {number_text(last)}"
    return f'there is no item {number_text(last)}: "items" has {item_count}, numbered 0 to {item_count - 1}'


def _is_whole(value: object) -> bool:
    """An integer, however large (the schema says if it is out of range), or a float such as 2.0."""
    if isinstance(value, int) and not isinstance(value, bool):
        return True
    number = usable_number(value)
    return number is not None and number.is_integer()


def _document(doc: Mapping[str, Any]) -> PlaylistDocument:
    items = tuple(_item(raw) for raw in doc["items"])
    blocks = sorted(
        (Block(int(b["first"]), int(b["last"]), int(b["rounds"])) for b in doc.get("blocks", ())),
        key=lambda b: b.first,
    )
    return PlaylistDocument(Playlist(id=doc["id"], title=doc["title"], items=items, blocks=tuple(blocks)))


def _item(raw: Mapping[str, Any]) -> PlaylistItem:
    return PlaylistItem(
        routine_id=raw["routine"],
        step_id=raw.get("step"),
        overrides=decode_overrides(raw.get("overrides", {})),
        rounds=int(raw.get("rounds", 1)),
    )


_OVERRIDE_FIELDS: Final[Mapping[str, Callable[[Any], Any]]] = MappingProxyType(
    {
        "hold": float,
        "reps": int,
        "rep_seconds": float,
        "sets": int,
        "sides": Sides,
        "rest": float,
        "speed": float,
        "mirror_side": Side,
        "segment": lambda pair: Segment(float(pair[0]), float(pair[1])),
    }
)


def decode_overrides(raw: Mapping[str, Any]) -> StepOverrides:
    """Overrides from their JSON form (already validated)."""
    return StepOverrides(**{key: _OVERRIDE_FIELDS[key](value) for key, value in raw.items()})


def encode_overrides(overrides: StepOverrides) -> dict[str, Any]:
    """Only the fields that are set, in the order of `StepOverrides`, numbers as a person types them."""
    out: dict[str, Any] = {}
    for f in dataclasses.fields(overrides):
        value = getattr(overrides, f.name)
        if value is None:
            continue
        if isinstance(value, Segment):
            out[f.name] = [_number(value.start), _number(value.end)]
        elif isinstance(value, Sides | Side):
            out[f.name] = value.value
        else:
            out[f.name] = _number(value)
    return out


# -- encoding --------------------------------------------------------------------------------------


def encode_playlist(playlist: Playlist | PlaylistDocument) -> str:
    """The playlist as a `supple.playlist/1` file."""
    doc = as_document(playlist)
    out: dict[str, Any] = {"format": PLAYLIST_FORMAT, "id": doc.id, "title": doc.title}
    out["items"] = [_item_fields(item) for item in doc.items]
    if doc.blocks:
        out["blocks"] = [{"first": b.first, "last": b.last, "rounds": b.rounds} for b in doc.blocks]
    return _dump(out, expand=True) + "\n"


def _item_fields(item: PlaylistItem) -> dict[str, Any]:
    fields: dict[str, Any] = {"routine": item.routine_id}
    if item.step_id is not None:
        fields["step"] = item.step_id
    overrides = encode_overrides(item.overrides)
    if overrides:
        fields["overrides"] = overrides
    if item.rounds != 1:
        fields["rounds"] = item.rounds
    return fields


_ONE_LINE: Final = 100


def _dump(value: object, indent: str = "", *, expand: bool = False) -> str:
    """JSON with two-space indents: one item or block per line when it fits, as a person would
    write it; the top level and lists of objects are always spread over lines."""
    flat = json.dumps(value, ensure_ascii=False, separators=(", ", ": "))
    spread = expand or (isinstance(value, list) and any(isinstance(v, dict) for v in value))
    if not spread and len(indent) + len(flat) <= _ONE_LINE:
        return flat
    inner = indent + "  "
    if isinstance(value, dict) and value:
        items = (f"{inner}{json.dumps(k, ensure_ascii=False)}: {_dump(v, inner)}" for k, v in value.items())
        return "{\n" + ",\n".join(items) + f"\n{indent}}}"
    if isinstance(value, list) and value:
        return "[\n" + ",\n".join(f"{inner}{_dump(v, inner)}" for v in value) + f"\n{indent}]"
    return flat


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
        return MissingItem(
            index, item.routine_id, item.step_id, f'the routine "{item.routine_id}" is not in the library'
        )
    if item.step_id is None:
        steps = routine.steps
    else:
        try:
            steps = (routine.step(item.step_id),)
        except KeyError:
            reason = f'the routine "{routine.title}" has no step "{item.step_id}"'
            return MissingItem(index, item.routine_id, item.step_id, reason)
    try:
        changed = [apply_overrides(step, item.overrides) for step in steps]
    except ValueError as e:
        return MissingItem(index, item.routine_id, item.step_id, f"its changes cannot be applied: {e}")
    return [PlayStep(index, routine, step, item.overrides.speed) for step in changed]


# -- editing (the playlist builder's operations, without Qt) --------------------------------------
#
# Each item carries a tag: the block it belongs to, or None. Operations move items with their tags
# and rebuild the blocks from runs of equal tags, so a block moved as a whole stays a block, an
# item moved out of a block leaves it, and an item dropped between two items of a block joins it.


class PlaylistEditError(ValueError):
    """An edit that cannot be made, said in words for the status bar."""


_Tagged = list[tuple[PlaylistItem, int | None]]


def _tagged(doc: PlaylistDocument) -> _Tagged:
    tags: list[int | None] = [None] * len(doc.items)
    for number, block in enumerate(doc.blocks):
        for row in range(block.first, block.last + 1):
            tags[row] = number
    return list(zip(doc.items, tags, strict=True))


def _rebuild(doc: PlaylistDocument, tagged: _Tagged, rounds: Mapping[int, int]) -> PlaylistDocument:
    """The document with these items; each tag's first run of neighbours becomes its block."""
    blocks: list[Block] = []
    seen: set[int] = set()
    row = 0
    while row < len(tagged):
        tag = tagged[row][1]
        end = row
        while end + 1 < len(tagged) and tag is not None and tagged[end + 1][1] == tag:
            end += 1
        if tag is not None and tag not in seen:
            seen.add(tag)
            blocks.append(Block(row, end, rounds[tag]))
        row = end + 1
    return doc.with_items([item for item, _ in tagged], blocks)


def _rounds(doc: PlaylistDocument) -> dict[int, int]:
    return {number: block.rounds for number, block in enumerate(doc.blocks)}


def _tag_at(tagged: _Tagged, row: int) -> int | None:
    return tagged[row][1] if 0 <= row < len(tagged) else None


def _adopt(tagged: _Tagged, start: int, count: int) -> None:
    """Items placed at [start, start+count) between two items of one block join it (a whole block
    moved there dissolves into it: blocks do not nest)."""
    before = tagged[start - 1][1] if start > 0 else None
    after = tagged[start + count][1] if start + count < len(tagged) else None
    if before is None or before != after:
        return
    for row in range(start, start + count):
        tagged[row] = (tagged[row][0], before)


def insert_items(doc: PlaylistDocument, at: int, items: Sequence[PlaylistItem]) -> PlaylistDocument:
    """Insert before position `at` (len(items) appends); inside a block they join it."""
    at = max(0, min(at, len(doc.items)))
    tagged = _tagged(doc)
    tagged[at:at] = [(item, None) for item in items]
    _adopt(tagged, at, len(items))
    return _rebuild(doc, tagged, _rounds(doc))


def remove_items(doc: PlaylistDocument, rows: Iterable[int]) -> PlaylistDocument:
    gone = set(rows)
    tagged = [pair for row, pair in enumerate(_tagged(doc)) if row not in gone]
    return _rebuild(doc, tagged, _rounds(doc))


def duplicate_items(doc: PlaylistDocument, rows: Iterable[int]) -> tuple[PlaylistDocument, list[int]]:
    """Copies go right after the last chosen item; returns the document and the copies' rows.

    A copy stays in its original's block when it lands next to that block.
    """
    chosen = sorted(set(rows))
    if not chosen:
        return doc, []
    tagged = _tagged(doc)
    at = chosen[-1] + 1
    anchor = tagged[chosen[-1]][1]
    copies = [(tagged[r][0], tagged[r][1] if tagged[r][1] == anchor else None) for r in chosen]
    tagged[at:at] = copies
    _adopt(tagged, at, len(copies))
    return _rebuild(doc, tagged, _rounds(doc)), list(range(at, at + len(copies)))


def move_items(doc: PlaylistDocument, rows: Iterable[int], to: int) -> tuple[PlaylistDocument, list[int]]:
    """Move the chosen items (kept in their order) to before position `to` of the original list.

    Blocks whose items are all moved move with them; an item of a partly moved block stays in it
    when it lands next to the rest of the block, and leaves it otherwise; moved items landing
    between two items of a block join that block (a whole block landing inside another dissolves
    into it: blocks do not nest). Returns the new rows.
    """
    chosen = sorted({r for r in rows if 0 <= r < len(doc.items)})
    if not chosen:
        return doc, []
    to = max(0, min(to, len(doc.items)))
    tagged = _tagged(doc)
    whole = {n for n, b in enumerate(doc.blocks) if all(r in chosen for r in range(b.first, b.last + 1))}
    staying = [pair for r, pair in enumerate(tagged) if r not in chosen]
    at = to - sum(1 for r in chosen if r < to)
    beside = {tag for tag in (_tag_at(staying, at - 1), _tag_at(staying, at)) if tag is not None}
    # An item of a partly moved block stays in it when it lands next to the rest of that block.
    moving = [
        (tagged[r][0], tag if tag in whole or tag in beside else None)
        for r in chosen
        for tag in [tagged[r][1]]
    ]
    staying[at:at] = moving
    _adopt(staying, at, len(moving))
    return _rebuild(doc, staying, _rounds(doc)), list(range(at, at + len(moving)))


def replace_item(doc: PlaylistDocument, row: int, item: PlaylistItem) -> PlaylistDocument:
    items = list(doc.items)
    items[row] = item
    return doc.with_items(items, doc.blocks)


def group_items(
    doc: PlaylistDocument, rows: Iterable[int], rounds: int = 2
) -> tuple[PlaylistDocument, Block]:
    """Make neighbouring items a block played `rounds` times (or set the rounds of that block)."""
    chosen = sorted(set(rows))
    if not chosen:
        raise PlaylistEditError("choose the items to repeat first")
    first, last = chosen[0], chosen[-1]
    if chosen != list(range(first, last + 1)):
        raise PlaylistEditError("only neighbouring items can be repeated together; choose a run of items")
    new = Block(first, last, rounds)
    for block in doc.blocks:
        if (block.first, block.last) == (first, last):
            return doc.with_items(doc.items, [new if b is block else b for b in doc.blocks]), new
        if block.first <= last and first <= block.last:
            raise PlaylistEditError(
                f"items {first + 1} to {last + 1} overlap the repeated block of items {block.first + 1} "
                f"to {block.last + 1}; blocks cannot overlap or sit inside each other (ungroup it first)"
            )
    return doc.with_items(doc.items, [*doc.blocks, new]), new


def ungroup(doc: PlaylistDocument, row: int) -> PlaylistDocument:
    """Remove the block that holds `row` (its items stay)."""
    return doc.with_items(doc.items, [b for b in doc.blocks if row not in b])


def set_block_rounds(doc: PlaylistDocument, row: int, rounds: int) -> PlaylistDocument:
    block = doc.block_at(row)
    if block is None:
        raise PlaylistEditError(f"item {row + 1} is not in a repeated block")
    changed = dataclasses.replace(block, rounds=rounds)
    return doc.with_items(doc.items, [changed if b is block else b for b in doc.blocks])
