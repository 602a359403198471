"""Initial schema: library, favourites, playlists, sessions and step records.

Revision ID: 0001
Revises:
Create Date: 2026-05-09
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "routines",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("origin", sa.String(), nullable=False),
        sa.Column("source_path", sa.String(), nullable=True),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("origin IN ('bundled', 'imported')", name=op.f("ck_routines_origin")),
        sa.PrimaryKeyConstraint("id", name="pk_routines"),
    )
    op.create_table(
        "favourites",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("routine_id", sa.String(), nullable=False),
        sa.Column("step_id", sa.String(), nullable=True),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["routine_id"], ["routines.id"], name="fk_favourites_routine_id_routines", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_favourites"),
    )
    # NULL step_id (the whole routine) must be unique too: index the coalesced value.
    op.create_index(
        "ux_favourites_target", "favourites", ["routine_id", sa.text("coalesce(step_id, '')")], unique=True
    )
    op.create_table(
        "playlists",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_playlists"),
    )
    op.create_table(
        "playlist_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("playlist_id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("routine_id", sa.String(), nullable=False),
        sa.Column("step_id", sa.String(), nullable=True),
        sa.Column("overrides", sa.JSON(), nullable=False),
        sa.Column("rounds", sa.Integer(), nullable=False),
        sa.CheckConstraint("rounds >= 1", name=op.f("ck_playlist_items_rounds")),
        sa.ForeignKeyConstraint(
            ["playlist_id"],
            ["playlists.id"],
            name="fk_playlist_items_playlist_id_playlists",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_playlist_items"),
        sa.UniqueConstraint("playlist_id", "position", name="uq_playlist_items_playlist_id_position"),
    )
    op.create_table(
        "sessions",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_sessions"),
    )
    op.create_table(
        "step_records",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("routine_id", sa.String(), nullable=False),
        sa.Column("step_id", sa.String(), nullable=False),
        sa.Column("side", sa.String(), nullable=False),
        sa.Column("set_index", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(), nullable=False),
        sa.Column("planned_seconds", sa.Float(), nullable=False),
        sa.Column("actual_seconds", sa.Float(), nullable=False),
        sa.Column("reps", sa.Integer(), nullable=True),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("side IN ('none', 'left', 'right')", name=op.f("ck_step_records_side")),
        sa.CheckConstraint("outcome IN ('done', 'skipped')", name=op.f("ck_step_records_outcome")),
        sa.ForeignKeyConstraint(
            ["session_id"], ["sessions.id"], name="fk_step_records_session_id_sessions", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_step_records"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_step_records_session_id", "step_records", ["session_id"])


def downgrade() -> None:
    op.drop_table("step_records")
    op.drop_table("sessions")
    op.drop_table("playlist_items")
    op.drop_table("playlists")
    op.drop_index("ux_favourites_target", table_name="favourites")
    op.drop_table("favourites")
    op.drop_table("routines")
