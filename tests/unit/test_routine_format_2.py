"""`supple.routine/2`: `/1` plus the optional step fields `level` and `speak`; `/1` is read forever."""

from __future__ import annotations

import copy
import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest

from desktop.content import BUNDLED_ROUTINE_ID, decode_routine, encode_routine, load_routine
from desktop.content.problems import RoutineError
from desktop.content.schema import (
    FORMAT_1,
    FORMAT_2,
    NEW_DEFINITIONS_2,
    NEW_ROUTINE_FIELDS_2,
    NEW_STEP_FIELDS_2,
    routine_schema,
)
from desktop.domain import Step
from desktop.paths import resource
from tests.unit.fixtures_content import make_mp4, minimal_routine, write_json


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    make_mp4(tmp_path / "clips" / "p1.mp4", 2)
    return tmp_path


def _problems(folder: Path, document: object) -> list[tuple[str, str]]:
    path = write_json(folder / "routine.supple.json", document)
    with pytest.raises(RoutineError) as caught:
        load_routine(path)
    return [(p.path, p.message) for p in caught.value.problems]


def _with_step(fmt: str, **fields: Any) -> dict[str, Any]:
    doc = minimal_routine()
    doc["format"] = fmt
    doc["steps"][0].update(fields)
    return doc


def test_schema_2_is_schema_1_plus_exactly_the_new_step_fields() -> None:
    one, two = copy.deepcopy(dict(routine_schema(FORMAT_1))), copy.deepcopy(dict(routine_schema(FORMAT_2)))
    added = {name: two["$defs"]["step"]["properties"].pop(name) for name in NEW_STEP_FIELDS_2}
    added |= {name: two["properties"].pop(name) for name in NEW_ROUTINE_FIELDS_2}
    definitions = {name: two["$defs"].pop(name) for name in NEW_DEFINITIONS_2}

    assert two["properties"]["format"]["const"] == FORMAT_2
    for schema in (one, two):
        for key in ("$id", "title", "description"):
            schema.pop(key)
        schema["properties"].pop("format")
    assert two == one
    assert set(added) == {"level", "speak", "languages"}
    assert all("x-expected" in rule or "$ref" in rule for rule in (*added.values(), *definitions.values()))


def test_level_and_speak_are_decoded(folder: Path) -> None:
    path = write_json(folder / "r.supple.json", _with_step(FORMAT_2, level=3, speak="Lift ﺍﻟﻮﺭﻙ 🧘"))

    step = load_routine(path).steps[0]

    assert (step.level, step.speak) == (3, "Lift ﺍﻟﻮﺭﻙ 🧘")


def test_a_step_without_them_has_none(folder: Path) -> None:
    step = load_routine(write_json(folder / "r.supple.json", _with_step(FORMAT_2))).steps[0]

    assert (step.level, step.speak) == (None, None)


@pytest.mark.parametrize("field", ["level", "speak"])
def test_a_format_1_file_using_a_new_field_is_told_to_say_format_2(folder: Path, field: str) -> None:
    value = 2 if field == "level" else "Breathe"
    [(where, message)] = _problems(folder, _with_step(FORMAT_1, **{field: value}))

    assert where == f"steps[0].{field}"
    assert message == (
        f'the field "{field}" is part of the format supple.routine/2; to use it, '
        'write "format": "supple.routine/2" at the top of the file'
    )


def test_a_format_1_file_with_a_misspelt_field_still_gets_the_suggestion(folder: Path) -> None:
    [(where, message)] = _problems(folder, _with_step(FORMAT_1, levle=2))

    assert where == "steps[0].levle"
    assert message.startswith('unknown field "levle"')


@pytest.mark.parametrize("stated", ["supple.routine/3", "", 2])
def test_an_unknown_format_names_both_versions(folder: Path, stated: object) -> None:
    doc = _with_step(FORMAT_2, level=1)
    doc["format"] = stated
    [(where, message)] = _problems(folder, doc)

    assert where == "format"
    assert message.startswith('expected "supple.routine/1" or "supple.routine/2" (the version of the routine')


def test_a_missing_format_names_both_versions(folder: Path) -> None:
    doc = minimal_routine()
    del doc["format"]
    [(where, message)] = _problems(folder, doc)

    assert where == "format"
    assert message.startswith('this field is required but missing; expected "supple.routine/1" or "supple.')


@pytest.mark.parametrize(
    ("fields", "where", "expected"),
    [
        ({"level": 0}, "steps[0].level", "expected a level: a whole number, 1 or more"),
        ({"level": 2.5}, "steps[0].level", "expected a level: a whole number, 1 or more"),
        ({"level": "2"}, "steps[0].level", "expected a level: a whole number, 1 or more"),
        ({"level": 10**400}, "steps[0].level", "expected at most 1000, got a number too large"),
        ({"speak": ""}, "steps[0].speak", "expected a line to speak when the step starts"),
        ({"speak": "   "}, "steps[0].speak", "is blank; a spoken line needs visible text"),
        ({"speak": "one\ntwo"}, "steps[0].speak", "holds U+000A (a line break) at character 4"),
        ({"speak": "a\u202eb"}, "steps[0].speak", "holds the bidirectional control U+202E"),
        ({"speak": "x" * 501}, "steps[0].speak", "got a text of 501 characters"),
    ],
)
def test_bad_new_fields_say_what_and_where(
    folder: Path, fields: dict[str, Any], where: str, expected: str
) -> None:
    [(found_where, message)] = _problems(folder, _with_step(FORMAT_2, **fields))

    assert found_where == where
    assert expected in message


def test_encoding_writes_format_1_when_nothing_new_is_used(folder: Path) -> None:
    routine = load_routine(write_json(folder / "r.supple.json", _with_step(FORMAT_2)))

    assert json.loads(encode_routine(routine))["format"] == FORMAT_1


@pytest.mark.parametrize("fields", [{"level": 4}, {"speak": "Now the left leg"}, {"level": 1, "speak": "Go"}])
def test_encoding_writes_format_2_and_round_trips(folder: Path, fields: dict[str, Any]) -> None:
    routine = load_routine(write_json(folder / "r.supple.json", _with_step(FORMAT_2, **fields)))

    text = encode_routine(routine)

    assert json.loads(text)["format"] == FORMAT_2
    again = folder / "again.supple.json"
    assert decode_routine(text, again) == dataclasses.replace(routine, source=again)


def test_the_bundled_scorpion_stretch_is_a_ladder_of_five_levels_easiest_first() -> None:
    routine = load_routine(resource("routines", f"{BUNDLED_ROUTINE_ID}.supple.json"))

    assert json.loads(routine.source.read_text(encoding="utf-8"))["format"] == FORMAT_2  # type: ignore[union-attr]
    assert [step.level for step in routine.steps] == [1, 2, 3, 4, 5]
    assert routine.steps[0].id == "hip-off-floor" and routine.steps[-1].id == "foot-to-hand"


def test_a_step_made_in_code_has_no_level_and_nothing_to_speak() -> None:
    step = Step("a", "A", "p1", hold=5)

    assert (step.level, step.speak) == (None, None)
