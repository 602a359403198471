"""Walking whole sessions on a fake clock: phase ends, pauses, controls, cues and records."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

import pytest

from desktop.domain import Outcome, Side, Sides, Step
from desktop.engine import (
    STALE_CUE_SECONDS,
    CueDue,
    Event,
    FakeClock,
    MonotonicClock,
    PhaseEnded,
    PhaseKind,
    PhaseStarted,
    PlanItem,
    Session,
    SessionFinished,
    SessionState,
    StateChanged,
    StepRecorded,
    StepStarted,
    StepStatus,
    build_plan,
    utc_now,
)

T0 = 1000.0
"""Where FakeClock starts; every time below is written relative to it."""

E = TypeVar("E")


def step(step_id: str, **kw: Any) -> Step:
    if "reps" not in kw:
        kw.setdefault("hold", 10.0)
    kw.setdefault("prepare", 0.0)
    return Step(id=step_id, title=step_id.upper(), clip="clip", **kw)


# a: P5 | L10 S3 R10 r5 | L10 S3 R10 r5     phases 0-8,  0..61 s
# b: W10 (4 paced reps of 2.5 s)            phase 9,    61..71 s
# c: P3 | L6                                phases 10-11, 71..80 s
WARMUP = (
    step("a", hold=10.0, prepare=5.0, sides=Sides.BOTH, sets=2, rest=5.0, cues=("Tall", "Breathe")),
    step("b", reps=4, rep_seconds=2.5),
    step("c", hold=6.0, prepare=3.0, sides=Sides.LEFT),
)
STARTS = [0, 5, 15, 18, 28, 33, 43, 46, 56, 61, 71, 74]
TOTAL = 80.0
ENDS = [*STARTS[1:], TOTAL]


class Rig:
    """A session on a fake clock, with every event it emits."""

    def __init__(self, *steps: Step, switch_seconds: float = 3.0, **session_kw: Any) -> None:
        self.clock = FakeClock(T0)
        self.plan = build_plan((PlanItem("warm", s) for s in steps), switch_seconds=switch_seconds)
        self.session = Session(self.plan, self.clock, wall=self.clock.wall, **session_kw)
        self.events: list[Event] = []
        self.heard_at: list[float] = []
        self.session.subscribe(self._hear)

    def _hear(self, event: Event) -> None:
        self.events.append(event)
        self.heard_at.append(self.clock.now() - T0)

    @property
    def t(self) -> float:
        return self.clock.now() - T0

    def of(self, cls: type[E]) -> list[E]:
        return [e for e in self.events if isinstance(e, cls)]

    def clear(self) -> None:
        self.events.clear()
        self.heard_at.clear()

    def run_until(self, t: float) -> None:
        """Wake exactly at every next_wake() up to T0 + t, as the Qt driver does, then at t."""
        while (wake := self.session.next_wake()) is not None and wake <= T0 + t:
            self.clock.advance_to(wake)
            self.session.tick()
        self.clock.advance_to(T0 + t)
        self.session.tick()

    def run_to_end(self) -> None:
        while (wake := self.session.next_wake()) is not None:
            self.clock.advance_to(max(wake, self.clock.now()))
            self.session.tick()

    def ends(self) -> list[tuple[int, float, Outcome]]:
        return [(e.phase.index, e.at - T0, e.outcome) for e in self.of(PhaseEnded)]

    def starts(self) -> list[tuple[int, float]]:
        return [(e.phase.index, e.at - T0) for e in self.of(PhaseStarted)]

    def cues(self) -> list[tuple[str, float]]:
        return [(e.kind, e.due - T0) for e in self.of(CueDue)]


@pytest.fixture
def rig() -> Rig:
    return Rig(*WARMUP)


def wall(t: float) -> datetime:
    return FakeClock(T0).wall() + timedelta(seconds=t)


# -- walking whole sessions ------------------------------------------------------------------------


def test_plan_of_the_test_routine(rig: Rig) -> None:
    assert [p.kind.value[0] + p.side.value[0] for p in rig.plan.phases] == [
        "pl", "wl", "sr", "wr", "rl", "wl", "sr", "wr", "rr", "wn", "pl", "wl",
    ]  # fmt: skip
    assert [sum(p.duration for p in rig.plan.phases[:i]) for i in range(12)] == STARTS
    assert rig.plan.total_seconds == TOTAL


def test_a_whole_session_ends_every_phase_exactly_on_time(rig: Rig) -> None:
    rig.session.start()
    rig.run_to_end()
    ends = ENDS
    assert rig.starts() == list(enumerate(STARTS))
    assert rig.ends() == [(i, float(t), Outcome.DONE) for i, t in enumerate(ends)]
    assert [rig.heard_at[rig.events.index(e)] for e in rig.of(PhaseEnded)] == ends
    assert rig.of(StepStarted) == [StepStarted(i, "warm", s) for i, s in enumerate(WARMUP)]
    assert rig.session.state is SessionState.FINISHED
    assert rig.of(SessionFinished) == [SessionFinished(False, rig.session.records)]
    assert rig.session.step_statuses() == (StepStatus.DONE,) * 3
    assert rig.session.next_wake() is None


def test_many_small_ticks_do_not_drift(rig: Rig) -> None:
    """Ten ticks a second for the whole session: floating point error piles up in the clock
    reading, but ends come from deadlines, not from tick counts."""
    rig.session.start()
    while rig.session.state is SessionState.RUNNING:
        rig.clock.advance(0.1)
        rig.session.tick()
    assert [at for _, at, _ in rig.ends()] == ENDS


def test_a_ten_second_stall_is_caught_up_in_one_tick() -> None:
    # L4 S3 R4 r2 | L4 S3 R4 r2 | W4: ends at 4, 7, 11, 13, ...
    r = Rig(step("x", hold=4.0, sides=Sides.BOTH, sets=2, rest=2.0), step("y", hold=4.0))
    r.session.start()
    r.run_until(2.5)
    r.clear()
    r.clock.advance(10.0)  # the app hangs from 2.5 to 12.5
    r.session.tick()
    assert r.ends() == [(0, 4.0, Outcome.DONE), (1, 7.0, Outcome.DONE), (2, 11.0, Outcome.DONE)]
    assert r.starts() == [(1, 4.0), (2, 7.0), (3, 11.0)]
    assert [(rec.side, rec.actual_seconds) for rec in r.session.records] == [
        (Side.LEFT, 4.0),
        (Side.RIGHT, 4.0),
    ]
    # Countdown-1 of the left side (due 3), the switch cue (4), the right side's countdown (8-10):
    # all stale. The rest's own countdown-1 (due 12) is only 0.5 s late and still worth playing.
    assert r.cues() == [("countdown-1", 12.0)]
    assert r.session.remaining() == 0.5
    r.run_to_end()
    assert [at for _, at, _ in r.ends()][3:] == [13.0, 17.0, 20.0, 24.0, 26.0, 30.0]


# -- pause and resume -------------------------------------------------------------------------------


def test_pause_just_before_a_deadline_keeps_the_exact_remainder(rig: Rig) -> None:
    rig.session.start()
    rig.run_until(14.999)
    rig.session.pause()
    left = rig.session.remaining()
    assert left == pytest.approx(0.001, abs=1e-9)
    rig.clock.advance(100.0)
    rig.session.tick()
    assert rig.session.next_wake() is None
    assert rig.session.remaining() == left
    assert rig.ends()[-1][0] == 0  # the left side has not ended while paused
    rig.session.resume()
    assert rig.session.next_wake() == rig.clock.now() + left
    rig.run_to_end()
    ends = [at for _, at, _ in rig.ends()]
    assert ends[:1] == [5.0]
    assert ends[1:] == pytest.approx([t + 100.0 for t in ENDS[1:]], abs=1e-9)


def test_pause_first_ends_a_phase_whose_deadline_has_passed(rig: Rig) -> None:
    rig.session.start()
    rig.run_until(14.5)
    rig.clock.advance_to(T0 + 16.0)  # the deadline (15) passed with no tick yet
    rig.session.pause()
    assert rig.ends()[-1] == (1, 15.0, Outcome.DONE)
    assert rig.session.phase == rig.plan.phases[2]
    assert rig.session.remaining() == 2.0


def test_pause_during_a_countdown_resumes_the_rest_of_it(rig: Rig) -> None:
    rig.session.start()
    rig.run_until(12.5)
    assert rig.cues()[-1] == ("countdown-3", 12.0)
    rig.session.pause()
    rig.clock.advance(50.0)
    rig.session.resume()
    rig.run_until(65.5)
    countdown = [c for c in rig.cues() if c[0].startswith("countdown")]
    assert countdown[-4:] == [
        ("countdown-1", 4.0),
        ("countdown-3", 12.0),
        ("countdown-2", 63.0),
        ("countdown-1", 64.0),
    ]
    assert rig.ends()[-1] == (1, 65.0, Outcome.DONE)


def test_pause_during_rest(rig: Rig) -> None:
    rig.session.start()
    rig.run_until(30.0)
    assert rig.session.phase is not None and rig.session.phase.kind is PhaseKind.REST
    total_left = rig.session.total_remaining()
    rig.session.pause()
    rig.clock.advance(7.0)
    assert rig.session.remaining() == 3.0
    assert rig.session.total_remaining() == total_left == TOTAL - 30.0
    rig.session.resume()
    rig.run_until(41.0)
    assert rig.ends()[-1] == (4, 40.0, Outcome.DONE)


def test_pause_twice_and_resume_twice_in_a_row(rig: Rig) -> None:
    rig.session.start()
    rig.run_until(6.0)
    rig.session.pause()
    rig.session.pause()
    rig.clock.advance(10.0)
    rig.session.resume()
    rig.session.resume()
    assert [e.state for e in rig.of(StateChanged)] == [
        SessionState.RUNNING,
        SessionState.PAUSED,
        SessionState.RUNNING,
    ]
    rig.run_until(17.0)  # 1 s more of play
    rig.session.pause()
    rig.clock.advance(20.0)
    rig.session.resume()
    rig.run_to_end()
    ends = [at for _, at, _ in rig.ends()]
    assert ends == [5.0] + [t + 30.0 for t in ENDS[1:]]


def test_actual_seconds_leave_out_pauses(rig: Rig) -> None:
    rig.session.start()
    rig.run_until(9.0)
    rig.session.pause()
    rig.clock.advance(100.0)
    rig.session.resume()
    rig.run_until(116.0)
    first = rig.session.records[0]
    assert (first.planned_seconds, first.actual_seconds) == (10.0, 10.0)
    assert (first.started_at, first.ended_at) == (wall(5.0), wall(115.0))


# -- skip and back at every phase boundary ------------------------------------------------------------


@pytest.mark.parametrize("ticked", [True, False], ids=["ticked", "not-ticked"])
@pytest.mark.parametrize("i", range(12))
def test_skip_at_each_phase_boundary(rig: Rig, i: int, ticked: bool) -> None:
    phase = rig.plan.phases[i]
    rig.session.start()
    if ticked:
        rig.run_until(STARTS[i])
    else:  # the deadline is exactly now, but nothing has processed it yet
        rig.run_until(max(0.0, STARTS[i] - 0.5))
        rig.clock.advance_to(T0 + STARTS[i])
    rig.clear()
    rig.session.skip()
    # Without a tick, skip() first ends the phase whose deadline is now; then it skips.
    cut = next(
        k for k, e in enumerate(rig.events) if isinstance(e, PhaseEnded) and e.outcome is Outcome.SKIPPED
    )
    before, rig.events[:] = rig.events[:cut], rig.events[cut:]
    if ticked or i == 0:
        assert before == []
    else:
        assert [(e.phase.index, e.at - T0) for e in before if isinstance(e, PhaseEnded)] == [
            (i - 1, STARTS[i])
        ]

    assert rig.ends()[0] == (i, float(STARTS[i]), Outcome.SKIPPED)
    own = [p for p in rig.plan.step_phases(phase.step_index) if p.is_work]
    records = [r for r in rig.session.records if r.step_id == phase.step.id]
    assert [(r.set_index, r.side, r.outcome, r.actual_seconds) for r in records] == [
        (
            p.set_index,
            p.side,
            Outcome.DONE if p.index < i else Outcome.SKIPPED,
            p.duration if p.index < i else 0.0,
        )
        for p in own
    ]
    work_left = any(p.index >= i for p in own)
    assert rig.session.step_status(phase.step_index) is (StepStatus.SKIPPED if work_left else StepStatus.DONE)
    assert rig.cues() == []
    if phase.step_index + 1 < rig.plan.step_count:
        first = rig.plan.first_phase(phase.step_index + 1)
        assert rig.starts() == [(first.index, float(STARTS[i]))]
        assert rig.session.step_status(phase.step_index + 1) is StepStatus.CURRENT
        assert rig.session.remaining() == first.duration
    else:
        assert rig.session.state is SessionState.FINISHED
        assert rig.of(SessionFinished)[0].ended_early is False


@pytest.mark.parametrize("i", range(12))
def test_back_at_each_phase_boundary(rig: Rig, i: int) -> None:
    phase = rig.plan.phases[i]
    played = STARTS[i] - STARTS[rig.plan.step_ranges[phase.step_index].start]
    rig.session.start()
    rig.run_until(STARTS[i])
    before = rig.session.records
    rig.clear()
    rig.session.back()

    target = phase.step_index if played > 2.0 or phase.step_index == 0 else phase.step_index - 1
    first = rig.plan.first_phase(target)
    assert rig.ends() == [(i, float(STARTS[i]), Outcome.SKIPPED)]
    assert rig.starts() == [(first.index, float(STARTS[i]))]
    assert rig.of(StepStarted)[0].step_index == target
    assert rig.session.records == before  # nothing of the work in progress had been played
    expected = [StepStatus.DONE] * target + [StepStatus.CURRENT] + [StepStatus.PENDING] * (2 - target)
    assert list(rig.session.step_statuses()) == expected
    assert rig.cues() == []


def test_back_early_in_a_step_goes_to_the_previous_one(rig: Rig) -> None:
    rig.session.start()
    rig.run_until(62.5)  # 1.5 s into b
    rig.session.back()
    assert rig.session.phase == rig.plan.phases[0]
    last = rig.session.records[-1]
    assert (last.step_id, last.outcome, last.actual_seconds, last.reps) == ("b", Outcome.SKIPPED, 1.5, 0)


def test_back_later_in_a_step_restarts_it(rig: Rig) -> None:
    rig.session.start()
    rig.run_until(63.5)  # 2.5 s into b
    rig.session.back()
    assert rig.session.phase == rig.plan.phases[9]
    assert rig.session.remaining() == 10.0
    assert rig.session.records[-1].actual_seconds == 2.5


def test_back_counts_played_time_not_paused_time(rig: Rig) -> None:
    rig.session.start()
    rig.run_until(72.0)  # 1 s into c's "get ready"
    rig.session.pause()
    rig.clock.advance(100.0)
    rig.session.resume()
    rig.run_until(172.5)
    rig.session.back()
    assert rig.session.phase == rig.plan.phases[9]  # 1.5 s played: back to b


def test_back_on_the_first_step_restarts_it(rig: Rig) -> None:
    rig.session.start()
    rig.run_until(1.0)
    rig.session.back()
    assert rig.session.phase == rig.plan.phases[0]
    assert rig.session.remaining() == 5.0


def test_restart_step_records_the_piece_in_progress_and_plays_it_again(rig: Rig) -> None:
    rig.session.start()
    rig.run_until(78.0)  # 4 s into c's work
    rig.session.restart_step()
    assert rig.session.phase == rig.plan.phases[10]
    assert rig.session.step_statuses() == (StepStatus.DONE, StepStatus.DONE, StepStatus.CURRENT)
    rig.run_to_end()
    c = [(r.outcome, r.actual_seconds) for r in rig.session.records if r.step_id == "c"]
    assert c == [(Outcome.SKIPPED, 4.0), (Outcome.DONE, 6.0)]
    assert rig.ends()[-1] == (11, 78.0 + 9.0, Outcome.DONE)


def test_skip_mid_step_records_what_was_played(rig: Rig) -> None:
    rig.session.start()
    rig.run_until(12.0)
    rig.session.skip()
    assert [(r.set_index, r.side, r.outcome, r.actual_seconds) for r in rig.session.records] == [
        (1, Side.LEFT, Outcome.SKIPPED, 7.0),
        (1, Side.RIGHT, Outcome.SKIPPED, 0.0),
        (2, Side.LEFT, Outcome.SKIPPED, 0.0),
        (2, Side.RIGHT, Outcome.SKIPPED, 0.0),
    ]
    first, later = rig.session.records[0], rig.session.records[1]
    assert (first.started_at, first.ended_at) == (wall(5.0), wall(12.0))
    assert later.started_at == later.ended_at == wall(12.0)
    assert rig.session.phase == rig.plan.phases[9]
    rig.run_until(18.0)  # 6 s of paced reps at 2.5 s each
    rig.session.skip()
    assert (rig.session.records[-1].actual_seconds, rig.session.records[-1].reps) == (6.0, 2)


def test_skip_while_paused_stays_paused_at_the_next_step(rig: Rig) -> None:
    rig.session.start()
    rig.run_until(64.0)
    rig.session.pause()
    rig.clock.advance(30.0)
    rig.session.skip()
    assert rig.session.state is SessionState.PAUSED
    assert rig.session.phase == rig.plan.phases[10]
    assert rig.session.records[-1].actual_seconds == 3.0
    assert rig.session.records[-1].ended_at == wall(94.0)
    rig.clock.advance(5.0)
    rig.session.resume()
    rig.run_to_end()
    assert rig.ends()[-2:] == [(10, 102.0, Outcome.DONE), (11, 108.0, Outcome.DONE)]
    assert rig.session.records[-1].started_at == wall(102.0)


# -- add time, jump, end ------------------------------------------------------------------------------


def test_add_time_lengthens_the_phase_and_moves_its_countdown(rig: Rig) -> None:
    rig.session.start()
    rig.run_until(13.5)  # countdown-3 and -2 have played
    rig.session.add_time()
    assert rig.session.remaining() == 11.5
    assert rig.session.total_remaining() == TOTAL - 13.5 + 10.0
    assert rig.session.next_wake() == T0 + 22.0
    rig.run_until(26.0)
    countdown = [c for c in rig.cues() if c[0].startswith("countdown") and c[1] > 5]
    assert countdown == [("countdown-3", 12.0), ("countdown-2", 13.0), ("countdown-3", 22.0),
                         ("countdown-2", 23.0), ("countdown-1", 24.0)]  # fmt: skip
    assert rig.ends()[-1] == (1, 25.0, Outcome.DONE)
    record = rig.session.records[0]
    assert (record.planned_seconds, record.actual_seconds) == (10.0, 20.0)


def test_add_time_while_paused(rig: Rig) -> None:
    rig.session.start()
    rig.run_until(30.0)
    rig.session.pause()
    rig.session.add_time(5.0)
    assert rig.session.remaining() == 8.0
    assert rig.session.progress() == pytest.approx(2.0 / 10.0)
    rig.session.resume()
    rig.run_until(40.0)
    assert rig.ends()[-1] == (4, 38.0, Outcome.DONE)


def test_add_time_to_paced_reps_means_more_reps(rig: Rig) -> None:
    rig.session.start()
    rig.run_until(62.0)
    rig.session.add_time(5.0)
    rig.run_until(77.0)
    reps = [(e.rep, e.due - T0) for e in rig.of(CueDue) if e.kind == "rep"]
    assert reps == [(2, 63.5), (3, 66.0), (4, 68.5), (5, 71.0), (6, 73.5)]
    assert rig.session.records[-1].reps == 6


@pytest.mark.parametrize("seconds", [0.0, -10.0])
def test_add_time_refuses_nothing_or_less(rig: Rig, seconds: float) -> None:
    rig.session.start()
    with pytest.raises(ValueError, match="positive"):
        rig.session.add_time(seconds)


def test_jump_forward_skips_the_current_step_and_leaves_the_others_pending(rig: Rig) -> None:
    rig.session.start()
    rig.run_until(12.0)
    rig.session.jump_to_step(2)
    assert rig.session.phase == rig.plan.phases[10]
    assert rig.session.step_statuses() == (StepStatus.SKIPPED, StepStatus.PENDING, StepStatus.CURRENT)
    assert [r.outcome for r in rig.session.records] == [Outcome.SKIPPED] * 4
    rig.run_to_end()
    assert [r.step_id for r in rig.session.records] == ["a"] * 4 + ["c"]
    assert rig.session.step_statuses() == (StepStatus.SKIPPED, StepStatus.PENDING, StepStatus.DONE)


def test_jump_back_replays_from_there(rig: Rig) -> None:
    rig.session.start()
    rig.run_until(73.0)
    rig.session.jump_to_step(0)
    assert rig.session.phase == rig.plan.phases[0]
    assert rig.session.step_statuses() == (StepStatus.CURRENT, StepStatus.PENDING, StepStatus.PENDING)
    rig.run_to_end()
    assert rig.ends()[-1][1] == 73.0 + TOTAL
    assert len(rig.session.records) == 5 + 6


def test_jump_to_a_step_that_does_not_exist(rig: Rig) -> None:
    rig.session.start()
    with pytest.raises(IndexError):
        rig.session.jump_to_step(3)
    with pytest.raises(IndexError):
        rig.session.jump_to_step(-1)


def test_end_records_the_piece_in_progress_only(rig: Rig) -> None:
    rig.session.start()
    rig.run_until(12.0)
    rig.clear()
    rig.session.end()
    assert [(r.outcome, r.actual_seconds) for r in rig.session.records] == [(Outcome.SKIPPED, 7.0)]
    assert rig.ends() == [(1, 12.0, Outcome.SKIPPED)]
    assert rig.of(SessionFinished) == [SessionFinished(True, rig.session.records)]
    assert rig.session.step_statuses() == (StepStatus.SKIPPED, StepStatus.PENDING, StepStatus.PENDING)
    assert rig.cues() == []
    assert rig.session.next_wake() is None
    assert (rig.session.remaining(), rig.session.total_remaining(), rig.session.phase) == (0.0, 0.0, None)


def test_end_in_the_rest_after_a_step_leaves_it_done(rig: Rig) -> None:
    rig.session.start()
    rig.run_until(58.0)
    rig.session.end()
    assert rig.session.step_status(0) is StepStatus.DONE
    assert [r.outcome for r in rig.session.records] == [Outcome.DONE] * 4


def test_controls_after_the_end_do_nothing(rig: Rig) -> None:
    rig.session.start()
    rig.session.end()
    rig.clear()
    for control in (rig.session.pause, rig.session.resume, rig.session.skip, rig.session.back,
                    rig.session.restart_step, rig.session.add_time, rig.session.end, rig.session.start):  # fmt: skip
        control()
    rig.session.jump_to_step(1)
    rig.clock.advance(100.0)
    rig.session.tick()
    assert rig.events == []
    assert rig.session.state is SessionState.FINISHED


def test_controls_before_the_start_do_nothing(rig: Rig) -> None:
    for control in (
        rig.session.pause,
        rig.session.resume,
        rig.session.skip,
        rig.session.back,
        rig.session.tick,
    ):
        control()
    rig.session.jump_to_step(2)
    assert rig.events == []
    assert rig.session.state is SessionState.IDLE
    assert rig.session.next_wake() is None
    assert rig.session.total_remaining() == TOTAL
    assert rig.session.up_next() == "A"


def test_end_before_the_start(rig: Rig) -> None:
    rig.session.end()
    assert rig.of(SessionFinished) == [SessionFinished(True, ())]


def test_start_from_a_later_step(rig: Rig) -> None:
    rig.session.start(from_step=2)
    rig.session.start()  # already started: nothing
    assert rig.starts() == [(10, 0.0)]
    rig.run_to_end()
    assert rig.session.step_statuses() == (StepStatus.PENDING, StepStatus.PENDING, StepStatus.DONE)
    assert rig.ends()[-1] == (11, 9.0, Outcome.DONE)
    with pytest.raises(IndexError):
        Rig(*WARMUP).session.start(from_step=3)


# -- records ----------------------------------------------------------------------------------------------


def test_records_of_a_whole_session(rig: Rig) -> None:
    rig.session.start()
    rig.run_to_end()
    records = rig.session.records
    got = [
        (r.step_id, r.side, r.set_index, r.outcome, r.planned_seconds, r.actual_seconds, r.reps)
        for r in records
    ]
    assert got == [
        ("a", Side.LEFT, 1, Outcome.DONE, 10.0, 10.0, None),
        ("a", Side.RIGHT, 1, Outcome.DONE, 10.0, 10.0, None),
        ("a", Side.LEFT, 2, Outcome.DONE, 10.0, 10.0, None),
        ("a", Side.RIGHT, 2, Outcome.DONE, 10.0, 10.0, None),
        ("b", Side.NONE, 1, Outcome.DONE, 10.0, 10.0, 4),
        ("c", Side.LEFT, 1, Outcome.DONE, 6.0, 6.0, None),
    ]
    assert [(r.started_at, r.ended_at) for r in records] == [
        (wall(5), wall(15)), (wall(18), wall(28)), (wall(33), wall(43)),
        (wall(46), wall(56)), (wall(61), wall(71)), (wall(74), wall(80)),
    ]  # fmt: skip
    assert all(r.routine_id == "warm" for r in records)
    assert {r.session_id for r in records} == {rig.session.session_id}
    assert uuid.UUID(rig.session.session_id).version == 4
    assert [e.record for e in rig.of(StepRecorded)] == list(records)
    assert all(r.started_at.tzinfo is UTC for r in records)


def test_records_with_skips(rig: Rig) -> None:
    rig.session.start()
    rig.run_until(20.0)  # 2 s into the right side of set 1
    rig.session.skip()  # b runs from 20 to 30
    rig.run_until(28.0)
    rig.session.skip()  # b, 8 s in: 3 whole reps
    rig.run_to_end()
    got = [(r.step_id, r.outcome, r.actual_seconds, r.reps) for r in rig.session.records]
    assert got == [
        ("a", Outcome.DONE, 10.0, None),
        ("a", Outcome.SKIPPED, 2.0, None),
        ("a", Outcome.SKIPPED, 0.0, None),
        ("a", Outcome.SKIPPED, 0.0, None),
        ("b", Outcome.SKIPPED, 8.0, 3),
        ("c", Outcome.DONE, 6.0, None),
    ]
    assert rig.session.step_statuses() == (StepStatus.SKIPPED, StepStatus.SKIPPED, StepStatus.DONE)


def test_session_id_can_be_given() -> None:
    r = Rig(step("x"), session_id="s-1")
    r.session.start()
    r.run_to_end()
    assert r.session.records[0].session_id == "s-1"


# -- what the UI reads -----------------------------------------------------------------------------------


def test_total_remaining_counts_down_with_the_session(rig: Rig) -> None:
    assert rig.session.total_remaining() == TOTAL
    rig.session.start()
    for t in (0.0, 7.0, 33.5, 61.0, 79.0):
        rig.run_until(t)
        assert rig.session.total_remaining() == TOTAL - t
    rig.run_to_end()
    assert rig.session.total_remaining() == 0.0


def test_remaining_and_progress_of_a_phase(rig: Rig) -> None:
    rig.session.start()
    rig.run_until(7.5)
    view = rig.session.view()
    assert view.phase == rig.plan.phases[1]
    assert (view.remaining, view.elapsed, view.progress) == (7.5, 2.5, 0.25)
    assert view.state is SessionState.RUNNING
    assert view.step_statuses == (StepStatus.CURRENT, StepStatus.PENDING, StepStatus.PENDING)


def test_the_current_rep_follows_the_clock(rig: Rig) -> None:
    rig.session.start()
    seen = []
    for t in (61.0, 63.4, 63.5, 66.0, 68.5, 70.9):
        rig.run_until(t)
        seen.append(rig.session.current_rep())
    assert seen == [1, 1, 2, 3, 4, 4]
    rig.run_until(72.0)
    assert rig.session.current_rep() is None


def test_rep_cues_are_due_at_each_new_rep(rig: Rig) -> None:
    rig.session.start()
    rig.run_until(71.0)
    assert [(e.rep, e.due - T0) for e in rig.of(CueDue) if e.kind == "rep"] == [
        (2, 63.5),
        (3, 66.0),
        (4, 68.5),
    ]


def test_countdowns_are_due_at_three_two_one_before_each_deadline(rig: Rig) -> None:
    rig.session.start()
    rig.run_to_end()
    countdowns = [(k, t) for k, t in rig.cues() if k.startswith("countdown")]
    expected: list[tuple[str, float]] = []
    for end in (5, 15, 28, 33, 43, 56, 61, 71, 80):  # prepare, work and rests that lead into work
        expected += [("countdown-3", end - 3.0), ("countdown-2", end - 2.0), ("countdown-1", end - 1.0)]
    expected.insert(expected.index(("countdown-3", 77.0)), ("countdown-2", 72.0))  # c's 3 s "get ready":
    expected.insert(expected.index(("countdown-3", 77.0)), ("countdown-1", 73.0))  # no pip at its start
    assert countdowns == sorted(expected, key=lambda c: c[1])
    # Waking at next_wake() means every cue is heard exactly when due.
    assert all(rig.heard_at[rig.events.index(e)] == e.due - T0 for e in rig.of(CueDue))


def test_boundary_cues(rig: Rig) -> None:
    rig.session.start()
    rig.run_to_end()
    others = [(k, t) for k, t in rig.cues() if not k.startswith("countdown") and k != "rep"]
    assert others == [("switch-side", 15.0), ("switch-side", 43.0), ("next-step", 61.0),
                      ("next-step", 71.0), ("session-done", 80.0)]  # fmt: skip


@pytest.mark.parametrize(
    ("woken_at", "heard"), [(14.5, ["countdown-1"]), (13.0, ["countdown-3", "countdown-2"])]
)
def test_stale_cues_are_dropped(rig: Rig, woken_at: float, heard: list[str]) -> None:
    rig.session.start()
    rig.run_until(11.0)
    rig.clear()
    rig.clock.advance_to(T0 + woken_at)  # a stall: nothing ran between 11 and woken_at
    rig.session.tick()
    assert [k for k, _ in rig.cues()] == heard
    assert all(woken_at - due <= STALE_CUE_SECONDS for _, due in rig.cues())


def test_no_stale_cue_after_a_long_stall(rig: Rig) -> None:
    rig.session.start()
    rig.run_until(2.0)
    rig.clear()
    rig.clock.advance_to(T0 + 62.5)
    rig.session.tick()
    assert len(rig.ends()) == 9
    assert rig.cues() == []  # next-step (61) is 1.5 s late
    rig.run_to_end()
    assert all(rig.heard_at[rig.events.index(e)] - (e.due - T0) <= STALE_CUE_SECONDS for e in rig.of(CueDue))


def test_cue_lines_take_turns(rig: Rig) -> None:
    r = Rig(step("x", hold=20.0, cues=("One", "Two", "Three")), step("y"), cue_rotate_seconds=4.0)
    r.session.start()
    seen = []
    for t in (0.0, 3.9, 4.0, 8.0, 12.0, 21.0):
        r.run_until(t)
        seen.append(r.session.cue_line())
    assert seen == ["One", "One", "Two", "Three", "One", None]


def test_what_comes_next(rig: Rig) -> None:
    seen = [rig.session.up_next()]
    rig.session.start()
    for t in STARTS:
        rig.run_until(t)
        seen.append(rig.session.up_next())
    rig.run_to_end()
    seen.append(rig.session.up_next())
    assert seen == [
        "A",
        "left side",
        "switch to the right side",
        "right side",
        "rest 5 s",
        "set 2 of 2, left side",
        "switch to the right side",
        "right side",
        "rest 5 s",
        "B",
        "C",
        "left side",
        "finish",
        "",
    ]
    r = Rig(step("x", sets=3, rest=90.0), step("y"))
    r.session.start()
    assert r.session.up_next() == "rest 90 s"
    r.run_until(10.0)
    assert r.session.up_next() == "set 2 of 3"


def test_step_statuses_through_a_session(rig: Rig) -> None:
    rig.session.start()
    seen = [rig.session.step_statuses()]
    for t in (60.0, 65.0, 75.0):
        rig.run_until(t)
        seen.append(rig.session.step_statuses())
    P, C, D = StepStatus.PENDING, StepStatus.CURRENT, StepStatus.DONE
    assert seen == [(C, P, P), (C, P, P), (D, C, P), (D, D, C)]


# -- events -------------------------------------------------------------------------------------------------


def test_events_at_a_step_boundary_come_in_order(rig: Rig) -> None:
    rig.session.start()
    rig.run_until(60.5)
    rig.clear()
    rig.run_until(61.0)
    assert [type(e).__name__ for e in rig.events] == [
        "PhaseEnded",
        "StepStatusChanged",
        "StepStatusChanged",
        "StepStarted",
        "PhaseStarted",
        "CueDue",
    ]


def test_a_subscriber_may_call_a_control_from_its_callback(rig: Rig) -> None:
    def pause_at_work(event: Event) -> None:
        if isinstance(event, PhaseStarted) and event.phase.is_work:
            rig.session.pause()

    unsubscribe = rig.session.subscribe(pause_at_work)
    rig.session.start()
    rig.run_until(9.0)
    assert rig.session.state is SessionState.PAUSED
    assert rig.session.remaining() == 10.0
    names = [type(e).__name__ for e in rig.events]
    assert names.index("StateChanged", 1) > names.index("PhaseStarted", 1)
    unsubscribe()
    rig.session.resume()
    rig.run_until(30.0)
    assert rig.session.view().state is SessionState.RUNNING


# -- clocks ---------------------------------------------------------------------------------------------------


def test_real_clocks() -> None:
    clock = MonotonicClock()
    a = clock.now()
    assert clock.now() >= a
    now = utc_now()
    assert now.tzinfo is UTC
    assert abs((datetime.now(UTC) - now).total_seconds()) < 60


def test_fake_clock_only_moves_forwards() -> None:
    clock = FakeClock(T0)
    clock.advance(2.5)
    assert clock.now() == T0 + 2.5
    assert clock.wall() == FakeClock(T0).wall() + timedelta(seconds=2.5)
    with pytest.raises(ValueError):
        clock.advance(-1.0)
    with pytest.raises(ValueError):
        clock.advance_to(T0)
