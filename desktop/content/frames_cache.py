"""A clip's frames kept on disk between starts, so that a start does not load PyAV to learn them again.

The clips of a person's routines are the same from one start to the next, and reading their frames
needs PyAV (FFmpeg's libraries: ~18 MB and ~56 Python modules). Each answer is one small JSON file
in the cache folder, named by a hash of the clip's resolved path, size and modification time and
holding that key too, so a changed file is simply not found.

The files are Supple's own, but a file on disk can be anything: one that is truncated, not JSON,
of the wrong shape or holding numbers no probe would give (NaN, huge, negative) is ignored with a
warning and replaced by the next read of the clip; nothing here raises. Files are written whole
(a temporary file renamed over the old one), at most LIMIT are kept, the least recently used are
removed first; where the folder cannot be written (a read-only data folder), nothing is kept.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import json
import logging
import math
import os
import stat
import tempfile
import time
from pathlib import Path
from typing import Any

from desktop.domain.marks import ClipFrames
from desktop.paths import FileKey

log = logging.getLogger(__name__)


#: Clips whose frames are kept on disk.
LIMIT = 200
#: What the first key of each file says; a file of another format is read again from the clip.
FORMAT = "supple.clip-frames/1"
#: A file larger than this is not read (200,000 timestamps take about 4 MB).
MAX_FILE_BYTES = 8 * 1024 * 1024
#: Timestamps a file may hold (desktop.content.clip_identity reads at most this many).
MAX_TIMES = 200_000
#: The largest values a clip's frames may have; a file saying more is not believed.
MAX_FPS = 10_000.0
MAX_COUNT = 1 << 31
MAX_SECONDS = 10_000_000.0
#: Temporary files left by a write that never finished are removed after this long.
STALE_TEMP_S = 3600


class BadEntry(ValueError):
    """What is wrong with a cache file, in a few words."""


class FramesCache:
    """The cache in one folder (created on the first write)."""

    def __init__(self, folder: Path, limit: int = LIMIT) -> None:
        self.folder = folder
        self.limit = limit
        self._unwritable_said = False
        #: Files found bad in this process: not read (nor warned about) again until rewritten.
        self._bad: set[str] = set()

    def file(self, key: FileKey) -> Path:
        return self.folder / (hashlib.sha256(repr(key).encode()).hexdigest()[:32] + ".json")

    def load(self, key: FileKey) -> ClipFrames | None:
        """The frames kept for `key`, or None (not kept, or a bad file: warned about once)."""
        target = self.file(key)
        if target.name in self._bad:
            return None
        try:
            raw = _read_small(target)
        except (FileNotFoundError, NotADirectoryError):
            return None
        except (OSError, BadEntry) as e:
            self._reject(target, str(getattr(e, "strerror", None) or e))
            return None
        try:
            return _decode(raw, key)
        except BadEntry as e:
            self._reject(target, str(e))
            return None

    def touch(self, key: FileKey) -> None:
        """Mark `key` as used now (the least recently used are removed first)."""
        now = time.time_ns()
        with contextlib.suppress(OSError):
            os.utime(self.file(key), ns=(now, now))

    def save(self, key: FileKey, frames: ClipFrames) -> None:
        """Keep `frames` for `key` (whole or not at all), then drop the least recently used past the
        limit. Frames that `load` would not believe are not written."""
        target = self.file(key)
        try:
            data = _encode(key, frames)
            _decode(data, key)
        except BadEntry as e:
            log.info("the frames of %s are not kept on disk: %s", key[0], e)
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd, temp = tempfile.mkstemp(dir=self.folder, prefix=".frames-", suffix=".tmp")
            try:
                with os.fdopen(fd, "wb") as f:
                    f.write(data)
                os.replace(temp, target)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(temp)
                raise
            self._bad.discard(target.name)
            self.touch(key)
            self._trim()
        except OSError as e:
            if not self._unwritable_said:
                self._unwritable_said = True
                log.info("clip frames are not kept on disk in %s: %s", self.folder, e.strerror or e)

    def _reject(self, target: Path, why: str) -> None:
        self._bad.add(target.name)
        log.warning("ignored the clip frames cache file %s: %s", target, why)

    def _trim(self) -> None:
        kept: list[tuple[int, str]] = []
        stale = time.time_ns() - STALE_TEMP_S * 1_000_000_000
        with os.scandir(self.folder) as entries:
            for entry in entries:
                with contextlib.suppress(OSError):
                    if entry.name.endswith(".json"):
                        kept.append((entry.stat(follow_symlinks=False).st_mtime_ns, entry.name))
                    elif (
                        entry.name.endswith(".tmp") and entry.stat(follow_symlinks=False).st_mtime_ns < stale
                    ):
                        os.unlink(entry.path)
        kept.sort()
        for _, name in kept[: max(0, len(kept) - self.limit)]:
            with contextlib.suppress(OSError):
                os.unlink(self.folder / name)


def _read_small(path: Path) -> bytes:
    """The file's bytes; a FIFO, a device or a file too large to be ours is refused (never blocks)."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as f:
        st = os.fstat(f.fileno())
        if not stat.S_ISREG(st.st_mode):
            raise BadEntry("not a regular file")
        data = f.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise BadEntry(f"larger than {MAX_FILE_BYTES} bytes")
    return data


def _encode(key: FileKey, frames: ClipFrames) -> bytes:
    entry = {
        "format": FORMAT,
        "path": key[0],
        "size": key[1],
        "mtime_ns": key[2],
        "fps": frames.fps,
        "count": frames.count,
        "duration": frames.duration,
        "times": list(frames.times) if frames.times is not None else None,
    }
    try:
        return json.dumps(entry, separators=(",", ":"), allow_nan=False).encode()
    except ValueError as e:  # NaN or infinity
        raise BadEntry(str(e)) from e


def _no_constant(name: str) -> Any:
    raise BadEntry(f"holds {name}")


def _decode(data: bytes, key: FileKey) -> ClipFrames:
    try:
        entry = json.loads(data.decode("utf-8"), parse_constant=_no_constant)
    except BadEntry:
        raise
    except (ValueError, RecursionError) as e:  # not JSON, not UTF-8, a number of thousands of digits
        raise BadEntry(f"not a cache file ({type(e).__name__})") from e
    if not isinstance(entry, dict):
        raise BadEntry("not a JSON object")
    if entry.get("format") != FORMAT:
        raise BadEntry(f"format is not {FORMAT}")
    if [entry.get("path"), entry.get("size"), entry.get("mtime_ns")] != list(key):
        raise BadEntry("holds the frames of another file")
    fps = _number(entry, "fps", 0.0, MAX_FPS)
    if fps == 0.0:
        raise BadEntry("fps is 0")
    count = entry.get("count")
    if type(count) is not int or not 1 <= count <= MAX_COUNT:
        raise BadEntry(f"count is not a whole number from 1 to {MAX_COUNT}")
    duration = _number(entry, "duration", 0.0, MAX_SECONDS)
    return ClipFrames(fps=fps, count=count, duration=duration, times=_times(entry.get("times"), count))


def _number(entry: dict[str, Any], name: str, low: float, high: float) -> float:
    value = entry.get(name)
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise BadEntry(f"{name} is not a number")
    if not math.isfinite(value) or not low <= value <= high:
        raise BadEntry(f"{name} is not a number from {low:g} to {high:g}")
    return float(value)


def _times(value: object, count: int) -> tuple[float, ...] | None:
    """A variable-rate clip's timestamps: from 0, increasing, one a frame (or the first MAX_TIMES)."""
    if value is None:
        return None
    if not isinstance(value, list) or not 1 <= len(value) <= MAX_TIMES:
        raise BadEntry(f"times is not a list of 1 to {MAX_TIMES} numbers")
    if len(value) != count and not len(value) == MAX_TIMES <= count:
        raise BadEntry("times does not have one number a frame")
    if any(type(t) is not float for t in value):
        raise BadEntry("times holds something other than numbers")
    times = tuple(value)
    if times[0] != 0.0 or not all(a < b for a, b in itertools.pairwise(times)):
        raise BadEntry("times does not increase from 0")
    if not math.isfinite(times[-1]) or times[-1] > MAX_SECONDS:
        raise BadEntry(f"times goes past {MAX_SECONDS:g} s")
    return times
