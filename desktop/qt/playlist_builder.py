"""The warm-up playlist builder: items from the library, per-item changes, repeated blocks, undo.

Keyboard (in the item list unless said otherwise):

    Insert (in the library) / Ctrl+V   add the library's selection / what was copied
    Delete          remove                    Ctrl+Alt+D      duplicate
    Alt+Up/Down     move                      Ctrl+C          copy
    Return          edit the item's changes (Escape returns to the list)
    Ctrl+G          repeat the chosen items as a block (again: more rounds); Ctrl+Shift+G: stop
    Ctrl+Z / Ctrl+Shift+Z (Ctrl+Y)   undo / redo           (anywhere in the builder)
    Ctrl+S save · Ctrl+N new · F2 rename · Ctrl+Shift+Delete delete · Ctrl+Return play
    The window's Ctrl+Shift+E exports it as a bundle (with its routines and clips) or a playlist file

The item list is playlist_view.py and the item form item_editor.py. Saving and deleting run in a
`Task`, off the GUI thread; a failure is shown and the playlist stays as it was.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.content.bundle import BUNDLE_SUFFIX
from desktop.content.library import LibraryStore, RoutineCatalog
from desktop.content.library_export import export_playlist
from desktop.content.playlist import MAX_ROUNDS, PlaylistDocument
from desktop.content.playlist_edit import PlaylistEditError
from desktop.content.playlist_resolve import apply_overrides
from desktop.domain import Playlist, PlaylistItem, Routine, Step
from desktop.domain.messages import message
from desktop.qt.item_editor import OverridesEditor
from desktop.qt.items_mime import items_from_mime, items_to_mime
from desktop.qt.library_transfer import cancel_token, is_cancelled
from desktop.qt.messages import say
from desktop.qt.playlist_model import ITEM_ROLE, PlaylistModel
from desktop.qt.playlist_view import PlaylistView
from desktop.qt.tasks import Task, TaskContext, show_failure
from desktop.qt.wrap_row import WrapRow


def playlist_id_for(title: str, taken: set[str]) -> str:
    """An id from a title ("Morning warm-up" -> "morning-warm-up"), made unique with -2, -3..."""
    base = re.sub(r"[^a-z0-9]+", "-", title.casefold()).strip("-")[:56] or "playlist"
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    return candidate


def ask(parent: QWidget, title: str, question: str) -> bool:
    answer = QMessageBox.question(parent, title, question)
    return answer == QMessageBox.StandardButton.Yes


class PlaylistBuilder(QWidget):
    """Signals:
    playPlaylist(object): a `ResolvedPlaylist` to play (its `plan_items()` feed `build_plan`).
    previewItem(object, object): the chosen item's Routine and Step (its changes applied), to show
        its clip.
    playlistSaved(str): the id of a playlist just saved.
    playlistOpened(str): the id of a saved playlist just opened.
    playlistDeleted(str): the id of a playlist just deleted.
    playlistExported(str): the path of a bundle or file just written.
    """

    playPlaylist = Signal(object)
    previewItem = Signal(object, object)
    playlistSaved = Signal(str)
    playlistOpened = Signal(str)
    playlistDeleted = Signal(str)
    playlistExported = Signal(str)

    def __init__(
        self,
        store: LibraryStore | None = None,
        catalog: RoutineCatalog | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.catalog = catalog or RoutineCatalog()
        self.model = PlaylistModel(self._lookup, self)
        #: Asks a yes/no question (title, text); tests replace it.
        self.confirm: Callable[[str, str], bool] = lambda title, text: ask(self, title, text)
        #: Asks where to export (a path, or None to stop); tests replace it.
        self.choose_export: Callable[[PlaylistDocument], Path | None] = self._choose_export
        #: The export under way, and the store write (a save or a delete) under way.
        self.task: Task[Path] | None = None
        self.write: Task[Any] | None = None
        #: The last failure shown (its message box), for tests.
        self.error_box: QMessageBox | None = None
        self._saved_ids: set[str] = set()
        self._build()
        self._wire()
        self.new_playlist(ask_first=False)
        self.refresh_saved()

    def _lookup(self, routine_id: str) -> Routine | None:
        return self.catalog(routine_id)

    # ----- set-up
    def _build(self) -> None:
        self.saved_box = QComboBox(self)
        self.saved_box.setAccessibleName(self.tr("Saved playlists"))
        self.new_button = QPushButton(self.tr("&New"), self)
        self.save_button = QPushButton(self.tr("Sa&ve"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.export_button = QPushButton(self.tr("E&xport…"), self)
        self.title_edit = QLineEdit(self)
        self.title_edit.setAccessibleName(self.tr("Playlist name"))
        self.title_edit.setMaxLength(80)
        self.view = PlaylistView(self)
        self.view.setModel(self.model)
        self.editor = OverridesEditor(self)
        self.empty_hint = QLabel(
            self.tr(
                "Add steps from the Library: drag steps or routines here, or choose them there and press Insert."
            ),
            self,
        )
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setObjectName("emptyHint")
        self.total_label = QLabel(self)
        self.total_label.setAccessibleName(self.tr("Total duration"))
        self.status = QLabel(self)
        self.play_button = QPushButton(self.tr("Play pla&ylist"), self)
        # The buttons go below the list of saved playlists in a narrow dock.
        top = WrapRow(
            [self.saved_box, self.new_button, self.save_button, self.delete_button, self.export_button],
            self,
            stretch=[self.saved_box],
        )
        name = QHBoxLayout()
        name_label = QLabel(self.tr("N&ame"), self)
        name_label.setBuddy(self.title_edit)
        name.addWidget(name_label)
        name.addWidget(self.title_edit, 1)
        # Stacked: in a dock beside the video there is more height than width.
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.setChildrenCollapsible(False)
        split.addWidget(self.view)
        # The editor scrolls rather than make the dock (and the window) taller than the screen.
        self.editor_area = QScrollArea(self)
        self.editor_area.setWidget(self.editor)
        self.editor_area.setWidgetResizable(True)
        self.editor_area.setFrameShape(QFrame.Shape.NoFrame)
        self.editor_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its fields take the focus; it follows them
        self.editor_area.viewport().setAutoFillBackground(False)  # the dock's own background
        self.editor_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        split.addWidget(self.editor_area)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        bottom = QHBoxLayout()
        bottom.addWidget(self.total_label, 1)
        bottom.addWidget(self.play_button)
        layout = QVBoxLayout(self)
        layout.addWidget(top)
        layout.addLayout(name)
        layout.addWidget(self.empty_hint)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.status)

    def _action(
        self,
        text: str,
        keys: Sequence[str | QKeySequence.StandardKey],
        slot: Callable[[], object],
        on_list: bool,
    ) -> QAction:
        """An action with shortcuts: on the list only, or anywhere in the builder."""
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        context = (
            Qt.ShortcutContext.WidgetShortcut if on_list else Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        action.setShortcutContext(context)
        action.triggered.connect(slot)
        (self.view if on_list else self).addAction(action)
        return action

    def _wire(self) -> None:
        m = self.model
        m.selectRows.connect(self._select_rows)
        m.documentChanged.connect(self._document_changed)
        m.undo_stack.cleanChanged.connect(self._update_buttons)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._selection_changed())
        self.editor.itemEdited.connect(self._item_edited)
        self.editor.blockRoundsEdited.connect(self._block_rounds_edited)
        self.editor.finished.connect(lambda: self.view.setFocus(Qt.FocusReason.OtherFocusReason))
        self.title_edit.editingFinished.connect(lambda: self.model.rename(self.title_edit.text()))
        self.saved_box.activated.connect(self._saved_chosen)
        self.new_button.clicked.connect(lambda: self.new_playlist())
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete_playlist)
        self.export_button.clicked.connect(self.export)
        self.play_button.clicked.connect(self.play)
        self.view.doubleClicked.connect(lambda _i: self.edit_current())
        lst = True
        self.remove_action = self._action(
            self.tr("Remove"), [QKeySequence.StandardKey.Delete, "Backspace"], self.remove_selected, lst
        )
        self.duplicate_action = self._action(
            self.tr("Duplicate"), ["Ctrl+Alt+D"], self.duplicate_selected, lst
        )
        self.up_action = self._action(self.tr("Move up"), ["Alt+Up"], lambda: self.move_selected(-1), lst)
        self.down_action = self._action(
            self.tr("Move down"), ["Alt+Down"], lambda: self.move_selected(1), lst
        )
        self.edit_action = self._action(self.tr("Edit changes"), ["Return", "Enter"], self.edit_current, lst)
        self.group_action = self._action(self.tr("Repeat as a block"), ["Ctrl+G"], self.group_selected, lst)
        self.ungroup_action = self._action(
            self.tr("Stop repeating"), ["Ctrl+Shift+G"], self.ungroup_current, lst
        )
        self.copy_action = self._action(
            self.tr("Copy"), [QKeySequence.StandardKey.Copy], self.copy_selected, lst
        )
        self.paste_action = self._action(self.tr("Paste"), [QKeySequence.StandardKey.Paste], self.paste, lst)
        self.undo_action = self._action(self.tr("Undo"), ["Ctrl+Z"], m.undo_stack.undo, False)
        self.redo_action = self._action(self.tr("Redo"), ["Ctrl+Shift+Z", "Ctrl+Y"], m.undo_stack.redo, False)
        self.save_action = self._action(self.tr("Save"), ["Ctrl+S"], self.save, False)
        self.new_action = self._action(
            self.tr("New playlist"), ["Ctrl+N"], lambda: self.new_playlist(), False
        )
        self.rename_action = self._action(self.tr("Rename"), ["F2"], self.start_rename, False)
        self.delete_action = self._action(
            self.tr("Delete playlist"), ["Ctrl+Shift+Delete"], self.delete_playlist, False
        )
        self.play_action = self._action(self.tr("Play"), ["Ctrl+Return", "Ctrl+Enter"], self.play, False)
        m.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        m.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)

    # ----- the store and the library
    def set_store(self, store: LibraryStore | None) -> None:
        self.store = store
        self.refresh_saved()

    def set_catalog(self, catalog: RoutineCatalog) -> None:
        """Use these routines (after an import, say); items keep their places."""
        self.catalog = catalog
        self.model.set_lookup(self._lookup)

    @property
    def document(self) -> PlaylistDocument:
        return self.model.document

    @property
    def modified(self) -> bool:
        return not self.model.undo_stack.isClean()

    def refresh_saved(self) -> None:
        playlists = self.store.playlists.entries() if self.store is not None else []
        self._saved_ids = {p.id for p in playlists}
        self.saved_box.blockSignals(True)
        self.saved_box.clear()
        for playlist in playlists:
            self.saved_box.addItem(playlist.title, playlist.id)
        if self.document.id not in self._saved_ids:
            self.saved_box.addItem(self.tr("%1 (not saved)").replace("%1", self.document.title), None)
        found = self.saved_box.findData(self.document.id)
        self.saved_box.setCurrentIndex(found if found >= 0 else self.saved_box.count() - 1)
        self.saved_box.blockSignals(False)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(
            self.store is not None and (self.modified or self.document.id not in self._saved_ids)
        )
        self.delete_button.setEnabled(self.store is not None and self.document.id in self._saved_ids)

    def _keep_changes(self) -> bool:
        """True when it is fine to leave the current playlist (saved, or the person agrees)."""
        if not self.modified:
            return True
        return self.confirm(
            self.tr("Unsaved changes"),
            self.tr('Leave "%1" without saving your changes?').replace("%1", self.document.title),
        )

    # ----- playlists
    def new_playlist(self, ask_first: bool = True) -> None:
        if ask_first and not self._keep_changes():
            return
        playlist = Playlist(
            id=playlist_id_for("New playlist", self._saved_ids), title=self.tr("New playlist")
        )
        self.model.load(PlaylistDocument(playlist))
        self.refresh_saved()

    def open_playlist(self, playlist_id: str) -> bool:
        if self.store is None or not self._keep_changes():
            return False
        playlist = self.store.playlists.get(playlist_id)
        if playlist is None:
            self._say(self.tr('There is no playlist "%1" any more.').replace("%1", playlist_id))
            self.refresh_saved()
            return False
        self.model.load(PlaylistDocument(playlist))
        self.refresh_saved()
        self.playlistOpened.emit(playlist.id)
        return True

    def _saved_chosen(self, index: int) -> None:
        playlist_id = self.saved_box.itemData(index)
        if (
            playlist_id is not None
            and playlist_id != self.document.id
            and not self.open_playlist(playlist_id)
        ):
            self.refresh_saved()

    def save(self) -> Task[None] | None:
        """Save through the store, in a Task. A playlist saved for the first time takes its id from
        its name. A failure is shown, and the playlist stays as it is, unsaved."""
        if self.store is None:
            self._say(self.tr("Playlists cannot be saved: the database is not open."))
            return None
        if self._busy():
            return None
        self.model.rename(self.title_edit.text())
        doc = self.document
        if doc.id not in self._saved_ids:
            new_id = playlist_id_for(doc.title, self._saved_ids)
            if new_id != doc.id:
                doc = PlaylistDocument(dataclasses.replace(doc.playlist, id=new_id))
                self.model.set_document(doc, self.view_rows())
        playlists = self.store.playlists
        at = self.model.undo_stack.index()

        def work(_context: TaskContext) -> None:
            playlists.save(doc.playlist)  # blocks included: they are the playlist's own

        def saved(_none: None) -> None:
            self.write = None
            if self.document.id == doc.id and self.model.undo_stack.index() == at:
                self.model.undo_stack.setClean()  # (changes made meanwhile stay unsaved)
            self._saved_ids.add(doc.id)
            self.refresh_saved()
            self._say(self.tr('Saved "%1".').replace("%1", doc.title))
            self.playlistSaved.emit(doc.id)

        self.write = Task(self, work, name="save-playlist").on_success(saved)
        return self.write.on_failure(
            lambda e: self._write_failed(self.tr("The playlist could not be saved"), e)
        ).start()

    def start_rename(self) -> None:
        self.title_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.title_edit.selectAll()

    def delete_playlist(self) -> Task[bool] | None:
        """Delete the open playlist from the store, in a Task, once the person agrees. A failure is
        shown, and the playlist stays listed and open."""
        doc = self.document
        if self.store is None or doc.id not in self._saved_ids or self._busy():
            return None
        if not self.confirm(
            self.tr("Delete playlist"),
            self.tr('Delete the playlist "%1"? This cannot be undone.').replace("%1", doc.title),
        ):
            return None
        playlists = self.store.playlists

        def deleted(_removed: bool) -> None:
            self.write = None
            self._saved_ids.discard(doc.id)
            self.playlistDeleted.emit(doc.id)
            if self.document.id == doc.id:
                self.new_playlist(ask_first=False)
            else:
                self.refresh_saved()
            self._say(self.tr('Deleted "%1".').replace("%1", doc.title))

        self.write = Task(self, lambda _context: playlists.remove(doc.id), name="delete-playlist")
        self.write.on_success(deleted)
        return self.write.on_failure(
            lambda e: self._write_failed(self.tr("The playlist was not deleted"), e)
        ).start()

    def _busy(self) -> bool:
        """True (and said) while a save or delete is under way: the next waits for it to end."""
        if self.write is not None:
            self._say(self.tr("Wait for the playlist to be saved or deleted."))
        return self.write is not None

    def _write_failed(self, title: str, error: BaseException) -> None:
        self.write = None
        self.refresh_saved()
        self.show_failure(title, error)

    def show_failure(self, title: str, error: BaseException) -> None:
        """The builder's one error path: the first line in the status, the whole text in a box."""
        box = show_failure(self, title, error)
        self._say(f"{title}: {box.text().splitlines()[0]}")
        self.error_box = box

    def play(self) -> None:
        resolved = self.model.resolved
        if not resolved.steps:
            self._say(self.tr("There is nothing to play: add steps or routines from the library."))
            return
        self.playPlaylist.emit(resolved)

    def export(self) -> Task[Path] | None:
        """Export the playlist as it is now, blocks included, in a Task."""
        if self.task is not None:
            return None
        out = self.choose_export(self.document)
        return None if out is None else self.export_to(out)

    def export_to(self, out: Path) -> Task[Path]:
        doc, catalog = self.document, self.catalog

        def work(context: TaskContext) -> Path:
            return export_playlist(doc, catalog, out, progress=context.progress, cancel=cancel_token(context))

        task = Task(self, work, name="export", progress_label=f"Exporting {doc.title}…")
        self.task = task.on_success(lambda _path: self._exported(out)).on_failure(self._export_failed).start()
        return task

    def _exported(self, out: Path) -> None:
        self.task = None
        self._say(self.tr("Exported to %1.").replace("%1", str(out)))
        self.playlistExported.emit(str(out))

    def _export_failed(self, error: BaseException) -> None:
        self.task = None
        if is_cancelled(error):
            self._say(self.tr("Export cancelled."))
        else:
            self.show_failure(self.tr("The export failed"), error)

    def _choose_export(self, doc: PlaylistDocument) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export %1").replace("%1", doc.title),
            doc.id + BUNDLE_SUFFIX,
            self.tr("Supple bundle with its routines and clips (%1)").replace("%1", f"*{BUNDLE_SUFFIX}")
            + ";;"
            + self.tr("Playlist file only (*.json)"),
        )
        return Path(name) if name else None

    # ----- item operations
    def view_rows(self) -> list[int]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        if not rows and self.view.currentIndex().isValid():
            rows = [self.view.currentIndex().row()]
        return rows

    def add_items(self, items: Sequence[PlaylistItem], at: int | None = None) -> None:
        """Insert after the current item, or at the end (the library's Insert and Add button)."""
        if at is None:
            current = self.view.currentIndex()
            at = current.row() + 1 if current.isValid() else self.model.rowCount()
        self.model.insert(at, list(items))

    def remove_selected(self) -> None:
        self.model.remove(self.view_rows())

    def duplicate_selected(self) -> None:
        self.model.duplicate(self.view_rows())

    def move_selected(self, step: int) -> None:
        self.model.move_by(self.view_rows(), step)

    def group_selected(self) -> None:
        rows = self.view_rows()
        block = self.model.block_at(rows[0]) if rows else None
        rounds = (
            block.rounds + 1 if block is not None and (block.first, block.last) == (rows[0], rows[-1]) else 2
        )
        try:
            self.model.group(rows, min(rounds, MAX_ROUNDS))
        except PlaylistEditError as e:
            self._say(say(message("sentence", text=e.note)))

    def ungroup_current(self) -> None:
        rows = self.view_rows()
        if rows and self.model.block_at(rows[0]) is not None:
            self.model.ungroup(rows[0])

    def copy_selected(self) -> None:
        rows = self.view_rows()
        if rows:
            mime = items_to_mime(self.document.items[r] for r in rows)
            QApplication.clipboard().setMimeData(mime)

    def paste(self) -> None:
        mime = QApplication.clipboard().mimeData()
        items = items_from_mime(mime) if mime is not None else []
        if items:
            self.add_items(items)

    def edit_current(self) -> None:
        if self.view.currentIndex().isValid():
            self.editor.focus_first()

    # ----- keeping the parts in step
    def _select_rows(self, rows: list[int]) -> None:
        selection = QItemSelection()
        for row in rows:
            index = self.model.index(row, 0)
            selection.select(index, index)
        sm = self.view.selectionModel()
        sm.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if rows:
            sm.setCurrentIndex(self.model.index(rows[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate)
            self.view.scrollTo(self.model.index(rows[0], 0))
        self._selection_changed()

    def _selection_changed(self, *_args: object) -> None:
        rows = self.view_rows()
        self.model.note_selection(rows)
        row = (
            self.view.currentIndex().row()
            if self.view.currentIndex().isValid()
            else (rows[0] if rows else -1)
        )
        item = self.model.index(row, 0).data(ITEM_ROLE) if row >= 0 else None
        base = self._base_step(item) if isinstance(item, PlaylistItem) else None
        self.editor.set_item(item if isinstance(item, PlaylistItem) else None, base, self.model.block_at(row))
        routine = self.catalog(item.routine_id) if isinstance(item, PlaylistItem) else None
        if isinstance(item, PlaylistItem) and routine is not None and base is not None:
            self.previewItem.emit(routine, apply_overrides(base, item.overrides))

    def _base_step(self, item: PlaylistItem) -> Step | None:
        routine = self.catalog(item.routine_id)
        if routine is None:
            return None
        if item.step_id is None:
            return routine.steps[0]
        return next((s for s in routine.steps if s.id == item.step_id), None)

    def _item_edited(self, item: PlaylistItem, field: str) -> None:
        row = self.view.currentIndex().row()
        if 0 <= row < self.model.rowCount():
            self.model.set_item(row, item, field)

    def _block_rounds_edited(self, rounds: int) -> None:
        row = self.view.currentIndex().row()
        if row >= 0 and self.model.block_at(row) is not None:
            self.model.set_block_rounds(row, rounds)

    def _document_changed(self) -> None:
        doc = self.document
        if self.title_edit.text() != doc.title:
            self.title_edit.setText(doc.title)
        self.total_label.setText(self.model.total_text())
        empty = not doc.items
        self.empty_hint.setVisible(empty)
        self.editor_area.setVisible(not empty)
        self._update_buttons()

    def _say(self, text: str) -> None:
        self.status.setText(text)


#: The item list and the item form are kept importable from here, where they were first.
__all__ = ["OverridesEditor", "PlaylistBuilder", "PlaylistView", "playlist_id_for"]
