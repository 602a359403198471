"""The read side of history: pages of sessions with filters, days and weeks, feelings, delete and restore."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from desktop.domain import Outcome, SessionRecord, Side
from desktop.paths import DataPaths
from desktop.store import Store, open_store
from desktop.store.history_queries import HistoryFilter

BERLIN = ZoneInfo("Europe/Berlin")
T0 = datetime(2026, 10, 20, 6, 0, tzinfo=UTC)


@pytest.fixture
def store(paths: DataPaths) -> Iterator[Store]:
    with open_store(paths) as s:
        yield s


def add_session(
    store: Store, start: datetime, routine: str | None, steps: int = 3, *, playlist: str | None = None
) -> str:
    sid = store.history.start_session(
        f"title {routine or playlist}", start, routine_id=routine, playlist_id=playlist
    )
    for k in range(steps):
        t = start + timedelta(seconds=40 * k)
        store.history.record_step(
            SessionRecord(
                routine or "x",
                f"s{k}",
                Side.NONE,
                1,
                Outcome.SKIPPED if k == 0 else Outcome.DONE,
                30.0,
                30.0,
                None,
                t,
                t + timedelta(seconds=30),
                session_id=sid,
            )
        )
    return sid


def test_pages_come_newest_first_without_gaps_or_repeats(store: Store) -> None:
    ids = [add_session(store, T0 + timedelta(hours=k), "a" if k % 2 else "b", steps=2) for k in range(25)]
    # Two sessions at the same instant: the id breaks the tie, both are listed once.
    ids.append(add_session(store, T0 + timedelta(hours=24), "b"))
    q = store.history_queries
    seen: list[str] = []
    page = q.page(limit=7)
    while page:
        seen += [s.session.id for s in page]
        page = q.page(after=page[-1], limit=7)
    assert sorted(seen) == sorted(ids) and len(seen) == len(set(seen))
    starts = [store.history.session(i).started_at for i in seen]  # type: ignore[union-attr]
    assert starts == sorted(starts, reverse=True)
    counts = {s.session.id: (s.done, s.skipped, s.seconds) for s in q.page(limit=2)}
    assert counts == {ids[-1]: (2, 1, 90.0), ids[-2]: (1, 1, 60.0)}


def test_filters_by_routine_playlist_and_local_dates(store: Store) -> None:
    add_session(store, datetime(2026, 10, 24, 22, 30, tzinfo=UTC), "a")  # 25 Oct 00:30 in Berlin
    add_session(store, datetime(2026, 10, 25, 12, 0, tzinfo=UTC), "b")
    add_session(store, datetime(2026, 10, 26, 12, 0, tzinfo=UTC), None, playlist="p")
    add_session(store, datetime(2026, 10, 27, 12, 0, tzinfo=UTC), "a")
    q = store.history_queries

    def titles(flt: HistoryFilter) -> list[str]:
        return [s.session.title for s in q.page(flt, zone=BERLIN)]

    assert titles(HistoryFilter(routine_id="a")) == ["title a", "title a"]
    assert titles(HistoryFilter(playlist_id="p")) == ["title p"]
    assert titles(HistoryFilter(since=date(2026, 10, 25), until=date(2026, 10, 25))) == ["title b", "title a"]
    assert titles(HistoryFilter(routine_id="a", until=date(2026, 10, 26))) == ["title a"]
    assert q.count(HistoryFilter(since=date(2026, 10, 26)), BERLIN) == 2
    assert [e.record.step_id for e in q.iter_steps(HistoryFilter(playlist_id="p"))] == ["s0", "s1", "s2"]


def test_days_weeks_and_practised_days_are_local(store: Store) -> None:
    add_session(store, datetime(2026, 10, 24, 22, 30, tzinfo=UTC), "a")  # 25 Oct in Berlin
    add_session(store, datetime(2026, 10, 25, 12, 0, tzinfo=UTC), "b")
    add_session(store, datetime(2026, 11, 2, 12, 0, tzinfo=UTC), "a")
    only_skipped = store.history.start_session("nothing done", datetime(2026, 11, 3, 12, 0, tzinfo=UTC))
    q = store.history_queries
    amounts = q.days(date(2026, 10, 1), BERLIN)
    assert amounts[date(2026, 10, 25)].sessions == 2
    assert amounts[date(2026, 10, 25)].seconds == 180.0
    assert date(2026, 10, 24) not in amounts
    assert q.practised_days(BERLIN) == {date(2026, 10, 25), date(2026, 11, 2)}
    assert only_skipped
    weeks = q.weekly_minutes(date(2026, 11, 4), weeks=3, zone=BERLIN)
    assert [w.week for w in weeks] == [date(2026, 10, 19), date(2026, 10, 26), date(2026, 11, 2)]
    assert weeks[0].per_key == {"a": 1.5, "b": 1.5}  # 25 Oct (a Sunday) belongs to the week of 19 Oct
    assert weeks[1].minutes == 0.0
    assert weeks[2].per_key == {"a": 1.5, "title:nothing done": 0.0}


NOTE = "Левое бедро 🦵🏽 — ألم خفيف في الورك\n" + "שלום " * 2000  # emoji, RTL and 10,000+ characters


def test_feelings_and_a_note_of_any_length_and_script_are_kept_exactly(store: Store) -> None:
    sid = add_session(store, T0, "a")
    add_session(store, T0 + timedelta(days=1), "a")
    store.history_queries.set_feeling(sid, pain=3, effort=7, note=NOTE)
    assert len(NOTE) > 10_000
    [summary] = [s for s in store.history_queries.page() if s.session.id == sid]
    assert summary.session.note == NOTE
    [point] = store.history_queries.feelings()
    assert (point.key, point.pain, point.effort) == ("a", 3, 7)


def test_a_deleted_session_is_put_back_exactly(store: Store, paths: DataPaths) -> None:
    keep = add_session(store, T0, "a")
    sid = add_session(store, T0 + timedelta(hours=1), "b", steps=4)
    store.history_queries.set_feeling(sid, pain=1, effort=2, note=NOTE)
    store.history.end_session(sid, T0 + timedelta(hours=2))

    def dump() -> list[tuple[object, ...]]:
        with sqlite3.connect(paths.database) as conn:
            return (
                conn.execute("SELECT * FROM sessions ORDER BY id").fetchall()
                + conn.execute("SELECT * FROM step_records ORDER BY id").fetchall()
            )

    before = dump()
    deleted = store.history_queries.delete_session(sid)
    assert deleted.id == sid and len(deleted.records) == 4
    assert [s.session.id for s in store.history_queries.page()] == [keep]
    assert store.history.count() == 3
    store.history_queries.restore(deleted)
    assert dump() == before
    with pytest.raises(KeyError):
        store.history_queries.delete_session("no-such-session")


def test_days_and_weeks_across_a_daylight_saving_change_count_each_day_once(store: Store) -> None:
    """Berlin's clocks went forward on Sunday 29 March 2026: 00:30 that night and the next are
    23:30 and 22:30 UTC the evening before. Each is its own local day, in the week it belongs to."""
    for local in (
        datetime(2026, 3, 28, 23, 50, tzinfo=BERLIN),
        datetime(2026, 3, 29, 0, 30, tzinfo=BERLIN),
        datetime(2026, 3, 30, 0, 30, tzinfo=BERLIN),
    ):
        add_session(store, local.astimezone(UTC), "a")
    q = store.history_queries
    days = q.days(date(2026, 3, 1), BERLIN)
    assert sorted(days) == [date(2026, 3, 28), date(2026, 3, 29), date(2026, 3, 30)]
    assert all(a.sessions == 1 for a in days.values())
    weeks = q.weekly_minutes(date(2026, 3, 31), weeks=2, zone=BERLIN)
    assert [(w.week, w.minutes) for w in weeks] == [(date(2026, 3, 23), 3.0), (date(2026, 3, 30), 1.5)]
    only_the_29th = HistoryFilter(since=date(2026, 3, 29), until=date(2026, 3, 29))
    assert [s.session.started_at for s in q.page(only_the_29th, zone=BERLIN)] == [
        datetime(2026, 3, 28, 23, 30, tzinfo=UTC)
    ]
