"""Importing into the library: a bundle, a routine file with its clips, or a playlist file.

An import is all or nothing: files are staged in a temporary folder inside the data folder, then
the installer (library_install.py) moves them into place and registers them, undoing it all on any
failure or cancel.
"""

from __future__ import annotations

import errno
import stat
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Final

from desktop.content.bundle import (
    BUNDLE_SUFFIX,
    DEFAULT_LIMITS,
    BundleError,
    BundleLimits,
    CancelToken,
    Progress,
    remove_tree,
)
from desktop.content.bundle_read import BundleContents, StagedRoutine, read_bundle
from desktop.content.bundle_write import routine_bundle_entries, write_entries
from desktop.content.clip_files import clip_texts, media_problems
from desktop.content.jsonfile import decode_utf8, parse_json, read_capped
from desktop.content.library import LibraryStore
from desktop.content.library_install import ImportResult, Installer
from desktop.content.playlist import PLAYLIST_FORMAT, load_playlist
from desktop.content.problems import Problem, RoutineError, format_path
from desktop.content.routine import FORMATS as ROUTINE_FORMATS
from desktop.content.routine import ROUTINE_SUFFIX, load_routine
from desktop.content.semantics import resolve_clip_path
from desktop.domain.messages import Message, message
from desktop.paths import DataPaths

#: The command-line option that lets a routine file copy clips from outside its folders.
ALLOW_OUTSIDE_FLAG: Final = "--allow-outside-clips"
STAGING_PREFIX: Final = ".import-"
#: Staging folders older than this are left-overs of a crash and removed by the next import.
STALE_STAGING_SECONDS: Final = 24 * 3600


def import_path(
    paths: DataPaths,
    store: LibraryStore,
    file: Path,
    *,
    replace: bool = False,
    allow_outside_clips: bool = False,
    limits: BundleLimits = DEFAULT_LIMITS,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> ImportResult:
    """Import a bundle (`.supple`), a routine file or a playlist file; all or nothing.

    A routine already in the library with other files, or a saved playlist with other items,
    is only replaced when `replace` is set. A routine file whose clips lie outside its folders
    (see `outside_clips`) is refused with OutsideClips unless `allow_outside_clips` is set.
    Raises BundleError (BundleCancelled on cancel).
    """
    problem = source_problem(file)
    if problem is not None:
        raise BundleError(message("problem.file", file=str(file), text=problem))
    paths.root.mkdir(parents=True, exist_ok=True)
    _remove_stale_staging(paths.root)
    with _staging(paths.root) as work:
        if file.name.lower().endswith(BUNDLE_SUFFIX):
            contents = read_bundle(file, work / "bundle", limits=limits, progress=progress, cancel=cancel)
        else:
            contents = _read_plain_file(file, work / "bundle", allow_outside_clips, progress, cancel)
        return Installer(paths, store, contents, work, replace).run()


def source_problem(file: Path) -> Message | None:
    """Why `file` cannot be imported before it is even opened (a folder, a device, a pipe...), or None.

    Said plainly, on one line: opening a FIFO would wait forever and a device may never end.
    """
    try:
        mode = file.stat().st_mode
    except (FileNotFoundError, NotADirectoryError):
        return message("source.broken_link" if file.is_symlink() else "source.missing")
    except OSError as e:
        if e.errno == errno.ELOOP:
            return message("source.link_loop")
        if e.errno == errno.ENAMETOOLONG:
            return message("source.too_long")
        return message("file.unreadable", reason=str(e.strerror or e))
    except ValueError as e:  # a NUL character
        return message("source.bad_path", reason=str(e))
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return message("source.folder")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return message("source.device")
    if stat.S_ISFIFO(mode):
        return message("source.fifo")
    if stat.S_ISSOCK(mode):
        return message("source.socket")
    return message("file.not_regular")


class OutsideClips(BundleError):
    """A routine file names clips or posters outside its folders: they are copied into the library,
    and from there into every bundle exported, only once the person has said so.

    `files` are the files as they would be copied (links followed), in the routine's clip order.
    """

    def __init__(self, message: str, problems: list[Problem], files: tuple[Path, ...]) -> None:
        super().__init__(message, problems)
        self.files = files


def outside_clips(document: object, file: Path) -> list[tuple[str, str, Path]]:
    """(JSON path, path as written, the file it leads to) for each clip or poster of the raw routine
    `document` given by an absolute path or leading outside the folder above `file` (a bundle's
    routine names `../clips/` from its own folder, so that one is inside)."""
    routine_folder = _absolute(file).parent
    allowed = routine_folder.parent.resolve()
    out = []
    for clip_id, kind, text in clip_texts(document):
        written = text.replace("\\", "/")
        try:
            target = resolve_clip_path(routine_folder, text)
            inside = not Path(written).is_absolute() and target.is_relative_to(allowed)
        except (OSError, RuntimeError, ValueError):  # a loop or a NUL: validation says which
            continue
        if not inside:
            out.append((format_path(("clips", clip_id, kind)), text, target))
    return out


def _outside_reason(text: str, target: Path) -> str:
    shown = str(target) if str(target).isprintable() else repr(str(target))  # one line, whatever it holds
    if Path(text.replace("\\", "/")).is_absolute():
        leads = "" if str(target) == text else f", which leads to {shown}"
        return f"{text!r} is an absolute path{leads}"
    return f"{text!r} leads outside the folder above the routine file, to {shown}"


def _absolute(file: Path) -> Path:
    try:
        return file.resolve()
    except (OSError, RuntimeError):
        return file.absolute()


@contextmanager
def _staging(root: Path) -> Iterator[Path]:
    work = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=root))
    try:
        yield work
    finally:
        remove_tree(work)


def _remove_stale_staging(root: Path) -> None:
    now = time.time()
    for folder in root.glob(STAGING_PREFIX + "*"):
        try:
            if folder.is_dir() and now - folder.stat().st_mtime > STALE_STAGING_SECONDS:
                remove_tree(folder)
        except OSError:
            continue


def _read_plain_file(
    file: Path,
    staging: Path,
    allow_outside_clips: bool,
    progress: Progress | None,
    cancel: CancelToken | None,
) -> BundleContents:
    """A routine file (copied with its clips, as a bundle would bring them) or a playlist file.

    Clips outside the routine's folders are not even looked at until they are allowed; then
    every clip and poster must be what it claims by its first bytes before anything is copied.
    """
    try:
        document = parse_json(decode_utf8(read_capped(file), file), file)
        kind = document.get("format") if isinstance(document, dict) else None
        if kind == PLAYLIST_FORMAT:
            return BundleContents(file, "playlist", (), load_playlist(file))
        if kind not in ROUTINE_FORMATS:
            routine_formats = " or ".join(f'"{fmt}"' for fmt in ROUTINE_FORMATS)
            raise BundleError(
                message(
                    "import.unknown_format",
                    file=str(file),
                    routine=routine_formats,
                    playlist=PLAYLIST_FORMAT,
                    suffix=BUNDLE_SUFFIX,
                )
            )
        outside = outside_clips(document, file)
        if outside and not allow_outside_clips:
            count = f"{len(outside)} file{'s' if len(outside) != 1 else ''}"
            raise OutsideClips(
                f"{file}: the routine uses {count} from outside its folder, which importing would copy "
                "into your library and into anything you export from it; if you trust them, import "
                f"again allowing it (supple import {ALLOW_OUTSIDE_FLAG})",
                [Problem(file, where, _outside_reason(text, target)) for where, text, target in outside],
                tuple(target for _, _, target in outside),
            )
        routine = load_routine(file)
    except RoutineError as e:
        raise BundleError(message("import.invalid", file=str(file)), e.problems) from None
    bad = media_problems(routine)
    if bad:
        raise BundleError(message("import.not_media", file=str(file)), [p.problem(file) for p in bad])
    staging.mkdir()
    write_entries(staging, routine_bundle_entries(routine, ""), progress, cancel)
    staged_file = staging / (routine.id + ROUTINE_SUFFIX)
    return BundleContents(file, "routine", (StagedRoutine(load_routine(staged_file), staging, staged_file),))


__all__ = [
    "ALLOW_OUTSIDE_FLAG",
    "OutsideClips",
    "import_path",
    "outside_clips",
    "source_problem",
]
