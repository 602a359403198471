"""What marks on a clip need to know of it: a hash that identifies its content, and its frames.

Both read the file, so callers run them off the GUI thread. The hash reads a sample, not the whole
file (a phone's clip may be gigabytes): the size and the first and last MiB tell one recording from
another, and a copy or a renamed file keeps its marks.

The frames are kept in memory and, once the app has said where (`use_cache`), on disk between starts
(desktop.content.frames_cache): a start that shows a clip already read needs no PyAV at all.
"""

from __future__ import annotations

import hashlib
import os
import stat
import threading
from collections import OrderedDict
from pathlib import Path

from desktop.content.frames_cache import FramesCache
from desktop.content.media_info import MediaProblem, probe
from desktop.domain.marks import ClipFrames
from desktop.domain.messages import message
from desktop.paths import FileKey, file_key

#: Bytes hashed from each end of the file.
SAMPLE_BYTES = 1024 * 1024
#: Timestamps read from a variable-frame-rate clip; past them frames are placed at the average rate.
MAX_TIMESTAMPS = 200_000
#: Clips whose frames are kept (by path, size and modification time), most recent last.
FRAMES_KEPT = 16

_frames: OrderedDict[FileKey, ClipFrames | MediaProblem] = OrderedDict()
_reading: dict[FileKey, threading.Lock] = {}
_frames_lock = threading.Lock()
#: Where frames are kept between starts; None: in memory only.
_disk: FramesCache | None = None
#: Keys loaded from disk by `frames_known` (on the GUI thread), marked as used by the next `clip_frames`.
_untouched: set[FileKey] = set()


def use_cache(folder: Path | None) -> None:
    """Keep clips' frames in `folder` between starts (the app calls it once, at start-up)."""
    global _disk
    _disk = FramesCache(folder) if folder is not None else None


def content_hash(path: Path) -> str:
    """sha256 of the size and the first and last SAMPLE_BYTES of the file, in hex. Raises OSError,
    also for what is not a regular file (a FIFO would block the reader for ever)."""
    digest = hashlib.sha256()
    if not stat.S_ISREG(os.stat(path).st_mode):
        raise OSError(f"{path}: is not a regular file")
    with open(path, "rb") as f:
        size = os.fstat(f.fileno()).st_size
        digest.update(size.to_bytes(8, "little"))
        digest.update(f.read(SAMPLE_BYTES))
        if size > SAMPLE_BYTES:
            f.seek(max(SAMPLE_BYTES, size - SAMPLE_BYTES))
            digest.update(f.read(SAMPLE_BYTES))
    return digest.hexdigest()


def clip_frames(path: Path) -> ClipFrames | MediaProblem:
    """The clip's frame rate, count and length, with each frame's timestamp when its rate varies.

    Read once per version of the file: the loop marks and the libVLC backend both ask for a clip
    as it is loaded, from threads of their own; the second waits for the first and gets its answer
    (a variable-rate clip's packets are all demultiplexed, ~0.3 s for ten minutes of 1080p). An
    answer kept on disk by an earlier start is used as it is; a new one is written there (by this
    thread: callers are workers). Problems are not kept on disk: the file may be fixed.
    """
    key = file_key(path)
    if key is None:
        return _read_frames(path)  # probe says what is wrong
    with _frames_lock:
        lock = _reading.setdefault(key, threading.Lock())
    with lock:
        try:
            return _known_or_read(path, key)
        finally:
            with _frames_lock:
                _reading.pop(key, None)


def _known_or_read(path: Path, key: FileKey) -> ClipFrames | MediaProblem:
    known = _remembered(key)
    disk = _disk
    if known is not None:
        if disk is not None and key in _untouched:
            _untouched.discard(key)
            disk.touch(key)
        return known
    frames = disk.load(key) if disk is not None else None
    if frames is not None and disk is not None:
        disk.touch(key)
        _remember(key, frames)
        return frames
    read = _read_frames(path)
    if isinstance(read, ClipFrames) and disk is not None:
        disk.save(key, read)
    _remember(key, read)
    return read


def frames_known(path: Path) -> bool:
    """Whether `clip_frames(path)` will answer without reading the clip (nor importing PyAV): its
    answer is in memory, or on disk (then loaded, so that a bad file found now is not trusted later).

    Cheap enough for the GUI thread: a stat, and at most one small file read."""
    key = file_key(path)
    if key is None:
        return False
    if _remembered(key) is not None:
        return True
    disk = _disk
    frames = disk.load(key) if disk is not None else None
    if frames is None:
        return False
    _remember(key, frames)
    _untouched.add(key)
    return True


def _remembered(key: FileKey) -> ClipFrames | MediaProblem | None:
    with _frames_lock:
        known = _frames.get(key)
        if known is not None:
            _frames.move_to_end(key)
        return known


def _remember(key: FileKey, frames: ClipFrames | MediaProblem) -> None:
    with _frames_lock:
        _frames[key] = frames
        while len(_frames) > FRAMES_KEPT:
            _frames.popitem(last=False)


def _read_frames(path: Path) -> ClipFrames | MediaProblem:
    facts = probe(path)
    if isinstance(facts, MediaProblem):
        return facts
    times = _frame_times(path) if facts.variable_frame_rate else None
    if times is not None and not times:
        return MediaProblem.of(message("media.no_timestamps"))
    count = facts.frames if times is None or len(times) >= MAX_TIMESTAMPS else len(times)
    return ClipFrames(fps=facts.fps, count=count, duration=facts.duration, times=times)


def _frame_times(path: Path) -> tuple[float, ...]:
    """Presentation times of the video packets, in order, from the first frame's (never decodes)."""
    import av  # lazily: PyAV loads FFmpeg's libraries

    stamps: list[int] = []
    tb = None
    try:
        with av.open(str(path), mode="r", metadata_errors="replace") as container:
            video = container.streams.video[0]
            tb = video.time_base
            for packet in container.demux(video):
                pts = packet.pts if packet.pts is not None else packet.dts
                if pts is not None and packet.size > 0:
                    stamps.append(pts)
                if len(stamps) >= MAX_TIMESTAMPS:
                    break
    except Exception:  # a damaged packet: the timestamps read so far
        pass
    if not stamps or tb is None:
        return ()
    ordered = sorted(set(stamps))
    zero = ordered[0]
    return tuple(float((t - zero) * tb) for t in ordered)
