"""Verified, rotating backups made with SQLite's online backup API (plain sqlite3, no SQLAlchemy).

A backup is written to a ``.partial`` file, switched to rollback-journal mode so it is one
self-contained file, verified (integrity_check is ok and the schema revision is readable), synced,
and only then renamed into place: a crash while backing up never leaves a backup that looks good
but is not. Names carry the UTC time and the reason:
``supple-20260509T073512.345Z-daily.sqlite3``.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop.store.errors import BackupError, plain_reason
from desktop.store.schema import KNOWN_REVISIONS, required_schema
from desktop.store.sqlite_file import connect, integrity_problems, read_revision, schema_problem
from desktop.store.values import BackupInfo

log = logging.getLogger(__name__)

DAILY = "daily"
DAILY_INTERVAL = timedelta(hours=24)
#: Backups kept of each kind: daily ones, and those made before a schema upgrade.
KEEP_DAILY = 5
KEEP_UPGRADE = 2
_NAME = re.compile(r"^supple-(\d{8}T\d{6}\.\d{3})Z-([a-z0-9-]+)\.sqlite3$")
_TIME_FORMAT = "%Y%m%dT%H%M%S.%f"


def upgrade_reason(revision: str) -> str:
    return f"before-upgrade-from-{revision}"


def backup_name(created_at: datetime, reason: str) -> str:
    t = created_at.astimezone(UTC)
    return f"supple-{t:%Y%m%dT%H%M%S}.{t.microsecond // 1000:03d}Z-{reason}.sqlite3"


def parse_backup_name(path: Path) -> BackupInfo | None:
    m = _NAME.match(path.name)
    if m is None:
        return None
    created = datetime.strptime(m.group(1), _TIME_FORMAT).replace(tzinfo=UTC)
    return BackupInfo(path=path, created_at=created, reason=m.group(2))


def list_backups(folder: Path) -> list[BackupInfo]:
    """Every backup in `folder`, newest first."""
    if not folder.is_dir():
        return []
    found = [info for p in folder.iterdir() if (info := parse_backup_name(p)) is not None]
    return sorted(found, key=lambda b: (b.created_at, b.path.name), reverse=True)


def verify_backup(path: Path) -> str | None:
    """Why `path` is not a usable backup, or None when integrity_check is ok, it has a revision and,
    at a revision this version knows, every table and column the models need."""
    try:
        conn = connect(path, read_only=True)
        try:
            problems = integrity_problems(conn)
            if problems:
                return "integrity check failed: " + "; ".join(problems)
            revision = read_revision(conn)
            if revision is None:
                return "it records no schema revision"
            if revision in KNOWN_REVISIONS:
                return schema_problem(conn, required_schema(revision))
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return str(exc)
    return None


def backup_revision(path: Path) -> str | None:
    conn = connect(path, read_only=True)
    try:
        return read_revision(conn)
    finally:
        conn.close()


def copy_database(source: Path, target: Path) -> None:
    """Copy a live database (including what is still in its -wal) into a single-file database."""
    target.unlink(missing_ok=True)
    src = connect(source, read_only=True)
    try:
        dst = sqlite3.connect(target, isolation_level=None)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def write_backup(db: Path, folder: Path, reason: str, now: datetime) -> BackupInfo:
    """Back up `db` into `folder`, verified; raises BackupError and leaves nothing when it fails."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError(f"Could not create the backup folder {folder}: {plain_reason(exc)}") from exc
    created = now
    while (folder / backup_name(created, reason)).exists():
        created += timedelta(milliseconds=1)
    final = folder / backup_name(created, reason)
    partial = final.with_name(final.name + ".partial")
    try:
        copy_database(db, partial)
        problem = verify_backup(partial)
        if problem:
            raise BackupError(f"The backup of {db.name} did not verify: {problem}")
        _fsync(partial)
        os.replace(partial, final)
        _fsync_dir(folder)
    except (sqlite3.Error, OSError) as exc:
        raise BackupError(f"Could not back up {db.name}: {plain_reason(exc)}") from exc
    finally:
        partial.unlink(missing_ok=True)
    log.info("backed up %s to %s", db, final)
    info = parse_backup_name(final)
    assert info is not None
    return info


def backup_due(folder: Path, now: datetime, interval: timedelta = DAILY_INTERVAL) -> bool:
    """True when no backup was made within `interval` of `now` (either side, for clock changes)."""
    backups = list_backups(folder)
    return not backups or abs(now - backups[0].created_at) >= interval


def rotate(folder: Path, keep_daily: int = KEEP_DAILY, keep_upgrade: int = KEEP_UPGRADE) -> list[Path]:
    """Delete all but the newest backups of each kind; returns what was deleted."""
    backups = list_backups(folder)
    daily = [b for b in backups if b.reason == DAILY]
    upgrade = [b for b in backups if b.reason != DAILY]
    doomed = [b.path for b in daily[keep_daily:]] + [b.path for b in upgrade[keep_upgrade:]]
    for path in doomed:
        path.unlink(missing_ok=True)
    return doomed


def remove_partials(folder: Path) -> None:
    """Leftovers of a backup interrupted by a crash."""
    if folder.is_dir():
        for p in folder.glob("*.partial"):
            p.unlink(missing_ok=True)


def newest_good_backup(
    folder: Path, usable: Callable[[str], bool], skip: Iterable[Path] = ()
) -> tuple[BackupInfo, str] | None:
    """The newest backup that verifies and whose revision `usable` accepts, with that revision."""
    skipped = set(skip)
    for info in list_backups(folder):
        if info.path in skipped:
            continue
        problem = verify_backup(info.path)
        revision = None if problem else backup_revision(info.path)
        if revision is not None and usable(revision):
            return info, revision
        log.warning("backup %s is not usable: %s", info.path.name, problem or f"revision {revision}")
    return None


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    """Make a rename durable (POSIX; Windows cannot open a directory and does not need it)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
