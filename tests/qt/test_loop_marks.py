"""Loop marks in the window: I, O, X, Shift+I, Shift+O and the timeline, on real clips behind the
fake decoder (the frames and the content hash are read from the file; only decoding is faked)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from desktop.domain import Segment
from desktop.media.base import PlaybackState
from desktop.media.fake import FakeBackend
from desktop.qt.main_window import MainWindow
from desktop.store import Store
from tests.media_clips import make_clip
from tests.qt.writes import settle_writes

FPS = 30


@pytest.fixture(scope="module")
def real_clip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_clip(
        tmp_path_factory.mktemp("marks") / "bridge.mkv", frames=60, fps=FPS, encoding="h264-bframes"
    )


def opened(qtbot, window: MainWindow, clip: Path, *, readable: bool = True) -> None:
    assert window.open_path(clip)
    qtbot.waitUntil(lambda: window.loop_marks.facts is not None, timeout=10000)
    assert window.timeline.isVisible() and (window.timeline.frames is not None) == readable


def at_frame(fake: FakeBackend, frame: int) -> None:
    """The decoder shows `frame` (paused), as after frame steps."""
    fake.show_frame(frame / FPS)


def key(qtbot, window: MainWindow, k: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(window.ui.stepList, k, modifier)


def loads(fake: FakeBackend) -> list[object]:
    return [args for name, args in fake.calls if name == "load"]


def test_i_and_o_mark_a_loop_that_plays_when_play_resumes_and_x_clears_it(
    qtbot, window: MainWindow, fake: FakeBackend, real_clip: Path
) -> None:
    opened(qtbot, window, real_clip)
    window.ui.stepList.setFocus()
    at_frame(fake, 10)
    key(qtbot, window, Qt.Key.Key_I)
    at_frame(fake, 39)
    key(qtbot, window, Qt.Key.Key_O)
    assert (window.timeline.in_frame, window.timeline.out_frame) == (10, 39)
    assert loads(fake) == [(real_clip, None)]  # paused: the frame on screen stays while marking
    key(qtbot, window, Qt.Key.Key_Space)
    assert loads(fake)[-1] == (real_clip, Segment(10 / FPS, 40 / FPS))
    assert fake.state == PlaybackState.PLAYING
    loop = window.current_loop()
    assert loop is not None and (loop.in_frame, loop.out_frame, loop.fps) == (10, 39, FPS)
    assert "Loop: frames 11–40 (30 frames" in window.timeline.status_text()

    key(qtbot, window, Qt.Key.Key_X)  # while playing: the whole clip loops at once
    assert loads(fake)[-1] == (real_clip, None)
    assert window.current_loop() is None
    assert "whole clip loops" in window.statusBar().currentMessage()


def test_shift_i_and_shift_o_show_the_marked_frames(
    qtbot, window: MainWindow, fake: FakeBackend, real_clip: Path
) -> None:
    opened(qtbot, window, real_clip)
    window.ui.stepList.setFocus()
    key(qtbot, window, Qt.Key.Key_I, Qt.KeyboardModifier.ShiftModifier)
    assert "No loop is marked" in window.statusBar().currentMessage()
    at_frame(fake, 5)
    key(qtbot, window, Qt.Key.Key_I)
    at_frame(fake, 20)
    key(qtbot, window, Qt.Key.Key_O)
    key(qtbot, window, Qt.Key.Key_I, Qt.KeyboardModifier.ShiftModifier)
    assert fake.calls[-1] == ("show_frame", pytest.approx(5 / FPS))
    key(qtbot, window, Qt.Key.Key_O, Qt.KeyboardModifier.ShiftModifier)
    assert fake.calls[-1] == ("show_frame", pytest.approx(20 / FPS))
    fake.emit_frame()
    assert window.timeline.playhead == 20
    assert window.timeline.status_text().startswith("Frame 21 of 60 · 0:00.667")
    key(qtbot, window, Qt.Key.Key_Space)  # playing, Shift+I starts the loop again from its in frame
    count = len(loads(fake))
    key(qtbot, window, Qt.Key.Key_I, Qt.KeyboardModifier.ShiftModifier)
    assert len(loads(fake)) == count + 1 and loads(fake)[-1] == (real_clip, Segment(5 / FPS, 21 / FPS))
    assert fake.state == PlaybackState.PLAYING


def test_an_out_mark_before_the_in_mark_is_swapped_and_said(
    qtbot, window: MainWindow, fake: FakeBackend, real_clip: Path
) -> None:
    opened(qtbot, window, real_clip)
    window.ui.stepList.setFocus()
    at_frame(fake, 30)
    key(qtbot, window, Qt.Key.Key_I)
    at_frame(fake, 12)
    key(qtbot, window, Qt.Key.Key_O)
    assert (window.timeline.in_frame, window.timeline.out_frame) == (12, 30)
    assert "swapped" in window.statusBar().currentMessage()
    key(qtbot, window, Qt.Key.Key_O)  # in and out on one frame (12): refused, marks unchanged
    assert "a loop needs two frames" in window.statusBar().currentMessage()
    assert (window.timeline.in_frame, window.timeline.out_frame) == (12, 30)


def test_dragging_a_handle_snaps_to_a_frame_and_shows_the_magnifier(
    qtbot, window: MainWindow, fake: FakeBackend, real_clip: Path
) -> None:
    opened(qtbot, window, real_clip)
    window.ui.stepList.setFocus()
    at_frame(fake, 10)
    key(qtbot, window, Qt.Key.Key_I)
    at_frame(fake, 39)
    key(qtbot, window, Qt.Key.Key_O)
    timeline = window.timeline
    y = int(timeline._bar().center().y())
    handle = QPoint(round(timeline.handle_x("out")), y)
    target = QPoint(round(timeline._x(50.3)), y)  # between boundaries 50 and 51: snaps to 50
    qtbot.mousePress(timeline, Qt.MouseButton.LeftButton, pos=handle)
    assert timeline.dragging == "out"
    qtbot.mouseMove(timeline, target)
    assert fake.calls[-1] == ("show_frame", pytest.approx(49 / FPS))  # the frame the loop would end on
    assert timeline._shown_range() == (10, 49)
    timeline.grab()  # the magnifier paints while dragging
    qtbot.mouseRelease(timeline, Qt.MouseButton.LeftButton, pos=target)
    assert (timeline.in_frame, timeline.out_frame) == (10, 49)
    assert window.current_loop() is not None and window.current_loop().segment == Segment(10 / FPS, 50 / FPS)
    qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=QPoint(round(timeline._x(3.5)), y))
    assert fake.calls[-1] == ("show_frame", pytest.approx(3 / FPS))


def test_reopening_a_clip_restores_its_marks_from_the_store(
    qtbot, window: MainWindow, fake: FakeBackend, real_clip: Path, store: Store, tmp_path: Path
) -> None:
    window.set_store(store)
    opened(qtbot, window, real_clip)
    window.ui.stepList.setFocus()
    at_frame(fake, 6)
    key(qtbot, window, Qt.Key.Key_I)
    at_frame(fake, 44)
    key(qtbot, window, Qt.Key.Key_O)
    settle_writes()
    other = make_clip(tmp_path / "other.webm", frames=12, fps=FPS, encoding="vp9")
    opened(qtbot, window, other)
    assert window.current_loop() is None and window.timeline.in_frame is None
    copy = tmp_path / "copy-of-bridge.mkv"  # the same content under another name keeps its marks
    copy.write_bytes(real_clip.read_bytes())
    fake.play()
    assert window.open_path(copy)
    qtbot.waitUntil(lambda: window.current_loop() is not None, timeout=10000)
    assert (window.timeline.in_frame, window.timeline.out_frame) == (6, 44)
    assert loads(fake)[-1] == (copy.resolve(), Segment(6 / FPS, 45 / FPS))
    assert "Restored the loop" in window.statusBar().currentMessage()


def test_bad_clips_say_why_they_cannot_be_marked(
    qtbot, window: MainWindow, fake: FakeBackend, tmp_path: Path
) -> None:
    text = tmp_path / "notes.mp4"
    text.write_text("shopping list, not a video")
    opened(qtbot, window, text, readable=False)
    assert "notes.mp4" in window.timeline.status_text()
    key(qtbot, window, Qt.Key.Key_I)
    message = window.statusBar().currentMessage()
    assert message.startswith("Cannot mark a loop: ") and "notes.mp4" in message and "not a video" in message
    single = make_clip(tmp_path / "one.mp4", frames=1, fps=FPS)
    opened(qtbot, window, single)
    key(qtbot, window, Qt.Key.Key_O)
    assert "one.mp4: a loop cannot be marked on a clip of 1 frame" in window.statusBar().currentMessage()
    assert window.current_loop() is None


def test_a_mark_pressed_while_the_clip_is_still_being_read_is_placed_once_it_is_known(
    qtbot, window: MainWindow, fake: FakeBackend, real_clip: Path
) -> None:
    assert window.open_path(real_clip)
    window.ui.stepList.setFocus()
    at_frame(fake, 15)
    key(qtbot, window, Qt.Key.Key_I)  # before the worker has read the clip
    assert window.loop_marks.facts is None
    assert "placed as soon as its frames are known" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: window.timeline.in_frame == 15, timeout=10000)
    assert window.current_loop() is not None and window.current_loop().in_frame == 15


def test_a_clip_the_player_cannot_decode_cannot_be_marked(
    qtbot, window: MainWindow, fake: FakeBackend, real_clip: Path
) -> None:
    opened(qtbot, window, real_clip)
    fake.mark_broken(f"{real_clip}: no picture could be decoded from this file (unsupported codec)")
    key(qtbot, window, Qt.Key.Key_I)
    message = window.statusBar().currentMessage()
    assert message.startswith("Cannot mark a loop: ") and "unsupported codec" in message
    assert window.current_loop() is None


def test_a_step_with_its_own_segment_keeps_it_until_marks_are_set_on_it(
    qtbot, window: MainWindow, fake: FakeBackend, real_clip: Path, store: Store
) -> None:
    from desktop.domain import Clip, Routine, Step

    window.set_store(store)
    opened(qtbot, window, real_clip)  # a loop marked on the clip alone ...
    at_frame(fake, 3)
    key(qtbot, window, Qt.Key.Key_I)
    settle_writes()
    clips = {"c": Clip("c", real_clip)}
    steps = (Step(id="s", title="Bridge", clip="c", segment=Segment(1.0, 1.5), hold=10),)
    window.set_routine(Routine(id="r", title="Mine", steps=steps, clips=clips))
    qtbot.waitUntil(lambda: window.loop_marks.facts is not None, timeout=10000)
    assert loads(fake)[-1] == (real_clip, Segment(1.0, 1.5))  # ... is not put on a step's own segment
    assert window.current_loop() is None
    window.ui.stepList.setFocus()
    fake.play()
    at_frame(fake, 33)
    key(qtbot, window, Qt.Key.Key_O)
    key(qtbot, window, Qt.Key.Key_Space)
    assert loads(fake)[-1] == (real_clip, Segment(0.0, 34 / FPS))


def test_marks_on_a_variable_rate_clip_are_kept_by_timestamp_and_come_back_on_their_frames(
    qtbot, window: MainWindow, fake: FakeBackend, store: Store, tmp_path: Path
) -> None:
    from desktop.content.clip_identity import clip_frames, content_hash
    from desktop.domain.marks import ClipFrames

    vfr = make_clip(tmp_path / "phone.mp4", frames=20, fps=FPS, vfr_after=10)
    frames = clip_frames(vfr)
    assert isinstance(frames, ClipFrames) and frames.times is not None
    window.set_store(store)
    fake.exact_on_variable_rate = False  # as libVLC: the person is told which backend loops it exactly
    opened(qtbot, window, vfr)
    assert "variable frame rate" in window.timeline.status_text()
    assert "phone.mp4 has a variable frame rate" in window.statusBar().currentMessage()
    assert "--backend qt" in window.statusBar().currentMessage()
    window.ui.stepList.setFocus()
    fake.show_frame(frames.times[6] + 0.001)  # what the decoder reports: the frame's own time
    key(qtbot, window, Qt.Key.Key_I)
    fake.show_frame(frames.times[14])
    key(qtbot, window, Qt.Key.Key_O)
    loop = window.current_loop()
    assert loop is not None and (loop.in_frame, loop.out_frame) == (6, 14)
    assert loop.segment == Segment(frames.times[6], frames.times[15])
    settle_writes()
    stored = store.loop_marks.get(content_hash(vfr))
    assert stored is not None and (stored.in_time, stored.out_time) == (frames.times[6], frames.times[14])
    window.set_routine(window.routine)  # opened again: read again, restored by the timestamps
    qtbot.waitUntil(lambda: window.current_loop() is not None, timeout=10000)
    assert window.current_loop() == loop


def test_a_clip_whose_frames_an_earlier_start_kept_is_read_without_pyav(
    qtbot, window: MainWindow, real_clip: Path, tmp_path: Path, kept_frames: Callable[[Path], None]
) -> None:
    """PyAV is imported on the GUI thread only for a clip not read before (desktop.content.frames_cache)."""
    kept_frames(real_clip)
    opened(qtbot, window, real_clip)
    assert window.timeline.frames is not None and window.timeline.frames.count == 60
    with pytest.raises(ImportError):
        window.loop_marks.clip_shown(make_clip(tmp_path / "new.mp4", frames=4, fps=FPS))
