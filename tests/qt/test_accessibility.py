"""Every control can be found and named by a screen reader, the keyboard reaches all of them in
order, and the timer announces each phase once rather than every second."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleInterface
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget

from desktop.content import BUNDLED_ROUTINE_ID
from desktop.paths import resource
from desktop.qt.timer_panel import TimerPanel

SCORPION = resource("routines", f"{BUNDLED_ROUTINE_ID}.supple.json")


def unnamed_controls(root: QWidget, at_least: int = 20) -> list[str]:
    """Focusable, visible controls in the accessibility tree under `root` that have no name (the
    tree has `at_least` nodes: a dialog's is smaller than a view's)."""
    missing: list[str] = []
    stack: list[QAccessibleInterface] = [QAccessible.queryAccessibleInterface(root)]
    seen = 0
    while stack:
        iface = stack.pop()
        if iface is None or not iface.isValid():
            continue
        seen += 1
        state = iface.state()
        if state.focusable and not state.invisible and not iface.text(QAccessible.Text.Name).strip():
            obj = iface.object()
            missing.append(f"{type(obj).__name__} {obj.objectName() if obj else ''} ({iface.role().name})")
        stack.extend(iface.child(i) for i in range(iface.childCount()))
    assert seen > at_least, "the tree was not walked"
    return missing


def show_everything(window) -> None:
    window.resize(1280, 800)
    window.show()
    window.open_path(SCORPION)
    for dock in window.findChildren(QDockWidget):
        dock.show()
    QApplication.processEvents()


def test_every_focusable_control_of_the_main_view_has_a_name(qtbot, window) -> None:
    show_everything(window)
    assert unnamed_controls(window) == []


def test_the_tab_order_reaches_every_control_once_and_comes_back(qtbot, window) -> None:
    show_everything(window)
    window.activateWindow()
    focusable = {
        w
        for w in window.findChildren(QWidget)
        if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    }
    first = window.ui.sessionButton
    first.setFocus(Qt.FocusReason.TabFocusReason)
    visited = [first]
    current = first
    for _ in range(len(focusable) * 3):
        current = current.nextInFocusChain()
        while current not in focusable and current is not first:
            current = current.nextInFocusChain()
        if current is first:
            break
        assert current not in visited, f"{current.objectName()} is reached twice"
        visited.append(current)
    assert set(visited) == focusable
    # The transport bar is walked left to right, as it is read.
    transport = [w for w in visited if window.ui.transportBar.isAncestorOf(w)]
    rows = sorted({w.mapTo(window, w.rect().topLeft()).y() // 20 for w in transport})
    for row in rows:
        xs = [
            w.mapTo(window, w.rect().topLeft()).x()
            for w in transport
            if w.mapTo(window, w.rect().topLeft()).y() // 20 == row
        ]
        assert xs == sorted(xs), [w.objectName() or type(w).__name__ for w in transport]


def test_a_phase_is_announced_once_not_every_second(qtbot, monkeypatch) -> None:
    panel = TimerPanel()
    qtbot.addWidget(panel)
    announced: list[str] = []
    real = QAccessible.updateAccessibility

    def record(event) -> None:
        if isinstance(event, QAccessibleAnnouncementEvent):
            announced.append(event.message())
        real(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", record)
    for label, seconds in (("Get ready: Hips at 90", 5), ("Hips at 90 · Left side", 20), ("Switch sides", 3)):
        for remaining in range(seconds, 0, -1):
            panel.show_phase(label=label, kind="work", remaining=remaining, fraction_left=remaining / seconds)
    assert announced == ["Get ready: Hips at 90, 0:05", "Hips at 90 · Left side, 0:20", "Switch sides, 0:03"]
    assert panel.ring.accessibleDescription() == "0:01"


def test_every_control_of_the_preferences_has_a_name(qtbot, settings) -> None:
    from desktop.qt.cues import CuePlayer
    from desktop.qt.settings_dialog import SettingsDialog

    cues = CuePlayer(settings)
    dialog = SettingsDialog(settings, cues)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.speech.isEnabled())
    assert unnamed_controls(dialog) == []
    cues.close()


def test_every_control_of_the_history_view_has_a_name(qtbot, window, store) -> None:
    window.set_store(store)
    show_everything(window)
    window.toggle_history()
    qtbot.waitUntil(lambda: window.history_view is not None and window.history_view.isVisible())
    assert unnamed_controls(window.history_view) == []


def test_every_control_of_the_help_and_keys_dialogs_has_a_name(qtbot, window) -> None:
    from desktop.qt.help import ShortcutsDialog
    from desktop.qt.shortcuts import KeysDialog

    for dialog in (ShortcutsDialog(window), KeysDialog(window.key_map, window)):
        qtbot.addWidget(dialog)
        dialog.show()
        assert unnamed_controls(dialog) == [], type(dialog).__name__


def test_the_history_with_sessions_is_named_and_walked_by_tab_through_its_filters(
    qtbot, window, paths
) -> None:
    """A chosen session's details (empty cells too), and Tab through every control and round
    again, the date filters set to "any day" included (Qt's date box kept Tab there)."""
    from desktop.store import open_store
    from tests.history_data import fill_history
    from tests.qt.keyboard import tab_controls, tab_walk
    from tests.qt.test_history_view import NOW, open_history, settle

    with open_store(paths) as store:
        fill_history(paths.database, 5, 3, end=NOW)
        window.resize(1280, 800)
        view = open_history(qtbot, window, store)
        view.table.selectRow(0)
        settle(qtbot, view)
        assert view.steps.rowCount() > 0
        assert unnamed_controls(view) == []

        walk = tab_walk(view, view.target, stays=False)

        assert view.since in walk and view.until in walk
        assert set(tab_controls(view)) <= set(walk)
        window.set_store(None)


def test_tab_keys_walk_the_whole_window_with_its_editors_and_show_the_focus(
    qtbot, window, store, paths, qapp
) -> None:
    """Tab pressed as a person presses it (not the focus chain read from outside): through the
    Library, the playlist builder and the routine editor, with no control that keeps Tab, and
    round again; the focus shows on each control under Supple's style sheet."""
    from desktop.content.library import register_bundled
    from desktop.qt.theme import apply_theme
    from tests.qt.keyboard import (
        focus_not_shown,
        out_of_reading_order,
        reading_first,
        tab_controls,
        tab_walk,
        unreachable_controls,
    )

    register_bundled(store)
    window.set_store(store, paths)
    window.ask_unsaved_routine = lambda: "discard"
    show_everything(window)
    window.new_routine_action.trigger()
    window.routine_editor.add_step()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    palette, sheet = qapp.palette(), qapp.styleSheet()
    apply_theme(qapp)
    try:
        assert unreachable_controls(window) == []
        walk = tab_walk(window, window.ui.sessionButton)
        assert set(tab_controls(window)) <= set(walk)
        for view in (window.library, window.playlists, window.routine_editor):
            part = [w for w in walk if view.isAncestorOf(w)]
            assert out_of_reading_order(part, reading_first(part, view)) == [], type(view).__name__
        assert focus_not_shown(walk) == []
    finally:
        qapp.setStyleSheet(sheet)
        qapp.setPalette(palette)
