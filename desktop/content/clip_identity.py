"""What marks on a clip need to know of it: a hash that identifies its content, and its frames.

Both read the file, so callers run them off the GUI thread. The hash reads a sample, not the whole
file (a phone's clip may be gigabytes): the size and the first and last MiB tell one recording from
another, and a copy or a renamed file keeps its marks.
"""

from __future__ import annotations

import hashlib
import os
import stat
import threading
from collections import OrderedDict
from pathlib import Path

from desktop.content.media_info import MediaProblem, probe
from desktop.domain.marks import ClipFrames
from desktop.domain.messages import message

#: Bytes hashed from each end of the file.
SAMPLE_BYTES = 1024 * 1024
#: Timestamps read from a variable-frame-rate clip; past them frames are placed at the average rate.
MAX_TIMESTAMPS = 200_000
#: Clips whose frames are kept (by path, size and modification time), most recent last.
FRAMES_KEPT = 16

_frames: OrderedDict[tuple[str, int, int], ClipFrames | MediaProblem] = OrderedDict()
_reading: dict[tuple[str, int, int], threading.Lock] = {}
_frames_lock = threading.Lock()


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
    (a variable-rate clip's packets are all demultiplexed, ~0.3 s for ten minutes of 1080p).
    """
    try:
        st = os.stat(path)
    except OSError:
        return _read_frames(path)  # probe says what is wrong
    key = (str(path), st.st_size, st.st_mtime_ns)
    with _frames_lock:
        lock = _reading.setdefault(key, threading.Lock())
    with lock:
        with _frames_lock:
            known = _frames.get(key)
            if known is not None:
                _frames.move_to_end(key)
                return known
        frames = _read_frames(path)
        with _frames_lock:
            _frames[key] = frames
            while len(_frames) > FRAMES_KEPT:
                _frames.popitem(last=False)
            _reading.pop(key, None)
    return frames


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
