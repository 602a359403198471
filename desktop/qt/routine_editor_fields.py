"""Small controls of the routine editor: a loop segment, a problem shown beside its field, and
where "Use this loop" takes the player's loop from."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from desktop.domain import Segment


class PlayerLoop(NamedTuple):
    """What the player loops now: its clip, and the part of it (None: the whole clip)."""

    clip: Path
    segment: Segment | None
    #: How the loop was marked, said when it is used ("frames 13–241, marked with I and O"); "" if not.
    marked: str = ""


#: Where "Use this loop" asks for the player's loop; the window points it at the player.
LoopSource = Callable[[], PlayerLoop | None]


def no_loop() -> PlayerLoop | None:
    return None


class ProblemLabel(QLabel):
    """A field's problems, in the words of `supple check`, under the field; hidden when there are none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setObjectName("fieldProblem")
        self.setStyleSheet("color: palette(link);")  # the theme's accent, legible in every theme
        self.hide()

    def show_problems(self, messages: list[str]) -> None:
        text = "\n".join(f"⚠ {m}" for m in messages)
        if text != self.text():
            self.setText(text)
        self.setVisible(bool(messages))


class SegmentEdit(QWidget):
    """A loop inside the clip: off (the whole clip), or start and end seconds; and "Use this loop".

    Signals:
    edited(object): [start, end], or None for the whole clip.
    useLoop(): take the player's loop.
    """

    edited = Signal(object)
    useLoop = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.on = QCheckBox(self.tr("Part"), self)
        self.on.setAccessibleName(self.tr("%1: loop only a part of the clip").replace("%1", name))
        self.start = _spin(self, self.tr("%1 start seconds").replace("%1", name))
        self.end = _spin(self, self.tr("%1 end seconds").replace("%1", name))
        self.use = QPushButton(self.tr("Use this loop"), self)
        self.use.setAccessibleName(self.tr("%1: use the player's loop").replace("%1", name))
        self.use.setToolTip(
            self.tr("Take the clip and the loop marked in the player with I and O (or the loop it plays now)")
        )
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.on, 0, 0)
        grid.addWidget(self.start, 0, 1)
        grid.addWidget(QLabel("–", self), 0, 2)
        grid.addWidget(self.end, 0, 3)
        grid.addWidget(self.use, 1, 1, 1, 3, Qt.AlignmentFlag.AlignLeft)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.on.toggled.connect(self._changed)
        self.start.valueChanged.connect(self._changed)
        self.end.valueChanged.connect(self._changed)
        self.use.clicked.connect(self.useLoop)

    def set_value(self, pair: object) -> None:
        on = isinstance(pair, list) and len(pair) == 2
        for widget in (self.on, self.start, self.end):
            widget.blockSignals(True)
        self.on.setChecked(on)
        if on:
            assert isinstance(pair, list)
            self.start.setValue(float(pair[0]) if isinstance(pair[0], int | float) else 0)
            self.end.setValue(float(pair[1]) if isinstance(pair[1], int | float) else 0)
        self.start.setEnabled(on)
        self.end.setEnabled(on)
        for widget in (self.on, self.start, self.end):
            widget.blockSignals(False)

    def value(self) -> list[float] | None:
        if not self.on.isChecked():
            return None
        return [round(self.start.value(), 3), round(self.end.value(), 3)]

    def _changed(self) -> None:
        if self.on.isChecked() and self.start.value() == 0 and self.end.value() == 0:
            self.end.blockSignals(True)
            self.end.setValue(1.0)  # a loop switched on starts as the clip's first second
            self.end.blockSignals(False)
        self.start.setEnabled(self.on.isChecked())
        self.end.setEnabled(self.on.isChecked())
        self.edited.emit(self.value())


def _spin(parent: QWidget, name: str) -> QDoubleSpinBox:
    spin = QDoubleSpinBox(parent)
    spin.setRange(0, 86400)
    spin.setDecimals(3)
    spin.setSingleStep(0.1)
    spin.setSuffix(QCoreApplication.translate("Units", " s", "seconds, after a number"))
    spin.setAccessibleName(name)
    spin.setKeyboardTracking(False)
    spin.setMinimumWidth(spin.fontMetrics().horizontalAdvance("0000.000 s") + 24)
    spin.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
    return spin


def seconds_spin(parent: QWidget, name: str, low: float, high: float, step: float = 1) -> QDoubleSpinBox:
    spin = QDoubleSpinBox(parent)
    spin.setRange(low, high)
    spin.setDecimals(1)
    spin.setSingleStep(step)
    spin.setSuffix(QCoreApplication.translate("Units", " s", "seconds, after a number"))
    spin.setAccessibleName(name)
    spin.setKeyboardTracking(False)
    return spin


def count_spin(parent: QWidget, name: str, low: int, high: int, none: str = "") -> QSpinBox:
    """A whole number; with `none`, the lowest value means "not set" and shows that text."""
    spin = QSpinBox(parent)
    spin.setRange(low, high)
    spin.setAccessibleName(name)
    spin.setKeyboardTracking(False)
    if none:
        spin.setSpecialValueText(none)
    return spin


class EditorKeys(QObject):
    """Undo and redo in a text field of the editor undo the routine's edits (every edit is on the
    editor's one stack), not the field's own typing, so the field must not take those keys."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        undo_or_redo = isinstance(event, QKeyEvent) and (
            event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo)
        )
        if event.type() == QEvent.Type.ShortcutOverride and undo_or_redo:
            event.ignore()
            return True
        return False


def tags_of(text: str) -> list[str]:
    return [t.strip() for t in text.split(",") if t.strip()]


def lines_of(edit: QPlainTextEdit) -> list[str]:
    return [line for line in edit.toPlainText().split("\n") if line.strip()]


def number_of(value: float) -> float | int:
    return int(value) if float(value).is_integer() else round(value, 3)


def set_text(edit: QLineEdit, text: object) -> None:
    text = text if isinstance(text, str) else ""
    if edit.text() != text:
        edit.setText(text)
        if not edit.hasFocus():
            edit.setCursorPosition(0)  # a long text shows its beginning


def set_plain(edit: QPlainTextEdit, text: object) -> None:
    text = text if isinstance(text, str) else ""
    if edit.toPlainText() != text:
        edit.setPlainText(text)


def choose_index(box: QComboBox, index: int) -> None:
    if box.currentIndex() != index:
        box.setCurrentIndex(index)


def set_number(spin: Any, value: float) -> None:
    spin.blockSignals(True)
    spin.setValue(value)
    spin.blockSignals(False)
