"""Steps that cannot be saved: the window says so at once, and the session's end says how many.

The disk fills up for real (a small tmpfs, tests/mounts.py); the engine's FakeClock stands in for
time and the fake backend for the video decoder; the store and its writer thread are real.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

from desktop.domain import Clip, Routine, Sides, Step
from desktop.engine import FakeClock
from desktop.media.fake import FakeBackend
from desktop.paths import DataPaths, data_paths
from desktop.qt.main_window import MainWindow
from desktop.store import Store, open_store
from tests.mounts import fill, tmpfs


@pytest.fixture
def mounted(tmp_path: Path) -> Iterator[DataPaths]:
    with tmpfs(tmp_path / "mnt", "2m") as folder:
        yield data_paths(folder / "data").ensure()


def routine(tmp_path: Path) -> Routine:
    """Two steps of 1 s, a and b, each on both sides: four step records."""
    clip = tmp_path / "demo.mp4"
    clip.write_bytes(b"\x00" * 64)
    steps = tuple(Step(id=i, title=i.upper(), clip="c", hold=1, sides=Sides.BOTH, prepare=0) for i in "ab")
    return Routine(id="demo", title="Demo", steps=steps, clips={"c": Clip("c", clip)})


def advance_until(window: MainWindow, clock: FakeClock, condition) -> None:
    for _ in range(200):
        if condition():
            return
        clock.advance(0.25)
        window.session.tick_now()
    raise AssertionError("the session did not get there")


def message(window: MainWindow) -> str:
    return window.statusBar().currentMessage()


def test_a_full_disk_is_shown_at_once_and_the_end_counts_the_steps_not_saved(
    qtbot, window: MainWindow, fake: FakeBackend, clock: FakeClock, mounted: DataPaths, tmp_path: Path
) -> None:
    store: Store = open_store(mounted)
    try:
        window.set_store(store)
        failed_on: list[bool] = []
        gui = QApplication.instance().thread()
        window.session.recordFailed.connect(lambda _: failed_on.append(QThread.currentThread() is gui))
        window.set_routine(routine(tmp_path))
        window.start_session()
        advance_until(window, clock, lambda: len(window.session.records) == 1)
        qtbot.waitUntil(lambda: store.history.count() == 1)
        assert "not saved" not in message(window)

        fill(mounted.root.parent)
        advance_until(window, clock, lambda: len(window.session.records) == 2)
        qtbot.waitUntil(lambda: "the disk is full" in message(window))
        assert message(window).startswith(
            "Could not save step a (right side, set 1) to history: the disk is full."
        )
        assert message(window).endswith("1 step record was not saved to history.")
        assert failed_on == [True]  # delivered on the GUI thread

        advance_until(window, clock, lambda: not window.session.active)
        qtbot.waitUntil(lambda: len(failed_on) >= 4)  # b left, b right and the end of the session
        assert window.session.unsaved_steps() == 3
        assert (
            message(window)
            == "Session complete: 2 of 2 steps done. 3 step records were not saved to history."
        )
        assert store.history.count() == 1
    finally:
        window.session.stop()
        store.close()


def test_a_read_only_store_counts_every_step_as_not_saved(
    qtbot, window: MainWindow, fake: FakeBackend, clock: FakeClock, tmp_path: Path
) -> None:
    paths = data_paths(tmp_path / "data").ensure()
    open_store(paths).close()
    with open_store(paths, read_only=True) as store:
        window.set_store(store)
        window.set_routine(routine(tmp_path))
        window.start_session()
        advance_until(window, clock, lambda: not window.session.active)
        assert (
            message(window)
            == "Session complete: 2 of 2 steps done. 4 step records were not saved to history."
        )
        window.session.stop()
