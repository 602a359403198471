"""The main window's side panels: the Library and Playlist docks, saved playlists, and fitting
the window to its screen as panels open and close."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QDockWidget,
    QFrame,
    QScrollArea,
    QStyle,
    QTabBar,
)

from desktop.content.adhoc import (
    routine_for_playlist,
)
from desktop.domain import PlaylistItem, Routine, Step
from desktop.qt.favourites import FavouritesModel
from desktop.qt.i18n import ui_languages
from desktop.qt.settings import OPTIONS
from desktop.qt.tasks import Task
from desktop.qt.window_base import WindowBase
from desktop.qt.words import WORDS

if TYPE_CHECKING:
    from desktop.content.playlist_resolve import ResolvedPlaylist
    from desktop.qt.history_view import HistoryView

log = logging.getLogger(__name__)


class PanelsMixin(WindowBase):
    """Docks and playlists; part of MainWindow (desktop/qt/main_window.py)."""

    def _setup_docks(self) -> None:
        """The routine library and the playlist builder, in docks that remember where they were."""

        from desktop.qt.library_view import LibraryView
        from desktop.qt.playlist_builder import PlaylistBuilder

        self.library = LibraryView(parent=self)
        self.playlists = PlaylistBuilder(parent=self)
        self.library_dock = QDockWidget(QCoreApplication.translate("MainWindow", "Library"), self)
        self.library_dock.setObjectName("libraryDock")
        self.library_dock.setWidget(self.library)
        self.playlist_dock = QDockWidget(QCoreApplication.translate("MainWindow", "Playlist"), self)
        self.playlist_dock.setObjectName("playlistDock")
        self.playlist_dock.setWidget(self.playlists)
        # Stacked, not tabbed, so that steps can be dragged from one into the other.
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.library_dock)
        self.splitDockWidget(self.library_dock, self.playlist_dock, Qt.Orientation.Vertical)
        self.library_action = self._dock_action(self.library_dock, "F9", self.library.focus_search)
        self.playlist_action = self._dock_action(
            self.playlist_dock,
            "F10",
            lambda: self.playlists.view.setFocus(Qt.FocusReason.ShortcutFocusReason),
        )
        self._docks_tabbed_to_fit = False
        self._screen_watched = False
        for dock in (self.library_dock, self.playlist_dock):
            dock.hide()
            dock.visibilityChanged.connect(lambda _visible: QTimer.singleShot(0, self._fit_docks))
            dock.visibilityChanged.connect(
                lambda visible: QTimer.singleShot(0, lambda: self._fit_to_screen(grow=visible))
            )
            dock.visibilityChanged.connect(lambda _visible: QTimer.singleShot(0, self._tabs_follow_drags))
            dock.dockLocationChanged.connect(lambda _area: QTimer.singleShot(0, self._tabs_follow_drags))
        self.tabifiedDockWidgetActivated.connect(lambda _dock: self._tabs_follow_drags())
        self.library.openRoutine.connect(self.show_routine)
        self.library.playRoutine.connect(self.play_routine)
        self.library.addToPlaylist.connect(self._add_to_playlist)
        self.library.libraryChanged.connect(self._library_changed)
        #: The favourites, one object the window and the Library share; both follow `changed`.
        self.favourites = FavouritesModel(parent=self)
        self.library.use_favourites(self.favourites)
        self.favourites.changed.connect(self._show_favourites)
        self.playlists.playPlaylist.connect(self.play_playlist)
        self.playlists.previewItem.connect(self.preview_step)
        self.library.openPlaylist.connect(self.open_saved_playlist)
        self.library.playPlaylist.connect(self.play_saved_playlist)
        self.playlists.playlistOpened.connect(self._remember_playlist)
        self.playlists.playlistSaved.connect(self._remember_playlist)
        self.playlists.playlistSaved.connect(lambda _id: self.library.refresh_playlists())
        self.playlists.playlistDeleted.connect(self._forget_playlist)
        self._setup_history_action()

    def _setup_history_action(self) -> None:
        """View > History (Ctrl+H). The dock and its module are made when it first opens."""
        self.history_dock: QDockWidget | None = None
        self.history_view: HistoryView | None = None
        self.history_action = QAction(QCoreApplication.translate("MainWindow", "History"), self)
        self.history_action.setCheckable(True)
        self.history_action.setShortcut(QKeySequence("Ctrl+H"))
        self.history_action.setStatusTip(
            QCoreApplication.translate("MainWindow", "Your streak, the days you practised and every session")
        )
        self.history_action.triggered.connect(self.toggle_history)
        self.ui.menuView.addAction(self.history_action)

    def toggle_history(self) -> None:
        dock = self.history_dock or self._make_history_dock()
        assert self.history_view is not None
        view = self.history_view
        self.toggle_dock(dock, lambda: view.table.setFocus(Qt.FocusReason.ShortcutFocusReason))
        self.history_action.setChecked(not dock.isHidden())

    def _make_history_dock(self) -> QDockWidget:
        from desktop.qt.history_view import HistoryView

        self.history_view = HistoryView(self.settings, self)
        self.history_view.routines = lambda routine_id: self.library.catalog(routine_id)
        dock = QDockWidget(QCoreApplication.translate("MainWindow", "History"), self)
        dock.setObjectName("historyDock")
        # It scrolls rather than insist on its height: beside the Library and Playlist on a small
        # screen, the window must still fit.
        scroll = QScrollArea(dock)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setAccessibleName(QCoreApplication.translate("MainWindow", "History"))
        scroll.setWidget(self.history_view)
        dock.setWidget(scroll)
        dock.hide()
        # A page beside the Library, as its tab: on the right, with the steps column, the window
        # would need more width than a small screen has.
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
        self.tabifyDockWidget(self.library_dock, dock)
        action = self.history_action
        dock.visibilityChanged.connect(lambda _visible: action.setChecked(not dock.isHidden()))
        dock.visibilityChanged.connect(
            lambda visible: QTimer.singleShot(0, lambda: self._fit_to_screen(grow=visible))
        )
        self.history_dock = dock
        if self.store_attached:
            self.history_view.set_store(self.store)  # else when it has opened (MainWindow.set_store)
        if not self.restoreDockWidget(dock):
            # First time: wide enough for the list's columns, as far as the screen allows.
            QTimer.singleShot(0, lambda: self.resizeDocks([dock], [540], Qt.Orientation.Horizontal))
        return dock

    def history_session_ended(self) -> None:
        """A session ended (or its feelings were saved): the open History shows it once its last
        records are written (waited for off the GUI thread)."""
        view = self.history_view
        if view is None or not view.isVisible():
            return  # it reads everything again when it is next shown
        session = self.session
        Task(self, lambda _ctx: session.flush(10.0), name="history-flush").on_success(
            lambda _done: view.refresh()
        ).start()

    def _dock_action(self, dock: QDockWidget, key: str, focus: Callable[[], None]) -> QAction:
        """The View menu's action for a dock: it shows, raises and focuses the dock, and hides it
        only when it is in front and has the focus (a dock behind a tab comes forward)."""
        action = QAction(dock.windowTitle(), self)
        action.setCheckable(True)
        action.setShortcut(QKeySequence(key))
        action.triggered.connect(lambda: self.toggle_dock(dock, focus))
        dock.visibilityChanged.connect(lambda _visible: action.setChecked(not dock.isHidden()))
        self.ui.menuView.addAction(action)
        return action

    def toggle_dock(self, dock: QDockWidget, focus: Callable[[], None]) -> None:
        focused = QApplication.focusWidget()
        in_front = dock.isVisible() and not dock.visibleRegion().isEmpty()  # not behind a tab
        if in_front and focused is not None and dock.isAncestorOf(focused):
            dock.hide()
            return
        self.show_dock(dock)
        focus()

    def show_dock(self, dock: QDockWidget) -> None:
        dock.show()
        dock.raise_()

    def _tabs_follow_drags(self) -> None:
        """Hovering a drag over the tab of a tabbed dock brings that dock forward (people may tab
        the Library and Playlist docks; a step must still reach the playlist)."""
        for bar in self.findChildren(QTabBar):
            if bar.parent() is self and not bar.changeCurrentOnDrag():
                bar.setChangeCurrentOnDrag(True)
                bar.setAcceptDrops(True)

    def find_in_library(self) -> None:
        """Ctrl+F from anywhere: the Library, in front, with its search chosen."""
        self.show_dock(self.library_dock)
        self.library.focus_search()

    def _watch_screen(self) -> None:
        """On another screen (or this one rescaled) the docks are stacked or tabbed anew."""
        handle = self.windowHandle()
        if handle is None or self._screen_watched:
            return
        self._screen_watched = True
        handle.screenChanged.connect(lambda _screen: QTimer.singleShot(0, self._fit_docks))

    def _stacked_height(self) -> int:
        """The least height the window needs with the Library above the Playlist."""
        separator = self.style().pixelMetric(QStyle.PixelMetric.PM_DockWidgetSeparatorExtent, None, self)
        docks = (
            self.library_dock.minimumSizeHint().height()
            + separator
            + self.playlist_dock.minimumSizeHint().height()
        )
        central = self.centralWidget()
        middle = max(docks, central.minimumSizeHint().height() if central is not None else 0)
        bars = [self.menuBar(), self.statusBar()]
        return middle + sum(bar.sizeHint().height() for bar in bars if bar.isVisible())

    def _fit_docks(self) -> None:
        """Stacked, the Library and Playlist need more height than a small or scaled screen has
        (1920x1080 at 200% is 960x540): there they share the place as tabs, the one with the focus
        (the one just opened) in front. They are stacked again on a screen that has the room (the
        window moved to another, or this one was rescaled)."""
        library, playlist = self.library_dock, self.playlist_dock
        screen = self.screen()
        if screen is None or library.isHidden() or playlist.isHidden():
            return
        if library.isFloating() or playlist.isFloating():
            return
        area = self.dockWidgetArea(library)
        if area != self.dockWidgetArea(playlist) or area not in (
            Qt.DockWidgetArea.LeftDockWidgetArea,
            Qt.DockWidgetArea.RightDockWidgetArea,
        ):
            return  # the person put them elsewhere: side by side, not stacked
        frame = self.frameGeometry().height() - self.height()
        fits = self._stacked_height() + frame <= screen.availableGeometry().height()
        tabbed = playlist in self.tabifiedDockWidgets(library)
        if not tabbed and not fits:
            focused = QApplication.focusWidget()
            front = library if focused is not None and library.isAncestorOf(focused) else playlist
            self.tabifyDockWidget(library, playlist)
            self._docks_tabbed_to_fit = True
            front.raise_()
        elif tabbed and fits and self._docks_tabbed_to_fit:
            self.removeDockWidget(playlist)  # splitDockWidget would put it back among the tabs
            self.addDockWidget(area, playlist, Qt.Orientation.Vertical)
            playlist.show()
            self._docks_tabbed_to_fit = False
        self._screen_watched = False

    def _fit_to_screen(self, grow: bool = False) -> None:
        """Keep the whole window, its frame included, inside the screen's available geometry.

        This works because nothing in the window insists on more room than a small screen has:
        the docks and the central area shrink to their minimums (labels wrap or elide, the
        transport goes to two rows), so the window's minimum size fits the screen.
        """
        screen = self.screen()
        if screen is None or self.isFullScreen() or self.isMaximized():
            return
        available = screen.availableGeometry()
        frame = self.frameGeometry()
        extra_w, extra_h = frame.width() - self.width(), frame.height() - self.height()
        wanted = self.width()
        if grow:  # a dock opened, taking its room from the central area: give that back if the screen can
            central = self.centralWidget()
            if central is not None:
                wanted += max(0, self.ui.mainSplitter.sizeHint().width() - central.width())
        width = min(wanted, available.width() - extra_w)
        height = min(self.height(), available.height() - extra_h)
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        frame = self.frameGeometry()
        x = max(available.left(), min(frame.x(), available.right() + 1 - frame.width()))
        y = max(available.top(), min(frame.y(), available.bottom() + 1 - frame.height()))
        if (x, y) != (frame.x(), frame.y()):
            self.move(x, y)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.transportBar and event.type() == QEvent.Type.Resize:
            self._wrap_transport()
        return super().eventFilter(watched, event)

    def _wrap_transport(self) -> None:
        """One row of transport controls when they fit with room for the clip's name, else two."""
        bar, outer = self.ui.transportBar, self.ui.transportLayout
        groups = (self.ui.transportMain.minimumSize().width(), self.ui.transportMore.minimumSize().width())
        margins = outer.contentsMargins().left() + outer.contentsMargins().right()
        bar.setMinimumWidth(max(groups) + margins)
        one_row = sum(groups) + outer.spacing() + margins + 80
        direction = (
            QBoxLayout.Direction.LeftToRight if bar.width() >= one_row else QBoxLayout.Direction.TopToBottom
        )
        if outer.direction() != direction:
            outer.setDirection(direction)

    def show_routine(self, routine: Routine) -> None:
        self.set_routine(routine)

    def play_routine(self, routine: Routine) -> None:
        self.set_routine(routine)
        self.start_session()

    def preview_step(self, routine: Routine, step: Step) -> None:
        """Show a playlist item's clip (its own loop and mirror) while browsing; a session is left alone."""
        if self.session.active or step.clip not in routine.clips:
            return
        self.ui.stepList.setCurrentRow(-1)  # the list's step is not what shows; choosing it shows it again
        self.current_row = -1
        self._play(
            routine.clips[step.clip], step.segment, mirrored=step.mirror_side is not None, title=step.title
        )

    def _add_to_playlist(self, items: list[PlaylistItem]) -> None:
        self.playlists.add_items(items)
        self.playlist_dock.show()
        self.playlist_dock.raise_()

    def _remember_playlist(self, playlist_id: str) -> None:
        self.settings.set(OPTIONS.last_playlist, playlist_id)

    def _forget_playlist(self, playlist_id: str) -> None:
        if self.settings.get(OPTIONS.last_playlist) == playlist_id:
            self.settings.reset(OPTIONS.last_playlist)
        self.library.refresh_playlists()

    def find_playlist(self, key: str) -> str | None:
        """The id of the saved playlist whose id or name is `key` (case aside), or None."""
        if self.store is None:
            return None
        playlists = self.store.playlists.entries()
        by_id = next((p.id for p in playlists if p.id == key), None)
        return by_id or next((p.id for p in playlists if p.title.casefold() == key.casefold()), None)

    def open_saved_playlist(self, key: str) -> bool:
        """Open a saved playlist (its id or name) in the Playlist dock."""
        playlist_id = self.find_playlist(key)
        if playlist_id is None:
            names = ", ".join(p.title for p in self.store.playlists.entries()) if self.store else ""
            self.statusBar().showMessage(
                (
                    QCoreApplication.translate("MainWindow", 'There is no saved playlist "%1" (saved: %2).')
                    if names
                    else QCoreApplication.translate("MainWindow", 'There is no saved playlist "%1".')
                )
                .replace("%2", names)
                .replace("%1", key),
                20000,
            )
            return False
        self.show_dock(self.playlist_dock)
        return playlist_id == self.playlists.document.id or self.playlists.open_playlist(playlist_id)

    def play_saved_playlist(self, key: str) -> bool:
        """Play a saved playlist (its id or name), as `supple --play NAME` does."""
        if not self.open_saved_playlist(key):
            return False
        self.playlists.play()
        return self.session.active

    def _library_changed(self, _result: object) -> None:
        self.playlists.set_catalog(self.library.catalog)
        self.playlists.refresh_saved()

    def play_playlist(self, resolved: ResolvedPlaylist) -> None:
        """Play a resolved playlist with the same session engine as a routine."""
        if not resolved.steps:
            self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "This playlist has nothing to play."), 10000
            )
            return
        routine, items = routine_for_playlist(resolved, ui_languages(self.settings))
        self.set_routine(routine)
        self._plan_items = items
        self.start_session(0)
        if resolved.missing:
            self.statusBar().showMessage(WORDS.missing_items(len(resolved.missing)), 15000)
