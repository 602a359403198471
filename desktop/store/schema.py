"""Schema revision facts, readable without importing SQLAlchemy or Alembic.

Start-up compares the revision stored in the database (read with plain sqlite3) with
`HEAD_REVISION`; Alembic is imported only when they differ.

Schema policy: migrations only add (tables, columns that are nullable or have a server default,
indexes) and never rename or drop what an older Supple reads, so an older Supple can still show a
newer database read-only.
"""

from __future__ import annotations

from pathlib import Path

#: Every revision this version can upgrade from, oldest first. A test checks it against Alembic.
KNOWN_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003")
HEAD_REVISION: str = KNOWN_REVISIONS[-1]
MIGRATIONS_DIR: Path = Path(__file__).resolve().parent / "migrations"
