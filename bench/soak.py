"""Soak: does anything grow while Supple plays for a long time? Per backend, in one process.

    .venv/bin/python bench/soak.py [--wraps 10000] [--switches 1000] [--sessions 100] [--docks 200]
                                   [--backends vlc,qt]

The real main window, with its store in a temporary data folder and a routine of CLIPS numbered
clips (tests/numbered_clips.py), does each of these after a warm-up (a tenth of each, at least a
few): loop wraps of a short clip (counted from the frame numbers really shown), step switches
across the clips (each waits for the new clip's first frame), sessions started and ended, and
openings of the Library and Playlist docks. After each part it takes the counts below, and it
samples the memory (PSS of the process and its children) every 0.1 s. Prints a Markdown table:
each count at the baseline (after the warm-up) and after each part, and the memory growth: the
peak after the warm-up over the peak during it.

Counts: threads of the process (/proc/self/task), its open file descriptors (/proc/self/fd), Qt
objects (every QObject under the application's top-level widgets, the top-level widgets
themselves and the QApplication's own children), and the libVLC media objects the backend holds;
each taken with the player stopped, since a player's threads come and go with what it does.
tests/integration/test_soak.py runs a short soak and asserts the counts.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("VLC_VERBOSE", "-1")
os.environ.setdefault("SUPPLE_VLC_ARGS", "--aout=dummy")

CLIPS = 20
#: Frames of the clip that loops for the wraps (short, so that wraps come quickly), and its speed.
WRAP_FRAMES = 4
WRAP_RATE = 2.0
#: Frames of each other clip; clip n's frames are numbered from CLIP_FRAMES * n.
CLIP_FRAMES = 30
COUNTS = ("threads", "fds", "qt_objects", "vlc_media")


def pss_mb() -> float:
    """PSS of this process and every process it started."""
    total = 0.0
    pids = [os.getpid()]
    while pids:
        pid = pids.pop()
        try:
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1]) / 1024
            for task in Path(f"/proc/{pid}/task").iterdir():
                children = (task / "children").read_text().split()
                pids += [int(c) for c in children]
        except OSError:
            continue
    return total


def wait(ms: int) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    # With a context object: PySide6 6.11 keeps ~67 bytes for each singleShot given only a bound
    # method, which over the ~10^5 polls of a full soak was most of the growth it measured.
    QTimer.singleShot(ms, loop, loop.quit)
    loop.exec()


def wait_until(done: Callable[[], bool], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while not done():
        if time.monotonic() > deadline:
            return False
        wait(5)
    return True


def qt_objects() -> int:
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    tops = QApplication.topLevelWidgets()
    return len(tops) + sum(len(w.findChildren(QObject)) for w in tops) + len(app.findChildren(QObject))


def make_routine(folder: Path) -> Path:
    """A routine of CLIPS steps, each with its own numbered clip; the first loops WRAP_FRAMES frames."""
    from tests.numbered_clips import make_numbered_clip

    clips = {}
    for n in range(CLIPS):
        frames = WRAP_FRAMES if n == 0 else CLIP_FRAMES
        make_numbered_clip(folder / f"clip{n:02d}-{frames}.mp4", frames=frames, start=CLIP_FRAMES * n)
        clips[f"c{n}"] = {"file": f"clip{n:02d}-{frames}.mp4"}
    steps = [{"id": f"s{n}", "title": f"Step {n}", "clip": f"c{n}", "hold": 20} for n in range(CLIPS)]
    path = folder / "soak.supple.json"
    document = {"format": "supple.routine/1", "id": "soak", "title": "Soak", "clips": clips, "steps": steps}
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


@dataclass
class Soak:
    """One backend's soak: the window, what it has done, and what was measured."""

    backend_name: str
    folder: Path
    window: Any = None
    backend: Any = None
    store: Any = None
    shown: list[int | None] = field(default_factory=list)
    samples: list[float] = field(default_factory=list)
    baseline: dict[str, float] = field(default_factory=dict)
    after: dict[str, dict[str, float]] = field(default_factory=dict)
    done: dict[str, int] = field(default_factory=dict)
    warm_peak_mb: float = 0.0
    part_peaks: dict[str, float] = field(default_factory=dict)
    wrapped: int = 0  # loop wraps seen (frame 0 after a frame at or past it)
    _sampling: bool = False

    def __enter__(self) -> Soak:
        from desktop.media.select import create_backend
        from desktop.paths import data_paths
        from desktop.qt.main_window import MainWindow
        from desktop.qt.settings import Settings
        from desktop.store import open_store
        from tests.numbered_clips import read_number

        paths = data_paths(str(self.folder / "data"))
        paths.ensure()
        self.window = MainWindow(Settings(str(paths.settings)))
        self.backend = create_backend(self.backend_name, self.window).backend
        self.window.set_backend(self.backend, "")
        self.store = open_store(paths)
        self.window.set_store(self.store, paths)
        self.window.resize(800, 500)
        self.window.show()

        def on_frame(image: Any) -> None:
            n = read_number(image)
            last = self.shown[-1] if self.shown else None
            if n == 0 and last is not None and last >= n:
                self.wrapped += 1
            self.shown.append(n)
            del self.shown[:-64]  # what a switch waits for is among the last frames

        self.backend.frameReady.connect(on_frame)
        routine = make_routine(self.folder)
        if not self.window.open_path(routine):
            raise RuntimeError(f"could not open {routine}")
        self._sampling = True
        threading.Thread(target=self._sample, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        from desktop.qt.tasks import Task

        self._sampling = False
        self.window.end_session()
        self.window.close()
        Task.wait_all(10)
        self.store.close()
        self.backend.close()
        self.window.deleteLater()
        wait(50)

    def _sample(self) -> None:
        while self._sampling:
            self.samples.append(pss_mb())
            time.sleep(0.1)

    def counts(self) -> dict[str, float]:
        """Taken with the player stopped (the threads a player runs come and go with its state)."""
        self.backend.stop()
        wait(300)
        gc.collect()
        wait(50)  # deleteLater and queued signals
        counts = {
            "threads": len(os.listdir("/proc/self/task")),
            "fds": len(os.listdir("/proc/self/fd")),
            "qt_objects": qt_objects(),
            "vlc_media": getattr(self.backend, "live_media", 0),
            "pss": pss_mb(),
        }
        self.backend.play()
        return counts

    def select(self, row: int) -> None:
        """Browse step `row` (its clip plays), even when it is the row already chosen."""
        self.window.current_row = -1  # the window plays a row only when it changes
        self.window.ui.stepList.setCurrentRow(-1)
        self.window.ui.stepList.setCurrentRow(row)

    # ----- the four activities
    def wraps(self, count: int) -> int:
        self.select(0)
        self.backend.set_rate(WRAP_RATE)
        wait_until(lambda: self.shown[-1:] == [0], 10)
        start = self.wrapped
        wait_until(lambda: self.wrapped - start >= count, 30 + count * WRAP_FRAMES / (30 * WRAP_RATE) * 3)
        self.backend.set_rate(1.0)
        return self.wrapped - start

    def switches(self, count: int) -> int:
        arrived = 0
        for i in range(count):
            row = 1 + i % (CLIPS - 1)
            self.shown.clear()
            self.select(row)
            if wait_until(
                lambda row=row: any(n is not None and n // CLIP_FRAMES == row for n in self.shown), 10
            ):
                arrived += 1
        return arrived

    def sessions(self, count: int) -> int:
        started = 0
        for _ in range(count):
            self.window.start_session(0)
            started += bool(self.window.session.active)
            wait(30)
            self.window.end_session()
            wait(10)
        return started

    def docks(self, count: int) -> int:
        for i in range(count):
            dock = self.window.library_dock if i % 2 == 0 else self.window.playlist_dock
            self.window.show_dock(dock)
            wait(10)
            dock.hide()
            wait(5)
        return count

    def run(self, plan: dict[str, int]) -> None:
        activities = {
            "wraps": self.wraps,
            "switches": self.switches,
            "sessions": self.sessions,
            "docks": self.docks,
        }
        for name, count in plan.items():  # warm-up: a tenth of each, and every clip played once
            activities[name](max(3, count // 10, CLIPS - 1 if name == "switches" else 0))
        self.warm_peak_mb = max(self.samples)
        self.baseline = self.counts()
        self.samples.clear()
        for name, count in plan.items():
            mark = len(self.samples)
            self.done[name] = activities[name](count)
            self.part_peaks[name] = max(self.samples[mark:], default=0.0)
            self.after[name] = self.counts()

    @property
    def growth_mb(self) -> float:
        """The peak after the warm-up over the peak during it."""
        return max(self.samples) - self.warm_peak_mb


def soak(backend: str, plan: dict[str, int]) -> Soak:
    from desktop.media.select import BackendName  # noqa: F401  (the names --backends takes)

    folder = Path(tempfile.mkdtemp(prefix="supple-soak-"))
    with Soak(backend, folder) as run:
        run.run(plan)
    return run


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wraps", type=int, default=10000)
    ap.add_argument("--switches", type=int, default=1000)
    ap.add_argument("--sessions", type=int, default=100)
    ap.add_argument("--docks", type=int, default=200)
    ap.add_argument("--backends", default="vlc,qt")
    opts = ap.parse_args()
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QApplication

    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ForceRasterWidgets)
    app = QApplication([sys.argv[0]])
    plan = {"wraps": opts.wraps, "switches": opts.switches, "sessions": opts.sessions, "docks": opts.docks}
    rows = []
    for backend in opts.backends.split(","):
        t0 = time.monotonic()
        print(f"soak of {backend}: {plan} ...", file=sys.stderr)
        rows.append((backend, soak(backend, plan), time.monotonic() - t0))
    print("\n### Soak: counts after the warm-up (baseline) and after each part\n")
    print("| backend | done | " + " | ".join(COUNTS) + " | PSS growth after warm-up | minutes |")
    print("|---|---|" + "---:|" * len(COUNTS) + "---:|---:|")
    for backend, run, seconds in rows:
        done = ", ".join(f"{n} {k}" for k, n in run.done.items())
        cells = []
        for name in COUNTS:
            values = [run.after[k][name] for k in run.done]
            cells.append(f"{run.baseline[name]:g} → " + " / ".join(f"{v:g}" for v in values))
        peaks = " / ".join(f"{peak - run.warm_peak_mb:+.1f}" for peak in run.part_peaks.values())
        growth = f"{run.growth_mb:.1f} MB ({peaks})"
        print(f"| {backend} | {done} | " + " | ".join(cells) + f" | {growth} | {seconds / 60:.1f} |")
    print(
        "\nEach count: baseline → after the wraps / switches / sessions / docks. Growth: the peak PSS"
        " after the warm-up over the peak during it (in brackets: each part's peak over it)."
    )
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
