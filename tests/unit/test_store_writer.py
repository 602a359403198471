"""HistoryWriter: every submitted record is committed in order off the caller's thread."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy.exc import IntegrityError

from desktop.domain import Outcome, SessionRecord, Side
from desktop.paths import DataPaths, data_paths
from desktop.store import HistoryWriteError, HistoryWriter, Store, open_store

T0 = datetime(2026, 5, 9, 7, 30, tzinfo=UTC)


def record(session_id: str, n: int) -> SessionRecord:
    start = T0 + timedelta(seconds=30 * n)
    return SessionRecord(
        "hips", f"s{n}", Side.NONE, 1, Outcome.DONE, 30.0, 30.0, None, start, start, session_id
    )


@pytest.fixture
def paths() -> DataPaths:
    return data_paths().ensure()


@pytest.fixture
def store(paths: DataPaths) -> Iterator[Store]:
    s = open_store(paths)
    yield s
    s.close()


def test_records_are_saved_in_order_and_acknowledged_from_the_writer_thread(store: Store) -> None:
    saved: list[int] = []
    threads: set[str] = set()

    def on_saved(record_id: int) -> None:
        saved.append(record_id)
        threads.add(threading.current_thread().name)

    writer = store.history_writer(on_saved=on_saved)
    sid = writer.start_session("Morning", started_at=T0)
    for n in range(25):
        writer.submit(record(sid, n))
    assert writer.flush(timeout=10)
    assert writer.pending == 0
    assert saved == sorted(saved) and len(saved) == 25
    assert [store.history.get(i).record.step_id for i in saved] == [f"s{n}" for n in range(25)]
    assert threads == {"supple-history-writer"}
    writer.end_session(sid, ended_at=T0 + timedelta(hours=1), note="good")
    assert writer.flush(timeout=10)
    session = store.history.session(sid)
    assert session is not None and session.note == "good" and session.title == "Morning"


def test_a_failed_write_reports_the_record_and_the_writer_goes_on(store: Store) -> None:
    errors: list[HistoryWriteError] = []
    saved: list[int] = []
    writer = store.history_writer(on_saved=saved.append, on_error=errors.append)
    orphan = record("no-such-session", 1)
    writer.submit(orphan)
    sid = writer.start_session("after the error")
    writer.submit(record(sid, 2))
    assert writer.flush(timeout=10)
    assert len(errors) == 1
    assert errors[0].item == orphan
    assert isinstance(errors[0].__cause__, IntegrityError)
    assert len(saved) == 1 and store.history.count() == 1
    assert writer.failed_records == 1
    # For the person: what and why, in words; no SQL, parameters or SQLAlchemy's help link.
    assert (
        str(errors[0])
        == "Could not save step s1 (set 1) to history: the record broke one of the database's rules."
    )
    assert "[SQL" in str(errors[0].__cause__) and "sqlalche.me" in str(errors[0].__cause__)


def test_a_callback_that_raises_does_not_stop_the_writer(store: Store) -> None:
    calls: list[int] = []

    def clumsy(record_id: int) -> None:
        calls.append(record_id)
        raise RuntimeError("a bug in the UI code")

    writer = store.history_writer(on_saved=clumsy)
    sid = writer.start_session("s")
    writer.submit(record(sid, 1))
    writer.submit(record(sid, 2))
    assert writer.flush(timeout=10)
    assert len(calls) == 2 and store.history.count() == 2


def test_submit_returns_while_another_process_holds_the_write_lock(paths: DataPaths, store: Store) -> None:
    """The caller never waits for the database: the writer thread does."""
    writer = store.history_writer()
    sid = writer.start_session("s")
    assert writer.flush(timeout=10)
    blocker = sqlite3.connect(paths.database, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        writer.submit(record(sid, 1))  # returns although the lock is taken
        assert writer.pending == 1
        assert not writer.flush(timeout=0.3)
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert writer.flush(timeout=10)
    assert store.history.count() == 1


def test_close_drains_the_queue_and_refuses_more(store: Store) -> None:
    writer = store.history_writer()
    sid = writer.start_session("s")
    for n in range(40):
        writer.submit(record(sid, n))
    assert writer.close(timeout=10)
    assert store.history.count() == 40
    with pytest.raises(RuntimeError, match="closed"):
        writer.submit(record(sid, 99))


def test_closing_the_store_drains_its_writers(paths: DataPaths) -> None:
    store = open_store(paths)
    writer = store.history_writer()
    sid = writer.start_session("s")
    for n in range(30):
        writer.submit(record(sid, n))
    store.close()
    with open_store(paths, read_only=True) as ro:
        assert ro.history.count() == 30


def test_only_a_busy_database_is_worth_retrying(paths: DataPaths, store: Store) -> None:
    from sqlalchemy.exc import OperationalError

    from desktop.store.writer import is_busy

    holder = sqlite3.connect(paths.database, isolation_level=None)
    impatient = sqlite3.connect(paths.database, isolation_level=None, timeout=0)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(sqlite3.OperationalError) as locked:
            impatient.execute("BEGIN IMMEDIATE")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        impatient.close()
    assert is_busy(locked.value)
    assert is_busy(OperationalError("BEGIN IMMEDIATE", {}, locked.value))
    with pytest.raises(IntegrityError) as constraint:
        store.history.record_step(record("no-such-session", 1))
    assert not is_busy(constraint.value)
    assert not is_busy(RuntimeError("database is locked"))


def test_flush_from_a_callback_is_refused_instead_of_hanging(store: Store) -> None:
    errors: list[BaseException] = []
    writers: list[HistoryWriter] = []

    def on_saved(_: int) -> None:
        try:
            writers[0].flush(timeout=1)
        except RuntimeError as exc:
            errors.append(exc)

    writers.append(store.history_writer(on_saved=on_saved))
    sid = writers[0].start_session("s")
    writers[0].submit(record(sid, 1))
    assert writers[0].flush(timeout=10)
    assert len(errors) == 1 and "itself" in str(errors[0])


def test_a_session_is_started_with_what_it_plays_and_its_level(store: Store) -> None:
    writer = store.history_writer()
    routine_session = writer.start_session("Ladder", routine_id="ladder", level=2)
    playlist_session = writer.start_session("Warm-up", playlist_id="warm-up")
    assert writer.flush(10)

    played = {s.id: s for s in store.history.sessions()}

    assert (played[routine_session].routine_id, played[routine_session].level) == ("ladder", 2)
    assert (played[playlist_session].playlist_id, played[playlist_session].routine_id) == ("warm-up", None)
