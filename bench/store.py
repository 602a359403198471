"""The local store: commit latency, start-up cost, the health check and the history query at 100,000 records.

    .venv/bin/python bench/store.py [--runs 5] [--commits 500] [--records 100000]

Everything runs on real SQLite files in a temporary folder on the same disk as the system's
temporary directory. Each figure is the median over --runs runs (latencies: the median of each
run's median and p99 over --commits commits). Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import event  # noqa: E402

from desktop.domain import Outcome, SessionRecord, Side  # noqa: E402
from desktop.paths import DataPaths, data_paths  # noqa: E402
from desktop.store import open_store, print_history  # noqa: E402
from desktop.store.engine import make_engine  # noqa: E402
from desktop.store.repositories import Database, HistoryRepository  # noqa: E402
from desktop.store.store import MARKER_NAME  # noqa: E402

T0 = datetime(2026, 1, 1, 7, 0, tzinfo=UTC)
Row = tuple[str, str, str, str]  # what, median, p99 or ×ref, note


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms" if seconds < 0.1 else f"{seconds * 1000:.0f} ms"


def record(session_id: str, n: int) -> SessionRecord:
    t = T0 + timedelta(seconds=40 * n)
    return SessionRecord(
        "hips", f"step-{n % 12}", Side.LEFT, 1, Outcome.DONE, 30.0, 30.4, None, t, t, session_id
    )


# -- commit latency ------------------------------------------------------------------------------


def repository_latencies(db: Path, commits: int, synchronous: str | None) -> list[float]:
    engine = make_engine(db)
    if synchronous is not None:

        @event.listens_for(engine, "connect")
        def _override(dbapi_connection: Any, _: Any) -> None:
            dbapi_connection.execute(f"PRAGMA synchronous={synchronous}")

    history = HistoryRepository(Database(engine, read_only=False))
    sid = history.start_session("bench")
    out = []
    for n in range(commits):
        t = time.perf_counter()
        history.record_step(record(sid, n))
        out.append(time.perf_counter() - t)
    engine.dispose()
    return out


def writer_latencies(paths: DataPaths, commits: int) -> tuple[list[float], list[float]]:
    """Submit one record at a time; time the submit() call and submit-to-on_saved."""
    saved_at: list[float] = []
    arrived = threading.Event()

    def on_saved(_: int) -> None:
        saved_at.append(time.perf_counter())
        arrived.set()

    with open_store(paths) as store:
        writer = store.history_writer(on_saved=on_saved)
        sid = writer.start_session("bench")
        writer.flush()
        submit, round_trip = [], []
        for n in range(commits):
            arrived.clear()
            t = time.perf_counter()
            writer.submit(record(sid, n))
            submit.append(time.perf_counter() - t)
            arrived.wait(10)
            round_trip.append(saved_at[-1] - t)
    return submit, round_trip


def latency_rows(tmp: Path, runs: int, commits: int) -> list[Row]:
    cases: dict[str, list[tuple[float, float]]] = {k: [] for k in ("full", "normal", "submit", "saved")}
    for r in range(runs):
        paths = data_paths(tmp / f"latency-{r}").ensure()
        open_store(paths).close()
        for key, sync in (("full", None), ("normal", "NORMAL")):
            lat = repository_latencies(paths.database, commits, sync)
            cases[key].append((statistics.median(lat), percentile(lat, 0.99)))
        submit, saved = writer_latencies(paths, commits)
        cases["submit"].append((statistics.median(submit), percentile(submit, 0.99)))
        cases["saved"].append((statistics.median(saved), percentile(saved, 0.99)))

    def row(key: str, what: str, note: str) -> Row:
        med = statistics.median(m for m, _ in cases[key])
        p99 = statistics.median(p for _, p in cases[key])
        return (what, ms(med), ms(p99), note)

    return [
        row("full", "`history.record_step` (WAL, synchronous=FULL: the store's setting)", "one transaction"),
        row("normal", "`history.record_step`, synchronous=NORMAL (for comparison)", "not power-loss safe"),
        row("submit", "`HistoryWriter.submit` (time the caller is blocked)", "GUI thread"),
        row("saved", "`HistoryWriter`: submit to `on_saved`", "writer thread"),
    ]


# -- start-up ------------------------------------------------------------------------------------

OPEN_CODE = (
    "import sys, time\n"
    "t0 = time.perf_counter()\n"
    "from desktop.paths import data_paths\n"
    "from desktop.store import open_store\n"
    "import sqlalchemy.orm\n"
    "t1 = time.perf_counter()\n"
    "store = open_store(data_paths(sys.argv[1]))\n"
    "t2 = time.perf_counter()\n"
    "store.close()\n"
    "print(t1 - t0, t2 - t1)\n"
)
BARE_CODE = (
    "import sqlite3, sys\n"
    "c = sqlite3.connect(sys.argv[1])\n"
    "c.execute('SELECT version_num FROM alembic_version').fetchone()\n"
    "c.close()\n"
)


def timed_process(args: list[str], before: Callable[[], None] = lambda: None) -> tuple[float, str]:
    before()
    t = time.perf_counter()
    out = subprocess.run([sys.executable, *args], check=True, capture_output=True, text=True).stdout
    return time.perf_counter() - t, out


def startup_rows(paths: DataPaths, runs: int) -> list[Row]:
    open_store(paths).close()  # today's backup exists: the everyday case
    ref = statistics.median(timed_process(["-c", "import sqlite3"])[0] for _ in range(runs))
    bare = statistics.median(timed_process(["-c", BARE_CODE, str(paths.database)])[0] for _ in range(runs))

    def open_runs(before: Callable[[], None]) -> tuple[float, float, float]:
        results = [timed_process(["-c", OPEN_CODE, str(paths.root)], before) for _ in range(runs)]
        wall = statistics.median(r[0] for r in results)
        imports = statistics.median(float(r[1].split()[0]) for r in results)
        opening = statistics.median(float(r[1].split()[1]) for r in results)
        return wall, imports, opening

    def drop_backups() -> None:
        shutil.rmtree(paths.backups, ignore_errors=True)

    def crash_marker() -> None:
        (paths.root / MARKER_NAME).write_text("1 killed\n")

    clean, imports, opening = open_runs(lambda: None)
    daily, _, opening_daily = open_runs(drop_backups)
    unclean, _, opening_unclean = open_runs(crash_marker)
    return [
        ('reference: `python -c "import sqlite3"`', ms(ref), "1.00", "whole process"),
        ("bare `sqlite3.connect` + read the revision", ms(bare), f"{bare / ref:.2f}", "whole process"),
        ("`open_store` + `close`, up to date, clean start", ms(clean), f"{clean / ref:.2f}", "whole process"),
        ("... of which importing desktop.store + SQLAlchemy ORM", ms(imports), "", "in process"),
        ("... of which `open_store()` itself", ms(opening), "", "in process; quick_check; no Alembic"),
        ("`open_store()` when the daily backup is due", ms(opening_daily), "", "once a day; backup + verify"),
        ("`open_store()` after an unclean shutdown", ms(opening_unclean), "", "integrity_check"),
        ("(process total, backup due / unclean)", f"{ms(daily)} / {ms(unclean)}", "", ""),
    ]


# -- the health check every start runs ------------------------------------------------------------


def check_rows(paths: DataPaths, runs: int) -> list[Row]:
    """`PRAGMA quick_check` (every start, after the first frame) against a plain open of the same file
    and the full `integrity_check` (after an unclean shutdown), in process, file in the OS cache."""

    def timed(sql: str | None) -> float:
        t = time.perf_counter()
        conn = sqlite3.connect(paths.database)
        conn.execute("SELECT version_num FROM alembic_version").fetchone()
        if sql is not None:
            assert conn.execute(sql).fetchall() == [("ok",)]
        conn.close()
        return time.perf_counter() - t

    def median(sql: str | None) -> float:
        timed(sql)  # warm the cache: every row reads the same cached file
        return statistics.median(timed(sql) for _ in range(runs))

    plain, quick, full = median(None), median("PRAGMA quick_check"), median("PRAGMA integrity_check")
    size = paths.database.stat().st_size / 1e6
    return [
        ("reference: open + read the revision (plain sqlite3)", ms(plain), "1.00", f"DB {size:.1f} MB"),
        (
            "... + `PRAGMA quick_check` (every start, after the first frame)",
            ms(quick),
            f"{quick / plain:.1f}",
            f"{quick / full:.2f}× the integrity_check",
        ),
        ("... + `PRAGMA integrity_check` (after an unclean shutdown)", ms(full), f"{full / plain:.1f}", ""),
    ]


# -- history at scale ----------------------------------------------------------------------------


def fill(paths: DataPaths, records: int, per_session: int = 50) -> None:
    open_store(paths).close()
    conn = sqlite3.connect(paths.database)
    sessions, rows = [], []
    for s in range(records // per_session):
        sid = str(uuid.uuid4())
        start = T0 + timedelta(days=s // 2, hours=7 + 10 * (s % 2))
        stamp = start.replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")
        sessions.append((sid, f"Routine {s % 9}", stamp, stamp))
        for n in range(per_session):
            t = (
                (start + timedelta(seconds=40 * n))
                .replace(tzinfo=None)
                .isoformat(sep=" ", timespec="microseconds")
            )
            rows.append((sid, f"r{s % 9}", f"step-{n}", "left", 1 + n % 3, "done", 30.0, 30.4, None, t, t))
    with conn:
        conn.executemany(
            "INSERT INTO sessions (id, title, started_at, ended_at) VALUES (?, ?, ?, ?)", sessions
        )
        conn.executemany(
            "INSERT INTO step_records (session_id, routine_id, step_id, side, set_index, outcome,"
            " planned_seconds, actual_seconds, reps, started_at, ended_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            rows,
        )
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def history_rows(paths: DataPaths, runs: int, records: int) -> list[Row]:
    def timed(fn: Callable[[], object]) -> float:
        t = time.perf_counter()
        fn()
        return time.perf_counter() - t

    def export() -> None:
        with open(os.devnull, "w", encoding="utf-8") as out:
            assert print_history(paths, "csv", out, io.StringIO()) == 0

    with open_store(paths) as store:
        assert store.history.count() == records
        full = statistics.median(timed(store.history.entries) for _ in range(runs))
        page = statistics.median(timed(lambda: store.history.entries(limit=200)) for _ in range(runs))
        sessions = statistics.median(timed(lambda: store.history.sessions(limit=50)) for _ in range(runs))
    csv_time = statistics.median(timed(export) for _ in range(runs))
    size = paths.database.stat().st_size / 1e6
    n = f"{records:,}"
    return [
        (
            f"`print_history(fmt='csv')`, all {n} records",
            ms(csv_time),
            "",
            f"DB {size:.1f} MB; read-only open",
        ),
        (f"`history.entries()`, all {n} as domain values", ms(full), "", ""),
        ("`history.entries(limit=200)` (a history page)", ms(page), "", "uses ix_step_records_started_at"),
        ("`history.sessions(limit=50)`", ms(sessions), "", ""),
    ]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--commits", type=int, default=500)
    ap.add_argument("--records", type=int, default=100_000)
    opts = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="supple-bench-") as tmp_name:
        tmp = Path(tmp_name)
        latency = latency_rows(tmp, opts.runs, opts.commits)
        big = data_paths(tmp / "big").ensure()
        fill(big, opts.records)
        history = history_rows(big, opts.runs, opts.records)
        checks = check_rows(big, opts.runs)
        startup = startup_rows(big, opts.runs)
    print(
        f"\nSupple store, SQLite {sqlite3.sqlite_version}, Python {sys.version.split()[0]}, "
        f"{os.cpu_count()} CPUs; median of {opts.runs} runs\n"
    )
    print(f"| commit latency ({opts.commits} commits a run) | median | p99 | |")
    print("|---|---:|---:|---|")
    for r in latency:
        print("| " + " | ".join(r) + " |")
    print(f"\n| start-up, existing up-to-date database ({opts.records:,} step records) | time | ×ref | |")
    print("|---|---:|---:|---|")
    for r in startup:
        print("| " + " | ".join(r) + " |")
    print(f"\n| health check at open ({opts.records:,} step records) | time | ×ref | |")
    print("|---|---:|---:|---|")
    for r in checks:
        print("| " + " | ".join(r) + " |")
    print("\n| history query | time | | |")
    print("|---|---:|---|---|")
    for r in history:
        print("| " + " | ".join(r) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
