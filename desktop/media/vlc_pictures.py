"""The picture buffers libVLC renders into, lent to the GUI thread as QImages without a copy.

A buffer is in one of four states: free; libVLC's (locked, being written, until displayed); queued
(displayed, posted to the GUI thread, not yet taken); held (taken by the GUI thread). A held
buffer is wrapped in a QImage over its memory (RV32 is QImage.Format_RGB32, which the raster
painter draws as it is) and comes back free only when the last copy of that QImage is gone: the
frames waiting in the pacer, the one on screen and any a receiver of frameReady keeps. Nothing
writes into a buffer while a QImage shows it, so the frames handed out are as good as copies.

Buffers are made as they are needed, up to SPARE_BUFFERS, and kept while the picture size stays
(made and freed every few frames, they would cost page faults): what is in flight at once
(libVLC's picture, the pacer's lag, the frame on screen) decides how many there are. Past that,
a buffer made because the pacer or receivers hold all the others is unmapped once let go. Each
is a memory mapping of its own, not the heap, so that none leaves memory behind.

The loop's first frames kept for exact wraps are copies (keep_first_frame), made once.

Not thread-safe: VideoOutput uses it under its mutex (the release of a QImage may come from any
thread that drops the last copy, which takes that mutex too).
"""

from __future__ import annotations

import ctypes
import mmap
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeAlias

from desktop.media.frame_table import FrameTable
from desktop.media.frame_tracker import KEPT_FRAMES, Verdict

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

Buffer: TypeAlias = "ctypes.Array[ctypes.c_ubyte]"

#: Buffers kept once made. 1x needs about 4 (libVLC's, one or two waiting PRESENT_LAG_S in the
#: pacer, the one on screen), 5 with the window painting; 2x in loops of a few frames, where the
#: pacer falls behind, up to 16, and a start-up that keeps the GUI thread busy as many: those past
#: this are unmapped once let go (8 kept 11 MB more for as long as the clip played, and 2x loops
#: stay frame-exact without them: bench/loop_seam.py --rate 2).
SPARE_BUFFERS = 5
#: Rows past the picture in each buffer: some decoders write past the last line they were given.
SPARE_ROWS = 16


class Pictures:
    """The buffers of one picture size; see the module's text for their states."""

    def __init__(self, width: int = 0, height: int = 0) -> None:
        self.width, self.height = width, height
        self._buffers: dict[int, Buffer] = {}
        self._next = 0
        self.vlc = -1  # the buffer libVLC is writing or about to display
        self.queued: list[int] = []  # posted to the GUI thread, oldest first
        self.held: set[int] = set()  # taken by the GUI thread (a QImage may show it)

    def __len__(self) -> int:
        return len(self._buffers)

    @property
    def picture_bytes(self) -> int:
        return self.width * 4 * self.height

    def buffer(self, index: int) -> Buffer | None:
        return self._buffers.get(index)

    def free(self) -> int | None:
        """A free buffer, made if none is and fewer than SPARE_BUFFERS exist; else None."""
        busy = {self.vlc, *self.queued, *self.held}
        index = next((i for i in self._buffers if i not in busy), None)
        if index is None and len(self._buffers) < SPARE_BUFFERS:
            index = self.make()
        return index

    def make(self) -> int:
        """A new buffer (past SPARE_BUFFERS only when the GUI thread holds all the others)."""
        index, self._next = self._next, self._next + 1
        size = self.width * 4 * (self.height + SPARE_ROWS)
        # A mapping of its own, not the heap: made on libVLC's thread (in its own malloc arena) and
        # let go of on the GUI thread, heap buffers left memory behind that neither could reuse.
        self._buffers[index] = (ctypes.c_ubyte * size).from_buffer(mmap.mmap(-1, size))
        return index

    def give_back(self, index: int) -> None:
        """The GUI thread let go of `index`: free it (or drop it, past SPARE_BUFFERS)."""
        self.held.discard(index)
        if index in self.queued:
            self.queued.remove(index)
        if len(self._buffers) > SPARE_BUFFERS and index != self.vlc:
            self._buffers.pop(index, None)


def lend(buffer: Buffer, width: int, height: int, returned: Callable[[], None]) -> QImage:
    """A QImage over `buffer`'s picture, without a copy; `returned` is called once the last copy of
    it is gone (PySide6 keeps the memory it was given referenced for as long as the image data
    lives, and a view of the buffer made for this image only is what it keeps)."""
    from PySide6.QtGui import QImage

    view = (ctypes.c_ubyte * (width * 4 * height)).from_buffer(buffer)
    weakref.finalize(view, returned).atexit = False
    return QImage(memoryview(view), width, height, width * 4, QImage.Format.Format_RGB32)


#: A kept copy's text under this key is the checksum of the frame it shows.
_CRC_KEY = "crc"


def keep_first_frame(table: FrameTable[QImage], first: int, verdict: Verdict, image: QImage) -> None:
    """Keep a copy of one of the loop's first frames (desktop.media.frame_tracker shows it in place
    of one libVLC skips after a wrap): a real copy, which holds no buffer, made once and not at
    every wrap while the frame's checksum stays the same."""
    keep = set(range(first, first + KEPT_FRAMES))
    if verdict.index not in keep:
        return  # frame 0 of a loop that starts later: never shown in place of another
    kept = table.images.get(verdict.index)
    if kept is None or kept.text(_CRC_KEY) != str(verdict.crc):
        kept = image.copy()
        kept.setText(_CRC_KEY, str(verdict.crc))
    table.image_bytes = kept.sizeInBytes()
    table.keep_image(verdict.index, kept, keep)
