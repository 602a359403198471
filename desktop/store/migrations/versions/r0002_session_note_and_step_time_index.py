"""A note on each session; step records indexed by start time for the history view.

Revision ID: 0002
Revises: 0001
Create Date: 2026-05-09
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("sessions") as batch:
        batch.add_column(sa.Column("note", sa.String(), nullable=True))
    op.create_index("ix_step_records_started_at", "step_records", ["started_at"])


def downgrade() -> None:
    op.drop_index("ix_step_records_started_at", table_name="step_records")
    with op.batch_alter_table("sessions") as batch:
        batch.drop_column("note")
