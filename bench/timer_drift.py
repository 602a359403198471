"""Timer drift: the session engine (deadlines, woken at next_wake) against naive 1-second tick counters.

    .venv/bin/python bench/timer_drift.py [--seeds 5] [--hours 1] [--real-runs 3] [--no-real] [--speech]

Simulated: an hour of a plausible warm-up repeated, on a fake clock and a simulated event loop
that is blocked now and then (seeded random stalls: most 20-200 ms, some up to 0.9 s, a few 1-3 s)
and whose timers wake a little late (millisecond rounding plus ~0.3 ms jitter). Every method sees
the same stalls. Real: the same comparison for --real-seconds with real QTimers in one
QCoreApplication, stalled by time.sleep() from a slot at random moments. With --speech, the real
runs speak their cues through the system's speech engine, which is started as the session starts
(as when a session begins right after Supple opens), so its start-up and its speaking both fall
inside the measured time.

Methods:
- engine: desktop.engine.Session woken at next_wake() (in the real run, by the window's SessionController).
- naive chain: counts 1 s ticks, each armed 1 s after the previous tick ran (a single-shot timer
  re-armed in its slot), so every late tick delays all the later ones.
- naive QTimer(1000): counts the ticks of a repeating timer. Qt 6 keeps a repeating timer on its
  original schedule (next = previous due + interval) unless a tick is more than a whole interval
  late, when it restarts from now (qtimerinfo_unix.cpp, calculateNextTimeout): stalls under 1 s
  cost nothing lasting, longer ones lose time for good.

Drift: when a method noticed a phase end minus when it should have ended (start + the planned
durations before it). Cue lateness: when a 3-2-1 countdown cue played minus when it was due; the
engine drops cues more than 1 s late (STALE_CUE_SECONDS) and the "dropped" column counts them.
Each figure is the median over seeds (runs) of that run's statistic. Prints Markdown tables.
"""

from __future__ import annotations

import argparse
import bisect
import math
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.domain import Sides, Step  # noqa: E402
from desktop.engine import (  # noqa: E402
    CueDue,
    Event,
    FakeClock,
    PhaseEnded,
    Plan,
    PlanItem,
    Session,
    SessionState,
    build_plan,
)

COUNTDOWN = (3, 2, 1)


def warm_up() -> list[Step]:
    """A plausible warm-up, about 8 minutes, in whole seconds so a tick counter can time it too."""

    def s(step_id: str, **kw: object) -> Step:
        return Step(id=step_id, title=step_id, clip="clip", prepare=5.0, **kw)

    return [
        s("neck-circles", reps=8, rep_seconds=4.0),
        s("shoulder-rolls", hold=30.0),
        s("hamstring", hold=30.0, sides=Sides.BOTH, sets=2, rest=10.0),
        s("cat-cow", reps=10, rep_seconds=3.0, rest=15.0),
        s("hip-flexor", hold=45.0, sides=Sides.BOTH, rest=15.0),
        s("side-bend", hold=20.0, sides=Sides.BOTH, sets=3, rest=5.0),
        s("childs-pose", hold=60.0),
    ]


def plan_for(seconds: float, steps: Sequence[Step], switch_seconds: float = 3.0) -> Plan:
    one = build_plan((PlanItem("warm", st) for st in steps), switch_seconds=switch_seconds)
    rounds = max(1, math.ceil(seconds / one.total_seconds))
    return build_plan(
        (PlanItem("warm", st) for _ in range(rounds) for st in steps), switch_seconds=switch_seconds
    )


def ideal_times(plan: Plan) -> tuple[list[float], list[float]]:
    """Phase ends and countdown cue times, relative to the start, from the planned durations."""
    ends: list[float] = []
    cues: list[float] = []
    t = 0.0
    for p in plan.phases:
        t += p.duration
        ends.append(t)
        cues += [t - n for n in COUNTDOWN if p.countdown and n < p.duration]
    return ends, cues


@dataclass
class Result:
    drift: list[float] = field(default_factory=list)
    cue_late: list[float] = field(default_factory=list)
    dropped: int = 0


def pct(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(q / 100 * len(ordered)) - 1))]


# -- the simulated event loop ---------------------------------------------------------------------------


class Loop:
    """When a timer due at t really runs: after any stall covering t, plus a little wake-up jitter."""

    def __init__(self, seed: int, seconds: float) -> None:
        rng = random.Random(seed)
        self.starts: list[float] = []
        self.ends: list[float] = []
        t = 0.0
        while t < seconds + 60:
            t += rng.expovariate(1 / 15.0)  # a stall every 15 s on average
            r = rng.random()
            length = (
                rng.uniform(0.02, 0.2)
                if r < 0.8
                else rng.uniform(0.2, 0.9)
                if r < 0.97
                else rng.uniform(1, 3)
            )
            self.starts.append(t)
            self.ends.append(t + length)
            t += length
        self.seed = seed

    def jitter(self, seed_offset: int) -> Callable[[], float]:
        rng = random.Random(self.seed * 1000 + seed_offset)
        return lambda: rng.expovariate(1 / 0.0003)

    def release(self, t: float) -> float:
        i = bisect.bisect_right(self.starts, t) - 1
        return self.ends[i] if i >= 0 and t < self.ends[i] else t

    def stall_seconds(self, until: float) -> float:
        return sum(min(e, until) - s for s, e in zip(self.starts, self.ends, strict=True) if s < until)


def sim_engine(plan: Plan, loop: Loop) -> Result:
    clock = FakeClock(start=0.0)
    session = Session(plan, clock, wall=clock.wall)
    ends, cues = ideal_times(plan)
    res = Result()
    k = 0

    def hear(e: Event) -> None:
        nonlocal k
        if isinstance(e, PhaseEnded):
            res.drift.append(clock.now() - ends[k])
            k += 1
        elif isinstance(e, CueDue) and e.kind.startswith("countdown"):
            res.cue_late.append(clock.now() - e.due)

    session.subscribe(hear)
    jitter = loop.jitter(1)
    session.start()
    while (wake := session.next_wake()) is not None:
        now = clock.now()
        due = now + math.ceil((wake - now) * 1000 - 1e-6) / 1000  # QTimer takes whole milliseconds
        clock.advance_to(loop.release(due) + jitter())
        session.tick()
    assert session.state is SessionState.FINISHED
    res.dropped = len(cues) - len(res.cue_late)
    return res


class Counter:
    """Counts 1 s ticks down through the plan's phases, as a naive timer does."""

    def __init__(self, plan: Plan, start: float) -> None:
        self.plan = plan
        self.start = start
        self.ends, _ = ideal_times(plan)
        self.index = 0
        self.left = round(plan.phases[0].duration)
        self.res = Result()

    @property
    def done(self) -> bool:
        return self.index >= len(self.plan.phases)

    def tick(self, now: float) -> None:
        phase = self.plan.phases[self.index]
        self.left -= 1
        ideal_end = self.start + self.ends[self.index]
        if phase.countdown and self.left in COUNTDOWN and self.left < phase.duration:
            self.res.cue_late.append(now - (ideal_end - self.left))
        if self.left == 0:
            self.res.drift.append(now - ideal_end)
            self.index += 1
            if not self.done:
                self.left = round(self.plan.phases[self.index].duration)


def sim_chain(plan: Plan, loop: Loop) -> Result:
    counter = Counter(plan, 0.0)
    jitter = loop.jitter(2)
    now = 0.0
    while not counter.done:
        now = loop.release(now + 1.0) + jitter()
        counter.tick(now)
    return counter.res


def sim_repeating(plan: Plan, loop: Loop) -> Result:
    counter = Counter(plan, 0.0)
    jitter = loop.jitter(3)
    due = 1.0
    while not counter.done:
        now = loop.release(due) + jitter()
        counter.tick(now)
        due += 1.0
        if due < now:
            due = now + 1.0
    return counter.res


# -- the real event loop --------------------------------------------------------------------------------


def real_run(seed: int, seconds: float, speech: bool = False) -> dict[str, Result]:
    from PySide6.QtCore import QCoreApplication, Qt, QTimer

    from desktop.domain import Routine
    from desktop.qt.session_controller import SessionController
    from desktop.qt.settings import OPTIONS, Settings

    app = QCoreApplication.instance() or QCoreApplication([])
    steps = [  # one round is 29 s
        Step(id="a", title="a", clip="c", hold=4.0, prepare=2.0, sides=Sides.BOTH, rest=2.0),
        Step(id="b", title="b", clip="c", reps=3, rep_seconds=1.0, prepare=2.0, sets=2, rest=1.0),
        Step(id="c", title="c", clip="c", hold=4.0, prepare=1.0),
    ]
    plan = plan_for(seconds, steps, switch_seconds=2.0)
    ends, cues = ideal_times(plan)
    rng = random.Random(seed)
    results = {"engine": Result(), "naive chain": Result(), "naive QTimer(1000)": Result()}

    settings_dir = tempfile.mkdtemp(prefix="supple-bench-")
    settings = Settings(os.path.join(settings_dir, "settings.ini"))
    settings.set(OPTIONS.cue_speech, speech)
    driver = SessionController(settings)
    routine = Routine(id="bench", title="bench", steps=tuple(steps), clips={})
    eng = results["engine"]
    k = 0
    t0 = 0.0

    def hear(e: object) -> None:
        nonlocal k
        now = time.monotonic()
        if isinstance(e, PhaseEnded):
            eng.drift.append(now - (t0 + ends[k]))
            k += 1
        elif isinstance(e, CueDue) and e.kind.startswith("countdown"):
            eng.cue_late.append(now - e.due)

    driver.engineEvent.connect(hear)

    chain = QTimer()
    chain.setSingleShot(True)
    repeating = QTimer()
    repeating.setInterval(1000)
    stall = QTimer()
    stall.setSingleShot(True)
    stall.setTimerType(Qt.TimerType.PreciseTimer)
    counters: dict[str, Counter] = {}

    def on_chain() -> None:
        counters["naive chain"].tick(time.monotonic())
        if not counters["naive chain"].done:
            chain.start(1000)

    def on_repeating() -> None:
        counters["naive QTimer(1000)"].tick(time.monotonic())
        if counters["naive QTimer(1000)"].done:
            repeating.stop()

    def on_stall() -> None:
        r = rng.random()
        time.sleep(
            rng.uniform(0.05, 0.3) if r < 0.6 else rng.uniform(0.3, 0.9) if r < 0.85 else rng.uniform(1, 1.6)
        )
        stall.start(int(rng.expovariate(1 / 2.5) * 1000))

    def finish() -> None:
        if all(c.done for c in counters.values()) and driver.state is SessionState.FINISHED:
            stall.stop()
            app.quit()

    chain.timeout.connect(on_chain)
    repeating.timeout.connect(on_repeating)
    stall.timeout.connect(on_stall)
    poll = QTimer()
    poll.timeout.connect(finish)
    poll.start(200)

    t0 = time.monotonic()
    counters["naive chain"] = Counter(plan, t0)
    counters["naive QTimer(1000)"] = Counter(plan, t0)
    if speech:
        driver.cues.speaker()
    driver.start(routine, plan=plan)
    chain.start(1000)
    repeating.start()
    stall.start(int(rng.expovariate(1 / 2.5) * 1000))
    app.exec()
    poll.stop()
    driver.stop()
    driver.cues.close()
    eng.dropped = len(cues) - len(eng.cue_late)
    for name, counter in counters.items():
        results[name] = counter.res
    return results


# -- report -----------------------------------------------------------------------------------------------


def fmt(seconds: float) -> str:
    ms = seconds * 1000
    if abs(ms) >= 1000:
        return f"{seconds:.2f} s"
    return f"{ms:.1f} ms"


def table(title: str, runs: list[dict[str, Result]]) -> str:
    lines = [
        f"**{title}**",
        "",
        "| method | median drift | p99 drift | max drift | median cue lateness | p99 cue lateness | cues dropped |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for name in runs[0]:
        rs = [r[name] for r in runs]

        def med(f: Callable[[Result], float], rs: list[Result] = rs) -> float:
            return statistics.median(f(r) for r in rs)

        lines.append(
            f"| {name} | {fmt(med(lambda r: statistics.median(r.drift)))} | {fmt(med(lambda r: pct(r.drift, 99)))}"
            f" | {fmt(med(lambda r: max(r.drift)))} | {fmt(med(lambda r: statistics.median(r.cue_late)))}"
            f" | {fmt(med(lambda r: pct(r.cue_late, 99)))} | {med(lambda r: r.dropped):g} |"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=5)
    parser.add_argument("--hours", type=float, default=1.0)
    parser.add_argument("--real-runs", type=int, default=3)
    parser.add_argument("--real-seconds", type=float, default=25.0)
    parser.add_argument("--no-real", action="store_true")
    parser.add_argument("--speech", action="store_true", help="speak the cues in the real runs")
    args = parser.parse_args(argv)

    seconds = args.hours * 3600
    plan = plan_for(seconds, warm_up())
    sim_runs = []
    stalls = []
    for seed in range(1, args.seeds + 1):
        loop = Loop(seed, plan.total_seconds)
        stalls.append((len(loop.starts), loop.stall_seconds(plan.total_seconds)))
        sim_runs.append(
            {
                "engine": sim_engine(plan, loop),
                "naive chain": sim_chain(plan, loop),
                "naive QTimer(1000)": sim_repeating(plan, loop),
            }
        )
    print(
        table(
            f"Simulated: {plan.total_seconds / 60:.0f} min, {len(plan.phases)} phases, "
            f"median {statistics.median(n for n, _ in stalls):.0f} stalls totalling "
            f"{statistics.median(s for _, s in stalls):.0f} s per run, {args.seeds} seeds",
            sim_runs,
        )
    )
    if not args.no_real:
        real = [real_run(seed, args.real_seconds, args.speech) for seed in range(1, args.real_runs + 1)]
        print()
        print(
            table(
                f"Real QTimers: ~{args.real_seconds:.0f} s with random stalls of 0.05-1.6 s, {args.real_runs} runs"
                + (", cues spoken" if args.speech else ""),
                real,
            )
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
