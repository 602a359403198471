"""`supple sheet ID --out FILE.pdf`: a routine's or playlist's printable sheet, without a display.

It runs Qt's GUI module on the offscreen platform (no window, no widgets) and decodes frames with
PyAV; the store is opened read-only, so it works while the app runs.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, TextIO

from desktop.paths import DataPaths, shown_path

if TYPE_CHECKING:
    from desktop.domain import Routine

EXIT_OK: Final = 0
EXIT_FAILED: Final = 1
EXIT_USAGE: Final = 2
PAPERS: Final = ("a4", "letter")


def _lenient(store: Any, routine_id: str) -> Routine | None:
    """A library routine that does not load because a clip file is missing, loaded leniently: its
    sheet prints, and the strips of that clip say it is missing."""
    entry = store.library.get(routine_id) if store is not None else None
    if entry is None or entry.source is None:
        return None
    from desktop.content import RoutineError, load_routine_lenient

    try:
        routine, _problems = load_routine_lenient(entry.source)
    except (RoutineError, OSError):
        return None
    return routine if routine.id == routine_id else None


def _gui() -> Any:
    """Qt's GUI module on the offscreen platform, unless an application already runs."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        app = QGuiApplication(["supple", "-platform", "offscreen"])
    return app


def write_sheet(
    paths: DataPaths,
    item_id: str,
    out_path: str | os.PathLike[str],
    out: TextIO,
    *,
    err: TextIO | None = None,
    paper: str | None = None,
) -> int:
    """Write the sheet of the routine or saved playlist `item_id` to `out_path` (a .pdf file)."""
    err = err if err is not None else out
    target = Path(out_path)
    if target.suffix.lower() != ".pdf":
        err.write(f"supple sheet: {shown_path(target)}: name the file *.pdf\n")
        return EXIT_USAGE
    if target.is_dir():
        err.write(f"supple sheet: {shown_path(target)} is a folder; give a file name\n")
        return EXIT_USAGE
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        err.write(f"supple sheet: no such folder: {shown_path(folder)}\n")
        return EXIT_USAGE
    from desktop.content.library import RoutineCatalog
    from desktop.content.library_cli import read_only_store
    from desktop.content.sheet import playlist_sheet, routine_sheet

    with read_only_store(paths) as store:
        catalog = RoutineCatalog.load(store)
        routine = catalog(item_id) or _lenient(store, item_id)
        playlist = store.playlists.get(item_id) if store is not None else None
        if routine is not None and playlist is not None:
            err.write(f'supple sheet: "{item_id}" is both a routine and a playlist; rename the playlist\n')
            return EXIT_FAILED
        if routine is not None:
            sheet, what = routine_sheet(routine), f'the routine "{routine.title}"'
        elif playlist is not None:
            sheet, what = playlist_sheet(playlist, catalog), f'the playlist "{playlist.title}"'
        else:
            broken = next((b for b in catalog.broken if b.id == item_id), None)
            if broken is not None:
                err.write(f'supple sheet: the routine "{item_id}" cannot be loaded: {broken.reason}\n')
                return EXIT_FAILED
            playlists = [p.id for p in store.playlists.entries()] if store is not None else []
            known = ", ".join(sorted([*catalog.routines, *playlists])) or "none"
            err.write(f'supple sheet: there is no routine or playlist "{item_id}" (known: {known})\n')
            return EXIT_FAILED
    from desktop.content.frames import strip_pictures

    pictures = strip_pictures(strip for step in sheet.steps for strip in step.strips)
    _gui()
    from PySide6.QtGui import QPageSize

    from desktop.sheet.paint import page_size_for_locale, write_pdf

    ids = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
    size = page_size_for_locale() if paper is None else QPageSize(ids[paper])
    try:
        pages = write_pdf(target, sheet, pictures, size)
    except OSError as e:
        err.write(f"supple sheet: {shown_path(target)}: {e.strerror or e}\n")
        return EXIT_FAILED
    for step in sheet.steps:
        for strip in step.strips:
            found = pictures.get(strip.key)
            if isinstance(found, str):
                side = f" ({strip.label.lower()})" if strip.label else ""
                err.write(f"supple sheet: note: step {step.number}{side} has no frames: {found}\n")
    for problem in sheet.missing:
        err.write(f"supple sheet: note: not on the sheet: {problem}\n")
    out.write(f"wrote the sheet of {what} ({pages} page{'s' if pages != 1 else ''}) to {target}\n")
    return EXIT_OK
