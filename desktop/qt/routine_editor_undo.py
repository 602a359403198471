"""What Undo and Redo say of an edit in the routine editor: the field as the form names it, never
its name in the file ("Change step 2's hold time", not "Change step 2's hold")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str, comment: str | None = None) -> str:
    return QCoreApplication.translate("RoutineEditorModel", text, comment)


def routine_edit_text(name: str) -> str:
    """The undo text of an edit of the routine's field `name`."""
    texts = {
        "title": _tr("Change the routine's title"),
        "summary": _tr("Change the summary"),
        "setup": _tr("Change the setup"),
        "credit": _tr("Change the credit"),
        "tags": _tr("Change the tags"),
    }
    return texts.get(name) or _tr("Change the routine")


def step_edit_text(index: int, name: str) -> str:
    """The undo text of an edit of the field `name` of the step at `index` (shown from 1)."""
    texts = {
        "title": _tr("Change step %1's title"),
        "cues": _tr("Change step %1's cues"),
        "speak": _tr("Change step %1's spoken line"),
        "segment": _tr("Change step %1's loop"),
        "side_segments": _tr("Change step %1's side loops", "exercise: sides of the body"),
        "sides": _tr("Change step %1's sides", "exercise: sides of the body"),
        "mirror_side": _tr("Change step %1's mirrored side", "exercise: side of the body"),
        "hold": _tr("Change step %1's hold time", "exercise: hold a position"),
        "reps": _tr("Change step %1's repetitions", "exercise: repetitions"),
        "rep_seconds": _tr("Change step %1's seconds per repetition", "exercise: repetitions"),
        "sets": _tr("Change step %1's sets", "exercise: rounds of the work"),
        "rest": _tr("Change step %1's rest time", "exercise: the pause after each set"),
        "prepare": _tr("Change step %1's get-ready time"),
        "level": _tr("Change step %1's ladder level"),
    }
    return (texts.get(name) or _tr("Change step %1")).replace("%1", str(index + 1))
