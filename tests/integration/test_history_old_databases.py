"""A database from before sessions recorded what they played (revisions 0001-0003) shows its
sessions in the history view's queries and in `supple history --sessions`, read-only or upgraded."""

from __future__ import annotations

import io
import json
import sqlite3

import pytest

from desktop.paths import DataPaths
from desktop.store import migrate, open_store, print_history
from desktop.store.history_queries import HistoryFilter
from tests.integration.test_store_migrations import NOTE_BY_REVISION, ROWS_BY_REVISION

# Revisions from before 0004, which added what a session played and how it felt.
OLD = sorted(r for r in ROWS_BY_REVISION if r < "0004")


def old_database(paths: DataPaths, revision: str) -> None:
    paths.ensure()
    migrate.upgrade(paths.database, revision)
    conn = sqlite3.connect(paths.database)
    conn.executescript(ROWS_BY_REVISION[revision])
    conn.close()


@pytest.mark.parametrize("revision", OLD)
def test_an_old_database_read_only_lists_its_sessions(paths: DataPaths, revision: str) -> None:
    old_database(paths, revision)
    with open_store(paths, read_only=True) as store:
        [summary] = store.history_queries.page()
        assert (summary.session.title, summary.done, summary.skipped) == ("Open hips", 1, 1)
        assert summary.session.note == NOTE_BY_REVISION[revision]
        assert summary.session.routine_id is None and summary.session.pain is None
        assert store.history_queries.page(HistoryFilter(routine_id="hips")) == []  # not recorded yet
        assert len(store.history_queries.practised_days()) == 1
        # What the history view reads besides the list works on the older columns too.
        assert store.history_queries.titles() == {"title:Open hips": "Open hips"}
        assert store.history_queries.feelings_of_one() == (None, [])
        started = summary.session.started_at
        assert store.history_queries.weekly_minutes(started.date(), weeks=1)[0].minutes > 0
        assert [a.sessions for a in store.history_queries.days(started.date()).values()] == [1]
    out = io.StringIO()
    assert print_history(paths, "json", out, io.StringIO(), sessions=True) == 0
    [row] = json.loads(out.getvalue())
    assert (row["title"], row["steps_done"], row["seconds"]) == ("Open hips", 1, 34.5)


@pytest.mark.parametrize("revision", OLD)
def test_an_old_database_opened_to_write_shows_its_sessions_with_the_routine_derived(
    paths: DataPaths, revision: str
) -> None:
    old_database(paths, revision)
    with open_store(paths) as store:
        [summary] = store.history_queries.page(HistoryFilter(routine_id="hips"))
        assert (summary.session.id, summary.done, summary.skipped) == ("s-1", 1, 1)
        weeks = store.history_queries.weekly_minutes(summary.session.started_at.date(), weeks=1)
        assert weeks[0].per_key == {"hips": pytest.approx(34.5 / 60)}
