"""Values the store hands out besides the domain's own: plain frozen dataclasses, no SQLAlchemy.

`LibraryEntry`, `Favourite`, `PlayedSession` and `HistoryEntry` describe stored things the domain
has no type for yet; they could move to `desktop.domain` unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from desktop.domain import SessionRecord


class Origin(StrEnum):
    """Where a routine in the library came from."""

    BUNDLED = "bundled"
    IMPORTED = "imported"


@dataclass(frozen=True, slots=True)
class LibraryEntry:
    """A routine known to the library; the routine itself lives in its file at `source`."""

    id: str
    title: str
    origin: Origin
    source: Path | None
    tags: tuple[str, ...]
    added_at: datetime


@dataclass(frozen=True, slots=True)
class Favourite:
    """A favourite routine (step_id None) or a single favourite step of a routine."""

    routine_id: str
    step_id: str | None
    added_at: datetime


@dataclass(frozen=True, slots=True)
class PlayedSession:
    """One playing of a routine or playlist; its step records are in history."""

    id: str
    title: str
    started_at: datetime
    ended_at: datetime | None
    note: str | None = None
    #: What was played: a routine, a playlist, or neither (a clip opened alone, or an older session
    #: whose steps came from several routines).
    routine_id: str | None = None
    playlist_id: str | None = None
    #: How it felt, 0-10 each (pain: numeric rating scale; effort: Borg CR10), when the person said.
    pain: int | None = None
    effort: int | None = None
    #: The ladder level it was played up to, for a ladder routine.
    level: int | None = None


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """A saved step record with its database id and the session it belongs to."""

    id: int
    record: SessionRecord
    session_title: str
    session_started_at: datetime


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """A backup file; `created_at` is parsed from its name (UTC)."""

    path: Path
    created_at: datetime
    reason: str


def _count(n: int, thing: str) -> str:
    return f"{n} {thing}" if n == 1 else f"{n} {thing}s"


def _local(t: datetime) -> str:
    return t.astimezone().strftime("%Y-%m-%d %H:%M")


@dataclass(frozen=True, slots=True)
class RecoveryReport:
    """What start-up did about a damaged database, for a dialog and the log."""

    #: What was wrong, e.g. "file is not a database".
    problem: str
    #: Where the damaged file was set aside (its -wal and -shm sit beside it), if it existed.
    damaged_copy: Path | None
    #: The backup that was restored, or None when no good backup existed and a fresh database began.
    backup: BackupInfo | None
    #: Totals in the database after recovery (restored plus salvaged).
    sessions: int
    step_records: int
    #: Rows read back from the damaged file that the backup did not have.
    salvaged_sessions: int = 0
    salvaged_step_records: int = 0
    #: What salvage did or why it could not, for the log.
    salvage_note: str = ""

    @property
    def fresh_start(self) -> bool:
        return self.backup is None

    @property
    def message(self) -> str:
        """A few sentences for the person using the app."""
        lines = [f"Supple's database was damaged ({self.problem})."]
        if self.damaged_copy is not None:
            lines.append(f"The damaged file was kept as {self.damaged_copy.name} in the data folder.")
        if self.backup is not None:
            when = _local(self.backup.created_at)
            lines.append(
                f"The backup from {when} was restored: {_count(self.sessions, 'session')} and "
                f"{_count(self.step_records, 'step record')} are in your history now."
            )
            lost = f"Anything recorded after {when} was not recovered"
        else:
            lines.append(
                "No good backup was found, so Supple started a fresh database"
                f" ({_count(self.sessions, 'session')} and {_count(self.step_records, 'step record')} in it now)."
            )
            lost = "Anything that could not be read from the damaged file was not recovered"
        if self.salvaged_sessions or self.salvaged_step_records:
            lines.append(
                f"{_count(self.salvaged_step_records, 'step record')} and "
                f"{_count(self.salvaged_sessions, 'session')} were read back from the damaged file."
            )
            lost += ", apart from those"
        lines.append(lost + ".")
        return " ".join(lines)
