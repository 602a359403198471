"""Loops marked with I and O are frame-exact on both real backends, on any clip: an MKV (H.264 with
B-frames), a WebM (VP9) and a variable-frame-rate MP4 whose frames come at two rates.

The marks go through the same path as in the window: the clip's frames are read with PyAV
(desktop.content.clip_identity), the marks are placed on frames (desktop.domain.marks) and their
segment is what the backend loops. Every frame carries its number, so the test reads what is shown.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.content.clip_identity import clip_frames
from desktop.domain.marks import ClipFrames, Marks, place
from desktop.media.base import VideoBackend
from tests.integration.test_backends import assert_loops, collect, frames_stopped
from tests.numbered_clips import make_numbered_clip, read_number

#: name: (file name, codec, B-frames, first frame of the slow part or None, in mark, out mark)
MARKED = {
    "mkv-h264-bframes": ("bframes.mkv", "h264", True, None, 7, 18),
    "webm-vp9": ("vp9.webm", "vp9", False, None, 4, 15),
    "mp4-vfr": ("vfr.mp4", "h264", False, 12, 9, 17),  # the loop spans the change of rate
}


@pytest.fixture(scope="module")
def marked_clips(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("marked-clips")
    return {
        name: make_numbered_clip(folder / file, frames=24, codec=codec, bframes=bframes, vfr_after=vfr)
        for name, (file, codec, bframes, vfr, _, _) in MARKED.items()
    }


def marked(path: Path, in_frame: int, out_frame: int) -> tuple[ClipFrames, Marks]:
    frames = clip_frames(path)
    assert isinstance(frames, ClipFrames), frames
    marks = place(Marks(), "in", in_frame, frames, path).marks
    return frames, place(marks, "out", out_frame, frames, path).marks


@pytest.mark.parametrize("name", list(MARKED))
def test_a_marked_loop_plays_from_its_in_frame_to_its_out_frame_and_wraps(
    qtbot, backend: VideoBackend, marked_clips: dict[str, Path], name: str
) -> None:
    path = marked_clips[name]
    *_, vfr, first, last = MARKED[name]
    frames, marks = marked(path, first, last)
    assert frames.variable == (vfr is not None)
    loop = marks.loop(path, frames)
    assert loop is not None
    backend.load(path, loop.segment)
    seen = collect(qtbot, backend, (last - first + 1) * 3 + 2, timeout_ms=40000)
    assert assert_loops(seen, first, last) >= 3

    # Shift+O and Shift+I: the marked frames are shown, paused.
    for frame, seconds in ((last, loop.out_time), (first, loop.in_time)):
        backend.show_frame(seconds)
        # A seek can take longer than frames_stopped's quiet spell on a loaded machine: first the
        # frame, then nothing after it.
        qtbot.waitUntil(lambda frame=frame: seen[-1] == frame, timeout=10000)
        qtbot.waitUntil(lambda: frames_stopped(qtbot, seen), timeout=10000)
        assert seen[-1] == frame, seen[-12:]


def test_the_frame_on_screen_is_found_by_its_timestamp_on_a_variable_rate_clip(
    qtbot, backend: VideoBackend, marked_clips: dict[str, Path]
) -> None:
    """What I and O read: the backend's position of the frame shown is that frame's index."""
    path = marked_clips["mp4-vfr"]
    frames = clip_frames(path)
    assert isinstance(frames, ClipFrames) and frames.variable
    shown: list[int | None] = []
    backend.frameReady.connect(lambda image: shown.append(read_number(image)))
    backend.load(path)
    qtbot.waitUntil(lambda: len(shown) >= 15, timeout=20000)
    backend.pause()
    qtbot.waitUntil(lambda: frames_stopped(qtbot, shown), timeout=10000)
    assert frames.index_at(backend.position()) == shown[-1]


def test_a_variable_rate_clip_loops_whole_with_its_last_frame(
    qtbot, backend: VideoBackend, marked_clips: dict[str, Path]
) -> None:
    """Its last frame follows a long one: libVLC ends the input before it shows it, unless sought."""
    path = marked_clips["mp4-vfr"]
    frames = clip_frames(path)
    assert isinstance(frames, ClipFrames) and frames.variable
    backend.load(path)
    seen = collect(qtbot, backend, frames.count * 2 + 2, timeout_ms=40000)
    assert assert_loops(seen, 0, frames.count - 1) >= 2


def test_a_new_loop_around_the_frame_on_screen_plays_on_into_it(
    qtbot, backend: VideoBackend, marked_clips: dict[str, Path]
) -> None:
    """O pressed while a loop plays: libVLC goes on from the frame on screen into the new loop, with no
    new load (Qt Multimedia loads it again); on both the new loop is frame-exact."""
    path = marked_clips["mkv-h264-bframes"]
    frames = clip_frames(path)
    assert isinstance(frames, ClipFrames)
    old, new = Marks(2, 9).loop(path, frames), Marks(3, 19).loop(path, frames)
    assert old is not None and new is not None
    seen: list[int | None] = []
    changed: list[int] = []

    def on_frame(image: object) -> None:
        seen.append(read_number(image))
        if not changed and seen[-1] == 5 and len(seen) > 10:  # O, on the loop's second pass
            changed.append(len(seen))
            backend.play_loop(path, new.segment)

    backend.frameReady.connect(on_frame)
    backend.load(path, old.segment)
    qtbot.waitUntil(lambda: bool(changed) and len(seen) >= changed[0] + 40, timeout=40000)
    after = seen[changed[0] :]
    if backend.key == "vlc":
        assert after[:6] == [6, 7, 8, 9, 10, 11], seen
    assert assert_loops(after[after.index(3) :], 3, 19) >= 1


@pytest.mark.parametrize("name", ["mkv-h264-bframes", "mp4-vfr"])
def test_o_pressed_on_the_frame_on_screen_wraps_to_the_in_frame_next(
    qtbot, backend: VideoBackend, marked_clips: dict[str, Path], name: str
) -> None:
    """The frame on screen becomes the loop's last: the in frame follows it, no frame after it shows."""
    path = marked_clips[name]
    frames = clip_frames(path)
    assert isinstance(frames, ClipFrames)
    new = Marks(4, 14).loop(path, frames)
    assert new is not None
    seen: list[int | None] = []
    changed: list[int] = []

    def on_frame(image: object) -> None:
        seen.append(read_number(image))
        if not changed and seen[-1] == 14:  # O on frame 14, the in mark on 4
            changed.append(len(seen))
            backend.play_loop(path, new.segment)

    backend.frameReady.connect(on_frame)
    backend.load(path)
    qtbot.waitUntil(lambda: bool(changed) and len(seen) >= changed[0] + 25, timeout=40000)
    assert assert_loops(seen[changed[0] :], 4, 14) >= 2, seen
