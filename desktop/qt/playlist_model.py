"""The playlist being built, as a list model with undo, drag and drop, and copy and paste.

Every change goes through `PlaylistModel.apply`, which pushes a command on the model's QUndoStack;
a command holds the document before and after (documents are immutable, so this costs little) and
the rows to select afterwards. Consecutive edits of one field of one item merge into one command,
so dragging a spin box is one undo step.

Drops: items from the library (or another playlist) arrive as `ITEMS_MIME` and are inserted;
rows dragged inside this list arrive as `ROWS_MIME` tagged with this model's token and are moved.
The model does not implement removeRows, so Qt's "remove the source after a move" after a drop
does nothing: the move already happened in dropMimeData.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop.content.playlist import Block, PlaylistDocument
from desktop.content.playlist_edit import (
    duplicate_items,
    group_items,
    insert_items,
    move_items,
    remove_items,
    replace_item,
    set_block_rounds,
    ungroup,
)
from desktop.content.playlist_resolve import ResolvedPlaylist, RoutineLookup, resolve_playlist
from desktop.domain import Playlist, PlaylistItem, Routine, Step
from desktop.domain.describe import format_seconds
from desktop.qt.items_mime import ITEMS_MIME, items_from_mime, items_to_mime
from desktop.qt.messages import say
from desktop.qt.thumbnails import Thumbnails, poster_for
from desktop.qt.words import WORDS, number

ROWS_MIME = "application/x-supple-playlist-rows+json"
ITEM_ROLE = Qt.ItemDataRole.UserRole + 10
MISSING_ROLE = Qt.ItemDataRole.UserRole + 11
BLOCK_ROLE = Qt.ItemDataRole.UserRole + 12

_tokens = itertools.count(1)


class _Edit(QUndoCommand):
    """One change of the document; edits with the same merge key in a row merge."""

    MERGE_ID = 0x5E1

    def __init__(
        self,
        model: PlaylistModel,
        before: PlaylistDocument,
        after: PlaylistDocument,
        text: str,
        rows_before: list[int],
        rows_after: list[int],
        merge_key: object = None,
    ) -> None:
        super().__init__(text)
        self.model = model
        self.before, self.after = before, after
        self.rows_before, self.rows_after = rows_before, rows_after
        self.merge_key = merge_key

    def id(self) -> int:
        return self.MERGE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _Edit) or other.merge_key != self.merge_key:
            return False
        self.after, self.rows_after = other.after, other.rows_after
        return True

    # The playlist's id is where it is saved, not an edit: undo and redo keep the current one.
    def redo(self) -> None:
        self.model.set_document(self.after.with_id(self.model.document.id), self.rows_after)

    def undo(self) -> None:
        self.model.set_document(self.before.with_id(self.model.document.id), self.rows_before)


class PlaylistModel(QAbstractListModel):
    """Signals:
    documentChanged(): after every change, undo and redo included.
    selectRows(list): the rows to select after a change.
    """

    documentChanged = Signal()
    selectRows = Signal(list)

    def __init__(self, lookup: RoutineLookup, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lookup = lookup
        self.undo_stack = QUndoStack(self)
        self.token = f"{id(self)}-{next(_tokens)}"
        self.thumbnail = Thumbnails()
        self._doc = PlaylistDocument(
            Playlist(id="new-playlist", title=QCoreApplication.translate("PlaylistModel", "New playlist"))
        )
        self._resolved: ResolvedPlaylist | None = None
        self._selected: list[int] = []

    # ----- the document
    @property
    def document(self) -> PlaylistDocument:
        return self._doc

    @property
    def resolved(self) -> ResolvedPlaylist:
        if self._resolved is None:
            self._resolved = resolve_playlist(self._doc, self.lookup)
        return self._resolved

    def load(self, doc: PlaylistDocument) -> None:
        """Start editing another playlist: a fresh undo history, nothing modified."""
        self.undo_stack.clear()
        self.set_document(doc, [0] if doc.items else [])
        self.undo_stack.setClean()

    def set_lookup(self, lookup: RoutineLookup) -> None:
        self.lookup = lookup
        self.set_document(self._doc, self._selected)

    def set_document(self, doc: PlaylistDocument, rows: Sequence[int] = ()) -> None:
        """Show `doc` at once, without an undo step (commands and loading use this)."""
        self.beginResetModel()
        self._doc = doc
        self._resolved = None
        self.endResetModel()
        self._selected = [r for r in rows if 0 <= r < len(doc.items)]
        self.documentChanged.emit()
        self.selectRows.emit(self._selected)

    def note_selection(self, rows: Sequence[int]) -> None:
        """The rows the view has selected, restored when a later change is undone."""
        self._selected = list(rows)

    def apply(
        self, doc: PlaylistDocument, text: str, rows: Sequence[int] = (), merge_key: object = None
    ) -> None:
        """Make a change as an undoable step."""
        if doc == self._doc:
            return
        self.undo_stack.push(_Edit(self, self._doc, doc, text, list(self._selected), list(rows), merge_key))

    # ----- operations (each one undo step)
    def insert(self, at: int, items: Sequence[PlaylistItem]) -> None:
        if items:
            at = max(0, min(at, len(self._doc.items)))
            text = (
                QCoreApplication.translate("PlaylistModel", "Add %1").replace(
                    "%1", _item_title(items[0], self.lookup)
                )
                if len(items) == 1
                else WORDS.items_edited("add", len(items))
            )
            self.apply(insert_items(self._doc, at, items), text, range(at, at + len(items)))

    def remove(self, rows: Sequence[int]) -> None:
        rows = sorted({r for r in rows if 0 <= r < len(self._doc.items)})
        if rows:
            after = min(rows[0], len(self._doc.items) - len(rows) - 1)
            self.apply(
                remove_items(self._doc, rows),
                WORDS.items_edited("remove", len(rows)),
                [after] if after >= 0 else [],
            )

    def duplicate(self, rows: Sequence[int]) -> None:
        doc, copies = duplicate_items(self._doc, rows)
        if copies:
            self.apply(doc, WORDS.items_edited("duplicate", len(copies)), copies)

    def move(self, rows: Sequence[int], to: int) -> None:
        doc, moved = move_items(self._doc, rows, to)
        self.apply(doc, WORDS.items_edited("move", len(moved)), moved)

    def move_by(self, rows: Sequence[int], step: int) -> None:
        """Alt+Up (-1) and Alt+Down (+1): the chosen items one place up or down."""
        rows = sorted(set(rows))
        if not rows:
            return
        if step < 0 and rows[0] > 0:
            self.move(rows, rows[0] - 1)
        elif step > 0 and rows[-1] < len(self._doc.items) - 1:
            self.move(rows, rows[-1] + 2)

    def group(self, rows: Sequence[int], rounds: int = 2) -> None:
        doc, block = group_items(self._doc, rows, rounds)
        self.apply(
            doc,
            QCoreApplication.translate("PlaylistModel", "Repeat items %1–%2 ×%3")
            .replace("%1", str(block.first + 1))
            .replace("%2", str(block.last + 1))
            .replace("%3", str(block.rounds)),
            list(rows),
        )

    def ungroup(self, row: int) -> None:
        self.apply(
            ungroup(self._doc, row),
            QCoreApplication.translate("PlaylistModel", "Stop repeating a block"),
            [row],
        )

    def set_item(self, row: int, item: PlaylistItem, field: str = "") -> None:
        key = ("item", self._doc.id, row, field) if field else None
        self.apply(
            replace_item(self._doc, row, item),
            (
                QCoreApplication.translate("PlaylistModel", "Change %1").replace("%1", field)
                if field
                else QCoreApplication.translate("PlaylistModel", "Change item")
            ),
            [row],
            merge_key=key,
        )

    def set_block_rounds(self, row: int, rounds: int) -> None:
        key = ("block", self._doc.id, row)
        self.apply(
            set_block_rounds(self._doc, row, rounds),
            QCoreApplication.translate("PlaylistModel", "Repeat the block ×%1").replace("%1", str(rounds)),
            [row],
            merge_key=key,
        )

    def rename(self, title: str) -> None:
        title = title.strip()
        if title and title != self._doc.title:
            self.apply(
                self._doc.renamed(title),
                QCoreApplication.translate("PlaylistModel", "Rename the playlist"),
                self._selected,
            )

    # ----- Qt model
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._doc.items)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._doc.items):
            return None
        row = index.row()
        item = self._doc.items[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, item)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, item)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(item)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._text(row, item).replace("\n", ", ")
        if role == ITEM_ROLE:
            return item
        if role == MISSING_ROLE:
            return row in self.resolved.missing_rows
        if role == BLOCK_ROLE:
            return self._doc.block_at(row)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # drops land between rows, never on one
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:
        return [ROWS_MIME, ITEMS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        mime = items_to_mime(self._doc.items[r] for r in rows)
        mime.setData(ROWS_MIME, json.dumps({"model": self.token, "rows": rows}).encode("utf-8"))
        return mime

    def canDropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        return data.hasFormat(ITEMS_MIME) or self.own_rows(data) is not None

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        """Move rows dragged inside this list; insert items from anywhere else. One undo step."""
        if action == Qt.DropAction.IgnoreAction:
            return True
        at = row if row >= 0 else parent.row() if parent.isValid() else len(self._doc.items)
        own = self.own_rows(data)
        if own is not None and action == Qt.DropAction.MoveAction:
            self.move(own, at)
            return True
        items = items_from_mime(data)
        if not items:
            return False
        self.insert(at, items)
        return True

    def own_rows(self, data: QMimeData) -> list[int] | None:
        if not data.hasFormat(ROWS_MIME):
            return None
        try:
            payload = json.loads(bytes(data.data(ROWS_MIME).data()).decode("utf-8"))
            if payload.get("model") != self.token:
                return None
            return [int(r) for r in payload["rows"] if 0 <= int(r) < len(self._doc.items)]
        except (ValueError, TypeError, KeyError, AttributeError):
            return None

    # ----- presentation
    def _text(self, row: int, item: PlaylistItem) -> str:
        block = self._doc.block_at(row)
        marker = ""
        if block is not None:
            if block.size == 1:
                marker = f"⟳×{block.rounds} "
            elif row == block.first:
                marker = f"┏ ⟳×{block.rounds} "
            else:
                marker = "┗ " if row == block.last else "┃ "
        title = _item_title(item, self.lookup)
        rounds = f"  ×{item.rounds}" if item.rounds > 1 else ""
        if row in self.resolved.missing_rows:
            return f"{marker}{row + 1}. ⚠ {title}{rounds}\n" + QCoreApplication.translate(
                "PlaylistModel", "missing: cannot be played"
            )
        return f"{marker}{row + 1}. {title}{rounds}\n{self._detail(row, item)}"

    def _detail(self, row: int, item: PlaylistItem) -> str:
        played = next((s for s in self.resolved.steps if s.item_index == row), None)
        if item.step_id is not None and played is not None:
            text = WORDS.step_summary(played.step)
        else:
            routine = self.lookup(item.routine_id)
            count = len(routine.steps) if routine is not None else 0
            text = QCoreApplication.translate("PlaylistModel", "whole routine, %1").replace(
                "%1", WORDS.steps(count)
            )
        if item.overrides.speed is not None:
            text += " · " + QCoreApplication.translate("PlaylistModel", "speed %1×").replace(
                "%1", number(item.overrides.speed)
            )
        return text

    def _tooltip(self, row: int, item: PlaylistItem) -> str:
        for missing in self.resolved.missing:
            if missing.item_index == row:
                return QCoreApplication.translate("PlaylistModel", "This item cannot be played: %1.").replace(
                    "%1", say(missing.note) if missing.note is not None else missing.reason
                )
        routine = self.lookup(item.routine_id)
        step = _step_of(routine, item.step_id)
        return "\n".join(step.cues) if step is not None else (routine.summary if routine else "")

    def _icon(self, item: PlaylistItem) -> Any:
        routine = self.lookup(item.routine_id)
        if routine is None:
            return self.thumbnail(None)
        step = _step_of(routine, item.step_id) or routine.steps[0]
        return self.thumbnail(poster_for(routine, step.clip))

    def total_text(self) -> str:
        """ "Total 12:34 · 14 steps", with what cannot be played."""
        resolved = self.resolved
        count = len(resolved.steps)
        text = (
            QCoreApplication.translate("PlaylistModel", "Total %1 · %2")
            .replace("%1", format_seconds(resolved.total_seconds))
            .replace("%2", WORDS.steps(count))
        )
        if resolved.missing:
            n = len(resolved.missing)
            text += " · " + WORDS.unplayable_items(n)
        if resolved.truncated:
            text += " · " + QCoreApplication.translate("PlaylistModel", "cut short: too many rounds")
        return text

    def block_at(self, row: int) -> Block | None:
        return self._doc.block_at(row)


def _step_of(routine: Routine | None, step_id: str | None) -> Step | None:
    if routine is None or step_id is None:
        return None
    return next((s for s in routine.steps if s.id == step_id), None)


def _item_title(item: PlaylistItem, lookup: RoutineLookup) -> str:
    routine = lookup(item.routine_id)
    if routine is None:
        return f"{item.routine_id}" + (f" / {item.step_id}" if item.step_id else "")
    step = _step_of(routine, item.step_id)
    if item.step_id is None:
        return routine.title
    return f"{step.title if step else item.step_id} — {routine.title}"
