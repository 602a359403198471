"""File > Print and File > Export PDF: the printable sheet of the routine or playlist at hand.

Which one: the playlist when the Playlist dock has the focus or a playlist is playing, the routine
chosen in the Library when it has the focus, else the routine that is open (as File > Export
chooses). The frames are decoded in a Task (PyAV, off the GUI thread); the painting, which is quick,
runs on the GUI thread onto Qt's PDF writer or the printer the print dialog set up.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog

from desktop.content.adhoc import PLAYLIST_ROUTINE_PREFIX
from desktop.qt.tasks import Task, TaskContext, show_failure
from desktop.qt.words import WORDS

if TYPE_CHECKING:
    from PySide6.QtGui import QPagedPaintDevice

    from desktop.content.sheet import Sheet
    from desktop.qt.window_base import WindowBase

log = logging.getLogger(__name__)


class SheetCommands(QObject):
    """The two File menu actions and the work behind them; owned by the window."""

    def __init__(self, window: WindowBase) -> None:
        super().__init__(window)
        self.window = window
        self.print_action = QAction(QCoreApplication.translate("MainWindow", "&Print…"), window)
        self.print_action.setObjectName("actionPrint")  # named: Preferences can change its key
        self.print_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.print_action.setToolTip(
            QCoreApplication.translate(
                "MainWindow", "Print a sheet of the routine or playlist: frames, doses, cues and a week's log"
            )
        )
        self.print_action.triggered.connect(self.print_sheet)
        self.pdf_action = QAction(QCoreApplication.translate("MainWindow", "Export P&DF…"), window)
        self.pdf_action.setObjectName("actionExportPdf")
        self.pdf_action.setToolTip(
            QCoreApplication.translate(
                "MainWindow", "Save the printable sheet of the routine or playlist as a PDF"
            )
        )
        self.pdf_action.triggered.connect(self.export_pdf)
        menu = window.ui.menuFile
        quit_action = window.ui.actionQuit
        menu.insertAction(quit_action, self.print_action)
        menu.insertAction(quit_action, self.pdf_action)
        menu.insertSeparator(quit_action)
        self.task: Task[Any] | None = None

    # ----- what to print
    def current_sheet(self) -> Sheet | None:
        from desktop.content.sheet import playlist_sheet, routine_sheet

        w = self.window
        focused = QApplication.focusWidget()
        routine = w.routine
        in_playlist = focused is not None and w.playlist_dock.isAncestorOf(focused)
        playing_playlist = routine is not None and routine.id.startswith(PLAYLIST_ROUTINE_PREFIX)
        if in_playlist or playing_playlist:
            doc = w.playlists.document
            return playlist_sheet(doc, w.library.catalog) if doc.items else None
        if focused is not None and w.library_dock.isAncestorOf(focused):
            routine = w.library.current_routine() or routine
        return routine_sheet(routine) if routine is not None and routine.steps else None

    def _sheet_or_say(self) -> Sheet | None:
        if self.task is not None:
            self.window.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "A sheet is being made; wait for it to finish."),
                5000,
            )
            return None
        sheet = self.current_sheet()
        if sheet is None:
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "MainWindow", "Open a routine or build a playlist to print its sheet."
                ),
                10000,
            )
        return sheet

    # ----- the two commands
    def export_pdf(self) -> None:
        sheet = self._sheet_or_say()
        if sheet is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            QCoreApplication.translate("MainWindow", "Export the sheet of %1").replace("%1", sheet.title),
            _file_name(sheet.title),
            QCoreApplication.translate("MainWindow", "PDF (*.pdf)"),
        )
        if name:
            path = Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")
            self.export_pdf_to(path, sheet)

    def export_pdf_to(self, path: Path, sheet: Sheet | None = None) -> Task[Any] | None:
        sheet = sheet or self.current_sheet()
        if sheet is None:
            return None

        def write(pictures: Any) -> None:
            from desktop.sheet.paint import write_pdf

            pages = write_pdf(path, sheet, pictures)
            self.window.statusBar().showMessage(WORDS.sheet_saved(sheet.title, pages, str(path)), 20000)

        return self._with_pictures(sheet, write)

    def print_sheet(self) -> None:
        sheet = self._sheet_or_say()
        if sheet is None:
            return
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from desktop.sheet.paint import page_layout, page_size_for_locale

        self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self._printer.setPageLayout(page_layout(page_size_for_locale()))
        self._printer.setDocName(sheet.title)
        dialog = QPrintDialog(self._printer, self.window)
        dialog.setObjectName("printDialog")
        dialog.setWindowTitle(
            QCoreApplication.translate("MainWindow", "Print the sheet of %1").replace("%1", sheet.title)
        )
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.print_to(self._printer, sheet))
        dialog.show()

    def print_to(self, printer: QPagedPaintDevice, sheet: Sheet | None = None) -> Task[Any] | None:
        """Print the sheet on a printer that is set up (the print dialog's, or a test's)."""
        sheet = sheet or self.current_sheet()
        if sheet is None:
            return None

        def paint(pictures: Any) -> None:
            from desktop.sheet.paint import paint_sheet

            pages = paint_sheet(printer, sheet, pictures)
            self.window.statusBar().showMessage(WORDS.sheet_printed(sheet.title, pages), 10000)

        return self._with_pictures(sheet, paint)

    def _with_pictures(self, sheet: Sheet, then: Any) -> Task[Any]:
        strips = [strip for step in sheet.steps for strip in step.strips]

        def decode(ctx: TaskContext) -> Any:
            from desktop.content.frames import strip_pictures

            return strip_pictures(strips, cancelled=lambda: ctx.cancelled)

        def done(pictures: Any) -> None:
            self.task = None
            try:
                then(pictures)
            except OSError as e:
                self.failed(e)

        task: Task[Any] = Task(
            self.window, decode, name="sheet", progress_label=f"Making the sheet of {sheet.title}…"
        )
        self.task = task.on_success(done).on_failure(self.failed).start()
        return task

    def failed(self, error: BaseException) -> None:
        self.task = None
        log.error("the sheet could not be made", exc_info=error)
        show_failure(
            self.window, QCoreApplication.translate("MainWindow", "Supple could not make the sheet"), error
        )


def _file_name(title: str) -> str:
    """A file name from a title: letters, digits, dashes."""
    stem = re.sub(r"[^\w-]+", "-", title.strip().lower()).strip("-") or "sheet"
    return f"{stem}.pdf"
