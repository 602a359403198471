"""How steps unroll into phases: every shape of step, and the numbers the session relies on."""

from __future__ import annotations

from types import MappingProxyType
from typing import Any

import pytest

from desktop.domain import Routine, Segment, Side, Sides, Step
from desktop.engine import (
    SWITCH_SECONDS,
    FakeClock,
    Phase,
    PhaseKind,
    Plan,
    PlanItem,
    Session,
    build_plan,
    plan_routine,
)


def step(step_id: str = "s", **kw: Any) -> Step:
    """A step with no prepare, one set, no rest and a 10 s hold unless told otherwise."""
    if "reps" not in kw:
        kw.setdefault("hold", 10.0)
    kw.setdefault("prepare", 0.0)
    return Step(id=step_id, title=step_id.title(), clip="clip", **kw)


def plan_of(*steps: Step, routine_id: str = "r") -> Plan:
    return build_plan(PlanItem(routine_id, s) for s in steps)


def shape(plan: Plan) -> list[str]:
    """kind/side/set/duration of each phase: a compact picture of a plan."""
    return [f"{p.kind.value}/{p.side.value}/{p.set_index}/{p.duration:g}" for p in plan.phases]


# Each case is one step, then another plain step after it, so the rest after the last set shows.
SHAPES: list[tuple[str, dict[str, Any], list[str]]] = [
    ("hold, no sides", {}, ["work/none/1/10"]),
    ("prepare", {"prepare": 5.0}, ["prepare/none/1/5", "work/none/1/10"]),
    ("paced reps", {"reps": 8, "rep_seconds": 2.5}, ["work/none/1/20"]),
    ("left only", {"sides": Sides.LEFT}, ["work/left/1/10"]),
    ("right only", {"sides": Sides.RIGHT}, ["work/right/1/10"]),
    (
        "both sides",
        {"sides": Sides.BOTH, "prepare": 4.0},
        ["prepare/left/1/4", "work/left/1/10", "switch/right/1/3", "work/right/1/10"],
    ),
    (
        "three sets with rest",
        {"sets": 3, "rest": 15.0},
        [
            "work/none/1/10",
            "rest/none/1/15",
            "work/none/2/10",
            "rest/none/2/15",
            "work/none/3/10",
            "rest/none/3/15",
        ],
    ),
    ("three sets without rest", {"sets": 3}, ["work/none/1/10", "work/none/2/10", "work/none/3/10"]),
    (
        "three sets, one side, with rest",
        {"sets": 3, "rest": 5.0, "sides": Sides.RIGHT},
        [
            "work/right/1/10",
            "rest/right/1/5",
            "work/right/2/10",
            "rest/right/2/5",
            "work/right/3/10",
            "rest/right/3/5",
        ],
    ),
    (
        "both sides, two sets, rest, prepare",
        {"sides": Sides.BOTH, "sets": 2, "rest": 20.0, "prepare": 5.0, "hold": 30.0},
        [
            "prepare/left/1/5",
            "work/left/1/30",
            "switch/right/1/3",
            "work/right/1/30",
            "rest/left/1/20",
            "work/left/2/30",
            "switch/right/2/3",
            "work/right/2/30",
            "rest/right/2/20",
        ],
    ),
    (
        # Without a rest the body still has to turn between sets: a switch separates them too.
        "both sides, two sets, no rest",
        {"sides": Sides.BOTH, "sets": 2},
        [
            "work/left/1/10",
            "switch/right/1/3",
            "work/right/1/10",
            "switch/left/2/3",
            "work/left/2/10",
            "switch/right/2/3",
            "work/right/2/10",
        ],
    ),
]


@pytest.mark.parametrize(("kw", "expected"), [(kw, e) for _, kw, e in SHAPES], ids=[n for n, _, _ in SHAPES])
def test_a_step_unrolls_into_its_phases(kw: dict[str, Any], expected: list[str]) -> None:
    plan = plan_of(step("a", **kw), step("b"))
    assert shape(plan)[: len(expected)] == expected
    assert shape(plan)[len(expected) :] == ["work/none/1/10"]
    assert plan.step_ranges == (range(0, len(expected)), range(len(expected), len(expected) + 1))


@pytest.mark.parametrize(("kw", "expected"), [(kw, e) for _, kw, e in SHAPES], ids=[n for n, _, _ in SHAPES])
def test_no_rest_ends_the_session(kw: dict[str, Any], expected: list[str]) -> None:
    plan = plan_of(step("a", **kw))
    without_final_rest = expected[:-1] if expected[-1].startswith("rest") else expected
    assert shape(plan) == without_final_rest
    assert plan.phases[-1].kind is not PhaseKind.REST


def test_indices_steps_and_routines_are_carried() -> None:
    r1 = Routine("r1", "One", (step("a", sides=Sides.BOTH, prepare=3.0),))
    r2 = Routine("r2", "Two", (step("b", reps=4, rep_seconds=1.5, sets=2, rest=5.0),))
    plan = build_plan([PlanItem.of(r1, r1.steps[0]), PlanItem.of(r2, r2.steps[0], speed=0.5)])
    assert [p.index for p in plan.phases] == list(range(len(plan.phases)))
    assert [p.step_index for p in plan.phases] == [0, 0, 0, 0, 1, 1, 1]
    assert [p.routine_id for p in plan.phases] == ["r1"] * 4 + ["r2"] * 3
    assert all(p.step is r1.steps[0] for p in plan.phases[:4])
    assert [p.speed for p in plan.phases] == [1.0] * 4 + [0.5] * 3
    assert plan.step_count == 2
    assert plan.first_phase(1).index == 4
    assert plan.step_phases(1) == plan.phases[4:]


def test_labels_in_words() -> None:
    plan = plan_of(step("a", sides=Sides.BOTH, prepare=5.0, sets=2, rest=10.0), step("b"))
    assert [p.label for p in plan.phases] == [
        "Get ready",
        "Left",
        "Switch sides",
        "Right",
        "Rest",
        "Left",
        "Switch sides",
        "Right",
        "Rest",
        "Work",
    ]


def test_paced_reps_are_known_to_work_phases_only() -> None:
    plan = plan_of(step("a", reps=10, rep_seconds=3.0, prepare=5.0, sets=2, rest=30.0), step("b"))
    work = [p for p in plan.phases if p.is_work]
    assert [(p.reps, p.rep_seconds, p.duration) for p in work[:2]] == [(10, 3.0, 30.0), (10, 3.0, 30.0)]
    assert [(p.reps, p.rep_seconds) for p in plan.phases if not p.is_work] == [(None, None)] * 3
    assert (work[2].reps, work[2].rep_seconds) == (None, None)  # step b is a hold


def test_side_segments_and_mirror() -> None:
    whole = Segment(0.0, 8.0)
    left = Segment(1.0, 3.0)
    s = step(
        "a",
        sides=Sides.BOTH,
        prepare=5.0,
        sets=2,
        rest=10.0,
        segment=whole,
        side_segments=MappingProxyType({Side.LEFT: left}),
        mirror_side=Side.RIGHT,
    )
    plan = plan_of(s, step("b"))
    got = [(p.kind.value, p.side.value, p.segment, p.mirrored) for p in plan.phases[:9]]
    assert got == [
        ("prepare", "left", left, False),  # shows the work it leads into
        ("work", "left", left, False),
        ("switch", "right", whole, True),
        ("work", "right", whole, True),
        ("rest", "left", left, False),  # between sets: the next set's first side
        ("work", "left", left, False),
        ("switch", "right", whole, True),
        ("work", "right", whole, True),
        ("rest", "right", whole, True),  # after the last set: the side last worked
    ]
    assert plan.phases[9].segment is None and plan.phases[9].mirrored is False


def test_cue_lines_go_with_work_and_prepare() -> None:
    plan = plan_of(
        step("a", cues=("Breathe", "Long spine"), sides=Sides.BOTH, prepare=5.0, rest=5.0), step("b")
    )
    assert [(p.kind.value, p.cues) for p in plan.phases[:5]] == [
        ("prepare", ("Breathe", "Long spine")),
        ("work", ("Breathe", "Long spine")),
        ("switch", ()),
        ("work", ("Breathe", "Long spine")),
        ("rest", ()),
    ]


def test_which_phases_count_down() -> None:
    plan = plan_of(
        step("a", sides=Sides.BOTH, prepare=5.0, sets=2, rest=10.0),
        step("b", prepare=5.0, rest=10.0),  # its rest leads into c, which has no "get ready"
        step("c"),
    )
    got = [(p.kind.value, p.step_index, p.countdown) for p in plan.phases]
    assert got == [
        ("prepare", 0, True),
        ("work", 0, True),
        ("switch", 0, False),
        ("work", 0, True),
        ("rest", 0, True),  # between sets: work follows
        ("work", 0, True),
        ("switch", 0, False),
        ("work", 0, True),
        ("rest", 0, False),  # b's "get ready" has its own countdown
        ("prepare", 1, True),
        ("work", 1, True),
        ("rest", 1, True),
        ("work", 2, True),
    ]


def test_totals_and_time_after_each_phase() -> None:
    plan = plan_of(step("a", prepare=5.0, sides=Sides.BOTH, rest=20.0), step("b", hold=7.5))
    durations = [p.duration for p in plan.phases]
    assert durations == [5.0, 10.0, SWITCH_SECONDS, 10.0, 20.0, 7.5]
    assert plan.total_seconds == sum(durations) == 55.5
    assert plan.seconds_after == (50.5, 40.5, 37.5, 27.5, 7.5, 0.0)


def test_switch_length_can_be_chosen() -> None:
    plan = build_plan([PlanItem("r", step("a", sides=Sides.BOTH))], switch_seconds=0.5)
    assert shape(plan) == ["work/left/1/10", "switch/right/1/0.5", "work/right/1/10"]


def test_a_routine_plays_every_step_in_order() -> None:
    routine = Routine("warm", "Warm-up", (step("a", prepare=3.0), step("b", sides=Sides.LEFT)))
    assert plan_routine(routine, speed=0.75) == build_plan(
        [PlanItem.of(routine, routine.steps[0], 0.75), PlanItem.of(routine, routine.steps[1], 0.75)]
    )


@pytest.mark.parametrize(
    ("item", "message"),
    [
        (PlanItem("r", step("a", sets=0)), "at least one set"),
        (PlanItem("r", step("a", hold=0.0)), "work time above 0"),
        (PlanItem("r", step("a", reps=3, rep_seconds=0.0)), "rep_seconds above 0"),
        (PlanItem("r", step("a", rest=-1.0)), "negative"),
        (PlanItem("r", step("a"), speed=0.0), "speed above 0"),
    ],
)
def test_untimeable_steps_are_refused(item: PlanItem, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        build_plan([PlanItem("r", step("ok")), item])


def test_an_empty_plan_cannot_be_played() -> None:
    plan = build_plan([])
    assert plan.total_seconds == 0.0 and plan.phases == ()
    with pytest.raises(ValueError, match="at least one step"):
        Session(plan, FakeClock())


@pytest.mark.parametrize(
    ("elapsed", "total", "rep"),
    [
        (0.0, None, 1),
        (2.999, None, 1),
        (3.0, None, 2),
        (29.9, None, 10),
        (30.0, None, 10),  # the end of the last rep is still the last rep
        (35.0, 40.0, 12),  # added time means more reps
        (39.99, 40.0, 14),
    ],
)
def test_the_rep_being_done(elapsed: float, total: float | None, rep: int) -> None:
    phase = plan_of(step("a", reps=10, rep_seconds=3.0)).phases[0]
    assert phase.rep_at(elapsed, total) == rep


def test_reps_done_in_a_time() -> None:
    phase: Phase = plan_of(step("a", reps=10, rep_seconds=0.1)).phases[0]
    # 10 * 0.1 is 0.9999999999999999 in floating point: still ten whole reps.
    assert phase.reps_in(sum([0.1] * 10)) == 10
    assert phase.reps_in(0.35) == 3
    assert phase.reps_in(0.0) == 0
    assert plan_of(step("b")).phases[0].reps_in(5.0) is None


def test_a_countdown_before_a_rest_can_be_left_out() -> None:
    from desktop.domain import Step
    from desktop.engine import PhaseKind, PlanItem, build_plan

    step = Step(id="s", title="S", clip="c", hold=10, sets=2, rest=5, prepare=0)
    with_it = build_plan([PlanItem("r", step)])
    without = build_plan([PlanItem("r", step)], countdown_before_rest=False)
    assert [p.countdown for p in with_it.phases] == [True, True, True]
    assert [(p.kind, p.countdown) for p in without.phases] == [
        (PhaseKind.WORK, False), (PhaseKind.REST, True), (PhaseKind.WORK, True)
    ]  # fmt: skip
