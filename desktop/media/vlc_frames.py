"""The libVLC backend's controls by frame: the position, frame steps, a frame shown, a new loop live.

A part of desktop.media.vlc_backend.VlcBackend (a mixin over it): at run time a plain class; for the
type checker it derives from `_Backend`, which declares what it uses of the backend.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

from desktop.domain import Segment
from desktop.media.base import PlaybackState
from desktop.media.frame_tracker import SeekKind
from desktop.media.vlc_tuning import STEP_TIMEOUT_S

if TYPE_CHECKING:
    import threading

    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QImage

    from desktop.media.base import VideoBackend
    from desktop.media.frame_times import FrameClock
    from desktop.media.frame_tracker import Tracker
    from desktop.media.vlc_pacer import Pacer

    class _Backend(VideoBackend):
        _clock: FrameClock
        _shown: int
        _loading: bool
        _preroll: bool
        _step_want: int | None
        _mutex: threading.Condition
        _tracker: Tracker[QImage]
        _wrap_timer: QTimer
        _wrap_pending: bool
        _step_timer: QTimer
        _pacer: Pacer

        def _loop_bounds(self) -> tuple[int, int | None]: ...
        def _resync(self, want: int, kind: SeekKind) -> None: ...
        def _pause_player(self) -> None: ...
        def _schedule_wrap(self, last: int, rendered_at: float) -> None: ...

else:
    _Backend = object

log = logging.getLogger(__name__)


class FrameControls(_Backend):
    def position(self) -> float:
        return self._clock.start(max(0, self._shown))

    def set_segment(self, segment: Segment | None) -> bool:
        """Loop `segment` from the frame on screen, when that frame is inside it (see Tracker.rebound),
        with no new load: play goes on, or wraps at once when that frame is the new loop's last."""
        if (
            self._state != PlaybackState.PLAYING
            or self._loading
            or self._preroll
            or self._step_want is not None
        ):
            return False
        old, self.segment = self.segment, segment
        first, end = self._loop_bounds()
        inside = first <= self._shown and (end is None or self._shown < end)
        with self._mutex:
            live = inside and self._tracker.rebound(first, end)
            past = end is not None and self._tracker.last >= end - 1
        if not live:
            self.segment = old
            return False
        self._wrap_timer.stop()  # a wrap of the old loop
        self._wrap_pending = False
        if past and end is not None:  # frames after the new loop's last are rendered: not shown
            self._pacer.drop_from(end)
            self._schedule_wrap(end - 1, time.monotonic())
        return True

    def step_frame(self, direction: int) -> None:
        self._go_to(None, 1 if direction > 0 else -1)

    def show_frame(self, seconds: float) -> None:
        self._go_to(self._clock.frame_at(seconds), 0)

    def _go_to(self, frame: int | None, step: int) -> None:
        """Pause, then show `frame` (kept inside the loop), or the one `step` from the frame on screen."""
        if self.current is None or self._state == PlaybackState.ERROR or self._loading or self._shown < 0:
            return
        self.pause()
        first, end = self._loop_bounds()
        base = self._step_want if self._step_want is not None else self._shown
        target = base + step if frame is None else max(first, min(frame, frame if end is None else end - 1))
        if target == base or target < first or (end is not None and target >= end):
            return
        self._step_want = target
        self._resync(target, SeekKind.STEP)
        self._step_timer.start(int(STEP_TIMEOUT_S * 1000))

    def _step_stuck(self) -> None:
        if self._step_want is not None:
            log.info("frame step to %d in %s did not arrive; pausing", self._step_want, self.current)
            self._step_want = None
            self._pause_player()
