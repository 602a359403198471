"""The main window's File and Help commands: opening routines and clips, recent files, import,
export, the guide and shortcuts, and the messages that say what went wrong."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMessageBox,
)

from desktop.content.adhoc import (
    PLAYLIST_ROUTINE_PREFIX,
    is_transient,
    routine_for_clip,
)
from desktop.qt.dialogs import show_message
from desktop.qt.messages import problems_text
from desktop.qt.settings import OPTIONS, RECENT_COUNT
from desktop.qt.tasks import show_failure
from desktop.qt.window_base import WindowBase
from desktop.qt.words import WORDS

log = logging.getLogger(__name__)

VIDEO_SUFFIXES = (".mp4", ".m4v", ".mov", ".mkv", ".webm", ".avi", ".ogv")
OPEN_PATTERNS = f"*.supple.json *.json {' '.join('*' + s for s in VIDEO_SUFFIXES)}"


def open_filter() -> str:
    return (
        QCoreApplication.translate("MainWindow", "Routines and clips (%1)").replace("%1", OPEN_PATTERNS)
        + ";;"
        + QCoreApplication.translate("MainWindow", "All files (*)")
    )


#: How many bytes of a JSON file are read to tell a playlist from a routine ("format" comes first).
_FORMAT_HEAD = 512


def goes_to_library(path: Path) -> bool:
    """A `.supple` bundle or a playlist file: opening it (from the desktop, a drop or a second
    `supple FILE`) imports it into the library, as File > Import does. Routines and clips open."""
    from desktop.content.bundle import BUNDLE_SUFFIX

    if path.name.lower().endswith(BUNDLE_SUFFIX):
        return True
    if path.suffix.lower() != ".json":
        return False
    try:
        with path.open("rb") as f:
            head = f.read(_FORMAT_HEAD)
    except OSError:
        return False
    return b'"supple.playlist/' in head


class FilesMixin(WindowBase):
    """Files, import, export and help; part of MainWindow (desktop/qt/main_window.py)."""

    # ----- opening files
    @Slot()
    def choose_file(self) -> None:
        start = str(self.routine.source.parent) if self.routine and self.routine.source else ""
        name, _ = QFileDialog.getOpenFileName(
            self, QCoreApplication.translate("MainWindow", "Open a routine or clip"), start, open_filter()
        )
        if name:
            self.open_path(Path(name))

    def open_path(self, path: Path) -> bool:
        """Open a routine file or a clip, or import a bundle or playlist file; a bad file gets a
        message and changes nothing."""
        if goes_to_library(path):
            self.show_dock(self.library_dock)
            return self.library.import_from(path) is not None
        if path.suffix.lower() in VIDEO_SUFFIXES:
            self.set_routine(routine_for_clip(path))
            self._remember_recent(path)
            return True
        from desktop.content import RoutineError, load_routine_lenient

        try:
            routine, problems = load_routine_lenient(path)  # a missing clip marks its steps
        except RoutineError as exc:
            log.warning("could not open %s: %s", path, exc)
            self._warn_bad_file(path, problems_text(exc.problems))
            return False
        self.set_routine(routine, clip_problems=problems)
        self._remember_recent(path)
        if problems:
            count = sum(1 for step in routine.steps if step.clip in problems)
            log.warning("%s: %s", path, "; ".join(str(p) for p in problems.values()))
            self.statusBar().showMessage(
                WORDS.steps_without_clip(count, routine.title),
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
            menu.addAction(
                QCoreApplication.translate("MainWindow", "&Clear the List"),
                lambda: self.settings.reset(OPTIONS.recent_files),
            )
        else:
            menu.addAction(QCoreApplication.translate("MainWindow", "Nothing opened yet")).setEnabled(False)

    # ----- import, export and help
    @Slot()
    def import_file(self) -> None:
        self.show_dock(self.library_dock)
        self.library.import_chosen()

    @Slot()
    def export(self) -> None:
        """Ctrl+Shift+E: the playlist when the Playlist dock has the focus, the sessions shown when the
        History has it, else the routine chosen in the Library when it has the focus, else the
        routine that is open."""
        focused = QApplication.focusWidget()
        routine = self.routine
        history = self.history_dock
        if (
            focused is not None
            and history is not None
            and history.isAncestorOf(focused)
            and self.history_view
        ):
            self.history_view.export()
        elif focused is not None and self.playlist_dock.isAncestorOf(focused):
            self.playlists.export()
        elif focused is not None and self.library_dock.isAncestorOf(focused):
            self.library.export_current()
        elif routine is not None and routine.id.startswith(PLAYLIST_ROUTINE_PREFIX):
            self.playlists.export()
        elif routine is not None and not is_transient(routine):
            self.library.export(routine)
        else:
            self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Open a routine or build a playlist to export it."),
                10000,
            )

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
            self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Your data folder is %1").replace("%1", str(root)),
                20000,
            )

    def _warn_bad_file(self, path: Path, details: str) -> None:
        show_message(
            self,
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("MainWindow", "Cannot open routine"),
            QCoreApplication.translate("MainWindow", "Supple cannot open %1.").replace("%1", path.name),
            name="badFileBox",
            informative=details,
            details=details,
        )

    def show_error(self, error: BaseException) -> None:
        """Work done in the background failed (a store write, say): say what, in plain words; the
        data shown stays as it was. Every Task without a failure handler of its own ends here."""
        log.error("background work failed", exc_info=error)
        show_failure(
            self, QCoreApplication.translate("MainWindow", "Supple could not save that change"), error
        )
