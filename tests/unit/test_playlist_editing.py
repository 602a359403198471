"""The builder's operations on a playlist document, without Qt: blocks follow their items."""

from __future__ import annotations

import contextlib
import random

import pytest

from desktop.content.playlist import Block, PlaylistDocument
from desktop.content.playlist_edit import (
    PlaylistEditError,
    duplicate_items,
    group_items,
    insert_items,
    move_items,
    remove_items,
    set_block_rounds,
    ungroup,
)
from desktop.domain import Playlist, PlaylistItem


def item(name: str) -> PlaylistItem:
    return PlaylistItem("r", name)


def doc(names: str, *blocks: Block) -> PlaylistDocument:
    return PlaylistDocument(Playlist("p", "P", tuple(item(n) for n in names)), blocks)


def names(d: PlaylistDocument) -> str:
    return "".join(i.step_id or "" for i in d.items)


def shape(d: PlaylistDocument) -> str:
    """Items with their blocks in brackets and rounds after, e.g. "a[bc]3d"."""
    out = ""
    for row, it in enumerate(d.items):
        block = d.block_at(row)
        if block is not None and row == block.first:
            out += "["
        out += it.step_id or ""
        if block is not None and row == block.last:
            out += f"]{block.rounds}"
    return out


@pytest.mark.parametrize(
    ("at", "expected"),
    [(0, "xa[bc]3d"), (1, "ax[bc]3d"), (2, "a[bxc]3d"), (3, "a[bc]3xd"), (4, "a[bc]3dx")],
)
def test_insert_joins_a_block_only_between_two_of_its_items(at: int, expected: str) -> None:
    assert shape(insert_items(doc("abcd", Block(1, 2, 3)), at, [item("x")])) == expected


def test_remove_shrinks_blocks_and_drops_emptied_ones() -> None:
    d = doc("abcde", Block(1, 2, 3), Block(4, 4, 2))
    assert shape(remove_items(d, [2])) == "a[b]3d[e]2"
    assert shape(remove_items(d, [1, 2])) == "ad[e]2"
    assert shape(remove_items(d, [0, 4])) == "[bc]3d"


def test_duplicate_places_copies_after_the_last_chosen_item_inside_its_block() -> None:
    d = doc("abcd", Block(1, 2, 3))
    new, rows = duplicate_items(d, [2])
    assert (shape(new), rows) == ("a[bcc]3d", [3])
    new, rows = duplicate_items(d, [0])
    assert (shape(new), rows) == ("aa[bc]3d", [1])
    new, rows = duplicate_items(d, [0, 3])
    assert (shape(new), rows) == ("a[bc]3dad", [4, 5])


def test_a_block_moved_as_a_whole_stays_a_block() -> None:
    d = doc("abcd", Block(1, 2, 3))
    new, rows = move_items(d, [1, 2], 4)
    assert (shape(new), rows) == ("ad[bc]3", [2, 3])
    new, rows = move_items(d, [1, 2], 0)
    assert (shape(new), rows) == ("[bc]3ad", [0, 1])


def test_an_item_moved_out_of_a_block_leaves_it_and_one_moved_in_joins() -> None:
    d = doc("abcd", Block(1, 2, 3))
    assert shape(move_items(d, [2], 4)[0]) == "a[b]3dc"
    assert shape(move_items(d, [2], 1)[0]) == "a[cb]3d"  # moved within its block
    assert shape(move_items(d, [1], 0)[0]) == "ba[c]3d"
    assert shape(move_items(d, [3], 2)[0]) == "a[bdc]3"
    assert shape(move_items(d, [0], 2)[0]) == "[bac]3d"


def test_a_block_moved_into_another_block_dissolves_into_it() -> None:
    d = doc("abcde", Block(0, 1, 2), Block(3, 4, 5))
    new, _ = move_items(d, [0, 1], 4)
    assert shape(new) == "c[dabe]5"


def test_moving_step_by_step_walks_through_a_block() -> None:
    d = doc("xabc", Block(1, 2, 2))
    steps = []
    row = 0
    for _ in range(3):
        d, rows = move_items(d, [row], row + 2)
        row = rows[0]
        steps.append(shape(d))
    assert steps == ["[axb]2c", "[abx]2c", "[ab]2cx"]
    d, _ = move_items(d, [3], 2)  # back up: beside the block, not between two of its items
    assert shape(d) == "[ab]2xc"


def test_group_makes_a_block_and_regrouping_sets_its_rounds() -> None:
    d = doc("abcd")
    d, block = group_items(d, [1, 2], 3)
    assert (shape(d), block) == ("a[bc]3d", Block(1, 2, 3))
    d, _ = group_items(d, [2, 1], 4)
    assert shape(d) == "a[bc]4d"
    assert shape(set_block_rounds(d, 2, 7)) == "a[bc]7d"
    assert shape(ungroup(d, 1)) == "abcd"


def test_group_refuses_gaps_overlaps_and_nothing() -> None:
    d = doc("abcd", Block(1, 2, 3))
    with pytest.raises(PlaylistEditError, match="neighbouring"):
        group_items(d, [0, 2])
    with pytest.raises(PlaylistEditError, match="overlap"):
        group_items(d, [2, 3])
    with pytest.raises(PlaylistEditError, match="overlap"):
        group_items(d, [0, 1, 2, 3])
    with pytest.raises(PlaylistEditError, match="choose"):
        group_items(d, [])
    with pytest.raises(PlaylistEditError, match="not in a repeated block"):
        set_block_rounds(d, 0, 2)


def test_random_edits_keep_every_document_valid() -> None:
    rng = random.Random(20261124)
    d = doc("abcdef", Block(1, 3, 2))
    for _ in range(2000):
        n = len(d.items)
        rows = sorted(rng.sample(range(n), rng.randint(1, min(3, n)))) if n else []
        op = rng.choice(["insert", "remove", "duplicate", "move", "group", "ungroup"])
        if op == "insert" or n == 0:
            d = insert_items(d, rng.randint(0, n), [item(rng.choice("xyz"))])
        elif op == "remove" and n > 2:
            d = remove_items(d, rows)
        elif op == "duplicate" and n < 30:
            d = duplicate_items(d, rows)[0]
        elif op == "move":
            d = move_items(d, rows, rng.randint(0, n))[0]
        elif op == "group":
            with contextlib.suppress(PlaylistEditError):  # overlaps are refused, as they should be
                d = group_items(d, range(rows[0], rows[-1] + 1), rng.randint(1, 5))[0]
        elif op == "ungroup":
            d = ungroup(d, rows[0])
        # The constructor checks: sorted, inside the items, disjoint.
        assert PlaylistDocument(d.playlist, d.blocks) == d
