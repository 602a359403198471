"""The routine editor's document: a routine file's JSON, edited in memory, with undo and live checks.

The document is the routine as its file would say it (desktop/content/routine.py), with the clips
named by absolute paths until it is saved. Every edit replaces the whole document with a changed
copy through one QUndoCommand (typing in one field merges into one command), so undo and redo
cover every edit alike. The checks are `supple check`'s own (`document_findings`), run on the
document after each edit; each finding's JSON path says which field it belongs beside.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop.content.problems import Finding, JsonPath, format_path
from desktop.content.routine import decode_routine, document_findings, encode_routine
from desktop.content.schema import FORMAT_1, FORMAT_2
from desktop.domain import Routine
from desktop.qt.messages import say
from desktop.qt.routine_editor_undo import routine_edit_text, step_edit_text

Document = dict[str, Any]
#: Where a problem is shown: ("routine", field) or ("step", index, field).
FieldKey = tuple[Any, ...]

NEW_ROUTINE_ID = "new-routine"
#: The routine-level fields the editor has a place for, in the order the form shows them.
ROUTINE_FIELDS = ("title", "summary", "setup", "credit", "tags")
_MERGE_ID = 1601


def new_document(title: str = "") -> Document:
    title = title or QCoreApplication.translate("RoutineEditor", "New routine")
    return {"format": FORMAT_1, "id": NEW_ROUTINE_ID, "title": title, "clips": {}, "steps": []}


def document_of(routine: Routine) -> Document:
    """A routine as an editable document, its clip and poster paths absolute."""
    import dataclasses

    doc: Document = json.loads(encode_routine(dataclasses.replace(routine, source=None)))
    return doc


class _Edit(QUndoCommand):
    """One edit: the document before and after. Edits of one field in a row merge."""

    def __init__(self, model: RoutineEditorModel, before: Document, after: Document, text: str, key: object):
        super().__init__(text)
        self.model, self.before, self.after, self.key = model, before, after, key

    def id(self) -> int:
        return _MERGE_ID if self.key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _Edit) or other.key != self.key:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        self.model._show(self.after)

    def undo(self) -> None:
        self.model._show(self.before)


class RoutineEditorModel(QObject):
    """Signals:
    changed(): the document changed (an edit, undo or redo, or another routine loaded).
    """

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.document: Document = new_document()
        #: The file the routine was last saved to; None until its first save.
        self.source: Path | None = None
        self._findings: list[Finding] | None = None

    # ----- loading
    def load(self, document: Document, source: Path | None = None) -> None:
        self.undo_stack.clear()
        self.source = source
        self._show(_normalized(copy.deepcopy(document)))
        self.undo_stack.setClean()

    def _show(self, document: Document) -> None:
        self.document = document
        self._findings = None
        self.changed.emit()

    def recheck(self) -> None:
        """Check again (a clip file may have gone since it was chosen); nothing is edited."""
        self._show(self.document)

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    # ----- edits
    def edit(self, text: str, change: Callable[[Document], None], key: object = None) -> None:
        """Apply `change` to a copy of the document, as one undoable edit (merged by `key`)."""
        after = copy.deepcopy(self.document)
        change(after)
        after = _normalized(after)
        if after != self.document:
            self.undo_stack.push(_Edit(self, self.document, after, text, key))

    def set_routine_field(self, name: str, value: Any) -> None:
        self.edit(
            routine_edit_text(name),
            lambda doc: _put(doc, name, value),
            ("routine", name),
        )

    def set_step_field(self, index: int, name: str, value: Any) -> None:
        self.edit(
            step_edit_text(index, name),
            lambda doc: _put(doc["steps"][index], name, value),
            ("step", doc_step_id(self.document, index), name),
        )

    def set_step_fields(self, index: int, values: dict[str, Any], text: str) -> None:
        def change(doc: Document) -> None:
            for name, value in values.items():
                _put(doc["steps"][index], name, value)

        self.edit(text, change)

    def add_step(self, at: int | None = None, clip: Path | None = None) -> int:
        """A new step after `at` (or at the end), held 30 s; returns its index."""
        steps = self.document["steps"]
        index = len(steps) if at is None else at + 1
        step_id = _unique("step-1", {s.get("id") for s in steps if isinstance(s, dict)})
        number = index + 1

        def change(doc: Document) -> None:
            doc["steps"].insert(
                index, {"id": step_id, "title": self.tr("Step %1").replace("%1", str(number)), "hold": 30}
            )
            if clip is not None:
                _assign_clip(doc, index, clip)

        self.edit(self.tr("Add a step"), change)
        return index

    def remove_step(self, index: int) -> None:
        def change(doc: Document) -> None:
            removed = doc["steps"].pop(index)
            for text in doc.get("languages", {}).values():
                text.get("steps", {}).pop(removed.get("id"), None)

        self.edit(self.tr("Remove step %1").replace("%1", str(index + 1)), change)

    def reorder(self, order: list[int]) -> None:
        """Steps in this order (old indexes), as one edit: a drag, or Alt+Up/Down."""

        def change(doc: Document) -> None:
            doc["steps"] = [doc["steps"][i] for i in order]

        self.edit(self.tr("Move steps"), change)

    def move_step(self, index: int, by: int) -> int:
        order = list(range(len(self.document["steps"])))
        to = max(0, min(len(order) - 1, index + by))
        order.insert(to, order.pop(index))
        self.reorder(order)
        return to

    def set_clip(self, index: int, path: Path) -> None:
        self.edit(
            self.tr("Choose step %1's clip").replace("%1", str(index + 1)),
            lambda doc: _assign_clip(doc, index, path),
        )

    def use_loop(self, index: int, clip: Path, pair: list[float] | None, side: str | None) -> None:
        """The player's clip and loop become the step's (or one side's), as one edit."""
        current = self.step_clip(index)

        def change(doc: Document) -> None:
            step = doc["steps"][index]
            if current is None or Path(str(current.get("file", ""))) != clip:
                _assign_clip(doc, index, clip)
            if side is None:
                _put(step, "segment", pair)
            else:
                segments = dict(step.get("side_segments", {}))
                segments.pop(side, None)
                if pair is not None:
                    segments[side] = pair
                _put(step, "side_segments", segments)

        self.edit(self.tr("Use the player's loop for step %1").replace("%1", str(index + 1)), change)

    def set_poster(self, index: int, path: Path | None) -> None:
        def change(doc: Document) -> None:
            clip = doc["clips"].get(doc["steps"][index].get("clip"))
            if clip is not None:
                _put(clip, "poster", str(path) if path is not None else None)

        self.edit(self.tr("Set step %1's poster").replace("%1", str(index + 1)), change)

    # ----- what the document says
    def step_clip(self, index: int) -> dict[str, Any] | None:
        clip_id = self.document["steps"][index].get("clip")
        clip = self.document["clips"].get(clip_id) if isinstance(clip_id, str) else None
        return clip if isinstance(clip, dict) else None

    def findings(self) -> list[Finding]:
        """`supple check`'s findings for the document as it is now."""
        if self._findings is None:
            folder = self.source.parent if self.source is not None else Path.cwd()
            self._findings = document_findings(self.document, folder)
        return self._findings

    def problems(self) -> dict[FieldKey, list[str]]:
        """Each finding's message by the field it belongs beside; a clip's problem goes to every
        step that uses the clip, saying which step lost it."""
        out: dict[FieldKey, list[str]] = {}
        steps = self.document["steps"]
        for finding in self.findings():
            if finding.path == ("clips",) and not self.document["clips"]:
                continue  # said better beside the steps: there are none, or they have no clip yet
            for key, message in _placed(finding, steps):
                out.setdefault(key, []).append(message)
        return out

    def lost_clips(self) -> list[str]:
        """One line for each step whose clip file is gone or cannot be used."""
        lines = []
        for index, step in enumerate(self.document["steps"]):
            for message in self.problems().get(("step", index, "clip"), []):
                lines.append(
                    self.tr('Step %1 "%2" lost its clip: %3')
                    .replace("%1", str(index + 1))
                    .replace("%2", str(step.get("title", "")))
                    .replace("%3", message)
                )
        return lines

    def to_routine(self, routine_id: str | None = None) -> Routine:
        """The document as a Routine (RoutineError lists what is wrong); `routine_id` replaces its id."""
        doc = copy.deepcopy(self.document)
        if routine_id is not None:
            doc["id"] = routine_id
        folder = self.source.parent if self.source is not None else Path.cwd()
        return decode_routine(json.dumps(doc), folder / f"{doc['id']}.supple.json")


def doc_step_id(doc: Document, index: int) -> object:
    steps = doc.get("steps", [])
    return steps[index].get("id") if 0 <= index < len(steps) else None


def _put(target: dict[str, Any], name: str, value: Any) -> None:
    """Set a field; None, "" and [] remove it (the file then says nothing, and defaults apply)."""
    if value is None or value == "" or value == [] or value == {}:
        target.pop(name, None)
    else:
        target[name] = value


def _unique(wanted: str, taken: set[Any]) -> str:
    stem = wanted.rsplit("-", 1)[0] if wanted[-1:].isdigit() else wanted
    n = 1
    candidate = wanted
    while candidate in taken:
        n += 1
        candidate = f"{stem}-{n}"
    return candidate


def _assign_clip(doc: Document, index: int, path: Path) -> None:
    """The step plays `path`: its own clip entry gets the file (another step's is left alone)."""
    step = doc["steps"][index]
    clip_id = step.get("clip")
    shared = sum(1 for s in doc["steps"] if s.get("clip") == clip_id) > 1
    if not isinstance(clip_id, str) or shared or clip_id not in doc["clips"]:
        clip_id = _unique(str(step.get("id", "clip")), set(doc["clips"]))
    doc["clips"][clip_id] = {"file": str(path)}
    step["clip"] = clip_id
    for name in ("segment", "side_segments"):
        step.pop(name, None)  # a loop of the old clip means nothing in the new one


def _normalized(doc: Document) -> Document:
    """The format the document needs (/2 only for its fields), and no clip that no step uses."""
    steps = [s for s in doc.get("steps", []) if isinstance(s, dict)]
    used = {s.get("clip") for s in steps}
    doc["clips"] = {k: v for k, v in doc.get("clips", {}).items() if k in used}
    newer = bool(doc.get("languages")) or any("level" in s or "speak" in s for s in steps)
    doc["format"] = FORMAT_2 if newer else FORMAT_1
    return doc


def _placed(finding: Finding, steps: list[Any]) -> list[tuple[FieldKey, str]]:
    path: JsonPath = finding.path
    message = say(finding.message)
    if not path:
        return [(("routine", "title"), message)]
    head = path[0]
    if head == "steps" and len(path) >= 2 and isinstance(path[1], int):
        name = str(path[2]) if len(path) >= 3 else _missing_field(str(finding.message))
        return [(("step", path[1], name), message)]
    if head == "steps" or (head == "clips" and len(path) == 1):
        return [(("routine", "steps"), message)]
    if head == "clips" and len(path) >= 2:
        field = "poster" if len(path) >= 3 and path[2] == "poster" else "clip"
        return [
            (("step", i, field), message)
            for i, step in enumerate(steps)
            if isinstance(step, dict) and step.get("clip") == path[1]
        ]
    if head in ROUTINE_FIELDS:
        return [(("routine", str(head)), message)]
    return [(("routine", "other"), f"{format_path(path)}: {message}")]


def _missing_field(message: str) -> str:
    """A step's problem said of the step as a whole ('needs "clip"'): the field it names, if any."""
    for name in ("clip", "hold", "reps", "rep_seconds", "title", "sides"):
        if f'"{name}"' in message or f"{name}" in message.split():
            return name
    return "title"
