"""Store writes a person starts in the library and the playlist builder: they run in a Task, off the
GUI thread, so a write waiting on SQLite's lock never freezes the window; and a failed write is shown
and changes nothing, in the view and in the store."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.content import BUNDLED_ROUTINE_ID
from desktop.content.library import RoutineCatalog, register_bundled
from desktop.domain import Playlist, PlaylistItem
from desktop.paths import DataPaths
from desktop.qt.library_view import LibraryView
from desktop.qt.playlist_builder import PlaylistBuilder
from desktop.qt.tasks import Task
from desktop.store import Store, open_store

R = BUNDLED_ROUTINE_ID
MORNING = Playlist(id="morning", title="Morning", items=(PlaylistItem(R, "hips-at-90"),))


@pytest.fixture
def store(paths: DataPaths) -> Iterator[Store]:
    with open_store(paths) as s:
        register_bundled(s)
        s.playlists.save(MORNING)
        yield s


@pytest.fixture
def read_only(store: Store, paths: DataPaths) -> Iterator[Store]:
    """The same database, open read-only: every write raises the store's ReadOnlyStoreError."""
    with open_store(paths, read_only=True) as s:
        yield s


def make_builder(qtbot: QtBot, store: Store) -> PlaylistBuilder:
    b = PlaylistBuilder(store, RoutineCatalog.load(store))
    b.confirm = lambda title, text: True
    qtbot.addWidget(b)
    b.show()
    qtbot.waitExposed(b)
    return b


def settle(task: Task[Any] | None) -> None:
    """Wait for the task's worker to end, then run what it posted to the GUI thread."""
    assert task is not None and task.wait(20)
    QApplication.sendPostedEvents()
    QApplication.processEvents()


def saved_in_box(b: PlaylistBuilder) -> list[str]:
    return [b.saved_box.itemText(i) for i in range(b.saved_box.count())]


def test_a_failed_save_is_shown_and_keeps_the_playlist(qtbot: QtBot, read_only: Store) -> None:
    b = make_builder(qtbot, read_only)
    b.add_items([PlaylistItem(R, "foot-reach")], at=0)
    b.title_edit.setText("Lunch")
    with qtbot.assertNotEmitted(b.playlistSaved):
        settle(b.save())
    assert b.error_box is not None and b.error_box.isVisible()
    assert "read-only" in b.error_box.text()
    assert "could not be saved" in b.status.text()
    b.error_box.close()
    # Nothing lost: the playlist is still open, still unsaved, and can be saved later.
    assert b.document.title == "Lunch" and [i.step_id for i in b.document.items] == ["foot-reach"]
    assert b.modified and b.save_button.isEnabled()
    assert "Lunch (not saved)" in saved_in_box(b)
    assert [p.id for p in read_only.playlists.entries()] == ["morning"]


def test_a_failed_delete_is_shown_and_keeps_the_playlist(qtbot: QtBot, read_only: Store) -> None:
    b = make_builder(qtbot, read_only)
    assert b.open_playlist("morning")
    with qtbot.assertNotEmitted(b.playlistDeleted):
        settle(b.delete_playlist())
    assert b.error_box is not None and b.error_box.isVisible()
    assert "read-only" in b.error_box.text()
    assert "not deleted" in b.status.text()
    b.error_box.close()
    assert b.document.playlist == MORNING  # still open...
    assert "Morning" in saved_in_box(b)  # ...still listed...
    assert read_only.playlists.get("morning") == MORNING  # ...and still stored
    assert b.delete_button.isEnabled()


def test_a_failure_without_a_handler_goes_to_the_window(qtbot: QtBot, read_only: Store) -> None:
    """The window's `Task.report_failure` sees what a view leaves unhandled; the views handle their
    own store failures, so it sees nothing from them."""
    shown: list[BaseException] = []
    Task.report_failure = shown.append
    try:
        b = make_builder(qtbot, read_only)
        b.add_items([PlaylistItem(R, "foot-reach")], at=0)
        settle(b.save())
        assert b.error_box is not None
        b.error_box.close()
        assert shown == []
    finally:
        Task.report_failure = None


class HeldLock:
    """A second connection to the database holding SQLite's write lock (BEGIN IMMEDIATE), as a
    running `supple import` does, until `release`."""

    def __init__(self, database: Path) -> None:
        self.conn = sqlite3.connect(database, isolation_level=None)
        self.conn.execute("BEGIN IMMEDIATE")

    def release(self) -> None:
        self.conn.execute("ROLLBACK")
        self.conn.close()


@pytest.fixture
def ticks(qtbot: QtBot) -> Iterator[list[int]]:
    """A count the GUI thread's event loop raises every 10 ms, while it is free to."""
    count: list[int] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: count.append(1))
    timer.start()
    yield count
    timer.stop()


def test_a_save_waiting_on_the_database_lock_does_not_block_the_window(
    qtbot: QtBot, store: Store, paths: DataPaths, ticks: list[int]
) -> None:
    b = make_builder(qtbot, store)
    b.add_items([PlaylistItem(R, "foot-reach")], at=0)
    b.title_edit.setText("Lunch")
    lock = HeldLock(paths.database)
    try:
        task = b.save()
        assert task is not None
        before = len(ticks)
        qtbot.waitUntil(lambda: len(ticks) >= before + 10)  # the event loop runs on...
        assert store.playlists.get("lunch") is None  # ...while the write still waits for the lock
        assert not task.wait(0)
    finally:
        lock.release()
    with qtbot.waitSignal(b.playlistSaved, timeout=20_000):
        pass
    assert store.playlists.get("lunch") is not None
    assert not b.modified and b.status.text() == 'Saved "Lunch".'


def test_a_favourite_waiting_on_the_database_lock_does_not_block_the_window(
    qtbot: QtBot, store: Store, paths: DataPaths, ticks: list[int]
) -> None:
    view = LibraryView()
    view.set_store(store, paths)
    qtbot.addWidget(view)
    view.tree.setCurrentIndex(view.index_of(R))
    lock = HeldLock(paths.database)
    try:
        task = view.toggle_favourite()
        assert task is not None
        before = len(ticks)
        qtbot.waitUntil(lambda: len(ticks) >= before + 10)
        assert not store.favourites.contains(R) and not task.wait(0)
    finally:
        lock.release()
    with qtbot.waitSignal(view.favouritesChanged, timeout=20_000):
        pass
    assert store.favourites.contains(R)
    assert view.index_of(R).data().startswith("★ ")
