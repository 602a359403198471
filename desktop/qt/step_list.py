"""The list of a routine's steps: title, work, sides, a thumbnail and a done/skipped mark."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from desktop.domain import Routine
from desktop.domain.ladder import in_session
from desktop.engine import StepStatus  # the list shows exactly what the session says
from desktop.qt.words import WORDS

THUMB = QSize(112, 63)
SMALL_THUMB = QSize(64, 36)  # in a narrow list, so the titles keep room


MARKS = {StepStatus.PENDING: "", StepStatus.CURRENT: "▶ ", StepStatus.DONE: "✓ ", StepStatus.SKIPPED: "⤼ "}


class StepList(QListWidget):
    #: A step was double-clicked or Enter was pressed on it (the window jumps or starts there).
    stepActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Steps"))
        self.setAccessibleDescription(self.tr("The routine's steps, in the order a session plays them"))
        self.itemActivated.connect(lambda item: self.stepActivated.emit(self.row(item)))
        self.setIconSize(THUMB)
        self.setSpacing(2)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._routine: Routine | None = None
        self._statuses: list[StepStatus] = []
        self._thumbs: dict[str, QIcon] = {}
        self._favourites: set[str] = set()
        self._favourites_only = False
        self._problems: dict[int, str] = {}
        #: The person's level on a ladder routine (None: not a ladder): steps above it are not played.
        self._level: int | None = None

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        size = THUMB if self.viewport().width() >= 3 * THUMB.width() else SMALL_THUMB
        if size != self.iconSize():
            self.setIconSize(size)

    def set_routine(self, routine: Routine | None) -> None:
        self.clear()
        self._routine = routine
        self._level = None
        self._statuses = []
        self._problems = {}
        self._thumbs = {}
        if routine is None:
            return
        for number, step in enumerate(routine.steps, start=1):
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, step.id)
            item.setIcon(self._thumbnail(routine, step.clip))
            item.setToolTip("\n".join(step.cues))
            self.addItem(item)
            self._statuses.append(StepStatus.PENDING)
            self._refresh(number - 1)

    def _thumbnail(self, routine: Routine, clip_id: str) -> QIcon:
        if clip_id not in self._thumbs:
            clip = routine.clips.get(clip_id)
            pixmap = QPixmap(THUMB)
            pixmap.fill(Qt.GlobalColor.darkGray)
            if clip is not None and clip.poster is not None and clip.poster.is_file():
                image = QImage(str(clip.poster))
                if not image.isNull():
                    pixmap = QPixmap.fromImage(
                        image.scaled(
                            THUMB,
                            Qt.AspectRatioMode.KeepAspectRatio,
                            Qt.TransformationMode.SmoothTransformation,
                        )
                    )
            self._thumbs[clip_id] = QIcon(pixmap)
        return self._thumbs[clip_id]

    def _refresh(self, row: int) -> None:
        if self._routine is None:
            return
        step = self._routine.steps[row]
        item = self.item(row)
        star = " ★" if step.id in self._favourites else ""
        broken = "⚠ " if row in self._problems else ""
        summary = WORDS.step_summary(step)
        above = not in_session(step, self._level)
        if step.level is not None:
            level = (self.tr("Level %1 (not today)") if above else self.tr("Level %1")).replace(
                "%1", str(step.level)
            )
            summary = f"{level} · {summary}"
        item.setText(f"{MARKS[self._statuses[row]]}{broken}{row + 1}. {step.title}{star}\n{summary}")
        item.setStatusTip(self.tr("Above my level: not in today's session") if above else "")
        item.setForeground(self.palette().placeholderText() if above else self.palette().text())
        self.setRowHidden(
            row, self._favourites_only and not star and self._statuses[row] != StepStatus.CURRENT
        )

    def set_problems(self, problems: dict[int, str]) -> None:
        """Mark the rows whose clip cannot be played, with what is wrong as their tooltip."""
        self._problems = dict(problems)
        for row in range(len(self._statuses)):
            item = self.item(row)
            cues = "\n".join(self._routine.steps[row].cues) if self._routine is not None else ""
            item.setToolTip(self._problems.get(row, cues))
            self._refresh(row)

    def set_status(self, row: int, status: StepStatus) -> None:
        if 0 <= row < len(self._statuses):
            self._statuses[row] = status
            self._refresh(row)
            if status == StepStatus.CURRENT:
                self.setCurrentRow(row)
                self.scrollToItem(self.item(row), QAbstractItemView.ScrollHint.EnsureVisible)

    def status(self, row: int) -> StepStatus:
        return self._statuses[row]

    def set_level(self, level: int | None) -> None:
        """Show the person's level: the steps above it are marked as not in today's session."""
        self._level = level
        for row in range(len(self._statuses)):
            self._refresh(row)

    @property
    def level(self) -> int | None:
        return self._level

    def set_favourites(self, step_ids: set[str]) -> None:
        self._favourites = set(step_ids)
        for row in range(len(self._statuses)):
            self._refresh(row)
        self._keep_current_shown()

    def set_favourites_only(self, on: bool) -> None:
        """Show only starred steps (the one a session plays stays visible)."""
        self._favourites_only = on
        for row in range(len(self._statuses)):
            self._refresh(row)
        self._keep_current_shown()

    def is_favourite(self, row: int) -> bool:
        return self.step_id(row) in self._favourites

    def _keep_current_shown(self) -> None:
        """The selection never rests on a hidden row: it moves to the next shown row (or the one
        before), or there is none."""
        row = self.currentRow()
        if row < 0 or not self.isRowHidden(row):
            return
        shown = [r for r in range(self.count()) if not self.isRowHidden(r)]
        after = [r for r in shown if r > row]
        self.setCurrentRow(after[0] if after else shown[-1] if shown else -1)

    def step_id(self, row: int) -> str | None:
        item = self.item(row)
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def reset_statuses(self) -> None:
        for row in range(len(self._statuses)):
            self._statuses[row] = StepStatus.PENDING
            self._refresh(row)
