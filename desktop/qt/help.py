"""The Help menu's windows: the keyboard shortcuts (read from the window's own actions, so the list
cannot drift from what the keys do) and the short user guide shipped in resources/guide/."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True, slots=True)
class Shortcut:
    where: str  # "Window", or the dock whose keys these are
    what: str
    keys: tuple[QKeySequence, ...]

    def key_text(self) -> str:
        return ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in self.keys)


def plain_text(text: str) -> str:
    """An action's text as read: without the "&" of its mnemonic and the dots of "Open…"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").rstrip(".").strip()


def _where(window: QMainWindow, obj: QObject) -> str:
    from PySide6.QtWidgets import QDockWidget

    node: QObject | None = obj
    while node is not None and node is not window:
        if isinstance(node, QDockWidget):
            return plain_text(node.windowTitle())
        node = node.parent()
    return window_where()


def window_where() -> str:
    return QCoreApplication.translate("ShortcutsDialog", "Window", "keys that work anywhere in the window")


def window_shortcuts(window: QMainWindow) -> list[Shortcut]:
    """Every action and shortcut of the window and its docks that has a key, in reading order."""
    found: list[Shortcut] = []
    for action in window.findChildren(QAction):
        keys = tuple(k for k in action.shortcuts() if not k.isEmpty())
        if keys:
            found.append(Shortcut(_where(window, action), plain_text(action.text()), keys))
    for shortcut in window.findChildren(QShortcut):
        keys = tuple(k for k in shortcut.keys() if not k.isEmpty())  # noqa: SIM118 - a QShortcut
        if keys:
            what = (
                shortcut.whatsThis()
                or shortcut.objectName()
                or QCoreApplication.translate("ShortcutsDialog", "Shortcut")
            )
            found.append(Shortcut(_where(window, shortcut), what, keys))
    order = {window_where(): 0}
    return sorted(found, key=lambda s: (order.get(s.where, 1), s.where, s.what.casefold()))


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.shortcuts = window_shortcuts(window)
        self.table = QTableWidget(len(self.shortcuts), 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Where"), self.tr("What"), self.tr("Keys", "keyboard keys")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab goes on to Close; the arrows move in the table
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        for row, shortcut in enumerate(self.shortcuts):
            for column, text in enumerate((shortcut.where, shortcut.what, shortcut.key_text())):
                self.table.setItem(row, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(560, 520)

    def rows(self) -> list[tuple[str, str, str]]:
        def text(row: int, column: int) -> str:
            item = self.table.item(row, column)
            return item.text() if item is not None else ""

        return [(text(r, 0), text(r, 1), text(r, 2)) for r in range(self.table.rowCount())]


class GuideDialog(QDialog):
    """resources/guide/guide.md, shown as rich text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        from desktop.paths import resource

        super().__init__(parent)
        self.setWindowTitle(self.tr("Supple Guide"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setAccessibleName(self.tr("Supple Guide"))
        path = resource("guide", "guide.md")
        try:
            self.browser.setMarkdown(path.read_text(encoding="utf-8"))
        except OSError as e:
            self.browser.setPlainText(
                self.tr("The guide cannot be read: %1: %2")
                .replace("%1", str(path))
                .replace("%2", str(e.strerror or e))
            )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(640, 600)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
