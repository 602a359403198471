"""A clip's frames: their indices and times, and each frame's checksum (see desktop.media.frame_tracker).

Pure Python, no libVLC and no Qt (an import-linter contract in pyproject.toml checks it): the kept
copies of frames are whatever image type the backend stores.

Checksums: a CRC-32 of one row in SAMPLE_ROW_STEP tells the frames of a clip apart at an eighth of
the cost of the whole picture. Where two frames of a clip give the same sample (a still scene, or
near-identical frames that differ only between the rows sampled, as a person's own phone video may
have), the clip falls back to checksums of whole pictures (`FrameTable.full`) and is learnt again,
so that such frames are never confused.
"""

from __future__ import annotations

import zlib
from collections import OrderedDict
from pathlib import Path
from typing import Generic, TypeVar

from desktop.domain import Segment
from desktop.media.frame_times import FrameClock

#: The type of the kept copies of frames (QImage in the libVLC backend).
ImageT = TypeVar("ImageT")

#: Seek latency assumed for a clip not yet measured (so the first wrap seeks at once).
INITIAL_SEEK_LATENCY_S = 0.10
#: A sample checksum covers rows SAMPLE_ROW_STEP // 2, + SAMPLE_ROW_STEP, ... of the picture.
SAMPLE_ROW_STEP = 8
#: What a clip's table costs besides kept pictures, per frame known (two dict entries and a list).
BYTES_PER_FRAME = 250


def checksum(data: memoryview, row_bytes: int, rows: int, *, full: bool) -> int:
    """CRC-32 of a picture of `rows` rows of `row_bytes` (a byte view), or of a sample of its rows."""
    if full:
        return zlib.crc32(data[: row_bytes * rows])
    crc = 0
    for y in range(SAMPLE_ROW_STEP // 2, rows, SAMPLE_ROW_STEP):
        start = y * row_bytes
        crc = zlib.crc32(data[start : start + row_bytes], crc)
    return crc


def loop_bounds(segment: Segment | None, clock: FrameClock, frames: int | None) -> tuple[int, int | None]:
    """The loop's first frame and one past its last (None: the end of a clip of unknown length)."""
    first = clock.first_at(segment.start) if segment else 0
    end = clock.first_at(segment.end) if segment is not None else frames
    if end is not None and frames is not None:
        end = min(end, frames)
    if end is not None and end <= first:
        end = first + 1
    return first, end


def seek_time_ms(index: int, clock: FrameClock, path: Path | None) -> int:
    """The time to give set_time() so that libVLC shows frame `index` (see FrameClock.seek_ms)."""
    return clock.seek_ms(index, path)


class FrameTable(Generic[ImageT]):
    """Checksums of a clip's frames by index, a few of its frames, and how quickly it seeks."""

    def __init__(self) -> None:
        self.crcs: dict[int, int] = {}
        self.by_crc: dict[int, list[int]] = {}
        self.images: dict[int, ImageT] = {}
        self.seek_latency = INITIAL_SEEK_LATENCY_S
        #: Number of frames, once the end of the file has been seen.
        self.frames: int | None = None
        #: Checksums of whole pictures (see the module's text), else of a sample of rows.
        self.full = False
        #: Two frames gave the same sample checksum: the table must be learnt again, in full.
        self.collided = False
        #: Bytes of one kept picture (told by the backend), for FrameTables' budget.
        self.image_bytes = 0

    def get(self, index: int) -> int | None:
        return self.crcs.get(index)

    def record(self, index: int, crc: int) -> None:
        old = self.crcs.get(index)
        if old == crc:
            return
        if old is not None:
            self.by_crc[old].remove(index)
        self.crcs[index] = crc
        same = self.by_crc.setdefault(crc, [])
        if same and not self.full:
            self.collided = True
        same.append(index)

    def learn_in_full(self) -> None:
        """Forget the sample checksums (and the kept pictures): the clip is learnt again in full."""
        self.crcs, self.by_crc, self.images = {}, {}, {}
        self.full, self.collided = True, False

    def forget(self) -> None:
        """Forget the frames learnt (counted before the clip's frame times were known)."""
        self.crcs, self.by_crc, self.images = {}, {}, {}
        self.frames, self.collided = None, False

    def size_bytes(self) -> int:
        return len(self.crcs) * BYTES_PER_FRAME + len(self.images) * self.image_bytes

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
    """The tables of the clips played last, by file (see desktop.paths.file_key), most recent last.

    Bounded: only the table of the clip on screen keeps pictures (the others keep their
    checksums, which are what makes a clip's next load exact and quick), and the least recently
    played tables are forgotten while all of them together exceed `budget_bytes`. The table in use
    is never forgotten, nor are its pictures, whatever the budget: they keep its loop exact.
    """

    def __init__(self, budget_bytes: int) -> None:
        self.budget_bytes = budget_bytes
        self._tables: OrderedDict[tuple[str, int, int], FrameTable[ImageT]] = OrderedDict()
        self._current: FrameTable[ImageT] | None = None

    def __len__(self) -> int:
        return len(self._tables)

    def size_bytes(self) -> int:
        return sum(table.size_bytes() for table in self._tables.values())

    def table(self, key: tuple[str, int, int] | None) -> FrameTable[ImageT]:
        """The table of the file `key`, an empty one the first time (or when the file is unknown);
        it becomes the table in use."""
        if key is None:
            table: FrameTable[ImageT] = FrameTable()
        elif key in self._tables:
            table = self._tables[key]
            self._tables.move_to_end(key)
        else:
            table = self._tables[key] = FrameTable()
        if self._current is not None and self._current is not table:
            self._current.images.clear()
        self._current = table
        self.trim()
        return table

    def trim(self) -> None:
        """Forget the least recently played tables (never the one in use) while over budget."""
        while self.size_bytes() > self.budget_bytes:
            oldest = next((k for k, t in self._tables.items() if t is not self._current), None)
            if oldest is None:
                return
            del self._tables[oldest]
