"""The libVLC backend's frame clock: frame indices to times and back, on constant- and variable-rate clips."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.domain import Segment
from desktop.domain.marks import ClipFrames, Marks
from desktop.media.frame_table import loop_bounds, seek_time_ms
from desktop.media.frame_times import FrameClock

#: Frames 0-3 at 30 fps, then 4-7 at 10 fps (a phone's clip slowing down), the last ending at 0.6 s.
VFR_TIMES = (0.0, 1 / 30, 2 / 30, 0.1, 2 / 15, 7 / 30, 1 / 3, 13 / 30)
VFR = FrameClock(8 / 0.6, VFR_TIMES, count=8, duration=0.6)
MP4, MKV = Path("clip.mp4"), Path("clip.mkv")


def test_a_constant_rate_clock_counts_at_its_rate() -> None:
    clock = FrameClock(30.0)
    assert not clock.variable
    assert [clock.start(i) for i in (0, 3, 30)] == pytest.approx([0.0, 0.1, 1.0])
    assert clock.interval(7) == pytest.approx(1 / 30)
    assert clock.span(2, 5) == pytest.approx(0.1)
    assert [clock.first_at(t) for t in (0.0, 0.1, 0.1001, 0.5)] == [0, 3, 4, 15]
    assert [clock.frame_at(t) for t in (0.0, 0.1, 0.49)] == [0, 3, 15]
    assert (seek_time_ms(3, clock, MP4), seek_time_ms(3, clock, MKV)) == (116, 100)
    assert clock.lead(10, 3) == 7 and clock.lead(1, 3) == 0


def test_a_variable_rate_clock_times_each_frame_by_its_own_timestamp() -> None:
    assert VFR.variable
    assert [VFR.start(i) for i in range(8)] == pytest.approx(VFR_TIMES)
    assert [VFR.interval(i) for i in (0, 3, 4, 7)] == pytest.approx([1 / 30, 1 / 30, 0.1, 0.6 - 13 / 30])
    assert VFR.span(2, 6) == pytest.approx(1 / 3 - 2 / 30)
    # A segment's bound is the first frame that starts at or after it (a millisecond early counts).
    assert [VFR.first_at(t) for t in (0.0, 0.1, 0.0995, 0.11, 0.6)] == [0, 3, 3, 4, 8]
    # A time shows the frame on screen then: the last one that starts at or before it.
    assert [VFR.frame_at(t) for t in (0.0, 0.12, 0.2, 0.25, 0.34, 0.44)] == [0, 3, 4, 5, 6, 7]
    # MP4: the middle of the frame's own interval; Matroska: its start.
    assert seek_time_ms(5, VFR, MP4) == int((7 / 30 + 0.05) * 1000)
    assert seek_time_ms(5, VFR, MKV) == round(7000 / 30)


def test_a_seek_before_a_frame_goes_back_no_further_on_long_frames() -> None:
    """Three frames ahead of a frame step, unless they are long: at the average rate's length of three."""
    assert VFR.lead(3, 3) == 0
    assert VFR.lead(7, 3) == 5  # two 0.1 s frames before it: 0.2 s <= 3 / 13.3 s
    assert VFR.lead(0, 3) == 0


def test_past_the_timestamps_read_frames_go_on_at_the_average_rate() -> None:
    clock = FrameClock(10.0, (0.0, 0.05, 0.2))
    assert clock.start(4) == pytest.approx(0.4)
    assert clock.first_at(0.35) == 4
    assert clock.frame_at(0.45) == 4


def test_a_loop_marked_on_a_variable_rate_clip_is_looped_on_its_frames() -> None:
    frames = ClipFrames(fps=VFR.fps, count=8, duration=0.6, times=VFR_TIMES)
    for in_frame, out_frame in ((1, 5), (3, 4), (4, 7), (0, 7)):
        loop = Marks(in_frame, out_frame).loop(MP4, frames)
        assert loop is not None
        assert loop_bounds(loop.segment, VFR, 8) == (in_frame, out_frame + 1)
        assert VFR.frame_at(loop.out_time) == out_frame
    # Counted at the average rate, the same loop was frames off.
    assert loop_bounds(Segment(VFR_TIMES[4], VFR_TIMES[7]), FrameClock(VFR.fps), 8) != (4, 7)
