"""The routine library on disk and in the store: what it holds, importing into it, exporting from it.

Imported routines live in ``<data folder>/library/<routine id>/<routine id>.supple.json`` with
their clips beside them, and are registered in the store's library (origin "imported"). An import
is all or nothing: files are staged in a temporary folder inside the data folder, each routine's
folder is moved into place with one rename, the store rows are written last, and any failure (or
a cancel) undoes the renames and rows made so far. Playlists live in the store only.

The store is used through the small protocols below, so this module imports no SQLAlchemy; the
command-line functions open the real store themselves.
"""

from __future__ import annotations

import errno
import filecmp
import os
import stat
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final, Protocol, TextIO

from desktop.content.bundle import (
    BUNDLE_SUFFIX,
    DEFAULT_LIMITS,
    BundleConflict,
    BundleContents,
    BundleError,
    BundleLimits,
    CancelToken,
    Progress,
    StagedRoutine,
    check_out_folder,
    clip_texts,
    media_problems,
    read_bundle,
    remove_tree,
    routine_bundle_entries,
    usual_file_mode,
    write_entries,
    write_playlist_bundle,
    write_routine_bundle,
)
from desktop.content.bundled import BUNDLED_ROUTINE_ID, bundled_routine_path
from desktop.content.jsonfile import decode_utf8, parse_json, read_capped
from desktop.content.playlist import (
    PLAYLIST_FORMAT,
    PlaylistDocument,
    as_document,
    encode_playlist,
    load_playlist,
    resolve_playlist,
)
from desktop.content.problems import Problem, RoutineError, format_path
from desktop.content.routine import FORMAT as ROUTINE_FORMAT
from desktop.content.routine import ROUTINE_SUFFIX, encode_routine, load_routine
from desktop.content.semantics import resolve_clip_path
from desktop.domain import Playlist, Routine
from desktop.paths import DataPaths, shown_path
from desktop.store.values import LibraryEntry, Origin

#: The command-line option that lets a routine file copy clips from outside its folders.
ALLOW_OUTSIDE_FLAG: Final = "--allow-outside-clips"
STAGING_PREFIX: Final = ".import-"
#: Staging folders older than this are left-overs of a crash and removed by the next import.
STALE_STAGING_SECONDS: Final = 24 * 3600


# -- the store, as far as this module needs it -----------------------------------------------------


class LibraryRepo(Protocol):
    def add(self, routine: Routine, origin: Origin, source: Path | None = None) -> LibraryEntry: ...
    def get(self, routine_id: str) -> LibraryEntry | None: ...
    def entries(self, origin: Origin | None = None) -> list[LibraryEntry]: ...
    def remove(self, routine_id: str) -> bool: ...


class PlaylistRepo(Protocol):
    def save(self, playlist: Playlist) -> None: ...
    def get(self, playlist_id: str) -> Playlist | None: ...
    def entries(self) -> list[Playlist]: ...
    def remove(self, playlist_id: str) -> bool: ...


class LibraryStore(Protocol):
    """The parts of `desktop.store.Store` that the library uses."""

    @property
    def library(self) -> LibraryRepo: ...
    @property
    def playlists(self) -> PlaylistRepo: ...


# -- what the library holds ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BrokenRoutine:
    """A library entry whose file no longer loads; shown greyed with the reason."""

    id: str
    title: str
    reason: str


@dataclass(frozen=True)
class RoutineCatalog:
    """The routines a person can pick from: the one bundled with Supple and every one in the store.

    Call it as a lookup (`catalog("scorpion-stretch")`) for `resolve_playlist`.
    """

    routines: Mapping[str, Routine] = field(default_factory=dict)
    origins: Mapping[str, Origin] = field(default_factory=dict)
    broken: tuple[BrokenRoutine, ...] = ()

    @classmethod
    def load(cls, store: LibraryStore | None, bundled: Path | None = None) -> RoutineCatalog:
        """Decode every routine; one that fails is listed in `broken`, never raised."""
        routines: dict[str, Routine] = {}
        origins: dict[str, Origin] = {}
        broken: list[BrokenRoutine] = []
        bundled_path = bundled if bundled is not None else bundled_routine_path()
        sources: list[tuple[str, str, Path | None, Origin]] = [
            (BUNDLED_ROUTINE_ID, "Scorpion Stretch", bundled_path, Origin.BUNDLED)
        ]
        if store is not None:
            sources += [
                (e.id, e.title, e.source, e.origin)
                for e in store.library.entries()
                if e.id != BUNDLED_ROUTINE_ID
            ]
        for routine_id, title, source, origin in sources:
            if source is None:
                broken.append(BrokenRoutine(routine_id, title, "the library does not say where its file is"))
                continue
            try:
                routine = load_routine(source)
            except RoutineError as e:
                broken.append(BrokenRoutine(routine_id, title, str(e.problems[0])))
                continue
            if routine.id != routine_id:
                broken.append(
                    BrokenRoutine(routine_id, title, f'{source} now holds the routine "{routine.id}"')
                )
                continue
            routines[routine_id] = routine
            origins[routine_id] = origin
        return cls(routines, origins, tuple(broken))

    def __call__(self, routine_id: str) -> Routine | None:
        return self.routines.get(routine_id)

    def sorted(self) -> list[Routine]:
        return sorted(self.routines.values(), key=lambda r: (r.title.casefold(), r.id))

    def tags(self) -> list[str]:
        return sorted({tag for r in self.routines.values() for tag in r.tags}, key=str.casefold)


def register_bundled(store: LibraryStore) -> None:
    """Put the routine that ships with Supple in the store's library (favourites need the row)."""
    entry = store.library.get(BUNDLED_ROUTINE_ID)
    path = bundled_routine_path()
    if entry is not None and entry.origin is Origin.BUNDLED and entry.source == path:
        return
    store.library.add(load_routine(path), Origin.BUNDLED, path)


# -- importing -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import added; `unchanged` routines were already in the library, file for file."""

    source: Path
    routines: tuple[Routine, ...]
    unchanged: tuple[str, ...] = ()
    playlist: PlaylistDocument | None = None

    def summary(self) -> str:
        if self.playlist is not None:
            added = len(self.routines) - len(self.unchanged)
            extra = f" with {added} new routine{'s' if added != 1 else ''}" if added else ""
            return f'imported the playlist "{self.playlist.title}" ({len(self.playlist.items)} items){extra}'
        routine = self.routines[0]
        if self.unchanged and routine.id == BUNDLED_ROUTINE_ID:
            return f'"{routine.title}" comes with Supple: it is always in the library'
        if self.unchanged:
            return f'"{routine.title}" is already in the library, unchanged'
        return f'imported the routine "{routine.title}" ({len(routine.steps)} steps)'


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
        raise BundleError(f"{file}: {problem}")
    paths.root.mkdir(parents=True, exist_ok=True)
    _remove_stale_staging(paths.root)
    with _staging(paths.root) as work:
        if file.name.lower().endswith(BUNDLE_SUFFIX):
            contents = read_bundle(file, work / "bundle", limits=limits, progress=progress, cancel=cancel)
        else:
            contents = _read_plain_file(file, work / "bundle", allow_outside_clips, progress, cancel)
        return _Installer(paths, store, contents, work, replace).run()


def source_problem(file: Path) -> str | None:
    """Why `file` cannot be imported before it is even opened (a folder, a device, a pipe...), or None.

    Said plainly, on one line: opening a FIFO would wait forever and a device may never end.
    """
    try:
        mode = file.stat().st_mode
    except (FileNotFoundError, NotADirectoryError):
        return "a link to a file that does not exist" if file.is_symlink() else "no such file"
    except OSError as e:
        if e.errno == errno.ELOOP:
            return "this is a loop of symbolic links, not a file"
        if e.errno == errno.ENAMETOOLONG:
            return "the path is too long for this system"
        return f"the file cannot be read: {e.strerror or e}"
    except ValueError as e:  # a NUL character
        return f"this path cannot be used: {e}"
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "this is a folder; give a bundle (*.supple), a routine file or a playlist file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "this is a device, not a file"
    if stat.S_ISFIFO(mode):
        return "this is a named pipe (FIFO), not a file"
    if stat.S_ISSOCK(mode):
        return "this is a socket, not a file"
    return "this is not a regular file"


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
        if kind != ROUTINE_FORMAT:
            raise BundleError(
                f'{file}: this is neither a routine ("{ROUTINE_FORMAT}") nor a playlist ("{PLAYLIST_FORMAT}") '
                f"file, nor a {BUNDLE_SUFFIX} bundle"
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
        raise BundleError(f"{file}: the file is not valid", e.problems) from None
    bad = media_problems(routine)
    if bad:
        raise BundleError(
            f"{file}: the routine names files that are not clips or posters; nothing was imported",
            [p.problem(file) for p in bad],
        )
    staging.mkdir()
    write_entries(staging, routine_bundle_entries(routine, ""), progress, cancel)
    staged_file = staging / (routine.id + ROUTINE_SUFFIX)
    return BundleContents(file, "routine", (StagedRoutine(load_routine(staged_file), staging, staged_file),))


class _Installer:
    """Moves staged routines into the library and registers them; undoes it all on any failure."""

    def __init__(
        self, paths: DataPaths, store: LibraryStore, contents: BundleContents, work: Path, replace: bool
    ) -> None:
        self.paths = paths
        self.store = store
        self.contents = contents
        self.work = work
        self.replace = replace
        self.source = contents.bundle
        self.moved: list[tuple[Path, Path | None]] = []  # (folder in the library, the one it replaced)
        self.undo_rows: list[Callable[[], object]] = []
        self.created_library = False

    def run(self) -> ImportResult:
        actions = [(staged, self._plan(staged)) for staged in self.contents.routines]
        playlist = self.contents.playlist
        if playlist is not None:
            self._check_playlist(playlist)
        try:
            installed = [self._install(staged, same) for staged, same in actions]
            if playlist is not None:
                self._save_playlist(playlist)
        except BaseException:
            self._undo()
            raise
        for _, replaced in self.moved:
            if replaced is not None:
                remove_tree(replaced)
        unchanged = tuple(staged.routine.id for staged, same in actions if same)
        return ImportResult(self.source, tuple(installed), unchanged, playlist)

    def _plan(self, staged: StagedRoutine) -> bool:
        """Whether the routine is already in the library with the same files; raises on a conflict."""
        rid = staged.routine.id
        entry = self.store.library.get(rid)
        if rid == BUNDLED_ROUTINE_ID or (entry is not None and entry.origin is Origin.BUNDLED):
            if rid == BUNDLED_ROUTINE_ID and _same_as_bundled(staged.routine):
                return True  # an export of the routine that comes with Supple: nothing to add
            raise BundleError(
                f'{self.source}: the routine "{rid}" has the id of a routine that comes with Supple; '
                "give it an id of its own"
            )
        final = self.paths.library / rid
        if entry is None and not final.exists():
            return False
        if final.is_dir() and _same_files(staged.folder, final, staged.file.name, rid + ROUTINE_SUFFIX):
            return True
        if self.replace:
            return False
        title = entry.title if entry is not None else rid
        raise BundleConflict(
            f'{self.source}: your library already has a different routine "{rid}" ({title}); '
            "import again with replace (supple import --replace) to overwrite it"
        )

    def _check_playlist(self, playlist: PlaylistDocument) -> None:
        staged = {s.routine.id: s.routine for s in self.contents.routines}
        catalog = RoutineCatalog.load(self.store)

        def lookup(routine_id: str) -> Routine | None:
            return staged.get(routine_id) or catalog(routine_id)

        missing = resolve_playlist(playlist, lookup).missing
        if missing:
            first = missing[0]
            more = f" (and {len(missing) - 1} more)" if len(missing) > 1 else ""
            raise BundleError(
                f"{self.source}: item {first.item_index + 1} of the playlist cannot be played: {first.reason}, "
                f"and it is not in the bundle{more}"
            )
        existing = self.store.playlists.get(playlist.id)
        if existing is not None and existing != playlist.playlist and not self.replace:
            raise BundleConflict(
                f'{self.source}: you already have a different playlist "{playlist.id}" ({existing.title}); '
                "import again with replace (supple import --replace) to overwrite it"
            )

    def _install(self, staged: StagedRoutine, same: bool) -> Routine:
        rid = staged.routine.id
        if rid == BUNDLED_ROUTINE_ID:  # `_plan` let it through only when it is the very same routine
            return load_routine(bundled_routine_path())
        final = self.paths.library / rid
        if not same:
            self._move_into_place(staged, final)
        routine = load_routine(final / (rid + ROUTINE_SUFFIX))
        previous = self.store.library.get(rid)
        self.store.library.add(routine, Origin.IMPORTED, routine.source)
        self.undo_rows.append(lambda: self._restore_entry(rid, previous))
        return routine

    def _move_into_place(self, staged: StagedRoutine, final: Path) -> None:
        wanted = staged.folder / (staged.routine.id + ROUTINE_SUFFIX)
        if staged.file != wanted:
            os.replace(staged.file, wanted)
        if not self.paths.library.exists():
            self.paths.library.mkdir(parents=True)
            self.created_library = True
        replaced: Path | None = None
        if final.exists():
            replaced = Path(tempfile.mkdtemp(prefix="replaced-", dir=self.work)) / final.name
            os.replace(final, replaced)
        try:
            os.replace(staged.folder, final)  # one rename: the routine appears whole or not at all
        except BaseException:
            if replaced is not None:
                os.replace(replaced, final)
            raise
        self.moved.append((final, replaced))

    def _restore_entry(self, rid: str, previous: LibraryEntry | None) -> None:
        if previous is None:
            self.store.library.remove(rid)
            return
        stand_in = Routine(id=rid, title=previous.title, steps=(), tags=previous.tags, source=previous.source)
        self.store.library.add(stand_in, previous.origin, previous.source)

    def _save_playlist(self, playlist: PlaylistDocument) -> None:
        previous = self.store.playlists.get(playlist.id)
        self.store.playlists.save(playlist.playlist)
        if previous is None:
            self.undo_rows.append(lambda: self.store.playlists.remove(playlist.id))
        else:
            self.undo_rows.append(lambda: self.store.playlists.save(previous))

    def _undo(self) -> None:
        for undo in reversed(self.undo_rows):
            try:
                undo()
            except Exception:  # undo as much as possible; the error that started it is raised
                continue
        for final, replaced in reversed(self.moved):
            discarded = Path(tempfile.mkdtemp(prefix="discarded-", dir=self.work)) / final.name
            os.replace(final, discarded)
            if replaced is not None:
                os.replace(replaced, final)
        if self.created_library:
            with suppress(OSError):
                self.paths.library.rmdir()


def _same_as_bundled(routine: Routine) -> bool:
    """True when a routine would make the same bundle, byte for byte, as the one Supple ships."""
    ours = routine_bundle_entries(load_routine(bundled_routine_path()), "")
    theirs = routine_bundle_entries(routine, "")
    return [e.name for e in ours] == [e.name for e in theirs] and all(
        a.data == b.data
        if isinstance(a.data, bytes) or isinstance(b.data, bytes)
        else _same_file(a.data, b.data)
        for a, b in zip(ours, theirs, strict=True)
    )


def _same_file(a: Path, b: Path) -> bool:
    return filecmp.cmp(a, b, shallow=False)


def _same_files(staged: Path, existing: Path, staged_name: str, existing_name: str) -> bool:
    """True when both folders hold the same files with the same bytes (the routine file may be named
    differently in the staging folder)."""

    def listing(folder: Path, rename: tuple[str, str]) -> dict[str, Path]:
        out = {}
        for path in folder.rglob("*"):
            if path.is_file():
                rel = path.relative_to(folder).as_posix()
                out[rename[1] if rel == rename[0] else rel] = path
        return out

    a = listing(staged, (staged_name, existing_name))
    b = listing(existing, (existing_name, existing_name))
    return a.keys() == b.keys() and all(filecmp.cmp(a[k], b[k], shallow=False) for k in a)


# -- exporting -------------------------------------------------------------------------------------


def export_routine(
    routine: Routine, out: Path, *, progress: Progress | None = None, cancel: CancelToken | None = None
) -> Path:
    """A bundle with the clips (`.supple`), or the bare routine file (`.json`) naming them where they are."""
    if out.name.lower().endswith(".json"):
        return _write_text(out, encode_routine(routine, relative_to=out.parent.resolve()))
    return write_routine_bundle(routine, out, progress=progress, cancel=cancel)


def export_playlist(
    playlist: Playlist | PlaylistDocument,
    lookup: Callable[[str], Routine | None],
    out: Path,
    *,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> Path:
    """A bundle with every routine the playlist uses but the bundled one, or the bare playlist file."""
    doc = as_document(playlist)
    if out.name.lower().endswith(".json"):
        return _write_text(out, encode_playlist(doc))
    resolved = resolve_playlist(doc, lookup)
    if resolved.missing:
        first = resolved.missing[0]
        raise BundleError(
            f"{out}: item {first.item_index + 1} of the playlist cannot be exported: {first.reason}"
        )
    used = {item.routine_id for item in doc.items} - {BUNDLED_ROUTINE_ID}
    routines = [r for r in map(lookup, sorted(used)) if r is not None]
    return write_playlist_bundle(doc, routines, out, progress=progress, cancel=cancel)


def lone_routine_note(out: Path) -> str:
    """What to know about a routine exported as a lone `.json` file."""
    bundle = out.name[: -len(".json")].removesuffix(".supple") + BUNDLE_SUFFIX
    return (
        f"{out.name} names its clips where they are now; they are not inside it. "
        f"To take the clips along, export a bundle ({bundle})."
    )


def _write_text(out: Path, text: str) -> Path:
    check_out_folder(out)
    handle, temp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        os.chmod(temp, usual_file_mode())
        os.replace(temp, out)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return out


# -- command line ----------------------------------------------------------------------------------

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
        with _read_only_store(paths) as store:
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
def _read_only_store(paths: DataPaths) -> Iterator[Any]:
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
    "BrokenRoutine",
    "ImportResult",
    "LibraryStore",
    "OutsideClips",
    "RoutineCatalog",
    "export_item",
    "export_playlist",
    "export_routine",
    "import_file",
    "import_path",
    "lone_routine_note",
    "outside_clips",
    "register_bundled",
    "source_problem",
]
