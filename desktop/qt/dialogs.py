"""Message boxes that belong to the window: shown without blocking, deleted when closed.

Each box is a child of the window (so nothing else has to keep it alive) with an object name that
says what it is (tests and accessibility tools find it by that name).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

#: Lines of detail shown before "…"; all of them are in the box's details.
SHOWN_LINES = 12


def show_message(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    *,
    name: str,
    informative: str = "",
    details: str = "",
) -> QMessageBox:
    box = QMessageBox(icon, title, text, parent=parent)
    box.setObjectName(name)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if informative:
        lines = informative.splitlines()
        box.setInformativeText("\n".join(lines[:SHOWN_LINES]) + ("\n…" if len(lines) > SHOWN_LINES else ""))
    if details:
        box.setDetailedText(details)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    if parent is not None:
        box.setWindowModality(Qt.WindowModality.WindowModal)
    box.open()
    return box
