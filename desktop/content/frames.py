"""Still frames of a clip for the printed sheet, decoded with PyAV (never the video backend).

`loop_frames(path, segment)` gives the frames at the start, the middle and the end of a loop (the
last frame shown before the loop wraps) as RGB pictures no wider than `max_width`. It needs no
display and no Qt: `supple sheet` runs it on a server. PyAV is imported inside, like
media_info.probe; hostile files are bounded by MAX_DECODED frames a picture, and every failure is
a sentence, never an exception.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from desktop.domain import Segment

if TYPE_CHECKING:
    from desktop.content.sheet import Strip

#: At most this many frames are decoded after a seek to reach one picture.
MAX_DECODED: Final = 2000
#: A frame this close to a wanted time counts as at it (container clocks round).
_SLACK: Final = 1e-3


@dataclass(frozen=True, slots=True)
class Picture:
    """A frame as packed RGB: `stride` bytes a row, `height` rows."""

    width: int
    height: int
    stride: int
    rgb: bytes
    time: float


def loop_times(segment: Segment) -> tuple[float, float, float]:
    """The start, the middle and the end of a loop: the end a little before `end`, so that the frame
    found there is the last one the loop shows, not the first one after it."""
    return (segment.start, (segment.start + segment.end) / 2, max(segment.start, segment.end - 2 * _SLACK))


def loop_frames(path: Path, segment: Segment | None, *, max_width: int = 480) -> tuple[Picture, ...] | str:
    """Three pictures of the loop `segment` of `path` (None: the whole clip), or why there are none."""
    if not path.is_file():
        return f"The clip is missing: {path.name}"
    import av  # lazily: PyAV loads FFmpeg's libraries

    try:
        with av.open(str(path), mode="r", metadata_errors="replace") as container:
            if not container.streams.video:
                return f"{path.name} has no video."
            stream = container.streams.video[0]
            loop = segment if segment is not None else _whole(container, stream)
            if loop is None:
                return f"{path.name} does not say how long it is."
            pictures = [_picture_at(container, stream, t, max_width) for t in loop_times(loop)]
    except Exception as e:  # FFmpeg's errors, and anything a damaged file provokes: never raise
        return f"{path.name} cannot be read: {getattr(e, 'strerror', None) or e}"
    found = [p for p in pictures if p is not None]
    if len(found) < len(pictures):
        return f"{path.name} has no frames in {_span(loop)}."
    return tuple(found)


def _span(segment: Segment) -> str:
    return f"{segment.start:g}–{segment.end:g} s"


def _whole(container: Any, stream: Any) -> Segment | None:
    if stream.duration is not None and stream.time_base is not None:
        seconds = float(stream.duration * stream.time_base)
    elif container.duration is not None:
        seconds = container.duration / 1_000_000
    else:
        return None
    return Segment(0.0, seconds) if seconds > 0 else None


def _picture_at(container: Any, stream: Any, t: float, max_width: int) -> Picture | None:
    """The frame shown at `t`: the last one that starts at or before it (the first one when the
    clip starts later)."""
    offset = int(t / stream.time_base) if stream.time_base else 0
    container.seek(max(0, offset), stream=stream, backward=True, any_frame=False)
    chosen = None
    for count, frame in enumerate(container.decode(stream)):
        time = frame.time
        if time is None or count >= MAX_DECODED:
            break
        if time > t + _SLACK and chosen is not None:
            break
        chosen = frame
        if time > t + _SLACK:
            break
    if chosen is None:
        return None
    width = min(max_width, chosen.width)
    height = max(2, round(chosen.height * width / chosen.width / 2) * 2)
    rgb = chosen.reformat(width=width, height=height, format="rgb24")
    plane = rgb.planes[0]
    return Picture(width, height, plane.line_size, bytes(plane), float(chosen.time))


def strip_pictures(
    strips: Iterable[Strip], *, max_width: int = 360, cancelled: Callable[[], bool] = lambda: False
) -> dict[tuple[Path | None, Segment | None], tuple[Picture, ...] | str]:
    """The pictures of every strip (or why there are none), by `Strip.key`: each loop decoded once."""
    found: dict[tuple[Path | None, Segment | None], tuple[Picture, ...] | str] = {}
    for strip in strips:
        if strip.key in found or cancelled():
            continue
        if strip.problem is not None or strip.clip is None:
            found[strip.key] = strip.problem or "No clip."
        else:
            found[strip.key] = loop_frames(strip.clip, strip.segment, max_width=max_width)
    return found
