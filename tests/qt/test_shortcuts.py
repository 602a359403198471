"""Single-key shortcuts can be turned off or remapped (WCAG 2.1.4), and Help shows the keys as set."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from desktop.qt.help import window_shortcuts
from desktop.qt.main_window import MainWindow
from desktop.qt.settings import OPTIONS
from desktop.qt.shortcuts import KeysDialog, decode, encode, is_single_key


@pytest.mark.parametrize(
    ("text", "single"),
    [("L", True), ("Space", True), ("Shift+I", True), ("[", True), (",", True), ("+", True),
     ("Ctrl+L", False), ("Alt+Up", False), ("F1", False), ("Left", False), ("Ctrl+Return", False)],
)  # fmt: skip
def test_what_counts_as_a_single_key(text: str, single: bool) -> None:
    assert is_single_key(QKeySequence(text)) is single


def test_changes_round_trip_through_preferences_text() -> None:
    changes = {"actionLoop": (QKeySequence("Ctrl+L"),), "actionMute": ()}
    assert decode(encode(changes)) == changes
    assert decode(("nonsense", "=Ctrl+K", "actionMirror=Ctrl+Shift+M")) == {
        "actionMirror": (QKeySequence("Ctrl+Shift+M"),)
    }


def keys(window: MainWindow) -> dict[str, str]:
    return {s.what: s.key_text() for s in window_shortcuts(window)}


def test_turning_single_keys_off_keeps_only_chords_and_help_says_so(qtbot, window, settings) -> None:
    assert window.ui.actionLoop.shortcut() == QKeySequence("L")
    settings.set(OPTIONS.single_keys, False)
    single = [
        a.objectName()
        for a in window.findChildren(type(window.ui.actionLoop))
        if any(is_single_key(k) for k in a.shortcuts())
    ]
    assert single == []
    assert window.ui.actionStartSession.shortcut() == QKeySequence("Ctrl+Return")  # chords stay
    assert window.ui.actionGuide.shortcut() == QKeySequence("F1")
    shown = keys(window)
    assert "Loop Clip" not in shown and shown["Start Session"]
    settings.set(OPTIONS.single_keys, True)
    assert window.ui.actionLoop.shortcut() == QKeySequence("L")


def test_a_remapped_key_works_the_old_one_does_not_and_it_is_kept(qtbot, window, settings) -> None:
    window.show()
    qtbot.waitExposed(window)
    dialog = KeysDialog(window.key_map, window)
    qtbot.addWidget(dialog)
    assert dialog.set_key("actionLoop", QKeySequence("Ctrl+L"))
    dialog.accept()
    assert window.ui.actionLoop.shortcut() == QKeySequence("Ctrl+L")
    assert keys(window)["Loop Clip"] == QKeySequence("Ctrl+L").toString(
        QKeySequence.SequenceFormat.NativeText
    )
    before = window.ui.actionLoop.isChecked()
    window.ui.videoPane.setFocus()
    qtbot.keyClick(window.ui.videoPane, Qt.Key.Key_L)
    assert window.ui.actionLoop.isChecked() == before  # L is free now
    qtbot.keyClick(window.ui.videoPane, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.actionLoop.isChecked() != before
    again = MainWindow(settings)  # the next start keeps it
    qtbot.addWidget(again)
    assert again.ui.actionLoop.shortcut() == QKeySequence("Ctrl+L")


def test_a_key_that_is_taken_is_refused_with_the_reason(qtbot, window, settings) -> None:
    dialog = KeysDialog(window.key_map, window)
    qtbot.addWidget(dialog)
    assert not dialog.set_key("actionLoop", QKeySequence("M"))
    assert "is already the key of Mute Clip" in dialog.problem.text()
    assert dialog.editors["actionLoop"].keySequence() == QKeySequence("L")
    # Freeing M first lets Loop take it, in the same dialog.
    assert dialog.set_key("actionMute", QKeySequence())
    assert dialog.set_key("actionLoop", QKeySequence("M"))
    dialog.accept()
    assert window.ui.actionLoop.shortcut() == QKeySequence("M") and window.ui.actionMute.shortcut().isEmpty()
    dialog = KeysDialog(window.key_map, window)
    qtbot.addWidget(dialog)
    dialog.reset_all()
    dialog.accept()
    assert window.ui.actionLoop.shortcut() == QKeySequence("L") and settings.get(OPTIONS.shortcut_keys) == ()
    QApplication.processEvents()
