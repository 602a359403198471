"""Frame-exact looping, clip changes, stepping and bad media on both real backends.

Every clip's frames carry their own number, so the test reads which frames were really shown.
"""

from __future__ import annotations

import random
import subprocess
from pathlib import Path

import pytest

from desktop.domain import Segment
from desktop.media.base import PlaybackState, VideoBackend
from desktop.media.notes import note_of
from tests.integration.test_backends import assert_loops, collect, frames_stopped
from tests.numbered_clips import make_numbered_clip, read_number

FPS = 30
KINDS = {
    "h264": dict(codec="h264", bframes=False, suffix=".mp4"),
    "h264-bframes": dict(codec="h264", bframes=True, suffix=".mp4"),
    "vp9": dict(codec="vp9", bframes=False, suffix=".webm"),
}


@pytest.fixture(scope="module")
def clips(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("loop-clips")
    out = {}
    for kind, spec in KINDS.items():
        out[kind] = make_numbered_clip(
            folder / f"{kind}{spec['suffix']}",
            frames=30,
            codec=str(spec["codec"]),
            bframes=bool(spec["bframes"]),
        )
    out["offset"] = make_numbered_clip(folder / "offset.mp4", frames=30, start=500)
    return out


@pytest.mark.parametrize("kind", list(KINDS))
def test_whole_clip_five_loops(qtbot, backend: VideoBackend, clips: dict[str, Path], kind: str) -> None:
    backend.load(clips[kind])
    seen = collect(qtbot, backend, 30 * 5 + 5, timeout_ms=40000)
    assert assert_loops(seen, 0, 29) >= 5


@pytest.mark.parametrize("kind", list(KINDS))
def test_segment_five_loops_stay_inside_and_wrap_to_its_start(
    qtbot, backend: VideoBackend, clips: dict[str, Path], kind: str
) -> None:
    backend.load(clips[kind], Segment(8 / FPS, 20 / FPS))
    seen = collect(qtbot, backend, 12 * 5 + 3, timeout_ms=40000)
    assert assert_loops(seen, 8, 19) >= 5


def test_changing_clips_never_shows_a_frame_of_the_previous_one(
    qtbot, backend: VideoBackend, clips: dict[str, Path]
) -> None:
    backend.load(clips["h264"])
    collect(qtbot, backend, 10)
    after: list[int | None] = []
    backend.load(clips["offset"])
    backend.frameReady.connect(lambda image: after.append(read_number(image)))
    qtbot.waitUntil(lambda: len(after) >= 20, timeout=20000)
    assert all(n is not None and n >= 500 for n in after), after
    assert after[0] == 500


def test_rate_is_applied_and_frames_stay_in_order(
    qtbot, backend: VideoBackend, clips: dict[str, Path]
) -> None:
    backend.set_rate(2.0)
    backend.load(clips["h264"])
    seen = collect(qtbot, backend, 45)
    assert_loops(seen, 0, 29)
    player = backend._player
    rate = player.get_rate() if hasattr(player, "get_rate") else player.playbackRate()
    assert rate == pytest.approx(2.0)


def test_frame_step_forward_and_back_while_paused(
    qtbot, backend: VideoBackend, clips: dict[str, Path]
) -> None:
    backend.load(clips["h264"], Segment(5 / FPS, 25 / FPS))
    seen = collect(qtbot, backend, 8)
    backend.pause()
    qtbot.waitUntil(lambda: frames_stopped(qtbot, seen), timeout=5000)
    shown = seen[-1]
    assert shown is not None

    def step(direction: int) -> int | None:
        count = len(seen)
        backend.step_frame(direction)
        qtbot.waitUntil(lambda: len(seen) > count, timeout=5000)
        qtbot.waitUntil(lambda: frames_stopped(qtbot, seen), timeout=5000)
        return seen[-1]

    assert step(+1) == shown + 1
    assert step(+1) == shown + 2
    assert step(-1) == shown + 1
    assert backend.state == PlaybackState.PAUSED


def _clip_of(path: Path, numbers: list[int], bframes: bool = False) -> Path:
    """A 30 fps clip whose frames show `numbers` in order: repeated numbers are identical frames."""
    import imageio_ffmpeg

    from tests.numbered_clips import _frame_bytes

    width, height = 320, 180
    codec = ["-c:v", "libx264", "-preset", "veryfast", "-crf", "18", "-pix_fmt", "yuv420p", "-g", "15"]
    codec += ["-bf", "3", "-b_strategy", "0"] if bframes else ["-bf", "0", "-sc_threshold", "0"]
    subprocess.run(
        [imageio_ffmpeg.get_ffmpeg_exe(), "-loglevel", "error", "-y", "-f", "rawvideo", "-pix_fmt", "rgb24",
         "-s", f"{width}x{height}", "-r", str(FPS), "-i", "-", *codec, "-threads", "2", "-an", str(path)],
        input=b"".join(_frame_bytes(n, width, height) for n in numbers),
        check=True,
        capture_output=True,
    )  # fmt: skip
    return path


def _assert_repeats(seen: list[int | None], loop: list[int]) -> int:
    """`seen` is `loop` shown over and over from its start, frame for frame; returns whole loops seen."""
    assert seen == (loop * (len(seen) // len(loop) + 1))[: len(seen)], seen
    return len(seen) // len(loop)


def test_pause_and_play_inside_a_segment_go_on_with_the_next_frame(
    qtbot, backend: VideoBackend, clips: dict[str, Path]
) -> None:
    backend.load(clips["h264-bframes"], Segment(8 / FPS, 20 / FPS))
    seen = collect(qtbot, backend, 16)
    for _ in range(2):
        backend.pause()
        qtbot.waitUntil(lambda: frames_stopped(qtbot, seen), timeout=5000)
        wanted = len(seen) + 9
        backend.play()
        qtbot.waitUntil(lambda wanted=wanted: len(seen) >= wanted, timeout=10000)
    assert_loops(seen, 8, 19)
    assert backend.state == PlaybackState.PLAYING


def test_speed_changes_while_playing_keep_every_frame_in_order(
    qtbot, backend: VideoBackend, clips: dict[str, Path]
) -> None:
    backend.load(clips["vp9"], Segment(4 / FPS, 24 / FPS))
    seen = collect(qtbot, backend, 10)
    for rate, more in ((0.5, 8), (2.0, 30), (1.0, 10)):
        backend.set_rate(rate)
        wanted = len(seen) + more
        qtbot.waitUntil(lambda wanted=wanted: len(seen) >= wanted, timeout=15000)
    assert assert_loops(seen, 4, 23) >= 2


def test_a_quarter_speed_shows_each_frame_once(qtbot, backend: VideoBackend, clips: dict[str, Path]) -> None:
    # libVLC re-shows its picture every ~60 ms when the next one is further away than that.
    backend.set_rate(0.25)
    backend.load(clips["h264"], Segment(10 / FPS, 16 / FPS))
    seen = collect(qtbot, backend, 16, timeout_ms=30000)
    assert assert_loops(seen, 10, 15) >= 2


def test_frame_steps_stay_inside_the_segment(qtbot, backend: VideoBackend, clips: dict[str, Path]) -> None:
    backend.load(clips["h264"], Segment(5 / FPS, 8 / FPS))
    seen = collect(qtbot, backend, 4)
    backend.pause()
    qtbot.waitUntil(lambda: frames_stopped(qtbot, seen), timeout=5000)

    def step(direction: int) -> int | None:
        backend.step_frame(direction)
        qtbot.waitUntil(lambda: frames_stopped(qtbot, seen), timeout=5000)
        qtbot.wait(300)
        return seen[-1]

    while seen[-1] != 5:
        step(-1)
    assert step(-1) == 5  # the segment's first frame: stepping back goes nowhere
    assert step(+1) == 6
    assert step(+1) == 7
    assert step(+1) == 7  # its last frame
    backend.play()
    count = len(seen)
    qtbot.waitUntil(lambda: len(seen) >= count + 4, timeout=10000)
    assert seen[count] == 5
    assert_loops(seen[count:], 5, 7)


def test_other_segments_of_a_clip_already_played_start_on_their_first_frame(
    qtbot, backend: VideoBackend, clips: dict[str, Path]
) -> None:
    for segment, first, last in (
        (Segment(8 / FPS, 20 / FPS), 8, 19),
        (None, 0, 29),
        (Segment(21 / FPS, 1.0), 21, 29),
    ):
        backend.load(clips["h264-bframes"], segment)
        seen = collect(qtbot, backend, (last - first + 1) + 3)
        assert assert_loops(seen, first, last) >= 1


@pytest.mark.parametrize("bframes", [False, True])
def test_identical_frames_are_each_shown_once(
    qtbot, backend: VideoBackend, tmp_path: Path, bframes: bool
) -> None:
    # Rendered demonstration clips hold a pose: runs of frames that decode to the same picture.
    numbers = [0, 1, 2, *[3] * 5, 4, 5, 6, 6, 7, 8, 9, 9, 9, 10, 11, 12, 13, 14, 14, *range(15, 22)]
    clip = _clip_of(tmp_path / "holds.mp4", numbers, bframes=bframes)
    backend.load(clip, Segment(2 / FPS, 18 / FPS))
    seen = collect(qtbot, backend, 16 * 3 + 2, timeout_ms=30000)
    assert _assert_repeats(seen, numbers[2:18]) >= 3
    backend.load(clip)
    seen = collect(qtbot, backend, 30 * 2 + 2, timeout_ms=30000)
    assert _assert_repeats(seen, numbers) >= 2


def test_libvlc_loses_no_frame_when_the_gui_thread_stalls_at_the_end_of_the_clip(
    qtbot, qapp, clips: dict[str, Path], require_vlc: None
) -> None:
    """libVLC ends the input ~30 ms after the last frame; a busy GUI thread misses that moment."""
    import time

    from desktop.media.vlc_backend import VlcBackend
    from desktop.media.vlc_loader import load_vlc

    backend = VlcBackend(load_vlc())
    seen: list[int | None] = []

    def on_frame(image: object) -> None:
        seen.append(read_number(image))
        if seen[-1] in (26, 27) and len(seen) < 60:
            time.sleep(0.3)

    backend.frameReady.connect(on_frame)
    try:
        backend.load(clips["h264-bframes"])
        qtbot.waitUntil(lambda: len(seen) >= 95, timeout=30000)
    finally:
        backend.close()
    assert assert_loops(seen, 0, 29) >= 3


def test_libvlc_reopening_the_clip_never_shows_a_picture_of_the_input_that_ended(
    qtbot, qapp, clips: dict[str, Path], require_vlc: None
) -> None:
    """When the input ends before a wrap, the clip is opened again and play goes on after the last
    frame shown. A picture the old input rendered but libVLC displays only after that (seen with
    short B-frame clips) must not be shown: its frame comes again from the new input."""
    import time

    from desktop.media.frame_tracker import Verdict
    from desktop.media.vlc_backend import VlcBackend
    from desktop.media.vlc_loader import load_vlc
    from desktop.media.vlc_output import Arrival as _Arrival

    backend = VlcBackend(load_vlc())
    seen: list[int | None] = []
    backend.frameReady.connect(lambda image: seen.append(read_number(image)))
    try:
        backend.load(clips["h264-bframes"])
        qtbot.waitUntil(lambda: len(seen) >= 8, timeout=15000)
        # Rendered by the old input (frame 1, kept as the loop's start), then the input ends ...
        stale = _Arrival(Verdict(index=1, present=True, start="restart"), time.monotonic(), backend._epoch)
        backend._restart(backend._pushed + 1)
        # ... and only then does libVLC display it.
        backend._arrive(stale)
        qtbot.waitUntil(lambda: len(seen) >= 70, timeout=30000)
    finally:
        backend.close()
    assert assert_loops(seen, 0, 29) >= 2


def _tracker(first: int, end: int, frames: int = 12) -> object:
    """A Tracker whose clip table knows `frames` frames, frame i having the checksum 100 + i."""
    from desktop.media.frame_table import FrameTable
    from desktop.media.frame_tracker import Tracker

    table = FrameTable()
    for i in range(frames):
        table.record(i, 100 + i)
    tracker = Tracker()
    tracker.reset(table, first, end)
    return tracker


def test_tracker_after_a_wrap_drops_stale_pictures_and_stands_in_for_a_skipped_first_frame(qapp) -> None:
    from PySide6.QtGui import QImage

    tracker = _tracker(2, 6)
    tracker.table.images[2] = QImage(4, 4, QImage.Format.Format_RGB32)
    old = tracker.gen
    tracker.seek(2, 2, "wrap")
    new = tracker.gen
    assert tracker.on_picture(old, 106, 0.0).index == -1  # prepared before the seek
    assert tracker.on_picture(new, 106, 0.0).index == -1  # prepared after the call, before the flush
    v = tracker.on_picture(new, 103, 0.0)  # libVLC skipped frame 2
    assert (v.index, v.present, v.fill, v.start) == (3, True, [2], "wrap")
    assert tracker.on_picture(new, 104, 0.0).index == 4


def test_tracker_skips_a_b_frame_clips_early_frames_and_plays_up_to_the_frame_wanted() -> None:
    tracker = _tracker(0, 12)
    tracker.seek(2, 5, "start")
    gen = tracker.gen
    leak = tracker.on_picture(gen, 101, 0.0)  # before the seek's target: identified, not shown
    assert (leak.index, leak.present) == (1, False)
    assert tracker.on_picture(gen, 103, 0.0).index == 3
    assert not tracker.on_picture(gen, 104, 0.0).present
    shown = tracker.on_picture(gen, 105, 0.0)
    assert (shown.index, shown.present, shown.start) == (5, True, "start")


def test_tracker_repairs_a_table_that_lacks_a_frame_libvlc_skipped_while_it_was_learnt() -> None:
    """Un-pausing after the anchor, libVLC sometimes skips frame 1: the table learnt then has frame 2
    as 1, 3 as 2 ... The next pass through shows the frame missing between two known ones."""
    from desktop.media.frame_table import FrameTable
    from desktop.media.frame_tracker import Tracker

    table = FrameTable()
    table.frames = 12
    for i, crc in enumerate([100, *range(102, 113)]):  # frame 1 (101) missing, all shifted
        table.record(i, crc)
    tracker = Tracker()
    tracker.reset(table, 0, 12)
    tracker.seek(0, 0, "wrap")
    gen = tracker.gen
    shown = [tracker.on_picture(gen, 100 + i, 0.0) for i in range(12)]
    assert [v.index for v in shown] == list(range(12))
    assert all(v.present for v in shown)
    assert [table.get(i) for i in range(12)] == [100 + i for i in range(12)]
    # Once repaired, a wrap identifies frames by their checksums again.
    tracker.seek(0, 0, "wrap")
    assert [tracker.on_picture(tracker.gen, crc, 0.0).index for crc in (100, 101, 102)] == [0, 1, 2]


def test_tracker_tells_a_reshow_from_a_new_identical_frame() -> None:
    from desktop.media.frame_table import FrameTable
    from desktop.media.frame_tracker import Tracker

    table = FrameTable()
    table.learn_in_full()  # whole-picture checksums: identical checksums are identical pictures
    tracker = Tracker()
    tracker.reset(table, 0, None)
    tracker.anchor(presenting=True, stop_at=None)
    gen = tracker.gen
    tracker.interval = 1 / 30
    tracker.on_display(tracker.on_picture(gen, 7, 0.000), 0.010)
    # The same picture again, displayed at once after it was rendered, 60 ms later: a re-show.
    again = tracker.on_picture(gen, 7, 0.070)
    assert again.defer
    assert tracker.on_display(again, 0.0702).index == -1
    # The same picture, rendered ahead and displayed when due: the next frame, identical.
    same = tracker.on_picture(gen, 7, 0.020)
    assert tracker.on_display(same, 0.043).index == 1
    # Once the table knows the next frame differs, a re-show of the last one is dropped outright.
    tracker.table.record(2, 8)
    tracker.seek(1, 1, "start")
    gen = tracker.gen
    assert tracker.on_picture(gen, 7, 1.0).index == 1
    assert tracker.on_picture(gen, 7, 1.1).index == -1
    assert tracker.on_picture(gen, 8, 1.1).index == 2


def _truncated(source: Path, target: Path) -> Path:
    data = source.read_bytes()
    target.write_bytes(data[: len(data) * 6 // 10])
    return target


def _garbage_video(source: Path, target: Path) -> Path:
    """A valid MP4 container whose video data is random bytes: no decoder can make a picture of it."""
    data = bytearray(source.read_bytes())
    mdat = data.find(b"mdat")
    rng = random.Random(7)
    for i in range(mdat + 4, len(data)):
        data[i] = rng.randrange(256)
    target.write_bytes(bytes(data))
    return target


def _audio_only(target: Path) -> Path:
    import imageio_ffmpeg

    subprocess.run(
        [imageio_ffmpeg.get_ffmpeg_exe(), "-loglevel", "error", "-y", "-f", "lavfi", "-i", "sine=frequency=440:duration=2",
         "-c:a", "aac", str(target)],
        check=True,
    )  # fmt: skip
    return target


@pytest.mark.qt_log_ignore("Could not open media.*", ".*Invalid data.*", ".*moov atom.*")
@pytest.mark.parametrize(
    ("kind", "expected"),
    [("truncated", "truncated"), ("garbage", "no picture could be decoded"), ("audio", "no video track")],
)
def test_damaged_and_unplayable_files_get_an_error_naming_the_file(
    qtbot, backend: VideoBackend, clips: dict[str, Path], tmp_path: Path, kind: str, expected: str
) -> None:
    bad = {
        "truncated": lambda: _truncated(clips["h264"], tmp_path / "cut-short.mp4"),
        "garbage": lambda: _garbage_video(clips["h264"], tmp_path / "scrambled.mp4"),
        "audio": lambda: _audio_only(tmp_path / "sound-only.mp4"),
    }[kind]()
    errors: list[str] = []
    backend.errorOccurred.connect(errors.append)
    backend.load(bad)
    qtbot.waitUntil(lambda: bool(errors), timeout=20000)
    assert str(bad) in errors[0]
    assert expected in errors[0]
    # The window finds what the text says, to say it in the person's language.
    note = note_of(errors[0])
    assert note.code == "clip.at" and str(note) == errors[0]
    backend.load(clips["h264"])
    assert_loops(collect(qtbot, backend, 15), 0, 29)


@pytest.mark.parametrize("name", ["vlc", "qt"])
def test_volume_and_mute_of_a_clip_with_sound(
    qtbot, qapp, tmp_path: Path, name: str, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Volume and mute set before the clip opens (as the window does at start) reach its sound."""
    backend: VideoBackend
    if name == "vlc":
        # libVLC reports what its sound output really has; that needs a real one, so it plays
        # into a private, silent PulseAudio server (the other tests use the dummy output).
        request.getfixturevalue("require_vlc")
        monkeypatch.setenv("PULSE_SERVER", request.getfixturevalue("pulse_server"))
        import vlc

        from desktop.media.vlc_backend import VlcBackend
        from desktop.media.vlc_loader import INSTANCE_ARGS, VlcLoad

        backend = VlcBackend(VlcLoad(vlc, vlc.Instance([*INSTANCE_ARGS, "--aout=pulse"]), "test"))
    else:
        from desktop.media.qt_backend import QtBackend

        backend = QtBackend()
    try:
        clip = make_numbered_clip(tmp_path / "with-sound.mp4", frames=30, sound=True)
        backend.set_volume(40)
        backend.set_muted(True)
        backend.load(clip, Segment(5 / FPS, 15 / FPS))
        seen = collect(qtbot, backend, 12)
        qtbot.waitUntil(lambda: backend.volume() == (True, 40), timeout=5000)
        backend.set_muted(False)
        backend.set_volume(75)
        qtbot.waitUntil(lambda: backend.volume() == (False, 75), timeout=5000)
        backend.load(clip)  # another clip keeps them
        qtbot.waitUntil(lambda: len(seen) >= 40, timeout=10000)
        qtbot.wait(300)
        assert backend.volume() == (False, 75)
    finally:
        backend.close()
        backend.deleteLater()
    assert assert_loops(seen[:12], 5, 14) >= 1


def test_stepping_through_a_held_pose_stays_paused_on_each_frame(
    qtbot, backend: VideoBackend, tmp_path: Path
) -> None:
    # Identical pictures share a checksum: libVLC's backend learns such a clip again in full, and
    # must do so without playing on while the person steps frame by frame.
    numbers = [0, 1, 2, *[3] * 5, 4, 5, 6, 6, 7, 8, 9, 9, 9, *range(10, 20)]
    clip = _clip_of(tmp_path / "holds.mp4", numbers)
    backend.load(clip)
    seen = collect(qtbot, backend, 1)
    backend.pause()
    qtbot.waitUntil(lambda: frames_stopped(qtbot, seen), timeout=5000)
    start = numbers.index(seen[-1])
    assert start < 3, seen
    for k in range(start + 1, start + 12):
        count = len(seen)
        backend.step_frame(+1)
        qtbot.waitUntil(lambda count=count: len(seen) > count, timeout=5000)
        qtbot.waitUntil(lambda: frames_stopped(qtbot, seen), timeout=5000)
        assert backend.state == PlaybackState.PAUSED
        # Identical pictures not yet in the clip's table are told apart by their timing
        # (frame_tracker._resolve), which a loaded machine can misjudge by one frame while stepping.
        assert seen[-1] in numbers[k - 1 : k + 2], (k, seen)
