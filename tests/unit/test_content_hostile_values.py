"""Hostile values in routine and playlist files: huge numbers, text that cannot be shown or saved,
and sessions that multiply out to days. Each is one clear problem with the file and the JSON path."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.content import check_files, decode_playlist, decode_routine
from desktop.content.bundle import BundleError
from desktop.content.library_cli import export_item
from desktop.content.library_import import import_path
from desktop.content.problems import Problem, RoutineError
from desktop.content.routine import encode_routine, load_routine
from desktop.paths import DataPaths
from desktop.store import Store, open_store
from tests.unit.fixtures_content import make_mp4, minimal_routine, write_json

Doc = dict[str, Any]
BIG = 10**400  # a valid JSON integer, far past the largest float


@pytest.fixture(scope="module")
def clip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_mp4(tmp_path_factory.mktemp("clip") / "p1.mp4", 8)


@pytest.fixture
def folder(tmp_path: Path, clip: Path) -> Path:
    (tmp_path / "clips").mkdir()
    (tmp_path / "clips" / "p1.mp4").write_bytes(clip.read_bytes())
    return tmp_path


def check(folder: Path, doc: Doc | str) -> tuple[int, list[str]]:
    path = folder / "routine.supple.json"
    if isinstance(doc, str):
        path.write_text(doc, encoding="utf-8")
    else:
        write_json(path, doc)
    out = io.StringIO()
    status = check_files([path], out)
    return status, out.getvalue().splitlines()


def problems(folder: Path, doc: Doc) -> list[Problem]:
    with pytest.raises(RoutineError) as caught:
        decode_routine(json.dumps(doc), folder / "routine.supple.json")
    return caught.value.problems


def one_problem(folder: Path, doc: Doc) -> Problem:
    found = problems(folder, doc)
    assert len(found) == 1, found
    return found[0]


def step(**fields: Any) -> Doc:
    return {"id": "s", "title": "S", "clip": "p1", **fields}


def with_steps(*steps: Doc) -> Doc:
    doc = minimal_routine()
    doc["steps"] = [dict(s, id=f"s{i}") for i, s in enumerate(steps)]
    return doc


def playlist(**fields: Any) -> Doc:
    return {"format": "supple.playlist/1", "id": "pl", "title": "Warm-up", "items": [], **fields}


def playlist_problems(doc: Doc) -> list[Problem]:
    with pytest.raises(RoutineError) as caught:
        decode_playlist(json.dumps(doc), Path("warm-up.supple-playlist.json"))
    return caught.value.problems


# -- 1. huge integers ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "value", "path"),
    [
        ("segment", [0, BIG], "steps[0].segment[1]"),
        ("segment", [BIG, BIG + 1], "steps[0].segment[0]"),
        ("side_segments", {"left": [0, -BIG]}, "steps[0].side_segments.left[1]"),
        ("hold", BIG, "steps[0].hold"),
        ("sets", -BIG, "steps[0].sets"),
        ("rest", BIG, "steps[0].rest"),
    ],
)
def test_a_huge_integer_is_a_problem_at_its_path(folder: Path, field: str, value: Any, path: str) -> None:
    doc = minimal_routine()
    doc["steps"][0][field] = value
    if field == "side_segments":
        doc["steps"][0]["sides"] = "left"

    status, lines = check(folder, doc)

    assert status == 1
    assert any(line.startswith(f"{folder / 'routine.supple.json'}: {path}: ") for line in lines), lines
    assert all("too large" in line or "expected" in line for line in lines), lines
    assert all(len(line) < 400 for line in lines), "a huge number is not printed digit by digit"


def test_supple_check_prints_a_huge_integer_as_a_problem_not_a_traceback(folder: Path) -> None:
    doc = minimal_routine()
    doc["steps"][0]["segment"] = [0, 0]
    text = json.dumps(doc).replace("[0, 0]", f"[0, {'9' * 400}]")
    path = folder / "huge.supple.json"
    path.write_text(text, encoding="utf-8")

    result = subprocess.run(
        [sys.executable, "-m", "desktop", "check", str(path)], capture_output=True, text=True, timeout=60
    )

    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stdout == (
        f"{path}: steps[0].segment[1]: expected at most 86400, got a number too large to use (400 digits)\n"
    )


@pytest.mark.parametrize(
    ("doc", "path"),
    [
        (
            playlist(items=[{"routine": "r"}], blocks=[{"first": 0, "last": BIG, "rounds": 2}]),
            "blocks[0].last",
        ),
        (
            playlist(items=[{"routine": "r"}], blocks=[{"first": BIG, "last": 0, "rounds": 2}]),
            "blocks[0].last",
        ),
        (playlist(items=[{"routine": "r", "step": "s", "overrides": {"segment": [0, BIG]}}]), None),
        (playlist(items=[{"routine": "r", "overrides": {"hold": BIG}}]), "items[0].overrides.hold"),
        (playlist(items=[{"routine": "r", "rounds": BIG}]), "items[0].rounds"),
    ],
)
def test_a_huge_integer_in_a_playlist_is_a_problem_at_its_path(doc: Doc, path: str | None) -> None:
    found = playlist_problems(doc)

    expected = path or "items[0].overrides.segment[1]"
    assert expected in [p.path for p in found], found
    assert all(str(p).startswith("warm-up.supple-playlist.json: ") and len(str(p)) < 400 for p in found)


# -- 2. text ----------------------------------------------------------------------------------------

LINE_BREAKERS = "\u0085\u2028\u2029"
BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"


def _set(path: tuple[Any, ...], value: Any) -> Callable[[Doc], None]:
    def change(doc: Doc) -> None:
        node: Any = doc
        for part in path[:-1]:
            node = node[part]
        node[path[-1]] = value

    return change


def _rename_clip(new: str) -> Callable[[Doc], None]:
    def change(doc: Doc) -> None:
        doc["clips"] = {new: doc["clips"]["p1"]}
        doc["steps"][0]["clip"] = new

    return change


TEXT_CASES: list[tuple[str, Callable[[Doc], None], str, str]] = [
    ("surrogate-title", _set(("title",), "Hips \ud800"), "title", "lone UTF-16 surrogate U+D800"),
    ("surrogate-cue", _set(("steps", 0, "cues"), ["ok", "\udc00 low"]), "steps[0].cues[1]", "U+DC00"),
    ("nul-title", _set(("steps", 0, "title"), "Bridge\x00"), "steps[0].title", "U+0000 (NUL)"),
    ("c1-summary", _set(("summary",), "Warm\x85up"), "summary", "U+0085 (NEXT LINE)"),
    ("escape-setup", _set(("setup",), "\x1b[31mred"), "setup", "U+001B (ESCAPE)"),
    ("newline-title", _set(("title",), "Two\nlines"), "title", "U+000A (a line break)"),
    ("tab-tag", _set(("tags",), ["a\tb"]), "tags[0]", "U+0009 (a tab)"),
    ("line-separator-title", _set(("title",), "a\u2028b"), "title", "U+2028 (LINE SEPARATOR)"),
    ("newline-id", _set(("id",), "test-routine\n"), "id", "U+000A"),
    ("nul-path", _set(("clips", "p1", "file"), "clips/p1.mp4\x00.txt"), "clips.p1.file", "U+0000"),
    ("override", _set(("title",), "abc\u202edef"), "title", "U+202E RIGHT-TO-LEFT OVERRIDE"),
    ("embedding", _set(("steps", 0, "cues"), ["\u202bשלום\u202c"]), "steps[0].cues[0]", "U+202B"),
    ("open-isolate", _set(("title",), "a \u2067שלום"), "title", "not closed by U+2069"),
    ("stray-pdi", _set(("credit",), "x\u2069"), "credit", "no isolate"),
    ("blank-title", _set(("title",), "   "), "title", "is blank; a title needs visible text"),
    ("zwsp-step-title", _set(("steps", 0, "title"), "\u200b\u200b"), "steps[0].title", "U+200B ZERO WIDTH"),
    ("filler-cue", _set(("steps", 0, "cues"), ["\u3164"]), "steps[0].cues[0]", "a cue needs visible text"),
    ("rlm-only-tag", _set(("tags",), ["\u200f"]), "tags[0]", "a tag needs visible text"),
]


@pytest.mark.parametrize(
    ("change", "path", "fragment"), [c[1:] for c in TEXT_CASES], ids=[c[0] for c in TEXT_CASES]
)
def test_hostile_text_is_one_problem_at_its_path(
    folder: Path, change: Callable[[Doc], None], path: str, fragment: str
) -> None:
    doc = minimal_routine()
    change(doc)

    problem = one_problem(folder, doc)

    assert (problem.path, problem.file.name) == (path, "routine.supple.json")
    assert fragment in problem.message


@pytest.mark.parametrize(("change", "path"), [c[1:3] for c in TEXT_CASES], ids=[c[0] for c in TEXT_CASES])
def test_check_prints_hostile_text_as_one_printable_line(
    folder: Path, change: Callable[[Doc], None], path: str
) -> None:
    doc = minimal_routine()
    change(doc)

    status, lines = check(folder, doc)

    assert status == 1
    assert len(lines) == 1 and f": {path}: " in lines[0]
    lines[0].encode("utf-8")  # no lone surrogate reaches the output
    assert not any(c in lines[0] for c in LINE_BREAKERS + BIDI)
    assert not any(unicodedata.category(c) == "Cc" for c in lines[0])


def test_a_clip_id_with_a_line_break_is_refused_where_it_is_named_and_used(folder: Path) -> None:
    doc = minimal_routine()
    _rename_clip("p1\n")(doc)

    found = problems(folder, doc)

    assert [p.path for p in found] == ['clips["p1\\n"]', "steps[0].clip"]
    assert all("U+000A (a line break)" in p.message for p in found)


def test_a_problem_escapes_what_would_break_its_line() -> None:
    problem = Problem(Path("r\u2028.json"), 'x["a\u2029"]', "got \u202e\ud800\x85\x00 and \u200f")

    assert str(problem) == r'r\u2028.json: x["a\u2029"]: got \u202e\ud800\u0085\u0000 and \u200f'
    assert problem.message == r"got \u202e\ud800\u0085\u0000 and \u200f"


def test_a_schema_message_escapes_the_value_it_echoes(folder: Path) -> None:
    doc = minimal_routine()
    doc["steps"][0]["sides"] = "up\u2028\u202e"

    problem = one_problem(folder, doc)

    assert problem.path == "steps[0].sides"
    assert problem.message.endswith(r'got "up\u2028\u202e"')


ALLOWED_TEXT: list[tuple[str, Callable[[Doc], None]]] = [
    ("arabic-title", _set(("title",), "تمرين العقرب")),
    ("hebrew-step-with-rlm", _set(("steps", 0, "title"), "\u200fגשר ירכיים")),
    ("mixed-with-marks", _set(("steps", 0, "cues"), ["Lift \u200eL\u200e then \u200fשמאל\u200f"])),
    ("balanced-isolates", _set(("summary",), "Say \u2067مرحبا\u2069 and \u2068x\u2066y\u2069\u2069.")),
    ("cue-with-tab-and-newline", _set(("steps", 0, "cues"), ["Breathe in\n\tthen out"])),
    ("setup-paragraphs", _set(("setup",), "Lie down.\n\nRelax.\u2029Begin.")),
    ("emoji-and-joiners", _set(("title",), "Hips \U0001f9d8\u200d\u2640\ufe0f")),
]


@pytest.mark.parametrize("change", [c[1] for c in ALLOWED_TEXT], ids=[c[0] for c in ALLOWED_TEXT])
def test_right_to_left_text_marks_and_balanced_isolates_are_allowed(
    folder: Path, change: Callable[[Doc], None]
) -> None:
    doc = minimal_routine()
    change(doc)

    status, lines = check(folder, doc)

    assert status == 0, lines
    routine = load_routine(folder / "routine.supple.json")
    assert decode_routine(encode_routine(routine), routine.source or folder) == routine


def test_check_shows_the_marks_of_a_right_to_left_title_escaped_on_its_ok_line(folder: Path) -> None:
    doc = minimal_routine()
    doc["title"] = "\u200fגשר \u2067مرحبا\u2069"

    status, lines = check(folder, doc)

    assert status == 0
    assert lines == [f"{folder / 'routine.supple.json'}: OK (\\u200fגשר \\u2067مرحبا\\u2069, 1 step)"]


@pytest.mark.parametrize(
    ("field", "value", "path"),
    [
        ("title", "Warm\ud83dup", "title"),
        ("title", "\u2060\u200b", "title"),
        ("title", "a\u202db", "title"),
    ],
)
def test_hostile_text_in_a_playlist_is_a_problem_at_its_path(field: str, value: str, path: str) -> None:
    found = playlist_problems(playlist(**{field: value}))

    assert [p.path for p in found] == [path]
    str(found[0]).encode("utf-8")


def test_a_playlist_id_with_a_trailing_line_break_is_refused() -> None:
    found = playlist_problems(playlist(items=[{"routine": "scorpion-stretch\n"}]))

    assert [p.path for p in found] == ["items[0].routine"]


@pytest.fixture
def store(paths: DataPaths) -> Iterator[Store]:
    with open_store(paths.ensure()) as s:
        yield s


def test_import_of_a_routine_with_a_lone_surrogate_is_refused_with_the_problem(
    folder: Path, paths: DataPaths, store: Store
) -> None:
    doc = minimal_routine()
    doc["steps"][0]["cues"] = ["Breathe \ud800"]
    source = write_json(folder / "routine.supple.json", doc)

    with pytest.raises(BundleError) as caught:
        import_path(paths, store, source)

    assert [(p.path, p.file) for p in caught.value.problems] == [("steps[0].cues[0]", source)]
    assert "surrogate" in caught.value.problems[0].message
    assert store.library.get("test-routine") is None
    assert not (paths.library / "test-routine").exists()


def test_export_of_a_routine_saved_with_bad_text_earlier_says_why_in_one_line(
    folder: Path, paths: DataPaths, store: Store
) -> None:
    source = write_json(folder / "routine.supple.json", minimal_routine())
    import_path(paths, store, source)
    saved = paths.library / "test-routine" / "test-routine.supple.json"
    # As an earlier Supple would have let it in: a cue with a lone surrogate and a bidi override.
    saved.write_text(
        saved.read_text(encoding="utf-8").replace('"One"', '"One \\ud800\\u202e"'), encoding="utf-8"
    )
    store.close()
    out, err = io.StringIO(), io.StringIO()

    status = export_item(paths, "test-routine", folder / "out.supple", out, err=err)

    assert status == 1
    lines = err.getvalue().splitlines()
    assert len(lines) == 1
    assert "steps[0].title: holds half of a character" in lines[0]
    lines[0].encode("utf-8")
    assert not (folder / "out.supple").exists()


# -- 3. limits on the whole ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "path", "fragment"),
    [
        ({"hold": 0.4}, "steps[0].hold", "expected a number of seconds from 0.5 to 3600, got 0.4"),
        ({"reps": 10, "rep_seconds": 1e-9}, "steps[0].rep_seconds", "from 0.5 to 3600, got 1e-09"),
        (
            {"hold": 5, "segment": [1, 1.05]},
            "steps[0].segment",
            "is 0.05 s long; a loop must be at least 0.1 s",
        ),
        ({"hold": 5, "segment": [0, 86401]}, "steps[0].segment[1]", "expected at most 86400, got 86401"),
    ],
)
def test_work_and_loops_have_a_shortest_length(folder: Path, fields: Doc, path: str, fragment: str) -> None:
    doc = with_steps(step(**fields))

    found = {p.path: p.message for p in problems(folder, doc)}

    assert fragment in found[path]


def test_a_routine_over_twelve_hours_is_refused_with_its_length(folder: Path) -> None:
    # 13 steps of 1 h each: every field within its own limit.
    doc = with_steps(*[step(hold=3600, prepare=0) for _ in range(13)])

    problem = one_problem(folder, doc)

    assert problem.path == "steps"
    assert problem.message == (
        "the routine lasts 13 h (46,800 s) in all, more than the 12 h a session may last"
    )


def test_a_routine_of_centuries_is_refused_quickly_and_by_arithmetic(folder: Path) -> None:
    doc = with_steps(
        *[step(sides="both", reps=1000, rep_seconds=3600, sets=1000, rest=3600) for _ in range(50)]
    )

    problem = one_problem(folder, doc)

    assert problem.path == "steps"
    assert "days" in problem.message and "more than the 12 h a session may last" in problem.message


def test_a_routine_over_ten_thousand_phases_is_refused_with_its_count(folder: Path) -> None:
    # 11 steps of 1000 half-second sets: 11,000 phases in 92 minutes.
    doc = with_steps(*[step(hold=0.5, sets=1000, prepare=0) for _ in range(11)])

    problem = one_problem(folder, doc)

    assert problem.path == "steps"
    assert "has 11,000 timed phases in all" in problem.message
    assert "more than the 10,000 a session may have" in problem.message


def test_a_routine_just_within_the_limits_is_accepted(folder: Path) -> None:
    doc = with_steps(*[step(hold=3600, prepare=0) for _ in range(12)])
    assert check(folder, doc)[0] == 0
    doc = with_steps(*[step(hold=0.5, sets=1000, prepare=0) for _ in range(10)])
    assert check(folder, doc)[0] == 0


def test_the_bundled_routine_is_within_every_limit() -> None:
    from desktop.content import bundled_routine_path

    out = io.StringIO()
    assert check_files([bundled_routine_path()], out) == 0, out.getvalue()


@pytest.mark.parametrize(
    ("overrides", "path", "fragment"),
    [
        ({"hold": 0.25}, "items[0].overrides.hold", "from 0.5 to 3600, got 0.25"),
        ({"reps": 5, "rep_seconds": 0.1}, "items[0].overrides.rep_seconds", "from 0.5 to 3600, got 0.1"),
        ({"segment": [2, 2.01]}, "items[0].overrides.segment", "a loop must be at least 0.1 s long"),
    ],
)
def test_playlist_overrides_keep_the_shortest_lengths(overrides: Doc, path: str, fragment: str) -> None:
    found = playlist_problems(playlist(items=[{"routine": "r", "step": "s", "overrides": overrides}]))

    assert [p.path for p in found] == [path]
    assert fragment in found[0].message


def test_the_players_lenient_load_refuses_hostile_text_and_sizes_too(tmp_path: Path) -> None:
    """The window opens a routine whose clip is missing (load_routine_lenient); every other check
    still applies there, the text and whole-session ones included."""
    from desktop.content import load_routine_lenient

    base = {
        "format": "supple.routine/1",
        "id": "r",
        "title": "R",
        "clips": {"c": {"file": "gone.mp4"}},
        "steps": [{"id": "s", "title": "S", "clip": "c", "hold": 10}],
    }
    ok = tmp_path / "ok.supple.json"
    ok.write_text(json.dumps(base), encoding="utf-8")
    _routine, problems = load_routine_lenient(ok)
    assert list(problems) == ["c"]  # the missing clip is the step's problem, not the routine's

    hostile = tmp_path / "hostile.supple.json"
    hostile.write_text(json.dumps({**base, "title": "\ud800"}), encoding="utf-8")
    with pytest.raises(RoutineError, match="title"):
        load_routine_lenient(hostile)

    huge = tmp_path / "huge.supple.json"
    steps = [{"id": "s", "title": "S", "clip": "c", "hold": 3600, "sets": 13}]
    huge.write_text(json.dumps({**base, "steps": steps}), encoding="utf-8")
    with pytest.raises(RoutineError, match="12 h"):
        load_routine_lenient(huge)
