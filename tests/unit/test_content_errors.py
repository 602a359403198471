"""Every kind of broken routine file gives RoutineError problems with a JSON path and plain words."""

from __future__ import annotations

import json
import pickle
import shutil
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from desktop.content import MAX_FILE_BYTES, Problem, RoutineError, decode_routine, load_routine
from tests.unit.fixtures_content import make_mp4, minimal_routine, write_json

CLIP_SECONDS = 2.0

Doc = dict[str, Any]


@pytest.fixture(scope="module")
def clip_2s(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_mp4(tmp_path_factory.mktemp("clip") / "p1.mp4", CLIP_SECONDS)


@pytest.fixture
def folder(tmp_path: Path, clip_2s: Path) -> Path:
    """A routine folder with the clip that `minimal_routine()` names."""
    (tmp_path / "clips").mkdir()
    shutil.copy(clip_2s, tmp_path / "clips" / "p1.mp4")
    return tmp_path


def problems_of(folder: Path, document: object) -> list[Problem]:
    path = write_json(folder / "routine.supple.json", document)
    with pytest.raises(RoutineError) as caught:
        load_routine(path)
    assert all(p.file == path for p in caught.value.problems)
    return caught.value.problems


def text_problems(folder: Path, data: str | bytes, name: str = "routine.supple.json") -> list[Problem]:
    path = folder / name
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    with pytest.raises(RoutineError) as caught:
        load_routine(path)
    return caught.value.problems


def only(problems: list[Problem]) -> Problem:
    assert len(problems) == 1, [str(p) for p in problems]
    return problems[0]


def step(doc: Doc, index: int = 0) -> Doc:
    result: Doc = doc["steps"][index]
    return result


def test_minimal_routine_is_valid(folder: Path) -> None:
    """The base that every case below breaks in one place."""
    path = write_json(folder / "routine.supple.json", minimal_routine())

    assert load_routine(path).steps[0].hold == 10


# --- Whole-file problems -------------------------------------------------------------------------


def test_invalid_json_names_line_and_column(folder: Path) -> None:
    text = '{\n  "format": "supple.routine/1",\n  "id": "x"\n  "title": "X"\n}\n'

    problem = only(text_problems(folder, text))

    assert problem.path == ""
    assert "not valid JSON at line 4, column 3" in problem.message
    assert "comma" in problem.message
    assert str(problem).startswith(f"{folder / 'routine.supple.json'}: not valid JSON at line 4")


def test_trailing_comma_is_explained(folder: Path) -> None:
    problem = only(text_problems(folder, '{"format": "supple.routine/1",\n "tags": ["a",]}'))

    assert "line 2, column 15" in problem.message
    assert "comma after the last item" in problem.message


def test_bytes_that_are_not_utf8_give_the_byte_offset(folder: Path) -> None:
    data = json.dumps(minimal_routine(), indent=2).encode().replace(b"Test routine", b"Test r\xe9sum\xe9")
    offset = data.index(b"\xe9")

    problem = only(text_problems(folder, data))

    assert problem.path == ""
    assert f"byte 0xe9 at byte offset {offset} (line 4)" in problem.message
    assert "save the file as UTF-8" in problem.message


def test_utf16_file_is_named_as_such(folder: Path) -> None:
    data = json.dumps(minimal_routine()).encode("utf-16")

    assert "saved as UTF-16" in only(text_problems(folder, data)).message


def test_empty_file(folder: Path) -> None:
    assert "the file is empty" in only(text_problems(folder, " \n")).message


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(RoutineError) as missing:
        load_routine(tmp_path / "nowhere" / "gone.supple.json")
    with pytest.raises(RoutineError) as folder:
        load_routine(tmp_path)

    assert "does not exist" in only(missing.value.problems).message
    assert str(tmp_path / "nowhere" / "gone.supple.json") in str(missing.value)
    assert only(folder.value.problems).message == "this is a folder, not a routine file"


def test_50_mb_file_is_rejected_by_size_without_reading_it(tmp_path: Path) -> None:
    big = tmp_path / "big.supple.json"
    with big.open("wb") as f:
        f.truncate(50 * 1024 * 1024)  # sparse: written in no time, reads as 50 MB of zero bytes

    tracemalloc.start()
    try:
        with pytest.raises(RoutineError) as caught:
            load_routine(big)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    message = only(caught.value.problems).message
    assert "50.0 MiB" in message
    assert "1.0 MiB" in message
    assert peak < 1024 * 1024, f"read {peak} bytes of a file it should have refused by size"


def test_size_cap_applies_to_decoded_bytes_too(folder: Path) -> None:
    data = b" " * (MAX_FILE_BYTES + 1)

    with pytest.raises(RoutineError) as caught:
        decode_routine(data, folder / "r.supple.json")

    assert "more than a routine file may be" in only(caught.value.problems).message


@pytest.mark.parametrize("depth", [100_000, 2_000])
def test_deeply_nested_json_is_refused(folder: Path, depth: int) -> None:
    problem = only(text_problems(folder, "[" * depth + "]" * depth))

    assert "nested too deeply" in problem.message


def test_nesting_below_the_parser_limit_is_reported_where_it_is(folder: Path) -> None:
    doc = minimal_routine()
    text = json.dumps(doc).replace('"clips":', '"tags": ' + "[" * 200 + "]" * 200 + ', "clips":')

    problem = only(text_problems(folder, text))

    assert problem.path == "tags"
    assert "nested too deeply" in problem.message


def test_huge_integer(folder: Path) -> None:
    text = json.dumps(minimal_routine()).replace('"hold": 10', '"hold": ' + "9" * 5000)

    assert "number in the file is far too long" in only(text_problems(folder, text)).message


def test_utf8_bom_is_accepted(folder: Path) -> None:
    path = folder / "bom.supple.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(minimal_routine()).encode())

    assert load_routine(path).title == "Test routine"


# --- Problems at a JSON path ---------------------------------------------------------------------


def _set(path: tuple[str | int, ...], value: object) -> Callable[[Doc], None]:
    def change(doc: Doc) -> None:
        node: Any = doc
        for part in path[:-1]:
            node = node[part]
        node[path[-1]] = value

    return change


def _delete(path: tuple[str | int, ...]) -> Callable[[Doc], None]:
    def change(doc: Doc) -> None:
        node: Any = doc
        for part in path[:-1]:
            node = node[part]
        del node[path[-1]]

    return change


def _update_step(**fields: object) -> Callable[[Doc], None]:
    return lambda doc: step(doc).update(fields)


def _fractional_reps(doc: Doc) -> None:
    del step(doc)["hold"]
    step(doc).update(reps=2.5, rep_seconds=3)


def _second_step(**fields: object) -> Callable[[Doc], None]:
    return lambda doc: doc["steps"].append({"id": "two", "title": "Two", "clip": "p1", "hold": 5, **fields})


CASES: list[tuple[str, Callable[[Doc], None], str, str]] = [
    (
        "wrong-type-hold",
        _set(("steps", 0, "hold"), "thirty"),
        "steps[0].hold",
        'expected a number of seconds from 0.5 to 3600, got "thirty"',
    ),
    ("zero-hold", _set(("steps", 0, "hold"), 0), "steps[0].hold", "from 0.5 to 3600, got 0"),
    ("bool-is-not-a-number", _set(("steps", 0, "hold"), True), "steps[0].hold", "got true"),
    ("hold-too-long", _set(("steps", 0, "hold"), 7200), "steps[0].hold", "expected at most 3600, got 7200"),
    (
        "wrong-type-title",
        _set(("title",), 5),
        "title",
        "expected a title (a text of 1 to 80 characters), got 5",
    ),
    ("empty-title", _set(("steps", 0, "title"), ""), "steps[0].title", 'got an empty text ""'),
    (
        "cues-not-a-list",
        _set(("steps", 0, "cues"), "Breathe"),
        "steps[0].cues",
        "expected a list of cues in square brackets",
    ),
    (
        "cue-too-long",
        _set(("steps", 0, "cues"), ["ok", "x" * 130]),
        "steps[0].cues[1]",
        "got a text of 130 characters",
    ),
    ("fractional-reps", _fractional_reps, "steps[0].reps", "expected a whole number, 1 or more, got 2.5"),
    (
        "negative-rest",
        _update_step(rest=-1),
        "steps[0].rest",
        "expected a number of seconds, 0 or more, got -1",
    ),
    ("zero-sets", _update_step(sets=0), "steps[0].sets", "expected a whole number, 1 or more, got 0"),
    ("missing-title", _delete(("title",)), "title", "this field is required but missing; expected a title"),
    ("missing-format", _delete(("format",)), "format", 'required but missing; expected "supple.routine/1"'),
    (
        "missing-step-clip",
        _delete(("steps", 0, "clip")),
        "steps[0].clip",
        'required but missing; expected the id of one of the clips listed under "clips"',
    ),
    ("missing-clip-file", _delete(("clips", "p1", "file")), "clips.p1.file", "required but missing"),
    (
        "wrong-format",
        _set(("format",), "supple.routine/3"),
        "format",
        'expected "supple.routine/1" or "supple.routine/2" (the version of the routine format this file '
        'is written in), got "supple.routine/3"',
    ),
    (
        "bad-routine-id",
        _set(("id",), "Scorpion Stretch"),
        "id",
        'lower-case letters, digits and single hyphens, such as "hip-off-floor", got "Scorpion Stretch"',
    ),
    (
        "bad-clip-id",
        _set(("clips", "P 1"), {"file": "clips/p1.mp4"}),
        'clips["P 1"]',
        "lower-case letters, digits and single hyphens",
    ),
    ("no-steps", _set(("steps",), []), "steps", "with at least one step, got an empty list []"),
    ("no-clips", _set(("clips",), {}), "clips", "got an empty object {}"),
    ("steps-not-a-list", _set(("steps",), {"id": "one"}), "steps", "got an object { ... }"),
    ("both-hold-and-reps", _update_step(reps=8, rep_seconds=3), "steps[0]", 'has both "hold" and "reps"'),
    (
        "neither-hold-nor-reps",
        _delete(("steps", 0, "hold")),
        "steps[0]",
        'needs either "hold" (the seconds to hold) or "reps" with "rep_seconds"',
    ),
    (
        "rep-seconds-with-hold",
        _update_step(rep_seconds=3),
        "steps[0].rep_seconds",
        '"rep_seconds" only goes with "reps"',
    ),
    (
        "unknown-side",
        _update_step(sides="up"),
        "steps[0].sides",
        'expected one of "none", "both", "left" or "right", got "up"',
    ),
    (
        "unknown-mirror-side",
        _update_step(sides="both", mirror_side="middle"),
        "steps[0].mirror_side",
        'expected one of "left" or "right", got "middle"',
    ),
    (
        "unknown-side-segment",
        _update_step(sides="both", side_segments={"up": [0, 1]}),
        "steps[0].side_segments.up",
        'unknown field "up"; the fields allowed here are left, right',
    ),
    (
        "unknown-clip-id",
        _set(("steps", 0, "clip"), "p9"),
        "steps[0].clip",
        'there is no clip "p9" under "clips" (the clips are: p1)',
    ),
    (
        "segment-outside-clip",
        _update_step(segment=[1, 2.5]),
        "steps[0].segment",
        'the loop ends at 2.5 s, past the end of clip "p1", which is 2 s long',
    ),
    (
        "side-segment-outside-clip",
        _update_step(sides="both", side_segments={"left": [0, 1], "right": [1, 3]}),
        "steps[0].side_segments.right",
        "the loop ends at 3 s, past the end of clip",
    ),
    (
        "segment-backwards",
        _update_step(segment=[1.5, 0.5]),
        "steps[0].segment",
        "expected the start to come before the end, got [1.5, 0.5]",
    ),
    (
        "segment-negative",
        _update_step(segment=[-1, 1]),
        "steps[0].segment[0]",
        "expected a time in seconds, from 0 to 86400 (24 hours), got -1",
    ),
    (
        "segment-three-numbers",
        _update_step(segment=[0, 1, 2]),
        "steps[0].segment",
        "expected a loop [start, end] in seconds, such as [0, 4], got a list of 3 items",
    ),
    (
        "side-segment-for-unworked-side",
        _update_step(sides="left", side_segments={"right": [0, 1]}),
        "steps[0].side_segments.right",
        'this step works only the left side ("sides" is "left"), so it has no right side to loop',
    ),
    (
        "side-segments-without-sides",
        _update_step(side_segments={"left": [0, 1]}),
        "steps[0].side_segments.left",
        '"sides" is not given, which means "none"',
    ),
    (
        "mirror-unworked-side",
        _update_step(sides="right", mirror_side="left"),
        "steps[0].mirror_side",
        "works only the right side",
    ),
    (
        "mirror-without-sides",
        _update_step(sides="none", mirror_side="left"),
        "steps[0].mirror_side",
        'this step has no sides ("sides" is "none"), so it cannot mirror the left side',
    ),
    (
        "mirror-side-with-own-segment",
        _update_step(sides="both", mirror_side="right", side_segments={"left": [0, 1], "right": [1, 2]}),
        "steps[0].mirror_side",
        "the clip already has its own loop for the right side",
    ),
    (
        "unknown-top-level-field",
        _set(("author",), "me"),
        "author",
        'unknown field "author"; the fields allowed here are format, id, title',
    ),
    (
        "misspelt-step-field",
        _set(("steps", 0, "hodl"), 5),
        "steps[0].hodl",
        'unknown field "hodl" (did you mean "hold"?)',
    ),
    ("unknown-clip-field", _set(("clips", "p1", "size"), 3), "clips.p1.size", 'unknown field "size"'),
    (
        "duplicate-step-id",
        _second_step(id="one"),
        "steps[1].id",
        'the step id "one" is already used at steps[0]; each must be different',
    ),
    (
        "duplicate-tag",
        _set(("tags",), ["hips", "back", "hips"]),
        "tags[2]",
        'the tag "hips" is already used at tags[0]',
    ),
    (
        "step-not-an-object",
        _set(("steps", 0), "one"),
        "steps[0]",
        'expected a step: an object { ... } with at least "id", "title", "clip"',
    ),
]


@pytest.mark.parametrize(("change", "path", "message"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_each_problem_names_its_path_and_what_was_expected(
    folder: Path, change: Callable[[Doc], None], path: str, message: str
) -> None:
    doc = minimal_routine()
    change(doc)

    problem = only(problems_of(folder, doc))

    assert problem.path == path
    assert message in problem.message
    assert "is not of type" not in problem.message  # no raw jsonschema wording


def test_missing_clip_file_names_its_resolved_path(folder: Path) -> None:
    doc = minimal_routine()
    doc["clips"]["p1"] = {"file": "../elsewhere/./p1.mp4", "poster": "clips/p1.png"}

    problems = problems_of(folder, doc)

    assert [p.path for p in problems] == ["clips.p1.file", "clips.p1.poster"]
    assert problems[0].message == f"the clip file was not found: {folder.parent / 'elsewhere' / 'p1.mp4'}"
    assert problems[1].message == f"the poster image was not found: {folder / 'clips' / 'p1.png'}"


def test_clip_file_that_is_a_folder(folder: Path) -> None:
    doc = minimal_routine()
    doc["clips"]["p1"]["file"] = "clips"

    problem = only(problems_of(folder, doc))

    assert problem.path == "clips.p1.file"
    assert problem.message == f"the clip file is a folder, not a file: {folder / 'clips'}"


def test_nan_is_reported_where_it_stands(folder: Path) -> None:
    text = json.dumps(minimal_routine()).replace('"hold": 10', '"hold": NaN')

    problem = only(text_problems(folder, text))

    assert (problem.path, problem.message) == (
        "steps[0].hold",
        "expected a number of seconds from 0.5 to 3600, got NaN",
    )


def test_duplicate_json_key_is_reported(folder: Path) -> None:
    text = json.dumps(minimal_routine()).replace('"hold": 10', '"hold": 10, "hold": 20')

    problem = only(text_problems(folder, text))

    assert (problem.path, problem.message) == (
        "steps[0].hold",
        '"hold" appears more than once here; keep only one of them',
    )


def test_document_that_is_not_an_object(folder: Path) -> None:
    problem = only(problems_of(folder, ["format", "supple.routine/1"]))

    assert problem.path == "(top level)"
    assert problem.message == "expected a JSON object { ... } holding the routine, got a list of 2 items"


def test_all_problems_are_collected_in_file_order(folder: Path) -> None:
    doc = minimal_routine()
    doc["id"] = "Bad Id"
    doc["steps"].append({"id": "two", "title": "Two", "clip": "p9", "sides": "up", "hold": -1})
    doc["steps"].append({"id": "one", "title": "Three", "clip": "p1", "reps": 3})
    doc["extra"] = 1
    del doc["title"]

    problems = problems_of(folder, doc)

    assert [p.path for p in problems] == [
        "title",  # missing: sorts at the start of its object
        "id",
        "steps[1].clip",
        "steps[1].sides",
        "steps[1].hold",
        "steps[2].rep_seconds",  # missing
        "steps[2].id",
        "extra",
    ]


def test_error_text_is_one_line_per_problem(folder: Path) -> None:
    doc = minimal_routine()
    step(doc)["hold"] = "thirty"
    step(doc)["sides"] = "up"
    path = write_json(folder / "scorpion.supple.json", doc)

    with pytest.raises(RoutineError) as caught:
        load_routine(path)

    assert str(caught.value).splitlines() == [
        f'{path}: steps[0].hold: expected a number of seconds from 0.5 to 3600, got "thirty"',
        f'{path}: steps[0].sides: expected one of "none", "both", "left" or "right", got "up"',
    ]


def test_decode_names_the_source_it_was_given(folder: Path) -> None:
    doc = minimal_routine()
    step(doc)["hold"] = "thirty"

    with pytest.raises(RoutineError) as caught:
        decode_routine(json.dumps(doc), folder / "scorpion.supple.json")

    assert str(caught.value).startswith(f"{folder / 'scorpion.supple.json'}: steps[0].hold: expected")


def test_routine_error_survives_pickling(folder: Path) -> None:
    doc = minimal_routine()
    step(doc)["hold"] = "thirty"
    problems = problems_of(folder, doc)

    copy = pickle.loads(pickle.dumps(RoutineError(problems)))

    assert copy.problems == problems
    assert str(copy) == str(RoutineError(problems))
