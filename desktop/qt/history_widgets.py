"""Small widgets and helpers of the history view (desktop/qt/history_view.py)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QDateEdit, QHeaderView, QLabel, QSpinBox, QWidget

#: "Any date" in the date filters: the earliest date they go to.
ANY_DATE = QDate(2000, 1, 1)


def fit_columns(header: QHeaderView, samples: tuple[str, ...]) -> None:
    """Fixed widths that fit each sample (or its heading); the column with an empty sample stretches."""
    metrics = header.fontMetrics()
    model = header.model()
    header.setMinimumSectionSize(24)
    header.setStretchLastSection(False)
    for column, sample in enumerate(samples):
        if not sample:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            continue
        title = str(model.headerData(column, Qt.Orientation.Horizontal)) if model is not None else ""
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, max(metrics.horizontalAdvance(t) for t in (sample, title)) + 18)


class _DayEdit(QDateEdit):
    """A date filter whose Tab leaves it while it says "any day" (Qt's date box keeps Tab then: it
    looks for a next section in the special text and finds none, so the keyboard could not leave)."""

    def focusNextPrevChild(self, next: bool) -> bool:
        if self.specialValueText() and self.date() == self.minimumDate():
            return QWidget.focusNextPrevChild(self, next)
        return super().focusNextPrevChild(next)


def date_edit(parent: QWidget, name: str) -> QDateEdit:
    edit = _DayEdit(parent)
    edit.setCalendarPopup(True)
    edit.setMinimumDate(ANY_DATE)
    edit.setSpecialValueText(QCoreApplication.translate("HistoryView", "any day"))
    edit.setDate(ANY_DATE)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setAccessibleName(name)
    return edit


def chosen_day(edit: QDateEdit) -> date | None:
    qdate = edit.date()
    return None if qdate == ANY_DATE else date(qdate.year(), qdate.month(), qdate.day())


def scale_box(parent: QWidget, tip: str) -> QSpinBox:
    box = QSpinBox(parent)
    box.setRange(-1, 10)
    box.setSpecialValueText("–")
    box.setToolTip(tip + "; " + QCoreApplication.translate("HistoryView", "– means not said"))
    box.setAccessibleName(tip)
    return box


def heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(f"<b>{text}</b>", parent)
    return label


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
