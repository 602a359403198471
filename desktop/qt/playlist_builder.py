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
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.content.bundle import BUNDLE_SUFFIX, BundleCancelled, CancelToken, Progress
from desktop.content.library import LibraryStore, RoutineCatalog
from desktop.content.library_export import export_playlist
from desktop.content.playlist import MAX_ROUNDS, MAX_SPEED, MIN_SPEED, Block, PlaylistDocument
from desktop.content.playlist_edit import PlaylistEditError
from desktop.content.playlist_resolve import apply_overrides
from desktop.domain import Playlist, PlaylistItem, Routine, Segment, Side, Sides, Step, StepOverrides
from desktop.qt.library_view import ITEMS_MIME, BackgroundTask, items_from_mime, items_to_mime
from desktop.qt.playlist_model import ITEM_ROLE, PlaylistModel

_SIDES = [Sides.NONE, Sides.BOTH, Sides.LEFT, Sides.RIGHT]
_MIRRORS = [Side.LEFT, Side.RIGHT]
_WORK_OWN, _WORK_HOLD, _WORK_REPS = 0, 1, 2


class PlaylistView(QListView):
    """The item list. Drops are placed between rows by the pointer's position and handed to the
    model as one undoable step; a move inside the list reports Copy back to the drag, so Qt never
    removes the dragged rows a second time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setWordWrap(True)
        self.setSpacing(1)
        self.setAccessibleName("Playlist items")
        self.setIconSize(QSize(64, 36))

    def playlist_model(self) -> PlaylistModel:
        model = self.model()
        assert isinstance(model, PlaylistModel)
        return model

    def drop_row(self, pos: QPoint) -> int:
        """The row a drop at `pos` goes before: below an item's middle means after it."""
        index = self.indexAt(pos)
        if not index.isValid():
            return self.playlist_model().rowCount()
        rect = self.visualRect(index)
        return index.row() + (1 if pos.y() >= rect.center().y() else 0)

    def _action_for(self, event: QDropEvent | QDragMoveEvent | QDragEnterEvent) -> Qt.DropAction | None:
        mime = event.mimeData()
        model = self.playlist_model()
        if model.own_rows(mime) is not None:
            return Qt.DropAction.MoveAction
        return Qt.DropAction.CopyAction if mime.hasFormat(ITEMS_MIME) else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        action = self._action_for(event)
        if action is None:
            event.ignore()
            return
        super().dragEnterEvent(event)
        event.setDropAction(action)
        event.accept()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        action = self._action_for(event)
        if action is None:
            event.ignore()
            return
        super().dragMoveEvent(event)
        event.setDropAction(action)
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        action = self._action_for(event)
        if action is None:
            event.ignore()
            return
        row = self.drop_row(event.position().toPoint())
        self.playlist_model().dropMimeData(event.mimeData(), action, row, 0, QModelIndex())
        event.setDropAction(Qt.DropAction.CopyAction)  # see the class docstring
        event.accept()
        self.stopAutoScroll()
        self.setState(QAbstractItemView.State.NoState)
        self.viewport().update()


class OverridesEditor(QGroupBox):
    """The changes one item makes to its step(s), each field switched on by its check box.

    Signals:
    itemEdited(object, str): the item with new changes, and the field that changed.
    blockRoundsEdited(int): new rounds for the block the item is in.
    finished(): Escape was pressed; focus goes back to the list.
    """

    itemEdited = Signal(object, str)
    blockRoundsEdited = Signal(int)
    finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Changes to this item", parent)
        self._item: PlaylistItem | None = None
        self._loading = False
        self._build()
        self.set_item(None, None, None)

    def _build(self) -> None:
        form = QFormLayout(self)
        # In a narrow dock a field goes under its label rather than widening the window.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form = form
        self.work_box = QComboBox(self)
        self.work_box.addItems(["As the step", "Hold", "Repetitions"])
        self.work_box.setAccessibleName("Work")
        # Never narrower than its longest choice (the dock may be narrow: the form scrolls instead).
        self.work_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.hold_spin = _seconds(self, 0.5, 3600, "Hold seconds")
        self.reps_spin = _count(self, 1, 1000, "Repetitions")
        self.pace_spin = _seconds(self, 0.1, 3600, "Seconds per repetition")
        form.addRow(_label(self, "&Work", self.work_box), self.work_box)
        form.addRow(_label(self, "&Hold", self.hold_spin), self.hold_spin)
        form.addRow(_label(self, "Repe&titions", self.reps_spin), self.reps_spin)
        form.addRow(_label(self, "Seconds &each", self.pace_spin), self.pace_spin)
        self.sets_check, self.sets_spin = QCheckBox("&Sets", self), _count(self, 1, 1000, "Sets")
        self.sides_check, self.sides_box = QCheckBox("Si&des", self), QComboBox(self)
        self.sides_box.addItems(["None", "Left and right", "Left only", "Right only"])
        self.sides_box.setAccessibleName("Sides")
        self.rest_check, self.rest_spin = QCheckBox("&Rest", self), _seconds(self, 0, 3600, "Rest seconds")
        self.speed_check, self.speed_spin = QCheckBox("S&peed", self), QDoubleSpinBox(self)
        self.speed_spin.setRange(MIN_SPEED, MAX_SPEED)
        self.speed_spin.setSingleStep(0.05)
        self.speed_spin.setSuffix(" ×")
        self.speed_spin.setAccessibleName("Clip speed")
        self.mirror_check, self.mirror_box = QCheckBox("&Mirror", self), QComboBox(self)
        self.mirror_box.addItems(["Left side", "Right side"])
        self.mirror_box.setAccessibleName("Mirrored side")
        self.segment_check = QCheckBox("&Loop", self)
        self.start_spin = _seconds(self, 0, 3600, "Loop start")
        self.end_spin = _seconds(self, 0, 3600, "Loop end")
        loop = QHBoxLayout()
        loop.addWidget(self.start_spin)
        loop.addWidget(QLabel("to", self))
        loop.addWidget(self.end_spin)
        for check, editor in (
            (self.sets_check, self.sets_spin),
            (self.sides_check, self.sides_box),
            (self.rest_check, self.rest_spin),
            (self.speed_check, self.speed_spin),
            (self.mirror_check, self.mirror_box),
        ):
            form.addRow(check, editor)
        form.addRow(self.segment_check, loop)
        self.rounds_spin = _count(self, 1, MAX_ROUNDS, "Play this item this many times")
        form.addRow(_label(self, "R&ounds", self.rounds_spin), self.rounds_spin)
        self.block_label = QLabel("&Block rounds", self)
        self.block_spin = _count(self, 1, MAX_ROUNDS, "Play the block this many times")
        self.block_label.setBuddy(self.block_spin)
        form.addRow(self.block_label, self.block_spin)
        self._wire()

    def _wire(self) -> None:
        self.work_box.currentIndexChanged.connect(lambda _i: self._edited("work"))
        for spin in (self.hold_spin, self.reps_spin, self.pace_spin):
            spin.valueChanged.connect(lambda _v: self._edited("work"))
        pairs: list[tuple[str, QCheckBox, Any]] = [
            ("sets", self.sets_check, self.sets_spin.valueChanged),
            ("sides", self.sides_check, self.sides_box.currentIndexChanged),
            ("rest", self.rest_check, self.rest_spin.valueChanged),
            ("speed", self.speed_check, self.speed_spin.valueChanged),
            ("mirror_side", self.mirror_check, self.mirror_box.currentIndexChanged),
            ("segment", self.segment_check, self.start_spin.valueChanged),
        ]
        for name, check, changed in pairs:
            check.toggled.connect(lambda _on, n=name: self._edited(n))
            changed.connect(lambda _v, n=name: self._edited(n))
        self.end_spin.valueChanged.connect(lambda _v: self._edited("segment"))
        self.rounds_spin.valueChanged.connect(lambda _v: self._edited("rounds"))
        self.block_spin.valueChanged.connect(self._block_edited)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.finished.emit()
            return
        super().keyPressEvent(event)

    def focus_first(self) -> None:
        self.work_box.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def set_item(self, item: PlaylistItem | None, base: Step | None, block: Block | None) -> None:
        """Show an item's changes over `base` (its step, or a whole routine's first step)."""
        self._loading = True
        try:
            self._item = item
            self.setEnabled(item is not None)
            self._show(item.overrides if item else StepOverrides(), base)
            self.rounds_spin.setValue(item.rounds if item else 1)
            self.segment_check.setEnabled(item is not None and item.step_id is not None)
            self.block_label.setVisible(block is not None)
            self.block_spin.setVisible(block is not None)
            self.block_spin.setValue(block.rounds if block else 2)
        finally:
            self._loading = False
        self._enable_fields()

    def _show(self, o: StepOverrides, base: Step | None) -> None:
        work = _WORK_HOLD if o.hold is not None else _WORK_REPS if o.reps is not None else _WORK_OWN
        self.work_box.setCurrentIndex(work)
        self.hold_spin.setValue(o.hold if o.hold is not None else (base.hold if base and base.hold else 30))
        self.reps_spin.setValue(o.reps if o.reps is not None else (base.reps if base and base.reps else 8))
        pace = o.rep_seconds if o.rep_seconds is not None else (base.rep_seconds if base else None)
        self.pace_spin.setValue(pace if pace else 3)
        self.sets_check.setChecked(o.sets is not None)
        self.sets_spin.setValue(o.sets if o.sets is not None else (base.sets if base else 1))
        self.sides_check.setChecked(o.sides is not None)
        sides = o.sides if o.sides is not None else (base.sides if base else Sides.NONE)
        self.sides_box.setCurrentIndex(_SIDES.index(sides))
        self.rest_check.setChecked(o.rest is not None)
        self.rest_spin.setValue(o.rest if o.rest is not None else (base.rest if base else 0))
        self.speed_check.setChecked(o.speed is not None)
        self.speed_spin.setValue(o.speed if o.speed is not None else 1.0)
        self.mirror_check.setChecked(o.mirror_side is not None)
        mirror = o.mirror_side or (base.mirror_side if base else None) or Side.RIGHT
        self.mirror_box.setCurrentIndex(_MIRRORS.index(mirror) if mirror in _MIRRORS else 1)
        self.segment_check.setChecked(o.segment is not None)
        segment = o.segment or (base.segment if base else None) or Segment(0, 4)
        self.start_spin.setValue(segment.start)
        self.end_spin.setValue(segment.end)

    def _enable_fields(self) -> None:
        work = self.work_box.currentIndex()
        self.hold_spin.setEnabled(work == _WORK_HOLD)
        self.reps_spin.setEnabled(work == _WORK_REPS)
        self.pace_spin.setEnabled(work == _WORK_REPS)
        for check, editors in (
            (self.sets_check, [self.sets_spin]),
            (self.sides_check, [self.sides_box]),
            (self.rest_check, [self.rest_spin]),
            (self.speed_check, [self.speed_spin]),
            (self.mirror_check, [self.mirror_box]),
            (self.segment_check, [self.start_spin, self.end_spin]),
        ):
            for editor in editors:
                editor.setEnabled(check.isChecked() and check.isEnabled())

    def overrides(self) -> StepOverrides:
        """The changes the fields say now (a loop whose end is not after its start is left out)."""
        work = self.work_box.currentIndex()
        start, end = self.start_spin.value(), self.end_spin.value()
        segment = Segment(start, end) if self.segment_check.isChecked() and start < end else None
        return StepOverrides(
            hold=self.hold_spin.value() if work == _WORK_HOLD else None,
            reps=self.reps_spin.value() if work == _WORK_REPS else None,
            rep_seconds=self.pace_spin.value() if work == _WORK_REPS else None,
            sets=self.sets_spin.value() if self.sets_check.isChecked() else None,
            sides=_SIDES[self.sides_box.currentIndex()] if self.sides_check.isChecked() else None,
            rest=self.rest_spin.value() if self.rest_check.isChecked() else None,
            speed=round(self.speed_spin.value(), 2) if self.speed_check.isChecked() else None,
            mirror_side=_MIRRORS[self.mirror_box.currentIndex()] if self.mirror_check.isChecked() else None,
            segment=segment if self.segment_check.isEnabled() else None,
        )

    def _edited(self, name: str) -> None:
        self._enable_fields()
        if self._loading or self._item is None:
            return
        item = PlaylistItem(
            self._item.routine_id, self._item.step_id, self.overrides(), self.rounds_spin.value()
        )
        if item != self._item:
            self._item = item
            self.itemEdited.emit(item, name)

    def _block_edited(self, rounds: int) -> None:
        if not self._loading and self._item is not None:
            self.blockRoundsEdited.emit(rounds)


def _label(parent: QWidget, text: str, buddy: QWidget) -> QLabel:
    """A label whose Alt+letter moves the focus to `buddy`."""
    label = QLabel(text, parent)
    label.setBuddy(buddy)
    return label


def _seconds(parent: QWidget, low: float, high: float, name: str) -> QDoubleSpinBox:
    spin = QDoubleSpinBox(parent)
    spin.setRange(low, high)
    spin.setDecimals(1)
    spin.setSuffix(" s")
    spin.setAccessibleName(name)
    return spin


def _count(parent: QWidget, low: int, high: int, name: str) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setRange(low, high)
    spin.setAccessibleName(name)
    return spin


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
        self.task: BackgroundTask | None = None
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
        self.saved_box.setAccessibleName("Saved playlists")
        self.new_button = QPushButton("&New", self)
        self.save_button = QPushButton("Sa&ve", self)
        self.delete_button = QPushButton("Delete", self)
        self.export_button = QPushButton("E&xport…", self)
        self.title_edit = QLineEdit(self)
        self.title_edit.setAccessibleName("Playlist name")
        self.title_edit.setMaxLength(80)
        self.view = PlaylistView(self)
        self.view.setModel(self.model)
        self.editor = OverridesEditor(self)
        self.empty_hint = QLabel(
            "Add steps from the Library: drag steps or routines here, or choose them there and press Insert.",
            self,
        )
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setObjectName("emptyHint")
        self.total_label = QLabel(self)
        self.total_label.setAccessibleName("Total duration")
        self.status = QLabel(self)
        self.play_button = QPushButton("Play pla&ylist", self)
        top = QHBoxLayout()
        top.addWidget(self.saved_box, 1)
        for b in (self.new_button, self.save_button, self.delete_button, self.export_button):
            top.addWidget(b)
        name = QHBoxLayout()
        name_label = QLabel("N&ame", self)
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
        self.editor_area.viewport().setAutoFillBackground(False)  # the dock's own background
        self.editor_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        split.addWidget(self.editor_area)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        bottom = QHBoxLayout()
        bottom.addWidget(self.total_label, 1)
        bottom.addWidget(self.play_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
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
            "Remove", [QKeySequence.StandardKey.Delete, "Backspace"], self.remove_selected, lst
        )
        self.duplicate_action = self._action("Duplicate", ["Ctrl+Alt+D"], self.duplicate_selected, lst)
        self.up_action = self._action("Move up", ["Alt+Up"], lambda: self.move_selected(-1), lst)
        self.down_action = self._action("Move down", ["Alt+Down"], lambda: self.move_selected(1), lst)
        self.edit_action = self._action("Edit changes", ["Return", "Enter"], self.edit_current, lst)
        self.group_action = self._action("Repeat as a block", ["Ctrl+G"], self.group_selected, lst)
        self.ungroup_action = self._action("Stop repeating", ["Ctrl+Shift+G"], self.ungroup_current, lst)
        self.copy_action = self._action("Copy", [QKeySequence.StandardKey.Copy], self.copy_selected, lst)
        self.paste_action = self._action("Paste", [QKeySequence.StandardKey.Paste], self.paste, lst)
        self.undo_action = self._action("Undo", ["Ctrl+Z"], m.undo_stack.undo, False)
        self.redo_action = self._action("Redo", ["Ctrl+Shift+Z", "Ctrl+Y"], m.undo_stack.redo, False)
        self.save_action = self._action("Save", ["Ctrl+S"], self.save, False)
        self.new_action = self._action("New playlist", ["Ctrl+N"], lambda: self.new_playlist(), False)
        self.rename_action = self._action("Rename", ["F2"], self.start_rename, False)
        self.delete_action = self._action(
            "Delete playlist", ["Ctrl+Shift+Delete"], self.delete_playlist, False
        )
        self.play_action = self._action("Play", ["Ctrl+Return", "Ctrl+Enter"], self.play, False)
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
            self.saved_box.addItem(f"{self.document.title} (not saved)", None)
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
        return self.confirm("Unsaved changes", f'Leave "{self.document.title}" without saving your changes?')

    # ----- playlists
    def new_playlist(self, ask_first: bool = True) -> None:
        if ask_first and not self._keep_changes():
            return
        playlist = Playlist(id=playlist_id_for("New playlist", self._saved_ids), title="New playlist")
        self.model.load(PlaylistDocument(playlist))
        self.refresh_saved()

    def open_playlist(self, playlist_id: str) -> bool:
        if self.store is None or not self._keep_changes():
            return False
        playlist = self.store.playlists.get(playlist_id)
        if playlist is None:
            self._say(f'There is no playlist "{playlist_id}" any more.')
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

    def save(self) -> bool:
        """Save through the store. A playlist saved for the first time takes its id from its name."""
        if self.store is None:
            self._say("Playlists cannot be saved: the database is not open.")
            return False
        self.model.rename(self.title_edit.text())
        doc = self.document
        if doc.id not in self._saved_ids:
            new_id = playlist_id_for(doc.title, self._saved_ids)
            if new_id != doc.id:
                doc = PlaylistDocument(dataclasses.replace(doc.playlist, id=new_id))
                self.model.set_document(doc, self.view_rows())
        try:
            self.store.playlists.save(doc.playlist)  # blocks included: they are the playlist's own
        except Exception as e:  # the store's own errors (read-only, disk full) are shown, not raised
            self._say(f"The playlist could not be saved: {e}")
            return False
        self.model.undo_stack.setClean()
        self.refresh_saved()
        self._say(f'Saved "{doc.title}".')
        self.playlistSaved.emit(doc.id)
        return True

    def start_rename(self) -> None:
        self.title_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.title_edit.selectAll()

    def delete_playlist(self) -> None:
        doc = self.document
        if self.store is None or doc.id not in self._saved_ids:
            return
        if not self.confirm("Delete playlist", f'Delete the playlist "{doc.title}"? This cannot be undone.'):
            return
        self.store.playlists.remove(doc.id)
        self._saved_ids.discard(doc.id)
        self.playlistDeleted.emit(doc.id)
        self.new_playlist(ask_first=False)
        self._say(f'Deleted "{doc.title}".')

    def play(self) -> None:
        resolved = self.model.resolved
        if not resolved.steps:
            self._say("There is nothing to play: add steps or routines from the library.")
            return
        self.playPlaylist.emit(resolved)

    def export(self) -> BackgroundTask | None:
        """Export the playlist as it is now, blocks included, on a worker thread."""
        if self.task is not None:
            return None
        out = self.choose_export(self.document)
        return None if out is None else self.export_to(out)

    def export_to(self, out: Path) -> BackgroundTask:
        doc, catalog = self.document, self.catalog

        def work(progress: Progress, cancel: CancelToken) -> Path:
            return export_playlist(doc, catalog, out, progress=progress, cancel=cancel)

        task = BackgroundTask(self, f"Exporting {doc.title}…", work)
        task.finished.connect(lambda _result, error: self._exported(out, error))
        self.task = task.start()
        return task

    def _exported(self, out: Path, error: BaseException | None) -> None:
        self.task = None
        if isinstance(error, BundleCancelled):
            self._say("Export cancelled.")
        elif error is not None:
            self._say(f"The export failed: {str(error).splitlines()[0]}")
        else:
            self._say(f"Exported to {out}.")
            self.playlistExported.emit(str(out))

    def _choose_export(self, doc: PlaylistDocument) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            f"Export {doc.title}",
            doc.id + BUNDLE_SUFFIX,
            f"Supple bundle with its routines and clips (*{BUNDLE_SUFFIX});;Playlist file only (*.json)",
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
            self._say(str(e).capitalize() + ".")

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


__all__ = ["OverridesEditor", "PlaylistBuilder", "PlaylistView", "playlist_id_for"]
