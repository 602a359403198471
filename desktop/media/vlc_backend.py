"""libVLC through python-vlc, with frames delivered through its memory ("vmem") callbacks.

Threads: the callbacks run on libVLC's video-output thread. They only checksum the picture,
classify it (Tracker) and move buffer indices under a lock, then post a queued Qt signal; every
libVLC call that changes playback, every QImage and every timer lives on the GUI thread.

Which frame is this picture? libVLC 3's callbacks carry no timestamp, and what it shows after a
seek depends on timing, codec and container (measured here with numbered clips): a picture it
prepared before the seek is still shown, sometimes even one prepared just after the seek call;
B-frame clips show a frame or two from before the target; the first frame after a seek, a start
or an un-pause is skipped when the next one is already due (at 2x the second one usually is); a
precise seek lands on the frame covering the time in MP4 but on the first frame at or after it
in WebM; a paused seek of a B-frame clip shows a frame up to three away, and a second paused
seek often shows nothing; set_rate() drops the decoded frames waiting in its queue; a paused
player re-shows its picture every ~60 ms, and so does a playing one between frames below ~0.45x;
when its video output lags, libVLC ends the input with the last frames never shown. Counting
pictures cannot be right in all these cases, so every picture is identified by its content:

- A CRC-32 of each picture is taken when libVLC has written it (the unlock callback, before it
  displays it). Decoding is deterministic: a frame has the same checksum however it was reached.
- A per-clip table maps frame index -> checksum (kept for later loads of the same file, with
  copies of a few frames). It is filled only by continuous play from a trusted anchor: the clip
  is opened paused (`:start-paused`) and seeked to 0, which shows exactly frame 0 (nothing comes
  before it and a paused player skips nothing); from there every new picture is the next frame
  (`--no-drop-late-frames`; re-shows of the picture on screen are told from identical frames by
  whether libVLC waited to display them). A segment that starts later is reached once without
  being shown: at ANCHOR_RATE for ANCHOR_FRAMES frames, then, after a seek back among them
  (identified by content), at PREROLL_RATE.
- After any seek (wrap, resume, step, new speed, restart) a picture counts only when its checksum
  is found in the table near the seek's target; anything else (prepared before the seek, early
  frames of a B-frame clip) is dropped. In continuous play each picture is checked against the
  table, which also tells re-shows and repeated content apart.
- A frame libVLC skipped while the table was learnt (frame 1, right after the anchor's un-pause,
  in a few starts of B-frame clips) leaves the table short of it: a later pass that shows an
  unknown picture followed by the one the table has in its place inserts the missing frame.
- Copies of the loop's first KEPT_FRAMES frames are kept: when libVLC skips one of them after a
  wrap, its copy is shown in its place, so a wrap never loses a frame.

Presentation is paced here, not by libVLC's display call: identified frames are shown one frame
interval apart (at the current rate) on a precise timer, about PRESENT_LAG_S behind libVLC. That
lag is the budget of a wrap: the seek back to the loop's first frame is issued once the loop's
last frame has been rendered, as late as this clip's measured seek latency allows, so the last
frame is held one interval and no longer. A whole-clip wrap must also beat the end of the input
(26-34 ms after the last frame); if it does not (a stalled GUI thread), the clip is opened again
and play goes on after the last frame shown. `:input-repeat` is not used: it re-opens the input
when the demuxer reaches the end, which lost frames still queued for display.
"""

from __future__ import annotations

import ctypes
import logging
import math
import threading
import time
import zlib
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QImage

from desktop.content.media_info import lie_message, overstates
from desktop.domain import Segment
from desktop.media.base import FIRST_FRAME_TIMEOUT_S, PlaybackState, VideoBackend, check_media_file, file_key
from desktop.media.vlc_loader import VlcLoad

log = logging.getLogger(__name__)

#: Picture buffers handed to libVLC; a displayed one is copied by the GUI thread at once.
BUFFERS = 4
_UINT_P = ctypes.POINTER(ctypes.c_uint)
# python-vlc declares `chroma` as c_char_p, which hands the callback a copy: writing "RV32" into
# it is lost and libVLC falls back to I420. This prototype makes it writable; it is cast below.
FORMAT_CB = ctypes.CFUNCTYPE(
    ctypes.c_uint,
    ctypes.POINTER(ctypes.c_void_p),
    ctypes.POINTER(ctypes.c_char),
    _UINT_P,
    _UINT_P,
    _UINT_P,
    _UINT_P,
)
#: Options of every media: open paused (the anchor seek needs a paused player). Measured here:
#: `:no-avcodec-hurry-up` must not be added: after a precise seek it left libavcodec skipping the
#: B-frames of a clip (every third frame missing) until the clip was closed.
MEDIA_OPTIONS = (":start-paused",)

#: Frames are shown this long after libVLC delivers them; a wrap's seek has this much extra time.
PRESENT_LAG_S = 0.040
#: When the lag has grown past PRESENT_LAG_S plus half a frame, each frame is shown at least this
#: much earlier than its slot until it is back (3% faster, invisible) ...
SHED_S = 0.001
#: ... and at most this share of a frame interval earlier: a whole clip's wrap must beat the end of
#: the input, so libVLC gains up to ~18 ms a loop, more than 1 ms a frame gives back in short loops.
SHED_MAX = 0.05
#: A wrap's seek is issued this much before the loop's first frame is due, on top of the slowest
#: recent seek of this clip.
SEEK_SAFETY_S = 0.012
#: Seek latency assumed for a clip not yet measured (so the first wrap seeks at once).
INITIAL_SEEK_LATENCY_S = 0.10
#: libVLC ends the input 26-34 ms after the last frame is displayed: a wrap that ends at the end
#: of the file is issued at most this long after its last frame was rendered.
EOF_SEEK_WINDOW_S = 0.012
#: ... unless the frames waiting to be shown last longer than this: then the input may end and
#: the clip is opened again (which takes about 0.1 s), so that libVLC does not run ever further ahead.
RESTART_COVER_S = 0.25
#: Speed of the hidden first pass from frame 0 to a segment that starts later. It begins at
#: ANCHOR_RATE: un-pausing after the anchor, libVLC skipped frame 1 in 1 start of 6 at 4x (never
#: in 60 at 2x); once ANCHOR_FRAMES frames are known, a seek back among them (identified by
#: content; frames it had already prepared are past them, so unknown, so dropped) switches speed.
PREROLL_RATE = 4.0
ANCHOR_RATE = 2.0
ANCHOR_FRAMES = 8
#: Resume, step and the start of a segment seek this many frames early and play up to the frame
#: wanted, so that a skipped first frame or a B-frame clip's early frames do not matter.
LEAD_FRAMES = 3
#: After a seek, a picture is taken as frame j only for target - LEAK_FRAMES <= j <= target + SKIP_FRAMES.
LEAK_FRAMES = 4
SKIP_FRAMES = 2
#: For this long after a clip is opened, an audio output that reports another volume or mute
#: than ours is set to ours again (see VlcBackend._audio_reported).
AUDIO_SETTLE_S = 3.0
#: Copies kept of the loop's first frames (and of frame 0): shown in place of those libVLC skips
#: right after a seek (at 2x it skipped the second frame after most seeks here).
KEPT_FRAMES = 3
#: Pictures after a seek that match no frame near its target before the backend trusts the seek.
MAX_UNMATCHED = 8
#: libVLC displays a new frame at its time, a few ms or more after rendering it, but a re-show of
#: the last picture (while paused, on resume, when the next frame is late) at once: an identical
#: picture that waited at least this long is a new frame with the same content.
WAITED_MIN_S = 0.0015
#: A re-show that libVLC makes when it is un-paused comes within this long of the call.
RESUME_REDISPLAY_S = 0.008
#: A paused seek shows its picture within ~35 ms here; if none came, play on to get one.
PAUSED_SEEK_WAIT_S = 0.5
#: A frame step that has not arrived by then is abandoned (the player is paused again).
STEP_TIMEOUT_S = 2.0
#: While playing, no new frame for this long (plus a few frame intervals) means libVLC is stuck
#: in a state not foreseen here: seek again to the next frame.
STALL_S = 1.5
#: How long libVLC may wait for the GUI thread to free a buffer before the oldest waiting
#: picture is given up (only when the GUI thread is stalled).
BUFFER_WAIT_S = 0.25
DEFAULT_FPS = 30.0
#: An end of the input this many frames or more before the length libVLC was given is early (a
#: lagging video output ends it with a few frames never shown; those come after a restart).
EARLY_END_FRAMES = 8
#: Clips whose frame tables (and a few frames) are kept, most recent first.
TABLES_KEPT = 8


def first_frame(seconds: float, fps: float) -> int:
    """Index of the first frame whose start time is at or after `seconds`."""
    return max(0, math.ceil(seconds * fps - 1e-3))


def seek_time_ms(index: int, fps: float, path: Path | None) -> int:
    """The time to give set_time() so that libVLC shows frame `index`.

    A precise seek shows the frame whose interval covers the time in MP4 (blocks carry their
    duration), but the first frame at or after the time in Matroska/WebM, whose timestamps are
    whole milliseconds.
    """
    if path is not None and path.suffix.lower() in (".webm", ".mkv"):
        return round(index * 1000.0 / fps)
    return int((index + 0.5) * 1000.0 / fps)


class FrameTable:
    """Checksums of a clip's frames by index, a few of its frames, and how quickly it seeks."""

    def __init__(self) -> None:
        self.crcs: dict[int, int] = {}
        self.by_crc: dict[int, list[int]] = {}
        self.images: dict[int, QImage] = {}
        self.seek_latency = INITIAL_SEEK_LATENCY_S
        #: Number of frames, once the end of the file has been seen.
        self.frames: int | None = None

    def get(self, index: int) -> int | None:
        return self.crcs.get(index)

    def record(self, index: int, crc: int) -> None:
        old = self.crcs.get(index)
        if old == crc:
            return
        if old is not None:
            self.by_crc[old].remove(index)
        self.crcs[index] = crc
        self.by_crc.setdefault(crc, []).append(index)

    def frames_with(self, crc: int) -> list[int]:
        return self.by_crc.get(crc, [])

    def insert(self, index: int, crc: int) -> None:
        """A frame was missing at `index` (libVLC skipped it while the table was learnt): the
        frames from there on move up by one."""
        crcs = {(i + 1 if i >= index else i): c for i, c in self.crcs.items()}
        crcs[index] = crc
        if self.frames is not None:
            crcs = {i: c for i, c in crcs.items() if i < self.frames}
        self.crcs, self.by_crc = {}, {}
        for i, c in sorted(crcs.items()):
            self.record(i, c)
        self.images = {(i + 1 if i >= index else i): image for i, image in self.images.items()}

    def keep_image(self, index: int, image: QImage, keep: set[int]) -> None:
        self.images[index] = image
        for i in [i for i in self.images if i not in keep]:
            del self.images[i]


# Tracker modes.
_HOLD = "hold"  # nothing is expected: paused, stepped, between clips
_ANCHOR = "anchor"  # the next new picture is frame 0
_SEEK = "seek"  # the next pictures are identified by the table near the seek's target
_RUN = "run"  # continuous play: the next picture is the next frame


@dataclass
class Verdict:
    """What the tracker made of one picture."""

    index: int = -1  # the frame it is, or -1: drop it
    crc: int = 0
    present: bool = False  # show it
    cache: bool = False  # keep a copy (frame 0 and the loop's first KEPT_FRAMES frames)
    start: str = ""  # the first frame shown after a seek: the seek's kind (see Tracker.kind)
    fill: list[int] = field(default_factory=list)  # show the kept copies of these first (skipped)
    defer: bool = False  # the same picture as the last one: decide when it is displayed
    rendered_at: float = 0.0
    epoch: int = 0  # the backend's epoch when this was decided (see VlcBackend._epoch)
    controls: list[tuple[str, int]] = field(default_factory=list)


_DROP = Verdict()


class Tracker:
    """Tells which frame of the clip each picture is. No libVLC, no Qt: called under a lock.

    The GUI thread starts each phase (anchor, seek, hold); the video-output thread reports each
    picture (`on_picture` when written, `on_display` when libVLC displays it) and gets a Verdict,
    whose `controls` ask the GUI thread to act: ("identified", j) the first picture after a start
    was recognised, ("loop_end", j) the loop's last frame was rendered, ("past_end", j) a frame at or
    past the loop's end was rendered, ("arrived", j) a frame step reached its frame,
    ("preroll_done", j) the hidden first pass has covered the segment.
    """

    def __init__(self) -> None:
        self.table = FrameTable()
        self.gen = 0  # seek generation; a picture locked under an older one is stale
        self.mode = _HOLD
        self.first = 0  # the loop's first frame
        self.end: int | None = None  # one past the loop's last frame, when known
        self.want = 0  # the first frame to show after the current seek
        self.target = 0  # the frame the current seek aimed at
        self.kind = "start"  # what the current seek is for: start, wrap, step, restart, preroll
        self.presenting = False
        self.stop_at: int | None = None  # hidden first pass: stop once this frame is reached
        self.last = -1
        self.last_crc: int | None = None
        self.last_displayed_at = 0.0
        self.vlc_paused = False
        self.resumed_at = 0.0
        self.interval = 1 / DEFAULT_FPS  # libVLC's frame interval at its current rate
        self.unmatched = 0
        self.start_pending = ""
        self.end_signalled = False
        # (index, checksum, the table's checksum there) of a picture just taken as frame `index`
        # by count though the table has no such picture.
        self.counted: tuple[int, int, int] | None = None

    # ----- GUI thread (lock held)
    def reset(self, table: FrameTable, first: int, end: int | None) -> None:
        self.table, self.first, self.end = table, first, end
        self.hold()

    def hold(self) -> None:
        self.gen += 1
        self.counted = None
        self.mode = _HOLD
        self.stop_at = None

    def anchor(self, *, presenting: bool, stop_at: int | None) -> None:
        self.gen += 1
        self.counted = None
        self.mode = _ANCHOR
        self.presenting, self.stop_at = presenting, stop_at
        self.want, self.target, self.kind = self.first, 0, "start"
        self.start_pending = "start"
        self.end_signalled = False
        self.last, self.last_crc = -1, None

    def seek(
        self, target: int, want: int, kind: str, *, presenting: bool = True, stop_at: int | None = None
    ) -> None:
        self.gen += 1
        self.mode = _SEEK
        self.counted = None
        self.presenting, self.stop_at = presenting, stop_at
        self.target, self.want, self.kind = target, want, kind
        self.start_pending = kind
        self.unmatched = 0
        self.end_signalled = False

    # ----- video-output thread (lock held)
    def on_picture(self, gen: int, crc: int, now: float) -> Verdict:
        if self.mode == _HOLD or gen != self.gen:
            return _DROP
        if self.mode == _ANCHOR:
            self.mode = _RUN
            self.table.record(0, crc)
            v = self._accept(0, crc)
            v.controls.insert(0, ("identified", 0))
            return v
        if self.mode == _SEEK:
            return self._identify(crc)
        return self._continue(crc, now)

    def on_display(self, verdict: Verdict, now: float) -> Verdict:
        if verdict.defer:
            verdict = self._resolve(verdict, now)
        if verdict.index >= 0:
            self.last_displayed_at = now
        return verdict

    def _identify(self, crc: int) -> Verdict:
        lo, hi = self.target - LEAK_FRAMES, self.target + SKIP_FRAMES
        if self.kind == "wrap" and self.end is not None:
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
                return _DROP  # prepared before the seek, or not near its target
            log.warning("no picture after a seek matched the clip's frames; trusting the seek")
            j = self.target
        self.mode = _RUN
        if j > self.want:
            self.last = self.want - 1
            v = self._accept_after_skip(j, crc)
        else:
            v = self._accept(j, crc)
        v.controls.insert(0, ("identified", j))
        return v

    def _accept_after_skip(self, j: int, crc: int) -> Verdict:
        """Frame j, when libVLC skipped frames before it: show kept copies of them if there are."""
        missing = [i for i in range(self.last + 1, j) if i >= self.want]
        if not (self.presenting and missing and all(i in self.table.images for i in missing)):
            if missing and self.presenting:
                log.debug("libVLC skipped frames %s", missing)
            return self._accept(j, crc)
        start, self.start_pending = self.start_pending, ""
        v = self._accept(j, crc)
        v.fill, v.start = missing, start
        return v

    def _continue(self, crc: int, now: float) -> Verdict:
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
        if known == crc:
            return self._accept(expected, crc)
        if crc == self.last_crc:
            # A re-show of the picture on screen; while learning, perhaps a frame identical to it.
            return Verdict(crc=crc, defer=known is None, rendered_at=now)
        if known is None:  # learning: the next frame (lossy coding makes a held pose A, B, A...)
            self.table.record(expected, crc)
            return self._accept(expected, crc)
        near = [j for j in self.table.frames_with(crc) if self.last - 3 <= j <= self.last + 6]
        ahead = [j for j in near if j > self.last]
        if ahead:
            return self._accept_after_skip(min(ahead), crc)
        if near:
            return _DROP  # a frame already passed
        log.debug("frame %d does not match the clip's table; trusting the count", expected)
        self.counted = (expected, crc, known)
        return self._accept(expected, crc)

    def _resolve(self, verdict: Verdict, now: float) -> Verdict:
        """The same picture as the last one, and the table cannot tell: a re-show, or a new frame?"""
        since = now - self.last_displayed_at
        waited = now - verdict.rendered_at
        if self.mode != _RUN or self.vlc_paused or now - self.resumed_at < RESUME_REDISPLAY_S:
            return _DROP
        if waited < WAITED_MIN_S and abs(since - self.interval) > 0.35 * self.interval:
            return _DROP
        self.table.record(self.last + 1, verdict.crc)
        return self._accept(self.last + 1, verdict.crc)

    def _accept(self, j: int, crc: int) -> Verdict:
        self.last, self.last_crc = j, crc
        v = Verdict(index=j, crc=crc, cache=j == 0 or self.first <= j < self.first + KEPT_FRAMES)
        if self.stop_at is not None and j >= self.stop_at:
            self.mode = _HOLD
            v.controls.append(("preroll_done", j))
            return v
        if not self.presenting or j < self.want:
            return v
        if self.end is not None and j >= self.end:
            if not self.end_signalled:
                self.end_signalled = True
                v.controls.append(("past_end", j))
            return v
        v.present = True
        if self.start_pending:
            v.start, self.start_pending = self.start_pending, ""
        if self.kind == "step":
            self.mode = _HOLD
            v.controls.append(("arrived", j))
        elif self.end is not None and j == self.end - 1 and not self.end_signalled:
            self.end_signalled = True
            v.controls.append(("loop_end", j))
        return v


class _Pacer(QObject):
    """Shows identified frames one frame interval apart, PRESENT_LAG_S behind their arrival."""

    def __init__(self, show: Callable[[int, QImage], None], parent: QObject) -> None:
        super().__init__(parent)
        self._show = show
        self._queue: deque[tuple[float, int, QImage]] = deque()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._pump)
        self._due: float | None = None  # when the last frame queued is (or was) shown
        self._index = -1
        self.interval = 1 / DEFAULT_FPS

    def reset(self) -> None:
        self._queue.clear()
        self._timer.stop()
        self._due, self._index = None, -1

    def predict(self, index: int) -> float | None:
        """When frame `index` will be shown if it follows the frames queued so far."""
        if self._due is None:
            return None
        return self._due + (index - self._index) * self.interval

    def push(self, index: int, image: QImage, arrival: float, start: str) -> float:
        iv = self.interval
        if start == "step":
            due = arrival
        elif start == "start" or self._due is None:
            due = arrival + PRESENT_LAG_S
        else:
            # After a wrap the loop's first frame follows its last one like any next frame: the
            # last frame is held one interval (less while the lag is shed), no longer.
            due = self._due + (1 if start in ("wrap", "restart") else max(1, index - self._index)) * iv
            excess = due - arrival - PRESENT_LAG_S
            if excess > iv / 2:
                shed = min(SHED_MAX * iv, max(SHED_S, (excess - iv / 2) / 4))
                due = max(arrival + PRESENT_LAG_S, due - shed)
            due = max(due, arrival)
        self._due, self._index = due, index
        self._queue.append((due, index, image))
        self._pump()
        return due

    @Slot()
    def _pump(self) -> None:
        while self._queue and self._queue[0][0] <= time.monotonic() + 0.0005:
            _, index, image = self._queue.popleft()
            self._show(index, image)
        if self._queue:
            self._timer.start(max(0, int((self._queue[0][0] - time.monotonic()) * 1000)))


@dataclass
class _Arrival:
    """A picture (or a kept copy) on its way from the video-output thread to the GUI thread."""

    verdict: Verdict
    time: float
    epoch: int
    buffer: int = -1  # -1: the kept copy of frame verdict.index
    width: int = 0
    height: int = 0
    data: Any = None


class VlcBackend(VideoBackend):
    key = "vlc"

    _wake = Signal()
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
        self._vlc_rate = 1.0
        self._muted = False
        self._volume = 100
        self._audio_settle_until = 0.0  # see _audio_reported()
        self._fps = DEFAULT_FPS
        self._load_serial = 0
        self._awaiting_start = False  # the input was opened paused; the start seek is due
        self._loading = False  # no frame shown since load() (or a restart)
        self._want_playing = False
        self._identified = False  # a picture of this clip has been recognised
        self._start_pending = False  # the start seek's first picture is not recognised yet
        self._vlc_paused = False
        self._shown = -1  # the frame on screen
        self._step_want: int | None = None
        self._wrap_issued_at = 0.0
        self._wrap_pending = False
        self._preroll = False
        self._file_frames: int | None = None
        self._restart_want: int | None = None
        self._restart_kind = "restart"
        self._length_s = 0.0  # the length libVLC was told by the file's header
        self._early_end: int | None = None  # the last frame when the input last ended early
        self._pushed = -1  # the last frame handed to the pacer
        self._tables: OrderedDict[tuple[str, int, int], FrameTable] = OrderedDict()  # by file

        # Shared with the video-output thread; guarded by _mutex.
        self._mutex = threading.Condition()
        self._tracker = Tracker()
        self._buffers: list[Any] = [None] * BUFFERS
        self._width = 0
        self._height = 0
        self._vlc_buffer = -1  # the buffer libVLC is writing or about to display
        self._lock_gen = [0] * BUFFERS
        self._verdicts: list[Verdict | None] = [None] * BUFFERS
        self._inbox: deque[_Arrival | tuple[str, int, float]] = deque()
        self._queued: list[int] = []  # buffers in the inbox, oldest first
        self._draining = False  # the GUI thread is stopping the player: never wait for it
        self._epoch = 0  # bumped when frames on their way must no longer be shown

        vlc = self._vlc
        # Keep the ctypes callback objects referenced for the life of the player.
        self._cb_format_raw = FORMAT_CB(self._on_format)
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
            vlc.EventType.MediaPlayerPaused: "paused",
            vlc.EventType.MediaPlayerAudioVolume: "audio",
            vlc.EventType.MediaPlayerMuted: "audio",
            vlc.EventType.MediaPlayerUnmuted: "audio",
        }
        for event_type in self._event_types:
            events.event_attach(event_type, self._on_vlc_event)

        self._wake.connect(self._process, Qt.ConnectionType.QueuedConnection)
        self._vlcEvent.connect(self._handle_event, Qt.ConnectionType.QueuedConnection)
        self._pacer = _Pacer(self._show, self)

        self._wrap_timer = self._single_shot(self._wrap, precise=True)
        self._first_frame_timer = self._single_shot(self._no_first_frame)
        self._start_poll = self._single_shot(self._poll_start)
        self._paused_seek_timer = self._single_shot(self._paused_seek_stuck)
        self._step_timer = self._single_shot(self._step_stuck)
        self._stall_timer = self._single_shot(self._stalled)

    def _single_shot(self, slot: Callable[[], None], *, precise: bool = False) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        if precise:
            timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.timeout.connect(slot)
        return timer

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
                self._vlc_buffer = -1
                self._queued.clear()
                self._inbox = deque(item for item in self._inbox if isinstance(item, tuple))
                self._verdicts = [None] * BUFFERS
        return 1

    def _on_cleanup(self, opaque: Any) -> None:
        return None

    def _free_buffer(self) -> int | None:
        return next((i for i in range(BUFFERS) if i != self._vlc_buffer and i not in self._queued), None)

    def _on_lock(self, opaque: Any, planes: Any) -> Any:
        with self._mutex:
            self._vlc_buffer = -1  # libVLC's pool holds one picture: the previous one is done
            index = self._free_buffer()
            if index is None and not self._draining:
                self._mutex.wait_for(lambda: self._draining or self._free_buffer() is not None, BUFFER_WAIT_S)
                index = self._free_buffer()
            if index is None:
                # The GUI thread is stalled: give up its oldest picture.
                oldest = self._queued.pop(0)
                self._inbox = deque(
                    item for item in self._inbox if not (isinstance(item, _Arrival) and item.buffer == oldest)
                )
                index = self._free_buffer()
            assert index is not None
            self._vlc_buffer = index
            self._lock_gen[index] = self._tracker.gen
            self._verdicts[index] = None
            planes[0] = ctypes.addressof(self._buffers[index])
        return ctypes.c_void_p(index + 1).value

    def _on_unlock(self, opaque: Any, picture: Any, planes: Any) -> None:
        index = (picture or 1) - 1
        buf, size = self._buffers[index], self._width * self._height * 4
        if buf is None or not size:
            return
        crc = zlib.crc32(memoryview(buf).cast("B")[:size])  # releases the GIL
        now = time.monotonic()
        with self._mutex:
            if index != self._vlc_buffer:
                return
            verdict = self._tracker.on_picture(self._lock_gen[index], crc, now)
            if verdict is not _DROP:
                verdict.epoch = self._epoch
            self._verdicts[index] = verdict
            wake = bool(verdict.controls or verdict.fill)
            for control in verdict.controls:
                self._inbox.append((control[0], control[1], now))
            verdict.controls = []
            for i, kept in enumerate(verdict.fill):
                start = verdict.start if i == 0 else ""
                self._inbox.append(
                    _Arrival(Verdict(index=kept, present=True, start=start), now, verdict.epoch)
                )
            if verdict.fill:
                verdict.start = ""
        if wake:
            self._wake.emit()

    def _on_display(self, opaque: Any, picture: Any) -> None:
        index = (picture or 1) - 1
        now = time.monotonic()
        with self._mutex:
            verdict = self._verdicts[index]
            self._verdicts[index] = None
            if self._vlc_buffer == index:
                self._vlc_buffer = -1
            if verdict is None:
                return
            deferred = verdict.defer
            verdict = self._tracker.on_display(verdict, now)
            if deferred and verdict is not _DROP:
                verdict.epoch = self._epoch
            for control in verdict.controls:
                self._inbox.append((control[0], control[1], now))
            if not (verdict.present or verdict.cache or verdict.controls):
                return
            if verdict.present or verdict.cache:
                self._queued.append(index)
                self._inbox.append(
                    _Arrival(
                        verdict, now, verdict.epoch, index, self._width, self._height, self._buffers[index]
                    )
                )
        self._wake.emit()

    def _on_vlc_event(self, event: Any) -> None:
        # The serial tells the GUI thread which clip the event was about (it may have moved on).
        self._vlcEvent.emit(self._event_types.get(event.type, "other"), self._load_serial)

    # ----- GUI thread: frames and controls from the video-output thread
    @Slot()
    def _process(self) -> None:
        while True:
            with self._mutex:
                if not self._inbox:
                    return
                item = self._inbox.popleft()
            if isinstance(item, tuple):
                self._control(*item)
            else:
                self._arrive(item)

    def _arrive(self, item: _Arrival) -> None:
        v = item.verdict
        image: QImage | None
        if item.buffer >= 0:
            image = None
            if item.epoch == self._epoch and item.width:
                image = QImage(
                    memoryview(item.data), item.width, item.height, item.width * 4, QImage.Format.Format_RGB32
                ).copy()
            with self._mutex:
                if item.buffer in self._queued:
                    self._queued.remove(item.buffer)
                self._mutex.notify_all()
        else:
            with self._mutex:
                image = self._tracker.table.images.get(v.index)
        if image is None or item.epoch != self._epoch:
            return
        if v.cache:
            with self._mutex:
                first = self._tracker.first
                self._tracker.table.keep_image(v.index, image, {0, *range(first, first + KEPT_FRAMES)})
        if not v.present:
            return
        if v.start == "wrap":
            latency = item.time - self._wrap_issued_at
            table = self._tracker.table
            table.seek_latency = max(latency, table.seek_latency * 0.85)
        self._pushed = v.index
        self._pacer.push(v.index, image, item.time, v.start)
        self._watch()

    def _show(self, index: int, image: QImage) -> None:
        self._shown = index
        resync = False
        if self._loading:
            self._loading = False
            self._first_frame_timer.stop()
            if self._want_playing:
                self._set_state(PlaybackState.PLAYING)
                resync = abs(self._vlc_rate - self._rate) > 1e-6  # the speed changed while loading
            else:
                self._clear_pending()
                self._pause_player()
                self._set_state(PlaybackState.PAUSED)
        self.frameReady.emit(image)
        if resync:
            self._resync(index + 1, "start")

    def _control(self, kind: str, index: int, at: float) -> None:
        if kind == "identified":
            self._first_frame_timer.stop()
            self._identified = True
            self._start_pending = False
            self._paused_seek_timer.stop()
            if self._vlc_paused and self._step_want is None:
                self._resume_player()
        elif kind == "preroll_done":
            self._next_preroll_stage()
        elif kind == "arrived":
            self._step_timer.stop()
            self._step_want = None
            self._pause_player()
        elif kind == "loop_end":
            self._schedule_wrap(index, at)
        elif kind == "past_end" and not self._wrap_pending:
            self._wrap()

    # ----- GUI thread: playback
    def _seek(self, index: int) -> None:
        self._player.set_time(seek_time_ms(index, self._fps, self.current))

    def _pause_player(self) -> None:
        with self._mutex:
            self._tracker.hold()
            self._tracker.vlc_paused = True
        self._vlc_paused = True
        self._stall_timer.stop()
        self._player.set_pause(1)

    def _resume_player(self) -> None:
        with self._mutex:
            self._tracker.vlc_paused = False
            self._tracker.resumed_at = time.monotonic()
        self._vlc_paused = False
        self._player.set_pause(0)

    def _apply_rate(self, rate: float) -> None:
        self._vlc_rate = rate
        self._player.set_rate(rate)
        with self._mutex:
            self._tracker.interval = 1.0 / (self._fps * rate)
        self._pacer.interval = 1.0 / (self._fps * self._rate)

    def _clear_pending(self) -> None:
        """Frames identified but not yet shown are dropped (after a pause, a step, a new speed)."""
        self._epoch += 1
        self._pacer.reset()
        self._pushed = self._shown
        self._wrap_timer.stop()
        self._wrap_pending = False

    def _loop_bounds(self) -> tuple[int, int | None]:
        first = first_frame(self.segment.start, self._fps) if self.segment else 0
        if self.segment is not None:
            end: int | None = first_frame(self.segment.end, self._fps)
        else:
            end = self._file_frames
        if end is not None and self._file_frames is not None:
            end = min(end, self._file_frames)
        if end is not None and end <= first:
            end = first + 1
        return first, end

    @Slot()
    def _poll_start(self) -> None:
        if self._awaiting_start and self._player.get_state() == self._vlc.State.Paused:
            self._begin()
        elif self._awaiting_start:
            self._start_poll.start(50)

    def _begin(self) -> None:
        """The input is open and paused: anchor the clip's table, or seek straight to the loop."""
        restart_want, self._restart_want = self._restart_want, None
        self._awaiting_start = False
        self._start_poll.stop()
        if self._player.video_get_track_count() <= 0:
            self._stop_player()
            self._fail(f"{self.current}: the file has no video track")
            return
        fps = self._player.get_fps()
        self._fps = fps if fps and fps > 1 else DEFAULT_FPS
        length_ms = self._player.get_length()
        self._length_s = max(0, length_ms) / 1000.0
        key = file_key(self.current) if self.current else None
        table = self._tables.get(key) if key else None
        if table is None:
            table = FrameTable()
            if key:
                self._tables[key] = table
                while len(self._tables) > TABLES_KEPT:
                    self._tables.popitem(last=False)
        elif key:
            self._tables.move_to_end(key)
        self._file_frames = table.frames or (round(length_ms / 1000.0 * self._fps) if length_ms > 0 else None)
        first, end = self._loop_bounds()
        log.debug(
            "%s: %.3f fps, %d ms, %s frames, loop [%d, %s), table of %d frames",
            self.current,
            self._fps,
            length_ms,
            self._file_frames,
            first,
            end,
            len(table.crcs),
        )
        self._vlc_paused = True
        with self._mutex:
            self._tracker.reset(table, first, end)
            self._tracker.vlc_paused = True
            # The table must reach past the loop's first frame (the rest is learnt while playing).
            known = all(table.get(i) is not None for i in range(first + SKIP_FRAMES + 1))
            if restart_want is not None:
                known = True
                target = max(0, restart_want - LEAD_FRAMES)
                self._tracker.seek(target, restart_want, self._restart_kind)
            elif known:
                target = max(0, first - LEAD_FRAMES)
                self._tracker.seek(target, first, "start")
            else:
                target = 0
                self._tracker.anchor(presenting=first == 0, stop_at=None if first == 0 else ANCHOR_FRAMES - 1)
        self._preroll = not known and first > 0
        if self._preroll:
            self._player.audio_set_mute(True)
        self._apply_rate(ANCHOR_RATE if self._preroll else self._rate)
        self._seek(target)
        self._start_pending = True
        self._paused_seek_timer.start(int(PAUSED_SEEK_WAIT_S * 1000))

    @Slot()
    def _paused_seek_stuck(self) -> None:
        """libVLC sometimes shows nothing for a paused seek: play on and identify what comes."""
        if self._vlc_paused and self._start_pending and self._step_want is None:
            log.info("libVLC showed nothing for the paused seek in %s; playing on", self.current)
            self._resume_player()

    def _next_preroll_stage(self) -> None:
        """The anchor's first frames are known: run on at PREROLL_RATE up to the loop's start."""
        first, _ = self._loop_bounds()
        stop_at = first + SKIP_FRAMES
        if self._file_frames:
            stop_at = min(stop_at, self._file_frames - 1)
        with self._mutex:
            last = self._tracker.last
        if not self._preroll or last >= stop_at or self._vlc_rate == PREROLL_RATE:
            self._end_preroll()
            return
        with self._mutex:
            self._tracker.seek(1, 1, "preroll", presenting=False, stop_at=stop_at)
        self._apply_rate(PREROLL_RATE)
        if self._vlc_paused:
            self._resume_player()
        self._seek(1)

    def _end_preroll(self) -> None:
        self._preroll = False
        self._apply_audio()
        first, _ = self._loop_bounds()
        with self._mutex:
            self._tracker.seek(max(0, first - LEAD_FRAMES), first, "start")
        self._apply_rate(self._rate)
        if self._vlc_paused:
            self._resume_player()
        self._seek(max(0, first - LEAD_FRAMES))

    def _schedule_wrap(self, last: int, rendered_at: float) -> None:
        if not self.loop:
            self._pause_player()
            self._set_state(PlaybackState.PAUSED)
            return
        iv = self._pacer.interval
        shown_at = self._pacer.predict(last)
        if shown_at is None:
            shown_at = rendered_at + PRESENT_LAG_S
        at = shown_at + iv - self._tracker.table.seek_latency - SEEK_SAFETY_S
        _, end = self._loop_bounds()
        if (
            self._file_frames is not None
            and end is not None
            and shown_at - time.monotonic() < RESTART_COVER_S
        ):
            # Past the file's end libVLC ends the input: wrap before it can.
            at = min(
                at, rendered_at + EOF_SEEK_WINDOW_S + (self._file_frames - end) / (self._fps * self._rate)
            )
        self._wrap_pending = True
        self._wrap_timer.start(max(0, int((at - time.monotonic()) * 1000)))

    @Slot()
    def _wrap(self) -> None:
        self._wrap_timer.stop()
        self._wrap_pending = False
        if self._vlc_paused or self._step_want is not None:
            return
        if not self.loop:  # turned off since the wrap was scheduled: stop at the end
            self._pause_player()
            self._set_state(PlaybackState.PAUSED)
            return
        first, _ = self._loop_bounds()
        with self._mutex:
            self._tracker.seek(first, first, "wrap")
        self._wrap_issued_at = time.monotonic()
        self._seek(first)

    def _resync(self, want: int, kind: str) -> None:
        """Continue (or step) at frame `want`: seek a little before it and play up to it."""
        first, end = self._loop_bounds()
        if end is not None and want >= end:
            want = first
        target = max(0, want - LEAD_FRAMES)
        self._clear_pending()
        if self._player.get_state() in (self._vlc.State.Ended, self._vlc.State.Stopped):
            self._restart(want, kind)
            return
        with self._mutex:
            self._tracker.seek(target, want, kind)
        self._apply_rate(self._rate)
        if self._vlc_paused:
            self._resume_player()
        self._seek(target)
        self._watch()

    def _restart(self, want: int | None = None, kind: str = "restart") -> None:
        """The input has ended: open it again; _begin() seeks to the loop (or to `want`)."""
        self._restart_want, self._restart_kind = want, kind
        self._wrap_timer.stop()
        self._wrap_pending = False
        with self._mutex:
            self._tracker.hold()
            # A picture the ended input rendered may still be displayed after this: its frame comes
            # again from the new input (frames queued in the pacer are still shown).
            self._epoch += 1
        self._player.set_media(self._media)
        self._audio_settle_until = time.monotonic() + AUDIO_SETTLE_S
        self._awaiting_start = True
        self._player.play()
        self._start_poll.start(50)

    @Slot(str, int)
    def _handle_event(self, kind: str, serial: int) -> None:
        if serial != self._load_serial:
            return  # about the previous clip
        if kind == "audio":
            self._audio_reported()
        elif kind == "error":
            self._stop_player()
            self._fail(f"{self.current}: libVLC could not play this file (is it a video clip?)")
        elif kind == "paused":
            if self._awaiting_start:
                self._begin()
        elif kind == "end":
            if not self._identified:
                if self._player.video_get_track_count() <= 0:
                    self._fail(f"{self.current}: the file has no video track")
                else:
                    self._fail(f"{self.current}: no picture could be decoded from this file")
                return
            with self._mutex:
                last = self._tracker.last
                table = self._tracker.table
            log.debug("libVLC ended %s at frame %d", self.current, last)
            if self._ended_early(last, table):
                return
            if self._file_frames is None and last >= 0:
                # The length was unknown. (Otherwise it is trusted: when the video output lags,
                # libVLC ends the input with its last frames still queued, never shown.)
                table.frames = self._file_frames = last + 1
            first, end = self._loop_bounds()
            if self._preroll:
                self._preroll = False
                self._apply_audio()
                self._restart(first)
            elif self.loop and self._want_playing and self._step_want is None and not self._vlc_paused:
                # The wrap's seek came too late (a stalled GUI thread, a lagging video output):
                # open the clip again and go on after the last frame shown.
                log.info("libVLC reached the end of %s before the loop's seek; restarting", self.current)
                want = self._pushed + 1
                self._restart(want if first < want and (end is None or want < end) else first)
            elif not self._loading:
                self._set_state(PlaybackState.PAUSED)

    def _ended_early(self, last: int, table: FrameTable) -> bool:
        """Handle an input that ended again, with no new frame, long before its stated length.

        The content ends there, whatever the header says (libVLC believes it: without this the
        loop reopened the clip every ~135 ms, for ever). A header that overstates the length
        grossly (49 days for a few seconds) marks the clip broken, once; a smaller difference (an
        audio track a little longer than the video) is learnt as the clip's real end.
        """
        early, self._early_end = self._early_end, None
        if self._file_frames is None or last < 0 or last + 1 > self._file_frames - EARLY_END_FRAMES:
            return False
        self._early_end = last
        if early is None or last > early:
            return False  # frames came since the last end: a late wrap, restarted as usual
        content_s = (last + 1) / self._fps
        if overstates(self._length_s, content_s):
            log.info(
                "%s ends after %.1f s, its header says %.0f s: broken",
                self.current,
                content_s,
                self._length_s,
            )
            self._stop_player()
            self.mark_broken(f"{self.current}: {lie_message(self._length_s, content_s)}")
            return True
        log.info("%s ends at frame %d, before its stated length; looping there", self.current, last)
        table.frames = self._file_frames = last + 1
        if self._preroll:
            self._preroll = False
            self._apply_audio()
        self._restart(self._loop_bounds()[0])
        return True

    def _stop_player(self) -> None:
        """libVLC's stop waits for its video thread, which may be waiting for us: let it go."""
        with self._mutex:
            self._draining = True
            self._mutex.notify_all()
        self._player.stop()  # synchronous: no callback of the old clip runs after this
        with self._mutex:
            self._draining = False
            self._queued.clear()  # a delivery still queued must not show the old clip's frame
            self._inbox.clear()
            self._vlc_buffer = -1
            self._verdicts = [None] * BUFFERS
            self._tracker.hold()
        self._clear_pending()
        for timer in (
            self._first_frame_timer,
            self._start_poll,
            self._paused_seek_timer,
            self._step_timer,
            self._stall_timer,
        ):
            timer.stop()
        self._awaiting_start = False
        self._restart_want = None
        self._early_end = None
        self._pushed = -1
        self._step_want = None
        if self._preroll:
            self._preroll = False
            self._apply_audio()

    def load(
        self, path: Path, segment: Segment | None = None, *, loop: bool = True, autoplay: bool = True
    ) -> None:
        self._stop_player()
        self.current = Path(path)
        self.segment = segment
        self.loop = loop
        self._load_serial += 1
        self._loading = True
        self._identified = False
        self._shown = -1
        self._want_playing = False
        self._file_frames = None
        problem = self.known_broken(self.current) or check_media_file(self.current)
        if problem:
            self._player.set_media(None)
            self._fail(problem)
            return
        media = self._instance.media_new_path(str(self.current))
        for option in MEDIA_OPTIONS:
            media.add_option(option)
        self._media = media
        self._player.set_media(media)
        self._audio_settle_until = time.monotonic() + AUDIO_SETTLE_S
        self._set_state(PlaybackState.LOADING)
        if autoplay:
            self.play()

    def play(self) -> None:
        if self.current is None or self._state in (PlaybackState.ERROR, PlaybackState.PLAYING):
            return
        self._want_playing = True
        if self._loading:
            if self._player.get_state() in (self._vlc.State.NothingSpecial, self._vlc.State.Stopped):
                self._awaiting_start = True
                self._player.play()
                self._start_poll.start(50)
                self._first_frame_timer.start(int(FIRST_FRAME_TIMEOUT_S * 1000))
            self._set_state(PlaybackState.LOADING)
            return
        self._step_timer.stop()
        self._step_want = None
        self._resync(self._shown + 1, "start")
        self._set_state(PlaybackState.PLAYING)

    def pause(self) -> None:
        self._want_playing = False
        if self._state == PlaybackState.PLAYING:
            self._clear_pending()
            self._pause_player()
            self._set_state(PlaybackState.PAUSED)

    def stop(self) -> None:
        self._want_playing = False
        self._stop_player()
        self._loading = True
        self._identified = False
        self._shown = -1
        if self._state != PlaybackState.ERROR:
            self._set_state(PlaybackState.STOPPED)

    def set_rate(self, rate: float) -> None:
        self._rate = rate
        self._pacer.interval = 1.0 / (self._fps * rate)
        if self._state == PlaybackState.PLAYING and not self._loading:
            # libVLC drops the frames already decoded when the rate changes: seek to stay exact.
            self._resync(self._shown + 1, "start")
        # While loading, the new speed is applied with the first frame shown (see _show).

    def set_muted(self, muted: bool) -> None:
        self._muted = muted
        if not self._preroll:
            self._apply_audio()

    def set_volume(self, volume: int) -> None:
        self._volume = max(0, min(100, volume))
        if not self._preroll:
            self._apply_audio()

    def volume(self) -> tuple[bool, int]:
        """(muted, volume) as libVLC has them."""
        return bool(self._player.audio_get_mute()), int(self._player.audio_get_volume())

    def _apply_audio(self) -> None:
        self._player.audio_set_mute(self._muted)
        self._player.audio_set_volume(self._volume)

    def _audio_reported(self) -> None:
        """An audio output that starts with a clip (PulseAudio's stream) reports its own volume and
        mute, dropping what was set before it existed: set ours again, once per clip, soon after a
        load (later changes come from the user's sound mixer, and stay)."""
        if self._preroll or time.monotonic() > self._audio_settle_until:
            return
        if self.volume() != (self._muted, self._volume):
            self._audio_settle_until = 0.0
            self._apply_audio()

    def position(self) -> float:
        return max(0, self._shown) / self._fps

    def step_frame(self, direction: int) -> None:
        if self.current is None or self._state == PlaybackState.ERROR or self._loading or self._shown < 0:
            return
        self.pause()
        first, end = self._loop_bounds()
        base = self._step_want if self._step_want is not None else self._shown
        target = base + (1 if direction > 0 else -1)
        if target < first or (end is not None and target >= end):
            return
        self._step_want = target
        self._resync(target, "step")
        self._step_timer.start(int(STEP_TIMEOUT_S * 1000))

    def _watch(self) -> None:
        """(Re)arm the stall watchdog while frames are expected."""
        if self._want_playing and not self._vlc_paused and self._step_want is None:
            self._stall_timer.start(int((STALL_S + 4 * self._pacer.interval) * 1000))
        else:
            self._stall_timer.stop()

    @Slot()
    def _stalled(self) -> None:
        if self._want_playing and not self._vlc_paused and self._step_want is None and self._shown >= 0:
            log.warning("no new frame of %s for %.1f s; seeking again", self.current, STALL_S)
            self._resync(self._shown + 1, "start")
            self._watch()

    @Slot()
    def _step_stuck(self) -> None:
        if self._step_want is not None:
            log.info("frame step to %d in %s did not arrive; pausing", self._step_want, self.current)
            self._step_want = None
            self._pause_player()

    def close(self) -> None:
        self.stop()
        self._player.release()

    @Slot()
    def _no_first_frame(self) -> None:
        if not self._identified and self._state not in (PlaybackState.ERROR,):
            no_video = self._player.video_get_track_count() == 0
            self._stop_player()
            if no_video:
                self._fail(f"{self.current}: the file has no video track")
            else:
                self._fail(
                    f"{self.current}: no picture could be decoded from this file (unsupported or damaged video)"
                )
