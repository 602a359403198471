"""Reminders: play a routine or a saved playlist on days of the week at a time.

One row per routine or playlist (`kind`, `target_id`). `days` is a bit mask of the days of the week
(bit 0 Monday ... bit 6 Sunday), `minute` the local time as minutes after midnight. The target is
not a foreign key: a reminder of a routine or playlist that is gone is left alone (the app skips it).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "reminders",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("target_id", sa.String(), nullable=False),
        sa.Column("days", sa.Integer(), nullable=False),
        sa.Column("minute", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("kind IN ('routine', 'playlist')", name="kind"),
        sa.CheckConstraint("days BETWEEN 1 AND 127", name="days"),
        sa.CheckConstraint("minute BETWEEN 0 AND 1439", name="minute"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("kind", "target_id"),
    )


def downgrade() -> None:
    op.drop_table("reminders")
