"""Loops marked on clips with I and O, remembered per clip by a hash of its content.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "loop_marks",
        sa.Column("content_hash", sa.String(), nullable=False),
        sa.Column("in_frame", sa.Integer(), nullable=True),
        sa.Column("out_frame", sa.Integer(), nullable=True),
        sa.Column("in_time", sa.Float(), nullable=True),
        sa.Column("out_time", sa.Float(), nullable=True),
        sa.Column("fps", sa.Float(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("in_frame >= 0", name="in_frame"),
        sa.CheckConstraint("out_frame >= 0", name="out_frame"),
        sa.CheckConstraint("fps > 0", name="fps"),
        sa.PrimaryKeyConstraint("content_hash"),
    )


def downgrade() -> None:
    op.drop_table("loop_marks")
