"""Composition root: builds the window, the video backend and (later) the store; owns their lifetimes.

Start-up is ordered for speed: the window is shown first with what it can show at once, and the
heavy parts (libVLC, the routine, the store) load in the next turns of the event loop.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import desktop
from desktop.logs import setup_logging
from desktop.paths import DataPaths, data_paths

if TYPE_CHECKING:
    from desktop.qt.settings import Option
    from desktop.qt.tasks import TaskContext
    from desktop.store import Store

log = logging.getLogger(__name__)

#: How long the store waits for the first frame before it opens anyway (a clip that never shows).
FIRST_FRAME_WAIT_MS = 3000


#: Libraries that nothing before the first frame needs; the start-up report says which are loaded.
DEFERRED_LIBRARIES = ("sqlalchemy", "alembic", "jsonschema", "av")
#: ... and those that drawing the window does not need (the single-instance server and the remote
#: page's networking load after it shows).
AFTER_WINDOW = ("PySide6.QtNetwork",)


class StartupReport:
    """Writes start-up milestones (wall-clock seconds, and which of DEFERRED_LIBRARIES and
    AFTER_WINDOW are loaded) to SUPPLE_STARTUP_REPORT, for bench/startup.py and the tests."""

    def __init__(self) -> None:
        self.path = os.environ.get("SUPPLE_STARTUP_REPORT")
        self.seen: set[str] = set()

    def mark(self, event: str, **extra: object) -> None:
        if not self.path or event in self.seen:
            return
        self.seen.add(event)
        with open(self.path, "a", encoding="utf-8") as f:
            loaded = [name for name in DEFERRED_LIBRARIES + AFTER_WINDOW if name in sys.modules]
            f.write(json.dumps({"event": event, "t": time.time(), "loaded": loaded, **extra}) + "\n")


def default_routine() -> Path | None:
    try:
        from desktop.content import bundled_routine_path
    except ImportError:
        return None
    path = bundled_routine_path()
    return path if path.is_file() else None


class Application:
    def __init__(self, opts: argparse.Namespace, paths: DataPaths) -> None:
        from PySide6.QtCore import QCoreApplication, Qt
        from PySide6.QtGui import QGuiApplication
        from PySide6.QtWidgets import QApplication

        from desktop.qt.sources import keep_no_sources

        keep_no_sources()  # tens of MB of module sources (desktop.qt.sources)
        self.opts = opts
        self.paths = paths
        self.report = StartupReport()
        # CPU frame conversion for Qt Multimedia (docs/DESIGN.md); must precede the QApplication.
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ForceRasterWidgets)
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        existing = QApplication.instance()
        self.qapp = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0]])
        self.qapp.setApplicationName(desktop.APP_NAME)
        self.qapp.setApplicationVersion(desktop.__version__)
        self.qapp.setOrganizationName(desktop.APP_NAME)
        from desktop.identity import APP_ID

        # Wayland and the task bars match the window to io.supple.Supple.desktop by this name.
        self.qapp.setDesktopFileName(APP_ID)
        from desktop.qt.icons import app_icon

        self.qapp.setWindowIcon(app_icon())
        from desktop.qt.crash import CrashReporter

        self.crash = CrashReporter(paths.log_file)
        self.crash.install()
        from desktop.qt.settings import OPTIONS, Settings

        self.settings = Settings(str(paths.settings))
        from desktop.qt.i18n import install_translators

        # Before anything builds a widget: texts are translated as they are set.
        self.translators = install_translators(self.qapp, self.settings)
        from desktop.qt.theme import ThemeFollower

        self.theme = ThemeFollower(self.qapp, self.settings.get(OPTIONS.theme))
        self.settings.changed.connect(self._setting_changed)

        from desktop.qt.main_window import MainWindow

        self.window = MainWindow(self.settings)
        self.window.ui.videoPane.firstFramePainted.connect(lambda: self.report.mark("first-frame"))
        # The media library (PyAV) is not needed to paint the first frame: the timeline reads after it.
        self.window.loop_marks.hold_reads()
        self.window.ui.videoPane.firstFramePainted.connect(self.window.loop_marks.release_reads)
        self.window.loop_marks.changed.connect(self._clip_changed)
        self.store: Store | None = None
        self._pending_import: Path | None = None

        from desktop.qt.tray_controller import TrayController

        data_dir = getattr(opts, "data_dir", None)
        self.tray = TrayController(
            self.window,
            self.settings,
            autostart_command=_autostart_command(str(paths.root) if data_dir else None),
        )
        self.tray.service.startRequested.connect(lambda _reminder: self.report.mark("reminder-start"))

    def _clip_changed(self) -> None:
        if self.window.loop_marks.facts is not None:
            self.report.mark("clip-read")  # the frames of the clip shown are known

    def _setting_changed(self, key: str) -> None:
        from desktop.qt.settings import OPTIONS

        if key == OPTIONS.theme.key:
            self.theme.choose(self.settings.get(OPTIONS.theme))

    def _quit_on_signals(self) -> None:
        """SIGTERM (log-out, `kill`) and Ctrl+C close the window properly, saving its layout.

        Python runs signal handlers only between bytecodes, so a slow timer gives it the chance.
        The handler may run in the middle of any slot: it closes the window from the event loop,
        after that slot, so a dialog the slot opens next cannot outlive the window and keep the
        application running.
        """
        import signal

        from PySide6.QtCore import QTimer

        for sig in (signal.SIGTERM, signal.SIGINT):
            # Quit, not close: closing may keep Supple in the tray, and a log-out must end it.
            signal.signal(sig, lambda *_: QTimer.singleShot(0, self.tray.quit))
        self._signal_timer = QTimer()
        self._signal_timer.timeout.connect(lambda: None)
        self._signal_timer.start(250)

    def start(self) -> None:
        from PySide6.QtCore import QTimer

        self._quit_on_signals()
        if getattr(self.opts, "tray", False) and self.tray.tray.available:
            self.report.mark("tray-only")  # started at login: the tray waits for a reminder
        else:
            self.window.show()
            self.report.mark("window-shown")
        # After show (QtNetwork is not needed to draw the window), before the event loop serves anyone.
        from desktop.qt.single_instance import InstanceServer

        self.instance_server = InstanceServer(self.paths)
        self.instance_server.requested.connect(self._second_launch)
        QTimer.singleShot(0, self._load_backend)
        QTimer.singleShot(0, self._start_hands_free)

    def _start_hands_free(self) -> None:
        """The remote page if it was left on, and Supple on the session bus for media keys and
        widgets (Linux; silent without a bus)."""
        self.window.remote.apply()
        if sys.platform.startswith("linux"):
            from desktop.qt.mpris import Mpris

            self.mpris = Mpris(self.window.commands)
            self.mpris.start()

    def _load_backend(self) -> None:
        from PySide6.QtCore import QCoreApplication

        from desktop.media.select import create_backend

        choice = create_backend(self.opts.backend, self.window)
        from desktop.paths import vlc_source

        log.info("video backend: %s (%s)", choice.backend.display_name, vlc_source().describe())
        self.report.mark("backend", name=choice.backend.display_name)
        self.window.set_backend(choice.backend, choice.notice)
        if choice.notice:
            from desktop.qt.settings import OPTIONS

            self._tell_once(
                OPTIONS.vlc_missing_told,
                QCoreApplication.translate("Application", "Playing without libVLC"),
                choice.notice,
            )
        self._open_initial()
        self._open_store_in_background()

    def _open_store_in_background(self) -> None:
        """Once the first frame is painted, import SQLAlchemy and open the store (check, back up,
        migrate, maybe recover) off the GUI thread.

        Opening runs ``PRAGMA quick_check`` over the whole file: it waits for the first frame so it
        never competes with showing the clip. A session started meanwhile keeps its records until
        the store arrives (`SessionController.set_store`).
        """
        import threading

        from PySide6.QtCore import QTimer

        from desktop.qt.messages import say
        from desktop.qt.store_words import STORE_WORDS  # made here: a QObject of the GUI thread

        painted = threading.Event()
        pane = self.window.ui.videoPane
        pane.firstFramePainted.connect(painted.set)
        if pane.frames_painted or self.window.routine is None:
            painted.set()  # painted already, or nothing to paint
        else:  # a clip that never shows a frame (broken, or no video backend) must not keep history waiting
            QTimer.singleShot(FIRST_FRAME_WAIT_MS, painted.set)

        def work(_ctx: TaskContext) -> tuple[Store | None, str]:
            from PySide6.QtCore import QCoreApplication

            from desktop.store.errors import plain_reason

            store: Store | None = None
            message = ""
            try:
                # Only then SQLAlchemy: importing it holds the GIL for ~0.2 s, which the first frame
                # (and the routine's load before it) would wait for.
                painted.wait()
                from desktop.store import NewerDatabaseError, open_store

                self.report.mark("store-check")
                try:
                    store = open_store(self.paths)
                except NewerDatabaseError as exc:
                    log.warning("%s", exc)
                    message = (
                        STORE_WORDS.newer_database_text(exc)
                        + " "
                        + QCoreApplication.translate(
                            "Application",
                            "Supple opened it read-only: history is shown but nothing new is saved.",
                        )
                    )
                    store = open_store(self.paths, read_only=True)
                if store.notice:
                    message = say(store.notice)
            except Exception as exc:
                log.exception("the store could not be opened")
                message = QCoreApplication.translate(
                    "Application", "Supple could not open its database: %1. Nothing will be saved this time."
                ).replace("%1", plain_reason(exc))
            return store, message

        from desktop.qt.tasks import Task

        Task(self.window, work, name="open-store").on_success(
            lambda opened: self._store_opened(*opened)
        ).start()

    def _store_opened(self, store: Store | None, message: str) -> None:
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QMessageBox

        from desktop.qt.dialogs import show_message

        self.store = store
        self.report.mark("store-open")
        from PySide6.QtCore import QTimer

        from desktop.qt.memory import give_back

        # Start-up is over once what the store opened has been read (desktop.qt.memory).
        QTimer.singleShot(1000, give_back)
        self.window.loop_marks.release_reads()  # if no frame came (a broken clip), from now on
        self.window.set_store(store, self.paths)
        if self._pending_import is not None:  # a bundle or playlist named on the command line
            self.window.open_path(self._pending_import)
        if store is not None:
            self.tray.set_store(store)
        playlist = getattr(self.opts, "playlist", None)
        if playlist and not self.window.play_saved_playlist(playlist):
            log.warning("--play %s: no such saved playlist", playlist)
        if message:
            log.warning(message)
            show_message(
                self.window,
                QMessageBox.Icon.Warning,
                QCoreApplication.translate("Application", "Your history"),
                message,
                name="storeBox",
            )
        elif store is not None and store.recovery is not None:
            from desktop.qt.store_words import STORE_WORDS

            log.warning("database recovered: %s", store.recovery.message)
            show_message(
                self.window,
                QMessageBox.Icon.Information,
                QCoreApplication.translate("Application", "Your history was repaired"),
                STORE_WORDS.recovery_text(store.recovery),
                name="storeBox",
            )

    def _second_launch(self, request: dict[str, Any]) -> None:
        """Another `supple` was started with this data folder: bring the window forward, open its file."""
        log.info("another launch asked to open %s", request.get("file") or "the window")
        self.window.showNormal() if self.window.isMinimized() else self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        if request.get("file") and self.window.open_path(Path(request["file"])) and request.get("play"):
            self.window.start_session()

    def _open_initial(self) -> None:
        from desktop.qt.window_files import goes_to_library

        target = Path(self.opts.file) if self.opts.file else default_routine()
        if target is not None and goes_to_library(target):
            self._pending_import = target  # imported once the store is open; the usual routine shows
            target = default_routine()
        play = getattr(self.opts, "play", False) and not getattr(self.opts, "playlist", None)
        play = play and self._pending_import is None
        if target is not None and self.window.open_path(target) and play:
            self.window.start_session()
            self.report.mark("session-started", active=self.window.session.active)

    def _tell_once(self, told: Option[bool], title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        from desktop.qt.dialogs import show_message

        if self.settings.get(told):
            return
        self.settings.set(told, True)
        self.report.mark("notice-shown", key=told.key)
        show_message(self.window, QMessageBox.Icon.Information, title, text, name="noticeBox")

    def exec(self) -> int:
        self.start()
        status = int(self.qapp.exec())
        self.instance_server.close()
        self.tray.shutdown()
        from desktop.qt.tasks import Task

        Task.wait_all(10)  # store writes already started (a star, a saved playlist) end first
        if self.store is not None:
            self.store.close()  # drains the history writer, marks a clean shutdown
        return status


def _autostart_command(data_dir: str | None) -> list[str]:
    """How the start-at-login entry starts this Supple: the `supple` script beside this Python when
    it is installed so, else this Python with `-m desktop`."""
    from desktop.qt.autostart import command

    script = Path(sys.executable).with_name("supple")
    return command(str(script) if script.is_file() else None, data_dir)


def run(opts: argparse.Namespace) -> int:
    paths = data_paths(opts.data_dir)
    try:
        paths.ensure()
    except OSError as exc:
        if not paths.root.is_dir():
            sys.stderr.write(f"supple: cannot create the data folder {paths.root}: {exc.strerror}\n")
            return 2
        # A read-only data folder: Supple runs, shows history and says it cannot save.
    setup_logging(paths)
    from desktop.store.lock import InstanceLock, InstanceLockedError

    lock = InstanceLock.for_paths(paths)
    try:
        lock.acquire()
    except InstanceLockedError as exc:
        return _hand_off(opts, paths, exc)
    try:
        log.info("Supple %s starting; data in %s", desktop.__version__, paths.root)
        from desktop.content import clip_identity

        # The clips shown last time need no PyAV to learn their frames again.
        clip_identity.use_cache(paths.cache / "clip-frames")
        return Application(opts, paths).exec()
    finally:
        lock.release()


def _hand_off(opts: argparse.Namespace, paths: DataPaths, exc: Exception) -> int:
    from PySide6.QtCore import QCoreApplication

    from desktop.qt.single_instance import hand_off

    _app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    play = getattr(opts, "play", False) and not getattr(opts, "playlist", None)
    if hand_off(paths, opts.file, play=play):
        log.info("handed %s to the running Supple", opts.file or "the launch")
        return 0
    sys.stderr.write(f"supple: {exc}, but it does not answer; close it and try again\n")
    return 1
