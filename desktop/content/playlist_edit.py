"""Editing a playlist: the playlist builder's operations on a `PlaylistDocument`, without Qt.

Each item carries a tag: the block it belongs to, or None. Operations move items with their tags
and rebuild the blocks from runs of equal tags, so a block moved as a whole stays a block, an
item moved out of a block leaves it, and an item dropped between two items of a block joins it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence

from desktop.content.playlist import PlaylistDocument
from desktop.domain import Block, PlaylistItem
from desktop.domain.messages import Message, message


class PlaylistEditError(ValueError):
    """An edit that cannot be made, said in words for the status bar (`note`, to translate)."""

    def __init__(self, note: Message) -> None:
        super().__init__(str(note))
        self.note = note


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
        raise PlaylistEditError(message("edit.choose_items"))
    first, last = chosen[0], chosen[-1]
    if chosen != list(range(first, last + 1)):
        raise PlaylistEditError(message("edit.neighbours"))
    new = Block(first, last, rounds)
    for block in doc.blocks:
        if (block.first, block.last) == (first, last):
            return doc.with_items(doc.items, [new if b is block else b for b in doc.blocks]), new
        if block.first <= last and first <= block.last:
            raise PlaylistEditError(
                message(
                    "edit.overlap",
                    first=first + 1,
                    last=last + 1,
                    block_first=block.first + 1,
                    block_last=block.last + 1,
                )
            )
    return doc.with_items(doc.items, [*doc.blocks, new]), new


def ungroup(doc: PlaylistDocument, row: int) -> PlaylistDocument:
    """Remove the block that holds `row` (its items stay)."""
    return doc.with_items(doc.items, [b for b in doc.blocks if row not in b])


def set_block_rounds(doc: PlaylistDocument, row: int, rounds: int) -> PlaylistDocument:
    block = doc.block_at(row)
    if block is None:
        raise PlaylistEditError(message("edit.not_in_block", item=row + 1))
    changed = dataclasses.replace(block, rounds=rounds)
    return doc.with_items(doc.items, [changed if b is block else b for b in doc.blocks])
