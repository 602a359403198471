"""The duration of an MP4 or QuickTime (ISO-BMFF) file, read from its `moov/mvhd` box.

Pure Python so that the core can check a routine's loop segments without Qt or ffmpeg.
Anything that is not a readable ISO-BMFF file gives None: the caller then skips the check.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

# Real files have a handful of boxes per level; this bounds the walk over a hostile file.
_MAX_BOXES = 10_000
_UNKNOWN_32 = 0xFFFF_FFFF
_UNKNOWN_64 = 0xFFFF_FFFF_FFFF_FFFF


@dataclass(frozen=True, slots=True)
class _Box:
    kind: bytes
    body: int  # offset of the payload, after the header
    end: int  # offset just after the box


def mp4_duration(path: Path) -> float | None:
    """Seconds from the movie header, or None if the file is not an ISO-BMFF file we can read."""
    try:
        with path.open("rb") as f:
            size = os.fstat(f.fileno()).st_size
            moov = _find(f, 0, size, b"moov")
            mvhd = _find(f, moov.body, moov.end, b"mvhd") if moov is not None else None
            return _movie_duration(f, mvhd) if mvhd is not None else None
    except OSError:
        return None


def _find(f: BinaryIO, start: int, end: int, kind: bytes) -> _Box | None:
    return next((box for box in _boxes(f, start, end) if box.kind == kind), None)


def _boxes(f: BinaryIO, start: int, end: int) -> Iterator[_Box]:
    """The boxes in [start, end); stops at the first header that does not fit."""
    pos = start
    for _ in range(_MAX_BOXES):
        if pos + 8 > end:
            return
        f.seek(pos)
        header = f.read(8)
        if len(header) < 8:
            return
        size, kind = struct.unpack(">I4s", header)
        body = pos + 8
        if size == 1:  # a 64-bit size follows the type
            large = f.read(8)
            if len(large) < 8:
                return
            (size,) = struct.unpack(">Q", large)
            body = pos + 16
        elif size == 0:  # the box runs to the end of its container
            size = end - pos
        if size < body - pos or pos + size > end:
            return
        yield _Box(kind, body, pos + size)
        pos += size


def _movie_duration(f: BinaryIO, mvhd: _Box) -> float | None:
    f.seek(mvhd.body)
    version_and_flags = f.read(4)
    if len(version_and_flags) < 4:
        return None
    if version_and_flags[0] == 1:
        layout, unknown = ">QQIQ", _UNKNOWN_64
    elif version_and_flags[0] == 0:
        layout, unknown = ">IIII", _UNKNOWN_32
    else:
        return None
    fields = f.read(struct.calcsize(layout))
    if len(fields) < struct.calcsize(layout) or mvhd.body + 4 + len(fields) > mvhd.end:
        return None
    _created, _modified, timescale, duration = struct.unpack(layout, fields)
    if timescale == 0 or duration in (0, unknown):
        return None
    return float(duration / timescale)
