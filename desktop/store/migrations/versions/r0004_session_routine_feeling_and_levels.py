"""What each session played and how it felt; the level changes of ladder routines.

Sessions gain the routine or playlist they played (derived here for older sessions from their
steps), pain and effort (0-10) and the ladder level they were played at. `level_events` keeps every
change of a person's level on a ladder routine and every suggestion they dismissed.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# A session whose steps all come from one routine played that routine.
_DERIVE_ROUTINE = """
UPDATE sessions SET routine_id = (
    SELECT min(r.routine_id) FROM step_records r WHERE r.session_id = sessions.id
)
WHERE (SELECT count(DISTINCT r.routine_id) FROM step_records r WHERE r.session_id = sessions.id) = 1
"""
# One with steps of several routines played a playlist: the one saved under its title, if only one is.
_DERIVE_PLAYLIST = """
UPDATE sessions SET playlist_id = (SELECT p.id FROM playlists p WHERE p.title = sessions.title)
WHERE routine_id IS NULL
  AND (SELECT count(DISTINCT r.routine_id) FROM step_records r WHERE r.session_id = sessions.id) > 1
  AND (SELECT count(*) FROM playlists p WHERE p.title = sessions.title) = 1
"""


def upgrade() -> None:
    with op.batch_alter_table("sessions") as batch:
        batch.add_column(sa.Column("routine_id", sa.String(), nullable=True))
        batch.add_column(sa.Column("playlist_id", sa.String(), nullable=True))
        batch.add_column(sa.Column("pain", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("effort", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("level", sa.Integer(), nullable=True))
        batch.create_check_constraint("pain", "pain BETWEEN 0 AND 10")
        batch.create_check_constraint("effort", "effort BETWEEN 0 AND 10")
        batch.create_check_constraint("level", "level >= 1")
    op.create_index("ix_sessions_started_at", "sessions", ["started_at"])
    op.create_index("ix_sessions_routine_id", "sessions", ["routine_id"])
    op.create_index("ix_sessions_playlist_id", "sessions", ["playlist_id"])
    op.execute(_DERIVE_ROUTINE)
    op.execute(_DERIVE_PLAYLIST)
    op.create_table(
        "level_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("routine_id", sa.String(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("from_level", sa.Integer(), nullable=True),
        sa.Column("to_level", sa.Integer(), nullable=False),
        sa.CheckConstraint("kind IN ('set', 'accepted', 'dismissed')", name="kind"),
        sa.CheckConstraint("to_level >= 1", name="to_level"),
        sa.PrimaryKeyConstraint("id"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_level_events_routine_id", "level_events", ["routine_id"])


def downgrade() -> None:
    op.drop_index("ix_level_events_routine_id", table_name="level_events")
    op.drop_table("level_events")
    op.drop_index("ix_sessions_playlist_id", table_name="sessions")
    op.drop_index("ix_sessions_routine_id", table_name="sessions")
    op.drop_index("ix_sessions_started_at", table_name="sessions")
    with op.batch_alter_table("sessions") as batch:
        batch.drop_constraint("level", type_="check")
        batch.drop_constraint("effort", type_="check")
        batch.drop_constraint("pain", type_="check")
        for column in ("level", "effort", "pain", "playlist_id", "routine_id"):
            batch.drop_column(column)
