"""libVLC through python-vlc, with frames delivered through its memory ("vmem") callbacks.

The parts: desktop.media.vlc_output holds the picture buffers and libVLC's callbacks (its
video-output thread); desktop.media.frame_tracker, whose docstring lists the libVLC quirks this
design answers, tells which frame each picture is by its content, with the clip's table
(desktop.media.frame_table); desktop.media.vlc_pacer shows the frames identified one interval
apart; desktop.media.vlc_audio keeps the volume; desktop.media.frame_times says when each frame
starts (by its timestamp on a variable-frame-rate clip, read by desktop.media.vlc_clock), and
desktop.media.vlc_frames holds the controls by frame. This module drives the player on the GUI thread:
every libVLC call that changes playback, every QImage and every timer lives there.

Wraps: the seek back to the loop's first frame is issued once the loop's last frame has been
rendered, as late as this clip's measured seek latency allows within the pacer's lag
(PRESENT_LAG_S), so the last frame is held one interval and no longer. A whole-clip wrap must also
beat the end of the input (26-34 ms after the last frame); if it does not (a stalled GUI thread),
the clip is opened again and play goes on after the last frame shown. `:input-repeat` is not used:
it re-opens the input when the demuxer reaches the end, which lost frames still queued for display.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QImage

from desktop.content.media_info import lie_message, overstates
from desktop.domain import Segment
from desktop.domain.messages import message as msg
from desktop.media.base import FIRST_FRAME_TIMEOUT_S, PlaybackState, VideoBackend, check_media_file
from desktop.media.frame_table import FrameTable, FrameTables, loop_bounds, seek_time_ms
from desktop.media.frame_times import FrameClock
from desktop.media.frame_tracker import DEFAULT_FPS, KEPT_FRAMES, SKIP_FRAMES, Control, SeekKind
from desktop.media.notes import clip_problem
from desktop.media.vlc_audio import VlcAudio
from desktop.media.vlc_clock import CLOCK_WAIT_S, ClockReader
from desktop.media.vlc_frames import FrameControls
from desktop.media.vlc_loader import VlcLoad
from desktop.media.vlc_output import Arrival, Requested, VideoOutput, VlcEvent, vlc_event_types
from desktop.media.vlc_pacer import Pacer
from desktop.media.vlc_tuning import (
    ANCHOR_RATE,
    EARLY_END_FRAMES,
    FRAME_TABLES_BUDGET_MB,
    LEAD_FRAMES,
    MEDIA_OPTIONS,
    PAUSED_SEEK_WAIT_S,
    PREROLL_RATE,
    STALL_S,
)
from desktop.paths import file_key

log = logging.getLogger(__name__)


class VlcBackend(FrameControls, VideoBackend):
    key = "vlc"
    # Frames are counted, and timed by their timestamps (desktop.media.frame_times).
    exact_on_variable_rate = True

    _wake = Signal()
    _vlcEvent = Signal(str, int)

    def __init__(
        self,
        loaded: VlcLoad,
        parent: QObject | None = None,
        *,
        tables_budget_mb: float = FRAME_TABLES_BUDGET_MB,
    ) -> None:
        super().__init__(parent)
        assert loaded.module is not None
        self._vlc = loaded.module
        self._instance = loaded.instance
        self.display_name = f"libVLC {loaded.version}".strip()
        if loaded.source == "bundled":
            self.display_name += " (bundled)"
        self._player = self._instance.media_player_new()
        self._media: Any = None
        #: libVLC media objects this backend holds (one at most: the clip loaded).
        self.live_media = 0
        self._rate = 1.0
        self._vlc_rate = 1.0
        self._audio = VlcAudio(self._player)
        self._clock = FrameClock(DEFAULT_FPS)  # where each frame starts (see desktop.media.frame_times)
        self._clocks = ClockReader(self)
        self._clock_wait_until = 0.0  # the first seek waits for the clip's frame times until then
        self._load_serial = 0
        self._awaiting_start = False  # the input was opened paused; the start seek is due
        self._loading = False  # no frame shown since load() (or a restart)
        self._want_playing = False
        self._identified = False  # a picture of this clip has been recognised
        self._start_pending = False  # the start seek's first picture is not recognised yet
        self._vlc_paused = False
        self._shown = -1  # the frame on screen
        self._step_want: int | None = None
        self._settle_at: int | None = None  # paused while the clip is learnt again: the frame to show
        self._wrap_issued_at = 0.0
        self._wrap_pending = False
        self._preroll = False
        self._file_frames: int | None = None
        self._restart_want: int | None = None
        self._restart_kind = SeekKind.RESTART
        self._length_s = 0.0  # the length libVLC was told by the file's header
        self._early_end: int | None = None  # the last frame when the input last ended early
        self._pushed = -1  # the last frame handed to the pacer
        self._tables = FrameTables[QImage](int(tables_budget_mb * 2**20))

        # The video-output thread's side; its tracker is used under its mutex.
        self._output = VideoOutput(self._vlc, self._player, self._wake.emit)
        self._mutex = self._output.mutex
        self._tracker = self._output.tracker

        events = self._player.event_manager()
        self._event_types = vlc_event_types(self._vlc)
        for event_type in self._event_types:
            events.event_attach(event_type, self._on_vlc_event)

        self._wake.connect(self._process, Qt.ConnectionType.QueuedConnection)
        self._vlcEvent.connect(self._handle_event, Qt.ConnectionType.QueuedConnection)
        self._pacer = Pacer(self._show, self)
        self._clocks.read.connect(self._clock_read)

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

    @property
    def _epoch(self) -> int:
        """Bumped when frames on their way must no longer be shown (a pause, a new speed, a restart)."""
        return self._output.epoch

    @_epoch.setter
    def _epoch(self, epoch: int) -> None:
        self._output.epoch = epoch

    def _on_vlc_event(self, event: Any) -> None:
        # The serial tells the GUI thread which clip the event was about (it may have moved on).
        self._vlcEvent.emit(self._event_types.get(event.type, VlcEvent.OTHER), self._load_serial)

    # ----- GUI thread: frames and controls from the video-output thread
    @Slot()
    def _process(self) -> None:
        while (item := self._output.take()) is not None:
            if isinstance(item, Requested):
                self._control(item.request.control, item.request.frame, item.at)
            else:
                self._arrive(item)

    def _arrive(self, item: Arrival) -> None:
        v = item.verdict
        image: QImage | None
        if item.buffer >= 0:
            image = None
            if item.epoch == self._epoch and item.width and item.data is not None:
                image = QImage(
                    memoryview(item.data), item.width, item.height, item.width * 4, QImage.Format.Format_RGB32
                ).copy()
            self._output.release(item.buffer)
        else:
            with self._mutex:
                image = self._tracker.table.images.get(v.index)
        if image is None or item.epoch != self._epoch:
            return
        if v.cache:
            with self._mutex:
                self._tracker.table.image_bytes = image.sizeInBytes()
                first = self._tracker.first
                self._tracker.table.keep_image(v.index, image, {0, *range(first, first + KEPT_FRAMES)})
        end = self._tracker.end  # (decided before a new loop that ends sooner, see set_segment)
        if not v.present or (end is not None and v.index >= end):
            return
        if self._settle_at is not None:  # learnt again while paused: back to the frame wanted
            want, self._settle_at = self._settle_at, None
            self._pause_player()
            self._go_to(want, 0)
            return
        if v.start == SeekKind.WRAP:
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
            self._resync(index + 1, SeekKind.START)

    def _control(self, control: Control, index: int, at: float) -> None:
        if control == Control.IDENTIFIED:
            self._first_frame_timer.stop()
            self._identified = True
            self._start_pending = False
            self._paused_seek_timer.stop()
            if self._vlc_paused and self._step_want is None:
                self._resume_player()
        elif control == Control.PREROLL_DONE:
            self._next_preroll_stage()
        elif control == Control.RELEARN:
            self._relearn()
        elif control == Control.ARRIVED:
            self._step_timer.stop()
            self._step_want = None
            self._pause_player()
        elif control == Control.LOOP_END:
            self._schedule_wrap(index, at)
        elif control == Control.PAST_END and not self._wrap_pending:
            self._wrap()

    # ----- GUI thread: playback
    def _seek(self, index: int) -> None:
        self._player.set_time(seek_time_ms(index, self._clock, self.current))

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
            self._tracker.interval = 1.0 / (self._clock.fps * rate)
            self._tracker.clock, self._tracker.rate = self._clock, rate
        self._pacer.clock, self._pacer.rate = self._clock, self._rate

    def _clear_pending(self) -> None:
        """Frames identified but not yet shown are dropped (after a pause, a step, a new speed)."""
        self._epoch += 1
        self._pacer.reset()
        self._pushed = self._shown
        self._wrap_timer.stop()
        self._wrap_pending = False

    def _relearn(self, why: str = "two frames share a sample checksum; learning it again in full") -> None:
        """The clip's table is learnt again (with whole-picture checksums, see frame_table, or now
        that its frame times are known): open the clip again, anchored as the first time."""
        log.info("%s: %s", self.current, why)
        settle = self._shown if self._step_want is None else self._step_want
        self._stop_player()
        if not self._want_playing and not self._loading:  # paused, or stepping: pause again after
            self._settle_at = settle
        self._restart(None, SeekKind.RESTART)
        if self._loading:
            self._first_frame_timer.start(int(FIRST_FRAME_TIMEOUT_S * 1000))

    def _loop_bounds(self) -> tuple[int, int | None]:
        return loop_bounds(self.segment, self._clock, self._file_frames)

    @Slot()
    def _poll_start(self) -> None:
        if self._awaiting_start and self._player.get_state() == self._vlc.State.Paused:
            self._begin()
        elif self._awaiting_start:
            self._start_poll.start(50)

    def _begin(self) -> None:
        """The input is open and paused: anchor the clip's table, or seek straight to the loop."""
        key = file_key(self.current) if self.current else None
        if self._clocks.reading(key) and time.monotonic() < self._clock_wait_until:
            self._start_poll.start(20)  # the frame times are on their way (see vlc_clock)
            return
        restart_want, self._restart_want = self._restart_want, None
        self._awaiting_start = False
        self._start_poll.stop()
        if self._player.video_get_track_count() <= 0:
            self._stop_player()
            self._fail(clip_problem(self._clip, msg("media.no_video")))
            return
        fps = self._player.get_fps()
        self._clock = self._clocks.clock(key) or FrameClock(fps if fps and fps > 1 else DEFAULT_FPS)
        length_ms = self._player.get_length()
        self._length_s = max(0, length_ms) / 1000.0
        table = self._tables.table(key)
        frames = self._clock.count or (round(length_ms / 1000.0 * self._clock.fps) if length_ms > 0 else None)
        self._file_frames = table.frames or frames
        first, end = self._loop_bounds()
        log.debug(
            "%s: %s, %s frames, loop [%d, %s)", self.current, self._clock, self._file_frames, first, end
        )
        self._vlc_paused = True
        restart = None if restart_want is None else (restart_want, self._restart_kind)
        with self._mutex:
            self._tracker.clock = self._clock
            target, known = self._tracker.start(table, first, end, restart)
        self._preroll = not known and first > 0
        if self._preroll:
            self._audio.silence()
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
            self._tracker.seek(1, 1, SeekKind.PREROLL, presenting=False, stop_at=stop_at)
        self._apply_rate(PREROLL_RATE)
        if self._vlc_paused:
            self._resume_player()
        self._seek(1)

    def _end_preroll(self) -> None:
        self._preroll = False
        self._audio.apply()
        first, _ = self._loop_bounds()
        with self._mutex:
            target = self._clock.lead(first, LEAD_FRAMES)
            self._tracker.seek(target, first, SeekKind.START)
        self._apply_rate(self._rate)
        if self._vlc_paused:
            self._resume_player()
        self._seek(target)

    def _schedule_wrap(self, last: int, rendered_at: float) -> None:
        if not self.loop:
            self._pause_player()
            self._set_state(PlaybackState.PAUSED)
            return
        first, end = self._loop_bounds()
        frames = self._file_frames
        to_end = self._clock.span(end, frames) if frames is not None and end is not None else None
        lead_s = self._clock.span(self._wrap_target(first, end), first) / self._rate
        at = self._pacer.wrap_at(last, rendered_at, self._tracker.table.seek_latency + lead_s, to_end)
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
        first, end = self._loop_bounds()
        target = self._wrap_target(first, end)
        with self._mutex:
            self._tracker.seek(target, first, SeekKind.WRAP)
        self._wrap_issued_at = time.monotonic() + self._clock.span(target, first) / self._rate
        self._seek(target)

    def _wrap_target(self, first: int, end: int | None) -> int:
        """The loop's first frame, when copies of its first frames stand in for any libVLC skips after
        the seek (see frame_tracker); else (a loop changed live, see set_segment) a few frames before."""
        with self._mutex:
            images = self._tracker.table.images
            ready = all(i in images for i in range(first, first + KEPT_FRAMES) if end is None or i < end)
        return first if ready else self._clock.lead(first, LEAD_FRAMES)

    def _resync(self, want: int, kind: SeekKind) -> None:
        """Continue (or step) at frame `want`: seek a little before it and play up to it."""
        first, end = self._loop_bounds()
        if end is not None and want >= end:
            want = first
        target = self._clock.lead(want, LEAD_FRAMES)
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

    def _restart(self, want: int | None = None, kind: SeekKind = SeekKind.RESTART) -> None:
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
        self._audio.opened()
        self._awaiting_start = True
        self._player.play()
        self._start_poll.start(50)

    @Slot(str, int)
    def _handle_event(self, name: str, serial: int) -> None:
        if serial != self._load_serial:
            return  # about the previous clip
        kind = VlcEvent(name)
        if kind == VlcEvent.AUDIO:
            if not self._preroll:
                self._audio.output_reported()
        elif kind == VlcEvent.ERROR:
            self._stop_player()
            self._fail(clip_problem(self._clip, msg("clip.libvlc_failed")))
        elif kind == VlcEvent.PAUSED:
            if self._awaiting_start:
                self._begin()
        elif kind == VlcEvent.END:
            if not self._identified:
                if self._player.video_get_track_count() <= 0:
                    self._fail(clip_problem(self._clip, msg("media.no_video")))
                else:
                    self._fail(clip_problem(self._clip, msg("clip.no_picture")))
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
                self._audio.apply()
                self._restart(first)
            elif self.loop and self._want_playing and self._step_want is None and not self._vlc_paused:
                # The wrap's seek came too late (a stalled GUI thread, a lagging video output):
                # open the clip again and go on after the last frame shown.
                log.info("libVLC reached the end of %s before the loop's seek; restarting", self.current)
                want = self._pushed + 1
                self._restart(want if first < want and (end is None or want < end) else first)
            elif not self._loading:
                self._set_state(PlaybackState.PAUSED)

    def _ended_early(self, last: int, table: FrameTable[QImage]) -> bool:
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
        # The content reaches at least the last frame ever seen of it: when libVLC ends the input
        # its last frames may still be on their way (a loaded machine), this time and the last.
        last = max(last, max(table.crcs, default=-1))
        content_s = self._clock.start(last + 1)
        if overstates(self._length_s, content_s):
            log.info(
                "%s ends after %.1f s, its header says %.0f s: broken",
                self.current,
                content_s,
                self._length_s,
            )
            self._stop_player()
            self.mark_broken(clip_problem(self._clip, lie_message(self._length_s, content_s)))
            return True
        log.info("%s ends at frame %d, before its stated length; looping there", self.current, last)
        table.frames = self._file_frames = last + 1
        if self._preroll:
            self._preroll = False
            self._audio.apply()
        self._restart(self._loop_bounds()[0])
        return True

    def _stop_player(self) -> None:
        """Stop libVLC (see VideoOutput.stop) and forget everything on its way."""
        self._output.stop(self._player.stop)
        self._clear_pending()
        timers = (self._first_frame_timer, self._start_poll, self._paused_seek_timer, self._step_timer)
        for timer in (*timers, self._stall_timer):
            timer.stop()
        self._awaiting_start = False
        self._restart_want = None
        self._early_end = None
        self._pushed = -1
        self._step_want = self._settle_at = None
        if self._preroll:
            self._preroll = False
            self._audio.apply()

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
            self._release_media()
            self._fail(problem)
            return
        self._clocks.request(self.current)
        self._clock_wait_until = time.monotonic() + CLOCK_WAIT_S
        media = self._instance.media_new_path(str(self.current))
        self.live_media += 1
        for option in MEDIA_OPTIONS:
            media.add_option(option)
        self._player.set_media(media)
        self._release_media()
        self._media = media
        self._audio.opened()
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
        self._step_want = self._settle_at = None
        self._resync(self._shown + 1, SeekKind.START)
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
        self._pacer.rate = rate
        if self._state == PlaybackState.PLAYING and not self._loading:
            # libVLC drops the frames already decoded when the rate changes: seek to stay exact.
            self._resync(self._shown + 1, SeekKind.START)
        # While loading, the new speed is applied with the first frame shown (see _show).

    def set_muted(self, muted: bool) -> None:
        self._audio.muted = muted
        if not self._preroll:  # the hidden first pass is silent; ours are set after it
            self._audio.apply()

    def set_volume(self, volume: int) -> None:
        self._audio.volume = max(0, min(100, volume))
        if not self._preroll:
            self._audio.apply()

    def volume(self) -> tuple[bool, int]:
        """(muted, volume) as libVLC has them."""
        return self._audio.reported()

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
            self._resync(self._shown + 1, SeekKind.START)
            self._watch()

    def hold_reads(self) -> None:
        self._clocks.hold()

    def release_reads(self) -> None:
        self._clocks.release()

    @Slot(object)
    def _clock_read(self, key: tuple[str, int, int]) -> None:
        """The frame times of a clip are known: the start waiting for them goes on; a variable-rate
        clip that began without them (reads held at start-up, or slow) is learnt again with them."""
        if self.current is None or key != file_key(self.current) or self._state == PlaybackState.ERROR:
            return
        clock = self._clocks.clock(key)
        if self._awaiting_start:
            self._poll_start()
        elif clock is not None and not self._clock.variable and (self._want_playing or self._shown >= 0):
            self._tables.table(key).forget()
            self._relearn("its frame times are known; learning it again with them")

    def _release_media(self) -> None:
        """Drop our reference to the clip's libVLC media (python-vlc never releases one itself; the
        player holds its own while it uses it)."""
        if self._media is not None:
            self._media.release()
            self._media = None
            self.live_media -= 1

    def close(self) -> None:
        self.stop()
        self._player.set_media(None)
        self._release_media()
        self._player.release()

    @Slot()
    def _no_first_frame(self) -> None:
        if not self._identified and self._state not in (PlaybackState.ERROR,):
            no_video = self._player.video_get_track_count() == 0
            self._stop_player()
            if no_video:
                self._fail(clip_problem(self._clip, msg("media.no_video")))
            else:
                reason = msg("clip.unsupported_or_damaged")
                self._fail(clip_problem(self._clip, msg("clip.no_picture_because", reason=reason)))
