"""Installing staged routines (and a playlist) into the library: one rename per routine folder,
the store rows last, and everything undone on any failure."""

from __future__ import annotations

import filecmp
import os
import tempfile
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from desktop.content.bundle import BundleConflict, BundleError, remove_tree
from desktop.content.bundle_read import BundleContents, StagedRoutine
from desktop.content.bundle_write import routine_bundle_entries
from desktop.content.bundled import BUNDLED_ROUTINE_ID, bundled_routine_path
from desktop.content.library import LibraryStore, RoutineCatalog
from desktop.content.playlist import PlaylistDocument
from desktop.content.playlist_resolve import resolve_playlist
from desktop.content.routine import ROUTINE_SUFFIX, load_routine
from desktop.domain import Routine
from desktop.domain.messages import Message, message
from desktop.paths import DataPaths
from desktop.store.values import LibraryEntry, Origin


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import added; `unchanged` routines were already in the library, file for file."""

    source: Path
    routines: tuple[Routine, ...]
    unchanged: tuple[str, ...] = ()
    playlist: PlaylistDocument | None = None

    def summary(self) -> str:
        return str(self.note())

    def note(self) -> Message:
        """`summary` for the window to translate."""
        if self.playlist is not None:
            added = len(self.routines) - len(self.unchanged)
            extra = message("imported.new_routines", n=added) if added else ""
            title = self.playlist.title
            return message("imported.playlist", title=title, n=len(self.playlist.items), extra=extra)
        routine = self.routines[0]
        if self.unchanged and routine.id == BUNDLED_ROUTINE_ID:
            return message("imported.bundled", title=routine.title)
        if self.unchanged:
            return message("imported.unchanged", title=routine.title)
        return message("imported.routine", title=routine.title, n=len(routine.steps))


class Installer:
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
            raise BundleError(message("install.bundled_id", file=str(self.source), id=rid))
        final = self.paths.library / rid
        if entry is None and not final.exists():
            return False
        if final.is_dir() and _same_files(staged.folder, final, staged.file.name, rid + ROUTINE_SUFFIX):
            return True
        if self.replace:
            return False
        title = entry.title if entry is not None else rid
        raise BundleConflict(message("install.routine_conflict", file=str(self.source), id=rid, title=title))

    def _check_playlist(self, playlist: PlaylistDocument) -> None:
        staged = {s.routine.id: s.routine for s in self.contents.routines}
        catalog = RoutineCatalog.load(self.store)

        def lookup(routine_id: str) -> Routine | None:
            return staged.get(routine_id) or catalog(routine_id)

        resolved = resolve_playlist(playlist, lookup)
        if resolved.limit_problem is not None:
            raise BundleError(
                message("install.unplayable", file=str(self.source), reason=str(resolved.limit_problem))
            )
        missing = resolved.missing
        if missing:
            first = missing[0]
            more = message("install.more", n=len(missing) - 1) if len(missing) > 1 else ""
            raise BundleError(
                message(
                    "install.missing_item",
                    file=str(self.source),
                    item=first.item_index + 1,
                    reason=first.note or first.reason,
                    more=more,
                )
            )
        existing = self.store.playlists.get(playlist.id)
        if existing is not None and existing != playlist.playlist and not self.replace:
            raise BundleConflict(
                message(
                    "install.playlist_conflict", file=str(self.source), id=playlist.id, title=existing.title
                )
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
