"""Marking a loop on the clip being browsed: I, O, X, Shift+I, Shift+O and the timeline's handles.

The marks are frames (desktop.domain.marks); the loop they make goes to the backend as the
segment from the in frame's start to the out frame's end, through the same frame-exact segment
loop as a routine's steps. A clip's frames and content hash are read off the GUI thread when it is
first shown (a multi-gigabyte file never stalls playback); its marks are then looked up in the
store by that hash, and every change is written back by a serial Task.

While the player is paused, new marks wait: the loop starts when play resumes, so that the frame
on screen stays where the person is marking.

Signals:
    changed(): the marks, or the clip they are on, changed (see `current_loop`).
    message(str): a one-line note for the status bar (a swap, a refusal, a failure).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QImage

from desktop.domain import Segment
from desktop.domain.marks import ClipFrames, LoopMarks, MarkError, Marks, Which, place
from desktop.domain.messages import message
from desktop.media.base import PlaybackState, VideoBackend
from desktop.qt.loop_timeline import LoopTimeline
from desktop.qt.messages import say
from desktop.qt.tasks import Task, failure_text

if TYPE_CHECKING:
    from desktop.store import Store

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ClipFacts:
    """What the worker read of a clip: its content hash, and its frames or why it has none."""

    content_hash: str
    frames: ClipFrames | None
    problem: str = ""


def read_clip(path: Path) -> ClipFacts:
    """On a worker thread: the hash and frames of `path` (see desktop.content.clip_identity)."""
    from desktop.content.clip_identity import clip_frames, content_hash
    from desktop.content.media_info import MediaProblem

    digest = content_hash(path)
    frames = clip_frames(path)
    if isinstance(frames, MediaProblem):
        return ClipFacts(digest, None, say(message("clip.at", path=str(path), text=frames.said)))
    return ClipFacts(digest, frames)


class LoopMarksController(QObject):
    changed = Signal()
    message = Signal(str)

    def __init__(self, timeline: LoopTimeline, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timeline = timeline
        self.backend: VideoBackend | None = None
        self.store: Store | None = None
        #: Loads a segment into the player (the window's, without its "Loading clip…" poster).
        self.play_loop: Callable[[Segment | None], None] | None = None
        self.path: Path | None = None
        self.facts: ClipFacts | None = None
        self.marks = Marks()
        #: The segment the step itself loops when no mark is set.
        self._step_segment: Segment | None = None
        self._pending = False  # marks changed while paused: applied when play resumes
        #: I or O pressed before the clip's frames were known: (which, the position then).
        self._queued: list[tuple[Which, float]] = []
        self._error = ""  # the player could not play the clip (an unplayable codec): why
        self._reading: Task[ClipFacts] | None = None
        self._held = False  # see hold_reads
        timeline.markMoved.connect(self._on_handle_dropped)
        timeline.frameRequested.connect(self._show_frame)

    # ----- wiring
    def set_backend(self, backend: VideoBackend) -> None:
        self.backend = backend
        if self._held:
            backend.hold_reads()
        backend.frameReady.connect(self._on_frame)
        backend.errorOccurred.connect(self._on_error)

    def set_store(self, store: Store | None) -> None:
        self.store = store
        if store is not None and self.facts is not None and self.marks.empty:
            self._restore()

    # ----- the clip
    def clip_shown(self, path: Path | None, step_segment: Segment | None = None) -> None:
        """The player browses `path` (None: a session plays, or nothing): read it the first time."""
        self._step_segment = step_segment
        self._error = ""
        if path == self.path:
            return
        self.path, self.facts, self.marks, self._pending = path, None, Marks(), False
        self._queued = []
        self.timeline.set_marks(None, None)
        self.timeline.set_playhead(0)
        if self._reading is not None:
            self._reading.cancel()
            self._reading = None
        if path is None:
            self.timeline.set_clip(None)
            self.changed.emit()
            return
        self.timeline.set_clip(None, self.tr("Reading the clip…"))
        if not self._held:
            self._read(path)
        self.changed.emit()

    def hold_reads(self) -> None:
        """At start-up: read no clip (nor import PyAV) until `release_reads`, after the first frame;
        nor does the player (see VideoBackend.hold_reads)."""
        self._held = True
        if self.backend is not None:
            self.backend.hold_reads()

    def release_reads(self) -> None:
        if not self._held:
            return
        self._held = False
        if self.backend is not None:
            self.backend.release_reads()
        if self.path is not None and self.facts is None and self._reading is None:
            self._read(self.path)  # the clip shown before the first frame

    def _read(self, path: Path) -> None:
        """Read the clip's frames in a task. PyAV is imported here, on the GUI thread, once (about 65 ms):
        imported on the worker while the GUI thread imported Qt Multimedia (the cue sounds), the
        two deadlocked. Not at all when the frames are known (kept on disk by an earlier start)."""
        from desktop.content.clip_identity import frames_known

        if not frames_known(path):
            import av  # noqa: F401

        task = Task(self, lambda ctx: read_clip(path), name="read-clip")
        task.on_success(lambda facts: self._on_read(path, facts))
        task.on_failure(lambda error: self._on_read_failed(path, error))
        self._reading = task.start()

    def _on_read(self, path: Path, facts: ClipFacts) -> None:
        if path != self.path:
            return
        self._reading = None
        self.facts = facts
        self.timeline.set_clip(facts.frames, facts.problem)
        if facts.frames is not None:
            self._restore()
            if facts.frames.variable and self.backend is not None and not self.backend.exact_on_variable_rate:
                self.message.emit(
                    self.tr(
                        "%1 has a variable frame rate: %2 may loop it a few "
                        "frames off; Qt Multimedia (supple --backend qt) loops it exactly"
                    )
                    .replace("%1", path.name)
                    .replace("%2", self.backend.display_name)
                )
        queued, self._queued = self._queued, []
        for which, position in queued:
            if facts.frames is None:
                self.message.emit(self.tr("Cannot mark a loop: %1").replace("%1", str(facts.problem)))
                break
            self._place(which, facts.frames.index_at(position), facts.frames)
        self.changed.emit()

    def _on_read_failed(self, path: Path, error: BaseException) -> None:
        if path != self.path:
            return
        self._reading = None
        self.timeline.set_clip(None, f"{path}: {failure_text(error)}")
        self.changed.emit()

    def _restore(self) -> None:
        """Marks kept for this clip's content come back, and loop (on a clip opened alone, or a step
        that plays its whole clip: a step's own segment is what its author meant to loop)."""
        if self.store is None or self.facts is None or self.facts.frames is None or self._step_segment:
            return
        stored = self.store.loop_marks.get(self.facts.content_hash)
        if stored is None:
            return
        frames = self.facts.frames
        marks = stored.marks
        if frames.variable:  # frames there are found again by their timestamps
            marks = Marks(
                frames.index_at(stored.in_time) if stored.in_time is not None else None,
                frames.index_at(stored.out_time) if stored.out_time is not None else None,
            )
        self._set(marks, save=False)
        loop = self.current_loop()
        if loop is not None:
            self.message.emit(
                self.tr("Restored the loop marked on this clip: frames %1–%2")
                .replace("%1", str(loop.in_frame + 1))
                .replace("%2", str(loop.out_frame + 1))
            )

    # ----- what the routine editor takes
    def current_loop(self) -> LoopMarks | None:
        if self.path is None or self.facts is None or self.facts.frames is None:
            return None
        return self.marks.loop(self.path, self.facts.frames)

    def segment(self) -> Segment | None:
        """What loops: the marked loop, or the step's own segment when nothing is marked."""
        loop = self.current_loop()
        return loop.segment if loop is not None else self._step_segment

    # ----- the keys
    def frame_on_screen(self) -> int:
        assert self.facts is not None and self.facts.frames is not None
        position = self.backend.position() if self.backend is not None else 0.0
        return self.facts.frames.index_at(position)

    def mark(self, which: Which) -> None:
        if self.path is not None and self.facts is None and self._reading is not None:
            self._queued.append((which, self.backend.position() if self.backend is not None else 0.0))
            self.message.emit(
                self.tr("Reading %1: the mark is placed as soon as its frames are known").replace(
                    "%1", self.path.name
                )
            )
            return
        frames = self._frames_or_say()
        if frames is None:
            return
        self._place(which, self.frame_on_screen(), frames)

    def mark_frame(self, which: Which, frame: int) -> None:
        """Put a mark on `frame` (a handle dropped there), with the rules of I and O."""
        frames = self._frames_or_say()
        if frames is not None:
            self._place(which, frame, frames)

    def clear(self) -> None:
        if self.path is None or self.marks.empty:
            return
        self._set(Marks())
        self.message.emit(self.tr("Cleared the loop marks: the whole clip loops"))

    def jump(self, which: Which) -> None:
        frames = self._frames_or_say()
        if frames is None or self.backend is None:
            return
        loop = self.current_loop()
        if loop is None:
            self.message.emit(self.tr("No loop is marked on this clip (I and O mark one)"))
            return
        if which == "in" and self.backend.state == PlaybackState.PLAYING:
            self._pending = False
            self._load()  # playing: the loop starts again from its in frame
            return
        self.backend.show_frame(loop.in_time if which == "in" else loop.out_time)

    def _frames_or_say(self) -> ClipFrames | None:
        if self.path is None:
            self.message.emit(self.tr("Marks are set on a clip being browsed (not during a session)"))
            return None
        if self._error:
            self.message.emit(self.tr("Cannot mark a loop: %1").replace("%1", str(self._error)))
            return None
        if self.facts is None:
            self.message.emit(
                self.tr("Still reading %1: try again in a moment").replace("%1", self.path.name)
            )
            return None
        if self.facts.frames is None:
            self.message.emit(self.tr("Cannot mark a loop: %1").replace("%1", str(self.facts.problem)))
            return None
        return self.facts.frames

    def _place(self, which: Which, frame: int, frames: ClipFrames) -> None:
        assert self.path is not None
        try:
            placed = place(self.marks, which, frame, frames, self.path)
        except MarkError as e:
            self.message.emit(say(e.note))
            return
        self._set(placed.marks)
        if placed.note:
            self.message.emit(say(placed.said) if placed.said is not None else placed.note)

    def _set(self, marks: Marks, *, save: bool = True) -> None:
        self.marks = marks
        self.timeline.set_marks(marks.in_frame, marks.out_frame)
        if save:
            self._save()
        self._apply()
        self.changed.emit()

    def _save(self) -> None:
        store, facts, loop = self.store, self.facts, self.current_loop()
        if store is None or facts is None or facts.frames is None or store.loop_marks.read_only:
            return
        from desktop.store.marks_repository import StoredMarks

        stored = StoredMarks(
            self.marks,
            facts.frames.fps,
            loop.in_time if loop is not None and self.marks.in_frame is not None else None,
            loop.out_time if loop is not None and self.marks.out_frame is not None else None,
        )
        digest = facts.content_hash
        Task(
            self, lambda ctx: store.loop_marks.put(digest, stored), name="save-marks", serial=True
        ).on_failure(
            lambda e: self.message.emit(
                self.tr("The loop marks were not saved: %1").replace("%1", failure_text(e))
            )
        ).start()

    # ----- the player
    def _apply(self) -> None:
        backend = self.backend
        if backend is None or self.path is None:
            return
        if backend.state in (PlaybackState.PAUSED, PlaybackState.STOPPED):
            self._pending = True
            return
        self._pending = False
        self._load()

    def apply_pending(self) -> bool:
        """Marks changed while paused loop now (the window calls this when play resumes); True if so."""
        if not self._pending:
            return False
        self._pending = False
        self._load()
        return True

    def _load(self) -> None:
        if self.play_loop is not None:
            self.play_loop(self.segment())

    @Slot(QImage)
    def _on_frame(self, _image: QImage) -> None:
        frames = self.facts.frames if self.facts is not None else None
        if frames is not None and self.backend is not None and self.timeline.isVisible():
            self.timeline.set_playhead(frames.index_at(self.backend.position()))

    @Slot(str)
    def _on_error(self, message: str) -> None:
        if self.backend is not None and self.backend.current == self.path:
            self._error = message

    @Slot(str, int)
    def _on_handle_dropped(self, which: str, frame: int) -> None:
        self.mark_frame("in" if which == "in" else "out", frame)

    @Slot(int)
    def _show_frame(self, frame: int) -> None:
        if self.backend is not None and self.facts is not None and self.facts.frames is not None:
            self.backend.show_frame(self.facts.frames.start(frame))
