"""The level repository: level changes kept in level_events, and the sessions a suggestion weighs."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from desktop.domain.ladder import Suggestion, suggest_level
from desktop.paths import DataPaths, data_paths
from desktop.store import Store, open_store

T0 = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store(clock: Clock) -> Iterator[Store]:
    paths: DataPaths = data_paths().ensure()
    s = open_store(paths, now=clock)
    yield s
    s.close()


def _play(
    store: Store, clock: Clock, level: int, pain: int | None, effort: int | None, rid: str = "r"
) -> None:
    clock.now += timedelta(hours=1)
    sid = store.history.start_session("R", routine_id=rid, level=level)
    store.history.set_feeling(sid, pain=pain, effort=effort, note=None)


def test_no_level_until_one_is_set_then_the_newest_change_counts(store: Store, clock: Clock) -> None:
    assert store.levels.current("r") is None
    store.levels.set_level("r", 2)
    clock.now += timedelta(minutes=1)
    store.levels.set_level("r", 4)

    assert store.levels.current("r") == 4
    assert store.levels.current("other") is None
    assert [(e.kind, e.from_level, e.to_level) for e in store.levels.events("r")] == [
        ("set", None, 2),
        ("set", 2, 4),
    ]


def test_a_dismissal_keeps_the_level_and_an_acceptance_changes_it(store: Store, clock: Clock) -> None:
    store.levels.set_level("r", 2)
    up = Suggestion("up", 2, 3, "")
    clock.now += timedelta(minutes=1)
    store.levels.dismiss("r", up)
    assert store.levels.current("r") == 2
    clock.now += timedelta(minutes=1)
    store.levels.accept("r", up)

    assert store.levels.current("r") == 3
    assert [e.kind for e in store.levels.events("r")] == ["set", "dismissed", "accepted"]


def test_only_sessions_at_the_level_since_it_was_set_are_weighed(store: Store, clock: Clock) -> None:
    _play(store, clock, 2, 9, 9)  # before the level was set
    clock.now += timedelta(hours=1)
    store.levels.set_level("r", 2)
    _play(store, clock, 2, 1, 4)
    _play(store, clock, 1, 0, 5)  # another level
    _play(store, clock, 2, 0, 5, rid="other")  # another routine
    _play(store, clock, 2, 2, 3)

    sessions, dismissed = store.levels.since_level_set("r", 2)

    assert [(s.pain, s.effort) for s in sessions] == [(2, 3), (1, 4)]
    assert dismissed == []


def test_the_stored_sessions_lead_to_a_suggestion_once(store: Store, clock: Clock) -> None:
    store.levels.set_level("r", 2)
    for _ in range(3):
        _play(store, clock, 2, 1, 4)
    suggestion = suggest_level((1, 2, 3), 2, *store.levels.since_level_set("r", 2))
    assert suggestion is not None and suggestion.to_level == 3

    store.levels.dismiss("r", suggestion)
    _play(store, clock, 2, 1, 4)

    assert suggest_level((1, 2, 3), 2, *store.levels.since_level_set("r", 2)) is None


@pytest.mark.parametrize("level", [0, -1, True])
def test_a_level_below_one_is_refused(store: Store, level: int) -> None:
    with pytest.raises(ValueError, match="a level is a whole number from 1"):
        store.levels.set_level("r", level)
