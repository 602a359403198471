"""The library's import and export flow: a file chosen, the work in a `Task` behind a progress dialog
whose Cancel stops it, then the questions an import may raise (replace? copy files from outside the
routine's folder?) and the outcome said. A failed or cancelled import changes nothing."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.content.bundle import BUNDLE_SUFFIX, BundleCancelled, BundleConflict, CancelToken
from desktop.content.library import LibraryStore
from desktop.content.library_export import export_routine, lone_routine_note
from desktop.content.library_import import OutsideClips, import_path
from desktop.content.library_install import ImportResult
from desktop.domain import Routine
from desktop.paths import DataPaths
from desktop.qt.messages import say
from desktop.qt.tasks import Task, TaskCancelled, TaskContext
from desktop.qt.words import WORDS


class _TaskCancel(CancelToken):
    """The bundle code's cancel token, set by the task's Cancel (its progress dialog's button)."""

    def __init__(self, context: TaskContext) -> None:
        super().__init__()
        self._context = context

    def cancel(self) -> None:
        self._context.cancel()

    @property
    def cancelled(self) -> bool:
        return self._context.cancelled


def cancel_token(context: TaskContext) -> CancelToken:
    """A `CancelToken` for the bundle code that reads the task's cancel flag."""
    return _TaskCancel(context)


def is_cancelled(error: BaseException) -> bool:
    return isinstance(error, BundleCancelled | TaskCancelled)


class TransferHost(Protocol):
    """What the flow uses of the view it runs in: the store and data folder, its dialogs (which
    tests replace), and where it says what happened."""

    store: LibraryStore | None
    paths: DataPaths | None
    confirm: Callable[[str, str], bool]
    confirm_outside: Callable[[Path, Sequence[Path]], bool]
    choose_import: Callable[[], Path | None]
    choose_export: Callable[[Routine], Path | None]

    def say(self, text: str) -> None: ...
    def show_failure(self, title: str, error: BaseException) -> None: ...
    def imported(self, result: ImportResult) -> None: ...


class LibraryTransfers:
    """One import or export at a time, run for `host` with `widget` as the dialogs' parent."""

    def __init__(self, widget: QWidget, host: TransferHost) -> None:
        self.widget = widget
        self.host = host
        self.task: Task[Any] | None = None

    def import_chosen(self) -> None:
        path = self.host.choose_import()
        if path is not None:
            self.import_from(path)

    def import_from(
        self, path: Path, replace: bool = False, allow_outside_clips: bool = False
    ) -> Task[ImportResult] | None:
        """Import in a Task; `host.imported` is called when done.

        A routine file naming clips outside its folder is only imported once `confirm_outside`
        agrees to copying the files it lists (they would go into every export too)."""
        host = self.host
        store, paths = host.store, host.paths
        if store is None or paths is None or getattr(store, "read_only", False):
            host.say(
                QCoreApplication.translate(
                    "LibraryTransfers", "Importing needs the database, which is not open for writing."
                )
            )
            return None
        if self.task is not None:
            host.say(
                QCoreApplication.translate(
                    "LibraryTransfers", "Wait for the import or export under way to end."
                )
            )
            return None

        def work(context: TaskContext) -> ImportResult:
            return import_path(
                paths,
                store,
                path,
                replace=replace,
                allow_outside_clips=allow_outside_clips,
                progress=context.progress,
                cancel=cancel_token(context),
            )

        task = Task(self.widget, work, name="import", progress_label=f"Importing {path.name}…")
        task.on_success(self._imported)
        task.on_failure(lambda error: self._import_failed(path, error, replace, allow_outside_clips))
        self.task = task.start()
        return task

    def _imported(self, result: ImportResult) -> None:
        self.task = None
        self.host.imported(result)

    def _import_failed(
        self, path: Path, error: BaseException, replace: bool, allow_outside_clips: bool
    ) -> None:
        self.task = None
        host = self.host
        if isinstance(error, OutsideClips):
            if host.confirm_outside(path, error.files):
                self.import_from(path, replace=replace, allow_outside_clips=True)
            else:
                host.say(
                    QCoreApplication.translate(
                        "LibraryTransfers",
                        "Nothing was imported: the routine uses files from outside its folder.",
                    )
                )
        elif isinstance(error, BundleConflict):
            if host.confirm(
                QCoreApplication.translate("LibraryTransfers", "Replace?"),
                say(error.note)
                + "\n\n"
                + QCoreApplication.translate("LibraryTransfers", "Replace it with the one from %1?").replace(
                    "%1", path.name
                ),
            ):
                self.import_from(path, replace=True, allow_outside_clips=allow_outside_clips)
            else:
                host.say(QCoreApplication.translate("LibraryTransfers", "Nothing was imported."))
        elif is_cancelled(error):
            host.say(QCoreApplication.translate("LibraryTransfers", "Import cancelled; nothing was changed."))
        else:
            host.show_failure(QCoreApplication.translate("LibraryTransfers", "The import failed"), error)

    def export(self, routine: Routine) -> Task[Path] | None:
        """Ask where, and export `routine` there (a lone routine file offers the bundle instead)."""
        if self.task is not None:
            return None
        out = self.host.choose_export(routine)
        if out is None:
            return None
        if out.name.lower().endswith(".json"):
            bundle = out.with_name(out.name[: -len(".json")].removesuffix(".supple") + BUNDLE_SUFFIX)
            if self.host.confirm(
                QCoreApplication.translate("LibraryTransfers", "Export the clips too?"),
                say(lone_routine_note(out))
                + "\n\n"
                + QCoreApplication.translate("LibraryTransfers", "Export %1 instead?").replace(
                    "%1", bundle.name
                ),
            ):
                out = bundle
        return self.export_to(routine, out)

    def export_to(self, routine: Routine, out: Path) -> Task[Path]:
        def work(context: TaskContext) -> Path:
            return export_routine(routine, out, progress=context.progress, cancel=cancel_token(context))

        task = Task(self.widget, work, name="export", progress_label=f"Exporting {routine.title}…")
        task.on_success(lambda _path: self._exported(f'Exported "{routine.title}" to {out}.'))
        task.on_failure(self._export_failed)
        self.task = task.start()
        return task

    def _exported(self, text: str) -> None:
        self.task = None
        self.host.say(text)

    def _export_failed(self, error: BaseException) -> None:
        self.task = None
        if is_cancelled(error):
            self.host.say(QCoreApplication.translate("LibraryTransfers", "Export cancelled."))
        else:
            self.host.show_failure(QCoreApplication.translate("LibraryTransfers", "The export failed"), error)


def outside_clips_box(parent: QWidget, path: Path, files: Sequence[Path]) -> QMessageBox:
    """The question asked before a routine file may copy files from outside its folder: it lists
    them, and No is the default."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("LibraryTransfers", "Copy files from outside the routine's folder?"),
        "",
        parent=parent,
    )
    listing = "\n".join(f"    {file}" for file in files)
    box.setText(
        WORDS.outside_files(path.name, len(files))
        + f":\n\n{listing}\n\n"
        + QCoreApplication.translate(
            "LibraryTransfers",
            "Importing copies them into your library, and into every bundle you export from it. "
            "Only files that really are videos and pictures are copied.",
        )
        + "\n\n"
        + QCoreApplication.translate("LibraryTransfers", "Copy these files?")
    )
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box
