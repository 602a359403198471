"""The playlist builder's item list: drops go between rows, and a move inside the list is one step."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, QSize, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from desktop.qt.items_mime import ITEMS_MIME
from desktop.qt.playlist_model import PlaylistModel


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
        self.setAccessibleName(self.tr("Playlist items"))
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
