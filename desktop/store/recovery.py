"""What start-up does with a damaged database: set it aside, restore a backup, salvage rows.

Salvage reads the damaged copy with plain sqlite3, table by table in rowid order; where a page
cannot be read it probes further rowids (1, 2, 4, ... past the last good one) to step over the
damage. Rows the restored database lacks are added: sessions and step records (a record whose
session is unreadable gets a placeholder session "Recovered session"), routines, favourites and
whole playlists. A session the backup has as unfinished takes its end time from the damaged copy.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop.store.backup import copy_database, newest_good_backup, verify_backup
from desktop.store.sqlite_file import connect, file_size, header_problem, sidecars, table_names
from desktop.store.values import BackupInfo

log = logging.getLogger(__name__)

PLACEHOLDER_SESSION_TITLE = "Recovered session"
_BATCH = 256
_MAX_PROBE = 1 << 24


@dataclass(frozen=True, slots=True)
class Restored:
    problem: str
    damaged_copy: Path | None
    backup: BackupInfo | None
    revision: str | None


@dataclass(frozen=True, slots=True)
class SalvageResult:
    sessions: int = 0
    step_records: int = 0
    other_rows: int = 0
    unreadable_spots: int = 0
    note: str = ""


def set_aside(db: Path, now: datetime) -> Path | None:
    """Rename `db` and its -wal/-shm to ``<name>.corrupt-<UTC time>`` (the -wal stays usable)."""
    stamp = now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = db.with_name(f"{db.name}.corrupt-{stamp}")
    n = 1
    while any(p.exists() for p in (target, *sidecars(target))):
        target = db.with_name(f"{db.name}.corrupt-{stamp}-{n}")
        n += 1
    moved: list[Path] = []
    for source, dest in zip((db, *sidecars(db)), (target, *sidecars(target)), strict=True):
        if source.exists():
            os.replace(source, dest)
            moved.append(dest)
    if moved:
        log.warning("set the damaged database aside as %s", moved[0])
    return moved[0] if moved else None


def restore_newest_backup(
    db: Path, backups: Path, problem: str, now: datetime, usable: Callable[[str], bool]
) -> Restored:
    """Set `db` aside and put the newest good backup in its place (or nothing: a fresh start).

    The backup is copied and verified beside the database first, so the only moment without a
    database file is between two renames.
    """
    staging = db.with_name(db.name + ".restoring")
    tried: list[Path] = []
    while (found := newest_good_backup(backups, usable, skip=tried)) is not None:
        info, revision = found
        tried.append(info.path)
        copy_database(info.path, staging)
        if verify_backup(staging) is None:
            aside = set_aside(db, now)
            os.replace(staging, db)
            log.warning("restored the backup %s", info.path.name)
            return Restored(problem, aside, info, revision)
        staging.unlink(missing_ok=True)
    log.warning("no usable backup: starting a fresh database")
    return Restored(problem, set_aside(db, now), None, None)


# -- salvage -------------------------------------------------------------------------------------


def salvage(damaged: Path, db: Path) -> SalvageResult:
    """Copy what can still be read from `damaged` into `db` (at the head schema) that `db` lacks."""
    if file_size(damaged) == 0:
        return SalvageResult(note="the damaged file held no data to read")
    problem = header_problem(damaged, wal_has_frames=True)
    if problem:
        return SalvageResult(note=f"nothing could be read from the damaged file ({problem})")
    try:
        src = connect(damaged, read_only=True)
    except sqlite3.Error as exc:
        return SalvageResult(note=f"the damaged file could not be opened ({exc})")
    try:
        dst = connect(db)
        try:
            dst.execute("PRAGMA foreign_keys=ON")
            dst.execute("BEGIN IMMEDIATE")
            try:
                result = _Salvager(src, dst).run()
                dst.execute("COMMIT")
            except BaseException:
                dst.execute("ROLLBACK")
                raise
            return result
        finally:
            dst.close()
    except sqlite3.Error as exc:
        log.exception("salvage failed")
        return SalvageResult(note=f"salvage stopped: {exc}")
    finally:
        src.close()


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [str(r[1]) for r in conn.execute(f'PRAGMA table_info("{table}")')]


class _Salvager:
    def __init__(self, src: sqlite3.Connection, dst: sqlite3.Connection) -> None:
        self.src = src
        self.dst = dst
        self.unreadable = 0
        try:
            self.src_tables = table_names(src)
        except sqlite3.DatabaseError:
            self.src_tables = set()

    def run(self) -> SalvageResult:
        if not self.src_tables:
            return SalvageResult(note="the damaged file's list of tables could not be read")
        other = self._routines()
        sessions = self._sessions()
        placeholders, records = self._step_records()
        other += self._favourites() + self._playlists()
        return SalvageResult(
            sessions=sessions + placeholders,
            step_records=records,
            other_rows=other,
            unreadable_spots=self.unreadable,
            note=(
                f"read back {records} step records, {sessions + placeholders} sessions and {other} other rows;"
                f" {self.unreadable} unreadable spots skipped"
            ),
        )

    # reading

    def rows(self, table: str, exclude: Sequence[str] = ()) -> tuple[list[str], list[dict[str, Any]]]:
        """The columns both files have, and every row of `table` the damaged file still yields."""
        if table not in self.src_tables:
            return [], []
        try:
            theirs = set(_columns(self.src, table))
        except sqlite3.DatabaseError:
            self.unreadable += 1
            return [], []
        cols = [c for c in _columns(self.dst, table) if c in theirs and c not in exclude]
        return cols, [dict(zip(cols, r, strict=True)) for r in self._read(table, cols)]

    def _read(self, table: str, cols: list[str]) -> Iterable[tuple[Any, ...]]:
        names = ", ".join(f'"{c}"' for c in cols)
        sql = f'SELECT rowid, {names} FROM "{table}" WHERE rowid > ? ORDER BY rowid LIMIT ?'
        after = 0
        while True:
            try:
                batch = self.src.execute(sql, (after, _BATCH)).fetchall()
            except sqlite3.DatabaseError:
                try:  # up to the damage one row at a time, then past it
                    batch = self.src.execute(sql, (after, 1)).fetchall()
                except sqlite3.DatabaseError:
                    self.unreadable += 1
                    skipped = self._probe_past(sql, after)
                    if skipped is None:
                        return
                    after = skipped
                    continue
            if not batch:
                return
            for row in batch:
                yield tuple(row[1:])
            after = int(batch[-1][0])

    def _probe_past(self, sql: str, after: int) -> int | None:
        step = 1
        while step <= _MAX_PROBE:
            try:
                self.src.execute(sql, (after + step, 1)).fetchall()
                return after + step
            except sqlite3.DatabaseError:
                step *= 2
        return None

    # writing

    def insert(self, table: str, row: dict[str, Any]) -> bool:
        cols = list(row)
        names = ", ".join(f'"{c}"' for c in cols)
        sql = f'INSERT OR IGNORE INTO "{table}" ({names}) VALUES ({", ".join("?" for _ in cols)})'
        try:
            return self.dst.execute(sql, [row[c] for c in cols]).rowcount == 1
        except sqlite3.IntegrityError:  # a broken reference: the row is skipped
            return False

    def ids(self, table: str, column: str = "id") -> set[Any]:
        return {r[0] for r in self.dst.execute(f'SELECT "{column}" FROM "{table}"')}

    # tables

    def _routines(self) -> int:
        _, rows = self.rows("routines")
        return sum(self.insert("routines", r) for r in rows if "id" in r)

    def _sessions(self) -> int:
        cols, rows = self.rows("sessions")
        if "id" not in cols:
            return 0
        unfinished = {r[0] for r in self.dst.execute("SELECT id FROM sessions WHERE ended_at IS NULL")}
        known = self.ids("sessions")
        added = 0
        for row in rows:
            if row["id"] not in known:
                added += self.insert("sessions", row)
            elif row["id"] in unfinished and row.get("ended_at") is not None:
                self.dst.execute(
                    "UPDATE sessions SET ended_at = ? WHERE id = ?", (row["ended_at"], row["id"])
                )
        return added

    def _step_records(self) -> tuple[int, int]:
        cols, rows = self.rows("step_records")
        if not {"id", "session_id", "started_at"} <= set(cols):
            return 0, 0
        known = self.ids("step_records")
        sessions = self.ids("sessions")
        placeholders = added = 0
        for row in rows:
            if row["id"] in known:
                continue
            if row["session_id"] not in sessions:
                placeholder = {
                    "id": row["session_id"],
                    "title": PLACEHOLDER_SESSION_TITLE,
                    "started_at": row["started_at"],
                }
                if self.insert("sessions", placeholder):
                    placeholders += 1
                    sessions.add(row["session_id"])
            added += self.insert("step_records", row)
        return placeholders, added

    def _favourites(self) -> int:
        _, rows = self.rows("favourites", exclude=("id",))
        routines = self.ids("routines")
        return sum(self.insert("favourites", r) for r in rows if r.get("routine_id") in routines)

    def _playlists(self) -> int:
        cols, rows = self.rows("playlists")
        if "id" not in cols:
            return 0
        known = self.ids("playlists")
        new = [r for r in rows if r["id"] not in known]
        if not new:
            return 0
        _, items = self.rows("playlist_items", exclude=("id",))
        added = 0
        for playlist in new:
            if self.insert("playlists", playlist):
                added += 1
                added += sum(
                    self.insert("playlist_items", i) for i in items if i.get("playlist_id") == playlist["id"]
                )
        return added
