"""The session controller's timer: a real QTimer waking a real-clock session, through stalls of
the event loop; its signals carry the engine's own values; controls without a session do nothing."""

from __future__ import annotations

import gc
import math
import random
import time
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer

from desktop.domain import Outcome, Routine, Sides, Step
from desktop.engine import (
    FakeClock,
    MonotonicClock,
    Phase,
    PhaseEnded,
    PhaseStarted,
    PlanItem,
    SessionState,
    StepStatus,
    build_plan,
)
from desktop.qt.session_controller import SessionController
from desktop.qt.settings import OPTIONS, Settings

SLACK = 0.030
"""How late a timer may wake on a loaded machine, beyond what a stall explains."""


def step(step_id: str, **kw: Any) -> Step:
    if "reps" not in kw:
        kw.setdefault("hold", 0.5)
    kw.setdefault("prepare", 0.0)
    return Step(id=step_id, title=step_id, clip="clip", **kw)


# Phases of 0.3-0.6 s, about 5.6 s in all: get ready, both sides with a switch, rests between
# sets, paced reps (rep cues every 0.2 s).
SHORT = (
    step("a", prepare=0.3, sides=Sides.BOTH, rest=0.4),
    step("b", reps=3, rep_seconds=0.2, prepare=0.3, sets=2, rest=0.3),
    step("c", hold=0.4, sides=Sides.LEFT, sets=2, rest=0.3),
)


def short_plan() -> Any:
    return build_plan((PlanItem("r", s) for s in SHORT), switch_seconds=0.3)


ROUTINE = Routine(id="r", title="Short", steps=SHORT, clips={})


@pytest.fixture
def controller(settings: Settings) -> Iterator[SessionController]:
    """A controller whose cues are silent: loading a sound device on the first cue is not the
    timer's lateness (tests/qt/test_session_window.py plays them)."""
    settings.set(OPTIONS.cue_muted, True)
    settings.set(OPTIONS.cue_speech, False)
    c = SessionController(settings)
    yield c
    c.stop()
    c.cues.close()


def start_short(controller: SessionController, clock: Any, plan: Any = None) -> SessionController:
    controller.clock_factory = lambda: clock
    controller.start(ROUTINE, plan=plan or short_plan())
    return controller


class Stalls:
    """Blocks the event loop from inside a slot, at moments picked at random before the run."""

    def __init__(self, seed: int, total: float, count: int = 6) -> None:
        rng = random.Random(seed)
        self.moments = sorted(rng.uniform(0.1, total - 1.0) for _ in range(count))
        self.lengths = [rng.uniform(0.1, 0.5) for _ in range(count)]
        self.spans: list[tuple[float, float]] = []
        self.t0 = 0.0

    def maybe(self, *_: object) -> None:
        if self.moments and time.monotonic() - self.t0 >= self.moments[0]:
            self.moments.pop(0)
            start = time.monotonic()
            time.sleep(self.lengths.pop(0))
            self.spans.append((start, time.monotonic()))

    def within(self, a: float, b: float) -> float:
        """Seconds of stall between a and b."""
        return sum(max(0.0, min(e, b) - max(s, a)) for s, e in self.spans)


def timer_of(controller: SessionController) -> QTimer:
    timer = controller.findChild(QTimer)
    assert timer is not None
    return timer


@pytest.fixture
def frozen_heap() -> Iterator[None]:
    """Move the test process's objects out of the collector's way, as the app should after start-up:
    a full collection over pytest and PySide6 here took up to 18 ms, which is noise, not the driver."""
    gc.collect()
    gc.freeze()
    yield
    gc.unfreeze()


@pytest.mark.usefixtures("frozen_heap")
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_phase_ends_keep_to_deadlines_through_stalls(
    qtbot: Any, controller: SessionController, seed: int
) -> None:
    plan = short_plan()
    stalls = Stalls(seed, plan.total_seconds)
    ended: list[tuple[PhaseEnded, float]] = []
    started: list[PhaseStarted] = []

    def on_event(event: object) -> None:
        if isinstance(event, PhaseEnded):
            ended.append((event, time.monotonic()))
        elif isinstance(event, PhaseStarted):
            started.append(event)

    controller.engineEvent.connect(on_event)
    # Stalls happen in slots of both kinds: after a tick, and in the middle of delivering events.
    controller.ticked.connect(stalls.maybe)
    controller.phaseStarted.connect(stalls.maybe)
    with qtbot.waitSignal(controller.finished, timeout=30_000):
        stalls.t0 = time.monotonic()
        start_short(controller, MonotonicClock(), plan)

    assert len(stalls.spans) == 6
    t0 = started[0].at
    assert [e.phase.index for e, _ in ended] == list(range(len(plan.phases)))
    assert all(e.outcome is Outcome.DONE for e, _ in ended)
    # Each phase ends at the sum of the durations before it, whatever the stalls did.
    for (event, _), after in zip(ended, plan.seconds_after, strict=True):
        assert event.at == pytest.approx(t0 + plan.total_seconds - after, abs=1e-9)
    # And it was seen no later than its deadline plus the stalls in the way plus a little slack.
    lateness = [seen - e.at - stalls.within(e.at, seen) for e, seen in ended]
    assert max(lateness) <= SLACK, lateness
    assert controller.state is SessionState.FINISHED


def test_pause_stops_the_timer_and_resume_moves_the_deadlines(
    qtbot: Any, controller: SessionController
) -> None:
    plan = short_plan()
    timer = timer_of(controller)
    ends: list[float] = []
    pauses: list[float] = []
    controller.engineEvent.connect(lambda e: ends.append(e.at) if isinstance(e, PhaseEnded) else None)

    def pause_once(phase: Phase) -> None:
        if phase.index == 3 and not pauses:
            controller.pause()
            pauses.append(time.monotonic())
            assert not timer.isActive()
            resumer.start(400)

    def resume() -> None:
        pauses.append(time.monotonic())
        controller.resume()

    resumer = QTimer()
    resumer.setSingleShot(True)
    resumer.setTimerType(Qt.TimerType.PreciseTimer)
    resumer.timeout.connect(resume)
    controller.phaseStarted.connect(pause_once)
    with qtbot.waitSignal(controller.finished, timeout=30_000):
        start_short(controller, MonotonicClock(), plan)
    t0 = ends[0] - plan.phases[0].duration
    paused = pauses[1] - pauses[0]
    assert paused >= 0.4
    assert ends[-1] == pytest.approx(t0 + plan.total_seconds + paused, abs=0.002)
    assert not timer.isActive()


def test_signals_carry_the_engine_values(qtbot: Any, controller: SessionController) -> None:
    clock = FakeClock()
    names = "phaseStarted stepStatusChanged stateChanged finished ticked"
    got: dict[str, list[Any]] = {name: [] for name in names.split()}
    for name, values in got.items():
        getattr(controller, name).connect(lambda *args, values=values: values.append(args))
    cued: list[str] = []
    controller.cues.cued.connect(cued.append)

    assert controller.state is SessionState.IDLE and controller.phase is None and controller.rate == 1.0
    start_short(controller, clock)
    assert got["stateChanged"] == [(SessionState.RUNNING,)]
    assert got["stepStatusChanged"] == [(0, StepStatus.CURRENT)]
    assert [p.index for (p,) in got["phaseStarted"]] == [0]
    assert controller.phase is got["phaseStarted"][0][0]
    assert len(got["ticked"]) == 1
    clock.advance(0.85)  # 0.05 s into the right side, past the switch
    controller.skip()
    assert [(r.side.value, r.outcome) for r in controller.records] == [
        ("left", Outcome.DONE),
        ("right", Outcome.SKIPPED),
    ]
    assert "switch-side" in cued
    controller.end()
    assert len(got["finished"]) == 1 and got["finished"][0][0] == controller.records
    assert got["stateChanged"][-1] == (SessionState.FINISHED,)
    assert not controller.active and controller.state is SessionState.FINISHED
    assert not timer_of(controller).isActive()


def test_controls_without_a_session_do_nothing(controller: SessionController) -> None:
    for control in (controller.toggle_pause, controller.skip, controller.back, controller.end):
        control()
    assert controller.state is SessionState.IDLE and controller.view() is None
    assert not timer_of(controller).isActive()


@pytest.mark.parametrize("refresh", [None, 0.1])
def test_the_timer_is_armed_for_the_next_thing_due(
    qtbot: Any, settings: Settings, refresh: float | None
) -> None:
    clock = FakeClock()
    controller = SessionController(settings, refresh_seconds=refresh)
    timer = timer_of(controller)
    start_short(controller, clock)
    wake = clock.now() + 0.3  # the end of "get ready": no cue comes before it
    assert timer.isActive() and timer.isSingleShot()
    expected = math.ceil((wake - clock.now()) * 1000)
    assert timer.interval() == (expected if refresh is None else min(expected, 100))
    controller.pause()
    assert not timer.isActive()
    assert controller.paused
    controller.resume()
    assert controller.state is SessionState.RUNNING and timer.isActive()
    controller.stop()  # ended, and no longer listening: controls do nothing
    assert controller.state is SessionState.FINISHED and not timer.isActive()
    controller.toggle_pause()
    assert controller.state is SessionState.FINISHED
    controller.cues.close()
