"""A session run through the window: clips and sides follow the phases, controls work, history is saved.

The engine's FakeClock stands in for time; the video decoder is the fake backend; the store is real.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.content import bundled_routine_path, load_routine
from desktop.domain import Clip, Outcome, Routine, Segment, Side, Sides, Step
from desktop.engine import FakeClock, SessionState, StepStatus
from desktop.media.base import PlaybackState
from desktop.media.fake import FakeBackend
from desktop.qt.main_window import MainWindow
from desktop.store import Store
from tests.fake_media import FAKE_CLIP


@pytest.fixture
def store(window_store: Store) -> Store:
    return window_store


@pytest.fixture
def cued(window: MainWindow) -> list[str]:
    """Every cue the session gave, in order (heard or not)."""
    kinds: list[str] = []
    window.session.cues.cued.connect(kinds.append)
    return kinds


def remaining_of(window: MainWindow) -> float:
    view = window.session.view()
    assert view is not None
    return view.remaining


def two_sided_routine(tmp_path: Path) -> Routine:
    clip = tmp_path / "demo.mp4"
    clip.write_bytes(FAKE_CLIP)
    steps = (
        Step(id="a", title="Reach", clip="c", hold=5, sides=Sides.BOTH, prepare=2, cues=("Breathe out",),
             side_segments={Side.LEFT: Segment(0, 4), Side.RIGHT: Segment(4, 8)}),
        Step(id="b", title="Twist", clip="c", hold=4, sides=Sides.BOTH, prepare=0, mirror_side=Side.RIGHT),
    )  # fmt: skip
    return Routine(id="demo", title="Demo", steps=steps, clips={"c": Clip("c", clip)})


def run_until(
    window: MainWindow, clock: FakeClock, condition, step: float = 0.5, limit: float = 3600
) -> None:
    elapsed = 0.0
    while not condition():
        assert elapsed < limit, "the session did not get there"
        clock.advance(step)
        elapsed += step
        window.session.tick_now()


def test_phases_drive_the_clip_side_and_mirror(
    qtbot, window: MainWindow, fake: FakeBackend, clock: FakeClock, tmp_path: Path, cued: list[str]
) -> None:
    window.set_routine(two_sided_routine(tmp_path))
    window.ui.sessionButton.click()
    assert window.session.active
    assert window.ui.timerPanel.phase_label.text().startswith("Get ready")
    assert fake.segment == Segment(0, 4)  # prepare plays the side it leads into
    run_until(window, clock, lambda: "Right" in window.ui.timerPanel.phase_label.text())
    assert fake.segment == Segment(4, 8)
    assert not window.ui.videoPane.mirrored
    run_until(
        window, clock, lambda: window.current_row == 1 and "Right" in window.ui.timerPanel.phase_label.text()
    )
    assert window.ui.videoPane.mirrored  # step b mirrors its right side
    assert window.ui.stepList.status(0) == StepStatus.DONE
    assert window.ui.stepList.status(1) == StepStatus.CURRENT
    assert "countdown-1" in cued
    assert "switch-side" in cued
    assert window.session.cues.speaker().device.engine_name == "mock"


def test_space_pauses_session_and_video_and_keeps_the_remainder(
    qtbot, window: MainWindow, fake: FakeBackend, clock: FakeClock, tmp_path: Path
) -> None:
    window.set_routine(two_sided_routine(tmp_path))
    window.start_session()
    clock.advance(1.2)
    window.session.tick_now()
    remaining = remaining_of(window)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert fake.state == PlaybackState.PAUSED
    clock.advance(30)
    window.session.tick_now()
    assert remaining_of(window) == pytest.approx(remaining)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert fake.state == PlaybackState.PLAYING
    assert window.session.state is SessionState.RUNNING


def test_skip_back_jump_and_end_are_recorded(
    qtbot, window: MainWindow, fake: FakeBackend, clock: FakeClock, store, tmp_path: Path
) -> None:
    window.set_routine(two_sided_routine(tmp_path))
    window.start_session()
    run_until(window, clock, lambda: "Left" in window.ui.timerPanel.phase_label.text())
    clock.advance(2)
    qtbot.keyClick(window, Qt.Key.Key_Right)  # skip step a
    assert window.ui.stepList.status(0) == StepStatus.SKIPPED
    assert window.current_row == 1
    qtbot.keyClick(window, Qt.Key.Key_Left)  # back: step b had not run 2 s, so to step a
    assert window.current_row == 0
    window.activate_step(1)  # double-click on step b jumps there
    assert window.current_row == 1
    run_until(window, clock, lambda: "Left" in window.ui.timerPanel.phase_label.text())
    clock.advance(1)
    window.ui.actionEndSession.trigger()
    assert not window.session.active
    assert window.session.flush(10)
    qtbot.waitUntil(lambda: store.history.count() >= 3)
    rows = store.history.entries(newest_first=False)
    outcomes = [(e.record.step_id, e.record.side, e.record.outcome) for e in rows]
    assert ("a", Side.LEFT, Outcome.SKIPPED) in outcomes
    assert ("b", Side.LEFT, Outcome.SKIPPED) in outcomes
    assert all(e.record.session_id == rows[0].record.session_id for e in rows)


def test_full_screen_draws_the_countdown_and_cue_over_the_video(
    qtbot, window: MainWindow, fake: FakeBackend, clock: FakeClock, tmp_path: Path
) -> None:
    window.set_routine(two_sided_routine(tmp_path))
    window.start_session()
    run_until(window, clock, lambda: "Left" in window.ui.timerPanel.phase_label.text())
    qtbot.keyClick(window, Qt.Key.Key_F)
    clock.advance(0.5)
    window.session.tick_now()
    assert "Left" in window.ui.videoPane._overlay_big
    assert "0:0" in window.ui.videoPane._overlay_big
    assert window.ui.videoPane._overlay_small == "Breathe out"
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.ui.videoPane._overlay_big == ""


def test_the_bundled_scorpion_session_runs_to_the_end_by_itself(
    qtbot, window: MainWindow, fake: FakeBackend, clock: FakeClock, store, cued: list[str]
) -> None:
    routine = load_routine(bundled_routine_path())
    window.set_routine(routine)
    loads: list[tuple[Path, Segment | None]] = []
    window.session.phaseStarted.connect(lambda phase: loads.append((fake.current, fake.segment)))
    window.start_session()
    plan = window.session.plan
    assert plan is not None
    run_until(window, clock, lambda: not window.session.active, step=1.0, limit=plan.total_seconds + 60)
    # every phase played its own step's clip and its side's half of it
    assert len(loads) == len(plan.phases)
    for phase, (played, segment) in zip(plan.phases, loads, strict=True):
        assert played == routine.clip_for(phase.step).file
        assert segment == phase.segment
    assert all(window.ui.stepList.status(i) == StepStatus.DONE for i in range(len(routine.steps)))
    assert cued.count("session-done") == 1
    assert window.session.flush(10)
    records = [e.record for e in store.history.entries(newest_first=False)]
    work = [p for p in plan.phases if p.kind.value == "work"]
    assert len(records) == len(work)
    assert all(r.outcome is Outcome.DONE for r in records)
    # (wall-clock times tie in a fake-time run, so compare as a multiset)
    assert sorted((r.step_id, r.side, r.set_index) for r in records) == sorted(
        (p.step.id, p.side, p.set_index) for p in work
    )
    assert window.ui.timerPanel.phase_label.text() == "Session complete"


def paced_routine(tmp_path: Path) -> Routine:
    clip = tmp_path / "demo.mp4"
    clip.write_bytes(FAKE_CLIP)
    step = Step(id="a", title="Hip off the floor", clip="c", reps=5, rep_seconds=2, sets=2, sides=Sides.BOTH,
                prepare=3, rest=5, cues=("Breathe out",))  # fmt: skip
    return Routine(id="paced", title="Paced", steps=(step,), clips={"c": Clip("c", clip)},
                   setup="Lie on your front on a mat, arms in a T.")  # fmt: skip


def test_ending_a_session_early_says_it_was_ended_and_counts_steps(
    qtbot, window: MainWindow, fake: FakeBackend, clock: FakeClock, tmp_path: Path
) -> None:
    window.set_routine(two_sided_routine(tmp_path))
    window.start_session()
    run_until(window, clock, lambda: "Left" in window.ui.timerPanel.phase_label.text())
    window.ui.actionEndSession.trigger()
    message = window.statusBar().currentMessage()
    assert message.startswith("Session ended: 0 of 2 steps done")
    assert "piece" not in message
    assert window.ui.timerPanel.phase_label.text() == "Session ended"
    assert window.ui.timerPanel.cue_label.text() == "0 of 2 steps done"
    assert window.ui.videoPane.end_card is not None
    assert window.ui.videoPane.end_card[0] == "Session ended"


def test_the_end_of_a_session_shows_in_full_screen_and_the_clip_stops(
    qtbot, window: MainWindow, fake: FakeBackend, clock: FakeClock, tmp_path: Path
) -> None:
    window.set_routine(two_sided_routine(tmp_path))
    window.start_session()
    qtbot.keyClick(window, Qt.Key.Key_F)
    run_until(window, clock, lambda: not window.session.active)
    assert window.isFullScreen()
    card = window.ui.videoPane.end_card
    assert card is not None
    assert card[0] == "Session complete"
    assert card[1][0] == "2 of 2 steps done"
    assert window.statusBar().currentMessage().startswith("Session complete: 2 of 2 steps done")
    assert fake.state == PlaybackState.PAUSED
    before = window.ui.videoPane.grab().toImage()
    window.ui.videoPane.set_end_card("")
    assert window.ui.videoPane.grab().toImage() != before  # the card is painted
    window.ui.stepList.setCurrentRow(1)
    assert window.ui.videoPane.end_card is None


def test_full_screen_overlay_names_the_step_rep_and_set_and_keeps_off_the_lower_third(
    qtbot, window: MainWindow, fake: FakeBackend, clock: FakeClock, tmp_path: Path
) -> None:
    window.set_routine(paced_routine(tmp_path))
    window.start_session()
    qtbot.keyClick(window, Qt.Key.Key_F)
    run_until(window, clock, lambda: "Left" in window.ui.timerPanel.phase_label.text())
    clock.advance(2.5)
    window.session.tick_now()
    pane = window.ui.videoPane
    title, big, small = pane.overlay_text
    assert title == "Hip off the floor · rep 2 of 5 · set 1 of 2"
    assert big.startswith("Left")
    assert small == "Breathe out"
    assert pane.overlay_rect().bottom() < pane.height() * 2 / 3
    run_until(window, clock, lambda: pane.overlay_text[1].startswith("Switch sides"))
    _title, big_font, _small = pane._fonts()
    from PySide6.QtGui import QFontMetrics

    assert QFontMetrics(big_font).horizontalAdvance(pane.overlay_text[1]) <= pane.width()  # one line
    assert pane.overlay_rect().bottom() < pane.height() * 2 / 3


@pytest.mark.parametrize("full_screen", [False, True])
def test_paused_shows_large_over_the_picture(
    qtbot, window: MainWindow, fake: FakeBackend, clock: FakeClock, tmp_path: Path, full_screen: bool
) -> None:
    window.set_routine(two_sided_routine(tmp_path))
    window.start_session()
    if full_screen:
        qtbot.keyClick(window, Qt.Key.Key_F)
    fake.emit_frame()
    pane = window.ui.videoPane
    assert not pane.paused_shown
    running = pane.grab().toImage()
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert pane.paused_shown
    assert pane.grab().toImage() != running
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert not pane.paused_shown


def test_the_first_view_says_what_the_timer_shows_and_how_to_set_up(
    qtbot, window: MainWindow, fake: FakeBackend, clock: FakeClock, tmp_path: Path
) -> None:
    window.set_routine(paced_routine(tmp_path))
    panel = window.ui.timerPanel
    assert panel.ring.text == "0:10"
    assert panel.ring.caption == "per side"
    # 3 s get ready; per set 10 s left, a 3 s switch, 10 s right; a 5 s rest between the sets
    assert panel.total_label.text() == "5 reps in 0:10 per side · 2 sets · step 0:54"
    setup = window.ui.routineSetup
    assert setup.isVisible()
    assert setup.full_text() == "Setup: Lie on your front on a mat, arms in a T."
    window.start_session()
    assert panel.phase_label.text() == "Get ready: Hip off the floor"
    assert panel.cue_label.full_text() == "Lie on your front on a mat, arms in a T."
    run_until(window, clock, lambda: "Left" in panel.phase_label.text())
    assert panel.cue_label.full_text() == "Breathe out"
