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


def unnamed_controls(root: QWidget) -> list[str]:
    """Focusable, visible controls in the accessibility tree under `root` that have no name."""
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
    assert seen > 20, "the tree was not walked"
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
