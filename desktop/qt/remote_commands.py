"""The controls Supple offers from afar (media keys, MPRIS, the phone's remote page), in one place.

Every command triggers the window's own action or the session's own method, the one the keyboard
uses, so the three ways in cannot drift from the keys. `snapshot()` is what they may show of the
window: the step, the side, the countdown and what comes next, never a file name or a setting.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut

from desktop.engine import PhaseKind, SessionState
from desktop.media.base import PlaybackState
from desktop.qt.help import plain_text

if TYPE_CHECKING:
    from desktop.media.base import VideoBackend
    from desktop.qt.main_window import MainWindow


@dataclass(frozen=True, slots=True)
class Snapshot:
    """What is playing, as the remote controls may show it.

    `status` is "playing", "paused" or "stopped" (MPRIS's words, lower-cased). In a session, `step`
    and `side` are the current phase's, `phase` its label ("Hold", "Rest"...), `remaining` and
    `length` its seconds and `next` what follows; browsing, `step` is the selected step and the
    rest is empty. `track` changes whenever what plays changes (a phase, or the selected step).
    """

    status: str
    session: bool
    step: str = ""
    side: str = ""
    phase: str = ""
    remaining: float | None = None
    length: float | None = None
    next: str = ""
    routine: str = ""
    poster: Path | None = None
    track: str = "none"
    can_control: bool = False

    def public(self) -> dict[str, object]:
        """The remote page's state: only what it shows, never a path or the routine's file."""
        return {
            "status": self.status,
            "session": self.session,
            "step": self.step,
            "side": self.side,
            "phase": self.phase,
            "countdown": None if self.remaining is None else max(0, round(self.remaining + 0.499)),
            "next": self.next,
        }


class RemoteCommands(QObject):
    """The window's controls for media keys, MPRIS and the remote page.

    Signals:
        changed(): what `snapshot()` says may have changed (state, phase, step, routine); not
            emitted for the countdown alone, which a reader takes from `snapshot()` when it needs it.
    """

    changed = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        session = window.session
        session.stateChanged.connect(self._emit)
        session.phaseStarted.connect(self._emit)
        session.finished.connect(self._emit)
        window.ui.stepList.currentRowChanged.connect(self._emit)
        self._backend: VideoBackend | None = None

    def attach_backend(self, backend: VideoBackend) -> None:
        """The clip's play and pause count as playing and paused while no session runs."""
        self._backend = backend
        backend.stateChanged.connect(self._emit)
        self._emit()

    @Slot()
    def _emit(self, *_args: object) -> None:
        self.changed.emit()

    # ----- the commands (each does what its key does, or nothing when it has nothing to act on)
    @Slot()
    def play_pause(self) -> None:
        self.window.ui.actionPlayPause.trigger()

    @Slot()
    def play(self) -> None:
        session = self.window.session
        if session.active:
            session.resume()
        elif self._backend is not None and self._backend.state in (
            PlaybackState.PAUSED,
            PlaybackState.STOPPED,
        ):
            self._backend.play()

    @Slot()
    def pause(self) -> None:
        session = self.window.session
        if session.active:
            session.pause()
        elif self._backend is not None and self._backend.state is PlaybackState.PLAYING:
            self._backend.pause()

    @Slot()
    def next(self) -> None:
        self.window.ui.actionNext.trigger()

    @Slot()
    def previous(self) -> None:
        self.window.ui.actionPrevious.trigger()

    @Slot()
    def stop(self) -> None:
        """End the session; with none, pause the clip (it stays loaded, to play on from there)."""
        if self.window.session.active:
            self.window.ui.actionEndSession.trigger()
        else:
            self.pause()

    @Slot()
    def start(self) -> None:
        """Start a session where Start Session would (a running one goes on)."""
        if not self.window.session.active and self.window.routine is not None:
            self.window.ui.actionStartSession.trigger()

    @Slot()
    def add_time(self) -> None:
        if self.window.session.active:
            self.window.ui.actionAddTime.trigger()

    # ----- what is playing
    def snapshot(self) -> Snapshot:
        window = self.window
        routine = window.routine
        session = window.session
        can = routine is not None
        view = session.view() if session.active else None
        if view is not None and view.phase is not None:
            phase = view.phase
            status = "paused" if view.state is SessionState.PAUSED else "playing"
            clip = routine.clip_for(phase.step) if routine is not None else None
            side = phase.side.value if phase.side.value != "none" else ""
            label = phase.label if phase.kind is not PhaseKind.WORK else "Work"
            return Snapshot(
                status=status,
                session=True,
                step=phase.step.title,
                side=side,
                phase=label,
                remaining=view.remaining,
                length=phase.duration,
                next=view.up_next,
                routine=routine.title if routine is not None else "",
                poster=clip.poster if clip is not None else None,
                track=f"phase{phase.index}",
                can_control=can,
            )
        backend = self._backend
        state = backend.state if backend is not None else PlaybackState.STOPPED
        status = {PlaybackState.PLAYING: "playing", PlaybackState.LOADING: "playing"}.get(state, "stopped")
        if state is PlaybackState.PAUSED:
            # The end of a session pauses the clip under its end card: nothing is left to resume.
            status = "stopped" if session.state is SessionState.FINISHED else "paused"
        row = window.current_row
        if routine is None or not 0 <= row < len(routine.steps):
            return Snapshot(status=status, session=False, can_control=can)
        step = routine.steps[row]
        return Snapshot(
            status=status,
            session=False,
            step=step.title,
            routine=routine.title,
            poster=routine.clip_for(step).poster,
            track=f"step{row}",
            can_control=can,
        )


def install_media_keys(window: MainWindow, commands: RemoteCommands) -> list[QShortcut]:
    """The media keys of keyboards and headsets, anywhere in the window (MPRIS covers them outside
    it): shortcuts on the same commands, named like the actions whose keys they double, so that
    Help > Keyboard Shortcuts lists them and each key keeps one meaning."""
    made = []
    for key, what, slot in (
        (Qt.Key.Key_MediaTogglePlayPause, plain_text(window.ui.actionPlayPause.text()), commands.play_pause),
        (Qt.Key.Key_MediaPlay, "Resume", commands.play),
        (Qt.Key.Key_MediaPause, "Pause", commands.pause),
        (Qt.Key.Key_MediaNext, plain_text(window.ui.actionNext.text()), commands.next),
        (Qt.Key.Key_MediaPrevious, plain_text(window.ui.actionPrevious.text()), commands.previous),
        (Qt.Key.Key_MediaStop, "Stop", commands.stop),
    ):
        shortcut = QShortcut(QKeySequence(key), window)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.setWhatsThis(what)
        shortcut.activated.connect(slot)
        made.append(shortcut)
    return made
