"""The ladder rule: which steps a level plays, and when to suggest another level (pure, no Qt)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desktop.domain import Routine, Step
from desktop.domain.ladder import (
    Dismissal,
    LevelSession,
    Thresholds,
    effective_level,
    ladder_levels,
    rows_at_level,
    suggest_level,
)

T0 = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
LEVELS = (1, 2, 3, 4, 5)


def _step(step_id: str, level: int | None) -> Step:
    return Step(step_id, step_id.title(), "p1", hold=10, level=level)


LADDER = Routine(
    "ladder",
    "Ladder",
    (_step("warm", None), _step("one", 1), _step("two", 2), _step("three", 3), _step("cool", None)),
)


def _sessions(*feelings: tuple[int | None, int | None]) -> list[LevelSession]:
    """Sessions a day apart, newest first, with (pain, effort)."""
    return [LevelSession(T0 - timedelta(days=n), pain, effort) for n, (pain, effort) in enumerate(feelings)]


def test_levels_are_sorted_and_distinct() -> None:
    routine = Routine("r", "R", (_step("b", 3), _step("a", 1), _step("c", 3), _step("d", None)))

    assert ladder_levels(routine) == (1, 3)
    assert ladder_levels(Routine("plain", "Plain", (_step("x", None),))) == ()


@pytest.mark.parametrize(
    ("level", "rows"),
    [(1, [0, 1, 4]), (2, [0, 1, 2, 4]), (3, [0, 1, 2, 3, 4]), (None, [0, 1, 2, 3, 4])],
)
def test_a_session_works_up_to_the_level_and_keeps_steps_without_one(
    level: int | None, rows: list[int]
) -> None:
    assert rows_at_level(LADDER.steps, level) == rows


@pytest.mark.parametrize(("chosen", "played"), [(None, 3), (2, 2), (9, 3), (0, 1)])
def test_the_effective_level_is_the_chosen_one_within_the_ladder(chosen: int | None, played: int) -> None:
    assert effective_level(LADDER, chosen) == played


def test_a_routine_without_levels_has_no_effective_level() -> None:
    assert effective_level(Routine("p", "P", (_step("x", None),)), 2) is None


def test_three_easy_sessions_suggest_moving_up_to_the_next_level() -> None:
    suggestion = suggest_level(LEVELS, 2, _sessions((1, 4), (0, 5), (2, 3)), [])

    assert suggestion is not None
    assert (suggestion.kind, suggestion.from_level, suggestion.to_level) == ("up", 2, 3)
    assert "level 3" in suggestion.reason


@pytest.mark.parametrize(
    "feelings",
    [
        [(1, 4), (0, 5)],  # too few
        [(1, 4), (3, 5), (2, 3)],  # pain 3 is over 2
        [(1, 4), (0, 7), (2, 3)],  # effort 7 is more than moderate
        [(1, 4), (0, 2), (2, 3)],  # effort 2 is too light
        [(1, 4), (None, 5), (2, 3)],  # not said
        [(1, 4), (0, None), (2, 3)],
    ],
)
def test_no_move_up_without_enough_easy_sessions(feelings: list[tuple[int | None, int | None]]) -> None:
    assert suggest_level(LEVELS, 2, _sessions(*feelings), []) is None


def test_only_the_newest_sessions_count() -> None:
    assert suggest_level(LEVELS, 2, _sessions((1, 4), (0, 5), (2, 3), (9, 9)), []) is not None


def test_the_thresholds_are_the_ones_given() -> None:
    strict = Thresholds(sessions=4, max_pain=0, min_effort=4, max_effort=5)

    assert suggest_level(LEVELS, 2, _sessions((0, 4), (0, 5), (0, 4)), [], strict) is None
    assert suggest_level(LEVELS, 2, _sessions((0, 4), (0, 5), (0, 4), (0, 5)), [], strict) is not None
    assert suggest_level(LEVELS, 2, _sessions((1, 4), (0, 5), (0, 4), (0, 5)), [], strict) is None


def test_a_dismissed_move_up_is_not_suggested_again() -> None:
    dismissed = [Dismissal(T0 - timedelta(days=5), 2, 3)]

    assert suggest_level(LEVELS, 2, _sessions((1, 4), (0, 5), (2, 3), (1, 4)), dismissed) is None


def test_a_dismissal_at_another_level_does_not_silence_this_one() -> None:
    dismissed = [Dismissal(T0, 1, 2)]

    assert suggest_level(LEVELS, 2, _sessions((1, 4), (0, 5), (2, 3)), dismissed) is not None


def test_no_move_up_from_the_top() -> None:
    assert suggest_level(LEVELS, 5, _sessions((1, 4), (0, 5), (2, 3)), []) is None


def test_high_pain_suggests_easing_back_one_level() -> None:
    suggestion = suggest_level(LEVELS, 3, _sessions((6, 5)), [])

    assert suggestion is not None
    assert (suggestion.kind, suggestion.from_level, suggestion.to_level) == ("down", 3, 2)
    assert "Pain was 6 of 10" in suggestion.reason


def test_easing_back_comes_before_moving_up_and_uses_the_high_pain_setting() -> None:
    feelings = _sessions((2, 4), (0, 5), (2, 3))

    assert suggest_level(LEVELS, 3, feelings, [], Thresholds(high_pain=2)).kind == "down"  # type: ignore[union-attr]
    assert suggest_level(LEVELS, 3, _sessions((5, 5)), []) is None


def test_easing_back_dismissed_after_that_session_is_not_repeated_but_a_new_painful_one_is() -> None:
    painful = _sessions((7, 5))
    dismissed = [Dismissal(T0 + timedelta(minutes=30), 3, 2)]

    assert suggest_level(LEVELS, 3, painful, dismissed) is None
    later = [LevelSession(T0 + timedelta(days=1), 8, 5), *painful]
    assert suggest_level(LEVELS, 3, later, dismissed) is not None


def test_no_easing_back_from_the_lowest_level() -> None:
    assert suggest_level(LEVELS, 1, _sessions((9, 5)), []) is None


def test_levels_with_gaps_move_to_the_next_existing_one() -> None:
    up = suggest_level((1, 4, 7), 4, _sessions((0, 4), (0, 4), (0, 4)), [])
    down = suggest_level((1, 4, 7), 4, _sessions((9, 4)), [])

    assert up is not None and up.to_level == 7
    assert down is not None and down.to_level == 1


def test_sessions_without_any_answer_are_passed_over() -> None:
    feelings = _sessions((None, None), (1, 4), (None, None), (0, 5), (2, 3))

    assert suggest_level(LEVELS, 2, feelings, []) is not None
    assert suggest_level(LEVELS, 3, _sessions((None, None), (7, 5)), []) is not None
