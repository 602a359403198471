"""The interface every video backend implements."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from desktop.domain import Segment
from desktop.domain.messages import message
from desktop.media.notes import clip_problem
from desktop.paths import file_key

SPEEDS = (0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0)
#: A clip that shows no frame this long after play() is reported as undecodable.
FIRST_FRAME_TIMEOUT_S = 6.0


class PlaybackState(StrEnum):
    STOPPED = "stopped"
    LOADING = "loading"
    PLAYING = "playing"
    PAUSED = "paused"
    ERROR = "error"


class VideoBackend(QObject):
    """Plays one clip at a time, looping it (or a segment of it), and emits each decoded frame.

    Signals:
        frameReady(QImage): a decoded frame, already a private copy the receiver may keep.
        stateChanged(str): a PlaybackState value.
        errorOccurred(str): a message naming the file and the problem; playback has stopped.
    """

    frameReady = Signal(QImage)
    stateChanged = Signal(str)
    errorOccurred = Signal(str)

    #: Short name shown to the user, e.g. "libVLC 3.0.24".
    display_name: str = "video"
    #: Value of --backend that selects this backend.
    key: str = ""
    #: Loops and shows the frames of a variable-frame-rate clip by their own timestamps.
    exact_on_variable_rate: bool = True

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state = PlaybackState.STOPPED
        self.current: Path | None = None
        self.segment: Segment | None = None
        self.loop = True
        #: Files found broken while playing (see mark_broken), by file_key: loaded again, they fail at once.
        self._broken: dict[tuple[str, int, int], str] = {}

    @property
    def state(self) -> PlaybackState:
        return self._state

    def _set_state(self, state: PlaybackState) -> None:
        if state != self._state:
            self._state = state
            self.stateChanged.emit(state.value)

    @property
    def _clip(self) -> Path:
        """The clip a problem is about (the one loaded)."""
        return Path(str(self.current))

    def _fail(self, message: str) -> None:
        self._set_state(PlaybackState.ERROR)
        self.errorOccurred.emit(message)

    def mark_broken(self, message: str) -> None:
        """The current clip turned out broken while it played: fail now, and at once when it is
        loaded again (a session loads a step's clip for every phase), until the file changes."""
        key = file_key(self.current) if self.current is not None else None
        if key is not None:
            self._broken[key] = message
        self._fail(message)

    def known_broken(self, path: Path) -> str | None:
        """The message of a clip already found broken, unless the file has changed since."""
        key = file_key(path)
        return self._broken.get(key) if key is not None else None

    # The operations below are implemented by each backend.
    def load(
        self, path: Path, segment: Segment | None = None, *, loop: bool = True, autoplay: bool = True
    ) -> None:
        raise NotImplementedError

    def play(self) -> None:
        raise NotImplementedError

    def pause(self) -> None:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError

    def set_segment(self, segment: Segment | None) -> bool:
        """Loop `segment` of the clip playing from the frame on screen, with no new load, when the
        backend can (that frame is inside it): True if so."""
        return False

    def play_loop(self, path: Path, segment: Segment | None, *, loop: bool = True) -> None:
        """Loop `segment` of `path`: live on the clip playing when the backend can (see
        set_segment), else by loading the clip again."""
        if path == self.current and self.set_segment(segment):
            self.set_loop(loop)
        else:
            self.load(path, segment, loop=loop)

    def set_loop(self, loop: bool) -> None:
        """Loop at the end of the clip (or segment), or stop there. What plays goes on from where it is:
        each backend reads `loop` when it reaches the end."""
        self.loop = loop

    def set_rate(self, rate: float) -> None:
        raise NotImplementedError

    def set_muted(self, muted: bool) -> None:
        raise NotImplementedError

    def set_volume(self, volume: int) -> None:
        """Volume 0..100."""
        raise NotImplementedError

    def volume(self) -> tuple[bool, int]:
        """(muted, volume 0..100) as the player has them."""
        raise NotImplementedError

    def position(self) -> float:
        """Seconds into the clip of the last frame shown."""
        raise NotImplementedError

    def step_frame(self, direction: int) -> None:
        """Pause, then show the next (direction > 0) or previous frame, staying inside the segment."""
        raise NotImplementedError

    def show_frame(self, seconds: float) -> None:
        """Pause, then show the frame on screen at `seconds` into the clip (kept inside the segment)."""
        raise NotImplementedError

    def hold_reads(self) -> None:
        """At start-up: read no more of a clip than playing it needs (nor import PyAV) until
        `release_reads`, after the first frame."""

    def release_reads(self) -> None:
        """Reads held by `hold_reads` may go on."""

    def close(self) -> None:
        """Release the player; the backend is not used again."""
        self.stop()

    def toggle(self) -> None:
        if self._state == PlaybackState.PLAYING:
            self.pause()
        elif self._state in (PlaybackState.PAUSED, PlaybackState.STOPPED) and self.current is not None:
            self.play()


def check_media_file(path: Path) -> str | None:
    """Problems that can be told without decoding: a message, or None when the file looks playable."""
    if not path.exists():
        return clip_problem(path, message("clip.missing"))
    if path.is_dir():
        return clip_problem(path, message("clip.folder"))
    try:
        size = path.stat().st_size
    except OSError as exc:
        return clip_problem(path, message("clip.unreadable", reason=str(exc.strerror)))
    if size == 0:
        return clip_problem(path, message("clip.empty"))
    from desktop.media.probe import content_problem

    return content_problem(path)
