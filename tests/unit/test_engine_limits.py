"""The session limits: plan sizes by arithmetic, plans refused before they are built, and no
engine operation that walks every rep of a phase."""

from __future__ import annotations

import itertools
from typing import Any

import pytest

from desktop.content.playlist_resolve import MAX_PLAY_STEPS, resolve_playlist
from desktop.domain import Block, Playlist, PlaylistItem, Routine, Sides, Step
from desktop.engine import (
    MAX_PHASES,
    MAX_SESSION_SECONDS,
    CueDue,
    Event,
    FakeClock,
    PlanItem,
    PlanTooLong,
    Session,
    build_plan,
    plan_size,
)
from desktop.engine import plan as plan_module
from desktop.engine import session as session_module


def step(step_id: str = "s", **kw: Any) -> Step:
    if "reps" not in kw:
        kw.setdefault("hold", 10.0)
    kw.setdefault("prepare", 0.0)
    return Step(id=step_id, title=step_id.upper(), clip="clip", **kw)


SHAPES = [
    dict(zip(("sides", "sets", "rest", "prepare"), values, strict=True))
    for values in itertools.product(list(Sides), [1, 3], [0.0, 7.5], [0.0, 5.0])
]


@pytest.mark.parametrize("last", [step("z", hold=4.0), step("z", reps=3, rep_seconds=2.0, rest=9.0)])
@pytest.mark.parametrize("shape", SHAPES, ids=lambda s: "-".join(str(v) for v in s.values()))
def test_plan_size_is_what_build_plan_builds(shape: dict[str, Any], last: Step) -> None:
    items = [
        PlanItem("r", step("a", **shape)),
        PlanItem("r", step("b", reps=5, rep_seconds=1.5, **shape)),
        PlanItem("r", last),
    ]

    plan = build_plan(items)
    size = plan_size(items)

    assert size.phases == len(plan.phases)
    assert size.seconds == pytest.approx(plan.total_seconds)


def test_a_plan_over_the_phase_limit_is_refused_before_it_is_built(monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[object] = []
    real_draft = plan_module._draft_step

    def counting(*args: Any) -> Any:
        built.append(args)
        return real_draft(*args)

    monkeypatch.setattr(plan_module, "_draft_step", counting)
    # 40 million phases, as a 1 MiB file of 13,581 steps of 1000 sets once asked for.
    items = [PlanItem("r", step(f"s{i}", hold=0.5, sets=1000)) for i in range(40)]

    with pytest.raises(
        PlanTooLong, match=r"has 40,000 timed phases .* more than the 10,000 a session may have"
    ):
        build_plan(items)
    assert built == []


def test_a_plan_over_twelve_hours_is_refused() -> None:
    with pytest.raises(
        PlanTooLong, match=r"lasts 12 h \(43,201 s\) in all, more than the 12 h a session may last"
    ):
        build_plan([PlanItem("r", step(hold=3600.0, sets=12)), PlanItem("r", step("t", hold=1.0))])


def test_a_plan_at_the_limits_is_built() -> None:
    plan = build_plan([PlanItem("r", step(f"s{i}", hold=0.5, sets=1000)) for i in range(10)])
    assert len(plan.phases) == MAX_PHASES
    plan = build_plan([PlanItem("r", step(hold=3600.0, sets=12))])
    assert plan.total_seconds == MAX_SESSION_SECONDS


def test_adding_time_to_a_step_of_tiny_reps_plays_a_bounded_number_of_cues(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cues_made = 0
    real_cue = session_module._Cue

    def counting_cue(*args: Any, **kwargs: Any) -> Any:
        nonlocal cues_made
        cues_made += 1
        assert cues_made < 10_000, "the session is listing every rep of the phase"
        return real_cue(*args, **kwargs)

    monkeypatch.setattr(session_module, "_Cue", counting_cue)
    clock = FakeClock()
    # A step built in code (files refuse reps under 0.5 s): 1000 reps of a nanosecond, and a rest.
    plan = build_plan([PlanItem("r", step(reps=1000, rep_seconds=1e-9, rest=5.0))])
    session = Session(plan, clock, wall=clock.wall)
    heard: list[Event] = []
    session.subscribe(heard.append)
    session.start()

    session.add_time()  # 10 s more: ten billion reps of a nanosecond
    for _ in range(40):
        wake = session.next_wake()
        assert wake is not None
        clock.advance_to(max(wake, clock.now() + 0.25))
        session.tick()
    session.pause()
    session.add_time()
    session.resume()
    clock.advance(3.0)
    session.tick()

    rep_cues = [e for e in heard if isinstance(e, CueDue) and e.kind == "rep"]
    assert 0 < len(rep_cues) <= 4 * 42
    assert [c.rep for c in rep_cues] == sorted({c.rep for c in rep_cues})  # each rep at most once
    assert cues_made < 1000


def routine(steps: int, **kw: Any) -> Routine:
    return Routine(id="r", title="R", steps=tuple(step(f"s{i}", **kw) for i in range(steps)))


def test_a_playlist_over_the_limits_is_cut_at_them_and_says_by_how_much() -> None:
    long = routine(10, hold=60.0, sets=10, rest=30.0)  # 2.5 h a round
    doc = Playlist("p", "P", items=(PlaylistItem("r", rounds=100),), blocks=(Block(0, 0, 100),))

    resolved = resolve_playlist(doc, {"r": long}.get)

    assert resolved.truncated
    assert resolved.limit_problem is not None
    assert resolved.limit_problem.startswith("the playlist lasts 1,042 days (89,999,970 s) in all")
    assert resolved.limit_problem.endswith("more than the 12 h a session may last")
    plan = build_plan(resolved.plan_items())  # what plays stays within the limits
    assert len(plan.phases) <= MAX_PHASES and plan.total_seconds <= MAX_SESSION_SECONDS
    assert resolved.total_seconds == pytest.approx(plan.total_seconds)


def test_a_playlist_of_many_short_steps_is_cut_at_the_phase_limit() -> None:
    short = routine(1, hold=0.5, sets=1000)
    doc = Playlist("p", "P", items=(PlaylistItem("r", rounds=40),))

    resolved = resolve_playlist(doc, {"r": short}.get)

    assert resolved.limit_problem is not None and "has 40,000 timed phases" in resolved.limit_problem
    assert len(resolved.steps) == 10
    assert len(build_plan(resolved.plan_items()).phases) == MAX_PHASES


def test_a_playlist_within_the_limits_has_no_problem() -> None:
    doc = Playlist("p", "P", items=(PlaylistItem("r", rounds=3),), blocks=(Block(0, 0, 2),))

    resolved = resolve_playlist(doc, {"r": routine(2)}.get)

    assert (resolved.truncated, resolved.limit_problem, len(resolved.steps)) == (False, None, 12)
    assert len(resolved.steps) < MAX_PLAY_STEPS
