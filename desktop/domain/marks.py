"""A loop marked on a clip with I and O: frame indices, and the segment the backends loop.

Marks are frames, not seconds: the in mark is the first frame the loop shows and the out mark the
last (inclusive), so the loop is the segment from the in frame's start to the out frame's end, and
the backends' frame-exact segment loops play exactly those frames. On a constant-rate clip frame i
starts at i / fps. On a variable-frame-rate clip each frame starts at its own timestamp
(`ClipFrames.times`), and a mark is the frame on screen, stored with its timestamp.

Rules, applied by `place`:
- a clip of fewer than two frames cannot be marked (a loop needs two frames);
- a frame outside the clip is clamped to its first or last frame;
- an out mark before the in mark (or an in mark after the out mark) swaps the two, and says so;
- both marks on one frame are refused: a loop needs two frames.
"""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from desktop.domain import Segment
from desktop.domain.messages import Message, message

#: Two timestamps this close (seconds) are the same frame: containers round them (Matroska to 1 ms).
TIME_TOLERANCE = 0.002

Which = Literal["in", "out"]


class MarkError(ValueError):
    """A mark that cannot be placed; the message is one sentence for the person (`note`, to translate)."""

    def __init__(self, note: Message) -> None:
        super().__init__(str(note))
        self.note = note


@dataclass(frozen=True, slots=True)
class ClipFrames:
    """Where a clip's frames start, in seconds: at i / fps, or at `times[i]` on a variable-rate clip.

    `count` is the number of frames and `duration` runs from the first frame's start to the last
    frame's end.
    """

    fps: float
    count: int
    duration: float
    times: tuple[float, ...] | None = None

    @property
    def variable(self) -> bool:
        return self.times is not None

    def start(self, index: int) -> float:
        if self.times is not None and index < len(self.times):
            return self.times[index]
        if self.times:  # beyond the timestamps read (a long clip): go on at the average rate
            return self.times[-1] + (index - len(self.times) + 1) / self.fps
        return index / self.fps

    def end(self, index: int) -> float:
        """Where frame `index` ends: where the next one starts, or the clip's end for the last."""
        if index + 1 >= self.count:
            return max(self.duration, self.start(index) + 1 / self.fps * 0.5)
        return self.start(index + 1)

    def index_at(self, seconds: float) -> int:
        """The frame on screen at `seconds`: the last one starting at or before it."""
        if self.times is not None:
            i = bisect.bisect_right(self.times, seconds + TIME_TOLERANCE) - 1
        else:
            i = math.floor(seconds * self.fps + TIME_TOLERANCE * self.fps)
        return self.clamp(i)

    def clamp(self, index: int) -> int:
        return max(0, min(self.count - 1, index))

    def check_markable(self, clip: Path) -> None:
        if self.count < 2:
            raise MarkError(message("marks.too_few_frames", clip=str(clip), n=self.count))


@dataclass(frozen=True, slots=True)
class LoopMarks:
    """A marked loop, as the routine editor's "Use this loop" takes it.

    `in_frame` and `out_frame` are inclusive frame indices; `in_time` and `out_time` are the start
    times of those frames (their timestamps on a variable-frame-rate clip), `out_end` the end of the
    out frame. `fps` is the clip's frame rate (its average one when variable).
    """

    clip_path: Path
    in_frame: int
    out_frame: int
    fps: float
    in_time: float
    out_time: float
    out_end: float

    @property
    def segment(self) -> Segment:
        """The loop for the backends: from the in frame's start to the out frame's end."""
        return Segment(self.in_time, self.out_end)

    @property
    def frames(self) -> int:
        return self.out_frame - self.in_frame + 1


@dataclass(frozen=True, slots=True)
class Marks:
    """The marks set so far on one clip; either may be unset (the clip's first or last frame)."""

    in_frame: int | None = None
    out_frame: int | None = None

    @property
    def empty(self) -> bool:
        return self.in_frame is None and self.out_frame is None

    def loop(self, clip: Path, frames: ClipFrames) -> LoopMarks | None:
        """The loop these marks make, or None when neither is set (the whole clip loops)."""
        if self.empty:
            return None
        first = frames.clamp(self.in_frame if self.in_frame is not None else 0)
        last = frames.clamp(self.out_frame if self.out_frame is not None else frames.count - 1)
        return LoopMarks(
            clip_path=clip,
            in_frame=first,
            out_frame=last,
            fps=frames.fps,
            in_time=frames.start(first),
            out_time=frames.start(last),
            out_end=frames.end(last),
        )


@dataclass(frozen=True, slots=True)
class Placed:
    """The marks after placing one, and a note for the person when they were changed (swapped)."""

    marks: Marks
    note: str = ""
    said: Message | None = None  # `note` for the window to translate


def place(marks: Marks, which: Which, frame: int, frames: ClipFrames, clip: Path) -> Placed:
    """Set the in or out mark at `frame` (see the module's rules). Raises MarkError when refused."""
    frames.check_markable(clip)
    frame = frames.clamp(frame)
    first = marks.in_frame if marks.in_frame is not None else 0
    last = marks.out_frame if marks.out_frame is not None else frames.count - 1
    if which == "in":
        first = frame
        new = Marks(frame, marks.out_frame)
    else:
        last = frame
        new = Marks(marks.in_frame, frame)
    if first == last:
        raise MarkError(message("marks.same_frame", clip=str(clip), frame=frame + 1))
    if first < last:
        return Placed(new)
    swapped = Marks(last, first)
    note = message("marks.swapped_out" if which == "out" else "marks.swapped_in", frame=frame + 1)
    return Placed(swapped, str(note), note)
