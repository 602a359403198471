"""Where a session starts and what it plays: after its end, after a click, and with favourites only."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.content.playlist_resolve import resolve_playlist
from desktop.domain import Clip, Playlist, PlaylistItem, Routine, Step, StepOverrides
from desktop.engine import FakeClock, StepStatus
from desktop.media.fake import FakeBackend
from desktop.paths import data_paths
from desktop.qt.main_window import MainWindow
from desktop.store import Store
from tests.fake_media import FAKE_CLIP
from tests.qt.test_session_window import run_until


@pytest.fixture
def store(window_store: Store) -> Store:
    return window_store


def three_steps(tmp_path: Path, routine_id: str = "three") -> Routine:
    clips = {}
    for name in ("a", "b", "c"):
        f = tmp_path / f"{routine_id}-{name}.mp4"
        f.write_bytes(FAKE_CLIP)
        clips[name] = Clip(name, f)
    steps = tuple(
        Step(id=f"s{i}", title=f"Step {i}", clip=c, hold=2, prepare=0) for i, c in enumerate("abc", start=1)
    )
    return Routine(
        id=routine_id, title="Three", steps=steps, clips=clips, source=tmp_path / "three.supple.json"
    )


def played_steps(window: MainWindow) -> list[tuple[str, str]]:
    return [(r.routine_id, r.step_id) for r in window.session.records]


def test_start_after_the_end_begins_at_the_first_step(
    window: MainWindow, fake: FakeBackend, clock: FakeClock, tmp_path: Path
) -> None:
    window.set_routine(three_steps(tmp_path))
    window.ui.sessionButton.click()
    run_until(window, clock, lambda: not window.session.active)
    assert window.ui.sessionButton.text() == "Start session"
    window.ui.sessionButton.click()
    phase = window.session.phase
    assert phase is not None and phase.step_index == 0
    assert window.ui.stepList.status(0) == StepStatus.CURRENT


def test_a_finished_playlist_plays_again_as_the_playlist(
    window: MainWindow, fake: FakeBackend, clock: FakeClock, tmp_path: Path
) -> None:
    one, two = three_steps(tmp_path, "one"), three_steps(tmp_path, "two")
    lookup = {r.id: r for r in (one, two)}.get
    playlist = Playlist(
        id="mix",
        title="Mix",
        items=(PlaylistItem("one", "s1", StepOverrides(speed=0.5)), PlaylistItem("two", "s3")),
    )
    window.play_playlist(resolve_playlist(playlist, lookup))
    run_until(window, clock, lambda: not window.session.active)
    first = played_steps(window)
    assert first == [("one", "s1"), ("two", "s3")]
    window.ui.sessionButton.click()
    phase = window.session.phase
    assert phase is not None
    assert (phase.step_index, phase.routine_id, phase.speed, window.session.rate) == (0, "one", 0.5, 0.5)
    run_until(window, clock, lambda: not window.session.active)
    assert played_steps(window) == first


def test_a_click_during_a_session_leaves_the_highlight_and_the_session_alone(
    qtbot, window: MainWindow, fake: FakeBackend, clock: FakeClock, tmp_path: Path
) -> None:
    window.set_routine(three_steps(tmp_path))
    window.ui.sessionButton.click()
    steps = window.ui.stepList
    third = steps.visualItemRect(steps.item(2)).center()
    qtbot.mouseClick(steps.viewport(), Qt.MouseButton.LeftButton, pos=third)
    assert steps.currentRow() == 0  # the highlight stays on the step the session plays
    phase = window.session.phase
    assert phase is not None and phase.step_index == 0
    window.end_session()
    window.ui.sessionButton.click()  # Start again: where the session was, not where the click was
    assert window.session.phase is not None and window.session.phase.step_index == 0

    qtbot.mouseDClick(steps.viewport(), Qt.MouseButton.LeftButton, pos=third)  # a double-click jumps
    assert window.session.phase is not None and window.session.phase.step_index == 2
    assert steps.currentRow() == 2


def test_favourite_steps_only_plays_only_the_favourites(
    window: MainWindow, fake: FakeBackend, clock: FakeClock, store, tmp_path: Path
) -> None:
    routine = three_steps(tmp_path)
    window.set_routine(routine)
    for row in (0, 2):
        window.ui.stepList.setCurrentRow(row)
        window.ui.actionFavouriteStep.trigger()
    window.ui.stepList.setCurrentRow(1)
    window.ui.favouritesOnly.setChecked(True)
    steps = window.ui.stepList
    assert steps.isRowHidden(1)
    assert not steps.isRowHidden(steps.currentRow())  # the selection moved off the hidden row
    assert window.ui.sessionButton.text() == "Start (favourites)"
    window.ui.sessionButton.click()
    assert fake.current == routine.clips["c"].file  # from the first favourite at or after the selection
    run_until(window, clock, lambda: not window.session.active)
    assert played_steps(window) == [("three", "s3")]
    window.ui.sessionButton.click()  # after the end: from the first favourite
    assert steps.currentRow() == 0
    run_until(window, clock, lambda: not window.session.active)
    assert played_steps(window) == [("three", "s1"), ("three", "s3")]
    assert steps.status(1) == StepStatus.PENDING and steps.isRowHidden(1)
    window.ui.favouritesOnly.setChecked(False)
    assert window.ui.sessionButton.text() == "Start session"


def test_stars_set_in_the_window_show_in_the_library_at_once_and_back(
    qtbot, window: MainWindow, fake: FakeBackend, store, data_dir: Path
) -> None:
    from desktop.content import BUNDLED_ROUTINE_ID, bundled_routine_path, load_routine

    window.set_store(store, data_paths(data_dir))
    window.set_routine(load_routine(bundled_routine_path()))
    window.library_dock.show()
    library = window.library
    library.tree.setCurrentIndex(library.index_of(BUNDLED_ROUTINE_ID, "hips-at-90"))
    window.ui.stepList.setCurrentRow(1)  # hips-at-90
    window.ui.actionFavouriteStep.trigger()
    assert library.index_of(BUNDLED_ROUTINE_ID, "hips-at-90").data().startswith("★ ")
    assert library.favourite_button.isChecked()
    window.ui.actionFavouriteRoutine.trigger()
    assert library.index_of(BUNDLED_ROUTINE_ID).data().startswith("★ ")

    with qtbot.waitSignal(library.favouritesChanged):  # the Library writes in a Task
        library.favourite_button.click()  # unstar the step from the Library
    assert not library.index_of(BUNDLED_ROUTINE_ID, "hips-at-90").data().startswith("★ ")
    assert not window.ui.actionFavouriteStep.isChecked()
    assert "★" not in window.ui.stepList.item(1).text()
    assert window.favourites is library.favourites
