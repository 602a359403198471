"""Repositories: short-lived sessions in, frozen domain values out. No ORM row leaves this module."""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    ColumnElement,
    CursorResult,
    Engine,
    Executable,
    and_,
    delete,
    func,
    literal,
    select,
    update,
)
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from desktop.domain import (
    Block,
    Outcome,
    Playlist,
    PlaylistItem,
    Routine,
    SessionRecord,
    Side,
)
from desktop.domain.overrides import decode_overrides, encode_overrides
from desktop.domain.wall_clock import WallClock, utc_now
from desktop.store.engine import writer_engine
from desktop.store.errors import ReadOnlyStoreError
from desktop.store.models import (
    FavouriteRow,
    PlaylistItemRow,
    PlaylistRow,
    RoutineRow,
    SessionRow,
    StepRecordRow,
)
from desktop.store.values import Favourite, HistoryEntry, LibraryEntry, Origin, PlayedSession


class Database:
    """The engine, the read-only flag and the wall clock the repositories share."""

    def __init__(self, engine: Engine, *, read_only: bool, clock: WallClock = utc_now) -> None:
        self.engine = engine
        self.read_only = read_only
        self.clock = clock
        self._writer = writer_engine(engine)

    def reading(self) -> Session:
        return Session(self.engine)

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """One transaction, committed on exit; BEGIN IMMEDIATE so busy_timeout covers the lock."""
        if self.read_only:
            raise ReadOnlyStoreError()
        with Session(self._writer, expire_on_commit=False) as session, session.begin():
            yield session


def _changed(session: Session, statement: Executable) -> int:
    """Rows an INSERT, UPDATE or DELETE touched."""
    result = session.execute(statement)
    assert isinstance(result, CursorResult)
    return result.rowcount


def _favourite(routine_id: str, step_id: str | None) -> ColumnElement[bool]:
    step = FavouriteRow.step_id.is_(None) if step_id is None else FavouriteRow.step_id == step_id
    return and_(FavouriteRow.routine_id == routine_id, step)


# -- library -------------------------------------------------------------------------------------


def _library_entry(row: RoutineRow) -> LibraryEntry:
    return LibraryEntry(
        id=row.id,
        title=row.title,
        origin=Origin(row.origin),
        source=None if row.source_path is None else Path(row.source_path),
        tags=tuple(row.tags),
        added_at=row.added_at,
    )


class LibraryRepository:
    """Routines Supple knows: bundled ones and those the user imported."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, routine: Routine, origin: Origin, source: Path | None = None) -> LibraryEntry:
        """Add a routine, or refresh its title, tags, origin and source; `added_at` is kept."""
        path = source if source is not None else routine.source
        with self._db.writing() as s:
            row = s.get(RoutineRow, routine.id)
            if row is None:
                row = RoutineRow(id=routine.id, added_at=self._db.clock())
                s.add(row)
            row.title = routine.title
            row.origin = origin.value
            row.source_path = None if path is None else str(path)
            row.tags = list(routine.tags)
            s.flush()
            return _library_entry(row)

    def get(self, routine_id: str) -> LibraryEntry | None:
        with self._db.reading() as s:
            row = s.get(RoutineRow, routine_id)
            return None if row is None else _library_entry(row)

    def entries(self, origin: Origin | None = None) -> list[LibraryEntry]:
        query = select(RoutineRow).order_by(RoutineRow.title, RoutineRow.id)
        if origin is not None:
            query = query.where(RoutineRow.origin == origin.value)
        with self._db.reading() as s:
            return [_library_entry(r) for r in s.scalars(query)]

    def remove(self, routine_id: str) -> bool:
        """Forget a routine (its favourites go with it; playlists and history keep their ids)."""
        with self._db.writing() as s:
            return _changed(s, delete(RoutineRow).where(RoutineRow.id == routine_id)) > 0


# -- favourites ----------------------------------------------------------------------------------


class FavouritesRepository:
    """Favourite routines and steps. The routine must be in the library."""

    def __init__(self, db: Database) -> None:
        self._db = db

    @property
    def read_only(self) -> bool:
        """Writes would raise ReadOnlyStoreError (so a view can say so before trying)."""
        return self._db.read_only

    def add(self, routine_id: str, step_id: str | None = None) -> bool:
        """True when it was not a favourite before."""
        stmt = (
            insert(FavouriteRow)
            .values(routine_id=routine_id, step_id=step_id, added_at=self._db.clock())
            .on_conflict_do_nothing()
        )
        with self._db.writing() as s:
            return _changed(s, stmt) == 1

    def remove(self, routine_id: str, step_id: str | None = None) -> bool:
        with self._db.writing() as s:
            return _changed(s, delete(FavouriteRow).where(_favourite(routine_id, step_id))) > 0

    def contains(self, routine_id: str, step_id: str | None = None) -> bool:
        query = select(FavouriteRow.id).where(_favourite(routine_id, step_id))
        with self._db.reading() as s:
            return s.scalar(query) is not None

    def entries(self) -> list[Favourite]:
        query = select(FavouriteRow).order_by(FavouriteRow.added_at, FavouriteRow.id)
        with self._db.reading() as s:
            return [Favourite(r.routine_id, r.step_id, r.added_at) for r in s.scalars(query)]


# -- playlists -----------------------------------------------------------------------------------


def encode_blocks(blocks: Sequence[Block]) -> list[dict[str, int]]:
    """JSON-ready blocks: [{"first", "last", "rounds"}, ...]."""
    return [{"first": b.first, "last": b.last, "rounds": b.rounds} for b in blocks]


def decode_blocks(data: Sequence[Mapping[str, Any]] | None) -> tuple[Block, ...]:
    """The inverse of `encode_blocks`; None (no blocks column, an older database) is no blocks.
    Keys a newer Supple added are ignored."""
    return tuple(Block(int(b["first"]), int(b["last"]), int(b["rounds"])) for b in data or ())


def _playlist(
    playlist_id: str, title: str, blocks: Sequence[Mapping[str, Any]] | None, items: list[PlaylistItemRow]
) -> Playlist:
    return Playlist(
        id=playlist_id,
        title=title,
        blocks=decode_blocks(blocks),
        items=tuple(
            PlaylistItem(
                routine_id=i.routine_id,
                step_id=i.step_id,
                overrides=decode_overrides(i.overrides, strict=False),
                rounds=i.rounds,
            )
            for i in items
        ),
    )


class PlaylistsRepository:
    """Custom playlists; saving one replaces its items and blocks in a single transaction."""

    def __init__(self, db: Database, *, has_blocks: bool = True) -> None:
        self._db = db
        # A read-only open of an older database (before revision 0003) has no playlists.blocks column.
        blocks: Any = PlaylistRow.blocks if has_blocks else literal(None).label("blocks")
        self._columns = (PlaylistRow.id, PlaylistRow.title, blocks)

    def save(self, playlist: Playlist) -> None:
        now = self._db.clock()
        with self._db.writing() as s:
            row = s.get(PlaylistRow, playlist.id)
            blocks = encode_blocks(playlist.blocks)
            if row is None:
                s.add(
                    PlaylistRow(
                        id=playlist.id, title=playlist.title, blocks=blocks, created_at=now, updated_at=now
                    )
                )
            else:
                row.title = playlist.title
                row.blocks = blocks
                row.updated_at = now
            s.flush()
            # Core statements: the ORM would insert before deleting and trip (playlist_id, position).
            s.execute(delete(PlaylistItemRow).where(PlaylistItemRow.playlist_id == playlist.id))
            if playlist.items:
                s.execute(
                    insert(PlaylistItemRow),
                    [
                        {
                            "playlist_id": playlist.id,
                            "position": position,
                            "routine_id": item.routine_id,
                            "step_id": item.step_id,
                            "overrides": encode_overrides(item.overrides),
                            "rounds": item.rounds,
                        }
                        for position, item in enumerate(playlist.items)
                    ],
                )

    def get(self, playlist_id: str) -> Playlist | None:
        with self._db.reading() as s:
            row = s.execute(select(*self._columns).where(PlaylistRow.id == playlist_id)).first()
            if row is None:
                return None
            items = s.scalars(
                select(PlaylistItemRow)
                .where(PlaylistItemRow.playlist_id == playlist_id)
                .order_by(PlaylistItemRow.position)
            ).all()
            return _playlist(row.id, row.title, row.blocks, list(items))

    def entries(self) -> list[Playlist]:
        with self._db.reading() as s:
            rows = s.execute(select(*self._columns).order_by(PlaylistRow.title, PlaylistRow.id)).all()
            items: dict[str, list[PlaylistItemRow]] = {r.id: [] for r in rows}
            for item in s.scalars(select(PlaylistItemRow).order_by(PlaylistItemRow.position)):
                items.setdefault(item.playlist_id, []).append(item)
            return [_playlist(r.id, r.title, r.blocks, items[r.id]) for r in rows]

    def remove(self, playlist_id: str) -> bool:
        with self._db.writing() as s:
            return _changed(s, delete(PlaylistRow).where(PlaylistRow.id == playlist_id)) > 0


# -- history -------------------------------------------------------------------------------------

_ENTRY_COLUMNS = (
    StepRecordRow.id,
    StepRecordRow.session_id,
    StepRecordRow.routine_id,
    StepRecordRow.step_id,
    StepRecordRow.side,
    StepRecordRow.set_index,
    StepRecordRow.outcome,
    StepRecordRow.planned_seconds,
    StepRecordRow.actual_seconds,
    StepRecordRow.reps,
    StepRecordRow.started_at,
    StepRecordRow.ended_at,
    SessionRow.title.label("session_title"),
    SessionRow.started_at.label("session_started_at"),
)


_SIDES = {s.value: s for s in Side}
_OUTCOMES = {o.value: o for o in Outcome}


def _entry(row: Sequence[Any]) -> HistoryEntry:
    """A row of `_ENTRY_COLUMNS` as a domain value (unpacked: 13 attribute look-ups a row cost
    more than the dataclasses at 100,000 rows)."""
    (
        record_id,
        session_id,
        routine_id,
        step_id,
        side,
        set_index,
        outcome,
        planned_seconds,
        actual_seconds,
        reps,
        started_at,
        ended_at,
        session_title,
        session_started_at,
    ) = row
    return HistoryEntry(
        id=record_id,
        record=SessionRecord(
            routine_id=routine_id,
            step_id=step_id,
            side=_SIDES[side],
            set_index=set_index,
            outcome=_OUTCOMES[outcome],
            planned_seconds=planned_seconds,
            actual_seconds=actual_seconds,
            reps=reps,
            started_at=started_at,
            ended_at=ended_at,
            session_id=session_id,
        ),
        session_title=session_title,
        session_started_at=session_started_at,
    )


#: Columns of sessions after the first four, in PlayedSession's order.
_LATER_SESSION_COLUMNS = ("note", "routine_id", "playlist_id", "pain", "effort", "level")


class HistoryRepository:
    """Sessions and their step records. Every write is its own committed transaction."""

    def __init__(self, db: Database, *, session_columns: frozenset[str] | None = None) -> None:
        self._db = db
        # A read-only open of an older database lacks the columns later revisions added to sessions
        # (note: 0002; routine_id ... level: 0004): they read as NULL. None: all are there.
        self._session_columns: tuple[Any, ...] = tuple(
            getattr(SessionRow, name)
            if session_columns is None or name in session_columns
            else literal(None).label(name)
            for name in _LATER_SESSION_COLUMNS
        )

    def start_session(
        self,
        title: str,
        started_at: datetime | None = None,
        session_id: str | None = None,
        *,
        routine_id: str | None = None,
        playlist_id: str | None = None,
        level: int | None = None,
    ) -> str:
        """Create a session and return its id (a new uuid4 unless given). It played a routine or a
        playlist (or neither: a clip opened alone), up to `level` of a ladder routine."""
        if routine_id is not None and playlist_id is not None:
            raise ValueError("a session plays a routine or a playlist, not both")
        sid = session_id or str(uuid.uuid4())
        row = SessionRow(
            id=sid,
            title=title,
            started_at=started_at or self._db.clock(),
            routine_id=routine_id,
            playlist_id=playlist_id,
            level=level,
        )
        with self._db.writing() as s:
            s.add(row)
        return sid

    def set_feeling(self, session_id: str, *, pain: int | None, effort: int | None, note: str | None) -> None:
        """Say (or change) how a session felt: pain and effort 0-10 or None; the note is kept
        exactly as given (None or "" clears it)."""
        for name, value in (("pain", pain), ("effort", effort)):
            if value is not None and (isinstance(value, bool) or not 0 <= value <= 10):
                raise ValueError(f"{name} is a whole number from 0 to 10, got {value!r}")
        values = {"pain": pain, "effort": effort, "note": note or None}
        with self._db.writing() as s:
            if _changed(s, update(SessionRow).where(SessionRow.id == session_id).values(values)) == 0:
                raise KeyError(f"no session {session_id!r}")

    def end_session(self, session_id: str, ended_at: datetime | None = None, note: str | None = None) -> None:
        values: dict[str, Any] = {"ended_at": ended_at or self._db.clock()}
        if note is not None:
            values["note"] = note
        with self._db.writing() as s:
            if _changed(s, update(SessionRow).where(SessionRow.id == session_id).values(values)) == 0:
                raise KeyError(f"no session {session_id!r}")

    def record_step(self, record: SessionRecord) -> int:
        """Save one finished or skipped piece at once (committed on return); returns its id."""
        if not record.session_id:
            raise ValueError("a step record needs the id of its session (start_session)")
        row = StepRecordRow(
            session_id=record.session_id,
            routine_id=record.routine_id,
            step_id=record.step_id,
            side=record.side.value,
            set_index=record.set_index,
            outcome=record.outcome.value,
            planned_seconds=record.planned_seconds,
            actual_seconds=record.actual_seconds,
            reps=record.reps,
            started_at=record.started_at,
            ended_at=record.ended_at,
        )
        with self._db.writing() as s:
            s.add(row)
            s.flush()
            return row.id

    def session(self, session_id: str) -> PlayedSession | None:
        found = self._sessions(SessionRow.id == session_id, limit=1)
        return found[0] if found else None

    def sessions(self, limit: int | None = None) -> list[PlayedSession]:
        """Newest first."""
        return self._sessions(None, limit=limit)

    def _sessions(self, where: ColumnElement[bool] | None, limit: int | None) -> list[PlayedSession]:
        query = select(
            SessionRow.id,
            SessionRow.title,
            SessionRow.started_at,
            SessionRow.ended_at,
            *self._session_columns,
        )
        if where is not None:
            query = query.where(where)
        query = query.order_by(SessionRow.started_at.desc(), SessionRow.id).limit(limit)
        with self._db.reading() as s:
            return [PlayedSession(*row) for row in s.execute(query)]

    def entries(
        self, session_id: str | None = None, *, limit: int | None = None, newest_first: bool = True
    ) -> list[HistoryEntry]:
        """Step records with their session's title and start, by start time."""
        order = StepRecordRow.started_at.desc() if newest_first else StepRecordRow.started_at
        query = select(*_ENTRY_COLUMNS).join(SessionRow, SessionRow.id == StepRecordRow.session_id)
        if session_id is not None:
            query = query.where(StepRecordRow.session_id == session_id)
        query = query.order_by(order, StepRecordRow.id).limit(limit)
        with self._db.reading() as s:
            return [_entry(r) for r in s.execute(query)]

    def iter_entries(self, batch_size: int = 2000) -> Iterator[HistoryEntry]:
        """Every step record oldest first, streamed in batches from one read transaction, so an
        export is a consistent snapshot (WAL: writers carry on meanwhile)."""
        query = (
            select(*_ENTRY_COLUMNS)
            .join(SessionRow, SessionRow.id == StepRecordRow.session_id)
            .order_by(StepRecordRow.started_at, StepRecordRow.id)
        )
        with self._db.reading() as s:
            for batch in s.execute(query, execution_options={"yield_per": batch_size}).partitions():
                yield from map(_entry, batch)

    def get(self, record_id: int) -> HistoryEntry | None:
        query = (
            select(*_ENTRY_COLUMNS)
            .join(SessionRow, SessionRow.id == StepRecordRow.session_id)
            .where(StepRecordRow.id == record_id)
        )
        with self._db.reading() as s:
            row = s.execute(query).first()
            return None if row is None else _entry(row)

    def count(self) -> int:
        """How many step records there are."""
        with self._db.reading() as s:
            return int(s.scalar(select(func.count()).select_from(StepRecordRow)) or 0)

    def count_sessions(self) -> int:
        with self._db.reading() as s:
            return int(s.scalar(select(func.count()).select_from(SessionRow)) or 0)
