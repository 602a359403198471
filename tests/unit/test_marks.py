"""Marks on a clip (desktop.domain.marks) and what they need of the file (desktop.content.clip_identity)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop.content.clip_identity import SAMPLE_BYTES, clip_frames, content_hash
from desktop.content.media_info import MediaProblem
from desktop.domain import Segment
from desktop.domain.marks import ClipFrames, MarkError, Marks, place
from desktop.store import Store
from desktop.store.marks_repository import StoredMarks
from tests.media_clips import make_clip

CLIP = Path("/clips/bridge.mp4")
THIRTY = ClipFrames(fps=30.0, count=90, duration=3.0)


def test_in_and_out_make_a_loop_from_the_in_frames_start_to_the_out_frames_end() -> None:
    marks = place(Marks(), "in", 10, THIRTY, CLIP).marks
    marks = place(marks, "out", 39, THIRTY, CLIP).marks
    loop = marks.loop(CLIP, THIRTY)
    assert loop is not None
    assert (loop.in_frame, loop.out_frame, loop.frames) == (10, 39, 30)
    assert loop.segment == Segment(10 / 30, 40 / 30)
    assert loop.out_time == pytest.approx(39 / 30)


def test_one_mark_alone_loops_to_the_clips_end_or_from_its_start() -> None:
    only_in = Marks(in_frame=60).loop(CLIP, THIRTY)
    only_out = Marks(out_frame=29).loop(CLIP, THIRTY)
    assert only_in is not None and only_in.segment == Segment(2.0, 3.0)
    assert only_out is not None and only_out.segment == Segment(0.0, 1.0)
    assert Marks().loop(CLIP, THIRTY) is None


def test_an_out_mark_before_the_in_mark_swaps_them_and_says_so() -> None:
    placed = place(Marks(in_frame=50), "out", 20, THIRTY, CLIP)
    assert placed.marks == Marks(20, 50)
    assert "swapped" in placed.note and "frame 21" in placed.note
    placed = place(Marks(in_frame=10, out_frame=30), "in", 40, THIRTY, CLIP)
    assert placed.marks == Marks(30, 40)
    assert "came after the out mark" in placed.note
    assert place(Marks(in_frame=10), "out", 40, THIRTY, CLIP).note == ""


def test_frames_outside_the_clip_are_clamped() -> None:
    assert place(Marks(), "in", -5, THIRTY, CLIP).marks.in_frame == 0
    assert place(Marks(), "out", 500, THIRTY, CLIP).marks.out_frame == 89


def test_a_clip_shorter_than_two_frames_or_a_one_frame_loop_is_refused() -> None:
    single = ClipFrames(fps=30.0, count=1, duration=1 / 30)
    with pytest.raises(MarkError, match=r"bridge.mp4: a loop cannot be marked on a clip of 1 frame;"):
        place(Marks(), "in", 0, single, CLIP)
    with pytest.raises(MarkError, match="cannot both be on frame 11"):
        place(Marks(in_frame=10), "out", 10, THIRTY, CLIP)


def test_variable_frame_rate_marks_are_the_frames_by_their_timestamps() -> None:
    times = (0.0, 0.1, 0.2, 0.5, 0.9, 1.0)
    vfr = ClipFrames(fps=5.0, count=6, duration=1.1, times=times)
    assert [vfr.index_at(t) for t in (0.0, 0.05, 0.5, 0.89, 0.9, 5.0)] == [0, 0, 3, 3, 4, 5]
    loop = Marks(2, 3).loop(CLIP, vfr)
    assert loop is not None
    assert (loop.in_time, loop.out_time, loop.out_end) == (0.2, 0.5, 0.9)
    assert Marks(4, None).loop(CLIP, vfr) == Marks(4, 5).loop(CLIP, vfr)
    assert vfr.end(5) == pytest.approx(1.1)


def test_constant_rate_frames_tolerate_rounded_timestamps() -> None:
    assert THIRTY.index_at(0.033) == 1  # Matroska rounds 1/30 s to whole milliseconds
    assert THIRTY.index_at(1 / 30 * 7) == 7


def test_the_content_hash_reads_the_size_and_both_ends(tmp_path: Path) -> None:
    big = tmp_path / "big.mp4"
    data = bytearray(os.urandom(3 * SAMPLE_BYTES))
    big.write_bytes(data)
    same = tmp_path / "renamed.mkv"
    same.write_bytes(data)
    assert content_hash(big) == content_hash(same)
    data[SAMPLE_BYTES + 5] ^= 1  # the middle is not read
    big.write_bytes(data)
    assert content_hash(big) == content_hash(same)
    for at in (0, len(data) - 1):
        changed = bytearray(data)
        changed[at] ^= 1
        big.write_bytes(changed)
        assert content_hash(big) != content_hash(same)
    big.write_bytes(data + b"\x00")
    assert content_hash(big) != content_hash(same)
    fifo = tmp_path / "fifo.mp4"
    os.mkfifo(fifo)
    with pytest.raises(OSError, match="is not a regular file"):
        content_hash(fifo)  # and nothing waits for a writer
    small = tmp_path / "small.mp4"
    small.write_bytes(b"abc")
    assert len(content_hash(small)) == 64


def test_clip_frames_of_real_clips(tmp_path: Path) -> None:
    mkv = clip_frames(make_clip(tmp_path / "b.mkv", frames=12, fps=24, encoding="h264-bframes"))
    assert isinstance(mkv, ClipFrames)
    assert (mkv.count, mkv.fps, mkv.variable) == (12, 24.0, False)
    vfr = clip_frames(make_clip(tmp_path / "v.mp4", frames=8, fps=10, vfr_after=4))
    assert isinstance(vfr, ClipFrames) and vfr.times is not None
    assert vfr.count == 8
    assert vfr.times[:5] == pytest.approx((0.0, 0.1, 0.2, 0.3, 0.4))
    assert all(b - a > 0.15 for a, b in zip(vfr.times[4:], vfr.times[5:], strict=False))
    assert [vfr.index_at(t) for t in vfr.times] == list(range(8))
    assert vfr.index_at((vfr.times[5] + vfr.times[6]) / 2) == 5
    text = tmp_path / "notes.mp4"
    text.write_text("not a video at all")
    problem = clip_frames(text)
    assert isinstance(problem, MediaProblem) and "not a video" in problem.message


def test_a_clips_frames_are_read_once_per_version_of_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The loop marks and the libVLC backend both ask, from two threads, as a clip is loaded."""
    import threading

    from desktop.content import clip_identity

    probed: list[Path] = []
    real_probe = clip_identity.probe
    monkeypatch.setattr(clip_identity, "probe", lambda path: probed.append(path) or real_probe(path))
    clip = make_clip(tmp_path / "v.mp4", frames=8, fps=10, vfr_after=4)
    answers: list[object] = []
    askers = [threading.Thread(target=lambda: answers.append(clip_frames(clip))) for _ in range(2)]
    for asker in askers:
        asker.start()
    for asker in askers:
        asker.join()
    assert len(probed) == 1 and answers[0] is answers[1]
    assert isinstance(answers[0], ClipFrames) and answers[0].count == 8
    make_clip(clip, frames=6, fps=10)  # the file changes: read again
    again = clip_frames(clip)
    assert len(probed) == 2 and isinstance(again, ClipFrames) and again.count == 6


def test_marks_are_kept_per_clip_content_replaced_and_removed_when_cleared(store: Store) -> None:
    first = StoredMarks(Marks(3, 40), 30.0, 0.1, 40 / 30)
    store.loop_marks.put("a" * 64, first)
    store.loop_marks.put("b" * 64, StoredMarks(Marks(None, 7), 25.0, None, 0.28))
    assert store.loop_marks.get("a" * 64) == first
    moved = StoredMarks(Marks(5, 40), 30.0, 5 / 30, 40 / 30)
    store.loop_marks.put("a" * 64, moved)
    assert store.loop_marks.get("a" * 64) == moved
    store.loop_marks.put("a" * 64, StoredMarks(Marks(), 30.0, None, None))
    assert store.loop_marks.get("a" * 64) is None
    assert store.loop_marks.hashes() == ["b" * 64]
