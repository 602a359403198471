"""`supple history [--format csv|json|table]`: every step record, one row each.

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
from typing import Any, Literal, TextIO

from desktop.paths import DataPaths
from desktop.store.sqlite_file import unusable_path
from desktop.store.values import HistoryEntry

Format = Literal["csv", "json", "table"]
FORMATS: tuple[Format, ...] = ("csv", "json", "table")
NO_HISTORY = "No history yet: finish or skip a step of a routine and it will be listed here."
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


def print_history(paths: DataPaths, fmt: Format, out: TextIO, err: TextIO | None = None) -> int:
    """Write the whole history to `out`; returns the process exit status."""
    err = err if err is not None else sys.stderr
    if fmt not in FORMATS:
        err.write(f"Unknown format {fmt!r}: use one of {', '.join(FORMATS)}.\n")
        return 2
    problem = unusable_path(paths.root, paths.database)
    if problem is not None:
        err.write(f"Cannot read the history: {problem}\n")
        return 2
    if not paths.database.exists():
        return _empty(fmt, out, err)
    from sqlalchemy.exc import SQLAlchemyError

    from desktop.store.errors import StoreError, plain_reason
    from desktop.store.store import open_store

    try:
        store = open_store(paths, read_only=True)
    except StoreError as exc:
        err.write(f"Cannot read the history: {exc}\n")
        return 1
    try:
        entries = store.history.iter_entries()
        first = next(entries, None)
        if first is None:
            return _empty(fmt, out, err)
        _WRITERS[fmt](chain([first], entries), out)
        return 0
    except SQLAlchemyError as exc:
        err.write(f"Cannot read the history: {plain_reason(exc)}.\n")
        return 1
    finally:
        store.close()


def _empty(fmt: Format, out: TextIO, err: TextIO) -> int:
    if fmt == "table":
        out.write(NO_HISTORY + "\n")
        return 0
    _WRITERS[fmt](iter(()), out)
    err.write(NO_HISTORY + "\n")
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
    """A JSON array, streamed one object a line so a long history is never held as one string."""
    out.write("[")
    for n, entry in enumerate(entries):
        out.write(",\n " if n else "\n ")
        out.write(json.dumps(as_row(entry), ensure_ascii=False))
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
    rows = [_TABLE_HEADINGS, *(_table_cells(e) for e in entries)]
    widths = [max(len(r[i]) for r in rows) for i in range(len(_TABLE_HEADINGS))]
    for n, row in enumerate(rows):
        out.write("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() + "\n")
        if n == 0:
            out.write("  ".join("-" * w for w in widths) + "\n")


_WRITERS: dict[str, Callable[[Iterator[HistoryEntry], TextIO], None]] = {
    "csv": _write_csv,
    "json": _write_json,
    "table": _write_table,
}
