"""Qt Multimedia (QMediaPlayer with PySide6-Addons' FFmpeg) as the fallback backend.

Frames come from a QVideoSink and are converted with QVideoFrame.toImage(); with
Qt.AA_ForceRasterWidgets set before the QApplication that conversion runs on the CPU (DESIGN.md).
Each frame carries its own start time, so a segment wraps on the exact frame: a frame at or past
the segment end is never shown, and the player seeks back to the start.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, QUrl, Slot
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer, QVideoFrame, QVideoSink

from desktop.domain import Segment
from desktop.media.base import FIRST_FRAME_TIMEOUT_S, PlaybackState, VideoBackend, check_media_file

log = logging.getLogger(__name__)


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
        self._shown_time = segment.start if segment else 0.0
        self._shown_start = None
        problem = check_media_file(self.current)
        if problem:
            self._player.setSource(QUrl())
            self._fail(problem)
            return
        self._set_state(PlaybackState.LOADING)
        self._player.setLoops(
            QMediaPlayer.Loops.Infinite if loop and segment is None else QMediaPlayer.Loops.Once
        )
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
        self._player.play()
        if self._frames_shown == 0:
            self._first_frame_timer.start(int(FIRST_FRAME_TIMEOUT_S * 1000))

    def pause(self) -> None:
        self._want_playing = False
        self._player.pause()

    def stop(self) -> None:
        self._first_frame_timer.stop()
        self._want_playing = False
        self._player.stop()
        if self._state != PlaybackState.ERROR:
            self._set_state(PlaybackState.STOPPED)

    def set_rate(self, rate: float) -> None:
        self._player.setPlaybackRate(rate)

    def set_muted(self, muted: bool) -> None:
        self._audio.setMuted(muted)

    def set_volume(self, volume: int) -> None:
        self._audio.setVolume(max(0, min(100, volume)) / 100.0)

    def position(self) -> float:
        return self._player.position() / 1000.0

    def close(self) -> None:
        self.stop()
        self._player.setSource(QUrl())

    @Slot(QVideoFrame)
    def _on_frame(self, frame: QVideoFrame) -> None:
        if not frame.isValid() or self._state == PlaybackState.ERROR or not self._accepting:
            return
        seg = self.segment
        if seg is not None:
            t = frame.startTime() / 1_000_000
            if t < seg.start - 0.001 and not self._wrapping:
                self._wrap()  # the player started before our seek to the segment took hold
                return
            if t >= seg.end - 0.001 or (self._wrapping and not seg.start - 0.001 <= t < seg.start + 0.5):
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
        self.frameReady.emit(image)

    def _wrap(self) -> None:
        if not self.loop and self._frames_shown:
            self.pause()
            return
        if not self._wrapping and self.segment is not None:
            self._wrapping = True
            self._player.setPosition(int(self.segment.start * 1000))
            if self._want_playing and self._player.playbackState() != QMediaPlayer.PlaybackState.PlayingState:
                self._player.play()

    @Slot(QMediaPlayer.Error, str)
    def _on_error(self, error: QMediaPlayer.Error, message: str) -> None:
        if error != QMediaPlayer.Error.NoError:
            # Same words as the libVLC backend, with the decoder's own explanation after them.
            detail = f" ({message})" if message else ""
            self._fail(f"{self.current}: no picture could be decoded from this file{detail}")

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

    @Slot()
    def _no_first_frame(self) -> None:
        if self._frames_shown == 0 and self._state not in (PlaybackState.ERROR, PlaybackState.PAUSED):
            self._player.stop()
            self._fail(
                f"{self.current}: no picture could be decoded from this file (unsupported or damaged video)"
            )

    @Slot(QMediaPlayer.MediaStatus)
    def _on_status(self, status: QMediaPlayer.MediaStatus) -> None:
        if status in (QMediaPlayer.MediaStatus.LoadedMedia, QMediaPlayer.MediaStatus.BufferedMedia):
            self._accepting = True
            if status == QMediaPlayer.MediaStatus.LoadedMedia and not self._player.hasVideo():
                self._player.stop()
                self._fail(f"{self.current}: the file has no video track")
                return
        if status == QMediaPlayer.MediaStatus.InvalidMedia and self._state != PlaybackState.ERROR:
            self._fail(f"{self.current}: not a video clip Supple can play")
        elif (
            status == QMediaPlayer.MediaStatus.EndOfMedia and self.segment is not None and self._want_playing
        ):
            self._wrap()

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
