"""The libVLC backend's frame times: read once per clip off the GUI thread, and not at start-up."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.media.vlc_clock import ClockReader
from tests.media_clips import make_clip


def test_frame_times_are_read_once_per_clip_and_wait_while_reads_are_held(qtbot, tmp_path: Path) -> None:
    phone = make_clip(tmp_path / "phone.mp4", frames=8, fps=10, vfr_after=4)
    steady = make_clip(tmp_path / "steady.mp4", frames=8, fps=10)
    reader = ClockReader()
    reader.hold()  # start-up: nothing but the first frame before it
    key = reader.request(phone)
    assert key is not None and not reader.reading(key) and not reader.known(key)
    with qtbot.waitSignal(reader.read, timeout=10000) as read:
        reader.release()
        assert reader.reading(key)
    assert read.args == [key]
    clock = reader.clock(key)
    assert clock is not None and clock.variable and clock.count == 8
    assert clock.interval(2) < clock.interval(5)
    reader.request(phone)
    assert not reader.reading(key)  # known: not read again

    with qtbot.waitSignal(reader.read, timeout=10000) as read:
        other = reader.request(steady)
    assert read.args == [other] and reader.known(other)
    assert reader.clock(other) is None  # a constant rate: libVLC's own is used


def test_a_clip_whose_frames_an_earlier_start_kept_is_read_without_pyav(
    qtbot, tmp_path: Path, kept_frames: Callable[[Path], None]
) -> None:
    """PyAV is imported on the GUI thread only for a clip not read before (desktop.content.frames_cache)."""
    phone = make_clip(tmp_path / "phone.mp4", frames=8, fps=10, vfr_after=4)
    kept_frames(phone)
    reader = ClockReader()
    with qtbot.waitSignal(reader.read, timeout=10000) as read:
        key = reader.request(phone)
    clock = reader.clock(key)
    assert read.args == [key] and clock is not None and clock.variable and clock.count == 8
    with pytest.raises(ImportError):
        reader.request(make_clip(tmp_path / "new.mp4", frames=4, fps=10))
