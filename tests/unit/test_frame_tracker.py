"""The libVLC backend's frame tracker, fed synthetic checksums: no Qt, no libVLC.

Each test replays one of the quirks of libVLC 3 that desktop/media/frame_tracker.py lists, as the
sequence of pictures (checksums, and the seek generation they were locked under) that libVLC hands
the video callbacks, and checks what the tracker decides for each picture: the frame it is (or a
drop), whether it is shown, and what it asks the GUI thread to do. Frame i of a clip has the
checksum 100 + i unless a test says otherwise.
"""

from __future__ import annotations

import dataclasses

import pytest

from desktop.media.frame_table import FrameTable
from desktop.media.frame_times import FrameClock
from desktop.media.frame_tracker import (
    DROP,
    KEPT_FRAMES,
    MAX_UNMATCHED,
    RESUME_REDISPLAY_S,
    WAITED_MIN_S,
    Control,
    Dropped,
    Request,
    SeekKind,
    Tracker,
    Verdict,
)

FPS = 30.0
IV = 1 / FPS


def crc(index: int) -> int:
    return 100 + index


def known_clip(frames: int, first: int = 0, end: int | None = None) -> Tracker[str]:
    """A tracker over a clip whose table knows all its `frames` frames; the loop is [first, end)."""
    table = FrameTable[str]()
    for i in range(frames):
        table.record(i, crc(i))
    table.frames = frames
    tracker = Tracker[str]()
    tracker.reset(table, first, frames if end is None else end)
    tracker.interval = IV
    return tracker


def keep_copies(tracker: Tracker[str], *indices: int) -> None:
    """Copies of frames the backend kept (any image type will do: strings here)."""
    for i in indices:
        tracker.table.images[i] = f"frame {i}"


def picture(tracker: Tracker[str], checksum: int, now: float = 0.0) -> Verdict | Dropped:
    """A picture written under the current seek generation."""
    return tracker.on_picture(tracker.gen, checksum, now)


def shown(v: Verdict | Dropped) -> tuple[int, bool]:
    return v.index, v.present


# ----- the verdict that drops a picture


def test_a_dropped_picture_gets_the_one_immutable_drop() -> None:
    tracker = known_clip(12)
    tracker.hold()
    v = picture(tracker, crc(3))
    assert v is DROP
    assert picture(tracker, crc(4)) is DROP
    assert (v.index, v.present, v.cache, v.defer, v.start, v.fill, v.controls) == (
        -1,
        False,
        False,
        False,
        None,
        (),
        (),
    )
    with pytest.raises(dataclasses.FrozenInstanceError):
        DROP.index = -1


# ----- the anchor: the table is learnt from frame 0 by continuous play


def test_the_anchor_learns_the_table_by_counting_from_frame_0() -> None:
    tracker = Tracker[str]()
    tracker.reset(FrameTable[str](), 0, 5)
    tracker.anchor(presenting=True, stop_at=None)
    verdicts = [picture(tracker, c) for c in (50, 51, 52, 53, 54)]
    assert [shown(v) for v in verdicts] == [(0, True), (1, True), (2, True), (3, True), (4, True)]
    assert verdicts[0].start == SeekKind.START
    assert verdicts[0].controls == [Request(Control.IDENTIFIED, 0)]
    assert verdicts[4].controls == [Request(Control.LOOP_END, 4)]
    assert [tracker.table.get(i) for i in range(5)] == [50, 51, 52, 53, 54]
    assert [v.cache for v in verdicts] == [True, True, True, False, False]  # frame 0 and the loop's first


def test_the_hidden_first_pass_stops_at_the_frame_asked_for() -> None:
    tracker = Tracker[str]()
    tracker.reset(FrameTable[str](), 10, 20)
    tracker.anchor(presenting=False, stop_at=7)
    verdicts = [picture(tracker, crc(i)) for i in range(8)]
    assert [v.index for v in verdicts] == list(range(8))
    assert not any(v.present for v in verdicts)
    assert verdicts[7].controls == [Request(Control.PREROLL_DONE, 7)]
    assert picture(tracker, crc(8)) is DROP  # held until the GUI thread seeks on


# ----- skipped first frames after a seek, a start or an un-pause


def test_a_frame_skipped_after_a_wrap_is_filled_in_from_its_kept_copy() -> None:
    tracker = known_clip(12, first=2, end=8)
    keep_copies(tracker, 2, 3, 4)
    tracker.seek(2, 2, SeekKind.WRAP)
    v = picture(tracker, crc(3))  # libVLC skipped frame 2
    assert (v.index, v.present, v.fill, v.start) == (3, True, [2], SeekKind.WRAP)
    assert v.controls == [Request(Control.IDENTIFIED, 3)]
    assert shown(picture(tracker, crc(4))) == (4, True)


def test_the_second_frame_skipped_after_a_wrap_at_2x_is_filled_in_too() -> None:
    tracker = known_clip(12, first=2, end=8)
    keep_copies(tracker, 2, 3, 4)
    tracker.seek(2, 2, SeekKind.WRAP)
    first = picture(tracker, crc(2))
    assert (first.index, first.present, first.start) == (2, True, SeekKind.WRAP)
    v = picture(tracker, crc(4))  # frame 3 skipped: the next one was already due
    assert (v.index, v.present, v.fill, v.start) == (4, True, [3], None)


def test_a_skipped_frame_with_no_kept_copy_is_lost_but_the_count_stays_right() -> None:
    tracker = known_clip(12, first=2, end=8)
    tracker.seek(2, 2, SeekKind.WRAP)
    v = picture(tracker, crc(3))
    assert (v.index, v.present, v.fill) == (3, True, [])
    assert shown(picture(tracker, crc(4))) == (4, True)


def test_a_start_seeks_early_so_a_skipped_first_frame_is_never_one_to_show() -> None:
    """Resume and segment starts seek LEAD_FRAMES early: here to 2 for frame 5."""
    tracker = known_clip(12)
    tracker.seek(2, 5, SeekKind.START)
    verdicts = [picture(tracker, crc(i)) for i in (3, 4, 5, 6)]  # frame 2 skipped
    assert [shown(v) for v in verdicts] == [(3, False), (4, False), (5, True), (6, True)]
    assert verdicts[2].start == SeekKind.START
    assert verdicts[2].fill == []


def test_a_frame_skipped_when_libvlc_is_unpaused_after_a_paused_seek_is_filled_in() -> None:
    """The paused seek shows its frame; un-pausing, libVLC skips the next one."""
    tracker = known_clip(30, first=5, end=20)
    keep_copies(tracker, 5, 6, 7)
    tracker.vlc_paused = True
    tracker.seek(5, 5, SeekKind.START)
    first = picture(tracker, crc(5))
    assert (first.index, first.present, first.start) == (5, True, SeekKind.START)
    assert first.controls == [Request(Control.IDENTIFIED, 5)]  # the GUI thread un-pauses now
    tracker.vlc_paused, tracker.resumed_at = False, 1.0
    v = picture(tracker, crc(7), 1.01)
    assert (v.index, v.present, v.fill) == (7, True, [6])


def test_frames_skipped_outside_the_loops_first_ones_are_lost_and_counted() -> None:
    tracker = known_clip(30, first=0, end=30)
    tracker.seek(10, 10, SeekKind.START)
    assert shown(picture(tracker, crc(10))) == (10, True)
    v = picture(tracker, crc(13))  # a lagging output skipped 11 and 12
    assert (v.index, v.present, v.fill) == (13, True, [])


# ----- stale pictures after a seek


def test_pictures_prepared_before_a_seek_are_dropped() -> None:
    tracker = known_clip(12, first=2, end=8)
    old = tracker.gen
    tracker.seek(2, 2, SeekKind.WRAP)
    assert tracker.on_picture(old, crc(7), 0.0) is DROP  # locked before the seek
    assert picture(tracker, crc(7)) is DROP  # locked just after the seek call, still the old frame
    assert picture(tracker, crc(6)) is DROP  # not near the target
    v = picture(tracker, crc(2))
    assert (v.index, v.present, v.start) == (2, True, SeekKind.WRAP)


def test_a_seek_that_never_shows_a_known_picture_is_trusted_after_a_few() -> None:
    tracker = known_clip(12)
    tracker.seek(6, 6, SeekKind.START)
    strangers = [picture(tracker, 900 + i) for i in range(MAX_UNMATCHED)]
    assert all(v is DROP for v in strangers[:-1])
    assert shown(strangers[-1]) == (6, True)


def test_a_seek_into_frames_not_learnt_yet_takes_the_picture_as_its_target() -> None:
    tracker = known_clip(5, end=40)
    tracker.seek(20, 20, SeekKind.START)
    v = picture(tracker, 555)
    assert shown(v) == (20, True)
    assert tracker.table.get(20) == 555


# ----- B-frame clips show a frame or two from before the target


def test_a_b_frame_clips_early_frames_after_a_seek_are_identified_and_not_shown() -> None:
    tracker = known_clip(12)
    tracker.seek(2, 5, SeekKind.START)
    verdicts = [picture(tracker, crc(i)) for i in (1, 0, 3, 4, 5)]
    assert shown(verdicts[0]) == (1, False)  # before the target: identified, not shown
    assert verdicts[1] is DROP  # a frame already passed
    assert [shown(v) for v in verdicts[2:]] == [(3, False), (4, False), (5, True)]
    assert verdicts[4].start == SeekKind.START


def test_after_a_wrap_a_b_frame_clips_frame_from_before_the_loop_is_not_shown() -> None:
    tracker = known_clip(12, first=4, end=10)
    tracker.seek(4, 4, SeekKind.WRAP)
    leak = picture(tracker, crc(3))
    assert shown(leak) == (3, False)
    assert leak.controls == [Request(Control.IDENTIFIED, 3)]
    v = picture(tracker, crc(4))
    assert (v.index, v.present, v.start) == (4, True, SeekKind.WRAP)


def test_a_wrap_takes_no_picture_for_a_frame_past_the_loops_end() -> None:
    """A wrap to frame 4 of a loop [4, 6): frame 6 is near the target but outside the loop."""
    tracker = known_clip(12, first=4, end=6)
    tracker.seek(4, 4, SeekKind.WRAP)
    assert picture(tracker, crc(6)) is DROP
    assert shown(picture(tracker, crc(4))) == (4, True)


# ----- the loop's end and frame steps


def test_the_loops_last_frame_asks_for_the_wrap_and_a_frame_past_it_for_one_at_once() -> None:
    tracker = known_clip(12, first=2, end=6)
    tracker.seek(2, 2, SeekKind.WRAP)
    verdicts = [picture(tracker, crc(i)) for i in range(2, 8)]
    assert [shown(v) for v in verdicts] == [
        (2, True),
        (3, True),
        (4, True),
        (5, True),
        (6, False),
        (7, False),
    ]
    assert verdicts[3].controls == [Request(Control.LOOP_END, 5)]
    assert verdicts[4].controls == []  # the wrap is already asked for


def test_a_frame_past_the_loops_end_asks_for_the_wrap_when_libvlc_skipped_the_last_one() -> None:
    tracker = known_clip(12, first=2, end=6)
    tracker.seek(2, 2, SeekKind.WRAP)
    verdicts = [picture(tracker, crc(i)) for i in (2, 3, 4, 6, 7)]
    assert [shown(v) for v in verdicts] == [(2, True), (3, True), (4, True), (6, False), (7, False)]
    assert verdicts[3].controls == [Request(Control.PAST_END, 6)]
    assert verdicts[4].controls == []


def test_a_frame_step_stops_at_its_frame() -> None:
    tracker = known_clip(12)
    tracker.seek(3, 6, SeekKind.STEP)
    verdicts = [picture(tracker, crc(i)) for i in (3, 4, 5, 6, 7)]
    assert [shown(v) for v in verdicts[:4]] == [(3, False), (4, False), (5, False), (6, True)]
    assert verdicts[3].controls == [Request(Control.ARRIVED, 6)]
    assert verdicts[3].start == SeekKind.STEP
    assert verdicts[4] is DROP  # held: paused on the frame


# ----- late pictures of an input that ended, after the clip is opened again


def test_pictures_of_an_input_that_ended_are_dropped_after_it_is_opened_again() -> None:
    """The last frame shown was 20; the input ended, the clip is opened again (hold) and seeks
    to 18 to go on at 21. The old input's pictures still come: locked before the restart, or
    after it with a frame the new input has not reached."""
    tracker = known_clip(40)
    tracker.seek(18, 18, SeekKind.START)
    for i in range(18, 21):
        picture(tracker, crc(i))
    before = tracker.gen
    tracker.hold()  # the input ended: opened again
    assert tracker.on_picture(before, crc(21), 0.0) is DROP
    assert picture(tracker, crc(21)) is DROP  # held while the clip opens
    tracker.seek(18, 21, SeekKind.RESTART)
    assert tracker.on_picture(before, crc(22), 0.0) is DROP
    assert tracker.on_picture(before, crc(20), 0.0) is DROP  # a re-show of 20, though near the target
    assert picture(tracker, crc(23)) is DROP  # a late one of the old input, past the seek's window
    verdicts = [picture(tracker, crc(i)) for i in (18, 19, 20, 21)]
    assert [shown(v) for v in verdicts] == [(18, False), (19, False), (20, False), (21, True)]
    assert verdicts[3].start == SeekKind.RESTART


def test_a_reshow_rendered_before_the_input_ended_and_displayed_after_is_dropped() -> None:
    tracker = Tracker[str]()
    tracker.reset(FrameTable[str](), 0, None)
    tracker.anchor(presenting=True, stop_at=None)
    tracker.on_display(picture(tracker, 7, 0.0), 0.01)
    pending = picture(tracker, 7, 0.02)  # undecided: a re-show or an identical frame?
    assert isinstance(pending, Verdict) and pending.defer
    tracker.hold()  # the input ended and is opened again
    assert tracker.on_display(pending, 0.05) is DROP


# ----- re-shows of the picture on screen, and identical frames (held poses)


def learning(interval: float = IV, *, full: bool = True) -> Tracker[str]:
    """A tracker that has just taken picture 7 as frame 0 (displayed at 0.010) and learns on, with
    whole-picture checksums (where identical checksums are identical pictures) unless not `full`."""
    table = FrameTable[str]()
    table.full = full
    tracker = Tracker[str]()
    tracker.reset(table, 0, None)
    tracker.anchor(presenting=True, stop_at=None)
    tracker.interval = interval
    assert tracker.on_display(picture(tracker, 7, 0.0), 0.010).index == 0
    return tracker


def test_a_reshow_libvlc_displays_at_once_is_dropped() -> None:
    tracker = learning()
    again = picture(tracker, 7, 0.070)  # a paused or slow player re-shows its picture ~60 ms on
    assert isinstance(again, Verdict) and again.defer and again.index == -1
    assert tracker.on_display(again, 0.070 + WAITED_MIN_S / 2) is DROP
    assert tracker.table.get(1) is None


def test_an_identical_frame_libvlc_waited_to_display_is_the_next_frame() -> None:
    tracker = learning()
    same = picture(tracker, 7, 0.020)  # rendered ahead, displayed when due: a held pose
    v = tracker.on_display(same, 0.043)
    assert shown(v) == (1, True)
    # Displayed well after its slot (a late frame), but libVLC waited for it: a frame too.
    late = picture(tracker, 7, 0.050)
    assert shown(tracker.on_display(late, 0.043 + 1.5 * IV)) == (2, True)
    assert tracker.table.get(1) == 7


def test_an_identical_frame_displayed_one_interval_on_is_the_next_frame_even_at_once() -> None:
    tracker = learning()
    same = picture(tracker, 7, 0.010 + IV)
    assert shown(tracker.on_display(same, 0.010 + IV)) == (1, True)


def test_reshows_while_paused_or_just_after_unpausing_are_dropped() -> None:
    tracker = learning()
    tracker.vlc_paused = True
    assert tracker.on_display(picture(tracker, 7, 0.02), 0.043) is DROP
    tracker.vlc_paused, tracker.resumed_at = False, 0.1
    assert tracker.on_display(picture(tracker, 7, 0.1), 0.1 + RESUME_REDISPLAY_S / 2) is DROP
    assert tracker.table.get(1) is None


def test_a_held_pose_the_table_knows_is_counted_and_a_reshow_of_it_is_not() -> None:
    """Frames 3, 4 and 5 are one pose (the same picture): the table tells them from re-shows."""
    table = FrameTable[str]()
    table.full = True
    for i, c in enumerate([100, 101, 102, 50, 50, 50, 106, 107]):
        table.record(i, c)
    tracker = Tracker[str]()
    tracker.reset(table, 0, 8)
    tracker.seek(1, 1, SeekKind.START)
    verdicts = [picture(tracker, c) for c in (101, 102, 50, 50, 50, 50, 106)]
    assert [v.index for v in verdicts] == [1, 2, 3, 4, 5, -1, 6]
    re_show = verdicts[5]
    assert isinstance(re_show, Verdict) and not re_show.defer and not re_show.present
    assert tracker.on_display(re_show, 1.0).index == -1


def test_a_pose_that_flickers_between_two_pictures_is_learnt_as_frames() -> None:
    """Lossy coding makes a held pose A, B, A...: while learning each new picture is the next frame."""
    tracker = learning()
    verdicts = [picture(tracker, c) for c in (8, 7, 8)]
    assert [shown(v) for v in verdicts] == [(1, True), (2, True), (3, True)]


# ----- sample checksums, and the fall-back to whole pictures


def test_two_frames_sharing_a_sample_checksum_make_the_clip_learnt_again_in_full() -> None:
    tracker = learning(full=False)
    assert shown(picture(tracker, 8)) == (1, True)
    keep_copies(tracker, 0)
    v = picture(tracker, 7)  # frame 2 gives the sample of frame 0: they may differ between the rows
    assert isinstance(v, Verdict) and v.index == -1 and not v.present
    assert v.controls == [Request(Control.RELEARN, 0)]
    table = tracker.table
    assert table.full and not table.collided
    assert (table.crcs, table.by_crc, table.images) == ({}, {}, {})
    assert picture(tracker, 9) is DROP  # held until the backend anchors the clip again
    tracker.anchor(presenting=True, stop_at=None)
    verdicts = [picture(tracker, c) for c in (7, 8, 7)]  # whole pictures: really the same picture
    assert [shown(v) for v in verdicts] == [(0, True), (1, True), (2, True)]
    assert not any(v.controls and v.controls[-1].control == Control.RELEARN for v in verdicts)


def test_an_identical_sample_displayed_as_the_next_frame_makes_the_clip_learnt_again() -> None:
    tracker = learning(full=False)
    same = picture(tracker, 7, 0.020)
    v = tracker.on_display(same, 0.043)  # a held pose, or two frames alike in the rows sampled
    assert isinstance(v, Verdict) and v.controls == [Request(Control.RELEARN, 0)] and not v.present
    assert tracker.table.full


def test_a_seek_into_a_clip_of_distinct_samples_asks_nothing_more() -> None:
    tracker = known_clip(12)
    tracker.seek(4, 4, SeekKind.START)
    verdicts = [picture(tracker, crc(i)) for i in range(4, 9)]
    assert [v.index for v in verdicts] == [4, 5, 6, 7, 8]
    assert not tracker.table.full and not tracker.table.collided


# ----- a table learnt one frame short, repaired on the next pass


def test_a_table_learnt_with_a_frame_libvlc_skipped_is_repaired_on_the_next_pass() -> None:
    """Un-pausing after the anchor, libVLC skips frame 1 now and then: the table learnt then has
    frame 2 as 1, 3 as 2 ... The next pass shows the missing frame between two known ones."""
    table = FrameTable[str]()
    tracker = Tracker[str]()
    tracker.reset(table, 0, 12)  # 12 frames, as the file's header says
    tracker.anchor(presenting=True, stop_at=None)
    learnt = [picture(tracker, crc(i)) for i in (0, *range(2, 12))]
    assert [v.index for v in learnt] == list(range(11))  # counted one short: it cannot know
    assert [table.get(i) for i in range(11)] == [crc(0), *(crc(i) for i in range(2, 12))]

    tracker.seek(0, 0, SeekKind.WRAP)
    second = [picture(tracker, crc(i)) for i in range(12)]
    assert [shown(v) for v in second] == [(i, True) for i in range(12)]
    assert second[11].controls == [Request(Control.LOOP_END, 11)]
    assert [table.get(i) for i in range(12)] == [crc(i) for i in range(12)]

    # Repaired: a wrap identifies frames by their checksums again.
    tracker.seek(0, 0, SeekKind.WRAP)
    assert [picture(tracker, crc(i)).index for i in range(3)] == [0, 1, 2]


def test_repairing_the_table_moves_the_kept_copies_with_their_frames() -> None:
    table = FrameTable[str]()
    for i, c in enumerate([100, 102, 103, 104]):
        table.record(i, c)
    table.images = {0: "frame 0", 1: "frame 2"}
    table.insert(1, 101)
    assert [table.get(i) for i in range(5)] == [100, 101, 102, 103, 104]
    assert table.images == {0: "frame 0", 2: "frame 2"}
    assert table.frames_with(102) == [2]


def test_the_loops_first_frames_are_kept_for_skipped_ones() -> None:
    tracker = known_clip(30, first=10, end=20)
    tracker.seek(10, 10, SeekKind.WRAP)
    verdicts = [picture(tracker, crc(i)) for i in range(10, 15)]
    assert [v.cache for v in verdicts] == [i < 10 + KEPT_FRAMES for i in range(10, 15)]


# ----- a variable-frame-rate clip: libVLC re-shows a long frame's picture while playing


def learning_variable() -> Tracker[str]:
    """As `learning`, on a clip whose frames 0-1 last 0.1 s each and 2-5 a thirtieth (15 fps on average,
    the interval the tracker is told): frame 0 was displayed at 0.010."""
    tracker = learning(1 / 15)
    tracker.clock = FrameClock(15.0, (0.0, 0.1, 0.2, 0.2 + IV, 0.2 + 2 * IV, 0.3), count=6, duration=0.4)
    return tracker


def test_a_long_frame_libvlc_shows_again_is_not_taken_for_the_next_frame() -> None:
    tracker = learning_variable()
    again = picture(tracker, 7, 0.068)  # libVLC re-shows a picture it has held ~60 ms, at once
    assert tracker.on_display(again, 0.068 + WAITED_MIN_S / 2) is DROP
    # The next frame, the same picture, comes when frame 0's own 0.1 s are up.
    same = picture(tracker, 7, 0.110)
    assert shown(tracker.on_display(same, 0.110 + WAITED_MIN_S / 2)) == (1, True)
    assert tracker.table.get(1) == 7


def test_a_long_frame_shown_again_is_dropped_even_when_the_table_knows_the_next_is_alike() -> None:
    tracker = learning_variable()
    tracker.table.record(1, 7)  # frames 0 and 1 are one held pose
    again = picture(tracker, 7, 0.068)
    assert isinstance(again, Verdict) and again.defer
    assert tracker.on_display(again, 0.068 + WAITED_MIN_S / 2) is DROP
    same = picture(tracker, 7, 0.090)  # rendered ahead, displayed when due
    assert shown(tracker.on_display(same, 0.110)) == (1, True)


def test_a_new_loop_around_the_frames_rendered_is_taken_on_without_a_seek() -> None:
    tracker = known_clip(30, first=2, end=10)
    tracker.seek(2, 2, SeekKind.WRAP)
    assert [picture(tracker, crc(i)).index for i in range(2, 6)] == [2, 3, 4, 5]
    assert not tracker.rebound(6, 20)  # frame 5 was rendered: it is not in the loop
    assert tracker.rebound(0, 5) and tracker.end_signalled  # rendered past its end: the backend wraps
    assert picture(tracker, crc(6)).index == 6 and not picture(tracker, crc(7)).present
    tracker.seek(2, 2, SeekKind.WRAP)
    assert [picture(tracker, crc(i)).index for i in range(2, 6)] == [2, 3, 4, 5]
    assert tracker.rebound(3, 20) and not tracker.end_signalled
    verdicts = [picture(tracker, crc(i)) for i in range(6, 20)]
    assert [shown(v) for v in verdicts] == [(i, True) for i in range(6, 20)]
    assert not verdicts[3].controls  # frame 9, the old loop's last: play on
    assert verdicts[-1].controls == [Request(Control.LOOP_END, 19)]
    tracker.seek(3, 3, SeekKind.WRAP)
    assert not tracker.rebound(3, 25)  # a seek is under way


def test_a_new_loop_whose_first_frames_the_table_lacks_needs_a_new_start() -> None:
    tracker = known_clip(30, first=10, end=20)
    del tracker.table.crcs[4]
    tracker.seek(10, 10, SeekKind.START)
    picture(tracker, crc(10))
    assert not tracker.rebound(3, 20)
    assert tracker.rebound(5, 20)
