"""The form that edits one playlist item's changes to its step(s): work, sets, sides, rest, speed,
mirror, loop, rounds, and the rounds of the block the item is in."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from desktop.content.playlist import MAX_ROUNDS, MAX_SPEED, MIN_SPEED, Block
from desktop.domain import PlaylistItem, Segment, Side, Sides, Step, StepOverrides

_SIDES = [Sides.NONE, Sides.BOTH, Sides.LEFT, Sides.RIGHT]
_MIRRORS = [Side.LEFT, Side.RIGHT]
_WORK_OWN, _WORK_HOLD, _WORK_REPS = 0, 1, 2


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
        self.work_box.addItems(
            [self.tr("As the step"), self.tr("Hold", "exercise: hold a position"), self.tr("Repetitions")]
        )
        self.work_box.setAccessibleName(self.tr("Work"))
        # Never narrower than its longest choice (the dock may be narrow: the form scrolls instead).
        self.work_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.hold_spin = _seconds(self, 0.5, 3600, self.tr("Hold seconds", "exercise: hold a position"))
        self.reps_spin = _count(self, 1, 1000, self.tr("Repetitions"))
        self.pace_spin = _seconds(self, 0.1, 3600, self.tr("Seconds per repetition"))
        form.addRow(_label(self, self.tr("&Work"), self.work_box), self.work_box)
        form.addRow(
            _label(self, self.tr("&Hold", "exercise: hold a position"), self.hold_spin), self.hold_spin
        )
        form.addRow(_label(self, self.tr("Repe&titions"), self.reps_spin), self.reps_spin)
        form.addRow(_label(self, self.tr("Seconds &each"), self.pace_spin), self.pace_spin)
        self.sets_check, self.sets_spin = (
            QCheckBox(self.tr("&Sets", "exercise: rounds of the work"), self),
            _count(self, 1, 1000, self.tr("Sets", "exercise: rounds of the work")),
        )
        self.sides_check, self.sides_box = (
            QCheckBox(self.tr("Si&des", "exercise: sides of the body"), self),
            QComboBox(self),
        )
        self.sides_box.addItems(
            [self.tr("None"), self.tr("Left and right"), self.tr("Left only"), self.tr("Right only")]
        )
        self.sides_box.setAccessibleName(self.tr("Sides", "exercise: sides of the body"))
        self.rest_check, self.rest_spin = (
            QCheckBox(self.tr("&Rest", "exercise: the pause after each set"), self),
            _seconds(self, 0, 3600, self.tr("Rest seconds", "exercise: the pause after each set")),
        )
        self.speed_check, self.speed_spin = QCheckBox(self.tr("S&peed"), self), QDoubleSpinBox(self)
        self.speed_spin.setRange(MIN_SPEED, MAX_SPEED)
        self.speed_spin.setSingleStep(0.05)
        self.speed_spin.setSuffix(" ×")
        self.speed_spin.setAccessibleName(self.tr("Clip speed"))
        self.mirror_check, self.mirror_box = QCheckBox(self.tr("&Mirror"), self), QComboBox(self)
        self.mirror_box.addItems(
            [
                self.tr("Left side", "exercise: side of the body"),
                self.tr("Right side", "exercise: side of the body"),
            ]
        )
        self.mirror_box.setAccessibleName(
            self.tr("Mirrored side", "exercise: the side the clip shows mirrored")
        )
        self.segment_check = QCheckBox(self.tr("&Loop"), self)
        self.start_spin = _seconds(self, 0, 3600, self.tr("Loop start"))
        self.end_spin = _seconds(self, 0, 3600, self.tr("Loop end"))
        loop = QHBoxLayout()
        loop.addWidget(self.start_spin)
        loop.addWidget(QLabel(self.tr("to", "a loop from one time to another"), self))
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
        self.rounds_spin = _count(self, 1, MAX_ROUNDS, self.tr("Play this item this many times"))
        form.addRow(_label(self, self.tr("R&ounds"), self.rounds_spin), self.rounds_spin)
        self.block_label = QLabel(self.tr("&Block rounds"), self)
        self.block_spin = _count(self, 1, MAX_ROUNDS, self.tr("Play the block this many times"))
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
    spin.setSuffix(QCoreApplication.translate("Units", " s", "seconds, after a number"))
    spin.setAccessibleName(name)
    return spin


def _count(parent: QWidget, low: int, high: int, name: str) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setRange(low, high)
    spin.setAccessibleName(name)
    return spin
