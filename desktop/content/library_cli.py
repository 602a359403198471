"""`supple import` and `supple export`: the library from the command line, with exit codes."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Final, TextIO

from desktop.content.bundle import BUNDLE_SUFFIX, BundleError
from desktop.content.bundle_write import check_out_folder
from desktop.content.library import RoutineCatalog
from desktop.content.library_export import export_playlist, export_routine, lone_routine_note
from desktop.content.library_import import import_path, source_problem
from desktop.paths import DataPaths, shown_path

EXIT_OK: Final = 0
EXIT_FAILED: Final = 1
EXIT_USAGE: Final = 2


def import_file(
    paths: DataPaths,
    file: str | os.PathLike[str],
    out: TextIO,
    *,
    err: TextIO | None = None,
    replace: bool = False,
    allow_outside_clips: bool = False,
) -> int:
    """`supple import FILE`: 0 imported, 1 refused (the reason on `err`), 2 not a file one can import,
    or busy."""
    err = err if err is not None else out
    source = Path(file)
    problem = source_problem(source)
    if problem is not None:
        err.write(f"supple import: {shown_path(source)}: {problem}\n")
        return EXIT_USAGE
    from desktop.store import InstanceLock, InstanceLockedError, StoreError, open_store

    try:
        with InstanceLock.for_paths(paths), open_store(paths) as store:
            result = import_path(
                paths, store, source, replace=replace, allow_outside_clips=allow_outside_clips
            )
    except InstanceLockedError as e:
        err.write(f"supple import: {e}; import from the app, or close it first\n")
        return EXIT_USAGE
    except BundleError as e:
        _write_error(err, "supple import", e)
        return EXIT_FAILED
    except (StoreError, OSError) as e:
        err.write(f"supple import: {source}: {e}\n")
        return EXIT_FAILED
    out.write(f"{source}: {result.summary()}\n")
    return EXIT_OK


def export_item(
    paths: DataPaths,
    item_id: str,
    out_path: str | os.PathLike[str],
    out: TextIO,
    *,
    err: TextIO | None = None,
) -> int:
    """`supple export ID FILE`: a routine or playlist as a `.supple` bundle or a bare `.json` file."""
    err = err if err is not None else out
    target = Path(out_path)
    lower = target.name.lower()
    if not (lower.endswith(BUNDLE_SUFFIX) or lower.endswith(".json")):
        err.write(
            f"supple export: {target}: name the file *{BUNDLE_SUFFIX} (a bundle with the clips) or *.json\n"
        )
        return EXIT_USAGE
    if target.is_dir():
        err.write(f"supple export: {target} is a folder; give a file name\n")
        return EXIT_USAGE
    try:
        check_out_folder(target)
    except BundleError as e:
        err.write(f"supple export: {e.message}\n")
        return EXIT_USAGE
    try:
        with read_only_store(paths) as store:
            catalog = RoutineCatalog.load(store)
            playlist = store.playlists.get(item_id) if store is not None else None
            routine = catalog(item_id)
            if routine is not None and playlist is not None:
                err.write(
                    f'supple export: "{item_id}" is both a routine and a playlist; rename the playlist\n'
                )
                return EXIT_FAILED
            if routine is not None:
                export_routine(routine, target)
                what = f'the routine "{routine.title}"'
                if lower.endswith(".json"):
                    err.write(f"supple export: note: {lone_routine_note(target)}\n")
            elif playlist is not None:
                export_playlist(playlist, catalog, target)
                what = f'the playlist "{playlist.title}"'
            else:
                broken = next((b for b in catalog.broken if b.id == item_id), None)
                if broken is not None:
                    err.write(f'supple export: the routine "{item_id}" cannot be loaded: {broken.reason}\n')
                    return EXIT_FAILED
                known = ", ".join(sorted([*catalog.routines, *(_playlist_ids(store))])) or "none"
                err.write(f'supple export: there is no routine or playlist "{item_id}" (known: {known})\n')
                return EXIT_FAILED
    except BundleError as e:
        _write_error(err, "supple export", e)
        return EXIT_FAILED
    except OSError as e:
        err.write(f"supple export: {target}: {e.strerror or e}\n")
        return EXIT_FAILED
    out.write(f"exported {what} to {target}\n")
    return EXIT_OK


@contextmanager
def read_only_store(paths: DataPaths) -> Iterator[Any]:
    """The store opened read-only (works while the app runs), or None when there is no database yet."""
    if not paths.database.exists():
        yield None
        return
    from desktop.store import open_store

    with open_store(paths, read_only=True) as store:
        yield store


def _playlist_ids(store: Any) -> Iterable[str]:
    return [] if store is None else [p.id for p in store.playlists.entries()]


def _write_error(err: TextIO, prog: str, error: BundleError) -> None:
    err.write(f"{prog}: {error.message}\n")
    err.writelines(f"  {problem}\n" for problem in error.problems)


__all__ = [
    "EXIT_FAILED",
    "EXIT_OK",
    "EXIT_USAGE",
    "export_item",
    "import_file",
]
