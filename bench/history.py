"""The history view at 100,000 step records in 5,000 sessions: time to first paint, and the list
model's page fetch against the same SQL run directly through sqlite3.

    .venv/bin/python bench/history.py [--runs 7] [--sessions 5000] [--steps 20]

First paint: from creating the view (store attached, first page read, streak computed) to the end
of the first paint of its session list, on Qt's offscreen platform; median over --runs fresh views
(the first open in a process also imports the view's modules: reported on its own row). Page fetch:
`SessionsModel.fetchMore()` at the first, 10th and 40th page, each against the very statement and
parameters it sent to SQLite (captured from SQLAlchemy), executed and fetched with plain sqlite3
in the same run. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import event  # noqa: E402

from desktop.paths import data_paths  # noqa: E402
from desktop.store import Store, open_store  # noqa: E402
from tests.history_data import fill_history  # noqa: E402

GOAL_PAINT = 0.100
GOAL_RATIO = 3.0


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms"


class PaintSeen(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.seen = False

    def eventFilter(self, watched: QObject, e: QEvent) -> bool:
        if e.type() == QEvent.Type.Paint:
            self.seen = True
        return False


def first_paint(store: Store, settings: Any) -> tuple[float, float]:
    """Seconds from making a history view to the end of its list's first paint: wall clock, and the
    CPU time the process used meanwhile (what it costs on a machine that is not busy with others)."""
    app = QApplication.instance()
    assert app is not None
    c0, t0 = time.process_time(), time.perf_counter()
    from desktop.qt.history_view import HistoryView

    view = HistoryView(settings)
    view.resize(540, 650)
    view.set_store(store)
    seen = PaintSeen()
    view.table.viewport().installEventFilter(seen)
    view.show()
    while not seen.seen:
        app.processEvents()
    elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
    from desktop.qt.tasks import Task

    Task.wait_all(60)  # the streak and charts, read in the background after the first paint
    app.processEvents()
    view.table.viewport().removeEventFilter(seen)
    view.close()
    view.deleteLater()
    app.processEvents()
    return elapsed, cpu


def page_fetches(store: Store, pages: tuple[int, ...], runs: int) -> list[tuple[int, float, float]]:
    """(page, median fetchMore seconds, median sqlite3 seconds of the same statement) per page."""
    from desktop.qt.history_model import SessionsModel

    engine = store.history_queries._db.engine  # the benchmark looks inside on purpose
    captured: list[tuple[str, Any]] = []

    def capture(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, many: bool) -> None:
        captured.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", capture)
    model = SessionsModel()
    out: list[tuple[int, float, float]] = []
    direct = sqlite3.connect(store.paths.database)
    try:
        for page in pages:
            model_times, direct_times = [], []
            for _ in range(runs):
                model.set_source(store.history_queries)
                while model.pages_fetched < page - 1 and model.canFetchMore():
                    model.fetchMore()
                captured.clear()
                t0 = time.perf_counter()
                model.fetchMore()
                model_times.append(time.perf_counter() - t0)
                statement, parameters = next(c for c in captured if "step_records" in c[0])
                t0 = time.perf_counter()
                rows = direct.execute(statement, parameters).fetchall()
                direct_times.append(time.perf_counter() - t0)
                assert len(rows) == 100, len(rows)
            out.append((page, statistics.median(model_times), statistics.median(direct_times)))
    finally:
        event.remove(engine, "before_cursor_execute", capture)
        direct.close()
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--sessions", type=int, default=5000)
    parser.add_argument("--steps", type=int, default=20)
    args = parser.parse_args()
    app = QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        paths = data_paths(tmp).ensure()
        open_store(paths).close()
        t0 = time.perf_counter()
        fill_history(paths.database, args.sessions, args.steps, end=datetime.now(UTC))
        filled = time.perf_counter() - t0
        from desktop.qt.settings import Settings

        settings = Settings(str(Path(tmp) / "settings.ini"))
        with open_store(paths) as store:
            records = store.history.count()
            first = first_paint(store, settings)  # imports the view's modules too
            paints = [first_paint(store, settings) for _ in range(args.runs)]
            fetches = page_fetches(store, (1, 10, 40), args.runs)
    del app
    print(
        f"History view, {records:,} step records in {args.sessions:,} sessions "
        f"(filled in {filled:.1f} s); medians of {args.runs} runs\n"
    )
    print("| What | Median | Goal | Note |")
    print("| --- | --- | --- | --- |")
    walls, cpus = [p[0] for p in paints], [p[1] for p in paints]
    median = statistics.median(walls)
    ok = "met" if median < GOAL_PAINT else "MISSED"
    print(
        f"| First paint of the history view (wall) | {ms(median)} | < 100 ms ({ok}) "
        f"| min {ms(min(walls))}, max {ms(max(walls))}; load average {os.getloadavg()[0]:.1f} |"
    )
    print(f"| First paint, CPU time of the process | {ms(statistics.median(cpus))} | | the same runs |")
    print(f"| First open in a process (imports the view) | {ms(first[0])} | | one run (CPU {ms(first[1])}) |")
    for page, model_s, direct_s in fetches:
        ratio = model_s / direct_s
        ok = "met" if ratio <= GOAL_RATIO else "MISSED"
        print(
            f"| Page {page} fetch (100 sessions): model / sqlite3 | {ms(model_s)} / {ms(direct_s)} "
            f"| ≤ 3× ({ratio:.2f}×, {ok}) | same statement and parameters |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
