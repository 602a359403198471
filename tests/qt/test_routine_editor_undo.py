"""Undo and Redo in the routine editor name the field edited as the form does, never by its name in
the routine file."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication
from pytestqt.qtbot import QtBot

from desktop.qt.routine_editor import RoutineEditor


def _type(qtbot: QtBot, widget, text: str) -> None:
    widget.setFocus()
    if isinstance(widget, QAbstractSpinBox):
        widget.selectAll()
        qtbot.keyClicks(widget, text)
        qtbot.keyClick(widget, Qt.Key.Key_Return)
    else:
        qtbot.keyClicks(widget, text)


def _choose(qtbot: QtBot, box, index: int) -> None:
    box.setFocus()
    while box.currentIndex() < index:
        qtbot.keyClick(box, Qt.Key.Key_Down)


#: Each editable field, how the keyboard edits it, and what Undo then says.
EDITS: dict[str, tuple[Callable[[QtBot, RoutineEditor], None], str]] = {
    "title": (lambda q, e: _type(q, e.title_edit, " again"), "Change the routine's title"),
    "summary": (lambda q, e: _type(q, e.summary_edit, "Loosens the back"), "Change the summary"),
    "setup": (lambda q, e: _type(q, e.setup_edit, "A mat"), "Change the setup"),
    "credit": (lambda q, e: _type(q, e.credit_edit, "A physio"), "Change the credit"),
    "tags": (lambda q, e: _type(q, e.tags_edit, "back"), "Change the tags"),
    "step title": (lambda q, e: _type(q, e.step_title, " slowly"), "Change step 1's title"),
    "cues": (lambda q, e: _type(q, e.cues_edit, "Breathe out"), "Change step 1's cues"),
    "speak": (lambda q, e: _type(q, e.speak_edit, "Go"), "Change step 1's spoken line"),
    "loop": (lambda q, e: q.keyClick(e.segment_edit.on, Qt.Key.Key_Space), "Change step 1's loop"),
    "sides": (lambda q, e: _choose(q, e.sides_box, 1), "Change step 1's sides"),
    "left loop": (
        lambda q, e: (_choose(q, e.sides_box, 1), q.keyClick(e.left_edit.on, Qt.Key.Key_Space)),
        "Change step 1's side loops",
    ),
    "mirror": (lambda q, e: _choose(q, e.mirror_box, 1), "Change step 1's mirrored side"),
    "hold": (lambda q, e: _type(q, e.hold_spin, "45"), "Change step 1's hold time"),
    "reps": (
        lambda q, e: (_choose(q, e.work_box, 1), _type(q, e.reps_spin, "12")),
        "Change step 1's repetitions",
    ),
    "pace": (
        lambda q, e: (_choose(q, e.work_box, 1), _type(q, e.pace_spin, "4")),
        "Change step 1's seconds per repetition",
    ),
    "sets": (lambda q, e: _type(q, e.sets_spin, "3"), "Change step 1's sets"),
    "rest": (lambda q, e: _type(q, e.rest_spin, "20"), "Change step 1's rest time"),
    "prepare": (lambda q, e: _type(q, e.prepare_spin, "8"), "Change step 1's get-ready time"),
    "level": (lambda q, e: _type(q, e.level_spin, "2"), "Change step 1's ladder level"),
}


@pytest.mark.parametrize("field", list(EDITS))
def test_undo_names_each_field_as_the_form_does(qtbot: QtBot, field: str) -> None:
    editor = RoutineEditor()
    qtbot.addWidget(editor)
    editor.show()
    editor.add_step()
    QApplication.processEvents()
    before = editor.model.undo_stack.index()
    edit, said = EDITS[field]

    edit(qtbot, editor)

    stack = editor.model.undo_stack
    assert stack.index() > before, "the edit was not made"
    undo = stack.createUndoAction(editor)
    assert undo.text() == f"Undo {said}"
    assert "_" not in undo.text()
    stack.undo()
    redo = stack.createRedoAction(editor)
    assert redo.text() == f"Redo {said}"
