"""The spoken coaching schedule: what a session says, and when, on the fake clock."""

from __future__ import annotations

import pytest

from desktop.domain import Side, Sides, Step
from desktop.engine import CueDue, Event, FakeClock, PlanItem, Session, build_plan
from desktop.engine.coaching import HALFWAY_SECONDS, Coach, Line, Said, english, spoken_duration

T0 = 1000.0


def run(*steps: Step, rep_every: int = 1, until: float | None = None, **kw) -> tuple[list[Line], list[Event]]:
    """Play `steps` to the end (or to T0 + until), waking at every next_wake(); every line and event."""
    clock = FakeClock(T0)
    plan = build_plan((PlanItem("r", s) for s in steps), switch_seconds=2.0)
    session = Session(plan, clock, wall=clock.wall, halfway_seconds=HALFWAY_SECONDS, **kw)
    coach = Coach(plan, rep_every=rep_every)
    lines: list[Line] = []
    events: list[Event] = []

    def hear(event: Event) -> None:
        events.append(event)
        lines.extend(coach.lines(event, clock.now()))

    session.subscribe(hear)
    session.start()
    while (wake := session.next_wake()) is not None and (until is None or wake <= T0 + until):
        clock.advance_to(wake)
        session.tick()
    if until is not None:
        clock.advance_to(T0 + until)
        session.end()
    return lines, events


def said(lines: list[Line]) -> list[tuple[str, float]]:
    """The lines in English words, with their due times from the start."""
    return [(english(line.said), line.due - T0) for line in lines]


HIPS = Step(id="hips", title="Hips at 90", clip="c", hold=6, sides=Sides.BOTH, prepare=4,
            cues=("Keep the back flat", "Breathe"), rest=5)  # fmt: skip
FOOT = Step(id="foot", title="Foot to the floor", clip="c", reps=10, rep_seconds=1.0, prepare=0)


def test_a_two_sided_hold_then_a_paced_step() -> None:
    lines, _ = run(HIPS, FOOT)
    assert said(lines) == [
        ("Hips at 90, left side. Keep the back flat.", 0),
        ("Three", 1), ("Two", 2), ("One", 3),  # get ready
        ("Three", 7), ("Two", 8), ("One", 9),  # left
        ("Switch sides.", 10),
        ("Three", 15), ("Two", 16), ("One", 17),  # right
        ("Rest. Next: Foot to the floor.", 18),
        ("Three", 20), ("Two", 21), ("One", 22),  # rest into the paced step
        ("Foot to the floor.", 23),
        *[(str(rep), 23 + rep - 1) for rep in range(2, 8)],
        ("Three", 30), ("8", 30), ("Two", 31), ("9", 31), ("One", 32), ("10", 32),
        ("Well done. Session complete: 2 of 2 steps done, 22 seconds of work.", 33),
    ]  # fmt: skip


def test_counting_every_fifth_rep_keeps_the_other_reps_as_sounds() -> None:
    lines, events = run(FOOT, rep_every=5)
    assert [text for text, _ in said(lines) if text.isdigit()] == ["5", "10"]
    coach = Coach(build_plan([PlanItem("r", FOOT)]), rep_every=5)
    reps = [e for e in events if isinstance(e, CueDue) and e.kind == "rep"]
    assert [e.rep for e in reps if coach.speaks(e)] == [5, 10]
    assert all(coach.speaks(e) for e in events if isinstance(e, CueDue) and e.kind != "rep")


def test_halfway_in_a_long_hold_only() -> None:
    long = Step(id="long", title="Long", clip="c", hold=HALFWAY_SECONDS + 10, prepare=0)
    short = Step(id="short", title="Short", clip="c", hold=HALFWAY_SECONDS - 1, prepare=0)
    lines, _ = run(long, short)
    assert [due for text, due in said(lines) if text == "Halfway"] == [(HALFWAY_SECONDS + 10) / 2]


def test_a_session_without_halfway_seconds_gives_no_halfway_cue() -> None:
    clock = FakeClock(T0)
    long = Step(id="long", title="Long", clip="c", hold=60, prepare=0)
    session = Session(build_plan([PlanItem("r", long)]), clock)
    kinds: list[str] = []
    session.subscribe(lambda e: kinds.append(e.kind) if isinstance(e, CueDue) else None)
    session.start()
    while (wake := session.next_wake()) is not None:
        clock.advance_to(wake)
        session.tick()
    assert "halfway" not in kinds and "countdown-1" in kinds


def test_the_routines_speak_line_replaces_the_title_and_the_side_is_still_said() -> None:
    spoken = Step(id="s", title="Hips at 90", clip="c", hold=4, sides=Sides.BOTH, prepare=0,
                  speak="Lie on your back, hips and knees at ninety degrees", cues=("Relax",))  # fmt: skip
    lines, _ = run(spoken)
    assert said(lines)[0] == ("Lie on your back, hips and knees at ninety degrees. Left side. Relax.", 0)


def test_ending_early_says_so_with_what_was_done() -> None:
    lines, _ = run(HIPS, FOOT, until=13)  # the left side done (6 s), 1 s of the right
    assert said(lines)[-1] == ("Session ended: 0 of 2 steps done, 7 seconds of work.", 13)


def test_rest_between_sets_names_the_next_set() -> None:
    sets = Step(id="s", title="Bridge", clip="c", hold=4, sets=2, rest=5, prepare=0)
    lines, _ = run(sets)
    assert ("Rest. Next: set 2 of 2.", 4) in said(lines)


def test_lines_carry_codes_and_values_not_words() -> None:
    lines, _ = run(HIPS, FOOT, rep_every=5)
    codes = [line.said for line in lines]
    assert codes[0] == Said("step", title="Hips at 90", side=Side.LEFT, cue="Keep the back flat")
    assert codes[1] == Said("count", n=3)
    assert Said("switch") in codes and Said("rep", n=5) in codes
    rest = next(s for s in codes if s.kind == "rest")
    assert rest.next is not None and rest.next.step.title == "Foot to the floor"
    assert codes[-1] == Said("summary", done=2, total=2, seconds=22, ended_early=False)


@pytest.mark.parametrize(
    ("seconds", "words"),
    [(1, "1 second"), (45, "45 seconds"), (60, "1 minute"), (770, "13 minutes"), (3900, "1 hour 5 minutes"),
     (7200, "2 hours")],
)  # fmt: skip
def test_spoken_duration(seconds: float, words: str) -> None:
    assert spoken_duration(seconds) == words
