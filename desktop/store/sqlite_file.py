"""The database file seen through plain sqlite3: health checks that run before SQLAlchemy loads.

Nothing here imports SQLAlchemy or Alembic. Checking an up-to-date, healthy database at start-up
costs what ``PRAGMA quick_check`` costs, which reads the whole file (about 170 ms for 100,000 step
records; bench/store.py), so the app runs it off the GUI thread once the first frame is painted.
"""

from __future__ import annotations

import errno
import sqlite3
import stat
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from desktop.store.errors import plain_reason

SQLITE_MAGIC = b"SQLite format 3\x00"
#: Above this size an unclean shutdown gets `PRAGMA quick_check` (O(N), skips index contents)
#: instead of the full `integrity_check` (O(N log N)). Years of history stay far below it.
QUICK_CHECK_ABOVE = 256 * 1024 * 1024
_CORRUPT_CODES = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB


def sidecars(db: Path) -> tuple[Path, Path]:
    """The -wal and -shm files SQLite keeps beside `db`."""
    return db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")


def unusable_path(root: Path, db: Path) -> str | None:
    """Why the data folder or the database path cannot be used, in words; None when they can."""
    for path, what, want_dir in ((root, "data folder", True), (db, "database", False)):
        try:
            mode = path.stat().st_mode
        except FileNotFoundError:
            if path.is_symlink():
                return f"The {what} {path} is a symbolic link to something that does not exist."
            return None  # created on the first write
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                return f"The {what} {path} is a loop of symbolic links: it leads back to itself."
            if exc.errno == errno.ENOTDIR:
                return f"The {what} {path} is inside a file, not a folder."
            return f"The {what} {path} cannot be used: {plain_reason(exc)}."
        if want_dir and not stat.S_ISDIR(mode):
            return f"The data folder {path} is a file, not a folder."
        if not want_dir and stat.S_ISDIR(mode):
            return f"The database {path} is a folder, not a file."
        if not want_dir and not stat.S_ISREG(mode):
            return f"The database {path} is not a regular file."
    return None


def file_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return 0


def connect(
    db: Path, *, read_only: bool = False, create: bool = False, immutable: bool = False
) -> sqlite3.Connection:
    """A plain connection in autocommit mode; never creates the file unless `create`.

    `immutable` (read-only only): see `desktop.store.engine.make_engine`."""
    mode = "ro" if read_only else ("rwc" if create else "rw")
    uri = f"{db.as_uri()}?mode={mode}" + ("&immutable=1" if read_only and immutable else "")
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=5.0)
    conn.execute("PRAGMA busy_timeout=5000")
    return conn


def is_corruption(exc: BaseException) -> bool:
    """True for errors that mean the file is damaged, not merely busy, missing or read-only."""
    if not isinstance(exc, sqlite3.DatabaseError):
        return False
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int) and (code & 0xFF) in _CORRUPT_CODES:
        return True
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text


def table_names(conn: sqlite3.Connection) -> set[str]:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return {str(r[0]) for r in rows}


def schema_problem(conn: sqlite3.Connection, required: Mapping[str, Collection[str]]) -> str | None:
    """What the database lacks of the tables and columns in `required`, or None."""
    missing = sorted(set(required) - table_names(conn))
    if missing:
        return _missing("table", missing)
    for table in sorted(required):
        have = {str(r[1]) for r in conn.execute(f'PRAGMA table_info("{table}")')}
        lost = sorted(set(required[table]) - have)
        if lost:
            return _missing("column", [f"{table}.{c}" for c in lost])
    return None


def _missing(kind: str, names: list[str]) -> str:
    if len(names) == 1:
        return f"the {kind} {names[0]} is missing"
    return f"the {kind}s {', '.join(names)} are missing"


def read_revision(conn: sqlite3.Connection) -> str | None:
    """The Alembic revision recorded in the database, None when it has none."""
    if "alembic_version" not in table_names(conn):
        return None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return None if row is None else str(row[0])


def integrity_problems(conn: sqlite3.Connection, *, quick: bool = False, limit: int = 5) -> list[str]:
    """What `PRAGMA integrity_check` (or `quick_check`) reports; empty when the file is sound."""
    pragma = "quick_check" if quick else "integrity_check"
    try:
        rows = conn.execute(f"PRAGMA {pragma}({limit})").fetchall()
    except sqlite3.DatabaseError as exc:
        if not is_corruption(exc):
            raise
        return [str(exc)]
    messages = [str(r[0]) for r in rows]
    if messages == ["ok"]:
        return []
    # One line each, without the "*** in database main ***" heading SQLite puts first.
    lines = (line.strip() for m in messages for line in m.splitlines())
    return [line for line in lines if line and not line.startswith("***")] or messages


def header_problem(db: Path, *, wal_has_frames: bool) -> str | None:
    """Cheap checks on the 100-byte header and the file size: random bytes, truncation."""
    with db.open("rb") as f:
        header = f.read(100)
    if len(header) < 100 or header[:16] != SQLITE_MAGIC:
        return "file is not a database"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return "file is not a database (impossible page size)"
    if wal_has_frames:
        return None  # pages may live in the WAL; SQLite itself will judge
    size = file_size(db)
    if size % page_size:
        return f"the file is truncated ({size} bytes is not a whole number of {page_size}-byte pages)"
    pages = int.from_bytes(header[28:32], "big")
    header_size_valid = header[24:28] == header[92:96]
    if header_size_valid and size < pages * page_size:
        return f"the file is truncated ({size} bytes, its header says {pages * page_size})"
    return None


class State(Enum):
    NEW = "new"  # missing, or holding no tables yet: migrations create the schema
    OK = "ok"
    DAMAGED = "damaged"


@dataclass(frozen=True, slots=True)
class Health:
    state: State
    revision: str | None = None
    problem: str | None = None


#: The tables and columns a database at a given revision must have (`schema.required_schema`).
Required = Callable[[str], Mapping[str, Collection[str]]]


def inspect_database(
    db: Path, *, deep: bool, backups_exist: bool, required: Required | None = None
) -> Health:
    """Decide whether `db` is new, fine or damaged, without changing it.

    Every call runs ``PRAGMA quick_check`` (O(N): every page of every table and index is read and
    its structure checked, so damage left after a clean shutdown, such as a zeroed page or random
    bytes in the middle, is found before anything new is written); `deep` runs the full
    ``integrity_check`` instead (after an unclean shutdown). `required` names the tables and
    columns the models need at the file's revision: a missing one is damage too. Errors that are
    not corruption (locked, permission, I/O) propagate: a busy or unreadable file is never set aside.
    """
    wal, _ = sidecars(db)
    wal_size = file_size(wal)
    if not db.exists():
        if wal_size:
            return Health(
                State.DAMAGED, problem="the database file is missing but its write-ahead log is not"
            )
        return Health(State.NEW)
    size = file_size(db)
    if size == 0:
        # SQLite deletes the -wal of a zero-page database on open: never open this one.
        if wal_size:
            return Health(State.DAMAGED, problem="the database file is empty but its write-ahead log is not")
        if backups_exist:
            return Health(State.DAMAGED, problem="the database file is empty")
        return Health(State.NEW)
    problem = header_problem(db, wal_has_frames=wal_size > 32)
    if problem:
        return Health(State.DAMAGED, problem=problem)
    try:
        conn = connect(db)
        try:
            return _inspect_open(conn, quick=not deep or size > QUICK_CHECK_ABOVE, required=required)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if is_corruption(exc):
            return Health(State.DAMAGED, problem=str(exc))
        raise


def _inspect_open(conn: sqlite3.Connection, *, quick: bool, required: Required | None) -> Health:
    tables = table_names(conn)
    if not tables:
        return Health(State.NEW)
    if "alembic_version" not in tables:
        return Health(State.DAMAGED, problem="not a Supple database (it has no schema revision)")
    revision = read_revision(conn)
    if revision is None:
        return Health(State.DAMAGED, problem="the schema revision is missing")
    problems = integrity_problems(conn, quick=quick)
    if problems:
        return Health(State.DAMAGED, revision, "integrity check failed: " + "; ".join(problems[:3]))
    if required is not None:
        problem = schema_problem(conn, required(revision))
        if problem:
            return Health(State.DAMAGED, revision, problem)
    return Health(State.OK, revision)


def count_rows(db: Path, *tables: str) -> dict[str, int]:
    """Row counts of `tables` that exist in `db` (missing tables count 0)."""
    conn = connect(db, read_only=True)
    try:
        present = table_names(conn)
        return {
            t: int(conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]) if t in present else 0
            for t in tables
        }
    finally:
        conn.close()
