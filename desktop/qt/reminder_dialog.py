"""The dialog that sets a routine's or playlist's reminder: days of the week and a time."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.reminders import DAY_NAMES, WEEKDAYS, Reminder
from desktop.qt.words import WORDS

#: What a new reminder starts as.
DEFAULT_TIME = time(8, 0)


class ReminderDialog(QDialog):
    """Accepted: `days()` and `time()` are the reminder; `removed` when the person removed it."""

    def __init__(self, title: str, current: Reminder | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderDialog")
        self.setWindowTitle(self.tr("Remind me: %1").replace("%1", title))
        self.removed = False
        days = current.days if current is not None else WEEKDAYS
        at = current.at if current is not None else DEFAULT_TIME
        self.day_boxes = [QCheckBox(WORDS.day_name(day), self) for day in range(len(DAY_NAMES))]
        row = QHBoxLayout()
        for n, box in enumerate(self.day_boxes):
            box.setChecked(n in days)
            box.toggled.connect(self._update)
            row.addWidget(box)
        self.time_edit = QTimeEdit(QTime(at.hour, at.minute), self)
        self.time_edit.setDisplayFormat("HH:mm")
        self.time_edit.setAccessibleName(self.tr("Time of the reminder"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.remove_button = None
        if current is not None:
            self.remove_button = self.buttons.addButton(
                self.tr("Remove reminder"), QDialogButtonBox.ButtonRole.DestructiveRole
            )
            self.remove_button.clicked.connect(self._remove)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.hint = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Remind me to play %1 on").replace("%1", f"<b>{_escape(title)}</b>"), self)
        )
        layout.addLayout(row)
        at_row = QHBoxLayout()
        at_label = QLabel(self.tr("&at", "remind me on these days at this time"), self)
        at_label.setBuddy(self.time_edit)
        at_row.addWidget(at_label)
        at_row.addWidget(self.time_edit)
        at_row.addStretch(1)
        layout.addLayout(at_row)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self._update()

    def days(self) -> frozenset[int]:
        return frozenset(n for n, box in enumerate(self.day_boxes) if box.isChecked())

    def time(self) -> time:
        chosen = self.time_edit.time()
        return time(chosen.hour(), chosen.minute())

    def _update(self) -> None:
        ok = bool(self.days())
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(ok)
        self.hint.setText("" if ok else self.tr("Choose at least one day."))

    def _remove(self) -> None:
        self.removed = True
        self.accept()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
