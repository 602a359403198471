"""The SQLAlchemy engine for the store file, and the PRAGMAs every connection gets.

Transactions: sqlite3's legacy mode starts no transaction before SELECT or DDL, so, as the
SQLAlchemy SQLite dialect documentation recommends, the driver's own BEGIN is switched off and the
engine's `begin` event emits it. Writes use ``BEGIN IMMEDIATE`` (via the engine returned by
`writer_engine`): the write lock is taken up front, where `busy_timeout` applies, instead of on a
read-then-write upgrade that fails at once with SQLITE_BUSY when another process wrote meanwhile.
Migrations get transactional DDL from the same mechanism.

Durability: WAL with ``synchronous=FULL``. NORMAL already survives a killed process (a committed
transaction is in the WAL in the OS page cache), but can lose the last commits on power loss or an
OS crash; FULL syncs the WAL on every commit, so a recorded step survives both. History writes are
a few per minute on a background thread, so the fsync cost (measured in bench/store.py) is free.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.pool import ConnectionPoolEntry, QueuePool

from desktop.store.sqlite_file import is_corruption

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000
_WRITE_OPTION = "supple_write"


def make_engine(
    db: Path,
    *,
    read_only: bool = False,
    immutable: bool = False,
    migrating: bool = False,
    on_corruption: Callable[[BaseException], None] | None = None,
) -> Engine:
    """An engine on `db`.

    `read_only` opens ``file:...?mode=ro`` with ``query_only``: nothing can change the file.
    `immutable` adds ``immutable=1`` (read-only only): SQLite then needs no -shm file, which it
    cannot create in a read-only folder; only right when no -wal holds pages and nothing writes.
    `migrating` may create the file and turns foreign keys off, as SQLite's procedure for schema
    changes requires (a table rebuild would otherwise cascade); the migration checks
    ``foreign_key_check`` before it commits. `on_corruption` hears every error that means the
    file is damaged, so the next start can check it.
    """
    mode = "ro" if read_only else ("rwc" if migrating else "rw")
    uri = f"{db.as_uri()}?mode={mode}" + ("&immutable=1" if read_only and immutable else "")

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000)

    # The URL names no file (the creator does), so name the pool class a file database gets.
    engine = create_engine("sqlite+pysqlite://", creator=connect, poolclass=QueuePool)

    def on_connect(dbapi_connection: Any, record: ConnectionPoolEntry) -> None:
        _configure(dbapi_connection, read_only=read_only, foreign_keys=not migrating)

    event.listen(engine, "connect", on_connect)
    event.listen(engine, "begin", _begin)
    if on_corruption is not None:
        callback = on_corruption

        def on_error(context: ExceptionContext) -> None:
            if is_corruption(context.original_exception):
                callback(context.original_exception)

        event.listen(engine, "handle_error", on_error)
    return engine


def writer_engine(engine: Engine) -> Engine:
    """The same engine and pool, with transactions that take the write lock at BEGIN."""
    return engine.execution_options(**{_WRITE_OPTION: True})


def _configure(conn: sqlite3.Connection, *, read_only: bool, foreign_keys: bool) -> None:
    conn.isolation_level = None  # the `begin` event emits BEGIN
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    if read_only:
        conn.execute("PRAGMA query_only=ON")
        return
    mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        log.warning("SQLite refused WAL mode (got %s); writes will block readers", mode)
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")


def _begin(conn: Connection) -> None:
    write = bool(conn.get_execution_options().get(_WRITE_OPTION))
    conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")
