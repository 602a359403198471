"""The main window's routine editor: its dock, File > New Routine, Edit from the library, trying a
step in the player, and not losing unsaved edits when the window closes."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget, QMessageBox

from desktop.content.routine_save import is_own
from desktop.domain import Routine, Step
from desktop.qt.routine_editor_fields import PlayerLoop
from desktop.qt.window_base import WindowBase

if TYPE_CHECKING:
    from desktop.qt.routine_editor import RoutineEditor

#: File > New Routine (Ctrl+N is the playlist builder's New).
NEW_ROUTINE_KEY = "Ctrl+Shift+N"
#: A short timed run of a step being tried: at most this long a hold, and this many repetitions.
TRY_HOLD_SECONDS = 10.0
TRY_REPS = 3
TRY_PREPARE_SECONDS = 3.0
TRY_ROUTINE_PREFIX = "try:"


def trial_routine(routine: Routine, step: Step) -> Routine:
    """One step of `routine`, shortened (one set, a short hold or a few reps), as a routine that is
    never registered in the library (its id has a ':')."""
    short = dataclasses.replace(
        step,
        sets=1,
        rest=0.0,
        prepare=min(step.prepare, TRY_PREPARE_SECONDS),
        hold=None if step.hold is None else min(step.hold, TRY_HOLD_SECONDS),
        reps=None if step.reps is None else min(step.reps, TRY_REPS),
        level=None,
    )
    return dataclasses.replace(
        routine,
        id=TRY_ROUTINE_PREFIX + routine.id,
        title=f"Trying: {step.title}",
        steps=(short,),
        clips={step.clip: routine.clips[step.clip]},
        source=None,
        translations={},
    )


class EditorMixin(WindowBase):
    """The routine editor; part of MainWindow (desktop/qt/main_window.py)."""

    #: The editor, built the first time it is wanted (not at start-up: it is a large form).
    _routine_editor: RoutineEditor | None = None

    def _setup_editor(self) -> None:
        self.editor_dock = QDockWidget(QCoreApplication.translate("MainWindow", "Routine Editor"), self)
        self.editor_dock.setObjectName("routineEditorDock")
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.editor_dock)
        self.tabifyDockWidget(self.library_dock, self.editor_dock)
        self.editor_dock.hide()
        self.editor_dock.visibilityChanged.connect(lambda visible: visible and self.routine_editor)
        self.new_routine_action = QAction(QCoreApplication.translate("MainWindow", "&New Routine"), self)
        self.new_routine_action.setObjectName("actionNewRoutine")  # Preferences can change its key
        self.new_routine_action.setShortcut(QKeySequence(NEW_ROUTINE_KEY))
        self.new_routine_action.triggered.connect(self.new_routine)
        self.ui.menuFile.insertAction(self.ui.actionOpen, self.new_routine_action)
        self.editor_action = QAction(QCoreApplication.translate("MainWindow", "Routine &Editor"), self)
        self.editor_action.setCheckable(True)
        self.editor_action.triggered.connect(
            lambda: self.toggle_dock(self.editor_dock, lambda: self.routine_editor.title_edit.setFocus())
        )
        self.editor_dock.visibilityChanged.connect(
            lambda _v: self.editor_action.setChecked(not self.editor_dock.isHidden())
        )
        self.ui.menuView.addAction(self.editor_action)
        self.library.editRoutine.connect(self.edit_routine)

    @property
    def routine_editor(self) -> RoutineEditor:
        if self._routine_editor is None:
            from desktop.qt.routine_editor import RoutineEditor

            self._routine_editor = editor = RoutineEditor(self)
            self.editor_dock.setWidget(editor)
            editor.set_store(self.store, self.paths.library if self.paths is not None else None)
            editor.current_loop = self._player_loop
            editor.current_frame = self.ui.videoPane.current_image
            editor.routineSaved.connect(self._routine_saved)
            editor.tryStep.connect(self._try_step)
            editor.exportRoutine.connect(lambda routine: self.library.export(routine))
        return self._routine_editor

    def _editor_store_changed(self) -> None:
        if self._routine_editor is not None:
            self._routine_editor.set_store(self.store, self.paths.library if self.paths is not None else None)

    def _show_editor(self) -> None:
        self.show_dock(self.editor_dock)

    def new_routine(self) -> None:
        self._show_editor()
        self.routine_editor.new_routine()

    def edit_routine(self, routine: Routine) -> None:
        """Edit a routine of the person's own; a bundled or imported one is duplicated to edit."""
        library = self.paths.library if self.paths is not None else None
        own = library is not None and is_own(routine, library)
        self._show_editor()
        self.routine_editor.edit_routine(routine, duplicate=not own)

    def _player_loop(self) -> PlayerLoop | None:
        """What "Use this loop" takes: the loop marked with I and O on the clip being browsed
        (frame-exact: from the in frame's start to the out frame's end), else what the player loops."""
        marked = self.loop_marks.current_loop()
        if marked is not None:
            frames = (
                QCoreApplication.translate("MainWindow", "frames %1–%2, marked with I and O")
                .replace("%1", str(marked.in_frame + 1))
                .replace("%2", str(marked.out_frame + 1))
            )
            return PlayerLoop(marked.clip_path, marked.segment, frames)
        playing = self._playing
        return None if playing is None else PlayerLoop(playing[0], playing[1])

    def _routine_saved(self, routine: Routine) -> None:
        from desktop.content.library import RoutineCatalog

        self.library.set_catalog(RoutineCatalog.load(self.store))
        self.playlists.set_catalog(self.library.catalog)
        if self.routine is not None and self.routine.id == routine.id and not self.session.active:
            self.set_routine(routine)

    def _try_step(self, routine: Routine, step: Step, timed: bool) -> None:
        """Play the step's loop, or a short timed run of it, in the player; the editor keeps the focus."""
        focused = QApplication.focusWidget()
        if not timed:
            if self.session.active:
                self.end_session()
            self.preview_step(routine, step)
        else:
            self.set_routine(trial_routine(routine, step))
            self.start_session(0)
        if focused is not None:
            focused.setFocus(Qt.FocusReason.OtherFocusReason)

    def _editor_allows_close(self) -> bool:
        """Unsaved edits in the editor: ask to save them, throw them away, or keep the window open."""
        editor = self._routine_editor
        if editor is None or not editor.modified:
            return True
        answer = self.ask_unsaved_routine()
        if answer == "save":
            from desktop.qt.routine_editor_save import save_now

            return save_now(editor)
        return answer == "discard"

    def ask_unsaved_routine(self) -> str:
        """ "save", "discard" or "cancel"; tests replace it."""
        self._show_editor()
        title = self.routine_editor.model.document.get("title") or QCoreApplication.translate(
            "MainWindow", "the routine"
        )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("MainWindow", "Unsaved routine"),
            QCoreApplication.translate("MainWindow", 'Save your changes to "%1" before quitting?').replace(
                "%1", str(title)
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("unsavedRoutineBox")
        answer = box.exec()
        return {
            QMessageBox.StandardButton.Save: "save",
            QMessageBox.StandardButton.Discard: "discard",
        }.get(QMessageBox.StandardButton(answer), "cancel")


__all__ = ["EditorMixin", "trial_routine"]
