"""The blocks of each playlist: runs of its items played several times over.

Revision ID: 0003
Revises: 0002
Create Date: 2026-05-10
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # JSON [{"first", "last", "rounds"}, ...]; playlists saved before have none.
    with op.batch_alter_table("playlists") as batch:
        batch.add_column(sa.Column("blocks", sa.JSON(), server_default="[]", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("playlists") as batch:
        batch.drop_column("blocks")
