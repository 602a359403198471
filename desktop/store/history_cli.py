"""`supple history [--format csv|json|table] [--sessions] [--routine ID] [--playlist ID] [--since DATE]
[--until DATE]`: every step record, one row each, or with `--sessions` one row per session with how
it felt. The formats are documented in docs/history-format.md; the history view exports with the
same writers (`write_steps`, `write_sessions`).

Opens the database read-only, so it works while the app is running, on a database written by a
newer Supple and in a read-only data folder. CSV and JSON stay machine-readable when there is no history (a header row, or
``[]``) and say so on stderr; the table says so on `out`.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from itertools import chain
from typing import TYPE_CHECKING, Any, Literal, TextIO

from desktop.paths import DataPaths
from desktop.store.sqlite_file import unusable_path
from desktop.store.values import HistoryEntry

if TYPE_CHECKING:
    from desktop.store.history_queries import HistoryFilter, SessionSummary

Format = Literal["csv", "json", "table"]
FORMATS: tuple[Format, ...] = ("csv", "json", "table")
NO_HISTORY = "No history yet: finish or skip a step of a routine and it will be listed here."
NO_MATCH = "No session matches."
SESSION_FIELDS = (
    "session_id",
    "started_at",
    "ended_at",
    "title",
    "routine_id",
    "playlist_id",
    "level",
    "steps_done",
    "steps_skipped",
    "seconds",
    "pain",
    "effort",
    "note",
)
_SESSION_HEADINGS = (
    "Session",
    "Started",
    "Ended",
    "Played",
    "Routine",
    "Playlist",
    "Level",
    "Done",
    "Skipped",
    "Minutes",
    "Pain",
    "Effort",
    "Note",
)
FIELDS = (
    "session_id",
    "session_started_at",
    "session_title",
    "routine_id",
    "step_id",
    "side",
    "set_index",
    "outcome",
    "planned_seconds",
    "actual_seconds",
    "reps",
    "started_at",
    "ended_at",
)
_TABLE_HEADINGS = (
    "Session",
    "Session started",
    "Played",
    "Routine",
    "Step",
    "Side",
    "Set",
    "Outcome",
    "Planned s",
    "Actual s",
    "Reps",
    "Started",
    "Ended",
)


def as_row(entry: HistoryEntry) -> dict[str, Any]:
    """One step record as plain values; times in ISO-8601 with their UTC offset."""
    r = entry.record
    return {
        "session_id": r.session_id,
        "session_started_at": entry.session_started_at.isoformat(),
        "session_title": entry.session_title,
        "routine_id": r.routine_id,
        "step_id": r.step_id,
        "side": r.side.value,
        "set_index": r.set_index,
        "outcome": r.outcome.value,
        "planned_seconds": r.planned_seconds,
        "actual_seconds": r.actual_seconds,
        "reps": r.reps,
        "started_at": r.started_at.isoformat(),
        "ended_at": r.ended_at.isoformat(),
    }


def print_history(
    paths: DataPaths,
    fmt: Format,
    out: TextIO,
    err: TextIO | None = None,
    *,
    flt: HistoryFilter | None = None,
    sessions: bool = False,
) -> int:
    """Write the history (the sessions `flt` selects, or all) to `out`: one row per step record,
    or per session with `sessions`. Returns the process exit status."""
    err = err if err is not None else sys.stderr
    if fmt not in FORMATS:
        err.write(f"Unknown format {fmt!r}: use one of {', '.join(FORMATS)}.\n")
        return 2
    problem = unusable_path(paths.root, paths.database)
    if problem is not None:
        err.write(f"Cannot read the history: {problem}\n")
        return 2
    if not paths.database.exists():
        return _empty(fmt, out, err, sessions, NO_HISTORY)
    from sqlalchemy.exc import SQLAlchemyError

    from desktop.store.errors import StoreError, plain_reason
    from desktop.store.history_queries import HistoryFilter
    from desktop.store.store import open_store

    try:
        store = open_store(paths, read_only=True)
    except StoreError as exc:
        err.write(f"Cannot read the history: {exc}\n")
        return 1
    flt = flt or HistoryFilter()
    try:
        queries = store.history_queries
        rows: Iterator[Any] = queries.iter_sessions(flt) if sessions else queries.iter_steps(flt)
        first = next(rows, None)
        if first is None:
            empty = NO_HISTORY if flt == HistoryFilter() or store.history.count_sessions() == 0 else NO_MATCH
            return _empty(fmt, out, err, sessions, empty)
        (write_sessions if sessions else write_steps)(fmt, chain([first], rows), out)
        return 0
    except SQLAlchemyError as exc:
        err.write(f"Cannot read the history: {plain_reason(exc)}.\n")
        return 1
    finally:
        store.close()


def write_steps(fmt: Format, entries: Iterable[HistoryEntry], out: TextIO) -> None:
    """Step records in `fmt`, as `supple history` writes them."""
    _WRITERS[fmt](iter(entries), out)


def write_sessions(fmt: Format, sessions: Iterable[SessionSummary], out: TextIO) -> None:
    """Sessions in `fmt`, as `supple history --sessions` writes them."""
    rows = map(session_row, sessions)
    if fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(SESSION_FIELDS)
        writer.writerows(tuple(row[f] for f in SESSION_FIELDS) for row in rows)
    elif fmt == "json":
        _write_json_rows(rows, out)
    else:
        _write_table_rows(_SESSION_HEADINGS, map(_session_cells, rows), out)


def session_row(summary: SessionSummary) -> dict[str, Any]:
    """One session as plain values; times in ISO-8601 with their UTC offset."""
    s = summary.session
    return {
        "session_id": s.id,
        "started_at": s.started_at.isoformat(),
        "ended_at": None if s.ended_at is None else s.ended_at.isoformat(),
        "title": s.title,
        "routine_id": s.routine_id,
        "playlist_id": s.playlist_id,
        "level": s.level,
        "steps_done": summary.done,
        "steps_skipped": summary.skipped,
        "seconds": round(summary.seconds, 3),
        "pain": s.pain,
        "effort": s.effort,
        "note": s.note,
    }


def _session_cells(row: dict[str, Any]) -> tuple[str, ...]:
    def text(value: object) -> str:
        return "" if value is None else str(value)

    note = text(row["note"]).replace("\n", " ")
    return (
        row["session_id"][:8],
        _local(row["started_at"]),
        "" if row["ended_at"] is None else _local(row["ended_at"]),
        row["title"],
        text(row["routine_id"]),
        text(row["playlist_id"]),
        text(row["level"]),
        str(row["steps_done"]),
        str(row["steps_skipped"]),
        f"{row['seconds'] / 60:.1f}",
        text(row["pain"]),
        text(row["effort"]),
        note if len(note) <= 40 else note[:39] + "…",
    )


def _empty(fmt: Format, out: TextIO, err: TextIO, sessions: bool, message: str) -> int:
    if fmt == "table":
        out.write(message + "\n")
        return 0
    (write_sessions if sessions else write_steps)(fmt, (), out)
    err.write(message + "\n")
    return 0


def _csv_cells(entry: HistoryEntry) -> tuple[object, ...]:
    r = entry.record
    return (
        r.session_id,
        entry.session_started_at.isoformat(),
        entry.session_title,
        r.routine_id,
        r.step_id,
        r.side.value,
        r.set_index,
        r.outcome.value,
        r.planned_seconds,
        r.actual_seconds,
        r.reps,  # None is written as an empty cell
        r.started_at.isoformat(),
        r.ended_at.isoformat(),
    )


def _write_csv(entries: Iterator[HistoryEntry], out: TextIO) -> None:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(FIELDS)
    writer.writerows(map(_csv_cells, entries))


def _write_json(entries: Iterator[HistoryEntry], out: TextIO) -> None:
    _write_json_rows(map(as_row, entries), out)


def _write_json_rows(rows: Iterable[dict[str, Any]], out: TextIO) -> None:
    """A JSON array, streamed one object a line so a long history is never held as one string."""
    out.write("[")
    for n, row in enumerate(rows):
        out.write(",\n " if n else "\n ")
        out.write(json.dumps(row, ensure_ascii=False))
    out.write("\n]\n")


def _local(iso: str) -> str:
    return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M:%S")


def _table_cells(entry: HistoryEntry) -> tuple[str, ...]:
    row = as_row(entry)
    return (
        row["session_id"][:8],
        _local(row["session_started_at"]),
        row["session_title"],
        row["routine_id"],
        row["step_id"],
        row["side"],
        str(row["set_index"]),
        row["outcome"],
        f"{row['planned_seconds']:.1f}",
        f"{row['actual_seconds']:.1f}",
        "" if row["reps"] is None else str(row["reps"]),
        _local(row["started_at"]),
        _local(row["ended_at"]),
    )


def _write_table(entries: Iterable[HistoryEntry], out: TextIO) -> None:
    _write_table_rows(_TABLE_HEADINGS, map(_table_cells, entries), out)


def _write_table_rows(headings: tuple[str, ...], cells: Iterable[tuple[str, ...]], out: TextIO) -> None:
    rows = [headings, *cells]
    widths = [max(len(r[i]) for r in rows) for i in range(len(headings))]
    for n, row in enumerate(rows):
        out.write("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() + "\n")
        if n == 0:
            out.write("  ".join("-" * w for w in widths) + "\n")


_WRITERS: dict[str, Callable[[Iterator[HistoryEntry], TextIO], None]] = {
    "csv": _write_csv,
    "json": _write_json,
    "table": _write_table,
}
