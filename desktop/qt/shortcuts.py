"""The keys of the window's actions as the person set them: remapped, or single-key ones turned off.

Single-key shortcuts (a letter, digit, punctuation or Space, with no Ctrl, Alt or Meta) are handy
from the mat but get in the way of speech input and of people who press keys by accident; WCAG
2.1.4 asks that they can be turned off or remapped. The window's own keys (from the .ui form and
the code) are the defaults; Preferences keeps only the changes (`OPTIONS.shortcut_keys`) and
whether single keys are on (`OPTIONS.single_keys`). Help > Keyboard Shortcuts reads the actions, so
it shows the keys as they are.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QEvent, QKeyCombination, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QKeySequenceEdit,
    QLabel,
    QMainWindow,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.qt.help import plain_text
from desktop.qt.settings import OPTIONS, Settings

Keys = tuple[QKeySequence, ...]
_COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
)


def is_single_key(sequence: QKeySequence) -> bool:
    """A one-key shortcut that types a character (Shift allowed): "L", "Shift+I", "Space", "[".

    Function keys, arrows and Escape type nothing, and a chord with Ctrl, Alt or Meta is not one key.
    """
    if sequence.count() != 1:
        return False
    combination: QKeyCombination = getattr(sequence, "__getitem__")(0)  # noqa: B009 - untyped in the stubs
    if combination.keyboardModifiers() & _COMMAND_MODIFIERS:
        return False
    key = combination.key()
    return bool(
        key == Qt.Key.Key_Space or Qt.Key.Key_Exclam.value <= key.value <= Qt.Key.Key_AsciiTilde.value
    )


def actions_with_keys(window: QMainWindow) -> dict[str, QAction]:
    """The window's named actions that have a key, by object name."""
    return {
        action.objectName(): action
        for action in window.findChildren(QAction)
        if action.objectName() and any(not k.isEmpty() for k in action.shortcuts())
    }


def encode(changes: Mapping[str, Keys]) -> tuple[str, ...]:
    """Changes as kept in Preferences: "actionLoop=Ctrl+L" (portable text), "actionMute=" for none."""
    return tuple(
        f"{name}=" + "; ".join(k.toString(QKeySequence.SequenceFormat.PortableText) for k in keys)
        for name, keys in sorted(changes.items())
    )


def decode(entries: tuple[str, ...]) -> dict[str, Keys]:
    changes: dict[str, Keys] = {}
    for entry in entries:
        name, sep, text = entry.partition("=")
        if not sep or not name:
            continue  # an entry edited by hand into nonsense is ignored, not fatal
        keys = tuple(QKeySequence.fromString(part.strip()) for part in text.split(";") if part.strip())
        changes[name] = tuple(k for k in keys if not k.isEmpty())
    return changes


class KeyMap:
    """Applies the person's keys to a window's actions, and keeps the defaults to go back to."""

    def __init__(self, window: QMainWindow, settings: Settings) -> None:
        self.window = window
        self.settings = settings
        self.defaults: dict[str, Keys] = {
            name: tuple(action.shortcuts()) for name, action in actions_with_keys(window).items()
        }
        settings.changed.connect(self._setting_changed)
        self.apply()

    def changes(self) -> dict[str, Keys]:
        return {
            n: k for n, k in decode(self.settings.get(OPTIONS.shortcut_keys)).items() if n in self.defaults
        }

    def keys_for(self, name: str) -> Keys:
        """The keys an action has now: remapped, or its own; single keys dropped when they are off."""
        keys = self.changes().get(name, self.defaults[name])
        if not self.settings.get(OPTIONS.single_keys):
            keys = tuple(k for k in keys if not is_single_key(k))
        return keys

    def apply(self) -> None:
        actions = {a.objectName(): a for a in self.window.findChildren(QAction) if a.objectName()}
        for name in self.defaults:
            action = actions.get(name)
            if action is not None:
                action.setShortcuts(list(self.keys_for(name)))

    def _setting_changed(self, key: str) -> None:
        if key in (OPTIONS.shortcut_keys.key, OPTIONS.single_keys.key):
            self.apply()

    def clash(self, name: str, keys: Keys, changes: Mapping[str, Keys]) -> str | None:
        """What (as read) would already have one of `keys` if `name` got them, with `changes`."""
        wanted = {k.toString() for k in keys}
        actions = {a.objectName(): a for a in self.window.findChildren(QAction) if a.objectName()}
        for other, action in actions.items():
            if other == name:
                continue
            theirs = changes.get(other, self.defaults.get(other, tuple(action.shortcuts())))
            if wanted & {k.toString() for k in theirs}:
                return plain_text(action.text())
        for shortcut in self.window.findChildren(QShortcut):
            if wanted & {k.toString() for k in shortcut.keys()}:  # noqa: SIM118 - a QShortcut
                return (
                    shortcut.whatsThis()
                    or shortcut.objectName()
                    or QCoreApplication.translate("KeysDialog", "another shortcut")
                )
        return None


#: Keys that leave a key's box instead of being recorded as its key.
_LEAVE_KEYS = [
    QKeyCombination(Qt.Key.Key_Tab),
    QKeyCombination(Qt.Key.Key_Backtab),
    QKeyCombination(Qt.KeyboardModifier.ShiftModifier, Qt.Key.Key_Backtab),
]


class KeysDialog(QDialog):
    """Change the key of any action that has one; Reset gives it back its own."""

    def __init__(self, key_map: KeyMap, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change Keys"))
        self.key_map = key_map
        self._changes = key_map.changes()
        actions = {
            a.objectName(): a
            for a in key_map.window.findChildren(QAction)
            if a.objectName() in key_map.defaults
        }
        self.names = sorted(key_map.defaults, key=lambda n: plain_text(actions[n].text()).casefold())
        self.table = QTableWidget(len(self.names), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("What"), self.tr("Keys", "keyboard keys")])
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)  # Tab goes from one key's box to the next
        self.table.setVerticalScrollMode(QTableWidget.ScrollMode.ScrollPerPixel)
        self.table.setAccessibleName(self.tr("Actions and their keys"))
        self.editors: dict[str, QKeySequenceEdit] = {}
        for row, name in enumerate(self.names):
            what = plain_text(actions[name].text())
            item = QTableWidgetItem(what)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, 0, item)
            keys = self._changes.get(name, key_map.defaults[name])
            editor = QKeySequenceEdit(keys[0] if keys else QKeySequence(), self.table)
            editor.setClearButtonEnabled(True)
            editor.setAccessibleName(self.tr("Key for %1").replace("%1", what))
            editor.setToolTip(self.tr("Press the new key; Backspace turns it off"))
            editor.setFinishingKeyCombinations(_LEAVE_KEYS)
            editor.installEventFilter(self)
            cell = QTableWidgetItem()  # under the editor; a screen reader reads the cell as its key
            cell.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr("Key for %1").replace("%1", what))
            cell.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, 1, cell)
            editor.editingFinished.connect(lambda n=name: self._edited(n))
            self.editors[name] = editor
            self.table.setCellWidget(row, 1, editor)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.problem = QLabel("", self)
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("Problem"))
        reset = QPushButton(self.tr("Reset All"), self)
        reset.clicked.connect(self.reset_all)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.addButton(reset, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(520, 560)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A key's box records every key pressed in it, Esc and Backspace too: here Esc closes the
        dialog as Cancel does and Backspace turns the key off (Tab moves on, `_LEAVE_KEYS`), so the
        keyboard alone can leave a box, clear it, and the dialog."""
        name = next((n for n, e in self.editors.items() if e is watched), None)
        if name is None:
            return False
        if event.type() == QEvent.Type.FocusIn:
            self.table.scrollTo(self.table.model().index(self.names.index(name), 1))
        elif isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            plain = event.modifiers() == Qt.KeyboardModifier.NoModifier
            if plain and event.key() == Qt.Key.Key_Escape:
                self.reject()
                return True
            if plain and event.key() == Qt.Key.Key_Backspace:
                self.set_key(name, QKeySequence())
                return True
        return False

    def set_key(self, name: str, key: QKeySequence) -> bool:
        """Give `name` this key (an empty one turns it off); False, with the reason shown, on a clash."""
        keys: Keys = () if key.isEmpty() else (key,)
        taken = self.key_map.clash(name, keys, self._changes)
        if taken is not None:
            self.problem.setText(
                self.tr("%1 is already the key of %2.")
                .replace("%1", key.toString(QKeySequence.SequenceFormat.NativeText))
                .replace("%2", taken)
            )
            current = self._changes.get(name, self.key_map.defaults[name])
            self.editors[name].setKeySequence(current[0] if current else QKeySequence())
            return False
        self.problem.setText("")
        if keys == self.key_map.defaults[name][:1] and len(self.key_map.defaults[name]) <= 1:
            self._changes.pop(name, None)
        else:
            self._changes[name] = keys
        self.editors[name].setKeySequence(key)
        return True

    def _edited(self, name: str) -> None:
        self.set_key(name, self.editors[name].keySequence())

    def reset_all(self) -> None:
        self._changes.clear()
        self.problem.setText("")
        for name, editor in self.editors.items():
            keys = self.key_map.defaults[name]
            editor.setKeySequence(keys[0] if keys else QKeySequence())

    def accept(self) -> None:
        self.key_map.settings.set(OPTIONS.shortcut_keys, encode(self._changes))
        super().accept()
