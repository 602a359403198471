"""The one codec of step overrides: strict for playlist files, lenient for the store's rows."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

import desktop.engine
import desktop.store.store
from desktop.content import RoutineError, decode_playlist, encode_playlist
from desktop.domain import Playlist, PlaylistItem, Segment, Side, Sides, StepOverrides
from desktop.domain.overrides import (
    OverrideProblem,
    OverridesError,
    decode_overrides,
    encode_overrides,
    plain_number,
)
from desktop.domain.wall_clock import utc_now
from desktop.paths import data_paths
from desktop.store import open_store

FULL = StepOverrides(
    hold=30.0,
    reps=8,
    rep_seconds=2.5,
    sets=2,
    sides=Sides.BOTH,
    rest=10.0,
    speed=0.75,
    mirror_side=Side.RIGHT,
    segment=Segment(1.5, 4.0),
)
AT = ("items", 2, "overrides")


def problems(raw: object, *, strict: bool = True) -> list[OverrideProblem]:
    with pytest.raises(OverridesError) as caught:
        decode_overrides(raw, strict=strict, at=AT)
    return list(caught.value.problems)


def test_encoding_writes_what_is_set_as_a_person_types_it() -> None:
    assert encode_overrides(StepOverrides()) == {}
    assert encode_overrides(FULL) == {
        "hold": 30,
        "reps": 8,
        "rep_seconds": 2.5,
        "sets": 2,
        "sides": "both",
        "rest": 10,
        "speed": 0.75,
        "mirror_side": "right",
        "segment": [1.5, 4],
    }
    assert plain_number(2.0) == 2 and isinstance(plain_number(2.0), int) and plain_number(2.5) == 2.5


@pytest.mark.parametrize("strict", [True, False])
def test_both_modes_decode_what_the_codec_encodes(strict: bool) -> None:
    data = json.loads(json.dumps(encode_overrides(FULL)))
    assert decode_overrides(data, strict=strict) == FULL
    decoded = decode_overrides({"reps": 3.0, "sets": 2, "hold": 4}, strict=strict)
    assert decoded == StepOverrides(hold=4.0, reps=3, sets=2)
    assert type(decoded.reps) is int and type(decoded.hold) is float


def test_strict_mode_names_an_unknown_key_by_its_json_path() -> None:
    found = problems({"sets": 2, "tempo": 1.2})
    assert [p.path for p in found] == [(*AT, "tempo")]
    assert "not a change Supple knows" in found[0].message and "speed" in found[0].message


@pytest.mark.parametrize(
    ("raw", "path", "words"),
    [
        ({"hold": "30"}, ("hold",), 'expected a number, got the text "30"'),
        ({"rest": None}, ("rest",), "expected a number, got null"),
        ({"speed": True}, ("speed",), "expected a number, got true"),
        ({"hold": 10**400}, ("hold",), "too large"),
        ({"sets": 2.5}, ("sets",), "expected a whole number, got 2.5"),
        ({"reps": [3]}, ("reps",), "expected a whole number, got a list"),
        ({"sides": "up"}, ("sides",), 'expected "none", "both", "left" or "right", got the text "up"'),
        ({"mirror_side": "none"}, ("mirror_side",), 'expected "left" or "right"'),
        ({"segment": [3, 1]}, ("segment",), "expected 0 <= start < end, got [3, 1]"),
        ({"segment": [1, "2"]}, ("segment", 1), "expected a number"),
        ({"segment": [1]}, ("segment",), "expected a loop [start, end] in seconds, got a list"),
    ],
)
def test_strict_mode_says_what_is_wrong_with_a_value_and_where(
    raw: dict[str, Any], path: tuple[str | int, ...], words: str
) -> None:
    found = problems(raw)
    assert [p.path for p in found] == [(*AT, *path)]
    assert words in found[0].message


def test_every_problem_is_reported_at_once_and_the_message_shows_each_path() -> None:
    with pytest.raises(OverridesError) as caught:
        decode_overrides({"hold": "x", "tempo": 1, "sets": 0.5}, at=AT)
    assert [p.path[-1] for p in caught.value.problems] == ["hold", "tempo", "sets"]
    assert "items[2].overrides.hold: " in str(caught.value)
    assert "items[2].overrides.sets: " in str(caught.value)


def test_overrides_that_are_not_an_object_are_one_problem_at_their_own_path() -> None:
    assert problems([1, 2]) == [OverrideProblem(AT, "expected an object of changes, got a list")]
    assert problems("x", strict=False)[0].path == AT


def test_lenient_mode_ignores_keys_a_newer_supple_added_and_nulls() -> None:
    raw = {"sets": 2, "tempo": 1.2, "hold": None, "from_a_newer_supple": {"x": 1}}
    assert decode_overrides(raw, strict=False) == StepOverrides(sets=2)


def test_lenient_mode_still_refuses_a_known_key_with_a_bad_value() -> None:
    found = problems({"sets": "two", "tempo": 1}, strict=False)
    assert [p.path for p in found] == [(*AT, "sets")]


def test_a_stored_row_with_a_key_from_a_newer_supple_still_opens() -> None:
    paths = data_paths().ensure()
    playlist = Playlist("warm-up", "Warm-up", (PlaylistItem("hips", "pigeon", StepOverrides(sets=2)),))
    with open_store(paths) as store:
        store.playlists.save(playlist)
    with closing(sqlite3.connect(paths.database)) as db, db:
        changed = db.execute(
            """UPDATE playlist_items SET overrides = '{"sets": 2, "tempo": 1.2, "rest": null}'"""
        )
        assert changed.rowcount == 1
    with open_store(paths) as store:
        assert store.playlists.get("warm-up") == playlist


def test_a_playlist_file_keeps_its_overrides_and_names_bad_ones_by_json_path(tmp_path: Path) -> None:
    overrides = dataclasses.replace(FULL, hold=None)  # a file holds or repeats a step, not both
    playlist = Playlist("warm-up", "Warm-up", (PlaylistItem("hips", "pigeon", overrides),))
    text = encode_playlist(playlist)
    assert decode_playlist(text, tmp_path / "p.json").playlist == playlist
    document = json.loads(text)
    document["items"][0]["overrides"]["tempo"] = 1.2
    with pytest.raises(RoutineError) as caught:
        decode_playlist(json.dumps(document), tmp_path / "p.json")
    assert [p.path for p in caught.value.problems] == ["items[0].overrides.tempo"]


def test_the_store_and_the_engine_read_the_one_wall_clock() -> None:
    assert desktop.engine.utc_now is utc_now
    assert desktop.store.store.utc_now is utc_now
    assert not hasattr(desktop.store.store, "Clock")
