"""Loop marks by clip content (see desktop.domain.marks): the store's side."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.dialects.sqlite import insert

from desktop.domain.marks import Marks
from desktop.store.models import LoopMarkRow
from desktop.store.repositories import Database


@dataclass(frozen=True, slots=True)
class StoredMarks:
    """Marks as stored: the frames, the rate they were counted at and their start times."""

    marks: Marks
    fps: float
    in_time: float | None
    out_time: float | None


class LoopMarksRepository:
    """One loop per clip, by the clip's content hash. An older database without the table (opened
    read-only) has no marks."""

    def __init__(self, db: Database, *, present: bool = True) -> None:
        self._db = db
        self._present = present

    @property
    def read_only(self) -> bool:
        return self._db.read_only or not self._present

    def get(self, content_hash: str) -> StoredMarks | None:
        if not self._present:
            return None
        with self._db.reading() as s:
            row = s.get(LoopMarkRow, content_hash)
            if row is None:
                return None
            return StoredMarks(Marks(row.in_frame, row.out_frame), row.fps, row.in_time, row.out_time)

    def put(self, content_hash: str, stored: StoredMarks) -> None:
        """Keep the marks of a clip, replacing what it had; marks with neither set are removed."""
        with self._db.writing() as s:
            if stored.marks.empty:
                s.execute(delete(LoopMarkRow).where(LoopMarkRow.content_hash == content_hash))
                return
            values = dict(
                in_frame=stored.marks.in_frame,
                out_frame=stored.marks.out_frame,
                in_time=stored.in_time,
                out_time=stored.out_time,
                fps=stored.fps,
                updated_at=self._db.clock(),
            )
            stmt = insert(LoopMarkRow).values(content_hash=content_hash, **values)
            s.execute(stmt.on_conflict_do_update(index_elements=[LoopMarkRow.content_hash], set_=values))

    def hashes(self) -> list[str]:
        if not self._present:
            return []
        with self._db.reading() as s:
            return list(s.scalars(select(LoopMarkRow.content_hash).order_by(LoopMarkRow.content_hash)))
