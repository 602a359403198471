"""An excepthook that logs an unexpected exception and tells the user, instead of dying silently.

PySide6 only prints exceptions raised in slots; without this a bug leaves a half-dead window.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QThread
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("supple.crash")


class CrashReporter:
    def __init__(self, log_file: Path) -> None:
        self.log_file = log_file
        self.shown = 0
        self._in_dialog = False
        self.last_box: QMessageBox | None = None

    def install(self) -> None:
        sys.excepthook = self.hook
        threading.excepthook = lambda args: self.hook(args.exc_type, args.exc_value, args.exc_traceback)

    def hook(
        self, exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            app = QApplication.instance()
            if app is not None:
                app.quit()
            return
        log.critical("Unexpected error", exc_info=(exc_type, exc, tb))  # type: ignore[arg-type]
        app = QApplication.instance()
        on_gui_thread = app is not None and QThread.currentThread() is app.thread()
        if not on_gui_thread or self._in_dialog:
            return
        self._in_dialog = True
        try:
            self.shown += 1
            box = QMessageBox(
                QMessageBox.Icon.Critical,
                QCoreApplication.translate("CrashReporter", "Supple hit a problem"),
                f"{exc_type.__name__}: {exc}",
            )
            box.setInformativeText(
                QCoreApplication.translate(
                    "CrashReporter",
                    "Supple keeps running, but what you were doing may not have finished. "
                    "The details are in the log:\n%1",
                ).replace("%1", str(self.log_file))
            )
            box.setDetailedText("".join(traceback.format_exception(exc_type, exc, tb)))
            box.setStandardButtons(QMessageBox.StandardButton.Ok)
            self.last_box = box
            box.open()
        finally:
            self._in_dialog = False
