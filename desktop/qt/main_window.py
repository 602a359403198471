"""Supple's main window: the video pane, the step list, the timer panel and the transport bar.

Two modes share the controls. Browsing: selecting a step plays its clip on loop. In a session
(SessionController), the engine decides: each phase plays its step's clip or side segment,
mirrored where the step says, the timer counts down, and Left/Right/Space go back, skip and pause.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QObject, QSize, Qt, QTimer, Slot
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QSlider,
    QTabBar,
    QWidget,
)

import desktop
from desktop.content.adhoc import (
    PLAYLIST_ROUTINE_PREFIX,
    is_transient,
    routine_for_clip,
    routine_for_playlist,
)
from desktop.content.registration import needs_registration, register_opened
from desktop.domain import Clip, Routine, SessionRecord, Step
from desktop.domain.describe import format_seconds, session_outcome, step_timing, work_progress
from desktop.engine import Phase, PhaseKind, SessionState, StepStatus
from desktop.media.base import SPEEDS, PlaybackState, VideoBackend
from desktop.qt.dialogs import show_message
from desktop.qt.favourites import FavouritesModel
from desktop.qt.forms.ui_main_window import Ui_MainWindow
from desktop.qt.icons import icon
from desktop.qt.session_controller import SessionController
from desktop.qt.settings import OPTIONS, RECENT_COUNT, Option, Settings, session_defaults
from desktop.qt.tasks import Task, drain_serial

log = logging.getLogger(__name__)

VIDEO_SUFFIXES = {".mp4", ".m4v", ".mov", ".mkv", ".webm", ".avi", ".ogv"}
OPEN_FILTER = "Routines and clips (*.supple.json *.json *.mp4 *.m4v *.mov *.mkv *.webm);;All files (*)"


def _unstated(name: str, played: Step, own: Step, stated: dict[str, frozenset[str]] | None) -> bool:
    """Whether the step's routine file (`stated`, None without one) leaves `name` to the player's
    default, and the playlist item (`played` against the routine's `own` step) leaves it too."""
    from desktop.domain import DEFAULT_PREPARE, DEFAULT_REST

    if getattr(played, name) != getattr(own, name):
        return False
    if stated is None:  # made without a file: a value other than the built-in one was chosen
        return bool(getattr(own, name) == {"prepare": DEFAULT_PREPARE, "rest": DEFAULT_REST}[name])
    return name not in stated.get(own.id, frozenset())


class MainWindow(QMainWindow):
    #: The status line of the last session's end, shown again when a late write fails.
    _session_summary = ""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setWindowTitle(desktop.APP_NAME)
        Task.report_failure = self.show_error
        self.setAcceptDrops(True)
        self.settings = settings
        self.backend: VideoBackend | None = None
        self.store: Any = None
        self.paths: Any = None
        self.routine: Routine | None = None
        self.current_row = -1
        #: A playlist's plan items (each step with its own routine and speed), to play it again.
        self._plan_items: list[Any] | None = None
        #: The list rows the session plays, when it plays only some (favourites); None: every row.
        self._session_rows: list[int] | None = None
        #: A session has played to its end: Start begins again at the first step.
        self._start_over = False
        self.session = SessionController(settings, self)
        self._ending = False  # end_session() is stopping the session
        self._playing: tuple[Path, Any] | None = None  # (clip, segment) the backend was last given
        self._clip_problems: dict[str, str] = {}  # clip id -> why it cannot be played
        self._backend_label = QLabel("Starting video…", self)
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
        self.ui.routineTitle.set_max_lines(2)
        self.ui.routineSetup.set_max_lines(2)
        # The clip's sound (the cues have their own volume in Settings); both are kept for next time.
        self.ui.volumeSlider.setValue(settings.get(OPTIONS.video_volume))
        self._show_volume(self.ui.volumeSlider.value())
        self._setup_icons()
        self._setup_docks()
        self._wire()
        self.ui.actionMute.setChecked(settings.get(OPTIONS.video_muted))
        self.ui.mainSplitter.setStretchFactor(0, 3)
        self.ui.mainSplitter.setStretchFactor(1, 1)
        self.ui.videoPane.show_poster(None, "Open a routine to begin (File ▸ Open)")
        self.ui.timerPanel.show_idle("Ready")
        self._update_session_controls()  # no session yet: its controls start disabled
        self._restore_layout()
        self._tabs_follow_drags()

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
        self.ui.playButton.setIconSize(QSize(28, 28))
        self._update_play_icon(PlaybackState.STOPPED.value)

    def _setup_docks(self) -> None:
        """The routine library and the playlist builder, in docks that remember where they were."""
        from PySide6.QtWidgets import QDockWidget

        from desktop.qt.library_view import LibraryView
        from desktop.qt.playlist_builder import PlaylistBuilder

        self.library = LibraryView(parent=self)
        self.playlists = PlaylistBuilder(parent=self)
        self.library_dock = QDockWidget("Library", self)
        self.library_dock.setObjectName("libraryDock")
        self.library_dock.setWidget(self.library)
        self.playlist_dock = QDockWidget("Playlist", self)
        self.playlist_dock.setObjectName("playlistDock")
        self.playlist_dock.setWidget(self.playlists)
        # Stacked, not tabbed, so that steps can be dragged from one into the other.
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.library_dock)
        self.splitDockWidget(self.library_dock, self.playlist_dock, Qt.Orientation.Vertical)
        self.library_action = self._dock_action(self.library_dock, "F9", self.library.focus_search)
        self.playlist_action = self._dock_action(
            self.playlist_dock,
            "F10",
            lambda: self.playlists.view.setFocus(Qt.FocusReason.ShortcutFocusReason),
        )
        for dock in (self.library_dock, self.playlist_dock):
            dock.hide()
            dock.visibilityChanged.connect(
                lambda visible: QTimer.singleShot(0, lambda: self._fit_to_screen(grow=visible))
            )
            dock.visibilityChanged.connect(lambda _visible: QTimer.singleShot(0, self._tabs_follow_drags))
            dock.dockLocationChanged.connect(lambda _area: QTimer.singleShot(0, self._tabs_follow_drags))
        self.tabifiedDockWidgetActivated.connect(lambda _dock: self._tabs_follow_drags())
        self.library.openRoutine.connect(self.show_routine)
        self.library.playRoutine.connect(self.play_routine)
        self.library.addToPlaylist.connect(self._add_to_playlist)
        self.library.libraryChanged.connect(self._library_changed)
        #: The favourites, one object the window and the Library share; both follow `changed`.
        self.favourites = FavouritesModel(parent=self)
        self.library.use_favourites(self.favourites)
        self.favourites.changed.connect(self._show_favourites)
        self.playlists.playPlaylist.connect(self.play_playlist)
        self.playlists.previewItem.connect(self.preview_step)
        self.library.openPlaylist.connect(self.open_saved_playlist)
        self.library.playPlaylist.connect(self.play_saved_playlist)
        self.playlists.playlistOpened.connect(self._remember_playlist)
        self.playlists.playlistSaved.connect(self._remember_playlist)
        self.playlists.playlistSaved.connect(lambda _id: self.library.refresh_playlists())
        self.playlists.playlistDeleted.connect(self._forget_playlist)

    def _dock_action(self, dock: Any, key: str, focus: Any) -> QAction:
        """The View menu's action for a dock: it shows, raises and focuses the dock, and hides it
        only when it is in front and has the focus (a dock behind a tab comes forward)."""
        action = QAction(dock.windowTitle(), self)
        action.setCheckable(True)
        action.setShortcut(QKeySequence(key))
        action.triggered.connect(lambda: self.toggle_dock(dock, focus))
        dock.visibilityChanged.connect(lambda _visible: action.setChecked(not dock.isHidden()))
        self.ui.menuView.addAction(action)
        return action

    def toggle_dock(self, dock: Any, focus: Any) -> None:
        focused = QApplication.focusWidget()
        in_front = dock.isVisible() and not dock.visibleRegion().isEmpty()  # not behind a tab
        if in_front and focused is not None and dock.isAncestorOf(focused):
            dock.hide()
            return
        self.show_dock(dock)
        focus()

    def show_dock(self, dock: Any) -> None:
        dock.show()
        dock.raise_()

    def _tabs_follow_drags(self) -> None:
        """Hovering a drag over the tab of a tabbed dock brings that dock forward (people may tab
        the Library and Playlist docks; a step must still reach the playlist)."""
        for bar in self.findChildren(QTabBar):
            if bar.parent() is self and not bar.changeCurrentOnDrag():
                bar.setChangeCurrentOnDrag(True)
                bar.setAcceptDrops(True)

    def find_in_library(self) -> None:
        """Ctrl+F from anywhere: the Library, in front, with its search chosen."""
        self.show_dock(self.library_dock)
        self.library.focus_search()

    def _fit_to_screen(self, grow: bool = False) -> None:
        """Keep the whole window, its frame included, inside the screen's available geometry.

        This works because nothing in the window insists on more room than a small screen has:
        the docks and the central area shrink to their minimums (labels wrap or elide, the
        transport goes to two rows), so the window's minimum size fits the screen.
        """
        screen = self.screen()
        if screen is None or self.isFullScreen() or self.isMaximized():
            return
        available = screen.availableGeometry()
        frame = self.frameGeometry()
        extra_w, extra_h = frame.width() - self.width(), frame.height() - self.height()
        wanted = self.width()
        if grow:  # a dock opened, taking its room from the central area: give that back if the screen can
            wanted += max(0, self.ui.mainSplitter.sizeHint().width() - self.centralWidget().width())
        width = min(wanted, available.width() - extra_w)
        height = min(self.height(), available.height() - extra_h)
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        frame = self.frameGeometry()
        x = max(available.left(), min(frame.x(), available.right() + 1 - frame.width()))
        y = max(available.top(), min(frame.y(), available.bottom() + 1 - frame.height()))
        if (x, y) != (frame.x(), frame.y()):
            self.move(x, y)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.transportBar and event.type() == QEvent.Type.Resize:
            self._wrap_transport()
        return super().eventFilter(watched, event)

    def _wrap_transport(self) -> None:
        """One row of transport controls when they fit with room for the clip's name, else two."""
        bar, outer = self.ui.transportBar, self.ui.transportLayout
        groups = (self.ui.transportMain.minimumSize().width(), self.ui.transportMore.minimumSize().width())
        margins = outer.contentsMargins().left() + outer.contentsMargins().right()
        bar.setMinimumWidth(max(groups) + margins)
        one_row = sum(groups) + outer.spacing() + margins + 80
        direction = (
            QBoxLayout.Direction.LeftToRight if bar.width() >= one_row else QBoxLayout.Direction.TopToBottom
        )
        if outer.direction() != direction:
            outer.setDirection(direction)

    def show_routine(self, routine: Routine) -> None:
        self.set_routine(routine)

    def play_routine(self, routine: Routine) -> None:
        self.set_routine(routine)
        self.start_session()

    def preview_step(self, routine: Routine, step: Step) -> None:
        """Show a playlist item's clip (its own loop and mirror) while browsing; a session is left alone."""
        if self.session.active or step.clip not in routine.clips:
            return
        self.ui.stepList.setCurrentRow(-1)  # the list's step is not what shows; choosing it shows it again
        self.current_row = -1
        self._play(
            routine.clips[step.clip], step.segment, mirrored=step.mirror_side is not None, title=step.title
        )

    def _add_to_playlist(self, items: Any) -> None:
        self.playlists.add_items(items)
        self.playlist_dock.show()
        self.playlist_dock.raise_()

    def _remember_playlist(self, playlist_id: str) -> None:
        self.settings.set(OPTIONS.last_playlist, playlist_id)

    def _forget_playlist(self, playlist_id: str) -> None:
        if self.settings.get(OPTIONS.last_playlist) == playlist_id:
            self.settings.reset(OPTIONS.last_playlist)
        self.library.refresh_playlists()

    def find_playlist(self, key: str) -> str | None:
        """The id of the saved playlist whose id or name is `key` (case aside), or None."""
        if self.store is None:
            return None
        playlists = self.store.playlists.entries()
        for match in (lambda p: p.id == key, lambda p: p.title.casefold() == key.casefold()):
            found = next((p.id for p in playlists if match(p)), None)
            if found is not None:
                return str(found)
        return None

    def open_saved_playlist(self, key: str) -> bool:
        """Open a saved playlist (its id or name) in the Playlist dock."""
        playlist_id = self.find_playlist(key)
        if playlist_id is None:
            names = ", ".join(p.title for p in self.store.playlists.entries()) if self.store else ""
            self.statusBar().showMessage(
                f'There is no saved playlist "{key}"' + (f" (saved: {names})." if names else "."), 20000
            )
            return False
        self.show_dock(self.playlist_dock)
        return playlist_id == self.playlists.document.id or self.playlists.open_playlist(playlist_id)

    def play_saved_playlist(self, key: str) -> bool:
        """Play a saved playlist (its id or name), as `supple --play NAME` does."""
        if not self.open_saved_playlist(key):
            return False
        self.playlists.play()
        return self.session.active

    def _library_changed(self, _result: Any) -> None:
        self.playlists.set_catalog(self.library.catalog)
        self.playlists.refresh_saved()

    def play_playlist(self, resolved: Any) -> None:
        """Play a resolved playlist with the same session engine as a routine."""
        if not resolved.steps:
            self.statusBar().showMessage("This playlist has nothing to play.", 10000)
            return
        routine, items = routine_for_playlist(resolved)
        self.set_routine(routine)
        self._plan_items = items
        self.start_session(0)
        if resolved.missing:
            self.statusBar().showMessage(
                f"{len(resolved.missing)} item(s) of this playlist are missing and skipped.", 15000
            )

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
        self._escape.setWhatsThis("Leave Full Screen")

        s = self.session
        s.phaseStarted.connect(self._on_phase)
        s.stepStatusChanged.connect(
            lambda index, status: ui.stepList.set_status(self._list_row(index), status)
        )
        s.ticked.connect(self._update_timer)
        s.stateChanged.connect(self._on_session_state)
        s.finished.connect(self._on_session_finished)
        s.recordFailed.connect(self._on_history_failed)

    def set_backend(self, backend: VideoBackend, notice: str = "") -> None:
        """Attach the video backend once it has loaded (after the window is shown)."""
        self.backend = backend
        backend.frameReady.connect(self.ui.videoPane.present)
        backend.errorOccurred.connect(self._on_video_error)
        backend.stateChanged.connect(self._update_play_icon)
        self._backend_label.setText(f"Video: {backend.display_name}")
        backend.set_muted(self.ui.actionMute.isChecked())
        backend.set_volume(self.ui.volumeSlider.value())
        if notice:
            self.statusBar().showMessage(notice, 20000)
        if self.current_row >= 0:
            self._play_row(self.current_row)

    def set_store(self, store: Any, paths: Any = None) -> None:
        """Attach the local store once it has opened (after the window is shown); None if it failed."""
        self.store = store
        self.paths = paths if paths is not None else self.paths
        self.session.set_store(store)
        if store is not None:
            self.library.set_store(store, paths)
            self.playlists.set_catalog(self.library.catalog)
            self.playlists.set_store(store)
            last = self.settings.get(OPTIONS.last_playlist)
            if last and store.playlists.get(last) is not None:
                self.playlists.open_playlist(last)  # the one open last time
            self._register_routine()
        if store is None:
            self.statusBar().showMessage(
                "History is not being saved: the database could not be opened.", 20000
            )
        elif store.read_only:
            self.statusBar().showMessage(
                getattr(store, "notice", None)
                or "History is read-only: this database was written by a newer Supple.",
                20000,
            )
        self._show_favourites()

    # ----- the library and favourites
    def _register_routine(self) -> None:
        """Keep the open routine in the store's library (favourites and history refer to it):
        once when it opens, or when the store arrives; a serial store write, before any star."""
        routine, store = self.routine, self.store
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
            self._remember_recent(path)
            return True
        from desktop.content import RoutineError, load_routine_lenient

        try:
            routine, problems = load_routine_lenient(path)  # a missing clip marks its steps
        except RoutineError as exc:
            log.warning("could not open %s: %s", path, exc)
            self._warn_bad_file(path, str(exc))
            return False
        self.set_routine(routine, clip_problems=problems)
        self._remember_recent(path)
        if problems:
            count = sum(1 for step in routine.steps if step.clip in problems)
            log.warning("%s: %s", path, "; ".join(problems.values()))
            self.statusBar().showMessage(
                f"{count} step{'s' if count != 1 else ''} of {routine.title} cannot show a clip (marked ⚠); "
                "the rest plays as usual.",
                20000,
            )
        return True

    def recent_files(self) -> list[Path]:
        return [Path(name) for name in self.settings.get(OPTIONS.recent_files)]

    def _remember_recent(self, path: Path) -> None:
        resolved = path.resolve()
        files = [resolved, *(p for p in self.recent_files() if p != resolved)][:RECENT_COUNT]
        self.settings.set(OPTIONS.recent_files, tuple(str(p) for p in files))

    def _fill_recent(self) -> None:
        menu = self.ui.menuRecent
        menu.clear()
        files = self.recent_files()
        for number, path in enumerate(files, start=1):
            action = menu.addAction(f"&{number} {path.name}")
            action.setToolTip(str(path))
            action.setEnabled(path.is_file())
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
        if files:
            menu.addSeparator()
            menu.addAction("&Clear the List", lambda: self.settings.reset(OPTIONS.recent_files))
        else:
            menu.addAction("Nothing opened yet").setEnabled(False)

    # ----- import, export and help
    @Slot()
    def import_file(self) -> None:
        self.show_dock(self.library_dock)
        self.library.import_chosen()

    @Slot()
    def export(self) -> None:
        """Ctrl+Shift+E: the playlist when the Playlist dock has the focus, else the routine chosen
        in the Library when it has the focus, else the routine that is open."""
        focused = QApplication.focusWidget()
        routine = self.routine
        if focused is not None and self.playlist_dock.isAncestorOf(focused):
            self.playlists.export()
        elif focused is not None and self.library_dock.isAncestorOf(focused):
            self.library.export_current()
        elif routine is not None and routine.id.startswith(PLAYLIST_ROUTINE_PREFIX):
            self.playlists.export()
        elif routine is not None and not is_transient(routine):
            self.library.export(routine)
        else:
            self.statusBar().showMessage("Open a routine or build a playlist to export it.", 10000)

    @Slot()
    def show_shortcuts(self) -> None:
        from desktop.qt.help import ShortcutsDialog

        self.shortcuts_dialog = ShortcutsDialog(self)
        self.shortcuts_dialog.open()

    @Slot()
    def show_guide(self) -> None:
        from desktop.qt.help import GuideDialog

        self.guide_dialog = GuideDialog(self)
        self.guide_dialog.open()

    @Slot()
    def open_data_folder(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        from desktop.paths import data_paths

        root = (self.paths or data_paths()).ensure().root
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(root))):
            self.statusBar().showMessage(f"Your data folder is {root}", 20000)

    def _warn_bad_file(self, path: Path, details: str) -> None:
        show_message(
            self,
            QMessageBox.Icon.Warning,
            "Cannot open routine",
            f"Supple cannot open {path.name}.",
            name="badFileBox",
            informative=details,
            details=details,
        )

    def show_error(self, error: BaseException) -> None:
        """Work done in the background failed (a store write, say): say what, in plain words; the
        data shown stays as it was. Every Task without a failure handler of its own ends here."""
        from desktop.store.errors import plain_reason

        log.error("background work failed", exc_info=error)
        show_message(
            self,
            QMessageBox.Icon.Warning,
            "Not saved",
            "Supple could not save that change.",
            name="taskErrorBox",
            informative=plain_reason(error),
        )

    def set_routine(self, routine: Routine, clip_problems: dict[str, str] | None = None) -> None:
        """Show `routine`; `clip_problems` (clip id -> what is wrong) mark the steps whose clip
        cannot be played: they show the problem instead of a clip, and a session goes on."""
        self.session.stop()
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
        meta = f"{count} step{'s' if count != 1 else ''} · {format_seconds(total)} with rests"
        if routine.credit:
            meta += f"\n{routine.credit}"
        self.ui.routineMeta.setText(meta)
        self.ui.routineMeta.setToolTip("\n\n".join(t for t in (routine.summary, routine.credit) if t))
        # What to set up before the first step, where a newcomer reads it (in full in the tooltip).
        self.ui.routineSetup.setText(f"Setup: {routine.setup}" if routine.setup else "")
        self.ui.routineSetup.setToolTip(routine.setup)
        self.ui.routineSetup.setVisible(bool(routine.setup))
        self.ui.videoPane.set_end_card("")
        self.setWindowTitle(f"{routine.title} — {desktop.APP_NAME}")
        self.ui.stepList.set_routine(routine)
        self.ui.stepList.set_problems(
            {
                row: self._clip_problems[s.clip]
                for row, s in enumerate(routine.steps)
                if s.clip in self._clip_problems
            }
        )
        self._register_routine()
        self._show_favourites()
        self._update_session_controls()
        if routine.steps:
            self.ui.stepList.setCurrentRow(0)

    # ----- browsing: a selected step plays its clip on loop
    @Slot(int)
    def select_step(self, row: int) -> None:
        if self.routine is None or not 0 <= row < len(self.routine.steps) or row == self.current_row:
            return
        if self.session.active:
            # The session decides what plays and the list follows it: a click does not move the
            # highlight (double-click jumps). Up and Down may, to choose a step for Enter to jump to.
            playing = self._session_row()
            if QApplication.mouseButtons() != Qt.MouseButton.NoButton and playing not in (-1, row):
                self.ui.stepList.setCurrentRow(playing)
            return
        self._start_over = False
        self.current_row = row
        self._show_favourites()
        step = self.routine.steps[row]
        cue = step.cues[0] if step.cues else ""
        unit = "per side" if step.sides.value == "both" else ("hold" if step.hold is not None else "reps")
        from desktop.engine import plan_routine

        plan = plan_routine(self.routine)
        step_seconds = sum(plan.phases[i].duration for i in plan.step_ranges[row])
        self.ui.timerPanel.show_idle(
            f"Step {row + 1} of {len(self.routine.steps)}",
            format_seconds(step.work_seconds),
            cue,
            step_timing(step, step_seconds),
            caption=unit,
        )
        self._play_row(row)

    def _play_row(self, row: int) -> None:
        assert self.routine is not None
        step = self.routine.steps[row]
        self._play(self.routine.clip_for(step), step.segment, mirrored=False, title=step.title)

    def _play(self, clip: Clip, segment: Any, *, mirrored: bool, title: str) -> None:
        """Load a clip (showing its poster at once) unless it is already playing that segment."""
        self.ui.videoPane.set_mirrored(mirrored != self.ui.actionMirror.isChecked())
        self.ui.videoPane.set_end_card("")
        label = title if title == clip.file.name else f"{title} · {clip.file.name}"
        self.ui.clipLabel.setText(label)
        self.ui.clipLabel.setToolTip(str(clip.file))
        problem = self._clip_problems.get(clip.id)
        if problem is not None:
            self._playing = None
            if self.backend is not None:
                self.backend.stop()
            self.ui.videoPane.show_error(problem)
            return
        if self._playing == (clip.file, segment) and self.backend is not None:
            if self.backend.state == PlaybackState.PAUSED and not self._session_paused():
                self.backend.play()
            return
        self._playing = (clip.file, segment)
        self.ui.videoPane.show_poster(clip.poster, "Loading clip…")
        if self.backend is not None:
            self.backend.load(clip.file, segment, loop=self.ui.actionLoop.isChecked())
            self._apply_rate()

    @Slot(int)
    def activate_step(self, row: int) -> None:
        """Double-click or Enter on a step: jump there in a session, or start a session there."""
        if self.session.active:
            rows = self._session_rows
            if rows is None:
                self.session.jump_to_step(row)
            elif row in rows:
                self.session.jump_to_step(rows.index(row))
        elif self.routine is not None:
            self.start_session(from_step=row)

    # ----- the session
    def _favourite_rows(self) -> list[int] | None:
        """The rows a session plays with "Favourite steps only" on; None when it plays them all."""
        if self.routine is None or not self.ui.favouritesOnly.isChecked() or not self._favourites_available():
            return None
        return [row for row in range(len(self.routine.steps)) if self.ui.stepList.is_favourite(row)]

    def _session_row(self) -> int:
        phase = self.session.phase
        return -1 if phase is None else self._list_row(phase.step_index)

    def _with_defaults(self, items: list[Any], defaults: Any) -> list[Any]:
        """The plan items with Preferences' get-ready and rest times where the step's routine file
        does not say (and a playlist item does not change them)."""
        from desktop.content.routine import stated_step_fields

        stated: dict[str, dict[str, frozenset[str]] | None] = {}
        out = []
        for item in items:
            routine = self.routine if self.routine and item.routine_id == self.routine.id else None
            routine = routine or self.library.catalog(item.routine_id)
            if routine is None:
                out.append(item)
                continue
            if routine.id not in stated:
                stated[routine.id] = stated_step_fields(routine)
            fields = stated[routine.id]
            own = next((s for s in routine.steps if s.id == item.step.id), item.step)

            changes = {
                name: value
                for name, value in (("prepare", defaults.prepare), ("rest", defaults.rest))
                if _unstated(name, item.step, own, fields)
            }
            out.append(dataclasses.replace(item, step=dataclasses.replace(item.step, **changes)))
        return out

    def _list_row(self, index: int) -> int:
        """The list row of the session's step `index`."""
        rows = self._session_rows
        return index if rows is None else rows[index] if 0 <= index < len(rows) else -1

    def start_session(self, from_step: int = 0) -> None:
        """Start at list row `from_step`: a playlist with its own items, and with "Favourite steps
        only" on, only the starred steps (from the first at or after `from_step`)."""
        if self.routine is None:
            return
        from desktop.engine import PlanItem, build_plan

        rows = self._favourite_rows()
        if rows is not None and not rows:
            self.statusBar().showMessage(
                "No step is starred: star steps with Ctrl+D, or turn off Favourite steps only.", 10000
            )
            return
        items = self._plan_items or [PlanItem(self.routine.id, step) for step in self.routine.steps]
        defaults = session_defaults(self.settings)
        items = self._with_defaults(items, defaults)
        start = from_step
        if rows is not None:
            items = [items[row] for row in rows]
            start = next((i for i, row in enumerate(rows) if row >= from_step), 0)
        self._session_rows = rows
        self._start_over = False
        self.ui.stepList.reset_statuses()
        self._playing = None
        plan = build_plan(
            items, switch_seconds=defaults.switch, countdown_before_rest=defaults.countdown_before_rest
        )
        self.session.start(self.routine, start, plan=plan)
        self._update_session_controls()

    @Slot()
    def toggle_session(self) -> None:
        if self.session.active:
            self.end_session()
        else:
            self.start_session(0 if self._start_over else max(0, self.current_row))

    @Slot()
    def end_session(self) -> None:
        if self.session.active:
            self._ending = True
            try:
                self.session.stop()
            finally:
                self._ending = False
        self._update_session_controls()

    def _session_paused(self) -> bool:
        return self.session.paused

    @Slot(object)
    def _on_phase(self, phase: Phase) -> None:
        if self.routine is None:
            return
        self.current_row = self._list_row(phase.step_index)
        clip = self.routine.clip_for(phase.step)
        self._play(clip, phase.segment, mirrored=phase.mirrored, title=phase.step.title)
        self._update_timer()

    @Slot()
    def _update_timer(self) -> None:
        view = self.session.view()
        if view is None:
            return
        phase = view.phase
        if phase is None:
            return
        progress = work_progress(view.rep, phase.reps, phase.set_index, phase.step.sets)
        if phase.kind is PhaseKind.WORK:
            label = f"{phase.step.title} · {phase.label}"
        elif phase.kind is PhaseKind.PREPARE:
            label = f"{phase.label}: {phase.step.title}"
        else:
            label = phase.label
        cue = view.cue_line or ""
        if phase.kind is PhaseKind.PREPARE and phase.index == 0 and self.routine and self.routine.setup:
            cue = self.routine.setup  # before the first step: how to set up
        self.ui.timerPanel.show_phase(
            label=label,
            kind=phase.kind.value,
            remaining=view.remaining,
            fraction_left=1.0 - view.progress,
            cue=cue,
            next_text=view.up_next,
            rep_text=progress,
            total_remaining=view.total_remaining,
        )
        if self.ui.actionFullScreen.isChecked():
            title = phase.step.title + (f" · {progress}" if progress else "")
            big = f"{phase.label}  {format_seconds(view.remaining)}"
            small = view.cue_line or (f"Next: {view.up_next}" if view.up_next else "")
            self.ui.videoPane.set_overlay(big, small, title)

    @Slot(object)
    def _on_session_state(self, state: SessionState) -> None:
        if self.backend is not None:
            if state is SessionState.PAUSED:
                self.backend.pause()
            elif state is SessionState.RUNNING and self.backend.state == PlaybackState.PAUSED:
                self.backend.play()
        self.ui.videoPane.set_paused(state is SessionState.PAUSED)
        self._update_session_controls()
        self._update_play_icon(self.backend.state.value if self.backend else "stopped")

    @Slot(object)
    def _on_session_finished(self, records: tuple[SessionRecord, ...]) -> None:
        self._start_over = True
        statuses = self.session.step_statuses
        ended_early = self._ending or StepStatus.PENDING in statuses
        headline, count = session_outcome(
            sum(1 for s in statuses if s is StepStatus.DONE), len(statuses), ended_early=ended_early
        )
        worked = f"{format_seconds(sum(r.actual_seconds for r in records))} of work"
        self.ui.timerPanel.show_idle(headline, "–" if ended_early else "✓", count, worked)
        self.ui.videoPane.set_overlay("", "")
        # The end shows over the picture too (in full screen it is all there is); the clip stops.
        self.ui.videoPane.set_end_card(headline, (count, worked))
        if self.backend is not None:
            self.backend.pause()
        saved = " What you did is saved in your history." if ended_early and self.store is not None else ""
        self._session_summary = f"{headline}: {count}."
        unsaved = self._unsaved_note()
        self.statusBar().showMessage(self._session_summary + (unsaved or saved), 15000)
        self._update_session_controls()

    def _unsaved_note(self) -> str:
        unsaved = self.session.unsaved_steps()
        if not unsaved:
            return ""
        # A record is one side of one set of a step, as each failure's own message names it.
        return f" {unsaved} step record{'s were' if unsaved > 1 else ' was'} not saved to history."

    @Slot(str)
    def _on_history_failed(self, message: str) -> None:
        """A history write failed: say so at once (the session goes on); after the session's end,
        its summary with the count (the last writes may fail after it was shown)."""
        ended = not self.session.active and self._session_summary
        self.statusBar().showMessage((ended or message) + self._unsaved_note(), 60000)

    def _update_session_controls(self) -> None:
        active = self.session.active
        favourites = not active and self._favourite_rows() is not None
        self.ui.sessionButton.setText(
            "End session" if active else "Start (favourites)" if favourites else "Start session"
        )
        self.ui.actionStartSession.setText("&End Session" if active else "&Start Session")
        self.ui.actionEndSession.setEnabled(active)
        self.ui.actionRestartStep.setEnabled(active)
        self.ui.actionAddTime.setEnabled(active)
        self.ui.sessionButton.setEnabled(self.routine is not None)
        if not active:
            self.ui.videoPane.set_overlay("", "")
            self.ui.videoPane.set_paused(False)

    # ----- transport
    @Slot()
    def toggle_playback(self) -> None:
        if self.session.active:
            self.session.toggle_pause()
        elif self.backend is not None:
            self.backend.toggle()

    @Slot()
    def next_step(self) -> None:
        if self.session.active:
            self.session.skip()
        elif self.routine and self.current_row + 1 < len(self.routine.steps):
            self.ui.stepList.setCurrentRow(self.current_row + 1)

    @Slot()
    def previous_step(self) -> None:
        if self.session.active:
            self.session.back()
        elif self.routine and self.current_row > 0:
            self.ui.stepList.setCurrentRow(self.current_row - 1)

    @Slot(bool)
    def set_loop(self, on: bool) -> None:
        """Only what happens at the clip's end changes: the clip plays on from where it is."""
        if self.backend is not None:
            self.backend.set_loop(on)

    def change_speed(self, direction: int) -> None:
        box = self.ui.speedBox
        box.setCurrentIndex(max(0, min(box.count() - 1, box.currentIndex() + direction)))

    def _apply_rate(self) -> None:
        if self.backend is None:
            return
        rate = float(self.ui.speedBox.currentData())
        self.backend.set_rate(rate * self.session.rate)
        self.statusBar().showMessage(f"Clip speed {rate:g}×", 2000)

    def step_frame(self, direction: int) -> None:
        if self.backend is not None and not self.session.active:
            self.backend.step_frame(direction)

    @Slot(bool)
    def _apply_mirror(self, on: bool) -> None:
        phase = self.session.phase
        auto = bool(phase is not None and phase.mirrored)
        self.ui.videoPane.set_mirrored(auto != on)

    @Slot(bool)
    def _apply_mute(self, on: bool) -> None:
        self.ui.muteButton.setIcon(icon("mute" if on else "volume"))
        self.settings.set(OPTIONS.video_muted, on)
        if self.backend is not None:
            self.backend.set_muted(on)

    @Slot(int)
    def _apply_volume(self, volume: int) -> None:
        self._show_volume(volume)
        self.settings.set(OPTIONS.video_volume, volume)
        if self.backend is not None:
            self.backend.set_volume(volume)
        if volume > 0 and self.ui.actionMute.isChecked():
            self.ui.actionMute.setChecked(False)  # turning the sound up means wanting to hear it

    def _show_volume(self, volume: int) -> None:
        self.ui.volumeSlider.setToolTip(f"Clip volume {volume}% (Ctrl+Up and Ctrl+Down)")

    @Slot(bool)
    def set_full_screen(self, on: bool) -> None:
        for widget in (self.ui.sideSplitter, self.ui.transportBar, self.menuBar(), self.statusBar()):
            widget.setVisible(not on)
        self._escape.setEnabled(on)
        if on:
            self.showFullScreen()
            # The focus may have been in the side column, now hidden: keep the keys working.
            self.ui.videoPane.setFocus(Qt.FocusReason.OtherFocusReason)
            self._update_timer()
        else:
            self.ui.videoPane.set_overlay("", "")
            self.showNormal()

    @Slot(str)
    def _on_video_error(self, message: str) -> None:
        self._playing = None
        self.ui.videoPane.show_error(message)
        self.statusBar().showMessage(message, 15000)

    @Slot(str)
    def _update_play_icon(self, state: str) -> None:
        playing = state in (PlaybackState.PLAYING.value, PlaybackState.LOADING.value)
        if self.session.active:
            playing = not self._session_paused()
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

    @Slot()
    def show_settings(self) -> None:
        from desktop.qt.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self.session.cues, self)
        dialog.open()
        self.settings_dialog = dialog

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
        self.session.stop()  # the piece in progress is recorded before the store closes
        drain_serial(10)  # and the store writes already started (a star, a saved playlist)
        self.session.cues.close()
        self.save_layout()
        if self.backend is not None:
            self.backend.close()
        super().closeEvent(event)
