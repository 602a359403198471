"""libVLC through python-vlc, with frames delivered through its memory ("vmem") callbacks.

The callbacks run on libVLC's decoder thread. They only copy pointers and flip indices under a
lock, then post a queued Qt signal; every libVLC call and every QImage is made on the GUI thread.
Three buffers: libVLC writes into one that is neither the front (last displayed) one nor being
copied, so a frame is never torn.
"""

from __future__ import annotations

import ctypes
import logging
import threading
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QImage

from desktop.domain import Segment
from desktop.media.base import PlaybackState, VideoBackend, check_media_file
from desktop.media.vlc_loader import VlcLoad

log = logging.getLogger(__name__)

BUFFERS = 3
_UINT_P = ctypes.POINTER(ctypes.c_uint)
_FORMAT_CB = ctypes.CFUNCTYPE(
    ctypes.c_uint,
    ctypes.POINTER(ctypes.c_void_p),
    ctypes.POINTER(ctypes.c_char),
    _UINT_P,
    _UINT_P,
    _UINT_P,
    _UINT_P,
)
#: How long before the segment end the seek back to its start is issued. libVLC's clock lags the
#: picture, so seeking at the end itself shows frames past it (DESIGN.md).
SEGMENT_LEAD_S = 0.060
#: A clip that shows no frame this long after play() is reported as undecodable.
FIRST_FRAME_TIMEOUT_S = 6.0


class VlcBackend(VideoBackend):
    key = "vlc"

    _frameDisplayed = Signal()
    _vlcEvent = Signal(str)

    def __init__(self, loaded: VlcLoad, parent: QObject | None = None) -> None:
        super().__init__(parent)
        assert loaded.module is not None
        self._vlc = loaded.module
        self._instance = loaded.instance
        self.display_name = f"libVLC {loaded.version}".strip()
        self._player = self._instance.media_player_new()
        self._media: Any = None

        self._mutex = threading.Lock()
        self._buffers: list[Any] = [None] * BUFFERS
        self._width = 0
        self._height = 0
        self._front = -1
        self._pending = False
        self._frames_shown = 0
        self._load_serial = 0

        vlc = self._vlc
        # Keep the ctypes callback objects referenced for the life of the player.
        # python-vlc declares `chroma` as c_char_p, which hands the callback a copy: writing "RV32"
        # into it is lost and libVLC falls back to I420. Declare it writable and cast.
        self._cb_format_raw = _FORMAT_CB(self._on_format)
        self._cb_format = ctypes.cast(self._cb_format_raw, vlc.CallbackDecorators.VideoFormatCb)
        self._cb_cleanup = vlc.CallbackDecorators.VideoCleanupCb(self._on_cleanup)
        self._cb_lock = vlc.CallbackDecorators.VideoLockCb(self._on_lock)
        self._cb_unlock = vlc.CallbackDecorators.VideoUnlockCb(self._on_unlock)
        self._cb_display = vlc.CallbackDecorators.VideoDisplayCb(self._on_display)
        self._player.video_set_format_callbacks(self._cb_format, self._cb_cleanup)
        self._player.video_set_callbacks(self._cb_lock, self._cb_unlock, self._cb_display, None)

        events = self._player.event_manager()
        self._event_types = {
            vlc.EventType.MediaPlayerEncounteredError: "error",
            vlc.EventType.MediaPlayerEndReached: "end",
            vlc.EventType.MediaPlayerPlaying: "playing",
            vlc.EventType.MediaPlayerPaused: "paused",
        }
        for event_type in self._event_types:
            events.event_attach(event_type, self._on_vlc_event)

        self._frameDisplayed.connect(self._deliver_frame, Qt.ConnectionType.QueuedConnection)
        self._vlcEvent.connect(self._handle_event, Qt.ConnectionType.QueuedConnection)

        self._segment_timer = QTimer(self)
        self._segment_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._segment_timer.setInterval(4)
        self._segment_timer.timeout.connect(self._check_segment)
        self._clock_ms = -1
        self._clock_at = 0.0
        self._seek_at = -10.0
        self._writing = -1
        self._suppress = False
        self._rate = 1.0

        self._first_frame_timer = QTimer(self)
        self._first_frame_timer.setSingleShot(True)
        self._first_frame_timer.timeout.connect(self._no_first_frame)

    # ----- libVLC decoder-thread callbacks: no libVLC calls except video_get_size, no Qt objects
    def _on_format(self, opaque: Any, chroma: Any, width: Any, height: Any, pitches: Any, lines: Any) -> int:
        ctypes.memmove(chroma, b"RV32", 4)
        # libVLC offers a padded height; the real size answers here (DESIGN.md).
        w, h = self._player.video_get_size(0) or (0, 0)
        if not w or not h:
            w, h = width[0], height[0]
        width[0], height[0] = w, h
        pitches[0] = w * 4
        lines[0] = h
        with self._mutex:
            self._width, self._height = w, h
            # Spare rows: some decoders write past the last line they were given.
            self._buffers = [(ctypes.c_ubyte * (w * 4 * (h + 16)))() for _ in range(BUFFERS)]
            self._front = -1
        return 1

    def _on_cleanup(self, opaque: Any) -> None:
        return None

    def _on_lock(self, opaque: Any, planes: Any) -> Any:
        with self._mutex:
            index = next(i for i in range(BUFFERS) if i not in (self._front, self._writing))
            self._writing = index
            planes[0] = ctypes.addressof(self._buffers[index])
        return ctypes.c_void_p(index + 1).value

    def _on_unlock(self, opaque: Any, picture: Any, planes: Any) -> None:
        return None

    def _on_display(self, opaque: Any, picture: Any) -> None:
        with self._mutex:
            if self._suppress:
                # Paused: libVLC re-displays (and re-copies) the current picture about 16 times
                # a second. Nothing new to show, so no copy and no signal.
                return
            self._front = (picture or 1) - 1
            self._writing = -1
            if self._pending:
                return
            self._pending = True
        self._frameDisplayed.emit()

    def _on_vlc_event(self, event: Any) -> None:
        self._vlcEvent.emit(self._event_types.get(event.type, "other"))

    # ----- GUI thread
    @Slot()
    def _deliver_frame(self) -> None:
        with self._mutex:
            self._pending = False
            if self._front < 0 or not self._width:
                return
            buf = self._buffers[self._front]
            image = QImage(
                memoryview(buf), self._width, self._height, self._width * 4, QImage.Format.Format_RGB32
            ).copy()
        self._frames_shown += 1
        if self._frames_shown == 1:
            self._first_frame_timer.stop()
        self.frameReady.emit(image)

    @Slot(str)
    def _handle_event(self, kind: str) -> None:
        if kind == "error":
            self._fail(f"{self.current}: libVLC could not play this file (is it a video clip?)")
            self._segment_timer.stop()
        elif kind == "end":
            if self._frames_shown == 0:
                self._fail(f"{self.current}: no picture could be decoded from this file")
            else:
                self._set_state(PlaybackState.STOPPED)
            self._segment_timer.stop()
        elif kind == "playing" and self._state != PlaybackState.ERROR:
            self._set_state(PlaybackState.PLAYING)
        elif kind == "paused" and self._state != PlaybackState.ERROR:
            self._set_state(PlaybackState.PAUSED)

    def load(
        self, path: Path, segment: Segment | None = None, *, loop: bool = True, autoplay: bool = True
    ) -> None:
        self._player.stop()
        self._segment_timer.stop()
        self._first_frame_timer.stop()
        self.current = Path(path)
        self.segment = segment
        self.loop = loop
        self._frames_shown = 0
        problem = check_media_file(self.current)
        if problem:
            self._fail(problem)
            return
        media = self._instance.media_new_path(str(self.current))
        if segment is None:
            if loop:
                media.add_option(":input-repeat=65535")
        else:
            media.add_option(f":start-time={segment.start:.3f}")
        self._media = media
        self._player.set_media(media)
        self._set_state(PlaybackState.LOADING)
        if autoplay:
            self.play()

    def play(self) -> None:
        if self.current is None or self._state == PlaybackState.ERROR:
            return
        if self._player.get_state() == self._vlc.State.Ended:
            self._player.set_media(self._media)
        self._suppress = False
        self._player.play()
        self._player.set_rate(self._rate)
        if self._frames_shown == 0:
            self._first_frame_timer.start(int(FIRST_FRAME_TIMEOUT_S * 1000))
        if self.segment is not None:
            self._clock_ms = -1
            self._segment_timer.start()

    def pause(self) -> None:
        if self._state == PlaybackState.PLAYING or self._player.is_playing():
            self._player.set_pause(1)
            self._suppress = True
            self._segment_timer.stop()
            self._set_state(PlaybackState.PAUSED)

    def stop(self) -> None:
        self._segment_timer.stop()
        self._first_frame_timer.stop()
        self._player.stop()
        if self._state != PlaybackState.ERROR:
            self._set_state(PlaybackState.STOPPED)

    def set_rate(self, rate: float) -> None:
        self._rate = rate
        self._player.set_rate(rate)

    def set_muted(self, muted: bool) -> None:
        self._player.audio_set_mute(muted)

    def set_volume(self, volume: int) -> None:
        self._player.audio_set_volume(max(0, min(100, volume)))

    def position(self) -> float:
        return max(0, self._player.get_time()) / 1000.0

    def close(self) -> None:
        self.stop()
        self._player.release()

    @Slot()
    def _no_first_frame(self) -> None:
        if self._frames_shown == 0 and self._state != PlaybackState.ERROR:
            self._player.stop()
            self._fail(f"{self.current}: no picture could be decoded from this file")

    @Slot()
    def _check_segment(self) -> None:
        """Extrapolate libVLC's coarse clock and wrap to the segment start just before its end."""
        seg = self.segment
        if seg is None:
            return
        now = time.monotonic()
        t_ms = self._player.get_time()
        expected = seg.start + (now - self._seek_at) * self._rate
        if now - self._seek_at < 1.0 and t_ms >= 0 and t_ms / 1000.0 > expected + 0.3:
            # libVLC still reports the time from before our seek: trust the seek instead.
            t_ms = -1
        if t_ms >= 0 and t_ms != self._clock_ms:
            self._clock_ms, self._clock_at = t_ms, now
        if self._clock_ms < 0:
            return
        estimate = self._clock_ms / 1000.0 + (now - self._clock_at) * self._rate
        if estimate >= seg.end - SEGMENT_LEAD_S * self._rate or estimate < seg.start - 0.5:
            if not self.loop and estimate >= seg.end - SEGMENT_LEAD_S * self._rate:
                self.pause()
                return
            self._player.set_time(int(seg.start * 1000))
            self._clock_ms, self._clock_at, self._seek_at = int(seg.start * 1000), now, now
