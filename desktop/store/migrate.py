"""Alembic, configured in code: no alembic.ini at run time. Imported only when an upgrade is due.

For developers, a new revision (its file lands in ``migrations/versions``; add its id to
`desktop.store.schema.KNOWN_REVISIONS`)::

    python -m desktop.store.migrate revision -m "add a thing" [--autogenerate]
"""

from __future__ import annotations

import argparse
import logging
import tempfile
from collections.abc import Sequence
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

from desktop.store.engine import make_engine
from desktop.store.errors import MigrationError, plain_reason
from desktop.store.schema import MIGRATIONS_DIR

log = logging.getLogger(__name__)


def alembic_config(connection: Connection | None = None) -> Config:
    """A Config pointing at the migrations inside the package; env.py uses `connection`."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("path_separator", "os")
    cfg.set_main_option("file_template", "r%%(rev)s_%%(slug)s")
    cfg.attributes["connection"] = connection
    return cfg


def script_head() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:
        raise MigrationError("Supple ships no migrations")
    return head


def upgrade(db: Path, target: str = "head") -> None:
    """Upgrade `db` (creating it if missing) in one transaction: all of it happens or none."""
    _run(db, target, downgrade=False)


def downgrade(db: Path, target: str) -> None:
    """For development and tests: take `db` back to `target`."""
    _run(db, target, downgrade=True)


def _run(db: Path, target: str, *, downgrade: bool) -> None:
    engine = make_engine(db, migrating=True)
    try:
        with engine.begin() as conn:
            cfg = alembic_config(conn)
            if downgrade:
                command.downgrade(cfg, target)
            else:
                command.upgrade(cfg, target)
            broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                log.error("broken references after the upgrade: %s", broken[:10])
                raise MigrationError(f"the upgrade would leave {len(broken)} broken references")
    except Exception as exc:
        log.error("upgrading %s to %s failed: %r", db, target, getattr(exc, "orig", None) or exc)
        raise MigrationError(f"Could not upgrade {db.name} to {target}: {plain_reason(exc)}") from exc
    finally:
        engine.dispose()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desktop.store.migrate")
    sub = parser.add_subparsers(dest="command", required=True)
    rev = sub.add_parser("revision", help="write a new migration into migrations/versions")
    rev.add_argument("-m", "--message", required=True)
    rev.add_argument("--autogenerate", action="store_true", help="diff the models against the head schema")
    sub.add_parser("head", help="print the head revision")
    args = parser.parse_args(argv)
    if args.command == "head":
        print(script_head())
        return 0
    rev_id = f"{int(script_head()) + 1:04d}"
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "head.sqlite3"
        upgrade(db)
        engine = make_engine(db, migrating=True)
        try:
            with engine.connect() as conn:
                command.revision(
                    alembic_config(conn), message=args.message, autogenerate=args.autogenerate, rev_id=rev_id
                )
        finally:
            engine.dispose()
    print(f"Wrote revision {rev_id}; add it to KNOWN_REVISIONS in desktop/store/schema.py")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
