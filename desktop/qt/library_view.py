"""The routine library: every routine with its steps, thumbnails and tags, searched as you type.

Rows are routines, their children the steps. A row can be opened or played (whole routine), added
to a playlist, dragged into the playlist builder, copied (Ctrl+C) and pasted there, and marked a
favourite. Everything works from the keyboard:

    Ctrl+F          search (Down moves into the list, Escape clears the search)
    Return          open the routine            Ctrl+Return   play it
    Insert          add to the playlist         Ctrl+C        copy for pasting into a playlist
    Ctrl+D          favourite on/off
    The window's Ctrl+I imports a bundle or file, and its Ctrl+Shift+E exports the chosen routine.

Imports and exports run on a worker thread behind a progress dialog whose Cancel stops them
(`BackgroundTask`); a failed or cancelled import changes nothing.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import (
    QEvent,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QIcon,
    QImage,
    QKeyEvent,
    QKeySequence,
    QPixmap,
    QStandardItem,
    QStandardItemModel,
)
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
    QProgressDialog,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.content.bundle import (
    BUNDLE_SUFFIX,
    BundleCancelled,
    BundleConflict,
    BundleError,
    CancelToken,
    Progress,
)
from desktop.content.library import LibraryStore, RoutineCatalog, register_bundled
from desktop.content.library_export import export_routine, lone_routine_note
from desktop.content.library_import import OutsideClips, import_path
from desktop.content.library_install import ImportResult
from desktop.domain import PlaylistItem, Routine
from desktop.domain.describe import step_summary
from desktop.paths import DataPaths
from desktop.qt.favourites import FavouritesModel

log = logging.getLogger(__name__)

#: The clipboard and drag format shared with the playlist builder: a JSON list of playlist items.
ITEMS_MIME = "application/x-supple-items+json"
THUMB = QSize(96, 54)

ROUTINE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STEP_ID_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3
TAGS_ROLE = Qt.ItemDataRole.UserRole + 4
PLAIN_TEXT_ROLE = Qt.ItemDataRole.UserRole + 5  # the row's text without its star
PLAYLIST_ID_ROLE = Qt.ItemDataRole.UserRole + 6


class FavouritesRepo(Protocol):
    def add(self, routine_id: str, step_id: str | None = None) -> bool: ...
    def remove(self, routine_id: str, step_id: str | None = None) -> bool: ...
    def entries(self) -> list[Any]: ...


class Thumbnails:
    """Clip posters scaled to thumbnails, each file read once per owner (a model)."""

    def __init__(self) -> None:
        self._icons: dict[Path | None, QIcon] = {}

    def __call__(self, path: Path | None) -> QIcon:
        icon = self._icons.get(path)
        if icon is None:
            icon = self._icons[path] = _thumbnail(path)
        return icon


def _thumbnail(path: Path | None) -> QIcon:
    """A clip's poster scaled to a thumbnail, or a plain grey tile when there is none."""
    pixmap = QPixmap(THUMB)
    pixmap.fill(Qt.GlobalColor.darkGray)
    if path is not None and path.is_file():
        image = QImage(str(path))
        if not image.isNull():
            scaled = image.scaled(
                THUMB, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
            pixmap = QPixmap.fromImage(scaled)
    return QIcon(pixmap)


def poster_for(routine: Routine, clip_id: str) -> Path | None:
    clip = routine.clips.get(clip_id)
    return clip.poster if clip is not None else None


def items_to_mime(items: Iterable[PlaylistItem]) -> QMimeData:
    from desktop.domain.overrides import encode_overrides

    payload = [
        {
            "routine": item.routine_id,
            "step": item.step_id,
            "overrides": encode_overrides(item.overrides),
            "rounds": item.rounds,
        }
        for item in items
    ]
    mime = QMimeData()
    mime.setData(ITEMS_MIME, json.dumps(payload).encode("utf-8"))
    mime.setText(
        "\n".join(f"{p['routine']}/{p['step']}" if p["step"] else str(p["routine"]) for p in payload)
    )
    return mime


def items_from_mime(mime: QMimeData) -> list[PlaylistItem]:
    """The items a drag or the clipboard carries; anything malformed gives an empty list."""
    from desktop.domain.overrides import decode_overrides

    if not mime.hasFormat(ITEMS_MIME):
        return []
    try:
        payload = json.loads(bytes(mime.data(ITEMS_MIME).data()).decode("utf-8"))
        return [
            PlaylistItem(
                routine_id=str(p["routine"]),
                step_id=None if p.get("step") is None else str(p["step"]),
                overrides=decode_overrides(p.get("overrides") or {}),
                rounds=max(1, min(100, int(p.get("rounds", 1)))),
            )
            for p in payload
        ]
    except (ValueError, TypeError, KeyError, AttributeError):
        return []


class LibraryModel(QStandardItemModel):
    """Routines and their steps; drags and copies carry playlist items."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.favourites: set[tuple[str, str | None]] = set()
        self.thumbnail = Thumbnails()

    def set_catalog(self, catalog: RoutineCatalog, favourites: set[tuple[str, str | None]]) -> None:
        self.clear()
        self.favourites = favourites
        root = self.invisibleRootItem()
        for routine in catalog.sorted():
            root.appendRow(self._routine_row(routine))
        for broken in catalog.broken:
            row = QStandardItem(f"⚠ {broken.title}\ncannot be loaded")
            row.setToolTip(broken.reason)
            row.setFlags(Qt.ItemFlag.NoItemFlags)
            row.setData(broken.id, ROUTINE_ID_ROLE)
            row.setData("", SEARCH_ROLE)
            row.setData((), TAGS_ROLE)
            root.appendRow(row)

    def _routine_row(self, routine: Routine) -> QStandardItem:
        tags = ", ".join(routine.tags)
        count = len(routine.steps)
        row = QStandardItem()
        row.setData(
            f"{routine.title}\n{count} step{'s' if count != 1 else ''}" + (f" · {tags}" if tags else ""),
            PLAIN_TEXT_ROLE,
        )
        row.setData(routine.id, ROUTINE_ID_ROLE)
        row.setData(None, STEP_ID_ROLE)
        row.setData(" ".join([routine.title, routine.summary, *routine.tags]).casefold(), SEARCH_ROLE)
        row.setData(tuple(routine.tags), TAGS_ROLE)
        row.setToolTip(routine.summary or routine.title)
        row.setIcon(self.thumbnail(poster_for(routine, routine.steps[0].clip)))
        row.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled)
        for number, step in enumerate(routine.steps, start=1):
            child = QStandardItem()
            child.setData(f"{number}. {step.title}\n{step_summary(step)}", PLAIN_TEXT_ROLE)
            child.setData(routine.id, ROUTINE_ID_ROLE)
            child.setData(step.id, STEP_ID_ROLE)
            child.setData(" ".join([step.title, *step.cues]).casefold(), SEARCH_ROLE)
            child.setToolTip("\n".join(step.cues))
            child.setIcon(self.thumbnail(poster_for(routine, step.clip)))
            child.setFlags(row.flags())
            row.appendRow(child)
        self._mark(row)
        return row

    def set_favourites(self, favourites: set[tuple[str, str | None]]) -> None:
        """Star the rows of these routines and steps, in place (the tree keeps its state)."""
        self.favourites = favourites
        root = self.invisibleRootItem()
        for r in range(root.rowCount()):
            self._mark(root.child(r))

    def _mark(self, row: QStandardItem) -> None:
        for item in (row, *(row.child(r) for r in range(row.rowCount()))):
            plain = item.data(PLAIN_TEXT_ROLE)
            if plain is not None:
                key = (item.data(ROUTINE_ID_ROLE), item.data(STEP_ID_ROLE))
                item.setText(("★ " if key in self.favourites else "") + plain)

    def mimeTypes(self) -> list[str]:
        return [ITEMS_MIME]

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        return items_to_mime(item_for(index) for index in _unique_rows(indexes))


def item_for(index: QModelIndex | QPersistentModelIndex) -> PlaylistItem:
    return PlaylistItem(routine_id=str(index.data(ROUTINE_ID_ROLE)), step_id=index.data(STEP_ID_ROLE))


def _unique_rows(indexes: Iterable[QModelIndex]) -> list[QModelIndex]:
    seen: set[tuple[str, str | None]] = set()
    out = []
    for index in indexes:
        key = (index.data(ROUTINE_ID_ROLE), index.data(STEP_ID_ROLE))
        if index.isValid() and key not in seen:
            seen.add(key)
            out.append(index)
    return out


class LibraryFilter(QSortFilterProxyModel):
    """Search terms (all must match), one tag, favourites only.

    A routine shows when it matches, or when any of its steps does; a step shows when it matches
    together with its routine's words (so "hips glute" finds a glute step of a hips routine).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.terms: list[str] = []
        self.tag: str | None = None
        self.favourites_only = False
        self.favourites: set[tuple[str, str | None]] = set()

    def set_query(self, text: str) -> None:
        self._refilter(terms=text.casefold().split())

    def set_tag(self, tag: str | None) -> None:
        self._refilter(tag=tag)

    def set_favourites(self, only: bool, favourites: set[tuple[str, str | None]]) -> None:
        self._refilter(favourites_only=only, favourites=favourites)

    def _refilter(self, **changes: Any) -> None:
        """Change the filter's settings between begin/endFilterChange (invalidateFilter is deprecated
        from Qt 6.9, which brought them; older Qt gets invalidateFilter)."""
        begin = getattr(self, "beginFilterChange", None)
        if begin is not None:
            begin()
        for name, value in changes.items():
            setattr(self, name, value)
        if begin is not None:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - Qt 6.8
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if source_parent.isValid():
            return self._step_shown(index, source_parent)
        rid = index.data(ROUTINE_ID_ROLE)
        if self.tag is not None and self.tag not in (index.data(TAGS_ROLE) or ()):
            return False
        if self.favourites_only and not any(r == rid for r, _ in self.favourites):
            return False
        starred = (rid, None) in self.favourites
        if self._matches(index.data(SEARCH_ROLE) or "") and (starred or not self.favourites_only):
            return True
        return any(self._step_shown(model.index(r, 0, index), index) for r in range(model.rowCount(index)))

    def _step_shown(self, index: QModelIndex, parent: QModelIndex | QPersistentModelIndex) -> bool:
        rid, sid = index.data(ROUTINE_ID_ROLE), index.data(STEP_ID_ROLE)
        if self.favourites_only and (rid, sid) not in self.favourites:
            return False  # a starred routine does not star its steps
        return self._matches(f"{parent.data(SEARCH_ROLE)} {index.data(SEARCH_ROLE)}")

    def _matches(self, text: str) -> bool:
        return all(term in text for term in self.terms)


class LibraryTree(QTreeView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setIconSize(THUMB)
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setExpandsOnDoubleClick(False)
        self.setAccessibleName("Routine library")


class BackgroundTask(QObject):
    """Runs `work(progress, cancel)` on a worker thread behind a progress dialog whose Cancel
    button sets the cancel token. The worker only calls `progress`; the signals bring its reports
    and its end back to the GUI thread.

    Signals:
    progressed(object, object): bytes done and expected (object: sizes pass 2**31).
    finished(object, object): the result and None, or None and the exception raised.
    """

    progressed = Signal(object, object)
    finished = Signal(object, object)

    def __init__(self, parent: QWidget, label: str, work: Callable[[Progress, CancelToken], object]) -> None:
        super().__init__(parent)
        self.work = work
        self.token = CancelToken()
        self.dialog = QProgressDialog(label, "Cancel", 0, 1000, parent)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(400)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.token.cancel)
        self.progressed.connect(self._show)
        self.finished.connect(self._done)
        self._permille = -1
        self._thread = threading.Thread(target=self._run, name="supple-transfer", daemon=True)

    def start(self) -> BackgroundTask:
        self._thread.start()
        return self

    def cancel(self) -> None:
        self.token.cancel()

    def wait(self, timeout: float | None = None) -> bool:
        """For tests and shutdown: True when the worker has ended."""
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def _run(self) -> None:
        try:
            result = self.work(self._report, self.token)
        except BaseException as e:  # handed to the GUI thread, which shows it
            self.finished.emit(None, e)
        else:
            self.finished.emit(result, None)

    def _report(self, done: int, total: int) -> None:
        permille = done * 1000 // total if total else 0
        if permille != self._permille:  # at most a thousand signals, however big the bundle
            self._permille = permille
            self.progressed.emit(done, total)

    def _show(self, done: int, total: int) -> None:
        self.dialog.setValue(done * 1000 // total if total else 0)

    def _done(self, _result: object, _error: object) -> None:
        self.dialog.reset()
        self.dialog.close()
        self.dialog.deleteLater()


class LibraryView(QWidget):
    """Signals:
    openRoutine(object): the Routine to show (Return or double-click).
    playRoutine(object): the Routine to play (Ctrl+Return or the Play button).
    addToPlaylist(object): a list of PlaylistItems to add to the playlist being built (Insert).
    favouritesChanged(): a favourite was added or removed.
    openPlaylist(str): the id of a saved playlist to open in the builder (Return or double-click).
    playPlaylist(str): the id of a saved playlist to play (Ctrl+Return).
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
        self.task: BackgroundTask | None = None
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
        self.search.setPlaceholderText("Search titles, tags, steps and cues  (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName("Search the library")
        self.tag_box = QComboBox(self)
        self.tag_box.setAccessibleName("Show routines with this tag")
        self.favourites_box = QCheckBox("&Favourites only", self)
        self.tree = LibraryTree(self)
        self.tree.setModel(self.proxy)
        self.open_button = QPushButton("&Open", self)
        self.play_button = QPushButton("&Play", self)
        self.add_button = QPushButton("&Add to playlist", self)
        self.favourite_button = QPushButton("☆ Favourite", self)
        self.favourite_button.setCheckable(True)
        self.favourite_button.setToolTip("Star the chosen routine or step (Ctrl+D)")
        self.import_button = QPushButton("&Import…", self)
        self.export_button = QPushButton("&Export…", self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)  # an export's path must not widen the window
        self.playlist_list = QListWidget(self)
        self.playlist_list.setAccessibleName("Saved playlists")
        self.playlist_list.setMaximumHeight(self.playlist_list.fontMetrics().height() * 4 + 12)
        playlists_label = QLabel("Saved pla&ylists", self)
        playlists_label.setBuddy(self.playlist_list)
        filters = QHBoxLayout()
        filters.addWidget(self.tag_box, 1)
        filters.addWidget(self.favourites_box)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.play_button, self.add_button, self.favourite_button):
            buttons.addWidget(button)
        transfer = QHBoxLayout()
        transfer.addWidget(self.import_button)
        transfer.addWidget(self.export_button)
        transfer.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.tree, 1)
        layout.addWidget(playlists_label)
        layout.addWidget(self.playlist_list)
        layout.addLayout(buttons)
        layout.addLayout(transfer)
        layout.addWidget(self.status)

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
        self.import_button.clicked.connect(self.import_chosen)
        self.export_button.clicked.connect(self.export_current)
        tree = self.tree
        self.open_action = self._action("Open", ["Return", "Enter"], self.open_current, tree)
        self.play_action = self._action("Play", ["Ctrl+Return", "Ctrl+Enter"], self.play_current, tree)
        self.add_action = self._action("Add to playlist", ["Insert", "Ctrl+Shift+A"], self.add_selected, tree)
        self.copy_action = self._action("Copy", [QKeySequence.StandardKey.Copy], self.copy_selected, tree)
        self.favourite_action = self._action("Favourite", ["Ctrl+D"], self.toggle_favourite, tree)
        lists = self.playlist_list
        self.playlist_list.itemActivated.connect(
            lambda item: self.openPlaylist.emit(item.data(PLAYLIST_ID_ROLE))
        )
        self.play_playlist_action = self._action(
            "Play", ["Ctrl+Return", "Ctrl+Enter"], self._play_chosen_playlist, lists
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
        self.tag_box.addItem("All tags", None)
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
            item = QListWidgetItem(f"{playlist.title}  ·  {count} item{'s' if count != 1 else ''}")
            item.setData(PLAYLIST_ID_ROLE, playlist.id)
            item.setToolTip("Return opens it in the Playlist dock; Ctrl+Return plays it")
            self.playlist_list.addItem(item)
            if playlist.id == keep:
                self.playlist_list.setCurrentItem(item)

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
        self.favourite_button.setText("★ Favourite" if on else "☆ Favourite")

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
        noun = "routine" if total == 1 else "routines"
        self.status.setText(f"{shown} of {total} {noun}" if shown != total else f"{total} {noun}")
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
            item_for(i) for i in _unique_rows(indexes) if self.catalog(i.data(ROUTINE_ID_ROLE)) is not None
        ]

    def open_current(self) -> None:
        routine = self.current_routine()
        if routine is not None:
            self.openRoutine.emit(routine)

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

    def toggle_favourite(self) -> None:
        index = self.tree.currentIndex()
        if not self.favourites.available or not index.isValid():
            self._show_favourite_state()
            return
        rid, sid = index.data(ROUTINE_ID_ROLE), index.data(STEP_ID_ROLE)
        try:
            self.favourites.toggle(rid, sid)  # every view follows through `changed`
        except Exception as e:  # read-only or damaged database: say so, do not raise in a slot
            log.warning("favourite not changed: %s", e)
            self.status.setText(f"The favourite could not be saved: {e}")
            self._show_favourite_state()
            return
        self.favouritesChanged.emit()

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

    # ----- import and export
    def import_chosen(self) -> None:
        path = self.choose_import()
        if path is not None:
            self.import_from(path)

    def import_from(
        self, path: Path, replace: bool = False, allow_outside_clips: bool = False
    ) -> BackgroundTask | None:
        """Import on a worker thread; the view reloads and `libraryChanged` is emitted when done.

        A routine file naming clips outside its folder is only imported once `confirm_outside`
        agrees to copying the files it lists (they would go into every export too)."""
        store, paths = self.store, self.paths
        if store is None or paths is None or getattr(store, "read_only", False):
            self.status.setText("Importing needs the database, which is not open for writing.")
            return None
        if self.task is not None:
            self.status.setText("Wait for the import or export under way to end.")
            return None

        def work(progress: Progress, cancel: CancelToken) -> ImportResult:
            return import_path(
                paths,
                store,
                path,
                replace=replace,
                allow_outside_clips=allow_outside_clips,
                progress=progress,
                cancel=cancel,
            )

        task = BackgroundTask(self, f"Importing {path.name}…", work)
        task.finished.connect(
            lambda result, error: self._imported(path, result, error, replace, allow_outside_clips)
        )
        self.task = task.start()
        return task

    def _imported(
        self,
        path: Path,
        result: ImportResult | None,
        error: BaseException | None,
        replace: bool = False,
        allow_outside_clips: bool = False,
    ) -> None:
        self.task = None
        if isinstance(error, OutsideClips):
            if self.confirm_outside(path, error.files):
                self.import_from(path, replace=replace, allow_outside_clips=True)
            else:
                self.status.setText("Nothing was imported: the routine uses files from outside its folder.")
            return
        if isinstance(error, BundleConflict):
            if self.confirm("Replace?", f"{error.message}\n\nReplace it with the one from {path.name}?"):
                self.import_from(path, replace=True, allow_outside_clips=allow_outside_clips)
            else:
                self.status.setText("Nothing was imported.")
            return
        if isinstance(error, BundleCancelled):
            self.status.setText("Import cancelled; nothing was changed.")
            return
        if error is not None:
            self._failed("The import failed", error)
            return
        assert result is not None
        self.set_catalog(RoutineCatalog.load(self.store))
        self.refresh_playlists()
        summary = result.summary()
        self.status.setText(summary[:1].upper() + summary[1:] + ".")
        self.libraryChanged.emit(result)

    def export_current(self) -> BackgroundTask | None:
        routine = self.current_routine()
        return None if routine is None else self.export(routine)

    def export(self, routine: Routine) -> BackgroundTask | None:
        """Ask where, and export `routine` there (a lone routine file offers the bundle instead)."""
        if self.task is not None:
            return None
        out = self.choose_export(routine)
        if out is None:
            return None
        if out.name.lower().endswith(".json"):
            bundle = out.with_name(out.name[: -len(".json")].removesuffix(".supple") + BUNDLE_SUFFIX)
            if self.confirm(
                "Export the clips too?", f"{lone_routine_note(out)}\n\nExport {bundle.name} instead?"
            ):
                out = bundle
        return self.export_to(routine, out)

    def export_to(self, routine: Routine, out: Path) -> BackgroundTask:
        def work(progress: Progress, cancel: CancelToken) -> Path:
            return export_routine(routine, out, progress=progress, cancel=cancel)

        task = BackgroundTask(self, f"Exporting {routine.title}…", work)
        task.finished.connect(lambda _result, error: self._exported(routine, out, error))
        self.task = task.start()
        return task

    def _exported(self, routine: Routine, out: Path, error: BaseException | None) -> None:
        self.task = None
        if isinstance(error, BundleCancelled):
            self.status.setText("Export cancelled.")
        elif error is not None:
            self._failed("The export failed", error)
        else:
            self.status.setText(f'Exported "{routine.title}" to {out}.')

    def _failed(self, title: str, error: BaseException) -> None:
        text = str(error) if isinstance(error, BundleError | OSError) else f"{type(error).__name__}: {error}"
        self.status.setText(text.splitlines()[0])
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self)
        box.open()
        self.error_box = box

    def _ask(self, title: str, text: str) -> bool:
        return QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes

    def _ask_outside(self, path: Path, files: Sequence[Path]) -> bool:
        return outside_clips_box(self, path, files).exec() == QMessageBox.StandardButton.Yes

    def _choose_import(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            "Import a routine or playlist",
            "",
            f"Supple bundles (*{BUNDLE_SUFFIX});;Routine and playlist files (*.json);;All files (*)",
        )
        return Path(name) if name else None

    def _choose_export(self, routine: Routine) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            f"Export {routine.title}",
            routine.id + BUNDLE_SUFFIX,
            f"Supple bundle with the clips (*{BUNDLE_SUFFIX});;Routine file only (*.supple.json)",
        )
        return Path(name) if name else None


def outside_clips_box(parent: QWidget, path: Path, files: Sequence[Path]) -> QMessageBox:
    """The question asked before a routine file may copy files from outside its folder: it lists
    them, and No is the default."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, "Copy files from outside the routine's folder?", "", parent=parent
    )
    listing = "\n".join(f"    {file}" for file in files)
    box.setText(
        f"{path.name} uses {len(files)} file{'s' if len(files) != 1 else ''} from outside its folder:\n\n"
        f"{listing}\n\n"
        "Importing copies them into your library, and into every bundle you export from it. "
        "Only files that really are videos and pictures are copied.\n\n"
        "Copy these files?"
    )
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box
