"""Supple's main window: the video pane, the step list, the timer panel and the transport bar."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox, QWidget

import desktop
from desktop.domain import Clip, Routine, Step
from desktop.domain.describe import format_seconds, step_summary
from desktop.media.base import PlaybackState, VideoBackend
from desktop.qt.forms.ui_main_window import Ui_MainWindow
from desktop.qt.icons import icon
from desktop.qt.step_list import StepStatus

log = logging.getLogger(__name__)

VIDEO_SUFFIXES = {".mp4", ".m4v", ".mov", ".mkv", ".webm", ".avi", ".ogv"}
OPEN_FILTER = "Routines and clips (*.supple.json *.json *.mp4 *.m4v *.mov *.mkv *.webm);;All files (*)"


def routine_for_clip(path: Path) -> Routine:
    """A one-step routine that plays a single clip, for clips opened on their own."""
    clip = Clip(id="clip", file=path.resolve())
    step = Step(id="clip", title=path.name, clip="clip", hold=30)
    return Routine(id="clip", title=path.name, steps=(step,), clips={"clip": clip}, source=path.resolve())


class MainWindow(QMainWindow):
    """Signals:
    routineOpened(object): a Routine was opened and shown.
    """

    routineOpened = Signal(object)

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setWindowTitle(desktop.APP_NAME)
        self.setAcceptDrops(True)
        self.settings = settings
        self.backend: VideoBackend | None = None
        self.routine: Routine | None = None
        self.current_row = -1
        self._backend_label = QLabel("Starting video…", self)
        self.ui.statusbar.addPermanentWidget(self._backend_label)
        self._setup_icons()
        self._wire()
        self.ui.mainSplitter.setStretchFactor(0, 3)
        self.ui.mainSplitter.setStretchFactor(1, 1)
        self.ui.videoPane.show_poster(None, "Open a routine to begin (File ▸ Open)")
        self.ui.timerPanel.show_idle("Ready")
        self._restore_layout()

    # ----- set-up
    def _setup_icons(self) -> None:
        for button, name in (
            (self.ui.prevButton, "previous"),
            (self.ui.nextButton, "next"),
            (self.ui.loopButton, "loop"),
            (self.ui.fullScreenButton, "fullscreen"),
        ):
            button.setIcon(icon(name))
            button.setIconSize(QSize(26, 26))
        self.ui.playButton.setIconSize(QSize(30, 30))
        self._update_play_icon(PlaybackState.STOPPED.value)

    def _wire(self) -> None:
        ui = self.ui
        ui.actionOpen.triggered.connect(self.choose_file)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionAbout.triggered.connect(self.show_about)
        ui.actionPlayPause.triggered.connect(self.toggle_playback)
        ui.actionPrevious.triggered.connect(self.previous_step)
        ui.actionNext.triggered.connect(self.next_step)
        ui.actionLoop.toggled.connect(self.set_loop)
        ui.actionFullScreen.toggled.connect(self.set_full_screen)
        ui.playButton.clicked.connect(self.toggle_playback)
        ui.prevButton.clicked.connect(self.previous_step)
        ui.nextButton.clicked.connect(self.next_step)
        ui.loopButton.toggled.connect(ui.actionLoop.setChecked)
        ui.actionLoop.toggled.connect(ui.loopButton.setChecked)
        ui.fullScreenButton.clicked.connect(ui.actionFullScreen.toggle)
        ui.videoPane.doubleClicked.connect(ui.actionFullScreen.toggle)
        ui.stepList.currentRowChanged.connect(self.select_step)
        # Window-wide shortcuts: the step list must not eat Left/Right/Space.
        for action in (
            ui.actionPlayPause,
            ui.actionPrevious,
            ui.actionNext,
            ui.actionLoop,
            ui.actionFullScreen,
        ):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)
        self._escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self._escape.activated.connect(lambda: ui.actionFullScreen.setChecked(False))

    def set_backend(self, backend: VideoBackend, notice: str = "") -> None:
        """Attach the video backend once it has loaded (after the window is shown)."""
        self.backend = backend
        backend.frameReady.connect(self.ui.videoPane.present)
        backend.errorOccurred.connect(self._on_video_error)
        backend.stateChanged.connect(self._update_play_icon)
        self._backend_label.setText(f"Video: {backend.display_name}")
        if notice:
            self.statusBar().showMessage(notice, 20000)
        if self.current_row >= 0:
            self._play_row(self.current_row)

    # ----- opening files
    @Slot()
    def choose_file(self) -> None:
        start = str(self.routine.source.parent) if self.routine and self.routine.source else ""
        name, _ = QFileDialog.getOpenFileName(self, "Open a routine or clip", start, OPEN_FILTER)
        if name:
            self.open_path(Path(name))

    def open_path(self, path: Path) -> bool:
        """Open a routine file or a clip; a bad file gets a message and changes nothing."""
        if path.suffix.lower() in VIDEO_SUFFIXES:
            self.set_routine(routine_for_clip(path))
            return True
        from desktop.content import RoutineError, load_routine

        try:
            routine = load_routine(path)
        except RoutineError as exc:
            log.warning("could not open %s: %s", path, exc)
            self._warn_bad_file(path, str(exc))
            return False
        self.set_routine(routine)
        return True

    def _warn_bad_file(self, path: Path, details: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, "Cannot open routine", f"Supple cannot open {path.name}.", parent=self
        )
        box.setInformativeText(
            details if details.count("\n") < 12 else "\n".join(details.splitlines()[:12]) + "\n…"
        )
        box.setDetailedText(details)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()
        self.bad_file_box = box

    def set_routine(self, routine: Routine) -> None:
        self.routine = routine
        self.current_row = -1
        self.ui.routineTitle.setText(routine.title)
        total = sum(s.work_seconds * len(s.worked_sides) * s.sets for s in routine.steps)
        meta = f"{len(routine.steps)} step{'s' if len(routine.steps) != 1 else ''} · about {format_seconds(total)} of work"
        if routine.credit:
            meta += f"\n{routine.credit}"
        self.ui.routineMeta.setText(meta)
        self.setWindowTitle(f"{routine.title} — {desktop.APP_NAME}")
        self.ui.stepList.set_routine(routine)
        self.routineOpened.emit(routine)
        if routine.steps:
            self.ui.stepList.setCurrentRow(0)

    # ----- steps and playback
    @Slot(int)
    def select_step(self, row: int) -> None:
        if self.routine is None or not 0 <= row < len(self.routine.steps) or row == self.current_row:
            return
        if 0 <= self.current_row < self.ui.stepList.count():
            self.ui.stepList.set_status(self.current_row, StepStatus.PENDING)
        self.current_row = row
        self.ui.stepList.set_status(row, StepStatus.CURRENT)
        step = self.routine.steps[row]
        cue = step.cues[0] if step.cues else ""
        self.ui.timerPanel.show_idle(
            f"Step {row + 1} of {len(self.routine.steps)}",
            format_seconds(step.work_seconds),
            cue,
            step_summary(step),
        )
        self._play_row(row)

    def _play_row(self, row: int) -> None:
        assert self.routine is not None
        step = self.routine.steps[row]
        clip = self.routine.clip_for(step)
        self.ui.videoPane.show_poster(clip.poster, "Loading clip…")
        self.ui.videoPane.set_mirrored(False)
        label = step.title if step.title == clip.file.name else f"{step.title} · {clip.file.name}"
        self.ui.clipLabel.setText(label)
        if self.backend is not None:
            self.backend.load(clip.file, step.segment, loop=self.ui.actionLoop.isChecked())

    @Slot()
    def toggle_playback(self) -> None:
        if self.backend is not None:
            self.backend.toggle()

    @Slot()
    def next_step(self) -> None:
        if self.routine and self.current_row + 1 < len(self.routine.steps):
            self.ui.stepList.setCurrentRow(self.current_row + 1)

    @Slot()
    def previous_step(self) -> None:
        if self.routine and self.current_row > 0:
            self.ui.stepList.setCurrentRow(self.current_row - 1)

    @Slot(bool)
    def set_loop(self, on: bool) -> None:
        if self.routine is not None and self.current_row >= 0:
            self._play_row(self.current_row)

    @Slot(bool)
    def set_full_screen(self, on: bool) -> None:
        for widget in (self.ui.sideSplitter, self.ui.transportBar, self.menuBar(), self.statusBar()):
            widget.setVisible(not on)
        if on:
            self.showFullScreen()
        else:
            self.showNormal()

    @Slot(str)
    def _on_video_error(self, message: str) -> None:
        self.ui.videoPane.show_error(message)
        self.statusBar().showMessage(message, 15000)

    @Slot(str)
    def _update_play_icon(self, state: str) -> None:
        playing = state in (PlaybackState.PLAYING.value, PlaybackState.LOADING.value)
        self.ui.playButton.setIcon(icon("pause" if playing else "play"))
        self.ui.playButton.setToolTip("Pause (Space)" if playing else "Play (Space)")

    @Slot()
    def show_about(self) -> None:
        backend = self.backend.display_name if self.backend else "not loaded"
        QMessageBox.about(
            self,
            f"About {desktop.APP_NAME}",
            f"<h3>{desktop.APP_NAME} {desktop.__version__}</h3>"
            "<p>A player for guided movement routines: a looping demonstration clip, the steps, "
            "a timer that tells you when to hold, switch sides and rest, and a record of what you did.</p>"
            f"<p>Video: {backend}</p>",
        )

    # ----- drag and drop
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = [u for u in event.mimeData().urls() if u.isLocalFile()]
        if urls:
            self.open_path(Path(urls[0].toLocalFile()))

    # ----- layout persistence
    def _restore_layout(self) -> None:
        for key, restore in (
            ("window/geometry", self.restoreGeometry),
            ("window/mainSplitter", self.ui.mainSplitter.restoreState),
            ("window/sideSplitter", self.ui.sideSplitter.restoreState),
        ):
            value = self.settings.value(key)
            if isinstance(value, QByteArray) and not value.isEmpty():
                restore(value)
        if self.settings.value("window/geometry") is None:
            self.resize(1280, 760)
            self.ui.mainSplitter.setSizes([900, 380])
            self.ui.sideSplitter.setSizes([380, 340])

    def save_layout(self) -> None:
        if self.ui.actionFullScreen.isChecked():
            self.ui.actionFullScreen.setChecked(False)
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/mainSplitter", self.ui.mainSplitter.saveState())
        self.settings.setValue("window/sideSplitter", self.ui.sideSplitter.saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        if self.backend is not None:
            self.backend.close()
        super().closeEvent(event)
