"""A person's level on each ladder routine (revision 0004's `level_events`), and what the level
suggestion rule (desktop/domain/ladder.py) needs to know about the sessions played at it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from sqlalchemy import select

from desktop.domain.ladder import Dismissal, LevelSession, Suggestion
from desktop.store.models import LevelEventRow, SessionRow
from desktop.store.repositories import Database

EventKind = Literal["set", "accepted", "dismissed"]
#: At most this many sessions at a level are read for a suggestion (the rule needs a handful).
_SESSIONS_READ = 100


@dataclass(frozen=True, slots=True)
class LevelEvent:
    routine_id: str
    at: datetime
    kind: EventKind
    from_level: int | None
    to_level: int


class LevelsRepository:
    """Level changes are kept, never overwritten: the current level is the newest set or accepted
    event's `to_level`. Every write is its own committed transaction."""

    def __init__(self, db: Database, *, has_table: bool = True) -> None:
        self._db = db
        self._has_table = has_table  # False: a read-only open of a database from before 0004

    @property
    def read_only(self) -> bool:
        return self._db.read_only

    def current(self, routine_id: str) -> int | None:
        """The person's level on the routine; None when never set."""
        newest = self._newest_change(routine_id)
        return None if newest is None else newest.to_level

    # `at` is when the person chose, when the write comes later (a session started meanwhile must
    # not count as played before the change); by default, now.
    def set_level(self, routine_id: str, level: int, at: datetime | None = None) -> None:
        """The person chose `level` themselves."""
        self._add(routine_id, "set", self.current(routine_id), level, at)

    def accept(self, routine_id: str, suggestion: Suggestion, at: datetime | None = None) -> None:
        self._add(routine_id, "accepted", suggestion.from_level, suggestion.to_level, at)

    def dismiss(self, routine_id: str, suggestion: Suggestion, at: datetime | None = None) -> None:
        self._add(routine_id, "dismissed", suggestion.from_level, suggestion.to_level, at)

    def events(self, routine_id: str) -> list[LevelEvent]:
        """Every change and dismissal on the routine, oldest first."""
        if not self._has_table:
            return []
        query = (
            select(LevelEventRow)
            .where(LevelEventRow.routine_id == routine_id)
            .order_by(LevelEventRow.at, LevelEventRow.id)
        )
        with self._db.reading() as s:
            return [_event(row) for row in s.scalars(query)]

    def since_level_set(self, routine_id: str, level: int) -> tuple[list[LevelSession], list[Dismissal]]:
        """The routine's sessions played at `level` since the level was last set or accepted
        (newest first), and the suggestions dismissed since then: what `suggest_level` weighs."""
        if not self._has_table:
            return [], []
        newest = self._newest_change(routine_id)
        since = newest.at if newest is not None else None
        sessions = (
            select(SessionRow.started_at, SessionRow.pain, SessionRow.effort)
            .where(SessionRow.routine_id == routine_id, SessionRow.level == level)
            .order_by(SessionRow.started_at.desc())
            .limit(_SESSIONS_READ)
        )
        dismissals = select(LevelEventRow).where(
            LevelEventRow.routine_id == routine_id, LevelEventRow.kind == "dismissed"
        )
        if since is not None:
            sessions = sessions.where(SessionRow.started_at >= since)
            dismissals = dismissals.where(LevelEventRow.at >= since)
        with self._db.reading() as s:
            played = [LevelSession(r.started_at, r.pain, r.effort) for r in s.execute(sessions)]
            dismissed = [Dismissal(r.at, r.from_level, r.to_level) for r in s.scalars(dismissals)]
        return played, dismissed

    def _newest_change(self, routine_id: str) -> LevelEvent | None:
        if not self._has_table:
            return None
        query = (
            select(LevelEventRow)
            .where(LevelEventRow.routine_id == routine_id, LevelEventRow.kind.in_(("set", "accepted")))
            .order_by(LevelEventRow.at.desc(), LevelEventRow.id.desc())
            .limit(1)
        )
        with self._db.reading() as s:
            row = s.scalar(query)
            return None if row is None else _event(row)

    def _add(
        self, routine_id: str, kind: EventKind, from_level: int | None, to_level: int, at: datetime | None
    ) -> None:
        if isinstance(to_level, bool) or to_level < 1:
            raise ValueError(f"a level is a whole number from 1, got {to_level!r}")
        row = LevelEventRow(
            routine_id=routine_id,
            at=at or self._db.clock(),
            kind=kind,
            from_level=from_level,
            to_level=to_level,
        )
        with self._db.writing() as s:
            s.add(row)


def _event(row: LevelEventRow) -> LevelEvent:
    kind: EventKind = "set" if row.kind == "set" else "accepted" if row.kind == "accepted" else "dismissed"
    return LevelEvent(row.routine_id, row.at, kind, row.from_level, row.to_level)
