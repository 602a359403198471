"""The read side of history for the history view and `supple history`: sessions a page at a time
with their counts, practised days, minutes per week, how sessions felt; and deleting a session so
that it can be put back exactly.

Every query here is indexed and bounded (a page of sessions, the weeks a chart shows, one
session's steps), so the GUI thread may run them: bench/history.py measures them with 100,000
step records. Dates are the person's local dates; `zone` None means the computer's time zone.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    bindparam,
    case,
    delete,
    exists,
    func,
    insert,
    literal,
    or_,
    select,
    tuple_,
)

from desktop.domain.streaks import practice_days, week_start
from desktop.store.models import SessionRow, StepRecordRow
from desktop.store.repositories import (
    _ENTRY_COLUMNS,
    _LATER_SESSION_COLUMNS,
    Database,
    HistoryRepository,
    _entry,
)
from desktop.store.values import HistoryEntry, PlayedSession

#: Rows the history view's list fetches at a time.
PAGE_SIZE = 100


@dataclass(frozen=True, slots=True)
class HistoryFilter:
    """Which sessions to show: of one routine or one playlist, started between two local dates
    (both included). Empty: every session."""

    routine_id: str | None = None
    playlist_id: str | None = None
    since: date | None = None
    until: date | None = None

    def bounds(self, zone: tzinfo | None = None) -> tuple[datetime | None, datetime | None]:
        """[start, end) in aware datetimes: local midnight of `since` and of the day after `until`."""
        return (
            None if self.since is None else local_midnight(self.since, zone),
            None if self.until is None else local_midnight(self.until + timedelta(days=1), zone),
        )


def local_midnight(day: date, zone: tzinfo | None = None) -> datetime:
    """The first instant of `day` in `zone` (None: the computer's time zone), aware."""
    if zone is None:
        return datetime.combine(day, time()).astimezone()
    return datetime.combine(day, time(), tzinfo=zone)


@dataclass(frozen=True, slots=True)
class SessionSummary:
    """A session with what it holds: steps done and skipped, and the seconds they took."""

    session: PlayedSession
    done: int
    skipped: int
    seconds: float

    @property
    def key(self) -> str:
        """What it played, to group by: the routine id, "playlist:<id>", or its title."""
        return session_key(self.session.routine_id, self.session.playlist_id, self.session.title)


def session_key(routine_id: str | None, playlist_id: str | None, title: str) -> str:
    if routine_id is not None:
        return routine_id
    return f"playlist:{playlist_id}" if playlist_id is not None else f"title:{title}"


@dataclass(frozen=True, slots=True)
class DayAmount:
    """What was done on one local date."""

    day: date
    sessions: int = 0
    seconds: float = 0.0


@dataclass(frozen=True, slots=True)
class WeekMinutes:
    """Minutes practised in the week starting on `week` (a Monday), in all and per session key."""

    week: date
    minutes: float
    per_key: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class FeelingPoint:
    """How one session felt, for the pain and effort chart."""

    started_at: datetime
    key: str
    title: str
    pain: int | None
    effort: int | None


@dataclass(frozen=True, slots=True)
class DeletedSession:
    """Everything a deleted session was, column by column, to put it back exactly (same ids)."""

    session: dict[str, Any]
    records: tuple[dict[str, Any], ...]

    @property
    def id(self) -> str:
        return str(self.session["id"])


class HistoryQueries:
    """Read queries over sessions and step records, plus delete and restore of a session."""

    def __init__(
        self, db: Database, history: HistoryRepository, session_columns: frozenset[str] | None
    ) -> None:
        self._db = db
        self._page_queries: dict[tuple[HistoryFilter, tzinfo | None, bool], Select[Any]] = {}
        self._history = history
        self._present = session_columns
        self._later: dict[str, Any] = {
            name: getattr(SessionRow, name)
            if session_columns is None or name in session_columns
            else literal(None).label(name)
            for name in _LATER_SESSION_COLUMNS
        }

    @property
    def read_only(self) -> bool:
        return self._db.read_only

    # -- sessions, a page at a time ---------------------------------------------------------------

    def _where(self, flt: HistoryFilter, zone: tzinfo | None) -> list[ColumnElement[bool]]:
        where: list[ColumnElement[bool]] = []
        if flt.routine_id is not None:
            where.append(self._later["routine_id"] == flt.routine_id)
        if flt.playlist_id is not None:
            where.append(self._later["playlist_id"] == flt.playlist_id)
        start, end = flt.bounds(zone)
        if start is not None:
            where.append(SessionRow.started_at >= start)
        if end is not None:
            where.append(SessionRow.started_at < end)
        return where

    def page(
        self,
        flt: HistoryFilter = HistoryFilter(),
        after: SessionSummary | None = None,
        limit: int = PAGE_SIZE,
        zone: tzinfo | None = None,
    ) -> list[SessionSummary]:
        """Up to `limit` sessions newest first, those after `after` (the last of the previous page).

        Keyset paging on (started_at, id), both indexed: every page costs the same however deep.
        """
        query = self._page_query(flt, zone, keyed=after is not None)
        params: dict[str, Any] = {"limit": limit}
        if after is not None:
            params.update(after_at=after.session.started_at, after_id=after.session.id)
        with self._db.engine.connect() as conn:
            return [
                SessionSummary(PlayedSession(*row[:10]), int(row[10]), int(row[11]), float(row[12]))
                for row in conn.execute(query, params)
            ]

    def _page_query(self, flt: HistoryFilter, zone: tzinfo | None, *, keyed: bool) -> Select[Any]:
        """The page statement for a filter, built once: the page's start and size are parameters,
        so fetching the next page costs SQLAlchemy no construction and hits its compiled cache."""
        cache_key = (flt, zone, keyed)
        query = self._page_queries.get(cache_key)
        if query is not None:
            return query
        where = self._where(flt, zone)
        if keyed:
            after = tuple_(bindparam("after_at", type_=SessionRow.started_at.type), bindparam("after_id"))
            where.append(tuple_(SessionRow.started_at, SessionRow.id) < after)
        page = (
            select(
                SessionRow.id,
                SessionRow.title,
                SessionRow.started_at,
                SessionRow.ended_at,
                *self._later.values(),
            )
            .where(and_(True, *where))
            .order_by(SessionRow.started_at.desc(), SessionRow.id.desc())
            .limit(bindparam("limit"))
            .subquery()
        )
        done = func.count(case((StepRecordRow.outcome == "done", 1)))
        skipped = func.count(case((StepRecordRow.outcome == "skipped", 1)))
        seconds = func.coalesce(func.sum(StepRecordRow.actual_seconds), 0.0)
        query = (
            select(page, done, skipped, seconds)
            .outerjoin(StepRecordRow, StepRecordRow.session_id == page.c.id)
            .group_by(page.c.id)
            .order_by(page.c.started_at.desc(), page.c.id.desc())
        )
        if len(self._page_queries) > 64:
            self._page_queries.clear()
        self._page_queries[cache_key] = query
        return query

    def iter_sessions(
        self, flt: HistoryFilter = HistoryFilter(), zone: tzinfo | None = None
    ) -> Iterator[SessionSummary]:
        """Every session the filter selects, newest first, a page at a time."""
        after: SessionSummary | None = None
        while True:
            page = self.page(flt, after, PAGE_SIZE * 10, zone)
            yield from page
            if len(page) < PAGE_SIZE * 10:
                return
            after = page[-1]

    def count(self, flt: HistoryFilter = HistoryFilter(), zone: tzinfo | None = None) -> int:
        query = select(func.count()).select_from(SessionRow).where(and_(True, *self._where(flt, zone)))
        with self._db.reading() as sess:
            return int(sess.scalar(query) or 0)

    def steps(self, session_id: str) -> list[HistoryEntry]:
        """A session's step records in the order they were played."""
        return self._history.entries(session_id, newest_first=False)

    def iter_steps(
        self, flt: HistoryFilter = HistoryFilter(), zone: tzinfo | None = None
    ) -> Iterator[HistoryEntry]:
        """The step records of the sessions the filter selects, oldest first (`supple history`),
        streamed from one read transaction."""
        query = (
            select(*_ENTRY_COLUMNS)
            .join(SessionRow, SessionRow.id == StepRecordRow.session_id)
            .where(and_(True, *self._where(flt, zone)))
            .order_by(StepRecordRow.started_at, StepRecordRow.id)
        )
        with self._db.reading() as sess:
            for batch in sess.execute(query, execution_options={"yield_per": 2000}).partitions():
                yield from map(_entry, batch)

    # -- what the calendar and the charts show ----------------------------------------------------

    def practised_starts(self) -> list[datetime]:
        """When each session with at least one step done started (all of history: for streaks)."""
        has_done = exists().where(StepRecordRow.session_id == SessionRow.id, StepRecordRow.outcome == "done")
        with self._db.reading() as sess:
            return list(sess.scalars(select(SessionRow.started_at).where(has_done)))

    def practised_days(self, zone: tzinfo | None = None) -> set[date]:
        return practice_days(self.practised_starts(), zone)

    def _amounts(
        self, since: datetime, flt: HistoryFilter, zone: tzinfo | None
    ) -> list[tuple[datetime, str, float]]:
        """(start, key, seconds done or skipped) of each session since `since`."""
        seconds = func.coalesce(func.sum(StepRecordRow.actual_seconds), 0.0)
        query = (
            select(
                SessionRow.started_at,
                self._later["routine_id"],
                self._later["playlist_id"],
                SessionRow.title,
                seconds,
            )
            .outerjoin(StepRecordRow, StepRecordRow.session_id == SessionRow.id)
            .where(SessionRow.started_at >= since, *self._where(flt, zone))
            .group_by(SessionRow.id)
        )
        with self._db.reading() as sess:
            return [(r[0], session_key(r[1], r[2], r[3]), float(r[4])) for r in sess.execute(query)]

    def days(
        self, first: date, zone: tzinfo | None = None, flt: HistoryFilter = HistoryFilter()
    ) -> dict[date, DayAmount]:
        """Sessions and seconds per local date from `first` on (dates without any are left out)."""
        out: dict[date, DayAmount] = {}
        for started, _key, seconds in self._amounts(local_midnight(first, zone), flt, zone):
            day = started.astimezone(zone).date()
            old = out.get(day, DayAmount(day))
            out[day] = DayAmount(day, old.sessions + 1, old.seconds + seconds)
        return out

    def weekly_minutes(
        self, today: date, weeks: int = 12, zone: tzinfo | None = None, flt: HistoryFilter = HistoryFilter()
    ) -> list[WeekMinutes]:
        """Minutes of each of the last `weeks` weeks (oldest first, this week last), per key too."""
        first = week_start(today) - timedelta(weeks=weeks - 1)
        per_week: dict[date, dict[str, float]] = {first + timedelta(weeks=n): {} for n in range(weeks)}
        for started, key, seconds in self._amounts(local_midnight(first, zone), flt, zone):
            bucket = per_week.get(week_start(started.astimezone(zone).date()))
            if bucket is not None:
                bucket[key] = bucket.get(key, 0.0) + seconds / 60.0
        return [WeekMinutes(w, sum(k.values()), k) for w, k in per_week.items()]

    def titles(self) -> dict[str, str]:
        """The newest title of each session key (routine, playlist), for labels and filters."""
        r_id, p_id = self._later["routine_id"], self._later["playlist_id"]
        newest = func.max(SessionRow.started_at)
        query = select(r_id, p_id, SessionRow.title, newest).group_by(r_id, p_id, SessionRow.title)
        out: dict[str, tuple[datetime, str]] = {}
        with self._db.reading() as sess:
            for routine_id, playlist_id, title, at in sess.execute(query):
                key = session_key(routine_id, playlist_id, title)
                if key not in out or out[key][0] < at:
                    out[key] = (at, title)
        return {key: title for key, (_at, title) in out.items()}

    def feelings(
        self, flt: HistoryFilter = HistoryFilter(), zone: tzinfo | None = None, *, newest_only: bool = False
    ) -> list[FeelingPoint]:
        """Sessions with a pain or effort answer, oldest first (or only the newest one)."""
        pain, effort = self._later["pain"], self._later["effort"]
        query = (
            select(
                SessionRow.started_at,
                self._later["routine_id"],
                self._later["playlist_id"],
                SessionRow.title,
                pain,
                effort,
            )
            .where(or_(pain.is_not(None), effort.is_not(None)), *self._where(flt, zone))
            .order_by(SessionRow.started_at, SessionRow.id)
        )
        if newest_only:
            query = query.order_by(None).order_by(SessionRow.started_at.desc(), SessionRow.id.desc()).limit(1)
        with self._db.reading() as sess:
            return [
                FeelingPoint(r[0], session_key(r[1], r[2], r[3]), r[3], r[4], r[5])
                for r in sess.execute(query)
            ]

    def feelings_of_one(
        self, flt: HistoryFilter = HistoryFilter(), zone: tzinfo | None = None
    ) -> tuple[str | None, list[FeelingPoint]]:
        """The feelings of one routine or playlist: the filter's, or else the one that has the
        newest answer. Returns its key (None when no session has an answer) and the points."""
        if flt.routine_id is not None or flt.playlist_id is not None:
            points = self.feelings(flt, zone)
            key = flt.routine_id if flt.routine_id is not None else f"playlist:{flt.playlist_id}"
            return key, points
        newest = self.feelings(flt, zone, newest_only=True)
        if not newest:
            return None, []
        s = newest[0]
        if s.key.startswith("title:"):
            return s.key, newest
        if s.key.startswith("playlist:"):
            one = HistoryFilter(playlist_id=s.key.removeprefix("playlist:"), since=flt.since, until=flt.until)
        else:
            one = HistoryFilter(routine_id=s.key, since=flt.since, until=flt.until)
        return s.key, self.feelings(one, zone)

    # -- changes ----------------------------------------------------------------------------------

    def set_feeling(self, session_id: str, *, pain: int | None, effort: int | None, note: str | None) -> None:
        self._history.set_feeling(session_id, pain=pain, effort=effort, note=note)

    def delete_session(self, session_id: str) -> DeletedSession:
        """Delete a session and its step records in one transaction; what is returned puts them
        back exactly (`restore`). Raises KeyError when there is no such session."""
        with self._db.writing() as sess:
            row = (
                sess.execute(select(SessionRow.__table__).where(SessionRow.id == session_id))
                .mappings()
                .first()
            )
            if row is None:
                raise KeyError(f"no session {session_id!r}")
            records = sess.execute(
                select(StepRecordRow.__table__)
                .where(StepRecordRow.session_id == session_id)
                .order_by(StepRecordRow.id)
            ).mappings()
            deleted = DeletedSession(dict(row), tuple(dict(r) for r in records))
            sess.execute(delete(StepRecordRow).where(StepRecordRow.session_id == session_id))
            sess.execute(delete(SessionRow).where(SessionRow.id == session_id))
        return deleted

    def restore(self, deleted: DeletedSession) -> None:
        """Put a deleted session back with its step records, ids and all."""
        with self._db.writing() as sess:
            sess.execute(insert(SessionRow).values(deleted.session))
            if deleted.records:
                sess.execute(insert(StepRecordRow), list(deleted.records))
