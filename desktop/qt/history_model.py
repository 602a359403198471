"""The history view's list of sessions: a table model that reads a page at a time.

It starts with one page (`PAGE_SIZE` sessions, newest first) and asks the store for the next only
when the view scrolls near the end (`canFetchMore` / `fetchMore`), so 5,000 sessions cost what 100
do. A page is one indexed keyset query on the GUI thread: bench/history.py measures it (well under
a frame); writes (delete, restore, feelings) go through `Task` in the view.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
)

from desktop.domain.describe import format_seconds

if TYPE_CHECKING:
    from desktop.store.history_queries import HistoryFilter, HistoryQueries, SessionSummary

_Index = QModelIndex | QPersistentModelIndex
COLUMNS = (
    str(QT_TRANSLATE_NOOP("SessionsModel", "Date")),
    str(QT_TRANSLATE_NOOP("SessionsModel", "Played")),
    str(QT_TRANSLATE_NOOP("SessionsModel", "Time")),
    str(QT_TRANSLATE_NOOP("SessionsModel", "Done")),
    str(QT_TRANSLATE_NOOP("SessionsModel", "Skip")),
    str(QT_TRANSLATE_NOOP("SessionsModel", "Felt")),
)
#: Header tooltips.
COLUMN_TIPS = (
    str(QT_TRANSLATE_NOOP("SessionsModel", "When it started")),
    str(QT_TRANSLATE_NOOP("SessionsModel", "The routine or playlist")),
    str(QT_TRANSLATE_NOOP("SessionsModel", "Time on its steps")),
    str(QT_TRANSLATE_NOOP("SessionsModel", "Steps done")),
    str(QT_TRANSLATE_NOOP("SessionsModel", "Steps skipped")),
    str(QT_TRANSLATE_NOOP("SessionsModel", "Pain · effort (0-10); ✎ a note")),
)


def local_time(t: datetime, *, short: bool = False) -> str:
    """ "Thu 03 Dec 2026 11:05" in the locale's words; short: without the year when it is this year's."""
    local = t.astimezone()
    when = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    if short and local.year == datetime.now().year:
        return QLocale().toString(when, "dd MMM HH:mm")
    return QLocale().toString(when, "ddd dd MMM yyyy HH:mm")


def felt(pain: int | None, effort: int | None) -> str:
    """How a session felt, short: "pain 2 · effort 5"."""
    parts = []
    if pain is not None:
        parts.append(QCoreApplication.translate("SessionsModel", "pain %1").replace("%1", str(pain)))
    if effort is not None:
        parts.append(QCoreApplication.translate("SessionsModel", "effort %1").replace("%1", str(effort)))
    return " · ".join(parts)


def _scale(pain: int | None, effort: int | None) -> str:
    if pain is None and effort is None:
        return ""
    return f"{'–' if pain is None else pain} · {'–' if effort is None else effort}"


class SessionsModel(QAbstractTableModel):
    """Sessions the filter selects, newest first, fetched a page at a time."""

    def __init__(self, queries: HistoryQueries | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queries = queries
        self._filter: HistoryFilter | None = None
        self._rows: list[SessionSummary] = []
        #: Row -> its cells' text, made when first shown.
        self._cells: dict[int, tuple[str, ...]] = {}
        self._more = False
        #: Pages fetched since the last reset (tests and the benchmark read it).
        self.pages_fetched = 0

    # -- what is shown ---------------------------------------------------------------------------

    def set_source(self, queries: HistoryQueries | None, flt: HistoryFilter | None = None) -> None:
        """Show the sessions `flt` selects (None: all), starting again from the first page."""
        from desktop.store.history_queries import HistoryFilter

        self.beginResetModel()
        self._queries = queries
        self._filter = flt or HistoryFilter()
        self._rows = []
        self._cells = {}
        self._more = queries is not None
        self.pages_fetched = 0
        self.endResetModel()
        if self._more:
            self.fetchMore(QModelIndex())

    def reload(self) -> None:
        self.set_source(self._queries, self._filter)

    @property
    def filter(self) -> HistoryFilter | None:
        return self._filter

    def summary(self, row: int) -> SessionSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, session_id: str) -> int:
        return next((n for n, s in enumerate(self._rows) if s.session.id == session_id), -1)

    # -- paging ----------------------------------------------------------------------------------

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and self._more

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more or self._queries is None:
            return
        from desktop.store.history_queries import PAGE_SIZE

        page = self._queries.page(self._filter or _all(), self._rows[-1] if self._rows else None, PAGE_SIZE)
        self.pages_fetched += 1
        self._more = len(page) == PAGE_SIZE
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    # -- QAbstractTableModel ---------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section])
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return self.tr(COLUMN_TIPS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        s = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            cells = self._cells.get(index.row())
            if cells is None:
                cells = self._cells[index.row()] = (
                    local_time(s.session.started_at, short=True),
                    s.session.title,
                    format_seconds(s.seconds),
                    str(s.done),
                    str(s.skipped),
                    _scale(s.session.pain, s.session.effort) + (" ✎" if s.session.note else ""),
                )
            return cells[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 5:
            note = s.session.note or ""
            said = felt(s.session.pain, s.session.effort) or self.tr("not said")
            return said + ("\n" + (note if len(note) <= 500 else note[:500] + "…") if note else "")
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return s.session.title
        if role == Qt.ItemDataRole.AccessibleTextRole and not self.data(index):
            return self.tr("not said") if column == 5 else self.tr("none", "an empty cell")
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (2, 3, 4, 5):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return s.session.id
        return None


def _all() -> HistoryFilter:
    from desktop.store.history_queries import HistoryFilter

    return HistoryFilter()
