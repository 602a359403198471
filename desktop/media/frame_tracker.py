"""Which frame of the clip is this picture? The libVLC backend's answer, in pure Python.

libVLC 3's video callbacks carry no timestamp, and what it shows after a seek depends on timing,
codec and container (measured with numbered clips, docs/DESIGN.md): a picture it prepared before
the seek is still shown, sometimes even one prepared just after the seek call; B-frame clips show
a frame or two from before the target; the first frame after a seek, a start or an un-pause is
skipped when the next one is already due (at 2x the second one usually is); a precise seek lands
on the frame covering the time in MP4 but on the first frame at or after it in WebM; a paused seek
of a B-frame clip shows a frame up to three away, and a second paused seek often shows nothing;
set_rate() drops the decoded frames waiting in its queue; a paused player re-shows its picture
every ~60 ms, and so does a playing one between frames below ~0.45x; when its video output lags,
libVLC ends the input with the last frames never shown. Counting pictures cannot be right in all
these cases, so every picture is identified by its content:

- A CRC-32 of each picture (of a sample of its rows, or of all of it for a clip where two frames
  share a sample: desktop.media.frame_table) is taken when libVLC has written it (the unlock
  callback, before it displays it). Decoding is deterministic: a frame has the same checksum
  however it was reached.
- A per-clip table (desktop.media.frame_table) maps frame index -> checksum (kept for later loads
  of the same file, with copies of a few frames). It is filled only by continuous play from a
  trusted anchor: the clip is opened paused (`:start-paused`) and seeked to 0, which shows exactly
  frame 0 (nothing comes before it and a paused player skips nothing); from there every new
  picture is the next frame (`--no-drop-late-frames`; re-shows of the picture on screen are told
  from identical frames by whether libVLC waited to display them, or else by when they come:
  on a variable-frame-rate clip, by each frame's own interval, desktop.media.frame_times; libVLC
  re-shows a picture held longer than ~80 ms, which such clips have). A segment that starts later is
  reached once without being shown: at ANCHOR_RATE for ANCHOR_FRAMES frames, then, after a seek
  back among them (identified by content), at PREROLL_RATE (see desktop.media.vlc_backend).
- After any seek (wrap, resume, step, new speed, restart) a picture counts only when its checksum
  is found in the table near the seek's target; anything else (prepared before the seek, early
  frames of a B-frame clip) is dropped. In continuous play each picture is checked against the
  table, which also tells re-shows and repeated content apart.
- A frame libVLC skipped while the table was learnt (frame 1, right after the anchor's un-pause,
  in a few starts of B-frame clips) leaves the table short of it: a later pass that shows an
  unknown picture followed by the one the table has in its place inserts the missing frame.
- Copies of the loop's first KEPT_FRAMES frames are kept: when libVLC skips one of them after a
  wrap, its copy is shown in its place, so a wrap never loses a frame.

No libVLC and no Qt here (an import-linter contract in pyproject.toml checks it): the tracker is
driven by checksums and times, so tests/unit/test_frame_tracker.py replays each quirk above.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Final, Generic, Literal

from desktop.media.frame_table import FrameTable, ImageT
from desktop.media.frame_times import FrameClock
from desktop.media.vlc_tuning import ANCHOR_FRAMES, LEAD_FRAMES

log = logging.getLogger(__name__)

DEFAULT_FPS = 30.0
#: After a seek, a picture is taken as frame j only for target - LEAK_FRAMES <= j <= target + SKIP_FRAMES.
LEAK_FRAMES = 4
SKIP_FRAMES = 2
#: Copies kept of the loop's first frames (and of frame 0): shown in place of those libVLC skips
#: right after a seek (at 2x it skipped the second frame after most seeks here).
KEPT_FRAMES = 3
#: Pictures after a seek that match no frame near its target before the tracker trusts the seek.
MAX_UNMATCHED = 8
#: libVLC displays a new frame at its time, a few ms or more after rendering it, but a re-show of
#: the last picture (while paused, on resume, when the next frame is late) at once: an identical
#: picture that waited at least this long is a new frame with the same content.
WAITED_MIN_S = 0.0015
#: A re-show that libVLC makes when it is un-paused comes within this long of the call.
RESUME_REDISPLAY_S = 0.008
#: An identical picture libVLC did not wait to display is the next frame when it comes within
#: 35% of the frame interval of its slot; on a variable-rate clip, within this long before it at
#: most (libVLC re-shows a long frame's picture every ~80 ms, the last time perhaps just before).
RESHOW_MARGIN_S = 0.010


class Mode(StrEnum):
    """What the tracker expects of the next picture."""

    HOLD = "hold"  # nothing: paused, stepped, between clips
    ANCHOR = "anchor"  # frame 0
    SEEK = "seek"  # a frame the table knows near the seek's target
    RUN = "run"  # continuous play: the next frame


class SeekKind(StrEnum):
    """What a seek is for; the first frame shown after it carries it (see Verdict.start)."""

    START = "start"  # play from a frame (load, resume, a new speed, after a stall)
    WRAP = "wrap"  # back to the loop's first frame
    STEP = "step"  # one frame forward or back, then hold
    RESTART = "restart"  # the input was opened again after it ended
    PREROLL = "preroll"  # the hidden first pass up to a segment that starts later


class Control(StrEnum):
    """What the tracker asks the GUI thread to do."""

    IDENTIFIED = "identified"  # the first picture after a start was recognised
    LOOP_END = "loop_end"  # the loop's last frame was rendered: schedule the wrap
    PAST_END = "past_end"  # a frame at or past the loop's end was rendered: wrap now
    ARRIVED = "arrived"  # a frame step reached its frame
    PREROLL_DONE = "preroll_done"  # the hidden first pass has covered the segment
    RELEARN = "relearn"  # two frames shared a sample checksum: learn the clip again, in full


@dataclass(frozen=True, slots=True)
class Request:
    """A Control, about frame `frame`."""

    control: Control
    frame: int


@dataclass
class Verdict:
    """What the tracker made of one picture."""

    index: int = -1  # the frame it is, or -1: drop it
    crc: int = 0
    present: bool = False  # show it
    cache: bool = False  # keep a copy (frame 0 and the loop's first KEPT_FRAMES frames)
    start: SeekKind | None = None  # the first frame shown after a seek: the seek's kind
    fill: list[int] = field(default_factory=list)  # show the kept copies of these first (skipped)
    defer: bool = False  # the same picture as the last one: decide when it is displayed
    rendered_at: float = 0.0
    epoch: int = 0  # the backend's epoch when this was decided (see VlcBackend._epoch)
    controls: list[Request] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Dropped:
    """The verdict on a picture that is neither shown, kept nor acted on. Read like a Verdict;
    immutable, so the one DROP can be shared."""

    index: Literal[-1] = -1
    present: Literal[False] = False
    cache: Literal[False] = False
    defer: Literal[False] = False
    start: None = None
    fill: tuple[()] = ()
    controls: tuple[()] = ()


DROP: Final = Dropped()


class Tracker(Generic[ImageT]):
    """Tells which frame of the clip each picture is. No libVLC, no Qt: called under a lock.

    The GUI thread starts each phase (anchor, seek, hold); the video-output thread reports each
    picture (`on_picture` when written, `on_display` when libVLC displays it) and gets a Verdict,
    whose `controls` ask the GUI thread to act (see Control).
    """

    def __init__(self) -> None:
        self.table: FrameTable[ImageT] = FrameTable()
        self.gen = 0  # seek generation; a picture locked under an older one is stale
        self.mode = Mode.HOLD
        self.first = 0  # the loop's first frame
        self.end: int | None = None  # one past the loop's last frame, when known
        self.want = 0  # the first frame to show after the current seek
        self.target = 0  # the frame the current seek aimed at
        self.kind = SeekKind.START  # what the current seek is for
        self.presenting = False
        self.stop_at: int | None = None  # hidden first pass: stop once this frame is reached
        self.last = -1
        self.last_crc: int | None = None
        self.last_displayed_at = 0.0
        self.vlc_paused = False
        self.resumed_at = 0.0
        self.interval = 1 / DEFAULT_FPS  # libVLC's frame interval at its current rate
        self.clock = FrameClock(DEFAULT_FPS)  # each frame's own interval, on a variable-rate clip
        self.rate = 1.0  # libVLC's rate
        self.unmatched = 0
        self.start_pending: SeekKind | None = None
        self.end_signalled = False
        # (index, checksum, the table's checksum there) of a picture just taken as frame `index`
        # by count though the table has no such picture.
        self.counted: tuple[int, int, int] | None = None

    # ----- GUI thread (lock held)
    def reset(self, table: FrameTable[ImageT], first: int, end: int | None) -> None:
        self.table, self.first, self.end = table, first, end
        self.hold()

    def start(
        self, table: FrameTable[ImageT], first: int, end: int | None, restart: tuple[int, SeekKind] | None
    ) -> tuple[int, bool]:
        """The clip is open, paused, to loop [first, end): seek to the loop's first frame (or to the
        frame `restart` wants, with its kind), or anchor the table when it does not reach past the
        loop's first frame yet (the rest is learnt while playing). The frame to seek to, and whether
        the table was known."""
        self.reset(table, first, end)
        self.vlc_paused = True
        known = all(table.get(i) is not None for i in range(first + SKIP_FRAMES + 1))
        if restart is None and not known:
            self.anchor(presenting=first == 0, stop_at=None if first == 0 else ANCHOR_FRAMES - 1)
            return 0, False
        want, kind = restart or (first, SeekKind.START)
        target = self.clock.lead(want, LEAD_FRAMES)
        self.seek(target, want, kind)
        return target, True

    def rebound(self, first: int, end: int | None) -> bool:
        """Make the loop [first, end) while play goes on, if the frames rendered so far are inside it
        and the table knows its first frames: True if so. When its last frame has been rendered
        already (O pressed on the frame on screen), the backend wraps at once: no LOOP_END comes."""
        if (
            self.mode != Mode.RUN
            or not self.presenting
            or self.stop_at is not None
            or self.kind == SeekKind.STEP
        ):
            return False
        if self.last < first or any(self.table.get(i) is None for i in range(first, first + SKIP_FRAMES + 1)):
            return False
        self.first, self.end = first, end
        self.end_signalled = end is not None and self.last >= end - 1
        return True

    def hold(self) -> None:
        self.gen += 1
        self.counted = None
        self.mode = Mode.HOLD
        self.stop_at = None

    def anchor(self, *, presenting: bool, stop_at: int | None) -> None:
        self.gen += 1
        self.counted = None
        self.mode = Mode.ANCHOR
        self.presenting, self.stop_at = presenting, stop_at
        self.want, self.target, self.kind = self.first, 0, SeekKind.START
        self.start_pending = SeekKind.START
        self.end_signalled = False
        self.last, self.last_crc = -1, None

    def seek(
        self, target: int, want: int, kind: SeekKind, *, presenting: bool = True, stop_at: int | None = None
    ) -> None:
        self.gen += 1
        self.mode = Mode.SEEK
        self.counted = None
        self.presenting, self.stop_at = presenting, stop_at
        self.target, self.want, self.kind = target, want, kind
        self.start_pending = kind
        self.unmatched = 0
        self.end_signalled = False

    # ----- video-output thread (lock held)
    def on_picture(self, gen: int, crc: int, now: float) -> Verdict | Dropped:
        if self.mode == Mode.HOLD or gen != self.gen:
            return DROP
        if self.mode == Mode.ANCHOR:
            self.mode = Mode.RUN
            self.table.record(0, crc)
            v = self._accept(0, crc)
            v.controls.insert(0, Request(Control.IDENTIFIED, 0))
            return v
        if self.mode == Mode.SEEK:
            return self._relearn_if_collided(self._identify(crc))
        return self._relearn_if_collided(self._continue(crc, now))

    def on_display(self, verdict: Verdict | Dropped, now: float) -> Verdict | Dropped:
        if isinstance(verdict, Verdict) and verdict.defer:
            verdict = self._relearn_if_collided(self._resolve(verdict, now))
        if verdict.index >= 0:
            self.last_displayed_at = now
        return verdict

    def _relearn_if_collided(self, verdict: Verdict | Dropped) -> Verdict | Dropped:
        """The picture just recorded shares its sample checksum with another frame: switch the
        table to whole-picture checksums and ask for the clip to be learnt again."""
        if not self.table.collided:
            return verdict
        log.info("two frames share a sample checksum: learning the clip again with whole-picture checksums")
        self.table.learn_in_full()
        self.hold()
        return Verdict(controls=[Request(Control.RELEARN, 0)])

    def _identify(self, crc: int) -> Verdict | Dropped:
        lo, hi = self.target - LEAK_FRAMES, self.target + SKIP_FRAMES
        if self.kind == SeekKind.WRAP and self.end is not None:
            hi = min(hi, self.end - 1)
        near = [j for j in self.table.frames_with(crc) if lo <= j <= hi]
        if near:
            j = min(near, key=lambda i: (abs(i - self.target), i))
        elif self.table.get(self.target) is None:
            j = self.target  # nothing to compare with: trust the seek
            self.table.record(j, crc)
        else:
            self.unmatched += 1
            if self.unmatched < MAX_UNMATCHED:
                return DROP  # prepared before the seek, or not near its target
            log.warning("no picture after a seek matched the clip's frames; trusting the seek")
            j = self.target
        self.mode = Mode.RUN
        if j > self.want:
            self.last = self.want - 1
            v = self._accept_after_skip(j, crc)
        else:
            v = self._accept(j, crc)
        v.controls.insert(0, Request(Control.IDENTIFIED, j))
        return v

    def _accept_after_skip(self, j: int, crc: int) -> Verdict:
        """Frame j, when libVLC skipped frames before it: show kept copies of them if there are."""
        missing = [i for i in range(self.last + 1, j) if i >= self.want]
        if not (self.presenting and missing and all(i in self.table.images for i in missing)):
            if missing and self.presenting:
                log.debug("libVLC skipped frames %s", missing)
            return self._accept(j, crc)
        start, self.start_pending = self.start_pending, None
        v = self._accept(j, crc)
        v.fill, v.start = missing, start
        return v

    def _continue(self, crc: int, now: float) -> Verdict | Dropped:
        counted = self.counted
        if counted is not None and crc != self.last_crc:
            self.counted = None
        if counted is not None and counted[0] == self.last and crc == counted[2]:
            # An unknown picture, then the one the table has in its place: the table lacks a frame
            # (libVLC skipped it, right after an un-pause, while the table was learnt).
            log.info("frame %d was missing from the clip's table; inserted", self.last)
            self.table.insert(self.last, counted[1])
        expected = self.last + 1
        known = self.table.get(expected)
        if known == crc and (crc != self.last_crc or not self.clock.variable):
            return self._accept(expected, crc)
        if crc == self.last_crc:
            # A re-show of the picture on screen; while learning (or on a variable-rate clip, where
            # libVLC re-shows a long frame while playing), perhaps a frame identical to it.
            return Verdict(crc=crc, defer=known is None or known == crc, rendered_at=now)
        if known is None:  # learning: the next frame (lossy coding makes a held pose A, B, A...)
            self.table.record(expected, crc)
            return self._accept(expected, crc)
        near = [j for j in self.table.frames_with(crc) if self.last - 3 <= j <= self.last + 6]
        ahead = [j for j in near if j > self.last]
        if ahead:
            return self._accept_after_skip(min(ahead), crc)
        if near:
            return DROP  # a frame already passed
        log.debug("frame %d does not match the clip's table; trusting the count", expected)
        self.counted = (expected, crc, known)
        return self._accept(expected, crc)

    def _resolve(self, verdict: Verdict, now: float) -> Verdict | Dropped:
        """The same picture as the last one, and the table cannot tell: a re-show, or a new frame?"""
        since = now - self.last_displayed_at
        waited = now - verdict.rendered_at
        if self.mode != Mode.RUN or self.vlc_paused or now - self.resumed_at < RESUME_REDISPLAY_S:
            return DROP
        if waited < WAITED_MIN_S and not self._next_frame_due(since):
            return DROP
        self.table.record(self.last + 1, verdict.crc)
        return self._accept(self.last + 1, verdict.crc)

    def _next_frame_due(self, since: float) -> bool:
        """Whether a picture displayed `since` after the last frame comes in the next frame's slot."""
        if not self.clock.variable:
            return abs(since - self.interval) <= 0.35 * self.interval
        own = self.clock.interval(self.last) / self.rate
        return own - min(0.35 * own, RESHOW_MARGIN_S) <= since <= 1.35 * own

    def _accept(self, j: int, crc: int) -> Verdict:
        self.last, self.last_crc = j, crc
        v = Verdict(index=j, crc=crc, cache=j == 0 or self.first <= j < self.first + KEPT_FRAMES)
        if self.stop_at is not None and j >= self.stop_at:
            self.mode = Mode.HOLD
            v.controls.append(Request(Control.PREROLL_DONE, j))
            return v
        if not self.presenting or j < self.want:
            return v
        if self.end is not None and j >= self.end:
            if not self.end_signalled:
                self.end_signalled = True
                v.controls.append(Request(Control.PAST_END, j))
            return v
        v.present = True
        if self.start_pending is not None:
            v.start, self.start_pending = self.start_pending, None
        if self.kind == SeekKind.STEP:
            self.mode = Mode.HOLD
            v.controls.append(Request(Control.ARRIVED, j))
        elif self.end is not None and j == self.end - 1 and not self.end_signalled:
            self.end_signalled = True
            v.controls.append(Request(Control.LOOP_END, j))
        return v
