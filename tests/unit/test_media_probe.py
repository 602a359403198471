"""`probe`: durations, frame rates and frame counts of every container the player accepts, read
with PyAV from clips of known content; bounded work; lying headers; safe on any thread."""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from desktop.content import media_info
from desktop.content.media_info import MediaFacts, MediaProblem, overstates, probe
from tests.media_clips import make_clip, overstate_matroska, overstate_mp4

#: (file name, encoding, frames, fps): each clip is made with exactly this many frames.
KNOWN = [
    ("h264.mp4", "h264", 60, 30),
    ("bframes.mkv", "h264-bframes", 47, 25),
    ("hevc.mp4", "hevc", 31, 30),
    ("vp9.webm", "vp9", 41, 30),
    ("av1.mkv", "av1", 29, 30),
    ("mjpeg.avi", "mjpeg", 37, 24),
    ("mpeg4.avi", "mpeg4", 33, 24),
]
CODECS = {"h264": "h264", "h264-bframes": "h264", "hevc": "hevc", "vp9": "vp9", "av1": "av1"}


@pytest.fixture(scope="module")
def clips(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("probe-clips")
    made = {name: make_clip(folder / name, frames, fps, encoding) for name, encoding, frames, fps in KNOWN}
    made["vfr.mp4"] = make_clip(folder / "vfr.mp4", 50, 30, vfr_after=30)
    return made


def facts(path: Path) -> MediaFacts:
    result = probe(path)
    assert isinstance(result, MediaFacts), result
    return result


@pytest.mark.parametrize(("name", "encoding", "frames", "fps"), KNOWN, ids=[k[0] for k in KNOWN])
def test_frame_count_rate_and_duration_of_each_container(
    clips: dict[str, Path], name: str, encoding: str, frames: int, fps: int
) -> None:
    got = facts(clips[name])

    assert (got.frames, got.frames_exact) == (frames, True)
    assert got.fps == pytest.approx(fps)
    # Matroska keeps whole milliseconds: the length may be off by one.
    assert got.duration == pytest.approx(frames / fps, abs=0.0015)
    assert not got.variable_frame_rate
    assert (got.width, got.height) == (96, 64)
    assert got.codec == CODECS.get(encoding, encoding)
    assert got.end_checked


def test_a_variable_frame_rate_clip_is_flagged_with_its_average_rate(clips: dict[str, Path]) -> None:
    got = facts(clips["vfr.mp4"])

    # 30 frames at 1/30 s, then 20 at 3/30 s: the last one starts at 1 + 19 * 0.1 = 2.9 s.
    assert got.variable_frame_rate
    assert (got.frames, got.frames_exact) == (50, True)
    assert 2.9 < got.duration <= 3.0
    assert got.fps == pytest.approx(50 / got.duration)


def test_past_the_packet_bound_counts_come_from_the_index_or_are_estimated_and_flagged(
    clips: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(media_info, "MAX_PACKETS", 10)

    mp4 = facts(clips["h264.mp4"])  # the MP4 index counts its samples
    mkv = facts(clips["bframes.mkv"])  # Matroska has no count: estimated from the end read after a seek

    assert (mp4.frames, mp4.frames_exact) == (60, True)
    assert (mkv.frames, mkv.frames_exact) == (47, False)
    assert mkv.duration == pytest.approx(47 / 25, abs=0.0015)
    assert not mkv.variable_frame_rate  # the reordered B-frames at the cut are not taken for gaps


def test_the_byte_bound_stops_the_count_too(clips: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(media_info, "MAX_BYTES", 1)  # one packet from the start, one from the tail

    webm = facts(clips["vp9.webm"])

    # Neither read reaches the end: the header's length stands, unchecked, and the count is estimated.
    assert (webm.frames, webm.frames_exact, webm.end_checked) == (41, False, False)


DAYS_49 = 49 * 86400.0


@pytest.mark.parametrize("name", ["h264.mp4", "vp9.webm", "bframes.mkv"])
@pytest.mark.parametrize("bounded", [False, True], ids=["whole", "seek-to-end"])
def test_a_header_that_overstates_the_length_is_a_problem(
    clips: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, bounded: bool
) -> None:
    liar = tmp_path / f"liar-{name}"
    liar.write_bytes(clips[name].read_bytes())
    (overstate_mp4 if name.endswith(".mp4") else overstate_matroska)(liar, DAYS_49)
    if bounded:
        monkeypatch.setattr(media_info, "MAX_PACKETS", 10)

    result = probe(liar)

    if bounded and not name.endswith(".mp4"):
        # These small Matroska files have no index to seek to their end by: the end stays unchecked.
        assert isinstance(result, MediaFacts) and not result.end_checked
        return
    assert isinstance(result, MediaProblem), result
    assert result.message.startswith("its header says it lasts 49 days, but its content ends after")


def test_what_counts_as_a_lie() -> None:
    assert overstates(DAYS_49, 2.0)
    assert overstates(30.0, 2.0)
    assert not overstates(11.0, 2.0)  # within the slack: an audio track a little longer, rounding
    assert not overstates(130.0, 120.0)
    assert overstates(250.0, 120.0)


def test_files_that_are_not_playable_video_are_problems(clips: dict[str, Path], tmp_path: Path) -> None:
    text = tmp_path / "notes.mp4"
    text.write_text("not a video\n")
    empty = tmp_path / "empty.webm"
    empty.write_bytes(b"")
    whole = clips["h264.mp4"].read_bytes()
    cut = tmp_path / "cut.mp4"
    cut.write_bytes(whole[: len(whole) // 2])

    pipe = tmp_path / "pipe.mkv"
    os.mkfifo(pipe)  # never opened: reading it would wait for a writer

    results = {p.name: probe(p) for p in (text, empty, cut, tmp_path / "missing.mkv", pipe, tmp_path)}

    assert all(isinstance(r, MediaProblem) for r in results.values()), results
    assert "not a video file that can be played" in str(results["notes.mp4"])
    assert "empty" in str(results["empty.webm"])
    assert "truncated" in str(results["cut.mp4"])
    assert "cannot be read" in str(results["missing.mkv"])
    assert "not a regular file" in str(results["pipe.mkv"])
    assert "not a regular file" in str(results[tmp_path.name])


def test_probing_from_several_threads_at_once_gives_the_same_answers(clips: dict[str, Path]) -> None:
    paths = list(clips.values()) * 4
    alone = [probe(p) for p in paths]

    with ThreadPoolExecutor(max_workers=4) as pool:
        together = list(pool.map(probe, paths))

    assert together == alone
