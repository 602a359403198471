"""Every dialog works from the keyboard alone: each control it shows has a name and Tab reaches it,
in reading order (top to bottom, left to right) and round again; Shift+Tab goes back the same way;
the focus shows; Esc dismisses the dialog and Return accepts it where it has something to accept.

The History's session details, the session summary, the Library, the playlist builder and the
routine editor are walked in test_accessibility.py, test_session_summary.py and test_routine_editor.py."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.qt.main_window import MainWindow
from tests.qt.keyboard import (
    back_tab_walk,
    focus_not_shown,
    focused,
    label,
    out_of_reading_order,
    press,
    reading_first,
    tab_controls,
    tab_walk,
    unreachable_controls,
)
from tests.qt.test_accessibility import unnamed_controls


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[None]:
    """Supple's own look (its style sheet draws the focus), as the app starts with it."""
    from desktop.qt.theme import apply_theme

    palette, sheet = qapp.palette(), qapp.styleSheet()
    apply_theme(qapp)
    yield
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)


def settings_dialog(window: MainWindow) -> QDialog:
    window.ui.actionSettings.trigger()
    return window.settings_dialog


def keys_dialog(window: MainWindow) -> QDialog:
    from desktop.qt.shortcuts import KeysDialog

    return KeysDialog(window.key_map, window)


def shortcuts_dialog(window: MainWindow) -> QDialog:
    window.show_shortcuts()
    return window.shortcuts_dialog


def guide_dialog(window: MainWindow) -> QDialog:
    window.show_guide()
    return window.guide_dialog


def new_reminder_dialog(window: MainWindow) -> QDialog:
    from desktop.qt.reminder_dialog import ReminderDialog

    return ReminderDialog("Scorpion Stretch", None, window)


def set_reminder_dialog(window: MainWindow) -> QDialog:
    from datetime import time

    from desktop.domain.reminders import WEEKDAYS, Reminder, TargetKind
    from desktop.qt.reminder_dialog import ReminderDialog

    reminder = Reminder(TargetKind.ROUTINE, "scorpion-stretch", WEEKDAYS, time(7, 30))
    return ReminderDialog("Scorpion Stretch", reminder, window)


def remote_dialog(window: MainWindow) -> QDialog:
    window.findChild(type(window.ui.actionAbout), "actionRemoteControl").trigger()
    from desktop.qt.remote_control import RemoteDialog

    (dialog,) = window.findChildren(RemoteDialog)
    return dialog


def message_box(window: MainWindow) -> QDialog:
    from desktop.qt.dialogs import show_message

    return show_message(
        window,
        QMessageBox.Icon.Warning,
        "Cannot open routine",
        "Supple cannot open x.supple.json.",
        name="badFileBox",
        informative="steps[2].hold: must be more than 0",
        details="steps[2].hold: must be more than 0",
    )


def outside_clips_box(window: MainWindow) -> QDialog:
    from desktop.qt.library_transfer import outside_clips_box

    return outside_clips_box(window, Path("/home/a/x.supple.json"), [Path("/home/a/clips/c.mp4")])


#: Each dialog, and whether Return accepts it (dialogs with only Close have nothing to accept).
DIALOGS: dict[str, tuple[Callable[[MainWindow], QDialog], bool]] = {
    "Preferences": (settings_dialog, True),
    "Change Keys": (keys_dialog, True),
    "Keyboard Shortcuts": (shortcuts_dialog, False),
    "Guide": (guide_dialog, False),
    "new reminder": (new_reminder_dialog, True),
    "reminder set": (set_reminder_dialog, True),
    "Remote Control": (remote_dialog, False),
    "a message": (message_box, True),
    "clips outside the folder": (outside_clips_box, False),
}


def opened(qtbot: QtBot, window: MainWindow, make: Callable[[MainWindow], QDialog]) -> QDialog:
    dialog = make(window)
    if not dialog.isVisible():
        dialog.open()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


@pytest.fixture(autouse=True)
def no_dialog_left(qapp: QApplication) -> Iterator[None]:
    """Each test closes the dialogs it opened: a modal one left over would take the next test's keys."""
    yield
    for widget in qapp.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()
    QApplication.processEvents()


@pytest.mark.parametrize("name", list(DIALOGS))
def test_each_dialog_is_walked_by_tab_in_reading_order_with_names_and_a_visible_focus(
    qtbot: QtBot, window: MainWindow, themed: None, name: str
) -> None:
    dialog = opened(qtbot, window, DIALOGS[name][0])
    assert unnamed_controls(dialog, at_least=3) == []
    assert unreachable_controls(dialog) == []
    controls = tab_controls(dialog)
    first = reading_first(controls, dialog)

    walk = tab_walk(dialog, first)

    assert set(walk) == set(controls), [label(w) for w in set(controls) - set(walk)]
    assert out_of_reading_order(walk, first) == []
    assert back_tab_walk(dialog, first) == [first, *reversed(walk[1:])]
    hidden = focus_not_shown(walk)
    assert hidden == [], "\n".join(hidden)


@pytest.mark.parametrize("name", list(DIALOGS))
def test_each_dialog_is_dismissed_with_esc_from_any_control(
    qtbot: QtBot, window: MainWindow, name: str
) -> None:
    make = DIALOGS[name][0]
    for n in range(len(tab_controls(opened(qtbot, window, make)))):
        dialog = opened(qtbot, window, make)
        control = tab_controls(dialog)[n]
        control.setFocus(Qt.FocusReason.TabFocusReason)
        QApplication.processEvents()
        ended: list[int] = []
        dialog.finished.connect(ended.append)
        box = isinstance(dialog, QMessageBox)

        press(dialog, Qt.Key.Key_Escape)

        assert ended, f"Esc in {label(control)} left the dialog open"
        # A message box ends with its escape button's code (No, or the one OK), a dialog with Rejected.
        assert box or ended == [QDialog.DialogCode.Rejected.value]


@pytest.mark.parametrize("name", [n for n, (_, accepts) in DIALOGS.items() if accepts])
def test_return_accepts_each_dialog_that_has_something_to_accept(
    qtbot: QtBot, window: MainWindow, name: str
) -> None:
    dialog = opened(qtbot, window, DIALOGS[name][0])
    controls = tab_controls(dialog)
    first = reading_first(controls, dialog)
    first.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    if isinstance(dialog, QMessageBox) or name == "Change Keys":
        # A key's box takes Return as a key, and Return on a focused button presses that button:
        # OK is a few Tabs away, and Return presses it there.
        for _ in controls:
            if _is_ok(focused(dialog)):
                break
            press(dialog, Qt.Key.Key_Tab)

    ended: list[int] = []
    dialog.finished.connect(ended.append)

    press(dialog, Qt.Key.Key_Return)

    accepted = QMessageBox.StandardButton.Ok.value if isinstance(dialog, QMessageBox) else 1
    assert ended == [accepted]


def _is_ok(widget: QWidget | None) -> bool:
    from PySide6.QtWidgets import QPushButton

    return isinstance(widget, QPushButton) and widget.text().replace("&", "") in ("OK", "Save")


def when_a_box_shows(name: str, look: Callable[[QMessageBox], None]) -> None:
    """Once the modal message box `name` (its object name or title) shows (its exec() blocks the
    test), `look` at it, then press Esc there; the box is closed whatever `look` finds, so that a
    failure cannot leave the test waiting."""

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or name not in (box.objectName(), box.windowTitle()):
            QTimer.singleShot(10, poll)
            return
        try:
            look(box)
        finally:
            press(box, Qt.Key.Key_Escape)
            if box.isVisible():
                box.reject()

    QTimer.singleShot(0, poll)


def test_the_about_box_is_read_and_closed_from_the_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    seen: list[str] = []

    def look(box: QMessageBox) -> None:
        seen.extend(unnamed_controls(box, at_least=3))
        seen.append(box.windowTitle())

    when_a_box_shows("About Supple", look)
    window.ui.actionAbout.trigger()
    assert seen == ["About Supple"]


def test_in_change_keys_tab_leaves_a_key_backspace_turns_it_off_and_ok_keeps_that(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = opened(qtbot, window, keys_dialog)
    name = "actionMute"
    editor = dialog.editors[name]
    before = editor.keySequence()
    assert not before.isEmpty()
    editor.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()

    press(dialog, Qt.Key.Key_Tab)
    assert focused(dialog) is not editor and editor.keySequence() == before  # Tab is not its key

    editor.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    press(dialog, Qt.Key.Key_Backspace)
    assert editor.keySequence().isEmpty() and dialog.isVisible()
    dialog.accept()
    assert window.findChild(type(window.ui.actionAbout), name).shortcuts() == []


def test_the_reminder_time_is_reached_by_its_label_s_key(qtbot: QtBot, window: MainWindow) -> None:
    dialog = opened(qtbot, window, new_reminder_dialog)
    dialog.day_boxes[0].setFocus()

    press(dialog, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)

    assert focused(dialog) is dialog.time_edit


def test_the_unsaved_routine_box_is_named_and_esc_keeps_the_routine(qtbot: QtBot, window: MainWindow) -> None:
    window.new_routine_action.trigger()
    window.routine_editor.add_step()
    seen: list[object] = []

    def look(box: QMessageBox) -> None:
        seen.extend(unnamed_controls(box, at_least=3))
        seen.append(box.objectName())

    when_a_box_shows("unsavedRoutineBox", look)
    seen.append(window.ask_unsaved_routine())
    assert seen == ["unsavedRoutineBox", "cancel"]
    window.routine_editor.model.undo_stack.setClean()
