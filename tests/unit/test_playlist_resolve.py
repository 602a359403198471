"""Resolving a playlist into the steps to play: overrides, rounds, blocks, missing items, total time."""

from __future__ import annotations

from pathlib import Path
from types import MappingProxyType

import pytest

from desktop.content import bundled_routine_path, load_routine
from desktop.content.playlist import Block, PlaylistDocument
from desktop.content.playlist_resolve import MAX_PLAY_STEPS, apply_overrides, play_order, resolve_playlist
from desktop.domain import Clip, Playlist, PlaylistItem, Routine, Segment, Side, Sides, Step, StepOverrides
from desktop.engine import build_plan
from desktop.engine.plan import PlanItem

SIDED = Step(
    id="clam",
    title="Clamshell",
    clip="c",
    sides=Sides.BOTH,
    side_segments=MappingProxyType({Side.LEFT: Segment(0, 4), Side.RIGHT: Segment(4, 8)}),
    reps=5,
    rep_seconds=4,
    sets=2,
    rest=10,
    prepare=10,
)
HELD = Step(id="bridge", title="Bridge", clip="c", hold=20, prepare=0)
ROUTINE = Routine(id="hips", title="Hips", steps=(SIDED, HELD), clips={"c": Clip("c", Path("/c.mp4"))})


def lookup(routine_id: str) -> Routine | None:
    return ROUTINE if routine_id == "hips" else None


def doc(*items: PlaylistItem, blocks: tuple[Block, ...] = ()) -> PlaylistDocument:
    return PlaylistDocument(Playlist("p", "P", items), blocks)


# -- overrides


def test_hold_turns_a_paced_step_into_a_held_one() -> None:
    step = apply_overrides(SIDED, StepOverrides(hold=12))
    assert (step.hold, step.reps, step.rep_seconds) == (12, None, None)


def test_reps_keep_the_step_pace_unless_given() -> None:
    assert apply_overrides(SIDED, StepOverrides(reps=3)).rep_seconds == 4
    step = apply_overrides(HELD, StepOverrides(reps=3, rep_seconds=2))
    assert (step.hold, step.reps, step.rep_seconds) == (None, 3, 2)
    assert apply_overrides(SIDED, StepOverrides(rep_seconds=2)).rep_seconds == 2
    assert apply_overrides(HELD, StepOverrides(rep_seconds=2)) == HELD  # no reps to pace


def test_reps_without_any_pace_cannot_apply() -> None:
    with pytest.raises(ValueError, match="rep_seconds"):
        apply_overrides(HELD, StepOverrides(reps=3))


def test_sets_rest_and_mirror_replace_the_step_values() -> None:
    step = apply_overrides(SIDED, StepOverrides(sets=1, rest=0, mirror_side=Side.RIGHT))
    assert (step.sets, step.rest, step.mirror_side) == (1, 0, Side.RIGHT)


def test_sides_keep_the_loops_of_sides_still_worked() -> None:
    left = apply_overrides(SIDED, StepOverrides(sides=Sides.LEFT))
    assert dict(left.side_segments) == {Side.LEFT: Segment(0, 4)}
    assert left.worked_sides == (Side.LEFT,)


def test_a_step_without_sides_loops_the_side_it_worked_first() -> None:
    step = apply_overrides(SIDED, StepOverrides(sides=Sides.NONE))
    assert step.segment_for(Side.NONE) == Segment(0, 4)
    mirrored = Step(id="m", title="M", clip="c", sides=Sides.BOTH, mirror_side=Side.RIGHT, hold=5)
    assert apply_overrides(mirrored, StepOverrides(sides=Sides.LEFT)).mirror_side is None


def test_a_segment_replaces_every_loop_of_the_step() -> None:
    step = apply_overrides(SIDED, StepOverrides(segment=Segment(1, 2)))
    assert step.segment_for(Side.LEFT) == step.segment_for(Side.RIGHT) == Segment(1, 2)


def test_no_overrides_leave_the_step_as_it_is() -> None:
    assert apply_overrides(SIDED, StepOverrides()) == SIDED


# -- order, rounds and blocks


def test_a_whole_routine_plays_every_step_and_its_rounds_repeat_the_routine() -> None:
    resolved = resolve_playlist(doc(PlaylistItem("hips", rounds=2)), lookup)
    assert [s.step.id for s in resolved.steps] == ["clam", "bridge", "clam", "bridge"]
    assert all(s.routine is ROUTINE for s in resolved.steps)


def test_item_rounds_and_blocks_unroll_in_order() -> None:
    items = (
        PlaylistItem("hips", "clam", rounds=2),
        PlaylistItem("hips", "bridge"),
        PlaylistItem("hips", "bridge", StepOverrides(hold=5)),
    )
    d = doc(*items, blocks=(Block(0, 1, 2),))
    assert list(play_order(d)) == [0, 1, 0, 1, 2]
    resolved = resolve_playlist(d, lookup)
    assert [(s.item_index, s.step.id) for s in resolved.steps] == [
        (0, "clam"),
        (0, "clam"),
        (1, "bridge"),
        (0, "clam"),
        (0, "clam"),
        (1, "bridge"),
        (2, "bridge"),
    ]
    assert resolved.steps[-1].step.hold == 5


def test_overrides_apply_to_each_step_of_a_whole_routine_and_speed_is_carried() -> None:
    resolved = resolve_playlist(doc(PlaylistItem("hips", overrides=StepOverrides(sets=1, speed=0.5))), lookup)
    assert [s.step.sets for s in resolved.steps] == [1, 1]
    assert [s.speed for s in resolved.steps] == [0.5, 0.5]
    assert [p.speed for p in resolved.plan_items()] == [0.5, 0.5]


def test_missing_routines_steps_and_impossible_changes_are_marked_not_raised() -> None:
    resolved = resolve_playlist(
        doc(
            PlaylistItem("gone"),
            PlaylistItem("hips", "nope"),
            PlaylistItem("hips", "bridge", StepOverrides(reps=4)),
            PlaylistItem("hips", "bridge"),
        ),
        lookup,
    )
    assert [s.item_index for s in resolved.steps] == [3]
    assert [(m.item_index, m.routine_id, m.step_id) for m in resolved.missing] == [
        (0, "gone", None),
        (1, "hips", "nope"),
        (2, "hips", "bridge"),
    ]
    assert 'routine "gone" is not in the library' in resolved.missing[0].reason
    assert 'has no step "nope"' in resolved.missing[1].reason
    assert "changes cannot be applied" in resolved.missing[2].reason
    assert resolved.missing_rows == {0, 1, 2}


def test_rounds_that_ask_for_too_much_are_cut_short() -> None:
    items = tuple(PlaylistItem("hips", rounds=100) for _ in range(30))
    resolved = resolve_playlist(doc(*items, blocks=(Block(0, 29, 100),)), lookup)
    assert resolved.truncated
    assert len(resolved.steps) <= MAX_PLAY_STEPS


# -- total time


def test_total_follows_the_engine_rules() -> None:
    # The routine format's worked example: 10 + 2 x (2 x 20 + 3 + 10) = 116 s, then a 20 s hold.
    # The rest after the very last step is left out; a 20 s hold with no rest has none anyway.
    resolved = resolve_playlist(doc(PlaylistItem("hips")), lookup)
    assert resolved.total_seconds == 116 + 20
    twice = resolve_playlist(doc(PlaylistItem("hips", "clam", rounds=2)), lookup)
    assert twice.total_seconds == 116 + 116 - 10


def test_total_is_the_plan_total_of_the_unrolled_steps() -> None:
    scorpion = load_routine(bundled_routine_path())
    d = doc(
        PlaylistItem(scorpion.id, scorpion.steps[0].id, StepOverrides(sets=1), rounds=2),
        PlaylistItem(scorpion.id),
        blocks=(Block(0, 1, 2),),
    )
    resolved = resolve_playlist(d, lambda rid: scorpion if rid == scorpion.id else None)
    expected = build_plan([PlanItem(scorpion.id, s.step, s.speed) for s in resolved.steps]).total_seconds
    assert resolved.total_seconds == expected > 0
    assert len(resolved.steps) == 2 * (2 + len(scorpion.steps))


def test_an_empty_or_all_missing_playlist_takes_no_time() -> None:
    assert resolve_playlist(doc(), lookup).total_seconds == 0
    assert resolve_playlist(doc(PlaylistItem("gone")), lookup).total_seconds == 0
