"""The routine editor: make a routine of your own, or edit one, without a text editor.

Keyboard (while the editor has the focus):

    Ctrl+S save · Ctrl+Z / Ctrl+Shift+Z (Ctrl+Y) undo / redo, every edit, text fields included
    In the step list: Alt+Up/Down move the step · Delete remove it (drag reorders too)

Every field shows `supple check`'s message for it beside it as you type (routine_editor_model.py).
Saving copies the clips into the library and writes the routine file atomically
(desktop/content/routine_save.py), in a Task off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt, QTemporaryDir, QTimer, Signal
from PySide6.QtGui import QAction, QImage, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.content.problems import RoutineError
from desktop.domain import Routine
from desktop.qt.messages import problem_text, say
from desktop.qt.routine_editor_fields import (
    EditorKeys,
    LoopSource,
    ProblemLabel,
    SegmentEdit,
    count_spin,
    lines_of,
    no_loop,
    number_of,
    seconds_spin,
    set_plain,
    set_text,
    tags_of,
)
from desktop.qt.routine_editor_model import Document, RoutineEditorModel, document_of, new_document
from desktop.qt.routine_editor_view import MIRRORS, SIDES, loop_taken, show_step
from desktop.qt.tasks import Task, show_failure

_VIDEO_FILTER = str(
    QT_TRANSLATE_NOOP(
        "RoutineEditor", "Video clips (*.mp4 *.m4v *.mov *.mkv *.webm *.avi *.ogv);;All files (*)"
    )
)
_PICTURE_FILTER = str(
    QT_TRANSLATE_NOOP("RoutineEditor", "Pictures (*.png *.jpg *.jpeg *.webp);;All files (*)")
)


class RoutineEditor(QWidget):
    """Signals:
    routineSaved(object): the Routine just saved, as read back from the library.
    tryStep(object, object, bool): a Routine and its Step to try: its loop (False) or a short timed run (True).
    exportRoutine(object): the saved Routine to export as a bundle.
    """

    routineSaved = Signal(object)
    tryStep = Signal(object, object, bool)
    exportRoutine = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RoutineEditorModel(self)
        self.store: Any = None
        self.library_folder: Path | None = None
        #: "Use this loop": the player's clip and loop now (the window points it at the player).
        self.current_loop: LoopSource = no_loop
        #: The frame on screen, for a poster (the window points it at the video pane).
        self.current_frame: Callable[[], QImage | None] = lambda: None
        #: Dialogs, replaceable in tests: a file to open (title, filter), and a yes/no question.
        self.choose_file: Callable[[str, str], Path | None] = self._choose_file
        self.confirm: Callable[[str, str], bool] = self._ask
        self.write: Task[Routine] | None = None
        self.error_box: QMessageBox | None = None
        self._loading = False
        self._keys = EditorKeys(self)
        #: Frames kept as posters until the routine is saved (removed with the editor).
        self._scratch: QTemporaryDir | None = None
        self._build()
        self._wire()
        self._refresh()

    # ----- set-up
    def _build(self) -> None:
        self.new_button = QPushButton(self.tr("&New"), self)
        self.save_button = QPushButton(self.tr("Sa&ve"), self)
        self.export_button = QPushButton(self.tr("E&xport…"), self)
        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addWidget(self.save_button)
        top.addWidget(self.export_button)
        top.addStretch(1)
        self.problems: dict[tuple[str, str], ProblemLabel] = {}
        #: Each field's row (the field and its problems), by the field's name.
        self.rows: dict[str, QWidget] = {}
        self.fields = QWidget(self)
        routine_form = QFormLayout()
        routine_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.title_edit = self._line(self.tr("Routine title"))
        self.summary_edit = self._text(self.tr("Summary"), 3)
        self.setup_edit = self._text(self.tr("Setup"), 2)
        self.credit_edit = self._line(self.tr("Credit"))
        self.tags_edit = self._line(self.tr("Tags, separated by commas"))
        self.tags_edit.setPlaceholderText(self.tr("mobility, back, morning"))
        for label, widget, name in (
            (self.tr("&Title"), self.title_edit, "title"),
            (self.tr("Su&mmary"), self.summary_edit, "summary"),
            (self.tr("Set&up"), self.setup_edit, "setup"),
            (self.tr("C&redit"), self.credit_edit, "credit"),
            (self.tr("Ta&gs"), self.tags_edit, "tags"),
        ):
            self._row(routine_form, label, widget, ("routine", name))
        self.step_list = QListWidget(self)
        self.step_list.setAccessibleName(self.tr("Steps"))
        self.step_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.step_list.setDefaultDropAction(Qt.DropAction.MoveAction)
        rows = self.step_list.fontMetrics().height() + 8
        self.step_list.setMinimumHeight(rows * 4)
        self.step_list.setMaximumHeight(rows * 8)  # the step's fields below stay in sight
        self.add_button = QPushButton(self.tr("&Add step"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.up_button = QPushButton(self.tr("Up"), self)
        self.down_button = QPushButton(self.tr("Down"), self)
        for button, name, key in (
            (self.remove_button, self.tr("Remove step"), "Delete"),
            (self.up_button, self.tr("Move step up"), "Alt+Up"),
            (self.down_button, self.tr("Move step down"), "Alt+Down"),
        ):
            button.setAccessibleName(name)
            button.setToolTip(self.tr("%1 (%2 in the list)").replace("%1", name).replace("%2", key))
        step_buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            step_buttons.addWidget(button)
        step_buttons.addStretch(1)
        self.steps_problem = ProblemLabel(self)
        self.problems[("routine", "steps")] = self.steps_problem
        self.other_problem = ProblemLabel(self)
        self.problems[("routine", "other")] = self.other_problem
        self.step_form = self._build_step_form()
        column = QVBoxLayout(self.fields)
        column.addLayout(routine_form)
        steps_label = QLabel(self.tr("&Steps"), self)
        steps_label.setBuddy(self.step_list)
        column.addWidget(steps_label)
        column.addWidget(self.step_list)
        column.addLayout(step_buttons)
        column.addWidget(self.steps_problem)
        column.addWidget(self.other_problem)
        column.addWidget(self.step_form)
        column.addStretch(1)
        # The fields scroll rather than make the dock (and the window) taller than the screen.
        self.area = QScrollArea(self)
        self.area.setWidget(self.fields)
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        self.area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Narrow docks wrap the rows instead of scrolling sideways.
        self.area.setHorizontalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )  # its fields take the focus; it follows them
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.area, 1)
        layout.addWidget(self.status)

    def _build_step_form(self) -> QWidget:
        box = QWidget(self)
        form = QFormLayout(box)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.step_title = self._line(self.tr("Step title"))
        self.cues_edit = self._text(self.tr("Cues, one per line"), 3)
        self.clip_label = QLabel(self.tr("No clip"), box)
        self.clip_label.setWordWrap(True)
        self.clip_button = QPushButton(self.tr("&Choose clip…"), box)
        self.clip_button.setAccessibleName(self.tr("Choose the step's clip"))
        clip_row = QWidget(box)
        clip_layout = QHBoxLayout(clip_row)
        clip_layout.setContentsMargins(0, 0, 0, 0)
        clip_layout.addWidget(self.clip_label, 1)
        clip_layout.addWidget(self.clip_button)
        self.segment_edit = SegmentEdit(self.tr("Loop"), box)
        self.sides_box = self._combo(
            self.tr("Sides", "exercise: sides of the body"),
            [
                self.tr("No sides", "exercise: sides of the body"),
                self.tr("Both sides", "exercise: sides of the body"),
                self.tr("Left only"),
                self.tr("Right only"),
            ],
        )
        self.left_edit = SegmentEdit(self.tr("Left side's loop", "exercise: side of the body"), box)
        self.right_edit = SegmentEdit(self.tr("Right side's loop", "exercise: side of the body"), box)
        self.mirror_box = self._combo(
            self.tr("Mirror the picture for"),
            [
                self.tr("Neither side", "exercise: side of the body"),
                self.tr("Left side", "exercise: side of the body"),
                self.tr("Right side", "exercise: side of the body"),
            ],
        )
        self.work_box = self._combo(
            self.tr("Work"), [self.tr("Hold", "exercise: hold a position"), self.tr("Repetitions")]
        )
        self.hold_spin = seconds_spin(box, self.tr("Hold seconds", "exercise: hold a position"), 0.5, 3600)
        self.reps_spin = count_spin(box, self.tr("Repetitions"), 1, 1000)
        self.pace_spin = seconds_spin(box, self.tr("Seconds per repetition"), 0.5, 600, 0.5)
        self.sets_spin = count_spin(box, self.tr("Sets", "exercise: rounds of the work"), 1, 100)
        self.rest_spin = seconds_spin(
            box, self.tr("Rest seconds between sets", "exercise: the pause after each set"), 0, 3600
        )
        self.prepare_spin = seconds_spin(box, self.tr("Get-ready seconds"), 0, 600)
        self.poster_label = QLabel(self.tr("No poster"), box)
        self.poster_label.setWordWrap(True)
        self.frame_button = QPushButton(self.tr("Frame on screen"), box)
        self.frame_button.setAccessibleName(self.tr("Poster: use the frame on screen"))
        self.poster_button = QPushButton(self.tr("Choose…"), box)
        self.poster_button.setAccessibleName(self.tr("Poster: choose a picture"))
        self.no_poster_button = QPushButton(self.tr("None"), box)
        self.no_poster_button.setAccessibleName(self.tr("Poster: none"))
        poster_row = QWidget(box)
        poster_layout = QVBoxLayout(poster_row)
        poster_layout.setContentsMargins(0, 0, 0, 0)
        poster_layout.addWidget(self.poster_label)
        poster_buttons = QHBoxLayout()
        for button in (self.frame_button, self.poster_button, self.no_poster_button):
            poster_buttons.addWidget(button)
        poster_buttons.addStretch(1)
        poster_layout.addLayout(poster_buttons)
        self.level_spin = count_spin(box, self.tr("Ladder level"), 0, 99, self.tr("None"))
        self.speak_edit = self._line(self.tr("Spoken line"))
        self.play_loop_button = QPushButton(self.tr("&Play its loop"), box)
        self.try_button = QPushButton(self.tr("&Try a short run"), box)
        try_row = QWidget(box)
        try_layout = QHBoxLayout(try_row)
        try_layout.setContentsMargins(0, 0, 0, 0)
        try_layout.addWidget(self.play_loop_button)
        try_layout.addWidget(self.try_button)
        try_layout.addStretch(1)
        reps_row = QWidget(box)
        reps_layout = QHBoxLayout(reps_row)
        reps_layout.setContentsMargins(0, 0, 0, 0)
        reps_layout.addWidget(self.reps_spin)
        reps_layout.addWidget(QLabel(self.tr("at", "repetitions at so many seconds each"), box))
        reps_layout.addWidget(self.pace_spin)
        rows: tuple[tuple[str, QWidget, str], ...] = (
            (self.tr("Step t&itle"), self.step_title, "title"),
            (self.tr("C&ues"), self.cues_edit, "cues"),
            (self.tr("Clip"), clip_row, "clip"),
            (self.tr("&Loop"), self.segment_edit, "segment"),
            (self.tr("Si&des", "exercise: sides of the body"), self.sides_box, "sides"),
            (self.tr("Left loop"), self.left_edit, "side_segments"),
            (self.tr("Right loop"), self.right_edit, "right_loop"),
            (self.tr("Mi&rror"), self.mirror_box, "mirror_side"),
            (self.tr("&Work"), self.work_box, "work"),
            (self.tr("&Hold", "exercise: hold a position"), self.hold_spin, "hold"),
            (self.tr("Re&ps", "exercise: repetitions"), reps_row, "reps"),
            (self.tr("Set&s", "exercise: rounds of the work"), self.sets_spin, "sets"),
            (self.tr("R&est", "exercise: the pause after each set"), self.rest_spin, "rest"),
            (self.tr("&Get ready"), self.prepare_spin, "prepare"),
            (self.tr("Poster"), poster_row, "poster"),
            (self.tr("Le&vel"), self.level_spin, "level"),
            (self.tr("Spea&k"), self.speak_edit, "speak"),
            (self.tr("Try it"), try_row, "try"),
        )
        for label, widget, name in rows:
            self._row(form, label, widget, ("step", name), box)
        self.form = form
        return box

    def _row(
        self,
        form: QFormLayout,
        text: str,
        widget: QWidget,
        key: tuple[str, str],
        parent: QWidget | None = None,
    ) -> None:
        label = QLabel(text, parent or self)
        label.setBuddy(widget)
        problem = ProblemLabel(parent or self)
        self.problems[key] = problem
        column = QWidget(parent or self)
        self.rows[key[1]] = column
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(2)
        inner.addWidget(widget)
        inner.addWidget(problem)
        form.addRow(label, column)

    def _line(self, name: str) -> QLineEdit:
        """No length limit: a text too long is kept whole, and the check beside it says so."""
        edit = QLineEdit(self)
        edit.setAccessibleName(name)
        edit.installEventFilter(self._keys)
        return edit

    def _text(self, name: str, lines: int) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setAccessibleName(name)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 12)
        edit.installEventFilter(self._keys)
        return edit

    def _combo(self, name: str, items: list[str]) -> QComboBox:
        box = QComboBox(self)
        box.addItems(items)
        box.setAccessibleName(name)
        return box

    def _action(self, text: str, keys: Sequence[str], slot: Callable[[], object], widget: QWidget) -> QAction:
        action = QAction(text, widget)
        action.setShortcuts([QKeySequence(k) for k in keys])
        context = (
            Qt.ShortcutContext.WidgetShortcut
            if widget is self.step_list
            else Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        action.setShortcutContext(context)
        action.triggered.connect(slot)
        widget.addAction(action)
        return action

    def _wire(self) -> None:
        m = self.model
        m.changed.connect(self._refresh)
        m.undo_stack.cleanChanged.connect(lambda _clean: self._update_buttons())
        self.undo_action = self._action(self.tr("Undo"), ["Ctrl+Z"], m.undo_stack.undo, self)
        self.redo_action = self._action(self.tr("Redo"), ["Ctrl+Shift+Z", "Ctrl+Y"], m.undo_stack.redo, self)
        self.save_action = self._action(self.tr("Save"), ["Ctrl+S"], self.save, self)
        self.remove_action = self._action(self.tr("Remove"), ["Delete"], self.remove_step, self.step_list)
        self.up_action = self._action(
            self.tr("Move up"), ["Alt+Up"], lambda: self.move_step(-1), self.step_list
        )
        self.down_action = self._action(
            self.tr("Move down"), ["Alt+Down"], lambda: self.move_step(1), self.step_list
        )
        m.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        m.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.new_button.clicked.connect(lambda: self.new_routine())
        self.save_button.clicked.connect(self.save)
        self.export_button.clicked.connect(self.export)
        self.add_button.clicked.connect(self.add_step)
        self.remove_button.clicked.connect(self.remove_step)
        self.up_button.clicked.connect(lambda: self.move_step(-1))
        self.down_button.clicked.connect(lambda: self.move_step(1))
        self.step_list.currentRowChanged.connect(lambda _row: self._refresh_step())
        self.step_list.model().rowsMoved.connect(self._rows_dragged)
        self.title_edit.textEdited.connect(lambda t: m.set_routine_field("title", t))
        self.credit_edit.textEdited.connect(lambda t: m.set_routine_field("credit", t))
        self.tags_edit.textEdited.connect(lambda t: m.set_routine_field("tags", tags_of(t)))
        for edit, name in ((self.summary_edit, "summary"), (self.setup_edit, "setup")):
            edit.textChanged.connect(lambda e=edit, n=name: self._routine_text(n, e.toPlainText()))
        self.step_title.textEdited.connect(lambda t: self._step_field("title", t))
        self.cues_edit.textChanged.connect(lambda: self._step_field("cues", lines_of(self.cues_edit)))
        self.speak_edit.textEdited.connect(lambda t: self._step_field("speak", t))
        self.clip_button.clicked.connect(self.choose_clip)
        self.segment_edit.edited.connect(lambda pair: self._step_field("segment", pair))
        self.left_edit.edited.connect(lambda pair: self._side_segment("left", pair))
        self.right_edit.edited.connect(lambda pair: self._side_segment("right", pair))
        self.segment_edit.useLoop.connect(lambda: self.use_loop(None))
        self.left_edit.useLoop.connect(lambda: self.use_loop("left"))
        self.right_edit.useLoop.connect(lambda: self.use_loop("right"))
        self.sides_box.activated.connect(lambda i: self._step_field("sides", SIDES[i] if i else None))
        self.mirror_box.activated.connect(lambda i: self._step_field("mirror_side", MIRRORS[i] or None))
        self.work_box.activated.connect(self._work_chosen)
        self.hold_spin.valueChanged.connect(lambda v: self._step_field("hold", number_of(v)))
        self.reps_spin.valueChanged.connect(lambda v: self._step_field("reps", v))
        self.pace_spin.valueChanged.connect(lambda v: self._step_field("rep_seconds", number_of(v)))
        self.sets_spin.valueChanged.connect(lambda v: self._step_field("sets", v if v != 1 else None))
        self.rest_spin.valueChanged.connect(lambda v: self._step_field("rest", number_of(v) or None))
        self.prepare_spin.valueChanged.connect(
            lambda v: self._step_field("prepare", number_of(v) if v != 5 else None)
        )
        self.level_spin.valueChanged.connect(lambda v: self._step_field("level", v or None))
        self.frame_button.clicked.connect(self.poster_from_frame)
        self.poster_button.clicked.connect(self.choose_poster)
        self.no_poster_button.clicked.connect(
            lambda: self._with_step(lambda i: self.model.set_poster(i, None))
        )
        self.play_loop_button.clicked.connect(lambda: self.try_current(timed=False))
        self.try_button.clicked.connect(lambda: self.try_current(timed=True))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.model.recheck()  # a clip file may have gone while the editor was hidden

    # ----- the store and what to edit
    def set_store(self, store: Any, library_folder: Path | None) -> None:
        self.store = store
        self.library_folder = library_folder
        self._update_buttons()

    @property
    def modified(self) -> bool:
        return self.model.modified

    def keep_changes(self) -> bool:
        """True when it is fine to leave the routine being edited (saved, or the person agrees)."""
        if not self.modified:
            return True
        title = self.model.document.get("title") or self.tr("this routine")
        return self.confirm(
            self.tr("Unsaved changes"),
            self.tr('Leave "%1" without saving your changes?').replace("%1", str(title)),
        )

    def new_routine(self, ask_first: bool = True) -> bool:
        if ask_first and not self.keep_changes():
            return False
        self.model.load(new_document())
        self.step_list.setCurrentRow(-1)
        self.say(self.tr("A new routine: add steps, choose their clips, then save."))
        self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.title_edit.selectAll()
        return True

    def edit_routine(self, routine: Routine, duplicate: bool = False) -> bool:
        """Edit `routine` (one of the person's own), or a copy of it that is saved as a new routine."""
        if not self.keep_changes():
            return False
        document: Document = document_of(routine)
        if duplicate:
            document["title"] = self.tr("%1 (my copy)").replace("%1", routine.title)[:80]
        self.model.load(document, None if duplicate else routine.source)
        self.step_list.setCurrentRow(0 if self.model.document["steps"] else -1)
        self.say(
            (
                self.tr('A copy of "%1": it is saved as a new routine of your own.')
                if duplicate
                else self.tr('Editing "%1".')
            ).replace("%1", routine.title)
        )
        return True

    # ----- step edits
    def current_step(self) -> int:
        row = self.step_list.currentRow()
        return row if 0 <= row < len(self.model.document["steps"]) else -1

    def _with_step(self, act: Callable[[int], object]) -> None:
        index = self.current_step()
        if index >= 0:
            act(index)

    def _routine_text(self, name: str, text: str) -> None:
        if not self._loading:
            self.model.set_routine_field(name, text)

    def _step_field(self, name: str, value: object) -> None:
        if not self._loading:
            self._with_step(lambda i: self.model.set_step_field(i, name, value))

    def _side_segment(self, side: str, pair: object) -> None:
        index = self.current_step()
        if self._loading or index < 0:
            return
        segments = dict(self.model.document["steps"][index].get("side_segments", {}))
        if pair is None:
            segments.pop(side, None)
        else:
            segments[side] = pair
        self.model.set_step_field(index, "side_segments", segments)

    def _work_chosen(self, choice: int) -> None:
        index = self.current_step()
        if index < 0:
            return
        step = self.model.document["steps"][index]
        if choice == 0 and "hold" not in step:
            values = {"hold": 30, "reps": None, "rep_seconds": None}
        elif choice == 1 and "reps" not in step:
            values = {"hold": None, "reps": 10, "rep_seconds": 3}
        else:
            return
        self.model.set_step_fields(
            index, values, self.tr("Change step %1's work").replace("%1", str(index + 1))
        )

    def add_step(self) -> None:
        index = self.model.add_step(self.current_step() if self.current_step() >= 0 else None)
        self.step_list.setCurrentRow(index)
        self.step_title.setFocus(Qt.FocusReason.OtherFocusReason)
        self.step_title.selectAll()

    def remove_step(self) -> None:
        index = self.current_step()
        if index >= 0:
            self.model.remove_step(index)
            self.step_list.setCurrentRow(min(index, len(self.model.document["steps"]) - 1))

    def move_step(self, by: int) -> None:
        index = self.current_step()
        if index >= 0:
            self.step_list.setCurrentRow(self.model.move_step(index, by))

    def _rows_dragged(
        self, _parent: QModelIndex, start: int, _end: int, _dest: QModelIndex, row: int
    ) -> None:
        """A drag moved a row in the list: the same move in the document, as one undoable edit."""
        order = [
            int(self.step_list.item(r).data(Qt.ItemDataRole.UserRole)) for r in range(self.step_list.count())
        ]
        moved_to = row if row <= start else row - 1
        QTimer.singleShot(0, lambda: self._apply_drag(order, moved_to))

    def _apply_drag(self, order: list[int], current: int) -> None:
        self.model.reorder(order)
        self.step_list.setCurrentRow(current)

    def choose_clip(self) -> None:
        index = self.current_step()
        path = (
            self.choose_file(self.tr("Choose the step's clip"), self.tr(_VIDEO_FILTER))
            if index >= 0
            else None
        )
        if path is not None:
            self.model.set_clip(index, path)

    def use_loop(self, side: str | None) -> None:
        """The player's clip and loop become the step's (or one side's)."""
        index = self.current_step()
        loop = self.current_loop()
        if index < 0 or loop is None:
            self.say(
                self.tr(
                    "Play a clip first, and mark its loop with I and O: that is what \u201cUse this loop\u201d takes."
                )
            )
            return
        # Exact, not rounded: a marked loop's times are its frames' own (rounding could take in a frame).
        pair = [loop.segment.start, loop.segment.end] if loop.segment else None
        self.model.use_loop(index, loop.clip, pair, side)
        what = loop.marked or (
            self.tr("the whole clip") if pair is None else f"{pair[0]:.3f}–{pair[1]:.3f} s"
        )
        self.say(loop_taken(side, index, what, loop.clip.name))

    def poster_from_frame(self) -> None:
        index = self.current_step()
        image = self.current_frame()
        if index < 0 or image is None or image.isNull():
            self.say(self.tr("There is no frame on screen: play the step's clip first."))
            return
        if self._scratch is None:
            self._scratch = QTemporaryDir()
        path = Path(self._scratch.path()) / f"frame-{self.model.undo_stack.index()}-{index}.png"
        if not image.save(str(path)):  # PNG, by its suffix
            self.say(
                self.tr("The frame could not be kept as a picture in %1.").replace("%1", str(path.parent))
            )
            return
        self.model.set_poster(index, path)

    def choose_poster(self) -> None:
        index = self.current_step()
        path = (
            self.choose_file(self.tr("Choose the step's poster"), self.tr(_PICTURE_FILTER))
            if index >= 0
            else None
        )
        if path is not None:
            self.model.set_poster(index, path)

    def try_current(self, timed: bool) -> None:
        index = self.current_step()
        if index < 0:
            return
        self.model.recheck()
        if self.model.lost_clips():
            return  # said by the recheck: which step lost its clip
        try:
            routine = self.model.to_routine()
        except RoutineError as e:
            self.say(
                self.tr("Fix this first: %1: %2")
                .replace("%1", str(e.problems[0].path))
                .replace("%2", say(e.problems[0].said))
            )
            return
        self.tryStep.emit(routine, routine.steps[index], timed)

    # ----- showing the document
    def _refresh(self) -> None:
        doc = self.model.document
        self._loading = True
        try:
            set_text(self.title_edit, doc.get("title", ""))
            set_plain(self.summary_edit, doc.get("summary", ""))
            set_plain(self.setup_edit, doc.get("setup", ""))
            set_text(self.credit_edit, doc.get("credit", ""))
            if tags_of(self.tags_edit.text()) != doc.get("tags", []):
                set_text(self.tags_edit, ", ".join(doc.get("tags", [])))
            self._refresh_list()
        finally:
            self._loading = False
        self._refresh_step()
        self._update_buttons()

    def _refresh_list(self) -> None:
        steps = self.model.document["steps"]
        problems = self.model.problems()
        row = self.step_list.currentRow()
        self.step_list.blockSignals(True)
        self.step_list.clear()
        for i, step in enumerate(steps):
            bad = any(key[:2] == ("step", i) for key in problems)
            item = QListWidgetItem(f"{i + 1}. {step.get('title', '')}" + ("  ⚠" if bad else ""))
            item.setData(Qt.ItemDataRole.UserRole, i)
            self.step_list.addItem(item)
        self.step_list.setCurrentRow(min(row, len(steps) - 1) if row >= 0 or not steps else 0)
        self.step_list.blockSignals(False)

    def _refresh_step(self) -> None:
        index = self.current_step()
        self.step_form.setEnabled(index >= 0)
        problems = self.model.problems()
        for (scope, name), label in self.problems.items():
            if scope == "routine":
                label.show_problems(problems.get(("routine", name), []))
            else:
                field = name.split("/")[0]
                label.show_problems(problems.get(("step", index, field), []) if index >= 0 else [])
        lost = self.model.lost_clips()
        if lost:
            self.say("\n".join(lost))
        if index < 0:
            return
        step = self.model.document["steps"][index]
        clip = self.model.step_clip(index) or {}
        self._loading = True
        try:
            show_step(self, step, clip)
        finally:
            self._loading = False

    def _update_buttons(self) -> None:
        can_write = self.store is not None and not getattr(self.store, "read_only", False)
        self.save_button.setEnabled(can_write and self.library_folder is not None and self.write is None)
        has_step = self.current_step() >= 0
        for button in (self.remove_button, self.up_button, self.down_button):
            button.setEnabled(has_step)
        self.export_button.setEnabled(self.model.source is not None)

    # ----- saving and exporting (routine_editor_save.py)
    def save(self) -> Task[Routine] | None:
        from desktop.qt.routine_editor_save import start_save

        return start_save(self)

    def export(self) -> None:
        if self.model.source is None or self.modified:
            self.say(self.tr("Save the routine first: the export is of the routine as saved."))
            return
        try:
            self.exportRoutine.emit(self.model.to_routine())
        except RoutineError as e:
            self.say(problem_text(e.problems[0], with_file=True))

    # ----- saying what happened, and the dialogs (replaceable in tests)
    def say(self, text: str) -> None:
        self.status.setText(text)

    def show_failure(self, title: str, error: BaseException) -> None:
        box = show_failure(self, title, error)
        self.say(f"{title}: {box.text().splitlines()[0]}")
        self.error_box = box

    def _ask(self, title: str, text: str) -> bool:
        return QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes

    def _choose_file(self, title: str, filters: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self, title, "", filters)
        return Path(name) if name else None
