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

import desktop
from desktop.logs import setup_logging
from desktop.paths import DataPaths, data_paths, ui_dir

log = logging.getLogger(__name__)


class StartupReport:
    """Writes start-up milestones (wall-clock seconds) to SUPPLE_STARTUP_REPORT, for bench/startup.py."""

    def __init__(self) -> None:
        self.path = os.environ.get("SUPPLE_STARTUP_REPORT")
        self.seen: set[str] = set()

    def mark(self, event: str, **extra: object) -> None:
        if not self.path or event in self.seen:
            return
        self.seen.add(event)
        with open(self.path, "a", encoding="utf-8") as f:
            f.write(json.dumps({"event": event, "t": time.time(), **extra}) + "\n")


def default_routine() -> Path | None:
    try:
        from desktop.content import bundled_routine_path
    except ImportError:
        return None
    path = bundled_routine_path()
    return path if path.is_file() else None


class Application:
    def __init__(self, opts: argparse.Namespace, paths: DataPaths) -> None:
        from PySide6.QtCore import QCoreApplication, QSettings, Qt
        from PySide6.QtGui import QGuiApplication
        from PySide6.QtWidgets import QApplication

        self.opts = opts
        self.paths = paths
        self.report = StartupReport()
        # CPU frame conversion for Qt Multimedia (DESIGN.md); must precede the QApplication.
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ForceRasterWidgets)
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        self.qapp = QApplication.instance() or QApplication([sys.argv[0]])
        self.qapp.setApplicationName(desktop.APP_NAME)
        self.qapp.setApplicationVersion(desktop.__version__)
        self.qapp.setOrganizationName(desktop.APP_NAME)
        self.qapp.setDesktopFileName("supple")
        from PySide6.QtGui import QIcon

        from desktop.paths import resource

        self.qapp.setWindowIcon(QIcon(str(resource("icons", "supple.svg"))))
        from desktop.qt.crash import CrashReporter

        self.crash = CrashReporter(paths.log_file)
        self.crash.install()
        theme = ui_dir() / "theme.qss"
        if theme.is_file():
            self.qapp.setStyleSheet(theme.read_text(encoding="utf-8"))
        self.settings = QSettings(str(paths.settings), QSettings.Format.IniFormat)

        from desktop.qt.main_window import MainWindow

        self.window = MainWindow(self.settings)
        self.window.ui.videoPane.firstFramePainted.connect(lambda: self.report.mark("first-frame"))

    def _quit_on_signals(self) -> None:
        """SIGTERM (log-out, `kill`) and Ctrl+C close the window properly, saving its layout.

        Python runs signal handlers only between bytecodes, so a slow timer gives it the chance.
        """
        import signal

        from PySide6.QtCore import QTimer

        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, lambda *_: self.window.close())
        self._signal_timer = QTimer()
        self._signal_timer.timeout.connect(lambda: None)
        self._signal_timer.start(250)

    def start(self) -> None:
        from PySide6.QtCore import QTimer

        self._quit_on_signals()
        self.window.show()
        self.report.mark("window-shown")
        QTimer.singleShot(0, self._load_backend)

    def _load_backend(self) -> None:
        from desktop.media.select import create_backend

        choice = create_backend(self.opts.backend, self.window)
        log.info("video backend: %s", choice.backend.display_name)
        self.report.mark("backend", name=choice.backend.display_name)
        self.window.set_backend(choice.backend, choice.notice)
        if choice.notice:
            self._tell_once("notices/vlc-missing", "Playing without libVLC", choice.notice)
        self._open_initial()

    def _open_initial(self) -> None:
        target = Path(self.opts.file) if self.opts.file else default_routine()
        if target is not None:
            self.window.open_path(target)

    def _tell_once(self, key: str, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        if self.settings.value(key, False, type=bool):
            return
        self.settings.setValue(key, True)
        box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=self.window)
        box.open()
        self.notice_box = box

    def exec(self) -> int:
        self.start()
        return int(self.qapp.exec())


def run(opts: argparse.Namespace) -> int:
    paths = data_paths(opts.data_dir).ensure()
    setup_logging(paths)
    log.info("Supple %s starting; data in %s", desktop.__version__, paths.root)
    return Application(opts, paths).exec()
