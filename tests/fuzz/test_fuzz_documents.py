"""Property tests: hostile routine and playlist documents, and damaged JSON text, through the real
decoders and `supple check`.

Whatever the input, decoding either gives a routine or playlist, or raises RoutineError whose
problems each name the file, and the JSON path where the fault has a place (line and column for
a JSON syntax error; nothing for a problem with the file as a whole). Every message is one
printable line. Anything accepted builds a plan within the session limits, and writes back to a
file that decodes to the same thing.
"""

from __future__ import annotations

import copy
import functools
import io
import json
import math
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import event, given, note
from hypothesis import strategies as st

from desktop.content import (
    RoutineError,
    bundled_routine_path,
    check_files,
    decode_playlist,
    decode_routine,
    encode_playlist,
    encode_routine,
    load_routine,
    resolve_playlist,
)
from desktop.content.jsonfile import MAX_DEPTH
from desktop.content.problems import BIDI_CONTROLS, Problem
from desktop.domain import Routine
from desktop.engine import MAX_PHASES, MAX_SESSION_SECONDS, build_plan, plan_routine, plan_size
from tests.unit.fixtures_content import make_mp4

pytestmark = pytest.mark.fuzz

CLIP_SECONDS = 8

ROUTINE_FIELDS = {"format", "id", "title", "summary", "credit", "setup", "tags", "clips", "steps"}
PLAYLIST_FIELDS = {"format", "id", "title", "items", "blocks"}
# What a problem of the file as a whole may say: it has no place inside the document.
WHOLE_FILE = re.compile(
    r"not valid JSON at line \d+, column \d+: "
    r"|the file is empty"
    r"|the file is not UTF-8 text"
    r"|the file is saved as UTF-16"
    r"|the file is .*, more than a routine file may be"
    r"|the JSON is nested too deeply"
    r"|not valid JSON: a number in the file is far too long"
)
UNSHOWN = frozenset("\n\r\x85\u2028\u2029") | BIDI_CONTROLS


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A routine folder with one real 8-second clip, clips/p1.mp4."""
    root = tmp_path_factory.mktemp("fuzz")
    make_mp4(root / "clips" / "p1.mp4", CLIP_SECONDS)
    return root


# -- strategies ------------------------------------------------------------------------------------

SPECIAL_CHARACTERS = [
    "\ud800", "\udbff", "\udc00", "\udfff",  # lone surrogates
    "\x00", "\x07", "\t", "\n", "\r", "\x1b", "\x7f", "\x85", "\x9f",  # C0 and C1 controls
    "\u2028", "\u2029",  # line and paragraph separators
    "\u202a", "\u202b", "\u202c", "\u202d", "\u202e",  # embeddings and overrides
    "\u2066", "\u2067", "\u2068", "\u2069",  # isolates
    "\u200e", "\u200f", "\u061c",  # marks
    "\u200b", "\u200d", "\u2060", "\ufeff", "\u3164", "\u2800", "\u00a0",  # invisible
    "ש", "ל", "ם", "س", "ل", "ا", "م", "\U0001f9d8", '"', "\\", "/", " ",
]  # fmt: skip

texts = st.one_of(
    st.text(st.one_of(st.sampled_from(SPECIAL_CHARACTERS), st.characters()), max_size=12),
    st.text(st.characters(codec="ascii"), min_size=1, max_size=12),
    st.integers(81, 3000).map(lambda n: "x" * n),
)
huge_integers = st.integers(300, 1200).map(lambda digits: 10**digits) | st.integers(-(10**30), 10**30)
numbers = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    huge_integers,
    st.sampled_from([0, 0.05, 0.1, 0.49, 0.5, 1, 2.5, 4, 7.9, 8, 8.05, 60, 3600, 3600.5, 86400, 1e-9, 1e308]),
    st.integers(-3, 1200),
)
json_leaves = st.one_of(st.none(), st.booleans(), numbers, texts)
json_values = st.recursive(
    json_leaves,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(texts, inner, max_size=3),
    max_leaves=8,
)


def _nested(depth: int) -> object:
    node: object = 1
    for level in range(depth):
        node = [node] if level % 2 else {"a": node}
    return node


deep = st.integers(MAX_DEPTH - 3, MAX_DEPTH + 8).map(_nested)
hostile = st.one_of(json_values, deep, texts, numbers)


# Plausible documents first (most fields right, so that many are accepted and the limits and
# plans are exercised), then up to three places spoiled with hostile values.

visible_texts = st.one_of(
    st.text(st.characters(categories=("L", "N", "P", "S")), min_size=1, max_size=30),
    st.sampled_from(
        [
            "تمرين العقرب",
            "\u200fגשר ירכיים",
            "Lift \u200eL\u200e then \u200fשמאל\u200f",
            "Say \u2067مرحبا\u2069 twice",
            "Hips \U0001f9d8\u200d\u2640\ufe0f",
        ]
    ),
)
prose_texts = st.one_of(visible_texts, st.just("Breathe in\n\tthen out"), st.just(""))
ids = st.one_of(st.sampled_from(["one", "two", "a-b"]), st.from_regex(r"[a-z0-9]{1,6}", fullmatch=True))
work = st.one_of(
    st.fixed_dictionaries({"hold": st.sampled_from([0.5, 1, 2.5, 30, 3600]) | st.floats(0.5, 120)}),
    st.fixed_dictionaries(
        {
            "reps": st.integers(1, 12) | st.just(1000),
            "rep_seconds": st.sampled_from([0.5, 2, 4]) | st.floats(0.5, 10),
        }
    ),
)
loops = st.tuples(st.floats(0, CLIP_SECONDS - 1), st.floats(0.1, 1)).map(lambda p: [p[0], p[0] + p[1]])
placement = st.one_of(
    st.fixed_dictionaries({}, optional={"segment": loops}),
    st.fixed_dictionaries(
        {"sides": st.just("both"), "side_segments": st.fixed_dictionaries({"left": loops, "right": loops})}
    ),
    st.fixed_dictionaries(
        {"sides": st.just("both"), "mirror_side": st.just("right")}, optional={"segment": loops}
    ),
    st.fixed_dictionaries({"sides": st.sampled_from(["left", "right"])}),
)
timing = st.fixed_dictionaries(
    {},
    optional={
        "sets": st.integers(1, 5) | st.just(1000),
        "rest": st.sampled_from([0, 5, 30, 3600]),
        "prepare": st.sampled_from([0, 5, 10]),
    },
)


@st.composite
def good_steps(draw: st.DrawFn, index: int) -> dict[str, Any]:
    step = {"id": f"s{index}", "title": draw(visible_texts), "clip": "p1"}
    step |= draw(
        st.fixed_dictionaries({}, optional={"cues": st.lists(visible_texts | prose_texts, max_size=3)})
    )
    return step | draw(placement) | draw(work) | draw(timing)


@st.composite
def good_routines(draw: st.DrawFn) -> dict[str, Any]:
    count = draw(st.integers(1, 4) | st.just(15))
    doc: dict[str, Any] = {
        "format": "supple.routine/1",
        "id": draw(ids),
        "title": draw(visible_texts),
        "clips": {"p1": {"file": "clips/p1.mp4"}},
        "steps": [draw(good_steps(i)) for i in range(count)],
    }
    return doc | draw(
        st.fixed_dictionaries(
            {},
            optional={
                "summary": prose_texts,
                "credit": prose_texts,
                "setup": prose_texts,
                "tags": st.lists(visible_texts, max_size=3, unique=True),
            },
        )
    )


def _places(doc: object, path: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    """Every place in a document that can take another value (the root excluded)."""
    out: list[tuple[str | int, ...]] = [path] if path else []
    if isinstance(doc, dict):
        for key, value in doc.items():
            out += _places(value, (*path, key))
    elif isinstance(doc, list):
        for index, value in enumerate(doc):
            out += _places(value, (*path, index))
    return out


@st.composite
def spoiled(draw: st.DrawFn, documents: st.SearchStrategy[dict[str, Any]]) -> dict[str, Any]:
    """A document with up to three places given a hostile value, or a field added or removed."""
    doc = copy.deepcopy(draw(documents))  # strategies may share values: change only a copy
    for _ in range(draw(st.integers(0, 3))):
        places = _places(doc)
        path = draw(st.sampled_from(places))
        node: Any = doc
        for part in path[:-1]:
            node = node[part]
        action = draw(st.sampled_from(["replace", "replace", "remove", "add"]))
        if action == "remove":
            del node[path[-1]]
        elif action == "add" and isinstance(node, dict):
            node[draw(st.sampled_from(["hold", "reps", "rep_seconds", "sets", "segment", "extra"]))] = draw(
                hostile
            )
        else:
            node[path[-1]] = draw(hostile)
    return doc


routine_documents = spoiled(good_routines())

good_overrides = st.fixed_dictionaries(
    {},
    optional={
        "sets": st.integers(1, 5),
        "rest": st.sampled_from([0, 5, 30]),
        "speed": st.sampled_from([0.25, 1, 2]),
        "sides": st.sampled_from(["none", "both", "left", "right"]),
    },
) | st.one_of(work, st.just({"segment": [0, 4]}))
good_items = st.one_of(
    st.fixed_dictionaries(
        {"routine": st.just("scorpion-stretch")}, optional={"step": st.just("hip-off-floor")}
    ),
    st.fixed_dictionaries({"routine": st.just("fuzz")}, optional={"step": st.sampled_from(["one", "two"])}),
    st.fixed_dictionaries({"routine": st.just("absent")}),
).flatmap(
    lambda item: st.fixed_dictionaries(
        {},
        optional={
            "overrides": good_overrides.map(lambda o: o if "step" in item or "segment" not in o else {}),
            "rounds": st.integers(1, 100),
        },
    ).map(lambda extra: item | extra)
)


@st.composite
def good_playlists(draw: st.DrawFn) -> dict[str, Any]:
    items = draw(st.lists(good_items, max_size=5))
    doc: dict[str, Any] = {"format": "supple.playlist/1", "id": draw(ids), "title": draw(visible_texts)}
    doc["items"] = items
    if items and draw(st.booleans()):
        first = draw(st.integers(0, len(items) - 1))
        last = draw(st.integers(first, len(items) - 1))
        doc["blocks"] = [{"first": first, "last": last, "rounds": draw(st.integers(1, 100))}]
    return doc


playlist_documents = spoiled(good_playlists())


def json_text(document: object, ascii_only: bool) -> str:
    return json.dumps(document, ensure_ascii=ascii_only)


@st.composite
def mutated(draw: st.DrawFn, original: bytes) -> bytes:
    """`original` with a few bytes flipped, inserted or deleted, or cut short."""
    data = bytearray(original)
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(data)))
        kind = draw(st.sampled_from(["flip", "insert", "delete", "truncate", "splice"]))
        if kind == "flip" and at < len(data):
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif kind == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=8) | st.sampled_from(SPLICES))
        elif kind == "delete":
            del data[at : at + draw(st.integers(1, 16))]
        elif kind == "truncate":
            del data[at:]
        else:
            data[at:at] = json.dumps(draw(hostile)).encode("utf-8", "surrogatepass")
    return bytes(data)


SPLICES = [b",", b"]", b"}", b'"', b"\\u", b"\\ud800", b"1e400", b"9" * 400, b"NaN", b"\xef\xbb\xbf", b"\xff"]


# -- what every outcome must satisfy ---------------------------------------------------------------


def assert_well_formed(problems: list[Problem], file: Path, fields: set[str], source: str) -> None:
    """Each problem names `file`, is one printable line, and has a place exactly when its fault has
    one: a path that starts at a field of the format or a key written in `source`."""
    assert problems
    for problem in problems:
        text = str(problem)
        note(text)
        assert problem.file == file
        assert text.startswith(f"{file}: ")
        text.encode("utf-8")  # printable: no lone surrogate
        assert not (set(text) & UNSHOWN), f"a raw line break or bidi control in {text!r}"
        assert not any(unicodedata.category(c) == "Cc" for c in text)
        if problem.path:
            head = re.match(r'\(top level\)|[A-Za-z_][A-Za-z0-9_-]*|\["', problem.path)
            assert head is not None, problem.path
            known = head.group() in fields | {"(top level)", '["'} or f'"{head.group()}"' in source
            assert known, f"{problem.path} is not a place in the file"
            too_deep = problem.message.startswith("the JSON is nested too deeply")  # at the field holding it
            assert too_deep or not WHOLE_FILE.match(problem.message), text
        else:
            assert WHOLE_FILE.match(problem.message), f"a problem with no place is not about the file: {text}"
        event(f"problem: {'path' if problem.path else 'whole file'}")


def decode_or_problems(decode: Callable[[], Any], file: Path, fields: set[str], source: str | bytes) -> Any:
    try:
        return decode()
    except RoutineError as e:
        text = source if isinstance(source, str) else source.decode("utf-8", "replace")
        assert_well_formed(e.problems, file, fields, text)
        event("refused")
        return None


def assert_playable(routine: Routine) -> None:
    plan = plan_routine(routine)
    assert len(plan.phases) <= MAX_PHASES
    assert plan.total_seconds <= MAX_SESSION_SECONDS
    size = plan_size(plan.items)
    assert size.phases == len(plan.phases)
    assert math.isclose(size.seconds, plan.total_seconds, rel_tol=1e-9, abs_tol=1e-6)
    for step in routine.steps:
        assert step.work_seconds >= 0.5 or (step.rep_seconds or 0) >= 0.5
        for segment in (step.segment, *step.side_segments.values()):
            assert segment is None or segment.duration >= 0.1
    event("accepted")


# -- properties ------------------------------------------------------------------------------------


@given(document=routine_documents, ascii_only=st.booleans())
def test_a_routine_document_is_decoded_or_refused_with_placed_problems(
    folder: Path, document: dict[str, Any], ascii_only: bool
) -> None:
    file = folder / "fuzz.supple.json"
    text = json_text(document, ascii_only)

    routine = decode_or_problems(lambda: decode_routine(text, file), file, ROUTINE_FIELDS, text)

    if routine is not None:
        assert_playable(routine)
        again = encode_routine(routine)
        assert decode_routine(again, file) == routine  # what was accepted can be exported


@given(document=routine_documents)
def test_supple_check_prints_one_line_per_problem(folder: Path, document: dict[str, Any]) -> None:
    file = folder / "checked.supple.json"
    file.write_bytes(json_text(document, ascii_only=False).encode("utf-8", "surrogatepass"))
    out = io.StringIO()

    status = check_files([file], out)

    lines = out.getvalue().splitlines()
    assert out.getvalue().endswith("\n")
    assert all(line.startswith(f"{file}: ") for line in lines)
    for line in lines:
        line.encode("utf-8")
        assert not (set(line) & UNSHOWN)
    assert (status == 0) == (len(lines) == 1 and ": OK (" in lines[0])


BUNDLED = bundled_routine_path()
BUNDLED_BYTES = BUNDLED.read_bytes()


@given(data=mutated(BUNDLED_BYTES))
def test_damaged_text_of_the_bundled_routine_is_decoded_or_refused_with_placed_problems(data: bytes) -> None:
    routine = decode_or_problems(lambda: decode_routine(data, BUNDLED), BUNDLED, ROUTINE_FIELDS, data)

    if routine is not None:
        assert_playable(routine)


@functools.cache
def _routines(folder: Path) -> dict[str, Routine]:
    return {"scorpion-stretch": load_routine(BUNDLED), "fuzz": _fuzz_routine(folder)}


def _fuzz_routine(folder: Path) -> Routine:
    doc = {
        "format": "supple.routine/1",
        "id": "fuzz",
        "title": "Fuzz",
        "clips": {"p1": {"file": "clips/p1.mp4"}},
        "steps": [
            {"id": "one", "title": "One", "clip": "p1", "hold": 30, "sets": 3, "rest": 10},
            {"id": "two", "title": "Two", "clip": "p1", "sides": "both", "reps": 8, "rep_seconds": 2},
        ],
    }
    return decode_routine(json.dumps(doc), folder / "fuzz.supple.json")


@given(document=playlist_documents, ascii_only=st.booleans())
def test_a_playlist_document_is_decoded_or_refused_and_plays_within_the_limits(
    folder: Path, document: dict[str, Any], ascii_only: bool
) -> None:
    file = folder / "fuzz.supple-playlist.json"
    text = json_text(document, ascii_only)

    playlist = decode_or_problems(lambda: decode_playlist(text, file), file, PLAYLIST_FIELDS, text)

    if playlist is None:
        return
    resolved = resolve_playlist(playlist, _routines(folder).get)
    plan = build_plan(resolved.plan_items())
    assert len(plan.phases) <= MAX_PHASES and plan.total_seconds <= MAX_SESSION_SECONDS
    assert resolved.truncated or resolved.limit_problem is None
    assert decode_playlist(encode_playlist(playlist), file) == playlist
    event(f"playlist accepted, {'cut short' if resolved.truncated else 'whole'}")


PLAYLIST_TEXT = json.dumps(
    {
        "format": "supple.playlist/1",
        "id": "warm-up",
        "title": "Warm-up",
        "items": [
            {"routine": "scorpion-stretch", "step": "hip-off-floor", "overrides": {"sets": 1, "speed": 0.75}},
            {"routine": "fuzz", "step": "one", "overrides": {"hold": 30, "segment": [0, 4]}, "rounds": 2},
            {"routine": "fuzz"},
        ],
        "blocks": [{"first": 0, "last": 1, "rounds": 2}],
    },
    indent=2,
).encode("utf-8")


@given(data=mutated(PLAYLIST_TEXT))
def test_damaged_text_of_a_playlist_is_decoded_or_refused_with_placed_problems(
    folder: Path, data: bytes
) -> None:
    file = folder / "warm-up.supple-playlist.json"

    playlist = decode_or_problems(lambda: decode_playlist(data, file), file, PLAYLIST_FIELDS, data)

    if playlist is not None:
        plan = build_plan(resolve_playlist(playlist, _routines(folder).get).plan_items())
        assert len(plan.phases) <= MAX_PHASES and plan.total_seconds <= MAX_SESSION_SECONDS
