"""Qt Multimedia (QMediaPlayer with PySide6-Addons' FFmpeg) as the fallback backend.

Frames come from a QVideoSink and are converted with QVideoFrame.toImage(); with
Qt.AA_ForceRasterWidgets set before the QApplication that conversion runs on the CPU (docs/DESIGN.md).
Each frame carries its own start time, so a segment wraps on the exact frame: a frame at or past
the segment end is never shown, and the player seeks back to the start. The seek is issued while
the segment's last frame is on screen, one frame interval minus the measured seek latency after
it arrived, and the segment's first frame is held back until that interval is up: the last frame
is shown one interval, like every other (a seek issued only when the frame past the end arrived
held it 40-45 ms here). A whole clip loops the same way, as the segment [0, duration); if its last
frame is not recognised, the end of the media still wraps it, a little late.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer, QVideoFrame, QVideoSink

from desktop.content.media_info import lie_message, mp4_duration, overstates
from desktop.domain import Segment
from desktop.domain.messages import message as msg
from desktop.media.base import FIRST_FRAME_TIMEOUT_S, PlaybackState, VideoBackend, check_media_file
from desktop.media.notes import clip_problem

log = logging.getLogger(__name__)

#: First guess at the time from setPosition() to the sought frame's arrival (measured: 7-12 ms).
INITIAL_SEEK_LATENCY_S = 0.015
#: The estimate follows the slowest recent seek and forgets it by this factor per wrap.
LATENCY_DECAY = 0.85
#: The wrap's seek goes out this much earlier than the estimate asks; the first frame waits.
SEEK_SAFETY_S = 0.004


#: show_frame aims this far past a frame's start.
SHOW_AIM_S = 0.002


class QtBackend(VideoBackend):
    key = "qt"
    display_name = "Qt Multimedia"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._player = QMediaPlayer(self)
        self._sink = QVideoSink(self)
        self._audio = QAudioOutput(self)
        self._player.setVideoSink(self._sink)
        self._player.setAudioOutput(self._audio)
        self._sink.videoFrameChanged.connect(self._on_frame)
        self._player.errorOccurred.connect(self._on_error)
        self._player.mediaStatusChanged.connect(self._on_status)
        self._player.playbackStateChanged.connect(self._on_playback_state)
        self._frames_shown = 0
        self._wrapping = False
        self._want_playing = False
        #: Frames of the previous clip may still be queued after a load; take none until it has loaded.
        self._accepting = False
        self._shown_time = 0.0
        self._shown_start: int | None = None  # startTime of the frame on screen, in µs
        self._frame_interval = 1 / 30
        self._first_frame_timer = QTimer(self)
        self._first_frame_timer.setSingleShot(True)
        self._first_frame_timer.timeout.connect(self._no_first_frame)
        # Segment wraps: the seek is timed from the last frame's arrival (see the module's text).
        self._wrap_timer = self._precise_timer(self._wrap)
        self._release_timer = self._precise_timer(self._release)
        self._held: QImage | None = None  # the segment's first frame, waiting for its moment
        self._emitted_at = 0.0  # when the frame on screen was emitted
        self._seek_at: float | None = None  # when the wrap's seek was issued
        self._seek_latency = INITIAL_SEEK_LATENCY_S

    def _precise_timer(self, slot: object) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.timeout.connect(slot)
        return timer

    def _drop_wrap(self) -> None:
        """No wrap is coming, and a first frame held back is never shown (a new clip, a stop)."""
        self._wrap_timer.stop()
        self._release_timer.stop()
        self._held = None

    def _cancel_wrap(self) -> None:
        self._wrap_timer.stop()
        if self._held is not None:
            self._release()

    def load(
        self, path: Path, segment: Segment | None = None, *, loop: bool = True, autoplay: bool = True
    ) -> None:
        self._player.stop()
        self.current = Path(path)
        self.segment = segment
        self.loop = loop
        self._frames_shown = 0
        self._wrapping = False
        self._accepting = False
        self._first_frame_timer.stop()
        self._drop_wrap()
        self._seek_at = None
        self._shown_time = segment.start if segment else 0.0
        self._shown_start = None
        problem = self.known_broken(self.current) or check_media_file(self.current)
        if problem:
            self._player.setSource(QUrl())
            self._fail(problem)
            return
        self._set_state(PlaybackState.LOADING)
        self._player.setLoops(QMediaPlayer.Loops.Once)  # loops are ours: see the module's text
        url = QUrl.fromLocalFile(str(self.current))
        if self._player.source() == url:
            self._player.setSource(QUrl())  # the same clip again: reload it, or it resumes mid-way
        self._player.setSource(url)
        if segment is not None:
            self._player.setPosition(int(segment.start * 1000))
        if autoplay:
            self.play()

    def play(self) -> None:
        if self.current is None or self._state == PlaybackState.ERROR:
            return
        self._want_playing = True
        if self._accepting:
            self._player.play()
        # else: it plays once loaded, if it has a picture. (Stopping an audio-only file that had
        # begun to play with no audio device hung in QMediaPlayer.stop() now and then.)
        if self._frames_shown == 0:
            self._first_frame_timer.start(int(FIRST_FRAME_TIMEOUT_S * 1000))

    def pause(self) -> None:
        self._want_playing = False
        self._cancel_wrap()
        self._player.pause()

    def stop(self) -> None:
        self._first_frame_timer.stop()
        self._want_playing = False
        self._drop_wrap()
        self._player.stop()
        if self._state != PlaybackState.ERROR:
            self._set_state(PlaybackState.STOPPED)

    def set_rate(self, rate: float) -> None:
        self._player.setPlaybackRate(rate)

    def set_muted(self, muted: bool) -> None:
        self._audio.setMuted(muted)

    def set_volume(self, volume: int) -> None:
        self._audio.setVolume(max(0, min(100, volume)) / 100.0)

    def volume(self) -> tuple[bool, int]:
        return self._audio.isMuted(), round(self._audio.volume() * 100)

    def position(self) -> float:
        # The frame's own start: the player's position runs ahead of, or lags, the frame shown.
        return self._shown_time

    def close(self) -> None:
        self.stop()
        self._player.setSource(QUrl())

    @Slot(QVideoFrame)
    def _on_frame(self, frame: QVideoFrame) -> None:
        if not frame.isValid() or self._state == PlaybackState.ERROR or not self._accepting:
            return
        if not self.loop and self._player.mediaStatus() == QMediaPlayer.MediaStatus.EndOfMedia:
            return  # played once: the player rewinds at its end, but the last frame stays
        seg = self.segment
        start, end = self._loop_range()
        t = frame.startTime() / 1_000_000
        if seg is not None and t < seg.start - 0.001 and not self._wrapping:
            self._wrap()  # the player started before our seek to the segment took hold
            return
        if (end is not None and t >= end - 0.001) or (
            self._wrapping and not start - 0.001 <= t < start + 0.5
        ):
            self._wrap()
            return
        self._wrapping = False
        if frame.startTime() == self._shown_start:
            return  # the sink presents the frame at the position again after a seek: shown already
        image = frame.toImage()
        if image.isNull():
            return
        self._shown_time = frame.startTime() / 1_000_000
        self._shown_start = frame.startTime()
        if frame.endTime() > frame.startTime():
            self._frame_interval = (frame.endTime() - frame.startTime()) / 1_000_000
        self._frames_shown += 1
        self._first_frame_timer.stop()
        if self._held is not None:
            self._release()  # a frame after the held one: the held one is due now
        now = time.monotonic()
        interval = self._frame_interval / max(0.01, self._player.playbackRate())
        seek_at, self._seek_at = self._seek_at, None
        if seek_at is not None and self._frames_shown > 1:
            # The first frame after a wrap's seek: learn the latency, hold it until its moment.
            self._seek_latency = max(now - seek_at, self._seek_latency * LATENCY_DECAY)
            due = self._emitted_at + interval
            if due - now > 0.001:
                self._held = image
                self._release_timer.start(int((due - now) * 1000))
                return
        self._emit(image, now)
        # The next frame starts where this one ends (on a variable-rate clip it may be much shorter).
        ends = frame.endTime() / 1_000_000 if frame.endTime() > frame.startTime() else None
        last = ends > end - 0.001 if ends is not None and end is not None else None
        if last is None and end is not None:
            last = t + 1.5 * self._frame_interval > end
        if self.loop and self._want_playing and last:
            # The loop's last frame: seek back in time for the first to follow it on the beat.
            lead = self._seek_latency + SEEK_SAFETY_S
            self._wrap_timer.start(max(0, int((interval - lead) * 1000)))

    def _loop_range(self) -> tuple[float, float | None]:
        """The loop's [start, end) in seconds; the end of a whole clip is None until it is known."""
        if self.segment is not None:
            return self.segment.start, self.segment.end
        duration = self._player.duration()
        return 0.0, (duration / 1000.0 if duration > 0 else None)

    def _emit(self, image: QImage, now: float) -> None:
        self._emitted_at = now
        self.frameReady.emit(image)

    @Slot()
    def _release(self) -> None:
        self._release_timer.stop()
        image, self._held = self._held, None
        if image is not None:
            self._emit(image, time.monotonic())

    def _wrap(self) -> None:
        if not self.loop and self._frames_shown:
            if self._player.mediaStatus() == QMediaPlayer.MediaStatus.EndOfMedia:
                # Pausing the ended player would rewind it to the first frame: the last one stays.
                self._want_playing = False
                self._cancel_wrap()
                self._set_state(PlaybackState.PAUSED)
            else:
                self.pause()
            return
        self._wrap_timer.stop()
        if not self._wrapping:
            self._wrapping = True
            self._seek_at = time.monotonic()
            self._player.setPosition(int(self._loop_range()[0] * 1000))
            if self._want_playing and self._player.playbackState() != QMediaPlayer.PlaybackState.PlayingState:
                self._player.play()

    @Slot(QMediaPlayer.Error, str)
    def _on_error(self, error: QMediaPlayer.Error, message: str) -> None:
        if error != QMediaPlayer.Error.NoError:
            # Same words as the libVLC backend, with the decoder's own explanation after them.
            said = msg("clip.no_picture_because", reason=message) if message else msg("clip.no_picture")
            self._fail(clip_problem(self._clip, said))

    def step_frame(self, direction: int) -> None:
        if self.current is None or self._state == PlaybackState.ERROR:
            return
        self.pause()
        seg = self.segment
        start = seg.start if seg else 0.0
        end = seg.end if seg else self._player.duration() / 1000.0
        target = self._shown_time + (self._frame_interval if direction > 0 else -self._frame_interval)
        if start - 1e-6 <= target and (end <= 0 or target < end - self._frame_interval / 2):
            # Aim at the middle of the frame so millisecond rounding cannot land on its neighbour.
            self._player.setPosition(int((target + self._frame_interval / 2) * 1000))

    def show_frame(self, seconds: float) -> None:
        if self.current is None or self._state == PlaybackState.ERROR:
            return
        self.pause()
        seg = self.segment
        start = seg.start if seg else 0.0
        end = seg.end if seg else self._player.duration() / 1000.0
        target = max(start, seconds)
        if end > 0 and target >= end - 0.001:
            target = end - self._frame_interval
        if abs(target - self._shown_time) > 0.001:
            # Just past the frame's start (its own interval may be short or long: a variable rate),
            # and past a container's rounding of it to the millisecond.
            self._player.setPosition(int((target + SHOW_AIM_S) * 1000))

    @Slot()
    def _no_first_frame(self) -> None:
        if self._frames_shown == 0 and self._state not in (PlaybackState.ERROR, PlaybackState.PAUSED):
            self._player.stop()
            reason = msg("clip.unsupported_or_damaged")
            self._fail(clip_problem(self._clip, msg("clip.no_picture_because", reason=reason)))

    @Slot(QMediaPlayer.MediaStatus)
    def _on_status(self, status: QMediaPlayer.MediaStatus) -> None:
        if status in (QMediaPlayer.MediaStatus.LoadedMedia, QMediaPlayer.MediaStatus.BufferedMedia):
            self._accepting = True
            if status == QMediaPlayer.MediaStatus.LoadedMedia and not self._player.hasVideo():
                self._fail(clip_problem(self._clip, msg("media.no_video")))
                return
            if status == QMediaPlayer.MediaStatus.LoadedMedia and self._header_lies():
                return
            if self._want_playing and self._player.playbackState() != QMediaPlayer.PlaybackState.PlayingState:
                self._player.play()
        if status == QMediaPlayer.MediaStatus.InvalidMedia and self._state != PlaybackState.ERROR:
            self._fail(clip_problem(self._clip, msg("clip.not_playable")))
        elif status == QMediaPlayer.MediaStatus.EndOfMedia and self._ended_early():
            return
        elif status == QMediaPlayer.MediaStatus.EndOfMedia and self._want_playing:
            self._wrap()  # loops, or (Loop off) pauses on the last frame

    def _header_lies(self) -> bool:
        """An MP4 movie header that overstates the length FFmpeg reads from the tracks: broken.

        FFmpeg (and so Qt) goes by the tracks and would loop such a clip well, but libVLC believes
        the movie header; the clip is marked broken with both, as `supple check` refuses it.
        """
        if self.current is None or self._state == PlaybackState.ERROR:
            return False
        stated = mp4_duration(self.current)
        content = self._player.duration() / 1000.0
        if stated is None or content <= 0 or not overstates(stated, content):
            return False
        self._lied(stated, content)
        return True

    def _ended_early(self) -> bool:
        """The media ended far before the length its header states (Matroska's Duration, ...)."""
        stated = self._player.duration() / 1000.0
        if self._frames_shown == 0 or self._state == PlaybackState.ERROR or stated <= 0:
            return False
        content = self._shown_time + self._frame_interval
        if not overstates(stated, content):
            return False
        self._lied(stated, content)
        return True

    def _lied(self, stated: float, content: float) -> None:
        log.info("%s ends after %.1f s, its header says %.0f s: broken", self.current, content, stated)
        self._want_playing = False
        self._drop_wrap()
        self._player.stop()
        self.mark_broken(clip_problem(self._clip, lie_message(stated, content)))

    @Slot(QMediaPlayer.PlaybackState)
    def _on_playback_state(self, state: QMediaPlayer.PlaybackState) -> None:
        if self._state == PlaybackState.ERROR:
            return
        mapping = {
            QMediaPlayer.PlaybackState.PlayingState: PlaybackState.PLAYING,
            QMediaPlayer.PlaybackState.PausedState: PlaybackState.PAUSED,
            QMediaPlayer.PlaybackState.StoppedState: PlaybackState.STOPPED,
        }
        if not (state == QMediaPlayer.PlaybackState.StoppedState and self._want_playing):
            self._set_state(mapping[state])
