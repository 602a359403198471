"""Decoding a valid routine into domain values, and encoding it back."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from types import MappingProxyType
from typing import Any

import pytest

from desktop.content import decode_routine, encode_routine, load_routine
from desktop.content.problems import format_path
from desktop.domain import DEFAULT_PREPARE, DEFAULT_REST, DEFAULT_SETS, Clip, Segment, Side, Sides
from tests.unit.fixtures_content import make_mp4, write_json


@pytest.fixture(scope="module")
def clip_8s(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_mp4(tmp_path_factory.mktemp("clip") / "clip.mp4", 8)


def full_routine() -> dict[str, Any]:
    """Every field of the format, with clips inside and outside the routine's folder."""
    return {
        "format": "supple.routine/1",
        "id": "full",
        "title": "Full routine",
        "summary": "Uses every field.",
        "credit": "Nobody in particular",
        "tags": ["hips", "warm-up"],
        "setup": "Lie down.",
        "clips": {
            "p1": {"file": "clips/one.mp4", "poster": "clips/one.png"},
            "shared": {"file": "../shared/two.mp4"},
        },
        "steps": [
            {
                "id": "held",
                "title": "Held",
                "cues": ["Breathe out", "Relax the neck"],
                "clip": "p1",
                "segment": [0.5, 4],
                "hold": 30,
                "sets": 2,
                "rest": 15,
                "prepare": 10,
            },
            {
                "id": "sided",
                "title": "Sided",
                "clip": "shared",
                "sides": "both",
                "side_segments": {"left": [0, 4], "right": [4, 8]},
                "reps": 8,
                "rep_seconds": 2.5,
            },
            {
                "id": "mirrored",
                "title": "Mirrored",
                "clip": "shared",
                "sides": "both",
                "side_segments": {"left": [0, 4]},
                "mirror_side": "right",
                "hold": 12.5,
            },
        ],
    }


@pytest.fixture
def routine_file(tmp_path: Path, clip_8s: Path) -> Path:
    folder = tmp_path / "library"
    (folder / "clips").mkdir(parents=True)
    (tmp_path / "shared").mkdir()
    shutil.copy(clip_8s, folder / "clips" / "one.mp4")
    shutil.copy(clip_8s, tmp_path / "shared" / "two.mp4")
    (folder / "clips" / "one.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    return write_json(folder / "full.supple.json", full_routine())


def test_decodes_into_domain_values(routine_file: Path) -> None:
    routine = load_routine(routine_file)

    folder = routine_file.parent.resolve()
    assert routine.source == routine_file.resolve()
    assert (routine.id, routine.title, routine.tags) == ("full", "Full routine", ("hips", "warm-up"))
    assert (routine.summary, routine.credit, routine.setup) == (
        "Uses every field.",
        "Nobody in particular",
        "Lie down.",
    )
    assert routine.clips["p1"] == Clip("p1", folder / "clips" / "one.mp4", folder / "clips" / "one.png")
    assert routine.clips["shared"] == Clip("shared", folder.parent / "shared" / "two.mp4", None)
    assert all(clip.file.is_absolute() for clip in routine.clips.values())

    held, sided, mirrored = routine.steps
    assert held.cues == ("Breathe out", "Relax the neck")
    assert (held.segment, held.hold, held.sets, held.rest, held.prepare) == (Segment(0.5, 4.0), 30, 2, 15, 10)
    assert (held.sides, held.reps, held.mirror_side) == (Sides.NONE, None, None)
    assert sided.sides is Sides.BOTH
    assert dict(sided.side_segments) == {Side.LEFT: Segment(0, 4), Side.RIGHT: Segment(4, 8)}
    assert (sided.reps, sided.rep_seconds, sided.work_seconds) == (8, 2.5, 20.0)
    assert (sided.sets, sided.rest, sided.prepare) == (DEFAULT_SETS, DEFAULT_REST, DEFAULT_PREPARE)
    assert mirrored.mirror_side is Side.RIGHT
    assert mirrored.mirrored_for(Side.RIGHT) and not mirrored.mirrored_for(Side.LEFT)
    assert mirrored.segment_for(Side.RIGHT) is None  # the whole clip, shown mirrored


def test_values_are_immutable(routine_file: Path) -> None:
    routine = load_routine(routine_file)
    sided = routine.step("sided")

    assert isinstance(routine.clips, MappingProxyType)
    assert isinstance(sided.side_segments, MappingProxyType)
    assert isinstance(routine.steps, tuple) and isinstance(routine.tags, tuple)
    with pytest.raises(TypeError):
        routine.clips["new"] = routine.clips["p1"]
    with pytest.raises(TypeError):
        sided.side_segments[Side.NONE] = Segment(0, 1)


def test_round_trip(routine_file: Path) -> None:
    routine = load_routine(routine_file)

    text = encode_routine(routine)

    assert decode_routine(text, routine_file) == routine
    written = json.loads(text)
    assert written["clips"] == full_routine()["clips"]  # relative to the file, as written by hand
    assert written["format"] == "supple.routine/1"


def test_encoding_only_writes_what_differs_from_the_defaults(routine_file: Path) -> None:
    written = json.loads(encode_routine(load_routine(routine_file)))

    assert written["steps"] == full_routine()["steps"]


def test_round_trip_relative_to_another_folder(routine_file: Path, tmp_path: Path) -> None:
    routine = load_routine(routine_file)
    elsewhere = tmp_path / "a" / "b" / "copy.supple.json"
    elsewhere.parent.mkdir(parents=True)

    elsewhere.write_text(encode_routine(routine, relative_to=elsewhere.parent), encoding="utf-8")

    assert json.loads(elsewhere.read_text())["clips"]["shared"]["file"] == "../../shared/two.mp4"
    copy = load_routine(elsewhere)
    assert copy.clips == routine.clips
    assert copy.steps == routine.steps


def test_text_and_bytes_decode_alike(routine_file: Path) -> None:
    data = routine_file.read_bytes()

    assert (
        decode_routine(data, routine_file)
        == decode_routine(data.decode(), routine_file)
        == load_routine(routine_file)
    )


def test_backslashes_in_paths_read_as_slashes(routine_file: Path) -> None:
    doc = full_routine()
    doc["clips"]["p1"]["file"] = "clips\\one.mp4"

    routine = decode_routine(json.dumps(doc), routine_file)

    assert routine.clips["p1"].file == routine_file.parent.resolve() / "clips" / "one.mp4"


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ((), "(top level)"),
        (("steps", 2, "hold"), "steps[2].hold"),
        (("clips", "p1", "file"), "clips.p1.file"),
        (("clips", "P 1"), 'clips["P 1"]'),
        (("steps", 0, "side_segments", "left", 1), "steps[0].side_segments.left[1]"),
    ],
)
def test_json_paths_read_like_the_file(path: tuple[str | int, ...], text: str) -> None:
    assert format_path(path) == text


def test_whole_numbers_written_with_a_decimal_point_become_ints(routine_file: Path) -> None:
    doc = full_routine()
    doc["steps"][1].update(reps=8.0, sets=2.0)

    sided = decode_routine(json.dumps(doc), routine_file).step("sided")

    assert (sided.reps, sided.sets) == (8, 2)
    assert isinstance(sided.reps, int) and isinstance(sided.sets, int)
