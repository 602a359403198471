"""A backend for tests of the window: it stands in for the slow device (a decoder), nothing else.

It records what it was asked to do and emits frames only when a test calls `emit_frame`, so
tests decide when time passes. The real backends are exercised by tests/integration.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QImage

from desktop.domain import Segment
from desktop.media.base import PlaybackState, VideoBackend, check_media_file


class FakeBackend(VideoBackend):
    key = "fake"
    display_name = "Fake video"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.calls: list[tuple[str, object]] = []
        self.rate = 1.0
        self.muted = False
        self._volume = 100
        self._position = 0.0

    def load(
        self, path: Path, segment: Segment | None = None, *, loop: bool = True, autoplay: bool = True
    ) -> None:
        self.calls.append(("load", (Path(path), segment)))
        self.current, self.segment, self.loop = Path(path), segment, loop
        problem = check_media_file(self.current)
        if problem:
            self._fail(problem)
            return
        self._set_state(PlaybackState.LOADING)
        if autoplay:
            self.play()

    def play(self) -> None:
        self.calls.append(("play", None))
        if self.current is not None and self._state != PlaybackState.ERROR:
            self._set_state(PlaybackState.PLAYING)

    def pause(self) -> None:
        self.calls.append(("pause", None))
        if self._state == PlaybackState.PLAYING:
            self._set_state(PlaybackState.PAUSED)

    def stop(self) -> None:
        self.calls.append(("stop", None))
        if self._state != PlaybackState.ERROR:
            self._set_state(PlaybackState.STOPPED)

    def set_loop(self, loop: bool) -> None:
        self.calls.append(("set_loop", loop))
        super().set_loop(loop)

    def set_rate(self, rate: float) -> None:
        self.rate = rate

    def set_muted(self, muted: bool) -> None:
        self.muted = muted

    def set_volume(self, volume: int) -> None:
        self._volume = max(0, min(100, volume))

    def volume(self) -> tuple[bool, int]:
        return self.muted, self._volume

    def position(self) -> float:
        return self._position

    def show_frame(self, seconds: float) -> None:
        self.pause()
        self.calls.append(("show_frame", seconds))
        self._position = seconds

    def step_frame(self, direction: int) -> None:
        self.calls.append(("step_frame", direction))

    def emit_frame(self, color: str = "#3a7", size: tuple[int, int] = (320, 180)) -> QImage:
        image = QImage(*size, QImage.Format.Format_RGB32)
        image.fill(QColor(color))
        self.frameReady.emit(image)
        return image
