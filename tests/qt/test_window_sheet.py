"""File > Print and File > Export PDF in the window: the routine or playlist at hand, on paper or PDF."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.content import bundled_routine_path
from desktop.domain import PlaylistItem
from desktop.qt.main_window import MainWindow


def words(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(out.split())


@pytest.fixture
def opened(window: MainWindow) -> MainWindow:
    assert window.open_path(bundled_routine_path())
    return window


def test_export_pdf_from_the_file_menu_writes_the_open_routine(
    qtbot, opened: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, poppler: None
) -> None:
    chosen = tmp_path / "my sheet"  # the suffix is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(chosen), "PDF (*.pdf)"))
    opened.sheets.pdf_action.trigger()
    pdf = tmp_path / "my sheet.pdf"
    qtbot.waitUntil(lambda: pdf.exists() and opened.sheets.task is None, timeout=30000)
    text = words(pdf)
    assert "Scorpion Stretch" in text and "1. Hip off the floor" in text and "This week" in text
    assert f"to {pdf}" in opened.statusBar().currentMessage()


def test_print_paints_the_sheet_on_the_printer(
    qtbot, opened: MainWindow, tmp_path: Path, poppler: None
) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    task = opened.sheets.print_to(printer)
    assert task is not None
    qtbot.waitUntil(lambda: opened.sheets.task is None, timeout=30000)
    assert "5. Foot to the hand" in words(tmp_path / "printed.pdf")
    assert "pages of Scorpion Stretch to the printer" in opened.statusBar().currentMessage()


def test_with_the_playlist_focused_its_sheet_is_made(qtbot, opened: MainWindow, store, paths) -> None:
    opened.set_store(store, paths)
    opened.show_dock(opened.playlist_dock)
    opened.playlists.add_items([PlaylistItem("scorpion-stretch", "foot-reach")])
    opened.playlists.view.setFocus()
    qtbot.waitUntil(lambda: opened.playlists.view.hasFocus())
    sheet = opened.sheets.current_sheet()
    assert sheet is not None and [s.title for s in sheet.steps] == ["Foot reach"]
    assert sheet.steps[0].note == "from Scorpion Stretch"


def test_nothing_open_says_so(window: MainWindow) -> None:
    window.sheets.print_action.trigger()
    assert "Open a routine or build a playlist" in window.statusBar().currentMessage()


def test_a_folder_that_cannot_be_written_is_reported(qtbot, opened: MainWindow, tmp_path: Path) -> None:
    opened.sheets.export_pdf_to(tmp_path / "no such folder" / "x.pdf")
    qtbot.waitUntil(lambda: opened.sheets.task is None, timeout=30000)
    qtbot.waitUntil(lambda: any(b.isVisible() for b in opened.findChildren(QMessageBox)))
    boxes = [b for b in opened.findChildren(QMessageBox) if b.isVisible()]
    assert boxes[0].windowTitle() == "Supple could not make the sheet"
    assert (
        boxes[0]
        .text()
        .endswith("No such file or directory: '" + str(tmp_path / "no such folder" / "x.pdf") + "'")
    )
    boxes[0].close()


def test_file_print_opens_the_print_dialog_for_the_sheet(qtbot, opened: MainWindow) -> None:
    from PySide6.QtGui import QPageSize
    from PySide6.QtPrintSupport import QPrintDialog

    opened.sheets.print_action.trigger()
    dialog = opened.findChild(QPrintDialog, "printDialog")
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Print the sheet of Scorpion Stretch"
    printer = dialog.printer()
    assert printer.docName() == "Scorpion Stretch"
    size = printer.pageLayout().pageSize().id()
    assert size in (QPageSize.PageSizeId.A4, QPageSize.PageSizeId.Letter)
    dialog.reject()
    assert opened.sheets.task is None  # nothing printed
