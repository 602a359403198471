"""Supple's main window: the video pane, the step list, the timer panel and the transport bar.

Two modes share the controls. Browsing: selecting a step plays its clip on loop. In a session
(SessionController), the engine decides: each phase plays its step's clip or side segment,
mirrored where the step says, the timer counts down, and Left/Right/Space go back, skip and pause.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QSize, Qt, QTimer, Slot
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSizePolicy,
    QSlider,
    QWidget,
)

import desktop
from desktop.content.adhoc import (
    is_transient,
)
from desktop.content.registration import needs_registration, register_opened
from desktop.domain import Routine, Segment
from desktop.domain.describe import format_seconds
from desktop.domain.languages import localized
from desktop.domain.messages import Message
from desktop.engine.plan import PlanItem
from desktop.media.base import SPEEDS, PlaybackState, VideoBackend
from desktop.paths import DataPaths
from desktop.qt.forms.ui_main_window import Ui_MainWindow
from desktop.qt.i18n import ui_languages
from desktop.qt.icons import icon
from desktop.qt.ladder_control import LadderControl
from desktop.qt.messages import say
from desktop.qt.remote_commands import RemoteCommands, install_media_keys
from desktop.qt.remote_control import install_remote
from desktop.qt.session_controller import SessionController
from desktop.qt.session_summary import SummaryControl
from desktop.qt.settings import OPTIONS, Option, Settings
from desktop.qt.shortcuts import KeyMap
from desktop.qt.tasks import Task
from desktop.qt.window_editor import EditorMixin
from desktop.qt.window_files import FilesMixin
from desktop.qt.window_marks import MarksMixin
from desktop.qt.window_panels import PanelsMixin
from desktop.qt.window_playback import PlaybackMixin
from desktop.qt.window_session import SessionMixin
from desktop.qt.window_sheet import SheetCommands

if TYPE_CHECKING:
    from desktop.store import Store

log = logging.getLogger(__name__)


class MainWindow(PanelsMixin, EditorMixin, FilesMixin, PlaybackMixin, SessionMixin, MarksMixin, QMainWindow):
    #: The status line of the last session's end, shown again when a late write fails.
    _session_summary = ""
    #: Set once the transport icons are drawn: from then on, a new palette draws them again.
    _icons_drawn = False
    #: Asked as the window closes: True keeps Supple running in the tray (desktop/qt/tray_controller.py).
    close_to_tray: Callable[[], bool] | None = None

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setWindowTitle(desktop.APP_NAME)
        Task.report_failure = self.show_error
        self.setAcceptDrops(True)
        self.settings = settings
        self.backend: VideoBackend | None = None
        self.store: Store | None = None
        #: set_store has been called (with the store, or None when it could not be opened).
        self.store_attached = False
        self.paths: DataPaths | None = None
        self.routine: Routine | None = None
        self._routine_as_written: Routine | None = None
        self.current_row = -1
        #: A playlist's plan items (each step with its own routine and speed), to play it again.
        self._plan_items: list[PlanItem] | None = None
        #: The list rows the session plays, when it plays only some (favourites); None: every row.
        self._session_rows: list[int] | None = None
        #: A session has played to its end: Start begins again at the first step.
        self._start_over = False
        self.session = SessionController(settings, self)
        self.ladder = LadderControl(self, self.ui.menuSession, self.ui.stepList, settings)
        self.summary = SummaryControl(self)
        self._ending = False  # end_session() is stopping the session
        self._ducked = False  # the clip's sound is lowered while the coaching voice speaks
        self._playing: tuple[Path, Segment | None] | None = None  # (clip, segment) the backend was last given
        self._clip_problems: dict[str, Message] = {}  # clip id -> why it cannot be played
        self._backend_label = QLabel(self.tr("Starting video…"), self)
        self.ui.statusbar.addPermanentWidget(self._backend_label)
        for speed in SPEEDS:
            self.ui.speedBox.addItem(f"{speed:g}×", speed)
        self.ui.speedBox.setCurrentIndex(SPEEDS.index(1.0))
        # The clip's name may be long: it must never widen the window (it is elided, with a tooltip).
        self.ui.clipLabel.setMinimumWidth(40)
        self.ui.transportMain.setStretchFactor(self.ui.clipLabel, 1)
        self.ui.transportLayout.setStretchFactor(self.ui.transportMain, 1)
        self.ui.speedBox.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        # A narrow video column (a dock open on a small screen) puts the transport on two rows.
        self.ui.transportBar.installEventFilter(self)
        # The step list and timer keep room for a title and a step's name when panels open beside them.
        self.ui.sideSplitter.setMinimumWidth(210)
        self.ui.routineTitle.set_max_lines(2)
        self.ui.routineSetup.set_max_lines(2)
        # The clip's sound (the cues have their own volume in Settings); both are kept for next time.
        self.ui.volumeSlider.setValue(settings.get(OPTIONS.video_volume))
        self._show_volume(self.ui.volumeSlider.value())
        self._setup_icons()
        self._setup_docks()
        self._setup_editor()
        self.sheets = SheetCommands(self)  # File > Print and Export PDF
        self._setup_marks()
        self._wire()
        # Media keys, MPRIS and the remote page all act through these commands.
        self.commands = RemoteCommands(self)
        self._media_keys = install_media_keys(self, self.commands)
        self.remote = install_remote(self)
        self.ui.actionMute.setChecked(settings.get(OPTIONS.video_muted))
        self.ui.mainSplitter.setStretchFactor(0, 3)
        self.ui.mainSplitter.setStretchFactor(1, 1)
        self.ui.videoPane.show_poster(None, self.tr("Open a routine to begin (File ▸ Open)"))
        self.ui.timerPanel.show_idle(self.tr("Ready", "the timer before a session starts"))
        self._update_session_controls()  # no session yet: its controls start disabled
        self._restore_layout()
        self._tabs_follow_drags()
        # Last: the keys of every action as the person set them (Preferences > Keys).
        self.key_map = KeyMap(self, settings)

    # ----- set-up
    def _setup_icons(self) -> None:
        for button, name in (
            (self.ui.prevButton, "previous"),
            (self.ui.nextButton, "next"),
            (self.ui.loopButton, "loop"),
            (self.ui.mirrorButton, "mirror"),
            (self.ui.muteButton, "volume"),
            (self.ui.fullScreenButton, "fullscreen"),
        ):
            button.setIcon(icon(name))
            button.setIconSize(QSize(22, 22))
        self.ui.muteButton.setIcon(icon("mute" if self.ui.actionMute.isChecked() else "volume"))
        self.ui.playButton.setIconSize(QSize(28, 28))
        self._update_play_icon(self.backend.state.value if self.backend else PlaybackState.STOPPED.value)
        self._icons_drawn = True

    def changeEvent(self, event: QEvent) -> None:
        # A new theme: the transport icons are drawn in the palette's colours, so draw them again.
        if event.type() == QEvent.Type.PaletteChange and self._icons_drawn:
            self._setup_icons()
        super().changeEvent(event)

    def _wire(self) -> None:
        ui = self.ui
        ui.actionOpen.triggered.connect(self.choose_file)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionAbout.triggered.connect(self.show_about)
        ui.actionSettings.triggered.connect(self.show_settings)
        ui.actionFind.triggered.connect(self.find_in_library)
        ui.actionImport.triggered.connect(self.import_file)
        ui.actionExport.triggered.connect(self.export)
        ui.actionGuide.triggered.connect(self.show_guide)
        ui.actionShortcuts.triggered.connect(self.show_shortcuts)
        ui.actionOpenDataFolder.triggered.connect(self.open_data_folder)
        ui.menuRecent.aboutToShow.connect(self._fill_recent)
        ui.actionPlayPause.triggered.connect(self.toggle_playback)
        ui.actionPrevious.triggered.connect(self.previous_step)
        ui.actionNext.triggered.connect(self.next_step)
        ui.actionLoop.toggled.connect(self.set_loop)
        ui.actionFullScreen.toggled.connect(self.set_full_screen)
        ui.actionStartSession.triggered.connect(self.toggle_session)
        ui.actionEndSession.triggered.connect(self.end_session)
        ui.actionRestartStep.triggered.connect(self.session.restart_step)
        ui.actionAddTime.triggered.connect(self.session.add_time)
        ui.actionSlower.triggered.connect(lambda: self.change_speed(-1))
        ui.actionFaster.triggered.connect(lambda: self.change_speed(+1))
        ui.actionFrameBack.triggered.connect(lambda: self.step_frame(-1))
        ui.actionFrameForward.triggered.connect(lambda: self.step_frame(+1))
        ui.actionMirror.toggled.connect(self._apply_mirror)
        ui.actionMute.toggled.connect(self._apply_mute)
        ui.volumeSlider.valueChanged.connect(self._apply_volume)
        ui.actionVolumeUp.triggered.connect(
            lambda: ui.volumeSlider.triggerAction(QSlider.SliderAction.SliderSingleStepAdd)
        )
        ui.actionVolumeDown.triggered.connect(
            lambda: ui.volumeSlider.triggerAction(QSlider.SliderAction.SliderSingleStepSub)
        )
        ui.sessionButton.clicked.connect(self.toggle_session)
        ui.favouriteButton.clicked.connect(ui.actionFavouriteRoutine.trigger)
        ui.actionFavouriteRoutine.triggered.connect(self.set_routine_favourite)
        ui.actionFavouriteStep.triggered.connect(self.set_step_favourite)
        ui.favouritesOnly.toggled.connect(ui.stepList.set_favourites_only)
        ui.favouritesOnly.toggled.connect(lambda _on: self._update_session_controls())
        ui.playButton.clicked.connect(self.toggle_playback)
        ui.prevButton.clicked.connect(self.previous_step)
        ui.nextButton.clicked.connect(self.next_step)
        for button, action in (
            (ui.loopButton, ui.actionLoop),
            (ui.mirrorButton, ui.actionMirror),
            (ui.muteButton, ui.actionMute),
        ):
            button.toggled.connect(action.setChecked)
            action.toggled.connect(button.setChecked)
        ui.fullScreenButton.clicked.connect(ui.actionFullScreen.toggle)
        ui.speedBox.currentIndexChanged.connect(lambda _: self._apply_rate())
        ui.videoPane.doubleClicked.connect(ui.actionFullScreen.toggle)
        ui.stepList.currentRowChanged.connect(self.select_step)
        ui.stepList.stepActivated.connect(self.activate_step)
        # Playback and session keys work anywhere in the central area (the step list must not eat
        # Left/Right/Space); the library and playlist docks keep their own keys.
        for action in (
            ui.actionPlayPause, ui.actionPrevious, ui.actionNext, ui.actionLoop, ui.actionFullScreen,
            ui.actionStartSession, ui.actionRestartStep, ui.actionAddTime, ui.actionEndSession,
            ui.actionSlower, ui.actionFaster, ui.actionFrameBack, ui.actionFrameForward, ui.actionMirror,
            ui.actionMute, ui.actionVolumeUp, ui.actionVolumeDown, ui.actionFavouriteStep,
            ui.actionFavouriteRoutine,
        ):  # fmt: skip
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            ui.central.addAction(action)
        # Esc leaves full screen, and only there: elsewhere it belongs to the focused widget
        # (the Library's search, the playlist item editor, dialogs).
        self._escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self._escape.setEnabled(False)
        self._escape.activated.connect(lambda: ui.actionFullScreen.setChecked(False))
        self._escape.setWhatsThis(self.tr("Leave Full Screen"))

        s = self.session
        s.phaseStarted.connect(self._on_phase)
        s.stepStatusChanged.connect(
            lambda index, status: ui.stepList.set_status(self._list_row(index), status)
        )
        s.ticked.connect(self._update_timer)
        s.stateChanged.connect(self._on_session_state)
        s.finished.connect(self._on_session_finished)
        s.finished.connect(lambda _records: self.history_session_ended())
        s.recordFailed.connect(self._on_history_failed)
        s.cues.speaking.connect(self._duck)

    def set_backend(self, backend: VideoBackend, notice: str = "") -> None:
        """Attach the video backend once it has loaded (after the window is shown)."""
        self.backend = backend
        backend.frameReady.connect(self.ui.videoPane.present)
        backend.errorOccurred.connect(self._on_video_error)
        backend.stateChanged.connect(self._update_play_icon)
        self.commands.attach_backend(backend)
        self.loop_marks.set_backend(backend)
        self._backend_label.setText(self.tr("Video: %1").replace("%1", backend.display_name))
        backend.set_muted(self.ui.actionMute.isChecked())
        backend.set_volume(self._clip_volume())
        if notice:
            self.statusBar().showMessage(notice, 20000)
        if self.current_row >= 0:
            self._play_row(self.current_row)

    def set_store(self, store: Store | None, paths: DataPaths | None = None) -> None:
        """Attach the local store once it has opened (after the window is shown); None if it failed."""
        self.store = store
        self.store_attached = True
        self.paths = paths if paths is not None else self.paths
        self.session.set_store(store)
        self.ladder.set_store(store)
        self._editor_store_changed()
        self.loop_marks.set_store(store)
        if store is not None:
            self.library.set_store(store, paths)
            self.playlists.set_catalog(self.library.catalog)
            self.playlists.set_store(store)
            last = self.settings.get(OPTIONS.last_playlist)
            if last and store.playlists.get(last) is not None:
                self.playlists.open_playlist(last)  # the one open last time
            self._register_routine()
        if self.history_view is not None:
            self.history_view.set_store(store)
        if store is None:
            self.statusBar().showMessage(
                self.tr("History is not being saved: the database could not be opened."), 20000
            )
        elif store.read_only:
            notice = getattr(store, "notice", None)
            self.statusBar().showMessage(
                say(notice)
                if notice is not None
                else self.tr("History is read-only: this database was written by a newer Supple."),
                20000,
            )
        self._show_favourites()

    # ----- the library and favourites
    def _register_routine(self) -> None:
        """Keep the open routine in the store's library (favourites and history refer to it):
        once when it opens, or when the store arrives; a serial store write, before any star."""
        routine, store = self._routine_as_written, self.store
        if routine is None or store is None or store.read_only or not needs_registration(routine):
            return
        library = store.library
        Task(self, lambda _ctx: register_opened(library, routine), name="register", serial=True).start()

    def _favourites_available(self) -> bool:
        routine = self.routine
        return (
            self.store is not None
            and not self.store.read_only
            and routine is not None
            and not is_transient(routine)
        )

    def _show_favourites(self) -> None:
        routine_id = self.routine.id if self.routine is not None else ""
        marked = self.favourites.marked() if routine_id else set()
        steps = {step for rid, step in marked if rid == routine_id and step}
        starred = (routine_id, None) in marked
        self.ui.stepList.set_favourites(steps)
        row = self.ui.stepList.currentRow()
        step_starred = row >= 0 and self.ui.stepList.step_id(row) in steps
        for widget, checked in (
            (self.ui.favouriteButton, starred),
            (self.ui.actionFavouriteRoutine, starred),
            (self.ui.actionFavouriteStep, step_starred),
        ):
            widget.blockSignals(True)
            widget.setChecked(checked)
            widget.setEnabled(self._favourites_available())
            widget.blockSignals(False)
        self.ui.favouriteButton.setText("★" if starred else "☆")
        self._update_session_controls()

    @Slot(bool)
    def set_routine_favourite(self, on: bool) -> None:
        if self._favourites_available():
            assert self.routine is not None
            self.favourites.set(self.routine.id, None, on)  # the views follow through `changed`
        self._show_favourites()

    @Slot(bool)
    def set_step_favourite(self, on: bool) -> None:
        row = self.ui.stepList.currentRow()
        step_id = self.ui.stepList.step_id(row) if row >= 0 else None
        if self._favourites_available() and step_id:
            assert self.routine is not None
            self.favourites.set(self.routine.id, step_id, on)
        self._show_favourites()

    def set_routine(self, routine: Routine, clip_problems: dict[str, Message] | None = None) -> None:
        """Show `routine`; `clip_problems` (clip id -> what is wrong) mark the steps whose clip
        cannot be played: they show the problem instead of a clip, and a session goes on."""
        self.session.stop()
        # Shown and played in the person's language; the library keeps the routine as its file says.
        self._routine_as_written = routine
        routine = localized(routine, ui_languages(self.settings))
        self.loop_marks.clip_shown(None)  # marks are read again for the new routine's steps
        self._show_timeline(False)
        self.routine = routine
        self._clip_problems = dict(clip_problems or {})
        self._plan_items = None
        self._start_over = False
        self.current_row = -1
        self._playing = None
        self.ui.routineTitle.setText(routine.title)
        from desktop.engine import plan_routine

        total = plan_routine(routine).total_seconds
        count = len(routine.steps)
        meta = self.tr("%n step(s) · %1 with rests", "", count).replace("%1", format_seconds(total))
        if routine.credit:
            meta += f"\n{routine.credit}"
        self.ui.routineMeta.setText(meta)
        self.ui.routineMeta.setToolTip("\n\n".join(t for t in (routine.summary, routine.credit) if t))
        # What to set up before the first step, where a newcomer reads it (in full in the tooltip).
        self.ui.routineSetup.setText(
            self.tr("Setup: %1").replace("%1", routine.setup) if routine.setup else ""
        )
        self.ui.routineSetup.setToolTip(routine.setup)
        self.ui.routineSetup.setVisible(bool(routine.setup))
        self.ui.videoPane.set_end_card("")
        self.summary.widget.hide()
        self.setWindowTitle(f"{routine.title} — {desktop.APP_NAME}")
        self.ui.stepList.set_routine(routine)
        self.ladder.set_routine(routine)
        self.ui.stepList.set_problems(
            {
                row: say(self._clip_problems[s.clip])
                for row, s in enumerate(routine.steps)
                if s.clip in self._clip_problems
            }
        )
        self._register_routine()
        self._show_favourites()
        self._update_session_controls()
        if routine.steps:
            self.ui.stepList.setCurrentRow(0)

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
        restores: tuple[tuple[Option[bytes], Callable[[QByteArray], object]], ...] = (
            (OPTIONS.window_geometry, self.restoreGeometry),
            (OPTIONS.main_splitter, self.ui.mainSplitter.restoreState),
            (OPTIONS.side_splitter, self.ui.sideSplitter.restoreState),
            (OPTIONS.window_state, self.restoreState),
        )
        for option, restore in restores:
            value = self.settings.get(option)
            if value:
                restore(QByteArray(value))
        if not self.settings.is_set(OPTIONS.window_geometry):
            self.resize(1280, 760)
            self.ui.mainSplitter.setSizes([900, 380])
            self.ui.sideSplitter.setSizes([380, 340])
            screen = self.screen()
            if screen is not None:  # centred on the screen, at most as large as it
                available = screen.availableGeometry()
                self.resize(self.size().boundedTo(available.size() * 0.95))
                self.move(available.center() - self.rect().center())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._watch_screen()
        QTimer.singleShot(0, self._fit_to_screen)

    def save_layout(self) -> None:
        if self.ui.actionFullScreen.isChecked():
            self.ui.actionFullScreen.setChecked(False)
        self.settings.set(OPTIONS.window_geometry, bytes(self.saveGeometry().data()))
        self.settings.set(OPTIONS.main_splitter, bytes(self.ui.mainSplitter.saveState().data()))
        self.settings.set(OPTIONS.side_splitter, bytes(self.ui.sideSplitter.saveState().data()))
        self.settings.set(OPTIONS.window_state, bytes(self.saveState().data()))
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._editor_allows_close():  # unsaved edits in the routine editor: the person chose
            event.ignore()
            return
        self.session.stop()  # the piece in progress is recorded before the store closes
        if self.close_to_tray is not None and self.close_to_tray():
            self.save_layout()
            event.ignore()
            self.hide()
            return
        Task.wait_all(10)  # and the store writes already started (a star, a saved playlist)
        self.session.cues.close()
        self.save_layout()
        if self.backend is not None:
            self.backend.close()
        super().closeEvent(event)
