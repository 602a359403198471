"""When each identified frame of the libVLC backend is shown.

Presentation is paced here, not by libVLC's display call: identified frames are shown one frame
interval apart (at the current rate) on a precise timer, about PRESENT_LAG_S behind libVLC. That
lag is the budget of a wrap (see desktop.media.vlc_backend): the loop's last frame is held one
interval and no longer, and the seek back may be issued as late as the clip's seek latency allows.
A frame's interval is its own on a variable-frame-rate clip (desktop.media.frame_times).
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Slot
from PySide6.QtGui import QImage

from desktop.media.frame_times import FrameClock
from desktop.media.frame_tracker import DEFAULT_FPS, SeekKind
from desktop.media.vlc_tuning import EOF_SEEK_WINDOW_S, RESTART_COVER_S, SEEK_SAFETY_S

#: Frames are shown this long after libVLC delivers them; a wrap's seek has this much extra time.
PRESENT_LAG_S = 0.040
#: When the lag has grown past PRESENT_LAG_S plus half a frame, each frame is shown at least this
#: much earlier than its slot until it is back (3% faster, invisible) ...
SHED_S = 0.001
#: ... and at most this share of a frame interval earlier: a whole clip's wrap must beat the end of
#: the input, so libVLC gains up to ~18 ms a loop, more than 1 ms a frame gives back in short loops.
SHED_MAX = 0.05


class Pacer(QObject):
    """Shows identified frames one frame interval apart, PRESENT_LAG_S behind their arrival."""

    def __init__(self, show: Callable[[int, QImage], None], parent: QObject) -> None:
        super().__init__(parent)
        self._show = show
        self._queue: deque[tuple[float, int, QImage]] = deque()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._pump)
        self._due: float | None = None  # when the last frame queued is (or was) shown
        self._index = -1
        self._shown: tuple[float, int] | None = None  # when the frame on screen was due, and which
        self.clock = FrameClock(DEFAULT_FPS)
        self.rate = 1.0

    @property
    def interval(self) -> float:
        """The clip's (average) frame interval at the current rate."""
        return 1 / (self.clock.fps * self.rate)

    def own_interval(self, index: int) -> float:
        """How long frame `index` is shown at the current rate."""
        return self.clock.interval(index) / self.rate

    def reset(self) -> None:
        self._queue.clear()
        self._timer.stop()
        self._due, self._index = None, -1
        self._shown = None

    def drop_from(self, index: int) -> None:
        """Frames from `index` on are not shown: the loop now ends before them."""
        self._queue = deque(item for item in self._queue if item[1] < index)
        last = self._queue[-1][:2] if self._queue else self._shown
        self._due, self._index = last if last is not None else (None, -1)

    def predict(self, index: int) -> float | None:
        """When frame `index` will be shown if it follows the frames queued so far."""
        if self._due is None:
            return None
        return self._due + self.clock.span(self._index, index) / self.rate

    def wrap_at(self, last: int, rendered_at: float, seek_latency: float, to_file_end: float | None) -> float:
        """When to seek back to the loop's first frame, its last frame `last` rendered at `rendered_at`:
        as late as the clip's `seek_latency` allows for the first frame to follow `last` after its own
        interval. `to_file_end` (seconds at 1x from the loop's end to the end of the file, if known):
        libVLC ends the input there, so the wrap must come before, unless the frames waiting to be
        shown last longer than RESTART_COVER_S (then the backend opens the clip again)."""
        shown_at = self.predict(last)
        if shown_at is None:
            shown_at = rendered_at + PRESENT_LAG_S
        at = shown_at + self.own_interval(last) - seek_latency - SEEK_SAFETY_S
        if to_file_end is not None and shown_at - time.monotonic() < RESTART_COVER_S:
            at = min(at, rendered_at + EOF_SEEK_WINDOW_S + to_file_end / self.rate)
        return at

    def push(self, index: int, image: QImage, arrival: float, start: SeekKind | None) -> float:
        """Queue frame `index`, which arrived at `arrival` (the first after a seek of kind `start`)."""
        iv = self.own_interval(self._index)
        if start == SeekKind.STEP:
            due = arrival
        elif start == SeekKind.START or self._due is None:
            due = arrival + PRESENT_LAG_S
        else:
            # After a wrap the loop's first frame follows its last one like any next frame: the
            # last frame is held one interval (less while the lag is shed), no longer.
            wrapped = start in (SeekKind.WRAP, SeekKind.RESTART)
            ahead = not wrapped and index > self._index
            due = self._due + (self.clock.span(self._index, index) / self.rate if ahead else iv)
            excess = due - arrival - PRESENT_LAG_S
            if excess > iv / 2:
                shed = min(SHED_MAX * iv, max(SHED_S, (excess - iv / 2) / 4))
                due = max(arrival + PRESENT_LAG_S, due - shed)
            due = max(due, arrival)
        self._due, self._index = due, index
        self._queue.append((due, index, image))
        self._pump()
        return due

    @Slot()
    def _pump(self) -> None:
        while self._queue and self._queue[0][0] <= time.monotonic() + 0.0005:
            due, index, image = self._queue.popleft()
            self._shown = (due, index)
            self._show(index, image)
        if self._queue:
            self._timer.start(max(0, int((self._queue[0][0] - time.monotonic()) * 1000)))
