"""The window's menus and keys: the docks' keys, Ctrl+F, one meaning per key, and the Help menu."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QObject, QPointF, Qt, QUrl, Slot
from PySide6.QtGui import QAction, QDesktopServices, QDragEnterEvent, QDragMoveEvent
from PySide6.QtWidgets import QApplication, QTabBar

from desktop.qt.help import ShortcutsDialog, plain_text, window_shortcuts
from desktop.qt.library_view import ITEMS_MIME
from desktop.qt.main_window import MainWindow
from tests.fake_media import FAKE_CLIP


def focused_in(widget) -> bool:
    focus = QApplication.focusWidget()
    return focus is not None and (focus is widget or widget.isAncestorOf(focus))


def in_front(dock) -> bool:
    """Shown and not behind another dock's tab (Qt moves a dock behind a tab out of sight)."""
    return bool(dock.isVisible() and not dock.visibleRegion().isEmpty())


def test_f9_and_f10_show_raise_and_focus_their_dock_and_hide_it_only_when_focused(
    qtbot, window: MainWindow
) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F9)
    assert window.library_dock.isVisible()
    qtbot.waitUntil(lambda: window.library.search.hasFocus())  # F9 focuses the search
    qtbot.keyClick(window.library.search, Qt.Key.Key_F10)
    assert window.playlist_dock.isVisible() and window.library_dock.isVisible()
    qtbot.waitUntil(lambda: focused_in(window.playlist_dock))
    qtbot.keyClick(window.playlists.view, Qt.Key.Key_F9)  # visible, but not focused: focus it
    assert window.library_dock.isVisible()
    qtbot.waitUntil(lambda: window.library.search.hasFocus())
    qtbot.keyClick(window.library.search, Qt.Key.Key_F9)  # visible and focused: hide it
    assert not window.library_dock.isVisible()
    assert window.playlist_dock.isVisible()

    # Tabbed by the person: the key of the dock behind brings it to the front.
    window.library_dock.show()
    window.tabifyDockWidget(window.library_dock, window.playlist_dock)
    window.library_dock.raise_()
    qtbot.waitUntil(lambda: in_front(window.library_dock) and not in_front(window.playlist_dock))
    window.ui.stepList.setFocus()
    qtbot.keyClick(window.ui.stepList, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: in_front(window.playlist_dock))
    qtbot.waitUntil(lambda: focused_in(window.playlist_dock))


def test_the_library_and_playlist_are_seen_together_by_default(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F9)
    qtbot.keyClick(window, Qt.Key.Key_F10)
    assert window.tabifiedDockWidgets(window.library_dock) == []
    assert window.library_dock.isVisible() and window.playlist_dock.isVisible()
    assert not window.library.tree.visibleRegion().isEmpty()
    assert not window.playlists.view.visibleRegion().isEmpty()


def test_a_drag_hovering_over_a_dock_tab_brings_that_dock_forward(qtbot, window: MainWindow) -> None:
    window.library_dock.show()
    window.playlist_dock.show()
    window.tabifyDockWidget(window.library_dock, window.playlist_dock)
    window.library_dock.raise_()
    qtbot.waitUntil(lambda: not in_front(window.playlist_dock))
    qtbot.waitUntil(lambda: any(b.isVisible() and b.count() == 2 for b in window.findChildren(QTabBar)))
    bars = [b for b in window.findChildren(QTabBar) if b.isVisible() and b.count() == 2]
    assert len(bars) == 1
    bar = bars[0]
    tab = next(i for i in range(bar.count()) if bar.tabText(i) == "Playlist")
    pos = QPointF(bar.tabRect(tab).center())
    mime = QMimeData()
    mime.setData(ITEMS_MIME, b'[{"routine": "r", "step": "s"}]')
    copy = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(
        pos.toPoint(), copy, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(bar, enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(
        pos.toPoint(), copy, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(bar, move)
    qtbot.waitUntil(lambda: in_front(window.playlist_dock))


def test_ctrl_f_from_anywhere_opens_the_library_and_focuses_its_search(qtbot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert not window.library_dock.isVisible()
    window.ui.stepList.setFocus()
    qtbot.keyClick(window.ui.stepList, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.library_dock.isVisible()
    qtbot.waitUntil(lambda: window.library.search.hasFocus())
    window.playlist_dock.show()
    window.playlists.view.setFocus()
    qtbot.waitUntil(window.playlists.view.hasFocus)
    qtbot.keyClick(window.playlists.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.library.search.hasFocus())


#: Keys that mean the same in every place they are used, though the words differ.
SAME_MEANING = {"Favourite": "Favourite Step", "Play": "Start Session", "Delete Session": "Remove"}
#: Return and Enter act on the chosen row of whichever list has the focus (open it, edit it).
ROW_KEYS = {"Return", "Enter"}


def test_every_key_has_one_meaning_in_the_whole_window(window: MainWindow) -> None:
    window.library_dock.show()
    window.playlist_dock.show()
    window.toggle_history()  # its view and keys are made when it first opens
    assert window.history_view is not None
    meanings: dict[str, set[str]] = {}
    for shortcut in window_shortcuts(window):
        for key in shortcut.keys:
            name = key.toString()
            if name not in ROW_KEYS:
                meanings.setdefault(name, set()).add(SAME_MEANING.get(shortcut.what, shortcut.what))
    assert meanings["Ctrl+D"] == {"Favourite Step"}
    assert meanings["Ctrl+Shift+E"] == {"Export"}
    assert meanings["Ctrl+I"] == {"Import"}
    assert meanings["Ctrl+E"] == {"End Session"}
    assert meanings["Ctrl+F"] == {"Find in Library"}
    assert meanings["Ctrl+H"] == {"History"}
    assert meanings["Ctrl+Z"] == {"Undo"}
    doubled = {key: sorted(m) for key, m in meanings.items() if len(m) > 1}
    assert doubled == {}


def test_the_shortcuts_dialog_lists_every_action_with_a_key(qtbot, window: MainWindow) -> None:
    window.ui.actionShortcuts.trigger()
    dialog = window.shortcuts_dialog
    assert isinstance(dialog, ShortcutsDialog)
    rows = dialog.rows()
    listed = {(what, keys) for _where, what, keys in rows}
    for action in window.findChildren(QAction):
        if action.shortcuts():
            keys = ", ".join(k.toString(k.SequenceFormat.NativeText) for k in action.shortcuts())
            assert (plain_text(action.text()), keys) in listed
    assert ("Window", "Preferences", "Ctrl+,") in rows
    assert ("Playlist", "Duplicate", "Ctrl+Alt+D") in rows
    dialog.close()


def test_the_menus_have_their_usual_places(window: MainWindow) -> None:
    menus = {plain_text(m.title()): [plain_text(a.text()) for a in m.actions() if a.text()] for m in (
        window.ui.menuFile, window.ui.menuEdit, window.ui.menuSession, window.ui.menuHelp
    )}  # fmt: skip
    assert menus["File"] == [
        "New Routine",
        "Open",
        "Open Recent",
        "Import",
        "Export",
        "Print",
        "Export PDF",
        "Quit",
    ]
    assert menus["Edit"] == ["Find in Library", "Preferences"]
    assert "Preferences" not in menus["Session"]
    assert window.ui.actionSettings.menuRole() == QAction.MenuRole.PreferencesRole
    assert menus["Help"] == ["Supple Guide", "Keyboard Shortcuts", "Open Data Folder", "About Supple"]


def test_the_guide_is_shipped_and_shown(qtbot, window: MainWindow) -> None:
    window.ui.actionGuide.trigger()
    text = window.guide_dialog.browser.toPlainText()
    assert "Follow a session" in text and "cannot be read" not in text
    window.guide_dialog.close()


class UrlCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def show(self, url: QUrl) -> None:
        self.urls.append(url)


def test_open_data_folder_opens_the_data_folder(window: MainWindow, data_dir: Path) -> None:
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "show")
    try:
        window.ui.actionOpenDataFolder.trigger()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [Path(u.toLocalFile()) for u in catcher.urls] == [data_dir.resolve()]


def test_open_recent_lists_what_was_opened(qtbot, window: MainWindow, clip: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.mp4"
    other.write_bytes(FAKE_CLIP)
    assert window.open_path(clip) and window.open_path(other) and window.open_path(clip)
    window.ui.menuRecent.aboutToShow.emit()
    texts = [plain_text(a.text()) for a in window.ui.menuRecent.actions() if a.text()]
    assert texts == ["1 warm-up.mp4", "2 other.mp4", "Clear the List"]
    window.ui.menuRecent.actions()[1].trigger()
    assert window.routine is not None and window.routine.title == "other.mp4"
