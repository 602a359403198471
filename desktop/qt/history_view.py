"""View ▸ History (Ctrl+H): your streak, a calendar of days practised, minutes per week, how
sessions felt, and the list of sessions with their steps, to filter, export, edit and delete.

Imported only when the History dock first opens (desktop/qt/window_panels.py), with its charts.
Reads run on the GUI thread (each is one bounded, indexed query: bench/history.py); every write
(delete, undo, a changed feeling, an export) is a `Task`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.describe import format_seconds
from desktop.domain.streaks import streaks
from desktop.qt.history_charts import CalendarChart, FeelingChart, WeeklyMinutesChart
from desktop.qt.history_model import SessionsModel, felt, local_time
from desktop.qt.history_widgets import (
    ANY_DATE,
    chosen_day,
    date_edit,
    escape,
    fit_columns,
    heading,
    scale_box,
)
from desktop.qt.settings import OPTIONS, STREAK_TARGETS, Settings
from desktop.qt.tasks import Task, show_failure
from desktop.qt.words import WORDS
from desktop.store.history_cli import Format, write_sessions, write_steps
from desktop.store.history_queries import (
    DayAmount,
    DeletedSession,
    FeelingPoint,
    HistoryFilter,
    HistoryQueries,
    SessionSummary,
    WeekMinutes,
)

if TYPE_CHECKING:
    from desktop.domain import Routine
    from desktop.store import Store

log = logging.getLogger(__name__)
R = TypeVar("R")

FIRST_RUN = str(
    QT_TRANSLATE_NOOP(
        "HistoryView",
        "<p><b>No sessions yet.</b></p><p>Play a routine (File ▸ Open, or the Library with F9) and every step you"
        " finish or skip is kept here: the days you practised, your streak, the minutes of each week and how"
        " each session felt.</p>",
    )
)
NO_STORE = str(
    QT_TRANSLATE_NOOP("HistoryView", "History cannot be shown: Supple's database could not be opened.")
)
OPENING = str(QT_TRANSLATE_NOOP("HistoryView", "Opening your history…"))
NO_MATCH = str(QT_TRANSLATE_NOOP("HistoryView", "No session matches these filters."))
#: The weeks the calendar shows.
CALENDAR_WEEKS = 26
#: File types of Export…: (filter, format, one row per session).
EXPORT_TYPES: tuple[tuple[str, Format, bool], ...] = (
    (str(QT_TRANSLATE_NOOP("HistoryView", "Sessions as CSV (*.csv)")), "csv", True),
    (str(QT_TRANSLATE_NOOP("HistoryView", "Sessions as JSON (*.json)")), "json", True),
    (str(QT_TRANSLATE_NOOP("HistoryView", "Steps as CSV (*.csv)")), "csv", False),
    (str(QT_TRANSLATE_NOOP("HistoryView", "Steps as JSON (*.json)")), "json", False),
)
STEP_COLUMNS = 7


class HistoryView(QWidget):
    """Signals:
    exported(str): an export was written to this path.
    """

    exported = Signal(str)
    #: The reads started in the background (streak, filter choices, charts) have all arrived.
    loaded = Signal()

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.queries: HistoryQueries | None = None
        self.today = date.today
        #: Finds a routine by id, for the titles of the steps a session recorded (the Library's).
        self.routines: Callable[[str], Routine | None] = lambda _routine_id: None
        #: Deleted sessions, newest last, for Undo.
        self.deleted: list[DeletedSession] = []
        self._titles: dict[str, str] = {}
        self._days: set[date] | None = None
        self._generations: dict[str, int] = {}
        self._painted = False  # the list has been on screen
        #: Background reads not yet arrived.
        self.reads_pending = 0
        self._progress_stale = True
        self._build()
        self._wire()
        self.table.viewport().installEventFilter(self)

    # -- building ---------------------------------------------------------------------------------

    def _build(self) -> None:
        self.stack = QStackedWidget(self)
        self.message = QLabel(self)
        self.message.setObjectName("historyMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setMargin(16)
        self.message.setText(self.tr(OPENING))
        self.stack.addWidget(self.message)
        main = QWidget(self)
        self.stack.addWidget(main)

        self.streak = QLabel(self.tr("<b>Streak:</b> …"), main)
        self.streak.setObjectName("historyStreak")
        self.streak.setWordWrap(True)
        self.target = QComboBox(main)
        self.target.setAccessibleName(self.tr("Streak target"))
        for days in STREAK_TARGETS:
            self.target.addItem(WORDS.streak_target(days), days)
        self.target.setCurrentIndex(self.target.findData(self.settings.get(OPTIONS.history_days_a_week)))
        top = QHBoxLayout()
        top.addWidget(self.streak, 1)
        top.addWidget(QLabel(self.tr("Target:"), main))
        top.addWidget(self.target)

        self.what = QComboBox(main)
        self.what.setAccessibleName(self.tr("Routine or playlist"))
        self.what.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.what.setMinimumContentsLength(12)
        self.since = date_edit(main, self.tr("From", "dates from"))
        self.until = date_edit(main, self.tr("Up to", "dates up to"))
        filters = QHBoxLayout()
        filters.addWidget(self.what, 1)
        filters.addWidget(QLabel(self.tr("from", "dates from"), main))
        filters.addWidget(self.since)
        filters.addWidget(QLabel(self.tr("to", "dates up to"), main))
        filters.addWidget(self.until)

        self.tabs = QTabWidget(main)
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("Sessions and progress"))
        self.tabs.addTab(self._build_sessions(), self.tr("Sessions"))
        self.tabs.addTab(self._build_progress(), self.tr("Progress"))

        self.banner = QWidget(main)
        self.banner.setObjectName("historyBanner")
        self.banner_text = QLabel(self.banner)
        self.banner_text.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo"), self.banner)
        banner = QHBoxLayout(self.banner)
        banner.setContentsMargins(0, 0, 0, 0)
        banner.addWidget(self.banner_text, 1)
        banner.addWidget(self.undo_button)
        self.banner.hide()

        self.export_button = QPushButton(self.tr("Export…"), main)
        self.export_button.setToolTip(
            self.tr("Save the sessions shown (or their steps) as CSV or JSON (Ctrl+Shift+E)")
        )
        self.delete_button = QPushButton(self.tr("Delete"), main)
        self.delete_button.setToolTip(self.tr("Delete the chosen session and its steps (Undo puts it back)"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.export_button)
        bottom.addStretch(1)
        bottom.addWidget(self.delete_button)

        layout = QVBoxLayout(main)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.banner)
        layout.addLayout(bottom)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        self.undo_action = self._action(self.tr("Undo"), "Ctrl+Z", self.undo)
        self.delete_action = self._action(
            self.tr("Delete Session"), "Delete", self.delete_current, self.table
        )

    def _build_sessions(self) -> QWidget:
        self.model = SessionsModel(parent=self)
        self.table = QTableView(self)
        self.table.setObjectName("historySessions")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab goes on; the arrows choose a session
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        # Widths from the font, not ResizeToContents: that reads every row at each page fetched.
        fit_columns(self.table.horizontalHeader(), ("00 Sep 00:00", "", "00:00", "Done", "Skip", "10 · 10 ✎"))
        self.table.setAccessibleName(self.tr("Sessions, newest first"))
        self.empty_filter = QLabel(self.tr(NO_MATCH), self)
        self.empty_filter.hide()

        details = QWidget(self)
        self.details_title = QLabel(details)
        self.details_title.setWordWrap(True)
        self.steps = QTableWidget(0, STEP_COLUMNS, details)
        self.steps.setObjectName("historySteps")
        self.steps.setHorizontalHeaderLabels(
            [
                self.tr("Step"),
                self.tr("Side", "exercise: side of the body"),
                self.tr("Set", "exercise: rounds of the work"),
                self.tr("Planned"),
                self.tr("Actual"),
                self.tr("Reps", "exercise: repetitions"),
                self.tr("Outcome"),
            ]
        )
        self.steps.verticalHeader().hide()
        self.steps.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.steps.setTabKeyNavigation(False)
        fit_columns(
            self.steps.horizontalHeader(), ("", "right", "Set", "Planned", "Actual", "Reps", "skipped")
        )
        self.steps.setAccessibleName(self.tr("Steps of the chosen session"))
        self.pain = scale_box(details, self.tr("Pain during the session, 0 (none) to 10 (worst imaginable)"))
        self.effort = scale_box(details, self.tr("Effort, 0 (nothing at all) to 10 (maximal): Borg CR10"))
        self.note = QPlainTextEdit(details)
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("A note about this session"))
        self.note.setMinimumHeight(44)
        self.note.setMaximumHeight(90)
        self.save_feeling = QPushButton(self.tr("Save"), details)
        self.save_feeling.setToolTip(self.tr("Keep the pain, effort and note given here"))
        feeling = QHBoxLayout()
        form = QFormLayout()
        form.addRow(self.tr("&Pain"), self.pain)
        form.addRow(self.tr("&Effort"), self.effort)
        feeling.addLayout(form)
        feeling.addWidget(self.note, 1)
        feeling.addWidget(self.save_feeling, 0, Qt.AlignmentFlag.AlignBottom)
        box = QVBoxLayout(details)
        box.setContentsMargins(0, 4, 0, 0)
        box.addWidget(self.details_title)
        box.addWidget(self.steps, 3)
        box.addLayout(feeling, 1)
        self.details = details
        details.setEnabled(False)

        split = QSplitter(Qt.Orientation.Vertical, self)
        top = QWidget(split)
        column = QVBoxLayout(top)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table, 1)
        column.addWidget(self.empty_filter)
        split.addWidget(top)
        split.addWidget(details)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        return split

    def _build_progress(self) -> QWidget:
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        inner = QWidget(area)
        self.calendar = CalendarChart(inner, CALENDAR_WEEKS)
        self.weekly = WeeklyMinutesChart(inner)
        self.feeling = FeelingChart(inner)
        self.feeling_title = QLabel(inner)
        self.feeling_title.setWordWrap(True)
        layout = QVBoxLayout(inner)
        layout.addWidget(heading(self.tr("Days practised, last 6 months"), inner))
        layout.addWidget(self.calendar)
        layout.addWidget(heading(self.tr("Minutes per week, last 12 weeks"), inner))
        layout.addWidget(self.weekly, 1)
        layout.addWidget(self.feeling_title)
        layout.addWidget(self.feeling, 1)
        area.setWidget(inner)
        return area

    def _action(self, text: str, key: str, slot: object, on: QWidget | None = None) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(
            Qt.ShortcutContext.WidgetShortcut
            if on is not None
            else Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        action.triggered.connect(slot)
        (on or self).addAction(action)
        return action

    def _wire(self) -> None:
        self.target.currentIndexChanged.connect(self._target_changed)
        self.settings.changed.connect(self._setting_changed)
        self.what.currentIndexChanged.connect(self._filter_changed)
        self.since.dateChanged.connect(self._filter_changed)
        self.until.dateChanged.connect(self._filter_changed)
        self.table.selectionModel().currentRowChanged.connect(self._show_session)
        self.model.modelReset.connect(self._model_changed)
        self.model.rowsInserted.connect(self._model_changed)
        self.tabs.currentChanged.connect(lambda _i: self._refresh_progress())
        self.tabs.currentChanged.connect(lambda i: self.delete_button.setVisible(i == 0))
        self.undo_button.clicked.connect(self.undo)
        self.delete_button.clicked.connect(self.delete_current)
        self.export_button.clicked.connect(self.export)
        self.save_feeling.clicked.connect(self.save_current_feeling)

    # -- the data ---------------------------------------------------------------------------------

    def set_store(self, store: Store | None) -> None:
        self.queries = None if store is None else store.history_queries
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        """Shown again (the dock reopened): read again, sessions may have ended meanwhile."""
        super().showEvent(event)
        if self._painted and not event.spontaneous():
            self.refresh()

    def refresh(self) -> None:
        """Read everything again (a session ended, a session was deleted or put back).

        The first page of the list is read here, on the GUI thread (one indexed query); the streak,
        the filter's choices and the charts read all of history, so they come from a `Task`."""
        queries = self.queries
        if queries is None:
            self.message.setText(self.tr(NO_STORE))
            self.stack.setCurrentWidget(self.message)
            self.model.set_source(None)
            self._update_actions()
            return
        flt = self.current_filter()
        self.model.set_source(queries, flt)
        if self.model.rowCount() == 0 and flt == HistoryFilter() and queries.count() == 0:
            self.message.setText(self.tr(FIRST_RUN))
            self.stack.setCurrentIndex(0)
            self._update_actions()
            return
        self.stack.setCurrentIndex(1)
        self._model_changed()
        self._progress_stale = True
        if self._painted:
            self._read_summary()
        # else: once the list is on screen (a background read would slow the first paint down)

    def _read_summary(self) -> None:
        queries = self.queries
        if queries is None or self.stack.currentIndex() != 1:
            return
        self._read("summary", lambda: (queries.titles(), queries.practised_days()), self._show_summary)
        self._refresh_progress()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._painted and event.type() == QEvent.Type.Paint and watched is self.table.viewport():
            self._painted = True
            self.table.viewport().removeEventFilter(self)
            QTimer.singleShot(0, self._read_summary)
        return super().eventFilter(watched, event)

    def _read(self, kind: str, work: Callable[[], R], done: Callable[[R], None]) -> None:
        """Run a read of the store off the GUI thread; `done` gets its result unless a newer read
        of the same `kind` was started meanwhile (the store or a filter changed)."""
        generation = self._generations[kind] = self._generations.get(kind, 0) + 1
        queries = self.queries
        self.reads_pending += 1

        def ended() -> None:
            self.reads_pending -= 1
            if not self.reads_pending:
                self.loaded.emit()

        def finish(result: R) -> None:
            if generation == self._generations[kind] and queries is self.queries:
                done(result)
            ended()

        def failed(exc: BaseException) -> None:
            log.error("history could not be read: %s", exc)
            self.streak.setText(self.tr("History could not be read: %1").replace("%1", escape(str(exc))))
            ended()

        Task(self, lambda _ctx: work(), name="history-read").on_success(finish).on_failure(failed).start()

    def _show_summary(self, result: tuple[dict[str, str], set[date]]) -> None:
        self._titles, self._days = result
        self._fill_what()
        self._update_streak()
        self.weekly.titles = self._titles
        self.weekly.update()

    def _fill_what(self) -> None:
        current = self.what.currentData()
        self.what.blockSignals(True)
        self.what.clear()
        self.what.addItem(self.tr("All sessions"), None)
        for key, title in sorted(self._titles.items(), key=lambda kv: kv[1].casefold()):
            if key.startswith("title:"):
                continue  # a clip opened alone: nothing to filter by
            kind = "playlist" if key.startswith("playlist:") else "routine"
            self.what.addItem(f"{title} ({kind})", key)
        self.what.setCurrentIndex(max(0, self.what.findData(current)))
        self.what.blockSignals(False)

    def current_filter(self) -> HistoryFilter:
        key = self.what.currentData()
        since, until = chosen_day(self.since), chosen_day(self.until)
        if isinstance(key, str) and key.startswith("playlist:"):
            return HistoryFilter(playlist_id=key.removeprefix("playlist:"), since=since, until=until)
        return HistoryFilter(routine_id=key if isinstance(key, str) else None, since=since, until=until)

    def set_filter(
        self, key: str | None = None, since: date | None = None, until: date | None = None
    ) -> None:
        """Choose what the view shows (as a person would with the filters)."""
        for edit, day in ((self.since, since), (self.until, until)):
            edit.blockSignals(True)
            edit.setDate(ANY_DATE if day is None else QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        index = self.what.findData(key)
        if index != self.what.currentIndex() and index >= 0:
            self.what.setCurrentIndex(index)  # emits: reloads
        else:
            self._filter_changed()

    def _filter_changed(self) -> None:
        if self.queries is None:
            return
        self.model.set_source(self.queries, self.current_filter())
        self._progress_stale = True
        self._refresh_progress()

    def _setting_changed(self, key: str) -> None:
        """The target was changed in Preferences: show it and count again."""
        if key == OPTIONS.history_days_a_week.key:
            self.target.blockSignals(True)
            self.target.setCurrentIndex(self.target.findData(self.settings.get(OPTIONS.history_days_a_week)))
            self.target.blockSignals(False)
            self._update_streak()

    def _target_changed(self) -> None:
        self.settings.set(OPTIONS.history_days_a_week, int(self.target.currentData()))
        self._update_streak()

    def _update_streak(self) -> None:
        if self._days is None:
            return
        result = streaks(self._days, self.today(), self.settings.get(OPTIONS.history_days_a_week))
        self.streak.setText("<b>" + self.tr("Streak:") + "</b> " + WORDS.streak(result))

    def _refresh_progress(self) -> None:
        """The charts, read only when the Progress tab is in front (the list comes first)."""
        if (
            self.queries is None
            or not self._progress_stale
            or self.tabs.currentIndex() != 1
            or not self.isVisible()
        ):
            return
        self._progress_stale = False
        queries, flt, today = self.queries, self.current_filter(), self.today()
        self.calendar.today = today
        first = self.calendar.first_day()

        def work() -> tuple[dict[date, DayAmount], list[WeekMinutes], str | None, list[FeelingPoint]]:
            key, points = queries.feelings_of_one(flt)
            return queries.days(first, flt=flt), queries.weekly_minutes(today, flt=flt), key, points

        self._read("progress", work, self._show_progress)

    def _show_progress(
        self, result: tuple[dict[date, DayAmount], list[WeekMinutes], str | None, list[FeelingPoint]]
    ) -> None:
        days, weeks, key, points = result
        self.calendar.set_days(days, self.calendar.today)
        self.weekly.set_weeks(weeks, self._titles)
        title = self._titles.get(key or "", "")
        text = (
            "<b>"
            + (self.tr("How it felt: %1").replace("%1", escape(title)) if title else self.tr("How it felt"))
            + "</b>"
        )
        flt = self.current_filter()
        if title and flt.routine_id is None and flt.playlist_id is None:
            text += " " + self.tr("(the latest answered; choose a routine above for another)")
        self.feeling_title.setText(text)
        self.feeling.set_points(points)

    def _model_changed(self) -> None:
        empty = self.model.rowCount() == 0
        self.empty_filter.setVisible(empty and self.stack.currentIndex() == 1)
        if not self.table.currentIndex().isValid() and not empty:
            self.table.selectRow(0)
        self._update_actions()

    def _update_actions(self) -> None:
        writable = self.queries is not None and not self.queries.read_only
        has_row = self.current_summary() is not None
        self.delete_button.setEnabled(writable and has_row)
        self.delete_action.setEnabled(writable and has_row)
        self.save_feeling.setEnabled(writable and has_row)
        self.undo_action.setEnabled(bool(self.deleted))
        self.export_button.setEnabled(self.queries is not None)

    def current_summary(self) -> SessionSummary | None:
        index = self.table.currentIndex()
        return self.model.summary(index.row()) if index.isValid() else None

    def _show_session(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        if not self._painted:  # the list first: the chosen session's steps right after
            QTimer.singleShot(0, lambda: self._show_session(self.table.currentIndex()))
            return
        summary = self.model.summary(current.row()) if current.isValid() else None
        self.details.setEnabled(summary is not None)
        self._update_actions()
        if summary is None or self.queries is None:
            self.details_title.clear()
            self.steps.setRowCount(0)
            self.note.clear()
            return
        s = summary.session
        parts = [f"<b>{escape(s.title)}</b>", local_time(s.started_at), format_seconds(summary.seconds)]
        if s.level is not None:
            parts.append(WORDS.level(s.level))
        if felt(s.pain, s.effort):
            parts.append(felt(s.pain, s.effort))
        self.details_title.setText(" · ".join(parts))
        entries = self.queries.steps(s.id)
        self.steps.setRowCount(len(entries))
        titles: dict[str, dict[str, str]] = {}
        for row, entry in enumerate(entries):
            r = entry.record
            if r.routine_id not in titles:
                routine = self.routines(r.routine_id)
                titles[r.routine_id] = {} if routine is None else {st.id: st.title for st in routine.steps}
            cells = (
                titles[r.routine_id].get(r.step_id, r.step_id),
                WORDS.side(r.side),
                str(r.set_index),
                format_seconds(r.planned_seconds),
                format_seconds(r.actual_seconds),
                "" if r.reps is None else str(r.reps),
                WORDS.outcome(r.outcome),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if not text:  # read aloud as a word, not skipped as nothing
                    item.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr("none", "an empty cell"))
                self.steps.setItem(row, column, item)
        self.pain.setValue(-1 if s.pain is None else s.pain)
        self.effort.setValue(-1 if s.effort is None else s.effort)
        self.note.setPlainText(s.note or "")

    # -- changes ----------------------------------------------------------------------------------

    def save_current_feeling(self) -> None:
        summary, queries = self.current_summary(), self.queries
        if summary is None or queries is None:
            return
        sid = summary.session.id
        pain = None if self.pain.value() < 0 else self.pain.value()
        effort = None if self.effort.value() < 0 else self.effort.value()
        note = self.note.toPlainText() or None
        Task(
            self,
            lambda _ctx: queries.set_feeling(sid, pain=pain, effort=effort, note=note),
            name="feeling",
            serial=True,
        ).on_success(lambda _r: self._reload_keeping(sid)).on_failure(
            lambda exc: self._failed(self.tr("The feeling was not saved"), exc)
        ).start()

    def delete_current(self) -> None:
        summary, queries = self.current_summary(), self.queries
        if summary is None or queries is None or queries.read_only:
            return
        sid, title = summary.session.id, summary.session.title
        when = local_time(summary.session.started_at)
        row = self.table.currentIndex().row()

        def deleted(result: DeletedSession) -> None:
            self.deleted.append(result)
            self.banner_text.setText(
                self.tr("Deleted “%1” of %2.").replace("%1", escape(title)).replace("%2", when)
            )
            self.banner.show()
            self.refresh()
            self.table.selectRow(min(row, self.model.rowCount() - 1))
            self._update_actions()

        Task(self, lambda _ctx: queries.delete_session(sid), name="delete-session", serial=True).on_success(
            deleted
        ).on_failure(lambda exc: self._failed(self.tr("The session was not deleted"), exc)).start()

    def undo(self) -> None:
        """Put back the session deleted last."""
        queries = self.queries
        if not self.deleted or queries is None:
            return
        last = self.deleted.pop()
        self._update_actions()

        def restored(_result: object) -> None:
            if not self.deleted:
                self.banner.hide()
            self._reload_keeping(last.id)

        def failed(exc: BaseException) -> None:
            self.deleted.append(last)
            self._update_actions()
            self._failed(self.tr("The session was not put back"), exc)

        Task(self, lambda _ctx: queries.restore(last), name="restore-session", serial=True).on_success(
            restored
        ).on_failure(failed).start()

    def _reload_keeping(self, session_id: str) -> None:
        self.refresh()
        row = self.model.row_of(session_id)
        while row < 0 and self.model.canFetchMore():
            self.model.fetchMore()
            row = self.model.row_of(session_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
            self._show_session(self.model.index(row, 0))

    def _failed(self, title: str, exc: BaseException) -> None:
        show_failure(self, title, exc)

    def export(self) -> None:
        filters = ";;".join(self.tr(t[0]) for t in EXPORT_TYPES)
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export History"), "supple-history.csv", filters
        )
        if not path:
            return
        _name, fmt, sessions = next((t for t in EXPORT_TYPES if self.tr(t[0]) == chosen), EXPORT_TYPES[0])
        self.export_to(Path(path), fmt, sessions=sessions)

    def export_to(self, path: Path, fmt: Format, *, sessions: bool) -> Task[None]:
        """Write what the filters show to `path`, as `supple history` would (docs/history-format.md)."""
        queries, flt = self.queries, self.current_filter()
        assert queries is not None

        def work(_ctx: object) -> None:
            with path.open("w", encoding="utf-8", newline="") as out:
                if sessions:
                    write_sessions(fmt, queries.iter_sessions(flt), out)
                else:
                    write_steps(fmt, queries.iter_steps(flt), out)

        task: Task[None] = Task(self, work, name="export-history", progress_label="Exporting history…")
        task.on_success(lambda _r: self.exported.emit(str(path))).on_failure(
            lambda exc: self._failed(self.tr("The history was not exported"), exc)
        ).start()
        return task
