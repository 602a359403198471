"""Damaged databases: set aside, newest good backup restored, rows salvaged, and a report."""

from __future__ import annotations

import os
import random
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy.exc import DatabaseError

from desktop.domain import Outcome, Routine, SessionRecord, Side, Step
from desktop.paths import DataPaths, data_paths
from desktop.store import Origin, open_store
from desktop.store.backup import list_backups
from desktop.store.recovery import PLACEHOLDER_SESSION_TITLE
from desktop.store.store import CHECK_FLAG_NAME, MARKER_NAME

DAY1 = datetime(2026, 5, 9, 8, 0, tzinfo=UTC)


class Clock:
    def __init__(self, t: datetime) -> None:
        self.t = t

    def __call__(self) -> datetime:
        return self.t

    def advance(self, **delta: float) -> None:
        self.t += timedelta(**delta)


@dataclass
class History:
    clock: Clock
    backed_up: set[str]  # step ids in the backup
    everything: set[str]  # step ids in the database before it was damaged


@pytest.fixture
def paths() -> DataPaths:
    return data_paths().ensure()


def write_session(paths: DataPaths, clock: Clock, name: str, records: int) -> set[str]:
    with open_store(paths, now=clock) as store:
        store.library.add(Routine(name, name, (Step("a", "A", "c", hold=1.0),)), Origin.IMPORTED)
        store.favourites.add(name)
        sid = store.history.start_session(name)
        for n in range(records):
            t = clock() + timedelta(seconds=n)
            store.history.record_step(
                SessionRecord(name, f"{name}-{n}", Side.NONE, 1, Outcome.DONE, 30, 30, None, t, t, sid)
            )
        store.history.end_session(sid)
    return {f"{name}-{n}" for n in range(records)}


def history(paths: DataPaths, *, backup: bool = True) -> History:
    """Session "one" (5 records) is in the daily backup; session "two" (3 records) came after it."""
    clock = Clock(DAY1)
    one = write_session(paths, clock, "one", 5)
    if not backup:
        return History(clock, set(), one)
    clock.advance(hours=1)
    two = write_session(paths, clock, "two", 3)  # start-up backed up "one" first
    assert len(list_backups(paths.backups)) == 1
    clock.advance(hours=1)
    return History(clock, one, one | two)


def step_ids(db: Path) -> set[str]:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return {r[0] for r in conn.execute("SELECT step_id FROM step_records")}
    finally:
        conn.close()


def corrupt_page(db: Path, object_name: str) -> None:
    conn = sqlite3.connect(db)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (object_name,)).fetchone()[0]
    conn.close()
    with db.open("r+b") as f:
        f.seek((root - 1) * page_size)
        f.write(b"\xff" * page_size)


def random_bytes(db: Path) -> None:
    db.write_bytes(os.urandom(db.stat().st_size))


def truncate_half(db: Path) -> None:
    with db.open("r+b") as f:
        f.truncate(db.stat().st_size // 2)


def zero_length_with_wal(db: Path) -> None:
    db.write_bytes(b"")
    Path(f"{db}-wal").write_bytes(os.urandom(8192))


DAMAGE = {
    "random bytes": (random_bytes, "not a database"),
    "truncated to half": (truncate_half, "truncated"),
    "zero length with a -wal": (zero_length_with_wal, "empty but its write-ahead log"),
}


@pytest.mark.parametrize("kind", list(DAMAGE))
def test_a_damaged_file_is_set_aside_and_the_backup_restored(paths: DataPaths, kind: str) -> None:
    h = history(paths)
    damage, problem = DAMAGE[kind]
    damage(paths.database)
    damaged_bytes = paths.database.read_bytes()
    backup = list_backups(paths.backups)[0]

    with open_store(paths, now=h.clock) as store:
        report = store.recovery
        assert report is not None
        assert problem in report.problem
        assert report.backup == backup and not report.fresh_start
        recovered = {e.record.step_id for e in store.history.entries()}
        assert h.backed_up <= recovered <= h.everything  # nothing invented, nothing of the backup lost
        assert report.step_records == len(recovered) == 5 + report.salvaged_step_records
        assert report.sessions == store.history.count_sessions()
        assert "was restored" in report.message and "not recovered" in report.message
        # the store works straight away
        store.history.record_step(
            SessionRecord(
                "one",
                "after",
                Side.NONE,
                1,
                Outcome.DONE,
                1,
                1,
                None,
                h.clock(),
                h.clock(),
                store.history.sessions()[0].id,
            )
        )

    assert report.damaged_copy is not None
    assert report.damaged_copy.name.startswith("supple.sqlite3.corrupt-")
    assert report.damaged_copy.read_bytes() == damaged_bytes
    if kind == "zero length with a -wal":
        assert Path(f"{report.damaged_copy}-wal").stat().st_size == 8192  # kept, not deleted by SQLite
    assert "after" in step_ids(paths.database)


def test_random_bytes_leave_nothing_to_salvage(paths: DataPaths) -> None:
    h = history(paths)
    random_bytes(paths.database)
    with open_store(paths, now=h.clock) as store:
        assert store.recovery is not None
        assert (
            store.recovery.salvaged_step_records == 0
            and "nothing could be read" in store.recovery.salvage_note
        )
        assert {e.record.step_id for e in store.history.entries()} == h.backed_up


def test_a_failed_integrity_check_after_a_crash_restores_and_salvages_everything_readable(
    paths: DataPaths,
) -> None:
    """An index page is destroyed; the tables still read, so nothing recorded after the backup is lost."""
    h = history(paths)
    corrupt_page(paths.database, "ix_step_records_started_at")
    (paths.root / MARKER_NAME).write_text("1 killed")  # what a crash leaves behind

    with open_store(paths, now=h.clock) as store:
        report = store.recovery
        assert report is not None and "integrity check failed" in report.problem
        assert {e.record.step_id for e in store.history.entries()} == h.everything
        assert report.salvaged_step_records == 3 and report.salvaged_sessions == 1
        assert report.step_records == 8 and report.sessions == 2
        assert "3 step records and 1 session were read back" in report.message
        assert {s.title for s in store.history.sessions()} == {"one", "two"}
        assert all(s.ended_at is not None for s in store.history.sessions())
        assert store.favourites.contains("two")  # a favourite added after the backup came back too
    step_ids(paths.database)  # integrity ok


def test_no_good_backup_means_a_fresh_database_that_says_so(paths: DataPaths) -> None:
    h = history(paths, backup=False)
    corrupt_page(paths.database, "ix_step_records_started_at")
    (paths.root / MARKER_NAME).write_text("1 killed")
    with open_store(paths, now=h.clock) as store:
        report = store.recovery
        assert report is not None and report.fresh_start and report.backup is None
        assert "No good backup was found" in report.message
        # salvage still read every record out of the damaged file
        assert {e.record.step_id for e in store.history.entries()} == h.everything
    assert list_backups(paths.backups)  # the recovered database was backed up at once


def test_no_backup_and_nothing_readable_starts_empty(paths: DataPaths) -> None:
    h = history(paths, backup=False)
    for b in list_backups(paths.backups):
        b.path.unlink()
    random_bytes(paths.database)
    with open_store(paths, now=h.clock) as store:
        assert store.recovery is not None and store.recovery.fresh_start
        assert store.history.count() == 0 and store.recovery.step_records == 0
        assert "started a fresh database" in store.recovery.message


def test_a_bad_newest_backup_is_skipped_for_an_older_good_one(paths: DataPaths) -> None:
    h = history(paths)
    older = list_backups(paths.backups)[0]
    h.clock.advance(days=1)
    write_session(paths, h.clock, "three", 2)  # start-up made a second daily backup
    newest = list_backups(paths.backups)[0]
    assert newest != older
    random_bytes(newest.path)
    random_bytes(paths.database)
    with open_store(paths, now=h.clock) as store:
        assert store.recovery is not None and store.recovery.backup == older


def test_garbage_in_the_wal_is_ignored_and_loses_nothing(paths: DataPaths) -> None:
    h = history(paths)
    Path(f"{paths.database}-wal").write_bytes(os.urandom(64 * 1024))
    with open_store(paths, now=h.clock) as store:
        assert store.recovery is None
        assert {e.record.step_id for e in store.history.entries()} == h.everything
    assert step_ids(paths.database) == h.everything


def test_damage_met_while_running_is_checked_at_the_next_start(paths: DataPaths) -> None:
    h = history(paths)
    with open_store(paths, now=h.clock) as store:
        assert store.recovery is None
        corrupt_page(paths.database, "ix_step_records_started_at")  # damaged while running
        with pytest.raises(DatabaseError):
            store.history.entries(limit=10)  # walks the damaged index
        assert (paths.root / CHECK_FLAG_NAME).exists()
    with open_store(paths, now=h.clock) as store:
        assert store.recovery is not None
        assert {e.record.step_id for e in store.history.entries()} == h.everything
    assert not (paths.root / CHECK_FLAG_NAME).exists()


def test_records_whose_session_is_unreadable_get_a_placeholder_session(paths: DataPaths) -> None:
    h = history(paths)
    corrupt_page(paths.database, "sessions")
    (paths.root / MARKER_NAME).write_text("1 killed")
    with open_store(paths, now=h.clock) as store:
        assert store.recovery is not None
        assert {e.record.step_id for e in store.history.entries()} == h.everything
        titles = {e.record.step_id: e.session_title for e in store.history.entries()}
        assert {titles[f"two-{n}"] for n in range(3)} == {PLACEHOLDER_SESSION_TITLE}
        assert titles["one-0"] == "one"


# -- damage after a clean shutdown, and a schema that lacks what the models need -----------------


def overwrite_middle_page(db: Path, fill: Callable[[int], bytes]) -> None:
    """Write `fill(page_size)` over a page in the middle of the file; the header stays intact."""
    conn = sqlite3.connect(db)
    page_size, pages = (
        conn.execute("PRAGMA page_size").fetchone()[0],
        conn.execute("PRAGMA page_count").fetchone()[0],
    )
    conn.close()
    with db.open("r+b") as f:
        f.seek((pages // 2) * page_size)
        f.write(fill(page_size))


def zero_middle_page(db: Path) -> None:
    """A page in the middle of the file, all zeros (as a failed disk write can leave it)."""
    overwrite_middle_page(db, bytes)


def random_middle_page(db: Path) -> None:
    """Random bytes over a page in the middle of the file."""
    overwrite_middle_page(db, random.Random(12).randbytes)


@pytest.mark.parametrize(
    "damage", [zero_middle_page, random_middle_page], ids=["zeroed page", "random bytes"]
)
def test_damage_after_a_clean_shutdown_is_recovered_at_the_next_open(
    paths: DataPaths, damage: Callable[[Path], None]
) -> None:
    h = history(paths)
    assert not (paths.root / MARKER_NAME).exists() and not (paths.root / CHECK_FLAG_NAME).exists()
    assert not Path(f"{paths.database}-wal").exists()  # closed cleanly: everything is in the file
    damage(paths.database)
    damaged_bytes = paths.database.read_bytes()
    backup = list_backups(paths.backups)[0]

    with open_store(paths, now=h.clock) as store:
        report = store.recovery
        assert report is not None and "integrity check failed" in report.problem
        assert "\n" not in report.message and "***" not in report.message
        assert report.backup == backup
        recovered = {e.record.step_id for e in store.history.entries()}
        assert h.backed_up <= recovered <= h.everything
        assert report.damaged_copy is not None and report.damaged_copy.read_bytes() == damaged_bytes
        sid = store.history.sessions()[0].id
        store.history.record_step(
            SessionRecord("one", "after", Side.NONE, 1, Outcome.DONE, 1, 1, None, h.clock(), h.clock(), sid)
        )
    assert step_ids(paths.database) == recovered | {"after"}  # integrity ok, the new record in it


def drop_table(db: Path, table: str) -> None:
    conn = sqlite3.connect(db)
    with conn:
        conn.execute(f"DROP TABLE {table}")
    conn.close()


def drop_column(db: Path, table: str, column: str) -> None:
    conn = sqlite3.connect(db)
    with conn:
        conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    conn.close()


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda db: drop_table(db, "step_records"), "the table step_records is missing"),
        (lambda db: drop_column(db, "sessions", "note"), "the column sessions.note is missing"),
    ],
    ids=["table", "column"],
)
def test_a_schema_that_lacks_what_the_models_need_is_restored_from_the_backup(
    paths: DataPaths, change: Callable[[Path], None], problem: str
) -> None:
    h = history(paths)
    change(paths.database)
    backup = list_backups(paths.backups)[0]
    with open_store(paths, now=h.clock) as store:
        report = store.recovery
        assert report is not None and report.problem == problem
        assert report.backup == backup
        assert h.backed_up <= {e.record.step_id for e in store.history.entries()} <= h.everything
        assert store.history.sessions()[0].note is None  # the column is back
    assert report.damaged_copy is not None and report.damaged_copy.exists()


def test_a_backup_that_lacks_a_table_is_not_restored(paths: DataPaths) -> None:
    h = history(paths)
    older = list_backups(paths.backups)[0]
    h.clock.advance(days=1)
    write_session(paths, h.clock, "three", 2)  # start-up made a second daily backup
    newest = list_backups(paths.backups)[0]
    drop_table(newest.path, "favourites")
    random_bytes(paths.database)
    with open_store(paths, now=h.clock) as store:
        assert store.recovery is not None and store.recovery.backup == older
