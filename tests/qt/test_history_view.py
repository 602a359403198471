"""View > History in the real window: lazy, paged, filtered, exported as the CLI does, edited,
and deleted with undo."""

from __future__ import annotations

import io
import json
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.content.adhoc import PLAYLIST_ROUTINE_PREFIX, routine_for_clip
from desktop.domain import Routine
from desktop.paths import DataPaths
from desktop.qt.main_window import MainWindow
from desktop.qt.settings import OPTIONS
from desktop.store import Store, open_store, print_history
from desktop.store.history_queries import PAGE_SIZE, HistoryFilter
from tests.history_data import fill_history
from tests.qt.test_main_window import two_step_routine
from tests.qt.writes import settle_writes

NOW = datetime.now(UTC)


@pytest.fixture
def store(paths: DataPaths) -> Iterator[Store]:
    with open_store(paths) as s:
        yield s


def open_history(qtbot: QtBot, window: MainWindow, store: Store | None):
    window.set_store(store)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    view = window.history_view
    assert view is not None and window.history_dock is not None
    qtbot.waitUntil(view.isVisible)
    settle(qtbot, view)
    return view


def settle(qtbot: QtBot, view) -> None:
    """The view's writes, and the reads they started in the background, have all arrived."""
    settle_writes()
    qtbot.waitUntil(lambda: view.reads_pending == 0)


def dump(paths: DataPaths) -> list[tuple[object, ...]]:
    with sqlite3.connect(paths.database) as conn:
        return (
            conn.execute("SELECT * FROM sessions ORDER BY id").fetchall()
            + conn.execute("SELECT * FROM step_records ORDER BY id").fetchall()
        )


def test_the_history_view_is_imported_only_when_it_first_opens(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from desktop.qt.main_window import MainWindow\n"
        "from desktop.qt.settings import Settings\n"
        f"w = MainWindow(Settings({str(tmp_path / 's.ini')!r}))\n"
        "w.show(); app.processEvents()\n"
        "lazy = ('desktop.qt.history_view', 'desktop.qt.history_charts', 'desktop.qt.history_model')\n"
        "print(sorted(m for m in lazy if m in sys.modules))\n"
        "w.history_action.trigger(); app.processEvents()\n"
        "print(sorted(m for m in lazy if m in sys.modules))\n"
    )
    env = {"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    before, after = out.stdout.splitlines()[-2:]
    assert before == "[]"
    assert after == "['desktop.qt.history_charts', 'desktop.qt.history_model', 'desktop.qt.history_view']"


def test_ctrl_h_shows_the_sessions_a_page_at_a_time(
    qtbot: QtBot, window: MainWindow, store: Store, paths: DataPaths
) -> None:
    fill_history(paths.database, 250, 4, end=NOW)
    view = open_history(qtbot, window, store)
    assert window.history_dock.isVisible() and window.history_action.isChecked()
    model = view.model
    assert model.rowCount() == PAGE_SIZE and model.pages_fetched == 1 and model.canFetchMore()
    view.table.selectRow(3)
    assert view.steps.rowCount() == 4  # the chosen session's steps
    # Steps show their titles, from the routine in the Library (the bundled Scorpion Stretch).
    row = next(r for r in range(PAGE_SIZE) if view.model.summary(r).session.routine_id == "scorpion-stretch")
    view.table.selectRow(row)
    first = store.history_queries.steps(view.model.summary(row).session.id)[0].record
    routine = window.library.catalog("scorpion-stretch")
    assert routine is not None
    assert view.steps.item(0, 0).text() == {st.id: st.title for st in routine.steps}[first.step_id]
    assert view.details_title.text()
    counts = [model.rowCount()]
    while model.canFetchMore():
        model.fetchMore()
        counts.append(model.rowCount())
    assert counts == [100, 200, 250] and model.pages_fetched == 3
    starts = [model.summary(r).session.started_at for r in range(model.rowCount())]
    assert starts == sorted(starts, reverse=True)
    assert "in a row" in view.streak.text()
    # Scrolling to the end of the list is what asks for the next page.
    model.reload()
    view.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > PAGE_SIZE)
    # Ctrl+H again, with the focus in the history: it closes.
    qtbot.keyClick(view.table, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.history_dock.isVisible())


def test_filters_choose_the_sessions_and_the_charts(
    qtbot: QtBot, window: MainWindow, store: Store, paths: DataPaths
) -> None:
    fill_history(paths.database, 60, 3, end=NOW)
    view = open_history(qtbot, window, store)
    view.set_filter("morning-hips")
    rows = [view.model.summary(r) for r in range(view.model.rowCount())]
    assert rows and all(s.session.routine_id == "morning-hips" for s in rows)
    assert view.model.rowCount() == store.history_queries.count(HistoryFilter(routine_id="morning-hips"))
    view.set_filter("playlist:morning-warm-up")
    assert all(
        view.model.summary(r).session.playlist_id == "morning-warm-up" for r in range(view.model.rowCount())
    )
    today = date.today()
    view.set_filter(None, since=today - timedelta(days=6), until=today)
    local = [
        view.model.summary(r).session.started_at.astimezone().date() for r in range(view.model.rowCount())
    ]
    assert local and all(today - timedelta(days=6) <= d <= today for d in local)
    view.set_filter(None, since=today + timedelta(days=1))
    assert view.model.rowCount() == 0 and view.empty_filter.isVisible()
    view.tabs.setCurrentIndex(1)
    settle(qtbot, view)
    assert sum(w.minutes for w in view.weekly.weeks) == 0
    view.set_filter("scorpion-stretch")
    settle(qtbot, view)
    assert view.weekly.weeks[-1].week <= today and set(view.weekly.colours) <= {"scorpion-stretch"}
    assert view.calendar.days and all(a.sessions >= 1 for a in view.calendar.days.values())


def test_a_deleted_session_comes_back_exactly_with_undo(
    qtbot: QtBot, window: MainWindow, store: Store, paths: DataPaths
) -> None:
    fill_history(paths.database, 5, 3, end=NOW)
    view = open_history(qtbot, window, store)
    before = dump(paths)
    view.table.selectRow(1)
    doomed = view.current_summary().session.id
    view.table.setFocus()
    qtbot.waitUntil(view.table.hasFocus)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    settle(qtbot, view)
    assert store.history.session(doomed) is None and view.model.rowCount() == 4
    assert view.banner.isVisible() and view.undo_action.isEnabled()
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, view)
    assert dump(paths) == before
    assert view.current_summary().session.id == doomed and not view.banner.isVisible()
    # The button does the same.
    view.delete_button.click()
    settle(qtbot, view)
    view.undo_button.click()
    settle(qtbot, view)
    assert dump(paths) == before


@pytest.mark.parametrize(
    ("fmt", "sessions"), [("csv", True), ("json", True), ("csv", False), ("json", False)]
)
def test_export_writes_what_is_shown_as_supple_history_does(
    qtbot: QtBot, window: MainWindow, store: Store, paths: DataPaths, tmp_path: Path, fmt: str, sessions: bool
) -> None:
    fill_history(paths.database, 40, 3, end=NOW)
    view = open_history(qtbot, window, store)
    since = date.today() - timedelta(days=20)
    view.set_filter("scorpion-stretch", since=since)
    target = tmp_path / f"export.{fmt}"
    with qtbot.waitSignal(view.exported):
        view.export_to(target, fmt, sessions=sessions)  # type: ignore[arg-type]
    cli = io.StringIO()
    flt = HistoryFilter(routine_id="scorpion-stretch", since=since)
    assert print_history(paths, fmt, cli, io.StringIO(), flt=flt, sessions=sessions) == 0  # type: ignore[arg-type]
    assert target.read_text(encoding="utf-8") == cli.getvalue()
    if fmt == "json" and sessions:
        assert len(json.loads(cli.getvalue())) == view.model.rowCount() > 0


def test_ctrl_shift_e_in_the_history_exports_it(
    qtbot: QtBot,
    window: MainWindow,
    store: Store,
    paths: DataPaths,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QFileDialog

    fill_history(paths.database, 4, 2, end=NOW)
    view = open_history(qtbot, window, store)
    target = tmp_path / "mine.json"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Sessions as JSON (*.json)")
    )
    view.table.setFocus()
    qtbot.waitUntil(view.table.hasFocus)
    with qtbot.waitSignal(view.exported):
        qtbot.keyClick(
            view.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        )
    assert len(json.loads(target.read_text(encoding="utf-8"))) == 4


def test_history_opened_before_the_store_waits_for_it(
    qtbot: QtBot, window: MainWindow, store: Store, paths: DataPaths
) -> None:
    fill_history(paths.database, 3, 2, end=NOW)
    window.toggle_history()  # the store opens in the background at start: not there yet
    view = window.history_view
    assert view is not None and "Opening your history" in view.message.text()
    window.set_store(store)
    settle(qtbot, view)
    assert view.stack.currentIndex() == 1 and view.model.rowCount() == 3


def test_an_empty_history_says_how_to_begin(qtbot: QtBot, window: MainWindow, store: Store) -> None:
    view = open_history(qtbot, window, store)
    assert view.stack.currentWidget() is view.message
    assert "No sessions yet" in view.message.text() and view.message.isVisible()
    view.set_store(None)
    assert "could not be opened" in view.message.text()


NOTE = "Ischias links 🦵🏽 — ألم خفيف\nשלום " + "ü" * 10_000


def test_pain_effort_and_a_note_are_edited_from_the_view_and_kept_exactly(
    qtbot: QtBot, window: MainWindow, store: Store, paths: DataPaths
) -> None:
    fill_history(paths.database, 3, 2, end=NOW)
    view = open_history(qtbot, window, store)
    view.table.selectRow(2)
    sid = view.current_summary().session.id
    view.pain.setValue(3)
    view.effort.setValue(-1)  # not said
    view.note.setPlainText(NOTE)
    view.save_feeling.click()
    settle(qtbot, view)
    saved = store.history.session(sid)
    assert saved is not None and (saved.pain, saved.effort, saved.note) == (3, None, NOTE)
    assert view.current_summary().session.id == sid
    assert view.note.toPlainText() == NOTE and view.pain.value() == 3 and view.effort.value() == -1
    assert "pain 3" in view.details_title.text()


def test_the_streak_target_is_a_setting(
    qtbot: QtBot, window: MainWindow, store: Store, paths: DataPaths
) -> None:
    fill_history(paths.database, 30, 2, end=NOW)
    view = open_history(qtbot, window, store)
    view.tabs.setCurrentIndex(1)  # the charts are read at the same time as the streak: both arrive
    view.streak.clear()
    view.refresh()
    settle(qtbot, view)
    assert view.calendar.days
    assert "days in a row" in view.streak.text() or "day in a row" in view.streak.text()
    view.target.setCurrentIndex(view.target.findData(3))
    settle(qtbot, view)
    assert window.settings.get(OPTIONS.history_days_a_week) == 3
    assert "with 3 days practised" in view.streak.text()
    # Preferences has the same choice; the open view follows it.
    from desktop.qt.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.settings, window.session.cues, window)
    assert dialog.streak_target.currentData() == 3
    dialog.streak_target.setCurrentIndex(dialog.streak_target.findData(0))
    dialog.accept()
    assert window.settings.get(OPTIONS.history_days_a_week) == 0
    assert view.target.currentData() == 0 and "days practised" not in view.streak.text()


def test_sessions_record_the_routine_or_playlist_they_played(
    window: MainWindow, store: Store, tmp_path: Path, clip: Path
) -> None:
    window.set_store(store)
    routine = two_step_routine(tmp_path)
    playlist = Routine(
        id=PLAYLIST_ROUTINE_PREFIX + "wu", title="Warm-up", steps=routine.steps, clips=routine.clips
    )
    for played in (routine, playlist, routine_for_clip(clip)):
        window.session.start(played)
        window.session.stop()
    assert window.session.flush(10)
    recorded = {s.title: (s.routine_id, s.playlist_id) for s in store.history.sessions()}
    assert recorded == {"Two steps": ("r", None), "Warm-up": (None, "wu"), clip.name: (None, None)}


def test_a_session_that_ends_shows_in_the_open_history_and_in_a_reopened_one(
    qtbot: QtBot, window: MainWindow, store: Store, paths: DataPaths, tmp_path: Path
) -> None:
    fill_history(paths.database, 2, 2, end=NOW - timedelta(days=1))
    view = open_history(qtbot, window, store)
    window.set_routine(two_step_routine(tmp_path))
    window.start_session()
    window.end_session()
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    newest = view.model.summary(0).session
    assert (newest.title, newest.routine_id) == ("Two steps", "r")
    window.history_dock.hide()
    window.start_session()
    window.end_session()
    assert window.session.flush(10)
    window.toggle_history()
    settle(qtbot, view)
    assert view.model.rowCount() == 4
