"""The window's side of a ladder routine: "My level" (Session > My Level, and the step list's
context menu), the level a session plays, and the level suggestions (desktop/domain/ladder.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from desktop.domain.ladder import Suggestion, effective_level, ladder_levels, suggest_level
from desktop.domain.wall_clock import utc_now
from desktop.qt.settings import ladder_thresholds
from desktop.qt.tasks import Task

if TYPE_CHECKING:
    from desktop.domain import Routine
    from desktop.qt.settings import Settings
    from desktop.qt.step_list import StepList
    from desktop.store import Store


class LadderControl(QObject):
    """Signals:
    levelChanged(object): the person's level on the open routine changed (int, or None)."""

    levelChanged = Signal(object)

    def __init__(self, parent: QObject, menu: QMenu, step_list: StepList, settings: Settings) -> None:
        super().__init__(parent)
        self._settings = settings
        self._step_list = step_list
        self._routine: Routine | None = None
        self._store: Store | None = None
        self._chosen: int | None = None
        menu.addSeparator()
        self.menu = menu.addMenu(self.tr("My &Level"))
        self.menu.setObjectName("menuMyLevel")
        self.menu.setToolTip(self.tr("The hardest progression of this ladder you do today"))
        self._group = QActionGroup(self)
        self.set_here = QAction(self.tr("Set as My &Level"), self)
        self.set_here.setObjectName("actionSetMyLevel")
        self.set_here.setStatusTip(self.tr("Work up to the selected step's level in today's sessions"))
        self.set_here.triggered.connect(self._set_from_selection)
        step_list.addAction(self.set_here)
        step_list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        step_list.currentRowChanged.connect(lambda _row: self._update_actions())
        self._fill()

    # ----- what the window tells it
    def set_store(self, store: Store | None) -> None:
        self._store = store
        self.set_routine(self._routine)

    def set_routine(self, routine: Routine | None) -> None:
        from desktop.content.adhoc import is_transient

        self._routine = None if routine is None or is_transient(routine) else routine
        self._chosen = None
        if routine is not None and self._store is not None and self.levels:
            self._chosen = self._store.levels.current(routine.id)
        self._fill()
        self._step_list.set_level(self.level)

    # ----- what the window asks
    @property
    def levels(self) -> tuple[int, ...]:
        return ladder_levels(self._routine) if self._routine is not None else ()

    @property
    def level(self) -> int | None:
        """The level a session of the open routine plays (None: not a ladder)."""
        return effective_level(self._routine, self._chosen) if self._routine is not None else None

    def suggestion(self) -> Suggestion | None:
        """What to suggest now, from the sessions at the level since it was set."""
        level, store, routine = self.level, self._store, self._routine
        if level is None or store is None or routine is None or store.read_only:
            return None
        sessions, dismissed = store.levels.since_level_set(routine.id, level)
        return suggest_level(self.levels, level, sessions, dismissed, ladder_thresholds(self._settings))

    def set_level(self, level: int) -> None:
        """The person chose `level` (kept in level_events; choosing it again changes nothing)."""
        if level == self._chosen:
            return
        at = utc_now()
        self._change(level, lambda store, rid: store.levels.set_level(rid, level, at))

    def accept(self, suggestion: Suggestion) -> None:
        at = utc_now()
        self._change(suggestion.to_level, lambda store, rid: store.levels.accept(rid, suggestion, at))

    def dismiss(self, suggestion: Suggestion) -> None:
        store, routine = self._store, self._routine
        if store is not None and routine is not None and not store.read_only:
            rid, at = routine.id, utc_now()
            Task(
                self, lambda _ctx: store.levels.dismiss(rid, suggestion, at), name="level", serial=True
            ).start()

    # ----- inside
    def _change(self, level: int, write: Callable[[Store, str], None]) -> None:
        store, routine = self._store, self._routine
        if routine is None:
            return
        self._chosen = level
        if store is not None and not store.read_only:
            rid = routine.id
            Task(self, lambda _ctx: write(store, rid), name="level", serial=True).start()
        self._fill()
        self._step_list.set_level(self.level)
        self.levelChanged.emit(self.level)

    def _fill(self) -> None:
        self.menu.clear()
        for action in self._group.actions():
            self._group.removeAction(action)
        routine, current = self._routine, self.level
        levels = self.levels
        self.menu.setEnabled(bool(levels))
        for level in levels:
            titles = [s.title for s in routine.steps if s.level == level] if routine else []
            action = self.menu.addAction(
                self.tr("Level &%1: %2").replace("%1", str(level)).replace("%2", ", ".join(titles))
            )
            action.setCheckable(True)
            action.setChecked(level == current)
            action.setData(level)
            action.triggered.connect(lambda _on=False, chosen=level: self.set_level(chosen))
            self._group.addAction(action)
        self._update_actions()

    def _update_actions(self) -> None:
        row = self._step_list.currentRow()
        routine = self._routine
        step = routine.steps[row] if routine is not None and 0 <= row < len(routine.steps) else None
        self.set_here.setEnabled(step is not None and step.level is not None)

    def _set_from_selection(self) -> None:
        row = self._step_list.currentRow()
        if self._routine is not None and 0 <= row < len(self._routine.steps):
            level = self._routine.steps[row].level
            if level is not None:
                self.set_level(level)
