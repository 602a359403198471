"""Preferences' rows for the progression ladder: when Supple suggests another level."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QSpinBox, QWidget

from desktop.qt.settings import OPTIONS, Option, Settings


def add_ladder_rows(parent: QWidget, form: QFormLayout, settings: Settings) -> Callable[[], None]:
    """Add the rows to `form`; returns what saves them (on OK)."""
    boxes: dict[str, QSpinBox] = {}

    def box(option: Option[int], name: str, suffix: str = "") -> QSpinBox:
        spin = QSpinBox(parent)
        spin.setRange(int(option.minimum or 0), int(option.maximum or 10))
        spin.setValue(settings.get(option))
        spin.setSuffix(suffix)
        spin.setAccessibleName(name)
        boxes[option.key] = spin
        return spin

    form.addRow(
        QLabel(
            "<b>"
            + QCoreApplication.translate("SettingsDialog", "Ladder routines: suggest another level")
            + "</b>",
            parent,
        )
    )
    form.addRow(
        QCoreApplication.translate("SettingsDialog", "Move up after"),
        box(
            OPTIONS.ladder_sessions,
            QCoreApplication.translate(
                "SettingsDialog", "Easy sessions in a row before suggesting the next level"
            ),
            QCoreApplication.translate("SettingsDialog", " sessions", "after a number"),
        ),
    )
    form.addRow(
        QCoreApplication.translate("SettingsDialog", "…with pain at most"),
        box(
            OPTIONS.ladder_max_pain,
            QCoreApplication.translate("SettingsDialog", "Most pain of an easy session, 0 to 10"),
        ),
    )
    effort = QHBoxLayout()
    effort.addWidget(
        box(
            OPTIONS.ladder_min_effort,
            QCoreApplication.translate("SettingsDialog", "Least effort of an easy session, 0 to 10"),
        )
    )
    effort.addWidget(QLabel(QCoreApplication.translate("SettingsDialog", "to", "effort from 2 to 6"), parent))
    effort.addWidget(
        box(
            OPTIONS.ladder_max_effort,
            QCoreApplication.translate("SettingsDialog", "Most effort of an easy session, 0 to 10"),
        )
    )
    effort.addStretch(1)
    form.addRow(QCoreApplication.translate("SettingsDialog", "…and effort from"), effort)
    form.addRow(
        QCoreApplication.translate("SettingsDialog", "Ease back at pain"),
        box(
            OPTIONS.ladder_high_pain,
            QCoreApplication.translate("SettingsDialog", "Pain that suggests easing back, 1 to 10"),
        ),
    )

    def save() -> None:
        low, high = sorted(
            (boxes[OPTIONS.ladder_min_effort.key].value(), boxes[OPTIONS.ladder_max_effort.key].value())
        )
        settings.set(OPTIONS.ladder_sessions, boxes[OPTIONS.ladder_sessions.key].value())
        settings.set(OPTIONS.ladder_max_pain, boxes[OPTIONS.ladder_max_pain.key].value())
        settings.set(OPTIONS.ladder_min_effort, low)
        settings.set(OPTIONS.ladder_max_effort, high)
        settings.set(OPTIONS.ladder_high_pain, boxes[OPTIONS.ladder_high_pain.key].value())

    return save
