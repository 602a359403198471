"""libVLC through python-vlc, with frames delivered through its memory ("vmem") callbacks.

Threads: the callbacks run on libVLC's video-output thread. They only move buffer indices and
counters under a lock, then post a queued Qt signal; every libVLC call that changes playback and
every QImage is made on the GUI thread. Three buffers: libVLC writes into a free one, displayed
ones wait in order until the GUI thread has copied them, and when the GUI falls behind libVLC
waits (briefly) for a buffer, as a display's vsync would: every frame is shown, none is torn.

Looping: libVLC's clock (get_time) is coarse and lags the picture, so a loop driven by it wraps a
frame early or late depending on the machine's load, and `:input-repeat` (which re-opens the
input) lost a frame at the wrap here. Instead the backend knows which frame is on screen: a start or a precise seek lands on an
exact frame, and every new picture displayed after it is the next frame (late frames are never
dropped, so the count cannot slip). When the last frame of the loop is shown, the seek back to
its first frame is scheduled one frame interval later; libVLC answers a seek with the new frame in
about 3 ms, and a frame at or past the loop's end is never delivered.
"""

from __future__ import annotations

import ctypes
import logging
import math
import threading
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QImage

from desktop.domain import Segment
from desktop.media.base import FIRST_FRAME_TIMEOUT_S, PlaybackState, VideoBackend, check_media_file
from desktop.media.vlc_loader import VlcLoad

log = logging.getLogger(__name__)

BUFFERS = 3
_UINT_P = ctypes.POINTER(ctypes.c_uint)
# python-vlc declares `chroma` as c_char_p, which hands the callback a copy: writing "RV32" into
# it is lost and libVLC falls back to I420. This prototype makes it writable; it is cast below.
_FORMAT_CB = ctypes.CFUNCTYPE(
    ctypes.c_uint,
    ctypes.POINTER(ctypes.c_void_p),
    ctypes.POINTER(ctypes.c_char),
    _UINT_P,
    _UINT_P,
    _UINT_P,
    _UINT_P,
)
#: The seek back to the loop's start is issued this much before the last frame's time is up,
#: to cover libVLC's answer to a seek (about 3 ms measured here).
SEEK_MARGIN_S = 0.006
#: At the end of the file libVLC ends the input 26-34 ms after the last frame is shown, so a
#: whole-clip wrap must be issued well before that.
END_OF_FILE_MARGIN_S = 0.016

#: After a frame step, deliveries stay open this long for the stepped-to picture to arrive.
STEP_WINDOW_S = 0.35
#: How long libVLC may wait for the GUI thread to free a buffer before the oldest waiting frame
#: is given up (only when the GUI thread is stalled).
BUFFER_WAIT_S = 0.25
DEFAULT_FPS = 30.0


def first_frame(seconds: float, fps: float) -> int:
    """Index of the first frame whose start time is at or after `seconds`."""
    return max(0, math.ceil(seconds * fps - 1e-3))


class VlcBackend(VideoBackend):
    key = "vlc"

    _frameDisplayed = Signal()
    _loopEndShown = Signal(int)
    _startShown = Signal(int)
    _vlcEvent = Signal(str, int)

    def __init__(self, loaded: VlcLoad, parent: QObject | None = None) -> None:
        super().__init__(parent)
        assert loaded.module is not None
        self._vlc = loaded.module
        self._instance = loaded.instance
        self.display_name = f"libVLC {loaded.version}".strip()
        self._player = self._instance.media_player_new()
        self._media: Any = None
        self._rate = 1.0
        self._fps = DEFAULT_FPS
        self._load_serial = 0
        self._frames_shown = 0

        # Shared with the video-output thread; guarded by _mutex.
        self._mutex = threading.Condition()
        self._buffers: list[Any] = [None] * BUFFERS
        self._width = 0
        self._height = 0
        self._writing = -1
        self._queue: list[int] = []  # displayed buffers waiting for the GUI thread, oldest first
        self._draining = False  # the GUI thread is stopping the player: never wait for it
        self._suppress = False  # paused: libVLC re-displays the same picture; deliver nothing
        self._allow_until = 0.0  # ...except during a frame step's window
        self._next_index = 0  # the frame the next new picture will be
        self._shown_index = -1  # the frame on screen
        self._loop_first = 0  # first frame of the loop
        self._loop_end: int | None = None  # one past the loop's last frame, once known
        self._loop_armed = False  # the seek back is scheduled; frames now are past the end
        self._start_seek = False  # a segment starts with a precise seek on the first picture
        self._stale = False  # the next display is a picture prepared before a seek

        vlc = self._vlc
        # Keep the ctypes callback objects referenced for the life of the player.
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
        self._loopEndShown.connect(self._schedule_wrap, Qt.ConnectionType.QueuedConnection)
        self._startShown.connect(self._seek_to_start, Qt.ConnectionType.QueuedConnection)
        self._vlcEvent.connect(self._handle_event, Qt.ConnectionType.QueuedConnection)

        self._wrap_timer = QTimer(self)
        self._wrap_timer.setSingleShot(True)
        self._wrap_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._wrap_timer.timeout.connect(self._wrap)
        self._first_frame_timer = QTimer(self)
        self._first_frame_timer.setSingleShot(True)
        self._first_frame_timer.timeout.connect(self._no_first_frame)

    # ----- video-output thread: no libVLC calls except video_get_size, no Qt objects
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
            # libVLC may call this several times while starting; keep the buffers (and the frames
            # waiting in them) unless the size really changed.
            if (w, h) != (self._width, self._height) or self._buffers[0] is None:
                self._width, self._height = w, h
                # Spare rows: some decoders write past the last line they were given.
                self._buffers = [(ctypes.c_ubyte * (w * 4 * (h + 16)))() for _ in range(BUFFERS)]
                self._writing = -1
                self._queue.clear()
        return 1

    def _on_cleanup(self, opaque: Any) -> None:
        return None

    def _free_buffer(self) -> int | None:
        return next((i for i in range(BUFFERS) if i != self._writing and i not in self._queue), None)

    def _on_lock(self, opaque: Any, planes: Any) -> Any:
        with self._mutex:
            index = self._free_buffer()
            if index is None and not self._draining:
                self._mutex.wait_for(lambda: self._draining or self._free_buffer() is not None, BUFFER_WAIT_S)
                index = self._free_buffer()
            if index is None:
                self._queue.pop(0)  # the GUI thread is stalled: give up its oldest frame
                index = self._free_buffer()
            assert index is not None
            self._writing = index
            planes[0] = ctypes.addressof(self._buffers[index])
        return ctypes.c_void_p(index + 1).value

    def _on_unlock(self, opaque: Any, picture: Any, planes: Any) -> None:
        return None

    def _on_display(self, opaque: Any, picture: Any) -> None:
        loop_end_shown = start_shown = False
        with self._mutex:
            written = (picture or 1) - 1
            self._writing = -1
            if self._stale:
                self._stale = False
                return  # prepared before the last seek: not the frame the seek asked for
            if self._suppress and time.monotonic() > self._allow_until:
                return  # paused: a re-display of the picture already on screen
            serial = self._load_serial
            if self._start_seek:
                self._start_seek = False
                start_shown = True
            if not self._suppress:
                index = self._next_index
                self._next_index += 1
                if self._loop_armed or (self._loop_end is not None and index >= self._loop_end):
                    if start_shown:
                        self._startShown.emit(serial)
                    return  # before the segment's start or past the loop's end: show nothing new
                self._shown_index = index
                loop_end_shown = self._loop_end is not None and index == self._loop_end - 1
                self._loop_armed = loop_end_shown
            if self._suppress and self._queue:
                return  # a frame step's window: only the newest picture matters
            self._queue.append(written)
        self._frameDisplayed.emit()
        if loop_end_shown:
            self._loopEndShown.emit(serial)

    def _on_vlc_event(self, event: Any) -> None:
        # The serial tells the GUI thread which clip the event was about (it may have moved on).
        self._vlcEvent.emit(self._event_types.get(event.type, "other"), self._load_serial)

    # ----- GUI thread
    @Slot()
    def _deliver_frame(self) -> None:
        with self._mutex:
            if not self._queue or not self._width:
                return
            buf = self._buffers[self._queue[0]]
            image = QImage(
                memoryview(buf), self._width, self._height, self._width * 4, QImage.Format.Format_RGB32
            ).copy()
            self._queue.pop(0)
            self._mutex.notify_all()
        self._frames_shown += 1
        if self._frames_shown == 1:
            self._first_frame_timer.stop()
            self._learn_timing()
        self.frameReady.emit(image)

    def _learn_timing(self) -> None:
        """With the first frame on screen libVLC knows the frame rate and length: set the loop's end."""
        fps = self._player.get_fps()
        self._fps = fps if fps and fps > 1 else DEFAULT_FPS
        end: int | None = None
        if self.segment is not None:
            end = first_frame(self.segment.end, self._fps)
        elif self.loop:
            length_ms = self._player.get_length()
            end = round(length_ms / 1000.0 * self._fps) if length_ms > 0 else None
        with self._mutex:
            self._loop_end = end

    @Slot(int)
    def _seek_to_start(self, serial: int) -> None:
        if serial != self._load_serial or self.segment is None:
            return
        fps = self._player.get_fps()
        self._fps = fps if fps and fps > 1 else DEFAULT_FPS
        self._loop_first = first_frame(self.segment.start, self._fps)
        self._seek_to_frame(self._loop_first)

    @Slot(int)
    def _schedule_wrap(self, serial: int) -> None:
        if serial != self._load_serial:
            return
        if not self.loop:
            self.pause()
            return
        margin = SEEK_MARGIN_S if self.segment is not None else END_OF_FILE_MARGIN_S
        delay = max(0.0, 1.0 / (self._fps * self._rate) - margin)
        self._wrap_timer.start(int(delay * 1000))

    @Slot()
    def _wrap(self) -> None:
        if self._state == PlaybackState.PLAYING:
            self._seek_to_frame(self._loop_first)

    def _seek_to_frame(self, index: int) -> None:
        """A precise seek to the middle of frame `index`; the next new picture is that frame.

        libVLC prepares (locks and fills) a picture a few ms before displaying it; a picture
        prepared when the seek is asked for is still displayed once, and is skipped here.
        """
        with self._mutex:
            self._next_index = index
            self._loop_armed = False
            self._stale = self._writing >= 0
        self._player.set_time(int((index + 0.5) / self._fps * 1000))

    @Slot(str, int)
    def _handle_event(self, kind: str, serial: int) -> None:
        if serial != self._load_serial:
            return  # about the previous clip
        if kind == "error":
            self._fail(f"{self.current}: libVLC could not play this file (is it a video clip?)")
        elif kind == "end":
            if self._frames_shown == 0:
                if self._player.video_get_track_count() <= 0:
                    self._fail(f"{self.current}: the file has no video track")
                else:
                    self._fail(f"{self.current}: no picture could be decoded from this file")
            elif self.loop and self._state == PlaybackState.PLAYING:
                # The wrap seek came too late (a stalled GUI thread): start the loop again.
                log.info("libVLC reached the end of %s before the loop's seek; restarting", self.current)
                self._restart_counting()
                self._player.set_media(self._media)
                self._player.play()
            else:
                self._set_state(PlaybackState.STOPPED)
        elif kind == "playing" and self._state not in (PlaybackState.ERROR, PlaybackState.PAUSED):
            self._set_state(PlaybackState.PLAYING)

    def _stop_player(self) -> None:
        """libVLC's stop waits for its video thread, which may be waiting for us: let it go."""
        with self._mutex:
            self._draining = True
            self._mutex.notify_all()
        self._player.stop()  # synchronous: no callback of the old clip runs after this
        with self._mutex:
            self._draining = False
            self._queue.clear()  # a delivery still queued must not show the old clip's frame

    def _restart_counting(self) -> None:
        """The input starts again from the beginning of the file."""
        with self._mutex:
            self._next_index = 0
            self._start_seek = self._loop_armed = self._loop_first > 0
            self._stale = False

    def load(
        self, path: Path, segment: Segment | None = None, *, loop: bool = True, autoplay: bool = True
    ) -> None:
        self._stop_player()
        self._wrap_timer.stop()
        self._first_frame_timer.stop()
        self.current = Path(path)
        self.segment = segment
        self.loop = loop
        self._frames_shown = 0
        with self._mutex:
            self._load_serial += 1
            self._loop_first = first_frame(segment.start, self._fps) if segment else 0
            self._next_index = 0
            self._shown_index = -1
            self._loop_end = None
            self._start_seek = self._loop_armed = self._loop_first > 0
            self._suppress = False
        problem = check_media_file(self.current)
        if problem:
            self._player.set_media(None)
            self._fail(problem)
            return
        media = self._instance.media_new_path(str(self.current))
        self._media = media
        self._player.set_media(media)
        self._set_state(PlaybackState.LOADING)
        if autoplay:
            self.play()

    def play(self) -> None:
        if self.current is None or self._state in (PlaybackState.ERROR, PlaybackState.PLAYING):
            return
        resuming = self._state == PlaybackState.PAUSED
        if self._player.get_state() == self._vlc.State.Ended:
            self._restart_counting()
            self._player.set_media(self._media)
            resuming = False
        if resuming and self._shown_index >= 0:
            # Frames queued when the pause was asked for may have moved libVLC past what is on
            # screen: continue exactly after the frame the user sees.
            nxt = self._shown_index + 1
            if self._loop_end is not None and nxt >= self._loop_end:
                nxt = self._loop_first
            self._seek_to_frame(nxt)
        with self._mutex:
            self._suppress = False
        self._player.play()
        self._player.set_rate(self._rate)
        if self._frames_shown == 0:
            self._first_frame_timer.start(int(FIRST_FRAME_TIMEOUT_S * 1000))
        self._set_state(PlaybackState.LOADING if self._frames_shown == 0 else PlaybackState.PLAYING)

    def pause(self) -> None:
        if self._state in (PlaybackState.PLAYING, PlaybackState.LOADING):
            with self._mutex:
                self._suppress = True
            self._player.set_pause(1)
            self._wrap_timer.stop()
            self._set_state(PlaybackState.PAUSED)

    def stop(self) -> None:
        self._wrap_timer.stop()
        self._first_frame_timer.stop()
        self._stop_player()
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
        with self._mutex:
            index = self._shown_index
        return max(0, index) / self._fps

    def step_frame(self, direction: int) -> None:
        if self.current is None or self._state == PlaybackState.ERROR or self._frames_shown == 0:
            return
        self.pause()
        with self._mutex:
            shown = self._shown_index
            end = self._loop_end
        target = shown + (1 if direction > 0 else -1)
        if target < self._loop_first or (end is not None and target >= end):
            return
        with self._mutex:
            self._shown_index = target
            self._allow_until = time.monotonic() + STEP_WINDOW_S
        self._seek_to_frame(target)

    def close(self) -> None:
        self.stop()
        self._player.release()

    @Slot()
    def _no_first_frame(self) -> None:
        if self._frames_shown == 0 and self._state not in (PlaybackState.ERROR, PlaybackState.PAUSED):
            no_video = self._player.video_get_track_count() == 0
            self._stop_player()
            if no_video:
                self._fail(f"{self.current}: the file has no video track")
            else:
                self._fail(
                    f"{self.current}: no picture could be decoded from this file (unsupported or damaged video)"
                )
