"""The routine library: every routine with its steps, thumbnails and tags, searched as you type.

Rows are routines, their children the steps. A row can be opened or played (whole routine), added
to a playlist, dragged into the playlist builder, copied (Ctrl+C) and pasted there, and marked a
favourite. Everything works from the keyboard:

    Ctrl+F          search (Down moves into the list, Escape clears the search)
    Return          open the routine            Ctrl+Return   play it
    Insert          add to the playlist         Ctrl+C        copy for pasting into a playlist
    Ctrl+D          favourite on/off
    The window's Ctrl+I imports a bundle or file, and its Ctrl+Shift+E exports the chosen routine.

The list's model and filter are in library_model.py; imports and exports (library_transfer.py) and
favourite changes run in a `Task`, off the GUI thread. A failure is shown and changes nothing.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.content.bundle import BUNDLE_SUFFIX
from desktop.content.library import LibraryStore, RoutineCatalog, register_bundled
from desktop.content.library_install import ImportResult
from desktop.content.routine_save import is_own
from desktop.domain import PlaylistItem, Routine
from desktop.domain.messages import message
from desktop.paths import DataPaths
from desktop.qt.favourites import FavouritesModel, FavouritesRepo
from desktop.qt.items_mime import ITEMS_MIME, items_to_mime
from desktop.qt.library_model import (
    PLAYLIST_ID_ROLE,
    ROUTINE_ID_ROLE,
    STEP_ID_ROLE,
    LibraryFilter,
    LibraryModel,
    LibraryTree,
    item_for,
    unique_rows,
)
from desktop.qt.library_transfer import LibraryTransfers, outside_clips_box
from desktop.qt.messages import say
from desktop.qt.tasks import Task, show_failure
from desktop.qt.words import WORDS
from desktop.qt.wrap_row import WrapRow
from desktop.store.errors import StoreError

log = logging.getLogger(__name__)


class LibraryView(QWidget):
    """Signals:
    openRoutine(object): the Routine to show (Return or double-click).
    playRoutine(object): the Routine to play (Ctrl+Return or the Play button).
    addToPlaylist(object): a list of PlaylistItems to add to the playlist being built (Insert).
    favouritesChanged(): a favourite was added or removed.
    openPlaylist(str): the id of a saved playlist to open in the builder (Return or double-click).
    playPlaylist(str): the id of a saved playlist to play (Ctrl+Return).
    editRoutine(object): the Routine to edit (one of the person's own) or to duplicate to edit.
    libraryChanged(object): an import finished (its `ImportResult`): routines or a playlist were
        added, so the playlist builder should take the new catalog and refresh its saved list.
    """

    openRoutine = Signal(object)
    playRoutine = Signal(object)
    addToPlaylist = Signal(object)
    favouritesChanged = Signal()
    libraryChanged = Signal(object)
    openPlaylist = Signal(str)
    playPlaylist = Signal(str)
    editRoutine = Signal(object)
    remindRequested = Signal(str, str)

    def __init__(
        self,
        catalog: RoutineCatalog | None = None,
        favourites: FavouritesRepo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.catalog = catalog or RoutineCatalog()
        #: Favourites, shared with the window (`use_favourites`): one source of truth, the store.
        self.favourites = FavouritesModel(favourites, self)
        self.store: LibraryStore | None = None
        self.paths: DataPaths | None = None
        self.transfers = LibraryTransfers(self, self)
        #: The last failure shown (its message box), for tests.
        self.error_box: QMessageBox | None = None
        #: Dialogs, replaceable in tests: a yes/no question, a file to open, a file to save, and
        #: whether to copy the files from outside a routine's folder that it names (listed).
        self.confirm: Callable[[str, str], bool] = self._ask
        self.confirm_outside: Callable[[Path, Sequence[Path]], bool] = self._ask_outside
        self.choose_import: Callable[[], Path | None] = self._choose_import
        self.choose_export: Callable[[Routine], Path | None] = self._choose_export
        self.model = LibraryModel(self)
        self.proxy = LibraryFilter(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        self._wire()
        self.set_catalog(self.catalog)

    # ----- set-up
    def _build(self) -> None:
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search titles, tags, steps and cues  (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search the library"))
        self.tag_box = QComboBox(self)
        self.tag_box.setAccessibleName(self.tr("Show routines with this tag"))
        self.favourites_box = QCheckBox(self.tr("&Favourites only"), self)
        self.tree = LibraryTree(self)
        self.tree.setModel(self.proxy)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.play_button = QPushButton(self.tr("&Play"), self)
        self.add_button = QPushButton(self.tr("&Add to playlist"), self)
        self.favourite_button = QPushButton(self.tr("☆ Favourite"), self)
        self.favourite_button.setCheckable(True)
        self.favourite_button.setToolTip(self.tr("Star the chosen routine or step (Ctrl+D)"))
        self.edit_button = QPushButton(self.tr("Edi&t"), self)
        self.edit_button.setToolTip(
            self.tr("Edit a routine of your own; a bundled or imported one is duplicated first")
        )
        self.import_button = QPushButton(self.tr("&Import…"), self)
        self.export_button = QPushButton(self.tr("&Export…"), self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)  # an export's path must not widen the window
        self.playlist_list = QListWidget(self)
        self.playlist_list.setAccessibleName(self.tr("Saved playlists"))
        self.playlist_list.setMaximumHeight(self.playlist_list.fontMetrics().height() * 4 + 12)
        playlists_label = QLabel(self.tr("Saved pla&ylists"), self)
        playlists_label.setBuddy(self.playlist_list)
        filters = QHBoxLayout()
        filters.addWidget(self.tag_box, 1)
        filters.addWidget(self.favourites_box)
        # On two lines in a narrow dock (a small or scaled screen) rather than widen the window.
        buttons = WrapRow([self.open_button, self.play_button, self.add_button, self.favourite_button], self)
        transfer = QHBoxLayout()
        transfer.addWidget(self.import_button)
        transfer.addWidget(self.export_button)
        transfer.addStretch(1)
        transfer.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.tree, 1)
        layout.addWidget(playlists_label)
        layout.addWidget(self.playlist_list)
        layout.addWidget(buttons)
        layout.addLayout(transfer)
        layout.addWidget(self.status)
        # Tab in reading order (the layout's), not in the order the controls were made.
        chain: list[QWidget] = [self.tree, self.playlist_list, self.open_button, self.play_button]
        chain += [self.add_button, self.favourite_button, self.import_button, self.export_button]
        chain.append(self.edit_button)
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _action(
        self,
        text: str,
        keys: Sequence[QKeySequence | QKeySequence.StandardKey | str],
        slot: Any,
        widget: QWidget,
    ) -> QAction:
        action = QAction(text, widget)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        widget.addAction(action)
        return action

    def _wire(self) -> None:
        self.search.textChanged.connect(self._search_changed)
        self.search.installEventFilter(self)
        self.tag_box.currentIndexChanged.connect(self._tag_changed)
        self.favourites_box.toggled.connect(self._favourites_toggled)
        self.tree.doubleClicked.connect(lambda _index: self.open_current())
        self.open_button.clicked.connect(self.open_current)
        self.play_button.clicked.connect(self.play_current)
        self.add_button.clicked.connect(self.add_selected)
        self.favourite_button.clicked.connect(self.toggle_favourite)
        self.favourites.changed.connect(self._favourites_changed)
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._show_favourite_state())
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._show_edit_state())
        self.import_button.clicked.connect(self.transfers.import_chosen)
        self.export_button.clicked.connect(self.export_current)
        self.edit_button.clicked.connect(self.edit_current)
        tree = self.tree
        self.open_action = self._action(self.tr("Open"), ["Return", "Enter"], self.open_current, tree)
        self.play_action = self._action(
            self.tr("Play"), ["Ctrl+Return", "Ctrl+Enter"], self.play_current, tree
        )
        self.add_action = self._action(
            self.tr("Add to playlist"), ["Insert", "Ctrl+Shift+A"], self.add_selected, tree
        )
        self.copy_action = self._action(
            self.tr("Copy"), [QKeySequence.StandardKey.Copy], self.copy_selected, tree
        )
        self.favourite_action = self._action(self.tr("Favourite"), ["Ctrl+D"], self.toggle_favourite, tree)
        lists = self.playlist_list
        self.playlist_list.itemActivated.connect(
            lambda item: self.openPlaylist.emit(item.data(PLAYLIST_ID_ROLE))
        )
        self.play_playlist_action = self._action(
            self.tr("Play"), ["Ctrl+Return", "Ctrl+Enter"], self._play_chosen_playlist, lists
        )
        # Reminders, from each list's context menu (its actions): kind and id of the chosen one.
        for widget, kind, role in ((tree, "routine", ROUTINE_ID_ROLE), (lists, "playlist", PLAYLIST_ID_ROLE)):
            widget.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            self._action(
                self.tr("Remind me…"),
                [],
                lambda _c=False, w=widget, k=kind, r=role: self._remind(w, k, r),
                widget,
            )
        # Search (Ctrl+F), Import (Ctrl+I) and Export (Ctrl+Shift+E) are the window's File and Edit
        # menu actions: a second action on one of their keys here would make both ambiguous.

    # ----- content
    def use_favourites(self, favourites: FavouritesModel) -> None:
        """Share the window's favourites: a star set there shows here at once, and back."""
        self.favourites.changed.disconnect(self._favourites_changed)
        if favourites.repo is None:
            favourites.repo = self.favourites.repo
        self.favourites = favourites
        favourites.changed.connect(self._favourites_changed)
        self._favourites_changed()

    def set_catalog(self, catalog: RoutineCatalog, favourites: FavouritesRepo | None = None) -> None:
        """Show these routines; `favourites` (the store's repository) when it has changed."""
        if favourites is not None:
            self.favourites.repo = favourites
        self.catalog = catalog
        marked = self._favourites()
        self.model.set_catalog(catalog, marked)
        self.proxy.set_favourites(self.favourites_box.isChecked(), marked)
        current = self.tag_box.currentData()
        self.tag_box.blockSignals(True)
        self.tag_box.clear()
        self.tag_box.addItem(self.tr("All tags"), None)
        for tag in catalog.tags():
            self.tag_box.addItem(tag, tag)
        found = self.tag_box.findData(current)
        self.tag_box.setCurrentIndex(max(found, 0))
        self.tag_box.blockSignals(False)
        self.proxy.set_tag(self.tag_box.currentData())
        self.favourites_box.setEnabled(self.favourites.available)
        self._show_favourite_state()
        writable = self.store is not None and not getattr(self.store, "read_only", False)
        self.import_button.setEnabled(writable and self.paths is not None)
        self._after_filter()
        self._show_edit_state()

    def set_store(self, store: Any, paths: DataPaths | None) -> None:
        """Use the opened store (its library, favourites and playlists) and the data folder that
        imports go to; None while the store is not open (importing is then off)."""
        self.store = store
        self.paths = paths
        if store is not None and not store.read_only:
            try:
                register_bundled(store)  # favourites of the bundled routine need its library row
            except Exception:  # a damaged bundled routine must not keep the library from showing
                log.exception("the bundled routine could not be put in the library")
        self.favourites.set_repo(store.favourites if store is not None else None)
        self.refresh_playlists()
        self.set_catalog(RoutineCatalog.load(store))

    def refresh_playlists(self) -> None:
        """List the saved playlists (after the store opens, an import, a save or a delete)."""
        playlists = getattr(self.store, "playlists", None)
        chosen = self.playlist_list.currentItem()
        keep = chosen.data(PLAYLIST_ID_ROLE) if chosen is not None else None
        self.playlist_list.clear()
        for playlist in playlists.entries() if playlists is not None else []:
            count = len(playlist.items)
            item = QListWidgetItem(f"{playlist.title}  ·  {WORDS.items(count)}")
            item.setData(PLAYLIST_ID_ROLE, playlist.id)
            item.setToolTip(self.tr("Return opens it in the Playlist dock; Ctrl+Return plays it"))
            self.playlist_list.addItem(item)
            if playlist.id == keep:
                self.playlist_list.setCurrentItem(item)

    def _remind(self, widget: QWidget, kind: str, role: int) -> None:
        index = widget.currentIndex() if isinstance(widget, QAbstractItemView) else None
        target = index.data(role) if index is not None and index.isValid() else None
        if target:
            self.remindRequested.emit(kind, str(target))

    def _play_chosen_playlist(self) -> None:
        item = self.playlist_list.currentItem()
        if item is not None:
            self.playPlaylist.emit(item.data(PLAYLIST_ID_ROLE))

    def _favourites(self) -> set[tuple[str, str | None]]:
        return self.favourites.marked()

    def _favourites_changed(self) -> None:
        marked = self._favourites()
        index = self.tree.currentIndex()
        place = (index.data(ROUTINE_ID_ROLE), index.data(STEP_ID_ROLE)) if index.isValid() else None
        self.model.set_favourites(marked)
        self.proxy.set_favourites(self.favourites_box.isChecked(), marked)
        self.favourites_box.setEnabled(self.favourites.available)
        if place is not None and not self.tree.currentIndex().isValid():
            found = self.index_of(*place)
            if found.isValid():
                self.tree.setCurrentIndex(found)
        self._after_filter()
        self._show_favourite_state()

    def _show_favourite_state(self) -> None:
        """The Favourite button is pressed when the chosen routine or step is starred."""
        index = self.tree.currentIndex()
        key = (index.data(ROUTINE_ID_ROLE), index.data(STEP_ID_ROLE)) if index.isValid() else None
        on = key is not None and key in self.model.favourites
        self.favourite_button.setEnabled(self.favourites.available and key is not None)
        self.favourite_button.setChecked(on)
        self.favourite_button.setText(self.tr("★ Favourite") if on else self.tr("☆ Favourite"))

    def routine(self, routine_id: str) -> Routine | None:
        return self.catalog(routine_id)

    # ----- filters
    def _search_changed(self, text: str) -> None:
        self.proxy.set_query(text)
        self._after_filter()

    def _tag_changed(self, _index: int) -> None:
        self.proxy.set_tag(self.tag_box.currentData())
        self._after_filter()

    def _favourites_toggled(self, on: bool) -> None:
        self.proxy.set_favourites(on, self._favourites())
        self._after_filter()

    def _after_filter(self) -> None:
        if self.proxy.terms or self.proxy.favourites_only:
            self.tree.expandAll()  # show the steps that matched
        shown = self.proxy.rowCount()
        total = len(self.catalog.routines)
        self.status.setText(
            self.tr("%1 of %n routine(s)", "", total).replace("%1", str(shown))
            if shown != total
            else self.tr("%n routine(s)", "", total)
        )
        if not self.tree.currentIndex().isValid() and shown:
            self.tree.setCurrentIndex(self.proxy.index(0, 0))

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Down:
                self.tree.setFocus(Qt.FocusReason.OtherFocusReason)
                if not self.tree.currentIndex().isValid() and self.proxy.rowCount():
                    self.tree.setCurrentIndex(self.proxy.index(0, 0))
                return True
            if event.key() == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_current()
                return True
        return super().eventFilter(watched, event)

    # ----- actions
    def current_routine(self) -> Routine | None:
        index = self.tree.currentIndex()
        return self.catalog(index.data(ROUTINE_ID_ROLE)) if index.isValid() else None

    def selected_items(self) -> list[PlaylistItem]:
        indexes = self.tree.selectionModel().selectedIndexes() or [self.tree.currentIndex()]
        return [
            item_for(i) for i in unique_rows(indexes) if self.catalog(i.data(ROUTINE_ID_ROLE)) is not None
        ]

    def open_current(self) -> None:
        routine = self.current_routine()
        if routine is not None:
            self.openRoutine.emit(routine)

    def edit_current(self) -> None:
        routine = self.current_routine()
        if routine is not None:
            self.editRoutine.emit(routine)

    def _show_edit_state(self) -> None:
        """ "Edit" for a routine of the person's own, "Duplicate to edit" for any other."""
        routine = self.current_routine()
        own = routine is not None and self.paths is not None and is_own(routine, self.paths.library)
        self.edit_button.setText(
            self.tr("Edi&t") if own or routine is None else self.tr("Duplicate to edi&t")
        )
        self.edit_button.setEnabled(routine is not None)

    def play_current(self) -> None:
        routine = self.current_routine()
        if routine is not None:
            self.playRoutine.emit(routine)

    def add_selected(self) -> None:
        items = self.selected_items()
        if items:
            self.addToPlaylist.emit(items)

    def copy_selected(self) -> None:
        items = self.selected_items()
        if items:
            QApplication.clipboard().setMimeData(items_to_mime(items))

    def toggle_favourite(self) -> Task[bool] | None:
        """Star or unstar the chosen row: every view shows it at once (the favourites' `changed`),
        and the store is written in a Task. A failure is shown and the star put back."""
        index = self.tree.currentIndex()
        if self.favourites.repo is None or not index.isValid():
            self._show_favourite_state()
            return None
        rid, sid = index.data(ROUTINE_ID_ROLE), index.data(STEP_ID_ROLE)

        def failed(error: BaseException) -> None:
            log.warning("favourite not changed: %s", error)
            self._show_favourite_state()
            self.show_failure(
                QCoreApplication.translate("LibraryView", "The favourite could not be saved"), error
            )

        try:
            task = self.favourites.set(rid, sid, not self.favourites.contains(rid, sid), on_failure=failed)
        except StoreError as error:  # read-only: known at once, nothing changed
            failed(error)
            return None
        if task is None:
            self._show_favourite_state()
            return None
        return task.on_success(lambda _changed: self.favouritesChanged.emit())

    def index_of(self, routine_id: str, step_id: str | None = None) -> QModelIndex:
        """The view's index of a routine or step, or an invalid one when it is filtered out."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ROUTINE_ID_ROLE) != routine_id:
                continue
            if step_id is None:
                return index
            for child_row in range(self.proxy.rowCount(index)):
                child = self.proxy.index(child_row, 0, index)
                if child.data(STEP_ID_ROLE) == step_id:
                    return child
        return QModelIndex()

    def visible_rows(self) -> list[tuple[str, str | None]]:
        """What the list shows, routines with their shown steps, in order (for tests and accessibility)."""
        out: list[tuple[str, str | None]] = []
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            out.append((index.data(ROUTINE_ID_ROLE), None))
            out += [
                (index.data(ROUTINE_ID_ROLE), self.proxy.index(r, 0, index).data(STEP_ID_ROLE))
                for r in range(self.proxy.rowCount(index))
            ]
        return out

    # ----- import and export (library_transfer.py)
    @property
    def task(self) -> Task[Any] | None:
        """The import or export under way."""
        return self.transfers.task

    def import_chosen(self) -> None:
        self.transfers.import_chosen()

    def import_from(
        self, path: Path, replace: bool = False, allow_outside_clips: bool = False
    ) -> Task[ImportResult] | None:
        """Import in a Task; the view reloads and `libraryChanged` is emitted when done."""
        return self.transfers.import_from(path, replace, allow_outside_clips)

    def export_current(self) -> Task[Path] | None:
        routine = self.current_routine()
        return None if routine is None else self.transfers.export(routine)

    def export(self, routine: Routine) -> Task[Path] | None:
        """Ask where, and export `routine` there (a lone routine file offers the bundle instead)."""
        return self.transfers.export(routine)

    def export_to(self, routine: Routine, out: Path) -> Task[Path]:
        return self.transfers.export_to(routine, out)

    def imported(self, result: ImportResult) -> None:
        self.set_catalog(RoutineCatalog.load(self.store))
        self.refresh_playlists()
        self.say(say(message("sentence", text=result.note())))
        self.libraryChanged.emit(result)

    # ----- saying what happened, and the dialogs (replaceable in tests)
    def say(self, text: str) -> None:
        self.status.setText(text)

    def show_failure(self, title: str, error: BaseException) -> None:
        """The view's one error path: the first line in the status, the whole text in a box."""
        box = show_failure(self, title, error)
        self.say(f"{title}: {box.text().splitlines()[0]}")
        self.error_box = box

    def _ask(self, title: str, text: str) -> bool:
        return QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes

    def _ask_outside(self, path: Path, files: Sequence[Path]) -> bool:
        return outside_clips_box(self, path, files).exec() == QMessageBox.StandardButton.Yes

    def _choose_import(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a routine or playlist"),
            "",
            self.tr("Supple bundles (%1)").replace("%1", f"*{BUNDLE_SUFFIX}")
            + ";;"
            + self.tr("Routine and playlist files (*.json)")
            + ";;"
            + self.tr("All files (*)"),
        )
        return Path(name) if name else None

    def _choose_export(self, routine: Routine) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export %1").replace("%1", routine.title),
            routine.id + BUNDLE_SUFFIX,
            self.tr("Supple bundle with the clips (%1)").replace("%1", f"*{BUNDLE_SUFFIX}")
            + ";;"
            + self.tr("Routine file only (*.supple.json)"),
        )
        return Path(name) if name else None


#: ITEMS_MIME stays importable from here for the views and tests that use it with the library.
__all__ = ["ITEMS_MIME", "LibraryView"]
