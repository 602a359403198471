"""Typed SQLAlchemy models. Only the repositories see these; everything else gets domain values.

The migrations in `migrations/versions` create the same schema by hand (a test compares them with
Alembic's autogenerate); change both together, through a new revision.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    MetaData,
    String,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Stored as naive UTC text; read back as aware UTC. Naive input is taken as local time."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {  # noqa: RUF012 - SQLAlchemy reads this class attribute
        datetime: UTCDateTime(),
        str: String(),
        float: Float(),
        dict[str, Any]: JSON(),
        list[str]: JSON(),
    }


class RoutineRow(Base):
    """A routine in the library (bundled with Supple or imported by the user)."""

    __tablename__ = "routines"
    __table_args__ = (CheckConstraint("origin IN ('bundled', 'imported')", name="origin"),)

    id: Mapped[str] = mapped_column(primary_key=True)
    title: Mapped[str]
    origin: Mapped[str]
    source_path: Mapped[str | None]
    tags: Mapped[list[str]]
    added_at: Mapped[datetime]


class FavouriteRow(Base):
    """A favourite routine (step_id NULL) or step; unique, NULL counting as one value."""

    __tablename__ = "favourites"
    __table_args__ = (
        Index("ux_favourites_target", "routine_id", text("coalesce(step_id, '')"), unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    routine_id: Mapped[str] = mapped_column(ForeignKey("routines.id", ondelete="CASCADE"))
    step_id: Mapped[str | None]
    added_at: Mapped[datetime]


class PlaylistRow(Base):
    __tablename__ = "playlists"

    id: Mapped[str] = mapped_column(primary_key=True)
    title: Mapped[str]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    #: Runs of items played several times: [{"first": 0, "last": 1, "rounds": 2}, ...] (revision 0003).
    blocks: Mapped[list[dict[str, int]]] = mapped_column(JSON(), server_default="[]")


class PlaylistItemRow(Base):
    __tablename__ = "playlist_items"
    __table_args__ = (
        UniqueConstraint("playlist_id", "position"),
        CheckConstraint("rounds >= 1", name="rounds"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    playlist_id: Mapped[str] = mapped_column(ForeignKey("playlists.id", ondelete="CASCADE"))
    position: Mapped[int]
    routine_id: Mapped[str]
    step_id: Mapped[str | None]
    overrides: Mapped[dict[str, Any]]
    rounds: Mapped[int]


class SessionRow(Base):
    """One playing of a routine or playlist."""

    __tablename__ = "sessions"
    __table_args__ = (
        CheckConstraint("pain BETWEEN 0 AND 10", name="pain"),
        CheckConstraint("effort BETWEEN 0 AND 10", name="effort"),
        CheckConstraint("level >= 1", name="level"),
        Index("ix_sessions_started_at", "started_at"),
        Index("ix_sessions_routine_id", "routine_id"),
        Index("ix_sessions_playlist_id", "playlist_id"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    title: Mapped[str]
    started_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]
    note: Mapped[str | None]  # revision 0002
    # revision 0004: what was played (one of the two, or neither for a clip opened alone), how it
    # felt (0-10 each, optional) and the ladder level it was played at.
    routine_id: Mapped[str | None]
    playlist_id: Mapped[str | None]
    pain: Mapped[int | None]
    effort: Mapped[int | None]
    level: Mapped[int | None]


class StepRecordRow(Base):
    """One finished or skipped piece of work. Routine ids are not foreign keys: history outlives
    the routines it mentions."""

    __tablename__ = "step_records"
    __table_args__ = (
        CheckConstraint("side IN ('none', 'left', 'right')", name="side"),
        CheckConstraint("outcome IN ('done', 'skipped')", name="outcome"),
        Index("ix_step_records_session_id", "session_id"),
        Index("ix_step_records_started_at", "started_at"),  # revision 0002
        {"sqlite_autoincrement": True},  # ids handed to on_saved are never reused
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[str] = mapped_column(String(36), ForeignKey("sessions.id", ondelete="CASCADE"))
    routine_id: Mapped[str]
    step_id: Mapped[str]
    side: Mapped[str]
    set_index: Mapped[int]
    outcome: Mapped[str]
    planned_seconds: Mapped[float]
    actual_seconds: Mapped[float]
    reps: Mapped[int | None]
    started_at: Mapped[datetime]
    ended_at: Mapped[datetime]


class LevelEventRow(Base):
    """A person's level on a ladder routine set by them, a suggestion accepted, or one dismissed
    (revision 0004). The current level is the newest 'set' or 'accepted' event's `to_level`."""

    __tablename__ = "level_events"
    __table_args__ = (
        CheckConstraint("kind IN ('set', 'accepted', 'dismissed')", name="kind"),
        CheckConstraint("to_level >= 1", name="to_level"),
        Index("ix_level_events_routine_id", "routine_id"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    routine_id: Mapped[str]
    at: Mapped[datetime]
    kind: Mapped[str]
    from_level: Mapped[int | None]
    to_level: Mapped[int]


class ReminderRow(Base):
    """A reminder to play a routine or saved playlist (revision 0005): `days` is a bit mask (bit 0
    Monday ... bit 6 Sunday), `minute` the local time in minutes after midnight; one per target."""

    __tablename__ = "reminders"
    __table_args__ = (
        CheckConstraint("kind IN ('routine', 'playlist')", name="kind"),
        CheckConstraint("days BETWEEN 1 AND 127", name="days"),
        CheckConstraint("minute BETWEEN 0 AND 1439", name="minute"),
        UniqueConstraint("kind", "target_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str]
    target_id: Mapped[str]
    days: Mapped[int]
    minute: Mapped[int]
    created_at: Mapped[datetime]


class LoopMarkRow(Base):
    """The in and out marks of a loop on a clip, by a hash of the clip's content (revision 0006).

    Frames are indices (inclusive); times are those frames' start times in seconds (their
    timestamps on a variable-frame-rate clip); `fps` is the rate the frames were counted at. A mark
    not set is NULL.
    """

    __tablename__ = "loop_marks"
    __table_args__ = (
        CheckConstraint("in_frame >= 0", name="in_frame"),
        CheckConstraint("out_frame >= 0", name="out_frame"),
        CheckConstraint("fps > 0", name="fps"),
    )

    content_hash: Mapped[str] = mapped_column(primary_key=True)
    in_frame: Mapped[int | None]
    out_frame: Mapped[int | None]
    in_time: Mapped[float | None]
    out_time: Mapped[float | None]
    fps: Mapped[float]
    updated_at: Mapped[datetime]
