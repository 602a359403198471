"""Store writes the window starts run off the GUI thread, in order, and a failure is shown and undone."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.paths import data_paths
from desktop.qt.favourites import FavouritesModel
from desktop.qt.main_window import MainWindow
from desktop.qt.tasks import Task
from desktop.store import Store, open_store
from tests.qt.test_main_window import two_step_routine
from tests.qt.writes import settle_writes


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    with open_store(data_paths(data_dir)) as s:
        yield s


def test_a_routine_is_registered_once_when_it_opens_not_on_every_selection(
    window: MainWindow, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[str, str]] = []
    real_add, real_get = store.library.add, store.library.get
    monkeypatch.setattr(
        store.library, "add", lambda r, *a, **k: calls.append(("add", r.id)) or real_add(r, *a, **k)
    )
    monkeypatch.setattr(store.library, "get", lambda rid: calls.append(("get", rid)) or real_get(rid))
    window.set_store(store)
    window.set_routine(two_step_routine(tmp_path))
    settle_writes()
    assert [c for c in calls if c[1] == "r"] == [("get", "r"), ("add", "r")]
    for row in (1, 0, 1, 0):
        window.select_step(row)  # selecting steps asks nothing of the library
    settle_writes()
    assert [c for c in calls if c[1] == "r"] == [("get", "r"), ("add", "r")]
    assert real_get("r") is not None


def test_a_star_is_shown_at_once_and_put_back_when_its_write_fails(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    reported: list[BaseException] = []
    monkeypatch.setattr(Task, "report_failure", reported.append)
    model = FavouritesModel(store.favourites)
    seen: list[bool] = []
    model.changed.connect(lambda: seen.append(model.contains("not-in-the-library")))
    model.set("not-in-the-library", None, True)  # the store refuses: the routine is not in the library
    assert seen == [True]  # starred at once, before the write
    settle_writes()
    assert seen == [True, False]  # and put back when the write failed
    assert len(reported) == 1
    assert store.favourites.entries() == []


def test_a_failed_write_is_shown_in_plain_words(qtbot: QtBot, window: MainWindow) -> None:
    def fail(_ctx: object) -> None:
        raise OSError(28, "No space left on device")

    Task(window, fail, serial=True).start()
    settle_writes()
    box = window.findChild(QMessageBox, "taskErrorBox")
    assert isinstance(box, QMessageBox)
    assert box.windowTitle() == "Supple could not save that change"
    assert "No space left on device" in box.text()
    box.close()
