"""The main window driven through its controls, with a fake decoder behind it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMessageBox

from desktop.domain import Clip, Routine, Segment, Step
from desktop.media.base import PlaybackState
from desktop.media.fake import FakeBackend
from desktop.qt.main_window import MainWindow
from tests.fake_media import FAKE_CLIP
from tests.qt.writes import settle_writes


def two_step_routine(tmp_path: Path) -> Routine:
    files = []
    for name in ("one.mp4", "two.mp4"):
        f = tmp_path / name
        f.write_bytes(FAKE_CLIP)
        files.append(f)
    clips = {"a": Clip("a", files[0]), "b": Clip("b", files[1])}
    steps = (
        Step(id="s1", title="First", clip="a", hold=20),
        Step(id="s2", title="Second", clip="b", segment=Segment(1.0, 3.0), reps=5, rep_seconds=2),
    )
    return Routine(id="r", title="Two steps", steps=steps, clips=clips)


def test_opening_a_clip_loads_it_on_loop_and_shows_its_frames(
    qtbot, window: MainWindow, fake: FakeBackend, clip: Path
) -> None:
    assert window.open_path(clip)
    assert fake.calls[0] == ("load", (clip, None))
    assert fake.loop is True
    assert fake.state == PlaybackState.PLAYING
    frame = fake.emit_frame("#ff0000")
    assert window.ui.videoPane.current_image() == frame
    qtbot.waitUntil(lambda: window.ui.videoPane.frames_painted > 0)
    picture = window.ui.videoPane.grab().toImage()
    centre = picture.pixelColor(picture.width() // 2, picture.height() // 2)
    assert centre == QColor("#ff0000")


def test_space_toggles_playback_and_arrows_change_step(
    qtbot, window: MainWindow, fake: FakeBackend, tmp_path: Path
) -> None:
    routine = two_step_routine(tmp_path)
    window.set_routine(routine)
    window.ui.stepList.setFocus()
    assert fake.calls[-2][0] == "load"
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert fake.state == PlaybackState.PAUSED
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert fake.state == PlaybackState.PLAYING
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert window.current_row == 1
    assert fake.current == routine.clips["b"].file
    assert fake.segment == Segment(1.0, 3.0)
    assert window.ui.stepList.currentRow() == 1
    qtbot.keyClick(window, Qt.Key.Key_Right)  # already at the last step: stays
    assert window.current_row == 1
    qtbot.keyClick(window, Qt.Key.Key_Left)
    assert window.current_row == 0
    assert fake.current == routine.clips["a"].file


def test_loop_off_plays_the_clip_once_without_starting_it_again(
    qtbot, window: MainWindow, fake: FakeBackend, clip: Path
) -> None:
    window.open_path(clip)
    loads = [c for c in fake.calls if c[0] == "load"]
    window.ui.loopButton.click()
    assert not window.ui.actionLoop.isChecked()
    assert fake.loop is False
    qtbot.keyClick(window, Qt.Key.Key_L)
    assert fake.loop is True
    assert [c for c in fake.calls if c[0] == "load"] == loads  # the clip was not loaded again
    assert [c for c in fake.calls if c[0] == "set_loop"] == [("set_loop", False), ("set_loop", True)]
    window.ui.loopButton.click()
    window.open_path(clip)  # a clip loaded later plays once too
    assert len([c for c in fake.calls if c[0] == "load"]) == len(loads) + 1
    assert fake.loop is False


def test_full_screen_with_f_and_leave_with_escape(
    qtbot, window: MainWindow, fake: FakeBackend, clip: Path
) -> None:
    window.open_path(clip)
    qtbot.keyClick(window, Qt.Key.Key_F)
    assert window.ui.actionFullScreen.isChecked()
    assert window.isFullScreen()
    assert not window.ui.sideSplitter.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isFullScreen()
    assert window.ui.sideSplitter.isVisible()


def test_escape_belongs_to_the_focused_widget_when_not_in_full_screen(
    qtbot, window: MainWindow, fake: FakeBackend, clip: Path
) -> None:
    window.open_path(clip)
    window.library_dock.show()
    search = window.library.search
    window.activateWindow()
    search.setFocus()
    qtbot.waitUntil(search.hasFocus)
    qtbot.keyClicks(search, "scorpion")
    qtbot.keyClick(search, Qt.Key.Key_Escape)
    assert search.text() == ""  # the search box's own Escape: it clears the search
    assert not window.isFullScreen()
    qtbot.keyClick(window, Qt.Key.Key_F)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isFullScreen()


def test_a_missing_clip_shows_an_error_and_the_window_goes_on(
    window: MainWindow, fake: FakeBackend, tmp_path: Path
) -> None:
    routine = two_step_routine(tmp_path)
    routine.clips["a"].file.unlink()
    window.set_routine(routine)
    assert "does not exist" in window.ui.videoPane.error
    assert str(routine.clips["a"].file) in window.ui.videoPane.error
    window.next_step()
    assert window.ui.videoPane.error == ""
    assert fake.state == PlaybackState.PLAYING


def test_a_bad_routine_file_gets_a_message_and_keeps_the_open_routine(
    qtbot, window: MainWindow, fake: FakeBackend, tmp_path: Path
) -> None:
    routine = two_step_routine(tmp_path)
    window.set_routine(routine)
    bad = tmp_path / "broken.supple.json"
    bad.write_text('{"format": "supple.routine/1", "id": 5', encoding="utf-8")
    assert not window.open_path(bad)
    box = window.findChild(QMessageBox, "badFileBox")
    assert isinstance(box, QMessageBox)
    qtbot.waitUntil(box.isVisible)
    assert "broken.supple.json" in box.text()
    assert "broken.supple.json" in box.detailedText()
    assert window.routine is routine
    box.close()


def test_layout_is_restored_on_the_next_start(qtbot, settings: QSettings) -> None:
    first = MainWindow(settings)
    qtbot.addWidget(first)
    first.show()
    first.resize(720, 500)
    first.ui.mainSplitter.setSizes([450, 270])
    qtbot.waitUntil(lambda: first.width() == 720)
    sizes = first.ui.mainSplitter.sizes()
    first.close()

    second = MainWindow(settings)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitUntil(lambda: second.width() == 720)
    assert second.height() == 500
    assert second.ui.mainSplitter.sizes() == sizes


def test_mirror_flips_the_picture(qtbot, window: MainWindow, fake: FakeBackend, clip: Path) -> None:
    from PySide6.QtGui import QImage, QPainter

    window.open_path(clip)
    image = QImage(200, 100, QImage.Format.Format_RGB32)
    image.fill(QColor("#0000ff"))
    painter = QPainter(image)
    painter.fillRect(0, 0, 100, 100, QColor("#ff0000"))  # left half red
    painter.end()
    pane = window.ui.videoPane
    pane.present(image)
    rect = pane.video_rect()
    left = (rect.x() + rect.width() // 4, rect.y() + rect.height() // 2)
    assert pane.grab().toImage().pixelColor(*left) == QColor("#ff0000")
    pane.set_mirrored(True)
    assert pane.grab().toImage().pixelColor(*left) == QColor("#0000ff")


def test_favourite_routine_and_steps_are_saved_and_filtered(
    qtbot, window: MainWindow, fake: FakeBackend, tmp_path: Path, data_dir: Path
) -> None:
    from desktop.paths import data_paths
    from desktop.store import open_store

    routine = two_step_routine(tmp_path)
    window.set_routine(routine)
    assert not window.ui.favouriteButton.isEnabled()  # no store yet: nothing to save to
    store = open_store(data_paths(data_dir))
    try:
        window.set_store(store)
        window.ui.favouriteButton.click()
        settle_writes()
        assert store.favourites.contains("r")
        assert window.ui.favouriteButton.text() == "★"
        window.ui.stepList.setCurrentRow(1)
        qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
        settle_writes()
        assert store.favourites.contains("r", "s2")
        assert "★" in window.ui.stepList.item(1).text()
        window.ui.stepList.setCurrentRow(1)
        window.ui.favouritesOnly.setChecked(True)
        assert window.ui.stepList.isRowHidden(0)
        assert not window.ui.stepList.isRowHidden(1)
        window.ui.favouriteButton.click()  # unstar the routine
        settle_writes()
        assert not store.favourites.contains("r")
        settle_writes()
        assert store.favourites.contains("r", "s2")
    finally:
        store.close()


def _window_with_fake_backend(qtbot, settings: QSettings) -> tuple[MainWindow, FakeBackend]:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    fake = FakeBackend(window)
    window.set_backend(fake)
    return window, fake


def _focus_for_keys(qtbot, window: MainWindow) -> None:
    """Key clicks reach the window's shortcuts only once it is active and a widget has focus."""
    window.activateWindow()
    window.ui.stepList.setFocus()
    qtbot.waitUntil(window.ui.stepList.hasFocus)


def test_clip_volume_and_mute_reach_the_player_and_are_kept_for_next_time(
    qtbot, settings: QSettings, clip: Path
) -> None:
    first, fake = _window_with_fake_backend(qtbot, settings)
    first.open_path(clip)
    _focus_for_keys(qtbot, first)
    assert fake.volume() == (False, 100)
    for _ in range(3):
        qtbot.keyClick(first, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert fake.volume() == (False, 85)
    assert first.ui.volumeSlider.value() == 85
    assert "85%" in first.ui.volumeSlider.toolTip()
    qtbot.keyClick(first, Qt.Key.Key_M)
    assert fake.volume() == (True, 85)
    assert first.ui.muteButton.isChecked()
    first.close()

    second, restored = _window_with_fake_backend(qtbot, settings)
    assert restored.volume() == (True, 85)
    assert second.ui.muteButton.isChecked()
    _focus_for_keys(qtbot, second)
    qtbot.keyClick(second, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert restored.volume() == (False, 90)  # turning the sound up un-mutes it
    assert not second.ui.muteButton.isChecked()


def test_the_open_dialog_offers_every_clip_type_the_window_opens() -> None:
    from desktop.qt.window_files import VIDEO_SUFFIXES, open_filter

    offered = open_filter().split(";;")[0]
    assert "*.avi" in offered
    assert all(f"*{suffix}" in offered.split() or f"*{suffix})" in offered for suffix in VIDEO_SUFFIXES)
