"""What Undo and Redo say of an edit in the routine editor: the field as the form names it, never
its name in the file ("Change step 2's hold time", not "Change step 2's hold"). Each text is in a
translate() call of its own, for lupdate to find."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def routine_edit_text(name: str) -> str:
    """The undo text of an edit of the routine's field `name`."""
    texts = {
        "title": QCoreApplication.translate("RoutineEditorModel", "Change the routine's title"),
        "summary": QCoreApplication.translate("RoutineEditorModel", "Change the summary"),
        "setup": QCoreApplication.translate("RoutineEditorModel", "Change the setup"),
        "credit": QCoreApplication.translate("RoutineEditorModel", "Change the credit"),
        "tags": QCoreApplication.translate("RoutineEditorModel", "Change the tags"),
    }
    return texts.get(name) or QCoreApplication.translate("RoutineEditorModel", "Change the routine")


def step_edit_text(index: int, name: str) -> str:
    """The undo text of an edit of the field `name` of the step at `index` (shown from 1)."""
    texts = {
        "title": QCoreApplication.translate("RoutineEditorModel", "Change step %1's title"),
        "cues": QCoreApplication.translate("RoutineEditorModel", "Change step %1's cues"),
        "speak": QCoreApplication.translate("RoutineEditorModel", "Change step %1's spoken line"),
        "segment": QCoreApplication.translate("RoutineEditorModel", "Change step %1's loop"),
        "side_segments": QCoreApplication.translate(
            "RoutineEditorModel", "Change step %1's side loops", "exercise: sides of the body"
        ),
        "sides": QCoreApplication.translate(
            "RoutineEditorModel", "Change step %1's sides", "exercise: sides of the body"
        ),
        "mirror_side": QCoreApplication.translate(
            "RoutineEditorModel", "Change step %1's mirrored side", "exercise: side of the body"
        ),
        "hold": QCoreApplication.translate(
            "RoutineEditorModel", "Change step %1's hold time", "exercise: hold a position"
        ),
        "reps": QCoreApplication.translate(
            "RoutineEditorModel", "Change step %1's repetitions", "exercise: repetitions"
        ),
        "rep_seconds": QCoreApplication.translate(
            "RoutineEditorModel", "Change step %1's seconds per repetition", "exercise: repetitions"
        ),
        "sets": QCoreApplication.translate(
            "RoutineEditorModel", "Change step %1's sets", "exercise: rounds of the work"
        ),
        "rest": QCoreApplication.translate(
            "RoutineEditorModel", "Change step %1's rest time", "exercise: the pause after each set"
        ),
        "prepare": QCoreApplication.translate("RoutineEditorModel", "Change step %1's get-ready time"),
        "level": QCoreApplication.translate("RoutineEditorModel", "Change step %1's ladder level"),
    }
    return (texts.get(name) or QCoreApplication.translate("RoutineEditorModel", "Change step %1")).replace(
        "%1", str(index + 1)
    )
