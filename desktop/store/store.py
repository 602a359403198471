"""`open_store`: the one way the app opens its database, and the `Store` it gets back.

Start-up, in order (read-write):

1. ``supple.running`` left over from last time (or ``supple.check-needed``, written when a query
   met a damaged page) means an unclean shutdown: the health check then runs
   ``PRAGMA integrity_check`` (``quick_check`` above 256 MB).
2. The health check itself is plain sqlite3: the header (random bytes, truncation), the table list
   and the schema revision. A revision this version does not know raises `NewerDatabaseError`
   before anything is written.
3. A damaged file is set aside as ``supple.sqlite3.corrupt-<time>`` (with its -wal/-shm), the newest
   backup that verifies is restored (or a fresh database begins), and what can still be read from
   the damaged copy is salvaged; `Store.recovery` says what happened.
4. A verified backup is made before any migration, and otherwise at most once a day.
5. Alembic is imported and run only when the revision is not `HEAD_REVISION`.

Every start runs ``PRAGMA quick_check`` (step 2; the app opens the store after the first frame is
painted, off the GUI thread), so damage left after a clean shutdown is recovered before anything
new is written, and checks that every table and column the models need is there: a missing one is
damage like any other.

A data folder or database file that cannot be written is found before any of this: the store
opens read-only, `Store.notice` says that history cannot be saved, and history is still shown.
"""

from __future__ import annotations

import errno
import logging
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path
from types import TracebackType

from sqlalchemy import Engine

from desktop.domain.messages import Message, message
from desktop.domain.wall_clock import WallClock, utc_now
from desktop.paths import DataPaths
from desktop.store.backup import (
    DAILY,
    KEEP_DAILY,
    KEEP_UPGRADE,
    backup_due,
    list_backups,
    remove_partials,
    rotate,
    upgrade_reason,
    write_backup,
)
from desktop.store.engine import make_engine
from desktop.store.errors import (
    BackupError,
    NewerDatabaseError,
    ReadOnlyStoreError,
    StoreError,
    plain_reason,
)
from desktop.store.history_queries import HistoryQueries
from desktop.store.levels import LevelsRepository
from desktop.store.marks_repository import LoopMarksRepository
from desktop.store.recovery import Restored, SalvageResult, restore_newest_backup, salvage
from desktop.store.reminders import RemindersRepository
from desktop.store.repositories import (
    Database,
    FavouritesRepository,
    HistoryRepository,
    LibraryRepository,
    PlaylistsRepository,
)
from desktop.store.schema import HEAD_REVISION, KNOWN_REVISIONS, required_schema
from desktop.store.sqlite_file import (
    Health,
    State,
    connect,
    count_rows,
    file_size,
    inspect_database,
    is_corruption,
    read_revision,
    schema_problem,
    sidecars,
    unusable_path,
)
from desktop.store.values import RecoveryReport
from desktop.store.writer import HistoryWriter, OnError, OnSaved

log = logging.getLogger(__name__)

MARKER_NAME = "supple.running"
CHECK_FLAG_NAME = "supple.check-needed"
_NOT_WRITABLE = {errno.EROFS, errno.EACCES, errno.EPERM}


class Store:
    """The open database: its repositories, the recovery report, and `close()`."""

    def __init__(
        self,
        paths: DataPaths,
        engine: Engine,
        *,
        read_only: bool,
        revision: str,
        recovery: RecoveryReport | None = None,
        clock: WallClock = utc_now,
        session_columns: frozenset[str] | None = None,
        has_blocks: bool = True,
        has_reminders: bool = True,
        has_loop_marks: bool = True,
        notice: Message | None = None,
        scratch: Path | None = None,
    ) -> None:
        self.paths = paths
        self.read_only = read_only
        #: Set when the store had to open read-only although it was asked to write: say it once.
        self.notice = notice
        self._scratch = scratch  # a private copy of a read-only database, removed on close
        #: The schema revision of the file (may be newer than HEAD_REVISION when read-only).
        self.revision = revision
        #: Set when start-up found the database damaged and recovered it: show `.message`.
        self.recovery = recovery
        self._engine = engine
        db = Database(engine, read_only=read_only, clock=clock)
        self.library = LibraryRepository(db)
        self.favourites = FavouritesRepository(db)
        self.playlists = PlaylistsRepository(db, has_blocks=has_blocks)
        self.history = HistoryRepository(db, session_columns=session_columns)
        self.levels = LevelsRepository(db, has_table=session_columns is None or "level" in session_columns)
        self.reminders = RemindersRepository(db, present=has_reminders)
        #: The read side of history (pages of sessions, days, weeks, feelings) and delete/restore.
        self.history_queries = HistoryQueries(db, self.history, session_columns)
        self.loop_marks = LoopMarksRepository(db, present=has_loop_marks)
        self._writers: list[HistoryWriter] = []
        self._closed = False

    def history_writer(
        self, on_saved: OnSaved | None = None, on_error: OnError | None = None
    ) -> HistoryWriter:
        """A background writer for history; `close()` drains it before the database closes."""
        if self.read_only:
            raise ReadOnlyStoreError()
        writer = HistoryWriter(self.history, on_saved, on_error)
        self._writers.append(writer)
        return writer

    def close(self, timeout: float | None = 10.0) -> None:
        """Drain writers, close every connection (SQLite checkpoints the WAL into the file when the
        last one closes) and mark the shutdown as clean."""
        if self._closed:
            return
        self._closed = True
        drained = all([w.close(timeout) for w in self._writers])
        self._engine.dispose()
        if not self.read_only and drained:
            (self.paths.root / MARKER_NAME).unlink(missing_ok=True)
        if self._scratch is not None:
            shutil.rmtree(self._scratch, ignore_errors=True)

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def open_store(
    paths: DataPaths,
    read_only: bool = False,
    *,
    now: WallClock = utc_now,
    keep_backups: int = KEEP_DAILY,
) -> Store:
    """Open (creating, checking, recovering, backing up and migrating as needed) the database.

    Raises `NewerDatabaseError` when a newer Supple wrote the file: open it with
    ``read_only=True`` then. Read-only opens change nothing: no marker, no backup, no migration.
    A read-write open of a folder or file that cannot be written opens read-only instead, with
    `Store.notice` saying so. Raises `StoreError` with a message for the person when a path is
    unusable (the data folder is a file, the database a folder, a loop of links).
    """
    path_problem = unusable_path(paths.root, paths.database)
    if path_problem is not None:
        raise StoreError(path_problem)
    if read_only:
        return _open_read_only(paths, now)
    reason = not_writable(paths)
    if reason is None:
        return _Opener(paths, now, keep_backups).open()
    log.warning("opening the database read-only: %s", reason)
    if not paths.database.exists():
        raise StoreError(str(message("store.cannot_save_empty", reason=reason)))
    return _open_read_only(paths, now, notice=message("store.cannot_save", reason=reason))


def not_writable(paths: DataPaths) -> Message | None:
    """Why Supple cannot write its database (a read-only folder or file), or None when it can.

    Probed by really trying (creating a file in the folder, opening the database for writing),
    so a read-only mount, an immutable file and permissions all count, for root too.
    """
    root = paths.root
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        if exc.errno not in _NOT_WRITABLE:
            raise
        return message("store.folder_uncreatable", path=str(root), how=_how(exc))
    refused = _write_probe(root)
    if refused is not None:
        return message("store.folder_read_only", path=str(root), how=_how(refused))
    db = paths.database
    for path in (db, *sidecars(db)):
        try:
            os.close(os.open(path, os.O_RDWR))
        except FileNotFoundError:
            continue
        except OSError as exc:
            if exc.errno not in _NOT_WRITABLE:
                raise
            return message("store.file_read_only", path=str(path), how=_how(exc))
    return None


def _how(exc: OSError) -> Message:
    if exc.errno == errno.EROFS:
        return message("store.how.read_only_fs")
    return message("store.how.denied" if exc.errno == errno.EACCES else "store.how.not_permitted")


def _write_probe(folder: Path) -> OSError | None:
    """Create and remove a file in `folder`: None when that works, else why not (a read-only
    refusal; any other error propagates)."""
    try:
        fd, probe = tempfile.mkstemp(prefix=".supple-write-test-", dir=folder)
    except OSError as exc:
        if exc.errno not in _NOT_WRITABLE:
            raise
        return exc
    os.close(fd)
    os.unlink(probe)
    return None


def _read_only_target(db: Path) -> tuple[Path, bool, Path | None]:
    """How to read `db` without writing: (the file to open, immutable, a scratch folder or None).

    SQLite reads a WAL database only with its -shm file, which it cannot create in a read-only
    folder. Without one: when the -wal holds no pages, ``immutable=1`` reads the file as it is;
    otherwise the database and its -wal are copied to a private folder (the copy is read there,
    so the last records in the -wal are shown too).
    """
    wal, shm = sidecars(db)
    if shm.exists() or _write_probe(db.parent) is None:
        return db, False, None
    if file_size(wal) == 0:
        return db, True, None
    scratch = Path(tempfile.mkdtemp(prefix="supple-read-only-"))
    copy = scratch / db.name
    shutil.copyfile(db, copy)
    shutil.copyfile(wal, sidecars(copy)[0])
    return copy, False, scratch


def _open_read_only(paths: DataPaths, now: WallClock, notice: Message | None = None) -> Store:
    db = paths.database
    if not db.exists():
        raise StoreError(f"There is no Supple database at {db} yet.")
    scratch: Path | None = None
    try:
        target, immutable, scratch = _read_only_target(db)
        conn = connect(target, read_only=True, immutable=immutable)
        try:
            revision = read_revision(conn)
            problem = None
            if revision is not None:
                known = revision if revision in KNOWN_REVISIONS else HEAD_REVISION
                problem = schema_problem(conn, required_schema(known))
            session_columns = frozenset(str(r[1]) for r in conn.execute("PRAGMA table_info(sessions)"))
            has_blocks = "blocks" in {str(r[1]) for r in conn.execute("PRAGMA table_info(playlists)")}
            has_reminders = (
                conn.execute(
                    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'reminders'"
                ).fetchone()
                is not None
            )
            has_loop_marks = bool(conn.execute("PRAGMA table_info(loop_marks)").fetchall())
        finally:
            conn.close()
    except (sqlite3.Error, OSError) as exc:
        _remove(scratch)
        if isinstance(exc, sqlite3.Error) and is_corruption(exc):
            raise StoreError(
                f"The database {db} is damaged ({plain_reason(exc)}). "
                "Starting Supple (with a data folder it can write) restores it from a backup."
            ) from exc
        raise StoreError(f"The database {db} cannot be read: {plain_reason(exc)}.") from exc
    if revision is None:
        _remove(scratch)
        raise StoreError(f"{db} is not a Supple database (it has no schema revision).")
    if problem is not None:
        _remove(scratch)
        raise StoreError(
            f"The database {db} is damaged: {problem}. "
            "Starting Supple (with a data folder it can write) restores it from a backup."
        )
    engine = make_engine(target, read_only=True, immutable=immutable)
    return Store(
        paths,
        engine,
        read_only=True,
        revision=revision,
        clock=now,
        session_columns=session_columns,
        has_blocks=has_blocks,
        has_reminders=has_reminders,
        has_loop_marks=has_loop_marks,
        notice=notice,
        scratch=scratch,
    )


def _remove(scratch: Path | None) -> None:
    if scratch is not None:
        shutil.rmtree(scratch, ignore_errors=True)


class _Opener:
    """The start-up sequence of a read-write open, one step per method."""

    def __init__(self, paths: DataPaths, now: WallClock, keep_backups: int) -> None:
        self.paths = paths
        self.now = now
        self.keep_backups = keep_backups
        self.db = paths.database
        self.marker = paths.root / MARKER_NAME
        self.flag = paths.root / CHECK_FLAG_NAME
        self.restored: Restored | None = None

    def open(self) -> Store:
        self.paths.root.mkdir(parents=True, exist_ok=True)
        unclean = self.marker.exists() or self.flag.exists()
        if unclean:
            log.warning("the last session did not end cleanly: checking the database")
        remove_partials(self.paths.backups)
        self.db.with_name(self.db.name + ".restoring").unlink(missing_ok=True)
        health = self.inspect(deep=unclean)
        if health.revision is not None and health.revision not in KNOWN_REVISIONS:
            # Even when damaged: a newer Supple's file is not ours to set aside or replace.
            raise NewerDatabaseError(self.db, health.revision, KNOWN_REVISIONS)
        self.marker.write_text(f"{os.getpid()} {self.now().isoformat()}\n", encoding="utf-8")
        if health.state is State.DAMAGED:
            assert health.problem is not None
            health = self.recover(health.problem)
        revision = self.back_up(health)
        if revision != HEAD_REVISION:
            from desktop.store import migrate  # Alembic costs import time: only when upgrading

            migrate.upgrade(self.db)
        report = self.finish_recovery()
        self.flag.unlink(missing_ok=True)
        engine = make_engine(self.db, on_corruption=self.flag_corruption)
        return Store(
            self.paths, engine, read_only=False, revision=HEAD_REVISION, recovery=report, clock=self.now
        )

    def inspect(self, *, deep: bool) -> Health:
        return inspect_database(
            self.db, deep=deep, backups_exist=bool(list_backups(self.paths.backups)), required=required_schema
        )

    def recover(self, problem: str) -> Health:
        log.error("the database is damaged: %s", problem)
        self.restored = restore_newest_backup(
            self.db, self.paths.backups, problem, self.now(), usable=lambda r: r in KNOWN_REVISIONS
        )
        if self.restored.backup is None:
            return Health(State.NEW)
        return Health(State.OK, self.restored.revision)

    def back_up(self, health: Health) -> str | None:
        """Back up before an upgrade, or daily; returns the revision to migrate from."""
        revision = health.revision
        if health.state is not State.OK or revision is None or self.restored is not None:
            return revision  # nothing to keep, or it just came from a backup
        reason = DAILY if revision == HEAD_REVISION else upgrade_reason(revision)
        if reason == DAILY and not backup_due(self.paths.backups, self.now()):
            return revision
        try:
            write_backup(self.db, self.paths.backups, reason, self.now())
            rotate(self.paths.backups, self.keep_backups, KEEP_UPGRADE)
            return revision
        except BackupError as exc:
            recheck = self.inspect(deep=True)
            if recheck.state is State.DAMAGED:
                assert recheck.problem is not None
                return self.recover(recheck.problem).revision
            if reason == DAILY:
                log.warning("the daily backup failed: %s", exc)
                return revision
            raise StoreError(
                f"Supple needs to upgrade its database but could not back it up first, so it left it as it was: {exc}"
            ) from exc

    def finish_recovery(self) -> RecoveryReport | None:
        """Salvage from the damaged copy, back up the result, and describe it all."""
        restored = self.restored
        if restored is None:
            return None
        result = SalvageResult(note="there was no damaged file to read")
        if restored.damaged_copy is not None:
            result = salvage(restored.damaged_copy, self.db)
        log.warning("salvage: %s", result.note)
        try:
            write_backup(self.db, self.paths.backups, DAILY, self.now())
            rotate(self.paths.backups, self.keep_backups, KEEP_UPGRADE)
        except BackupError as exc:
            log.warning("could not back up the recovered database: %s", exc)
        counts = count_rows(self.db, "sessions", "step_records")
        report = RecoveryReport(
            problem=restored.problem,
            damaged_copy=restored.damaged_copy,
            backup=restored.backup,
            sessions=counts["sessions"],
            step_records=counts["step_records"],
            salvaged_sessions=result.sessions,
            salvaged_step_records=result.step_records,
            salvage_note=result.note,
        )
        log.warning("%s", report.message)
        return report

    def flag_corruption(self, exc: BaseException) -> None:
        log.error("the database reported damage: %s; it will be checked at the next start", exc)
        self.flag.touch()
