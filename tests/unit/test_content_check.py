"""`check_files`, the body of `supple check FILE...`: output and exit status."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from desktop.content import check_files
from tests.unit.fixtures_content import make_mp4, minimal_routine, write_json


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    make_mp4(tmp_path / "clips" / "p1.mp4", 1)
    return tmp_path


def run(paths: list[Path | str]) -> tuple[int, list[str]]:
    out = io.StringIO()
    status = check_files(paths, out)
    return status, out.getvalue().splitlines()


def test_valid_files_print_ok_with_title_and_step_count(folder: Path) -> None:
    one = write_json(folder / "one.supple.json", minimal_routine())
    doc = minimal_routine()
    doc["title"] = "Two steps"
    doc["steps"].append({"id": "two", "title": "Two", "clip": "p1", "hold": 5})
    two = write_json(folder / "two.supple.json", doc)

    status, lines = run([one, str(two)])

    assert status == 0
    assert lines == [f"{one}: OK (Test routine, 1 step)", f"{two}: OK (Two steps, 2 steps)"]


def test_any_invalid_file_fails_and_every_file_is_reported(folder: Path) -> None:
    good = write_json(folder / "good.supple.json", minimal_routine())
    doc = minimal_routine()
    doc["steps"][0]["hold"] = "thirty"
    doc["steps"][0]["clip"] = "p9"
    bad = write_json(folder / "bad.supple.json", doc)
    missing = folder / "missing.supple.json"

    status, lines = run([bad, good, missing])

    assert status == 1
    assert lines == [
        f'{bad}: steps[0].clip: there is no clip "p9" under "clips" (the clips are: p1)',
        f'{bad}: steps[0].hold: expected a number of seconds from 0.5 to 3600, got "thirty"',
        f"{good}: OK (Test routine, 1 step)",
        f"{missing}: the file does not exist (looked for {missing})",
    ]


def test_invalid_json_fails(folder: Path) -> None:
    broken = folder / "broken.supple.json"
    broken.write_text('{"format": "supple.routine/1",}')

    status, lines = run([broken])

    assert status == 1
    assert lines == [
        f"{broken}: not valid JSON at line 1, column 31: expected a field name in double quotes "
        "(a comma after the last field of an object is not allowed)"
    ]
