"""The `supple.playlist/1` file format: the playlist document, decoding and encoding.

A playlist is a flat list of items (a step of a routine, or a whole routine, with per-item changes
and its own `rounds`) plus `blocks`: runs of neighbouring items, given by the positions of their
first and last item, played `rounds` times over. Blocks may not overlap or nest. This flat shape
maps one to one onto a list view, the store's ordered item rows and a hand-edited file, and every
editing operation below keeps the blocks consistent with the items.

`Block` and `Playlist.blocks` live in the domain, so the store and every layer keep them;
`PlaylistDocument` wraps a playlist and checks that its blocks fit its items (see
docs/playlist-format.md for the format). The editing operations are in playlist_edit.py, the
resolver that unrolls a playlist into the steps to play in playlist_resolve.py, and the codec of
an item's overrides, which the store shares, in desktop/domain/overrides.py.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

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
from desktop.content.schema import number_text, translate_error, usable_number
from desktop.content.semantics import segment_order_findings, segment_pair
from desktop.content.text import text_findings
from desktop.domain import MAX_ROUNDS as MAX_ROUNDS  # re-exported: imported from here too
from desktop.domain import Block as Block  # re-exported: imported from here too
from desktop.domain import Playlist, PlaylistItem
from desktop.domain.messages import Message, message, text
from desktop.domain.overrides import OverrideProblem, OverridesError, decode_overrides, encode_overrides
from desktop.paths import resource

PLAYLIST_FORMAT: Final = "supple.playlist/1"
PLAYLIST_SUFFIX: Final = ".supple-playlist.json"
PLAYLIST_SCHEMA_FILE: Final = "supple.playlist-1.schema.json"
MIN_SPEED: Final = 0.25
MAX_SPEED: Final = 2.0


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
    findings += [f for error in _validator().iter_errors(document) for f in translate_error(error)]
    findings += text_findings(document, findings)
    findings += _semantic_findings(document)
    if findings:
        raise RoutineError(sorted_problems(file, document, findings))
    assert isinstance(document, dict)  # the schema says so
    try:
        return _document(document)
    except OverridesError as e:  # the schema lets nothing through that the codec refuses; if it did:
        raise RoutineError(
            sorted_problems(file, document, [Finding(p.path, text(p.message)) for p in e.problems])
        ) from None


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
        findings.append(Finding(where, message("playlist.hold_and_reps")))
    segment = overrides.get("segment")
    if segment_pair(segment) is not None:
        order = segment_order_findings((*where, "segment"), segment)
        if order:
            findings += order
        elif "step" not in item:
            findings.append(Finding((*where, "segment"), message("playlist.loop_needs_step")))
    sides, mirror = overrides.get("sides"), overrides.get("mirror_side")
    worked = {"none": (), "both": ("left", "right"), "left": ("left",), "right": ("right",)}
    if (
        isinstance(sides, str)
        and sides in worked
        and mirror in ("left", "right")
        and mirror not in worked[sides]
    ):
        findings.append(
            Finding((*where, "mirror_side"), message("playlist.no_side_to_mirror", sides=sides, side=mirror))
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
                    message("playlist.last_before_first", first=number_text(first), last=number_text(last)),
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
                        message(
                            "playlist.blocks_overlap",
                            first=first,
                            last=last,
                            block=f"blocks[{other}]",
                            other_first=other_first,
                            other_last=other_last,
                        ),
                    )
                )
                break
        else:
            placed.append((first, last, index))
    return findings


def _past_the_end(last: int, item_count: int) -> Message:
    if item_count == 0:
        return message("playlist.no_items", last=number_text(last))
    return message("playlist.no_such_item", last=number_text(last), count=item_count, top=item_count - 1)


def _is_whole(value: object) -> bool:
    """An integer, however large (the schema says if it is out of range), or a float such as 2.0."""
    if isinstance(value, int) and not isinstance(value, bool):
        return True
    number = usable_number(value)
    return number is not None and number.is_integer()


def _document(doc: Mapping[str, Any]) -> PlaylistDocument:
    """The playlist of a document the schema passed; overrides are decoded strictly, and every
    problem the codec finds across the items is raised together."""
    items: list[PlaylistItem] = []
    problems: list[OverrideProblem] = []
    for index, raw in enumerate(doc["items"]):
        try:
            items.append(_item(raw, ("items", index, "overrides")))
        except OverridesError as e:
            problems += e.problems
    if problems:
        raise OverridesError(problems)
    blocks = sorted(
        (Block(int(b["first"]), int(b["last"]), int(b["rounds"])) for b in doc.get("blocks", ())),
        key=lambda b: b.first,
    )
    return PlaylistDocument(
        Playlist(id=doc["id"], title=doc["title"], items=tuple(items), blocks=tuple(blocks))
    )


def _item(raw: Mapping[str, Any], at: JsonPath) -> PlaylistItem:
    return PlaylistItem(
        routine_id=raw["routine"],
        step_id=raw.get("step"),
        overrides=decode_overrides(raw.get("overrides", {}), strict=True, at=at),
        rounds=int(raw.get("rounds", 1)),
    )


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
