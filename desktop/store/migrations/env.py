"""Alembic environment: runs on the connection `desktop.store.migrate` passes in (online only)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from desktop.store.models import Base


def run_migrations() -> None:
    connection = context.config.attributes.get("connection")
    if not isinstance(connection, Connection):
        raise RuntimeError(
            "Supple's migrations run through desktop.store.migrate, which supplies a connection"
        )
    # Batch mode: SQLite cannot ALTER most things, so Alembic rebuilds the table instead.
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
