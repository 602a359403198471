"""A routine whose clip file is missing opens in the window, marks its steps and plays the rest;
`supple check` and `supple import` still call it an error."""

from __future__ import annotations

import io
import json
from pathlib import Path

from desktop.__main__ import main
from desktop.content import RoutineError, load_routine, load_routine_lenient
from desktop.content.library_cli import import_file
from desktop.engine import FakeClock
from desktop.media.fake import FakeBackend
from desktop.paths import data_paths
from desktop.qt.main_window import MainWindow
from tests.fake_media import FAKE_CLIP
from tests.qt.test_session_window import run_until


def routine_with_a_missing_clip(folder: Path) -> tuple[Path, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "here.mp4").write_bytes(FAKE_CLIP)
    doc = {
        "format": "supple.routine/1",
        "id": "gappy",
        "title": "Gappy",
        "clips": {"here": {"file": "here.mp4"}, "gone": {"file": "gone.mp4", "poster": "gone.png"}},
        "steps": [
            {"id": "one", "title": "One", "clip": "here", "hold": 2, "prepare": 0},
            {"id": "two", "title": "Two", "clip": "gone", "hold": 2, "prepare": 0},
            {"id": "three", "title": "Three", "clip": "here", "hold": 2, "prepare": 0},
        ],
    }
    path = folder / "gappy.supple.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path, folder / "gone.mp4"


def test_the_window_opens_it_marks_the_step_and_a_session_plays_on(
    window: MainWindow, fake: FakeBackend, tmp_path: Path
) -> None:
    path, gone = routine_with_a_missing_clip(tmp_path / "r")
    assert window.open_path(path)
    assert window.routine is not None and window.routine.id == "gappy"
    steps = window.ui.stepList
    assert "⚠" in steps.item(1).text() and "⚠" not in steps.item(0).text()
    assert str(gone) in steps.item(1).toolTip()
    assert "⚠" in window.statusBar().currentMessage()
    steps.setCurrentRow(1)
    assert str(gone) in window.ui.videoPane.error
    assert ("load", (gone, None)) not in fake.calls

    clock = FakeClock()
    window.session.clock_factory = lambda: clock
    window.start_session(0)
    run_until(window, clock, lambda: not window.session.active)
    records = window.session.records
    assert [r.step_id for r in records] == ["one", "two", "three"]
    assert fake.current == path.parent / "here.mp4"  # the step after the broken one plays its clip


def test_the_lenient_load_keeps_other_problems_as_errors(tmp_path: Path) -> None:
    path, _gone = routine_with_a_missing_clip(tmp_path)
    routine, problems = load_routine_lenient(path)
    assert set(problems) == {"gone"} and "was not found" in str(problems["gone"])
    assert routine.clips["gone"].poster is None
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["steps"][0]["hold"] = -1
    path.write_text(json.dumps(doc), encoding="utf-8")
    try:
        load_routine_lenient(path)
    except RoutineError as e:
        assert "steps[0].hold" in str(e) and "gone.mp4" in str(e)
    else:
        raise AssertionError("a bad hold must still be an error")


def test_check_and_import_still_report_the_missing_clip(tmp_path: Path, capsys, data_dir: Path) -> None:
    path, gone = routine_with_a_missing_clip(tmp_path)
    try:
        load_routine(path)
    except RoutineError as e:
        assert str(gone) in str(e)
    else:
        raise AssertionError("load_routine must refuse a missing clip")
    assert main(["check", str(path)]) == 1
    assert str(gone) in capsys.readouterr().out
    err = io.StringIO()
    assert import_file(data_paths(), path, io.StringIO(), err=err) == 1
    assert "gone.mp4" in err.getvalue()
