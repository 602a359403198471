"""The library's list: routines with their steps as rows, the search filter, and the tree view."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from desktop.content.library import RoutineCatalog
from desktop.domain import PlaylistItem, Routine
from desktop.domain.languages import localized
from desktop.qt.i18n import ui_languages
from desktop.qt.items_mime import ITEMS_MIME, items_to_mime
from desktop.qt.messages import say
from desktop.qt.thumbnails import THUMB, Thumbnails, poster_for
from desktop.qt.words import WORDS

ROUTINE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STEP_ID_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3
TAGS_ROLE = Qt.ItemDataRole.UserRole + 4
PLAIN_TEXT_ROLE = Qt.ItemDataRole.UserRole + 5  # the row's text without its star
PLAYLIST_ID_ROLE = Qt.ItemDataRole.UserRole + 6


class LibraryModel(QStandardItemModel):
    """Routines and their steps; drags and copies carry playlist items."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.favourites: set[tuple[str, str | None]] = set()
        self.thumbnail = Thumbnails()
        #: The person's languages, best first: routines are listed in the first they have.
        self.languages: list[str] = ui_languages()

    def set_catalog(self, catalog: RoutineCatalog, favourites: set[tuple[str, str | None]]) -> None:
        self.clear()
        self.favourites = favourites
        root = self.invisibleRootItem()
        for routine in catalog.sorted():
            root.appendRow(self._routine_row(routine))
        for broken in catalog.broken:
            row = QStandardItem(
                "⚠ "
                + QCoreApplication.translate("LibraryModel", "%1\ncannot be loaded").replace(
                    "%1", broken.title
                )
            )
            row.setToolTip(say(broken.note) if broken.note is not None else broken.reason)
            row.setFlags(Qt.ItemFlag.NoItemFlags)
            row.setData(broken.id, ROUTINE_ID_ROLE)
            row.setData("", SEARCH_ROLE)
            row.setData((), TAGS_ROLE)
            root.appendRow(row)

    def _routine_row(self, as_written: Routine) -> QStandardItem:
        routine = localized(as_written, self.languages)
        tags = ", ".join(routine.tags)
        count = len(routine.steps)
        row = QStandardItem()
        row.setData(
            f"{routine.title}\n{WORDS.steps(count)}" + (f" · {tags}" if tags else ""),
            PLAIN_TEXT_ROLE,
        )
        row.setData(routine.id, ROUTINE_ID_ROLE)
        row.setData(None, STEP_ID_ROLE)
        words = {routine.title, routine.summary, as_written.title, as_written.summary, *routine.tags}
        row.setData(" ".join(sorted(words)).casefold(), SEARCH_ROLE)
        row.setData(tuple(routine.tags), TAGS_ROLE)
        row.setToolTip(routine.summary or routine.title)
        row.setIcon(self.thumbnail(poster_for(routine, routine.steps[0].clip)))
        row.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled)
        for number, step in enumerate(routine.steps, start=1):
            child = QStandardItem()
            child.setData(f"{number}. {step.title}\n{WORDS.step_summary(step)}", PLAIN_TEXT_ROLE)
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
        return items_to_mime(item_for(index) for index in unique_rows(indexes))


def item_for(index: QModelIndex | QPersistentModelIndex) -> PlaylistItem:
    return PlaylistItem(routine_id=str(index.data(ROUTINE_ID_ROLE)), step_id=index.data(STEP_ID_ROLE))


def unique_rows(indexes: Iterable[QModelIndex]) -> list[QModelIndex]:
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
        self.setAccessibleName(self.tr("Routine library"))
