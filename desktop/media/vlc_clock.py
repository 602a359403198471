"""The frame times of the clips the libVLC backend plays, read off the GUI thread.

libVLC reports one frame rate per clip; a variable-frame-rate clip needs each frame's timestamp
(desktop.media.frame_times). They are read with PyAV (desktop.content.clip_identity: a probe, and
on a variable-rate clip every packet demultiplexed, never decoded: about 0.3 s for a 10-minute
1080p file read from the disk cache) on a thread of their own as soon as a clip is loaded, while
libVLC opens it; the backend waits for them, at most CLOCK_WAIT_S, before its first seek. They are
kept for the clips played last, so a clip loaded again (a new loop on it) starts at once.

PyAV itself is imported on the GUI thread (imported on a worker while the GUI thread imported Qt
Multimedia, the two deadlocked: see desktop.qt.loop_marks), and not before `release` while the
reads are held: at start-up nothing but the first frame comes first (desktop.app). A clip whose
frames an earlier start kept on disk (desktop.content.frames_cache) needs no PyAV at all.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal, Slot

from desktop.media.frame_times import FrameClock
from desktop.paths import FileKey, file_key

log = logging.getLogger(__name__)


#: The backend waits this long at most for a clip's frame times before it plays on at libVLC's rate.
CLOCK_WAIT_S = 1.0
#: The clocks of the clips played last that are kept (8 bytes a frame, on a variable-rate clip).
CLOCKS_KEPT = 8


def read_clock(path: Path) -> FrameClock | None:
    """On a worker thread: the clock of a variable-frame-rate clip, or None (a constant rate, or the
    file cannot be read: libVLC's rate is used)."""
    from desktop.content.clip_identity import clip_frames
    from desktop.domain.marks import ClipFrames

    try:
        frames = clip_frames(path)
    except Exception:  # the clip is played all the same; libVLC reports what is wrong with it
        log.warning("the frame times of %s could not be read", path, exc_info=True)
        return None
    if not isinstance(frames, ClipFrames) or frames.times is None:
        return None
    return FrameClock(frames.fps, frames.times, count=frames.count, duration=frames.duration)


class ClockReader(QObject):
    """Reads each clip's frame times once, off the GUI thread, and keeps those of the last few.

    Signals:
        read(object): the file key (see desktop.paths.file_key) whose times are now known.
    """

    read = Signal(object)
    _done = Signal(object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clocks: OrderedDict[FileKey, FrameClock | None] = OrderedDict()
        self._reading: set[FileKey] = set()
        self._held = False
        self._deferred: tuple[Path, FileKey] | None = None
        self._done.connect(self._store, Qt.ConnectionType.QueuedConnection)

    def hold(self) -> None:
        """Start no read (nor import PyAV) until `release`."""
        self._held = True

    def release(self) -> None:
        self._held = False
        deferred, self._deferred = self._deferred, None
        if deferred is not None:
            self._start(*deferred)

    def known(self, key: FileKey | None) -> bool:
        return key is not None and key in self._clocks

    def reading(self, key: FileKey | None) -> bool:
        """The times of `key` are being read (not while the reads are held)."""
        return key is not None and key in self._reading

    def clock(self, key: FileKey | None) -> FrameClock | None:
        """The clock of a variable-rate clip; None for any other (or one not read yet)."""
        return self._clocks.get(key) if key is not None else None

    def request(self, path: Path) -> FileKey | None:
        """Read the frame times of `path` unless they are known or on their way; its file key."""
        key = file_key(path)
        if key is not None and key in self._clocks:
            self._clocks.move_to_end(key)
        if key is None or key in self._clocks or key in self._reading:
            return key
        if self._held:
            self._deferred = (path, key)
        else:
            self._start(path, key)
        return key

    def _start(self, path: Path, key: FileKey) -> None:
        if key in self._clocks or key in self._reading:
            return
        from desktop.content.clip_identity import frames_known

        if not frames_known(path):  # read by an earlier start: no PyAV at all
            import av  # noqa: F401  (see the module's text)

        self._reading.add(key)
        threading.Thread(target=self._work, args=(path, key), name="supple-frame-times", daemon=True).start()

    def _work(self, path: Path, key: FileKey) -> None:
        clock = read_clock(path)
        with contextlib.suppress(RuntimeError):  # the backend was deleted meanwhile
            self._done.emit(key, clock)

    @Slot(object, object)
    def _store(self, key: FileKey, clock: FrameClock | None) -> None:
        self._reading.discard(key)
        self._clocks[key] = clock
        while len(self._clocks) > CLOCKS_KEPT:
            self._clocks.popitem(last=False)
        self.read.emit(key)
