"""The library and playlist docks in the window, and a playlist played as a session."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from desktop.content import bundled_routine_path, load_routine
from desktop.content.playlist_resolve import resolve_playlist
from desktop.domain import Clip, Playlist, PlaylistItem, Routine, Sides, Step, StepOverrides
from desktop.engine import FakeClock, StepStatus
from desktop.media.fake import FakeBackend
from desktop.qt.main_window import MainWindow
from tests.fake_media import FAKE_CLIP


def neck_routine(tmp_path: Path) -> Routine:
    clip = tmp_path / "neck.mp4"
    clip.write_bytes(FAKE_CLIP)
    step = Step(id="tilt", title="Neck tilt", clip="p1", hold=3, sides=Sides.BOTH, prepare=0)
    return Routine(id="neck", title="Neck", steps=(step,), clips={"p1": Clip("p1", clip)})


def test_docks_toggle_from_the_view_menu(qtbot, window: MainWindow) -> None:
    assert not window.library_dock.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_F9)
    assert window.library_dock.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_F10)
    assert window.playlist_dock.isVisible()
    titles = [a.text() for a in window.ui.menuView.actions()]
    assert titles == ["Library", "Playlist", "History", "Routine &Editor", "&Remote Control…"]


def test_a_playlist_of_steps_from_two_routines_plays_as_one_session(
    qtbot, window: MainWindow, fake: FakeBackend, tmp_path: Path
) -> None:
    scorpion = load_routine(bundled_routine_path())
    neck = neck_routine(tmp_path)
    routines = {r.id: r for r in (scorpion, neck)}
    playlist = Playlist(
        id="morning",
        title="Morning warm-up",
        items=(
            PlaylistItem("neck", "tilt"),
            PlaylistItem("scorpion-stretch", "hip-off-floor", StepOverrides(hold=5, sets=1, rest=0)),
        ),
    )
    resolved = resolve_playlist(playlist, routines.get)
    clock = FakeClock()
    window.session.clock_factory = lambda: clock
    window.play_playlist(resolved)
    assert window.routine is not None and window.routine.title == "Morning warm-up"
    assert window.ui.stepList.count() == 2
    assert fake.current == neck.clips["p1"].file
    phases = window.session.plan.phases
    while window.session.active:
        clock.advance(0.5)
        window.session.tick_now()
    assert window.ui.stepList.status(1) == StepStatus.DONE
    scorpion_clip = scorpion.clip_for(scorpion.step("hip-off-floor")).file
    assert fake.current == scorpion_clip  # the second item played its own routine's clip
    records = window.session.records
    assert [(r.routine_id, r.step_id) for r in records] == [
        ("neck", "tilt"), ("neck", "tilt"), ("scorpion-stretch", "hip-off-floor"), ("scorpion-stretch", "hip-off-floor")
    ]  # fmt: skip
    assert all(r.planned_seconds == 5 for r in records[2:])  # the item's own hold
    assert {p.routine_id for p in phases} == {"neck", "scorpion-stretch"}
