"""Where each frame of a clip starts: at i / fps, or at its own timestamp on a variable-rate clip.

The libVLC backend counts frames (desktop.media.frame_tracker) and converts a frame's index to a
time, and back, wherever libVLC is given a time or the person reads one: a seek, a segment's
bounds, the position of the frame on screen, the number of frames, the pacing of the frames shown
and the hold of a loop's last frame. On a constant-rate clip frame i starts at i / fps (the rate
libVLC reports), exactly as before the clock existed. On a variable-frame-rate clip (a phone's
recording) each frame starts at its presentation timestamp, read with PyAV without decoding
(desktop.content.clip_identity) off the GUI thread (desktop.media.vlc_clock): counted at the
average rate, a loop there is frames off, and its last frame is held at another frame's length.

No Qt and no libVLC here (an import-linter contract in pyproject.toml checks it).
"""

from __future__ import annotations

import bisect
import math
from array import array
from collections.abc import Sequence
from pathlib import Path

#: A segment bound this close before a frame's start (seconds) is at it: containers round times.
BOUND_TOLERANCE_S = 1e-3
#: A time this close before a frame's start is on that frame (Matroska rounds to 1 ms).
SHOWN_TOLERANCE_S = 2e-3


def precise_seek_lands_after(path: Path | None) -> bool:
    """A precise seek shows the frame whose interval covers the time in MP4 (blocks carry their
    duration), but the first frame at or after the time in Matroska/WebM, whose timestamps are
    whole milliseconds."""
    return path is not None and path.suffix.lower() in (".webm", ".mkv")


class FrameClock:
    """The start of each frame of a clip, in seconds from its first frame.

    Without `times`, frame i starts at i / fps. With them (a variable-frame-rate clip, `fps` its
    average rate), frame i starts at times[i]; past the last timestamp read (a very long clip) the
    frames go on at the average rate. `count` is the number of frames and `duration` the end of the
    last one, when known.
    """

    def __init__(
        self,
        fps: float,
        times: Sequence[float] | None = None,
        *,
        count: int | None = None,
        duration: float | None = None,
    ) -> None:
        self.fps = fps
        self._times = array("d", times) if times else None
        self.count = count
        self.duration = duration

    def __repr__(self) -> str:
        return f"{self.fps:.3f} fps" + (f", {len(self._times)} frame times" if self._times else "")

    @property
    def variable(self) -> bool:
        return self._times is not None

    def start(self, index: int) -> float:
        times = self._times
        if times is None:
            return index / self.fps
        if index < len(times):
            return times[max(0, index)]
        return times[-1] + (index - len(times) + 1) / self.fps

    def interval(self, index: int) -> float:
        """How long frame `index` is shown at 1x: to the next frame's start (the last one: to the end)."""
        if self._times is None or index < 0:
            return 1 / self.fps
        if self.count is not None and index >= self.count - 1 and self.duration is not None:
            own = self.duration - self.start(index)
            return own if own > 0 else 1 / self.fps
        return self.start(index + 1) - self.start(index)

    def span(self, first: int, later: int) -> float:
        """Seconds from frame `first`'s start to frame `later`'s (negative when it comes before)."""
        if self._times is None:
            return (later - first) / self.fps
        return self.start(later) - self.start(first)

    def lead(self, want: int, frames: int) -> int:
        """The frame `frames` before `want`, where a seek goes to play up to `want`; on a variable-rate
        clip no further back than `frames` average intervals (long frames make a frame step slow)."""
        if self._times is None:
            return max(0, want - frames)
        target = max(0, want - 1)
        while target > max(0, want - frames) and self.span(target - 1, want) <= frames / self.fps:
            target -= 1
        return target

    def first_at(self, seconds: float) -> int:
        """The first frame that starts at or after `seconds` (a segment's bound)."""
        times = self._times
        if times is None:
            return max(0, math.ceil(seconds * self.fps - 1e-3))
        at = seconds - BOUND_TOLERANCE_S
        if at <= times[-1]:
            return bisect.bisect_left(times, at)
        if self.count is not None and self.count <= len(times):
            return self.count  # every frame's time was read: after the last one, the end
        return len(times) - 1 + max(1, math.ceil((at - times[-1]) * self.fps - 1e-3))

    def frame_at(self, seconds: float) -> int:
        """The frame to show for `seconds` (a mark's time, a jump): on a variable-rate clip the one
        on screen then, the last that starts at or before it."""
        times = self._times
        if times is None:
            return round(seconds * self.fps)
        at = seconds + SHOWN_TOLERANCE_S
        if at < times[-1] + 1 / self.fps or (self.count is not None and self.count <= len(times)):
            return max(0, bisect.bisect_right(times, at) - 1)
        return len(times) - 1 + math.floor((at - times[-1]) * self.fps)

    def seek_ms(self, index: int, path: Path | None) -> int:
        """The time to give libVLC's set_time() so that it shows frame `index` (see
        precise_seek_lands_after): the frame's start, or the middle of its interval."""
        if self._times is None:
            if precise_seek_lands_after(path):
                return round(index * 1000.0 / self.fps)
            return int((index + 0.5) * 1000.0 / self.fps)
        start = self.start(index)
        if precise_seek_lands_after(path):
            return round(start * 1000.0)
        return int((start + self.interval(index) / 2) * 1000.0)
