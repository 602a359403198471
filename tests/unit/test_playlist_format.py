"""The `supple.playlist/1` format: decode, encode, round trip, and every error with its JSON path."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from desktop.content import RoutineError
from desktop.content.playlist import (
    PLAYLIST_FORMAT,
    Block,
    PlaylistDocument,
    decode_playlist,
    encode_playlist,
    load_playlist,
    playlist_schema,
)
from desktop.domain import Playlist, PlaylistItem, Segment, Side, Sides, StepOverrides

ROOT = Path(__file__).resolve().parents[2]
FILE = Path("warm-up.supple-playlist.json")


def document(**changes: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "format": PLAYLIST_FORMAT,
        "id": "warm-up",
        "title": "Warm-up",
        "items": [
            {"routine": "scorpion-stretch", "step": "hips-at-90", "overrides": {"sets": 1}},
            {"routine": "scorpion-stretch"},
        ],
    }
    doc.update(changes)
    return doc


def problems(doc: object) -> list[str]:
    with pytest.raises(RoutineError) as caught:
        decode_playlist(json.dumps(doc), FILE)
    assert all(p.file == FILE for p in caught.value.problems)
    return [f"{p.path}: {p.message}" for p in caught.value.problems]


def full_document() -> PlaylistDocument:
    items = (
        PlaylistItem(
            "scorpion-stretch",
            "hip-off-floor",
            StepOverrides(
                reps=6,
                rep_seconds=3.5,
                sets=1,
                sides=Sides.BOTH,
                rest=0,
                speed=0.75,
                mirror_side=Side.RIGHT,
                segment=Segment(0.5, 4),
            ),
            rounds=2,
        ),
        PlaylistItem("scorpion-stretch", "hips-at-90", StepOverrides(hold=20)),
        PlaylistItem("morning-hips"),
        PlaylistItem("morning-hips", "bridge", rounds=3),
    )
    return PlaylistDocument(Playlist("warm-up", "Warm-up ✓", items), (Block(0, 1, 3), Block(3, 3, 2)))


def test_encode_then_decode_gives_the_same_document() -> None:
    doc = full_document()
    text = encode_playlist(doc)
    assert decode_playlist(text, FILE) == doc
    assert encode_playlist(decode_playlist(text, FILE)) == text


def test_encoding_writes_one_item_per_line_and_leaves_defaults_out() -> None:
    text = encode_playlist(full_document())
    lines = text.splitlines()
    assert '    {"routine": "morning-hips"},' in lines
    assert '    {"routine": "scorpion-stretch", "step": "hips-at-90", "overrides": {"hold": 20}},' in lines
    assert '    {"first": 0, "last": 1, "rounds": 3},' in lines
    assert 'rounds": 1' not in text
    assert text.endswith("}\n")
    assert "✓" in text  # UTF-8, not \u escapes


def test_a_playlist_without_blocks_has_no_blocks_field() -> None:
    text = encode_playlist(Playlist("p", "P", (PlaylistItem("r"),)))
    assert "blocks" not in json.loads(text)
    assert decode_playlist(text, FILE).blocks == ()


def test_blocks_are_sorted_whatever_the_file_order() -> None:
    doc = decode_playlist(
        json.dumps(
            document(blocks=[{"first": 1, "last": 1, "rounds": 2}, {"first": 0, "last": 0, "rounds": 4}])
        ),
        FILE,
    )
    assert doc.blocks == (Block(0, 0, 4), Block(1, 1, 2))


def test_load_reads_a_file(tmp_path: Path) -> None:
    path = tmp_path / "w.supple-playlist.json"
    path.write_text(encode_playlist(full_document()), encoding="utf-8")
    assert load_playlist(path) == full_document()


def test_the_schema_is_a_valid_json_schema() -> None:
    Draft202012Validator.check_schema(dict(playlist_schema()))


def test_the_example_in_the_docs_decodes() -> None:
    text = (ROOT / "docs" / "playlist-format.md").read_text(encoding="utf-8")
    example = re.search(r"## A complete example\s+```json\n(.*?)```", text, re.DOTALL)
    assert example is not None
    doc = decode_playlist(example.group(1), FILE)
    assert doc.items and doc.blocks


@pytest.mark.parametrize(
    ("doc", "expected"),
    [
        (document(format="supple.playlist/2"), 'format: expected "supple.playlist/1"'),
        ({k: v for k, v in document().items() if k != "title"}, "title: this field is required but missing"),
        (document(id="Warm Up"), "id: expected an id made of lower-case letters"),
        (document(items=[{"step": "x"}]), "items[0].routine: this field is required but missing"),
        (
            document(items=[{"routine": "r", "rounds": 0}]),
            "items[0].rounds: expected how many times to play the item",
        ),
        (document(items=[{"routine": "r", "rounds": 101}]), "items[0].rounds: expected at most 100, got 101"),
        (
            document(items=[{"routine": "r", "overrides": {"speed": 3}}]),
            "items[0].overrides.speed: expected at most 2",
        ),
        (
            document(items=[{"routine": "r", "overrides": {"speed": 0.1}}]),
            "items[0].overrides.speed: expected a playback speed from 0.25",
        ),
        (
            document(items=[{"routine": "r", "overrides": {"hodl": 3}}]),
            'items[0].overrides.hodl: unknown field "hodl" (did you mean "hold"?)',
        ),
        (
            document(
                items=[{"routine": "r", "step": "s", "overrides": {"hold": 3, "reps": 2, "rep_seconds": 2}}]
            ),
            'items[0].overrides: has both "hold" and "reps"',
        ),
        (
            document(items=[{"routine": "r", "overrides": {"reps": 4}}]),
            'items[0].overrides.rep_seconds: required because "reps" is given',
        ),
        (
            document(items=[{"routine": "r", "overrides": {"segment": [0, 4]}}]),
            'items[0].overrides.segment: a loop belongs to one step\'s clip: give "step"',
        ),
        (
            document(items=[{"routine": "r", "step": "s", "overrides": {"segment": [4, 2]}}]),
            "items[0].overrides.segment: expected the start to come before the end, got [4, 2]",
        ),
        (
            document(items=[{"routine": "r", "overrides": {"sides": "left", "mirror_side": "right"}}]),
            'items[0].overrides.mirror_side: "sides" is changed to "left", so there is no right side to mirror',
        ),
        (
            document(items=[{"routine": "r", "overrides": {"sides": "up"}}]),
            'items[0].overrides.sides: expected one of "none", "both", "left" or "right", got "up"',
        ),
        (
            document(blocks=[{"first": 0, "last": 2, "rounds": 2}]),
            'blocks[0].last: there is no item 2: "items" has 2',
        ),
        (
            document(blocks=[{"first": 1, "last": 0, "rounds": 2}]),
            "blocks[0].last: expected the last item at or after",
        ),
        (document(blocks=[{"first": 0, "last": 1}]), "blocks[0].rounds: this field is required but missing"),
        (
            document(blocks=[{"first": 0, "last": 1, "rounds": 2}, {"first": 1, "last": 1, "rounds": 2}]),
            "blocks[1]: items 1 to 1 overlap blocks[0] (items 0 to 1)",
        ),
        (document(items=[], blocks=[{"first": 0, "last": 0, "rounds": 2}]), "the playlist has no items"),
        (document(extra=1), 'extra: unknown field "extra"'),
    ],
)
def test_each_mistake_is_named_with_its_place(doc: dict[str, Any], expected: str) -> None:
    found = problems(doc)
    assert any(expected in p for p in found), found


def test_every_problem_is_reported_at_once_in_file_order() -> None:
    doc = document(
        id="X", items=[{"routine": "r", "overrides": {"speed": 9, "hold": 1, "reps": 1, "rep_seconds": 1}}]
    )
    doc["blocks"] = [{"first": 5, "last": 6, "rounds": 2}]
    found = problems(doc)
    assert [p.split(":")[0] for p in found] == [
        "id",
        "items[0].overrides",
        "items[0].overrides.speed",
        "blocks[0].last",
    ]


def test_duplicate_keys_and_bad_json_are_reported() -> None:
    with pytest.raises(RoutineError, match='"title" appears more than once'):
        decode_playlist(
            '{"format": "supple.playlist/1", "id": "a", "title": "A", "title": "B", "items": []}', FILE
        )
    with pytest.raises(RoutineError, match="not valid JSON at line 1"):
        decode_playlist('{"format": "supple.playlist/1",}', FILE)


def test_numbers_are_written_as_typed() -> None:
    doc = PlaylistDocument(Playlist("p", "P", (PlaylistItem("r", "s", StepOverrides(hold=30.0, rest=2.5)),)))
    item = json.loads(encode_playlist(doc))["items"][0]
    assert item["overrides"] == {"hold": 30, "rest": 2.5}
    assert isinstance(item["overrides"]["hold"], int)


def test_a_document_refuses_blocks_that_do_not_fit() -> None:
    playlist = Playlist("p", "P", (PlaylistItem("r"), PlaylistItem("r")))
    with pytest.raises(ValueError, match="ends past the last item"):
        PlaylistDocument(playlist, (Block(0, 2),))
    with pytest.raises(ValueError, match="must not overlap"):
        PlaylistDocument(playlist, (Block(0, 1), Block(1, 1)))
    with pytest.raises(ValueError, match="rounds"):
        Block(0, 0, 0)
