"""libVLC's memory video output ("vmem"): picture buffers, and the callbacks that fill them.

Threads: the callbacks run on libVLC's video-output thread. They only checksum the picture,
classify it (desktop.media.frame_tracker) and move buffer indices under a lock, then wake the GUI
thread (a queued Qt signal of the backend), which takes what they posted from the inbox. No
libVLC call is made here except video_get_size, and no Qt object is touched.
"""

from __future__ import annotations

import ctypes
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from types import ModuleType
from typing import TYPE_CHECKING, Any, TypeAlias

from desktop.media.frame_table import checksum
from desktop.media.frame_tracker import Dropped, Request, Tracker, Verdict

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

    #: What libVLC's callbacks are handed for `unsigned *` and `void **` arguments.
    UIntP: TypeAlias = ctypes._Pointer[ctypes.c_uint]
    VoidPP: TypeAlias = ctypes._Pointer[ctypes.c_void_p]
    CharP: TypeAlias = ctypes._Pointer[ctypes.c_char]

#: Picture buffers handed to libVLC; a displayed one is copied by the GUI thread at once.
BUFFERS = 4
#: How long libVLC may wait for the GUI thread to free a buffer before the oldest waiting
#: picture is given up (only when the GUI thread is stalled).
BUFFER_WAIT_S = 0.25

_UINT_P = ctypes.POINTER(ctypes.c_uint)
# python-vlc declares `chroma` as c_char_p, which hands the callback a copy: writing "RV32" into
# it is lost and libVLC falls back to I420. This prototype makes it writable; it is cast below.
FORMAT_CB = ctypes.CFUNCTYPE(
    ctypes.c_uint,
    ctypes.POINTER(ctypes.c_void_p),
    ctypes.POINTER(ctypes.c_char),
    _UINT_P,
    _UINT_P,
    _UINT_P,
    _UINT_P,
)

Buffer: TypeAlias = "ctypes.Array[ctypes.c_ubyte]"


@dataclass
class Arrival:
    """A picture (or a kept copy) on its way from the video-output thread to the GUI thread."""

    verdict: Verdict
    time: float
    epoch: int
    buffer: int = -1  # -1: the kept copy of frame verdict.index
    width: int = 0
    height: int = 0
    data: Buffer | None = None


@dataclass(frozen=True, slots=True)
class Requested:
    """A tracker's request, posted to the GUI thread at `at`."""

    request: Request
    at: float


class VideoOutput:
    """The buffers libVLC renders into, and what the video-output thread posts about them.

    Shared between the threads, guarded by `mutex`: the tracker, the buffers, the inbox and
    `epoch` (bumped by the GUI thread when frames on their way must no longer be shown).
    """

    def __init__(self, vlc: ModuleType, player: Any, wake: Callable[[], None]) -> None:
        self._player = player
        self._wake = wake
        self.mutex = threading.Condition()
        self.tracker: Tracker[QImage] = Tracker()
        self.epoch = 0
        self._buffers: list[Buffer | None] = [None] * BUFFERS
        self._width = 0
        self._height = 0
        self._vlc_buffer = -1  # the buffer libVLC is writing or about to display
        self._lock_gen = [0] * BUFFERS
        self._lock_full = [False] * BUFFERS  # the checksum each picture takes (see frame_table)
        self._verdicts: list[Verdict | Dropped | None] = [None] * BUFFERS
        self._inbox: deque[Arrival | Requested] = deque()
        self._queued: list[int] = []  # buffers in the inbox, oldest first
        self._draining = False  # the GUI thread is stopping the player: never wait for it

        # Keep the ctypes callback objects referenced for the life of the player.
        self._cb_format_raw = FORMAT_CB(self._on_format)
        self._cb_format = ctypes.cast(self._cb_format_raw, vlc.CallbackDecorators.VideoFormatCb)
        self._cb_cleanup = vlc.CallbackDecorators.VideoCleanupCb(self._on_cleanup)
        self._cb_lock = vlc.CallbackDecorators.VideoLockCb(self._on_lock)
        self._cb_unlock = vlc.CallbackDecorators.VideoUnlockCb(self._on_unlock)
        self._cb_display = vlc.CallbackDecorators.VideoDisplayCb(self._on_display)
        player.video_set_format_callbacks(self._cb_format, self._cb_cleanup)
        player.video_set_callbacks(self._cb_lock, self._cb_unlock, self._cb_display, None)

    # ----- GUI thread
    def take(self) -> Arrival | Requested | None:
        """The oldest item posted, or None."""
        with self.mutex:
            return self._inbox.popleft() if self._inbox else None

    def release(self, buffer: int) -> None:
        """The GUI thread has copied `buffer`: libVLC may write into it again."""
        with self.mutex:
            if buffer in self._queued:
                self._queued.remove(buffer)
            self.mutex.notify_all()

    def stop(self, stop_player: Callable[[], None]) -> None:
        """libVLC's stop waits for its video thread, which may be waiting for us: let it go."""
        with self.mutex:
            self._draining = True
            self.mutex.notify_all()
        stop_player()  # synchronous: no callback of the old clip runs after this
        with self.mutex:
            self._draining = False
            self._queued.clear()  # a delivery still queued must not show the old clip's frame
            self._inbox.clear()
            self._vlc_buffer = -1
            self._verdicts = [None] * BUFFERS
            self.tracker.hold()

    # ----- video-output thread
    def _on_format(
        self, opaque: VoidPP, chroma: CharP, width: UIntP, height: UIntP, pitches: UIntP, lines: UIntP
    ) -> int:
        ctypes.memmove(chroma, b"RV32", 4)
        # libVLC offers a padded height; the real size answers here (docs/DESIGN.md).
        w, h = self._player.video_get_size(0) or (0, 0)
        if not w or not h:
            w, h = width[0], height[0]
        width[0], height[0] = w, h
        pitches[0] = w * 4
        lines[0] = h
        with self.mutex:
            # libVLC may call this several times while starting; keep the buffers (and the frames
            # waiting in them) unless the size really changed.
            if (w, h) != (self._width, self._height) or self._buffers[0] is None:
                self._width, self._height = w, h
                # Spare rows: some decoders write past the last line they were given.
                self._buffers = [(ctypes.c_ubyte * (w * 4 * (h + 16)))() for _ in range(BUFFERS)]
                self._vlc_buffer = -1
                self._queued.clear()
                self._inbox = deque(item for item in self._inbox if isinstance(item, Requested))
                self._verdicts = [None] * BUFFERS
        return 1

    def _on_cleanup(self, opaque: int | None) -> None:
        return None

    def _free_buffer(self) -> int | None:
        return next((i for i in range(BUFFERS) if i != self._vlc_buffer and i not in self._queued), None)

    def _on_lock(self, opaque: int | None, planes: VoidPP) -> int:
        with self.mutex:
            self._vlc_buffer = -1  # libVLC's pool holds one picture: the previous one is done
            index = self._free_buffer()
            if index is None and not self._draining:
                self.mutex.wait_for(lambda: self._draining or self._free_buffer() is not None, BUFFER_WAIT_S)
                index = self._free_buffer()
            if index is None:
                # The GUI thread is stalled: give up its oldest picture.
                oldest = self._queued.pop(0)
                self._inbox = deque(
                    item for item in self._inbox if not (isinstance(item, Arrival) and item.buffer == oldest)
                )
                index = self._free_buffer()
            assert index is not None
            self._vlc_buffer = index
            self._lock_gen[index] = self.tracker.gen
            self._lock_full[index] = self.tracker.table.full
            self._verdicts[index] = None
            buffer = self._buffers[index]
            assert buffer is not None  # libVLC asks for the format before any picture
            planes[0] = ctypes.addressof(buffer)
        return index + 1  # the picture's handle: never NULL

    def _on_unlock(self, opaque: int | None, picture: int | None, planes: VoidPP) -> None:
        index = (picture or 1) - 1
        buf, width, height = self._buffers[index], self._width, self._height
        if buf is None or not width or not height:
            return
        full = self._lock_full[index]
        crc = checksum(memoryview(buf).cast("B"), width * 4, height, full=full)
        now = time.monotonic()
        with self.mutex:
            if index != self._vlc_buffer or full != self.tracker.table.full:
                return  # (a table learnt again in full since the lock takes no sample checksum)
            verdict = self.tracker.on_picture(self._lock_gen[index], crc, now)
            self._verdicts[index] = verdict
            if not isinstance(verdict, Verdict):
                return
            verdict.epoch = self.epoch
            wake = bool(verdict.controls or verdict.fill)
            self._inbox.extend(Requested(request, now) for request in verdict.controls)
            verdict.controls = []
            for i, kept in enumerate(verdict.fill):
                start = verdict.start if i == 0 else None
                self._inbox.append(
                    Arrival(Verdict(index=kept, present=True, start=start), now, verdict.epoch)
                )
            if verdict.fill:
                verdict.start = None
        if wake:
            self._wake()

    def _on_display(self, opaque: int | None, picture: int | None) -> None:
        index = (picture or 1) - 1
        now = time.monotonic()
        with self.mutex:
            decided = self._verdicts[index]
            self._verdicts[index] = None
            if self._vlc_buffer == index:
                self._vlc_buffer = -1
            if decided is None:
                return
            verdict = self.tracker.on_display(decided, now)
            if not isinstance(verdict, Verdict):
                return
            if decided.defer:
                verdict.epoch = self.epoch
            self._inbox.extend(Requested(request, now) for request in verdict.controls)
            if not (verdict.present or verdict.cache or verdict.controls):
                return
            if verdict.present or verdict.cache:
                self._queued.append(index)
                self._inbox.append(
                    Arrival(
                        verdict, now, verdict.epoch, index, self._width, self._height, self._buffers[index]
                    )
                )
        self._wake()


class VlcEvent(StrEnum):
    """The libVLC events the backend acts on, as they cross to the GUI thread."""

    ERROR = "error"
    END = "end"
    PAUSED = "paused"
    AUDIO = "audio"  # the audio output reported its volume or mute
    OTHER = "other"


def vlc_event_types(vlc: Any) -> dict[Any, VlcEvent]:
    """libVLC's event types that the backend listens to, and what each means to it."""
    kinds = vlc.EventType
    return {
        kinds.MediaPlayerEncounteredError: VlcEvent.ERROR,
        kinds.MediaPlayerEndReached: VlcEvent.END,
        kinds.MediaPlayerPaused: VlcEvent.PAUSED,
        kinds.MediaPlayerAudioVolume: VlcEvent.AUDIO,
        kinds.MediaPlayerMuted: VlcEvent.AUDIO,
        kinds.MediaPlayerUnmuted: VlcEvent.AUDIO,
    }
