"""A clip's frames: their indices and times, and each frame's checksum (see desktop.media.frame_tracker).

Pure Python, no libVLC and no Qt (an import-linter contract in pyproject.toml checks it): the kept
copies of frames are whatever image type the backend stores.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from pathlib import Path
from typing import Generic, TypeVar

from desktop.domain import Segment

#: The type of the kept copies of frames (QImage in the libVLC backend).
ImageT = TypeVar("ImageT")

#: Seek latency assumed for a clip not yet measured (so the first wrap seeks at once).
INITIAL_SEEK_LATENCY_S = 0.10


def first_frame(seconds: float, fps: float) -> int:
    """Index of the first frame whose start time is at or after `seconds`."""
    return max(0, math.ceil(seconds * fps - 1e-3))


def loop_bounds(segment: Segment | None, fps: float, frames: int | None) -> tuple[int, int | None]:
    """The loop's first frame and one past its last (None: the end of a clip of unknown length)."""
    first = first_frame(segment.start, fps) if segment else 0
    end = first_frame(segment.end, fps) if segment is not None else frames
    if end is not None and frames is not None:
        end = min(end, frames)
    if end is not None and end <= first:
        end = first + 1
    return first, end


def seek_time_ms(index: int, fps: float, path: Path | None) -> int:
    """The time to give set_time() so that libVLC shows frame `index`.

    A precise seek shows the frame whose interval covers the time in MP4 (blocks carry their
    duration), but the first frame at or after the time in Matroska/WebM, whose timestamps are
    whole milliseconds.
    """
    if path is not None and path.suffix.lower() in (".webm", ".mkv"):
        return round(index * 1000.0 / fps)
    return int((index + 0.5) * 1000.0 / fps)


class FrameTable(Generic[ImageT]):
    """Checksums of a clip's frames by index, a few of its frames, and how quickly it seeks."""

    def __init__(self) -> None:
        self.crcs: dict[int, int] = {}
        self.by_crc: dict[int, list[int]] = {}
        self.images: dict[int, ImageT] = {}
        self.seek_latency = INITIAL_SEEK_LATENCY_S
        #: Number of frames, once the end of the file has been seen.
        self.frames: int | None = None

    def get(self, index: int) -> int | None:
        return self.crcs.get(index)

    def record(self, index: int, crc: int) -> None:
        old = self.crcs.get(index)
        if old == crc:
            return
        if old is not None:
            self.by_crc[old].remove(index)
        self.crcs[index] = crc
        self.by_crc.setdefault(crc, []).append(index)

    def frames_with(self, crc: int) -> list[int]:
        return self.by_crc.get(crc, [])

    def insert(self, index: int, crc: int) -> None:
        """A frame was missing at `index` (libVLC skipped it while the table was learnt): the
        frames from there on move up by one."""
        crcs = {(i + 1 if i >= index else i): c for i, c in self.crcs.items()}
        crcs[index] = crc
        if self.frames is not None:
            crcs = {i: c for i, c in crcs.items() if i < self.frames}
        self.crcs, self.by_crc = {}, {}
        for i, c in sorted(crcs.items()):
            self.record(i, c)
        self.images = {(i + 1 if i >= index else i): image for i, image in self.images.items()}

    def keep_image(self, index: int, image: ImageT, keep: set[int]) -> None:
        self.images[index] = image
        for i in [i for i in self.images if i not in keep]:
            del self.images[i]


class FrameTables(Generic[ImageT]):
    """The tables of the clips played last, by file (see desktop.media.base.file_key), most recent last."""

    def __init__(self, kept: int) -> None:
        self._kept = kept
        self._tables: OrderedDict[tuple[str, int, int], FrameTable[ImageT]] = OrderedDict()

    def table(self, key: tuple[str, int, int] | None) -> FrameTable[ImageT]:
        """The table of the file `key`, an empty one the first time (or when the file is unknown)."""
        if key is None:
            return FrameTable()
        table = self._tables.get(key)
        if table is None:
            table = self._tables[key] = FrameTable()
            while len(self._tables) > self._kept:
                self._tables.popitem(last=False)
        else:
            self._tables.move_to_end(key)
        return table
