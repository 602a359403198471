"""Saving the routine editor's routine: in a Task, into the library (desktop/content/routine_save.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from desktop.content.bundled import BUNDLED_ROUTINE_ID
from desktop.content.problems import RoutineError
from desktop.content.routine_save import own_root, routine_id_for, save_own_routine
from desktop.domain import Routine
from desktop.qt.messages import say
from desktop.qt.tasks import Task, TaskContext
from desktop.qt.words import WORDS

if TYPE_CHECKING:
    from desktop.qt.routine_editor import RoutineEditor


def prepare(editor: RoutineEditor) -> Routine | None:
    """The routine to save, with its id (a new routine's from its title), or None (and said why)."""
    model = editor.model
    if editor.store is None or editor.library_folder is None:
        editor.say(
            QCoreApplication.translate("RoutineEditor", "Routines cannot be saved: the database is not open.")
        )
        return None
    if getattr(editor.store, "read_only", False):
        editor.say(
            QCoreApplication.translate(
                "RoutineEditor", "Routines cannot be saved: the database is read-only."
            )
        )
        return None
    if editor.write is not None:
        editor.say(QCoreApplication.translate("RoutineEditor", "Wait for the routine to be saved."))
        return None
    model.recheck()
    lost = model.lost_clips()
    if lost:
        editor.say(
            QCoreApplication.translate("RoutineEditor", "Not saved: %1. Choose its clip again.").replace(
                "%1", "; ".join(lost)
            )
        )
        return None
    if model.source is not None:
        routine_id = str(model.document["id"])
    else:
        taken = {e.id for e in editor.store.library.entries()} | {BUNDLED_ROUTINE_ID}
        folder = own_root(editor.library_folder)
        taken |= {p.name for p in folder.iterdir()} if folder.is_dir() else set()
        routine_id = routine_id_for(str(model.document.get("title", "")), taken)
    try:
        return model.to_routine(routine_id)
    except RoutineError as e:
        first = e.problems[0]
        text = (
            QCoreApplication.translate("RoutineEditor", "Not saved: %1: %2")
            .replace("%1", str(first.path))
            .replace("%2", say(first.said))
        )
        if len(e.problems) > 1:
            text += " " + WORDS.more_problems(len(e.problems) - 1)
        editor.say(text + ".")
        return None


def start_save(editor: RoutineEditor) -> Task[Routine] | None:
    """Save in a Task; the editor's document then names the library's copies of its clips. A failure
    is shown and the routine stays as it was, unsaved (its previous version stays in the library)."""
    routine = prepare(editor)
    if routine is None:
        return None
    library, repo, at = editor.library_folder, editor.store.library, editor.model.undo_stack.index()
    assert library is not None

    def work(_context: TaskContext) -> Routine:
        return save_own_routine(routine, library, repo)

    def failed(error: BaseException) -> None:
        editor.write = None
        editor._update_buttons()
        editor.show_failure(
            QCoreApplication.translate("RoutineEditor", "The routine could not be saved"), error
        )

    editor.write = Task(editor, work, name="save-routine").on_success(lambda r: saved(editor, routine, r, at))
    editor._update_buttons()
    return editor.write.on_failure(failed).start()


def save_now(editor: RoutineEditor) -> bool:
    """Save on this thread (when the window closes); True when saved. A failure is shown."""
    routine = prepare(editor)
    if routine is None or editor.library_folder is None:
        return False
    try:
        result = save_own_routine(routine, editor.library_folder, editor.store.library)
    except Exception as error:
        editor.show_failure(
            QCoreApplication.translate("RoutineEditor", "The routine could not be saved"), error
        )
        return False
    saved(editor, routine, result, editor.model.undo_stack.index())
    return True


def saved(editor: RoutineEditor, sent: Routine, result: Routine, at: int) -> None:
    editor.write = None
    model = editor.model
    copies = {str(sent.clips[k].file): str(c.file) for k, c in result.clips.items() if k in sent.clips}
    copies |= {
        str(sent.clips[k].poster): str(c.poster)
        for k, c in result.clips.items()
        if k in sent.clips and c.poster is not None and sent.clips[k].poster is not None
    }
    for document in _documents(editor):
        _rebase(document, result.id, copies)
    model.source = result.source
    if model.undo_stack.index() == at:
        model.undo_stack.setClean()  # (edits made meanwhile stay unsaved)
    model._show(model.document)
    editor.say(
        QCoreApplication.translate("RoutineEditor", 'Saved "%1" in your library.').replace("%1", result.title)
    )
    editor.routineSaved.emit(result)


def _documents(editor: RoutineEditor) -> list[dict[str, Any]]:
    """The document and every state undo and redo can bring back."""
    from desktop.qt.routine_editor_model import _Edit

    stack = editor.model.undo_stack
    out = [editor.model.document]
    for i in range(stack.count()):
        command = stack.command(i)
        if isinstance(command, _Edit):
            out += [command.before, command.after]
    return out


def _rebase(document: dict[str, Any], routine_id: str, copies: dict[str, str]) -> None:
    """The routine's id from now on, and clips named by the library's copies."""
    document["id"] = routine_id
    for clip in document.get("clips", {}).values():
        for field in ("file", "poster"):
            if isinstance(clip, dict) and clip.get(field) in copies:
                clip[field] = copies[clip[field]]


__all__ = ["save_now", "start_save"]
