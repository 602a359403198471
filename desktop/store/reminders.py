"""The reminders in the store (revision 0005): one per routine or saved playlist."""

from __future__ import annotations

from datetime import time

from sqlalchemy import and_, delete, select
from sqlalchemy.dialects.sqlite import insert

from desktop.domain.reminders import Reminder, TargetKind
from desktop.store.models import ReminderRow
from desktop.store.repositories import Database, _changed


def days_mask(days: frozenset[int]) -> int:
    """Days of the week (0 = Monday) as a bit mask, bit 0 Monday."""
    return sum(1 << d for d in days)


def mask_days(mask: int) -> frozenset[int]:
    return frozenset(d for d in range(7) if mask & (1 << d))


def _reminder(row: ReminderRow) -> Reminder:
    return Reminder(
        TargetKind(row.kind),
        row.target_id,
        mask_days(row.days),
        time(row.minute // 60, row.minute % 60),
        id=row.id,
    )


class RemindersRepository:
    """Reminders by target. A database older than revision 0005 opened read-only has none."""

    def __init__(self, db: Database, *, present: bool = True) -> None:
        self._db = db
        self._present = present

    @property
    def read_only(self) -> bool:
        return self._db.read_only

    def set(self, reminder: Reminder) -> Reminder:
        """Add the target's reminder, or replace its days and time; returns it with its id."""
        values = {
            "days": days_mask(reminder.days),
            "minute": reminder.at.hour * 60 + reminder.at.minute,
        }
        stmt = (
            insert(ReminderRow)
            .values(
                kind=reminder.kind.value, target_id=reminder.target_id, created_at=self._db.clock(), **values
            )
            .on_conflict_do_update(index_elements=["kind", "target_id"], set_=values)
        )
        with self._db.writing() as s:
            s.execute(stmt)
        found = self.get(reminder.kind, reminder.target_id)
        assert found is not None
        return found

    def get(self, kind: TargetKind, target_id: str) -> Reminder | None:
        if not self._present:
            return None
        query = select(ReminderRow).where(
            and_(ReminderRow.kind == kind.value, ReminderRow.target_id == target_id)
        )
        with self._db.reading() as s:
            row = s.scalar(query)
            return None if row is None else _reminder(row)

    def remove(self, kind: TargetKind, target_id: str) -> bool:
        where = and_(ReminderRow.kind == kind.value, ReminderRow.target_id == target_id)
        with self._db.writing() as s:
            return _changed(s, delete(ReminderRow).where(where)) > 0

    def entries(self) -> list[Reminder]:
        """Every reminder, by time of day. A row a newer Supple wrote that this one cannot read is
        left out (and left alone)."""
        if not self._present:
            return []
        query = select(ReminderRow).order_by(ReminderRow.minute, ReminderRow.id)
        found: list[Reminder] = []
        with self._db.reading() as s:
            for row in s.scalars(query):
                try:
                    found.append(_reminder(row))
                except ValueError:
                    continue
        return found
