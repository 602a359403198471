"""Backups: made with the backup API, verified, at most daily and before upgrades, rotated."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.domain import Outcome, SessionRecord, Side
from desktop.paths import DataPaths, data_paths
from desktop.store import HEAD_REVISION, BackupError, open_store
from desktop.store.backup import (
    DAILY,
    backup_revision,
    list_backups,
    rotate,
    upgrade_reason,
    verify_backup,
    write_backup,
)

DAY1 = datetime(2026, 5, 9, 8, 0, tzinfo=UTC)


class Clock:
    def __init__(self, t: datetime) -> None:
        self.t = t

    def __call__(self) -> datetime:
        return self.t

    def advance(self, **delta: float) -> None:
        self.t += timedelta(**delta)


@pytest.fixture
def paths() -> DataPaths:
    return data_paths().ensure()


def add_session(paths: DataPaths, clock: Clock, records: int = 2) -> str:
    with open_store(paths, now=clock) as store:
        sid = store.history.start_session("s")
        for n in range(records):
            t = clock()
            store.history.record_step(
                SessionRecord("hips", f"s{n}", Side.NONE, 1, Outcome.DONE, 30, 30, None, t, t, sid)
            )
    return sid


def step_count(db: Path) -> int:
    conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM step_records").fetchone()[0])
    finally:
        conn.close()


def corrupt_page(db: Path, object_name: str) -> None:
    """Overwrite the root page of a table or index with bytes that are no b-tree page."""
    conn = sqlite3.connect(db)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (object_name,)).fetchone()[0]
    conn.close()
    with db.open("r+b") as f:
        f.seek((root - 1) * page_size)
        f.write(b"\xff" * page_size)


def test_a_backup_is_made_at_most_once_a_day(paths: DataPaths) -> None:
    clock = Clock(DAY1)
    add_session(paths, clock)
    assert list_backups(paths.backups) == []  # it was a new, empty database at start-up

    clock.advance(hours=1)
    add_session(paths, clock)
    (first,) = list_backups(paths.backups)
    assert first.reason == DAILY and first.created_at == clock()
    assert step_count(first.path) == 2  # taken at start-up, before this session's records

    clock.advance(hours=20)
    add_session(paths, clock)
    assert list_backups(paths.backups) == [first]

    clock.advance(hours=4)
    add_session(paths, clock)
    newest, older = list_backups(paths.backups)
    assert older == first and newest.created_at == clock()
    for b in (newest, older):
        assert verify_backup(b.path) is None and backup_revision(b.path) == HEAD_REVISION


def test_daily_backups_rotate_keeping_the_five_newest(paths: DataPaths) -> None:
    clock = Clock(DAY1)
    add_session(paths, clock)
    made = []
    for _ in range(8):
        clock.advance(days=1)
        add_session(paths, clock)
        made.append(list_backups(paths.backups)[0])
    kept = list_backups(paths.backups)
    assert kept == made[::-1][:5]
    assert all(verify_backup(b.path) is None for b in kept)
    assert [step_count(b.path) for b in kept] == [16, 14, 12, 10, 8]


def test_rotation_keeps_each_kind_apart(paths: DataPaths) -> None:
    add_session(paths, Clock(DAY1))
    for n in range(4):
        write_backup(paths.database, paths.backups, upgrade_reason(f"000{n}"), DAY1 + timedelta(hours=n))
        write_backup(paths.database, paths.backups, DAILY, DAY1 + timedelta(hours=n, minutes=1))
    removed = rotate(paths.backups, keep_daily=3, keep_upgrade=2)
    assert len(removed) == 3 and not any(p.exists() for p in removed)
    reasons = [b.reason for b in list_backups(paths.backups)]
    assert reasons == [DAILY, upgrade_reason("0003"), DAILY, upgrade_reason("0002"), DAILY]


def test_a_backup_includes_what_is_still_in_the_wal(paths: DataPaths) -> None:
    store = open_store(paths)
    try:
        sid = store.history.start_session("live")
        t = datetime.now(UTC)
        store.history.record_step(SessionRecord("r", "s", Side.NONE, 1, Outcome.DONE, 1, 1, None, t, t, sid))
        assert Path(f"{paths.database}-wal").stat().st_size > 0
        info = write_backup(paths.database, paths.backups, DAILY, t)
    finally:
        store.close()
    assert step_count(info.path) == 1
    conn = sqlite3.connect(info.path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one self-contained file
    conn.close()
    assert not Path(f"{info.path}-wal").exists()


def test_a_backup_that_does_not_verify_is_not_kept(paths: DataPaths) -> None:
    add_session(paths, Clock(DAY1))
    corrupt_page(paths.database, "ix_step_records_started_at")
    with pytest.raises(BackupError, match="did not verify"):
        write_backup(paths.database, paths.backups, DAILY, DAY1)
    assert list(paths.backups.iterdir()) == []


def test_a_backup_interrupted_by_a_crash_is_cleared_and_ignored(paths: DataPaths) -> None:
    clock = Clock(DAY1)
    add_session(paths, clock)
    paths.backups.mkdir()
    leftover = paths.backups / "supple-20260509T090000.000Z-daily.sqlite3.partial"
    leftover.write_bytes(b"half a backup")
    clock.advance(hours=1)
    add_session(paths, clock)
    assert not leftover.exists()
    (backup,) = list_backups(paths.backups)
    assert verify_backup(backup.path) is None


def test_no_upgrade_happens_without_a_backup_first(paths: DataPaths) -> None:
    from desktop.store import StoreError, migrate

    migrate.upgrade(paths.database, "0001")
    conn = sqlite3.connect(paths.database)
    with conn:
        conn.execute("INSERT INTO sessions VALUES ('s', 't', '2026-01-01 00:00:00.000000', NULL)")
    conn.close()
    paths.backups.write_text("a file where the backup folder should be")
    with pytest.raises(StoreError, match="could not back it up first"):
        open_store(paths)
    conn = sqlite3.connect(paths.database)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    conn.close()


def test_a_failed_daily_backup_does_not_stop_the_app(
    paths: DataPaths, caplog: pytest.LogCaptureFixture
) -> None:
    clock = Clock(DAY1)
    add_session(paths, clock)
    paths.backups.write_text("a file where the backup folder should be")
    clock.advance(days=1)
    with open_store(paths, now=clock) as store:
        assert store.history.count() == 2
    assert "daily backup failed" in caplog.text
