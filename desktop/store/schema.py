"""Schema revision facts, readable without importing SQLAlchemy or Alembic.

Start-up compares the revision stored in the database (read with plain sqlite3) with
`HEAD_REVISION`; Alembic is imported only when they differ.

Schema policy: migrations only add (tables, columns that are nullable or have a server default,
indexes) and never rename or drop what an older Supple reads, so an older Supple can still show a
newer database read-only.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

#: Every revision this version can upgrade from, oldest first. A test checks it against Alembic.
KNOWN_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005", "0006")
HEAD_REVISION: str = KNOWN_REVISIONS[-1]
MIGRATIONS_DIR: Path = Path(__file__).resolve().parent / "migrations"

#: Columns each revision added to tables that already existed, and the tables it created. With the
#: models, these say which tables and columns a database at an older revision must have.
COLUMNS_ADDED: Final[dict[str, tuple[tuple[str, str], ...]]] = {
    "0002": (("sessions", "note"),),
    "0003": (("playlists", "blocks"),),
    "0004": tuple(("sessions", c) for c in ("routine_id", "playlist_id", "pain", "effort", "level")),
}

TABLES_ADDED: Final[dict[str, tuple[str, ...]]] = {
    "0004": ("level_events",),
    "0005": ("reminders",),
    "0006": ("loop_marks",),
}


def required_schema(revision: str) -> dict[str, frozenset[str]]:
    """The tables and columns the models need in a database at `revision` (SQLAlchemy loads).

    A revision newer than this version's head must still have all of the head's: migrations only
    add. Missing ones mean the file was damaged or edited by hand.
    """
    from desktop.store.models import Base

    later = KNOWN_REVISIONS[KNOWN_REVISIONS.index(revision) + 1 :] if revision in KNOWN_REVISIONS else ()
    added_later = {column for r in later for column in COLUMNS_ADDED.get(r, ())}
    tables_later = {table for r in later for table in TABLES_ADDED.get(r, ())}
    return {
        table.name: frozenset(c.name for c in table.columns if (table.name, c.name) not in added_later)
        for table in Base.metadata.sorted_tables
        if table.name not in tables_later
    }
