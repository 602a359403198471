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
    player = backend._player  # type: ignore[attr-defined]
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
    backend.load(clips["h264"])
    assert_loops(collect(qtbot, backend, 15), 0, 29)
