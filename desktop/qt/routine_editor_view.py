"""The routine editor's step fields, filled from the document's step (routine_editor.py)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from desktop.qt.routine_editor_fields import choose_index, lines_of, set_number, set_plain, set_text

if TYPE_CHECKING:
    from desktop.qt.routine_editor import RoutineEditor

# The choices of the Sides and Mirror boxes, in their order (not "#:", which lupdate reads as a note
# to translators).
SIDES = ["none", "both", "left", "right"]
MIRRORS = ["", "left", "right"]


def show_step(editor: RoutineEditor, step: dict[str, Any], clip: dict[str, Any]) -> None:
    """Show `step` (and its `clip`) in the editor's step fields, and only the rows it uses."""
    set_text(editor.step_title, step.get("title", ""))
    if lines_of(editor.cues_edit) != step.get("cues", []):
        set_plain(editor.cues_edit, "\n".join(step.get("cues", [])))
    set_text(editor.speak_edit, step.get("speak", ""))
    file = clip.get("file")
    editor.clip_label.setText(
        Path(file).name
        if file
        else QCoreApplication.translate("RoutineEditor", "No clip: choose one, or use the player's loop")
    )
    editor.clip_label.setToolTip(str(file or ""))
    poster = clip.get("poster")
    editor.poster_label.setText(
        Path(poster).name if poster else QCoreApplication.translate("RoutineEditor", "No poster")
    )
    editor.segment_edit.set_value(step.get("segment"))
    sides = step.get("side_segments", {})
    editor.left_edit.set_value(sides.get("left") if isinstance(sides, dict) else None)
    editor.right_edit.set_value(sides.get("right") if isinstance(sides, dict) else None)
    choose_index(editor.sides_box, SIDES.index(step["sides"]) if step.get("sides") in SIDES else 0)
    mirror = step.get("mirror_side", "")
    choose_index(editor.mirror_box, MIRRORS.index(mirror) if mirror in MIRRORS else 0)
    reps = "reps" in step and "hold" not in step
    choose_index(editor.work_box, 1 if reps else 0)
    worked = step.get("sides", "none")
    for name, shown in (
        ("hold", not reps),
        ("reps", reps),
        ("side_segments", worked in ("both", "left")),
        ("right_loop", worked in ("both", "right")),
    ):
        editor.form.setRowVisible(editor.rows[name], shown)
    editor.hold_spin.setEnabled(not reps)
    editor.reps_spin.setEnabled(reps)
    editor.pace_spin.setEnabled(reps)
    for spin, name, default in (
        (editor.hold_spin, "hold", 30),
        (editor.reps_spin, "reps", 10),
        (editor.pace_spin, "rep_seconds", 3),
        (editor.sets_spin, "sets", 1),
        (editor.rest_spin, "rest", 0),
        (editor.prepare_spin, "prepare", 5),
        (editor.level_spin, "level", 0),
    ):
        value = step.get(name, default)
        set_number(spin, value if isinstance(value, int | float) else default)


def loop_taken(side: str | None, index: int, what: str, clip_name: str) -> str:
    """What "Use this loop" did: which side or step now loops `what` of the clip."""
    if side == "left":
        text = QCoreApplication.translate(
            "RoutineEditor", "The left side loops %1 of %2.", "exercise: side of the body"
        )
    elif side == "right":
        text = QCoreApplication.translate(
            "RoutineEditor", "The right side loops %1 of %2.", "exercise: side of the body"
        )
    else:
        text = QCoreApplication.translate("RoutineEditor", "Step %3 loops %1 of %2.").replace(
            "%3", str(index + 1)
        )
    return text.replace("%1", what).replace("%2", clip_name)
