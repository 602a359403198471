"""The routine library on disk and in the store: what it holds.

Imported routines live in ``<data folder>/library/<routine id>/<routine id>.supple.json`` with
their clips beside them, and are registered in the store's library (origin "imported"). An import
is all or nothing: files are staged in a temporary folder inside the data folder, each routine's
folder is moved into place with one rename, the store rows are written last, and any failure (or
a cancel) undoes the renames and rows made so far. Playlists live in the store only.

The store is used through the small protocols below, so the library modules import no SQLAlchemy;
the command-line functions (library_cli.py) open the real store themselves. Importing is in
library_import.py and library_install.py, exporting in library_export.py.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from desktop.content.bundled import BUNDLED_ROUTINE_ID, bundled_routine_path
from desktop.content.problems import RoutineError
from desktop.content.routine import load_routine
from desktop.domain import Playlist, Routine
from desktop.domain.messages import Message, message
from desktop.store.values import LibraryEntry, Origin

# -- the store, as far as the library needs it -----------------------------------------------------


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
    note: Message | None = None  # `reason` for the window to translate

    @classmethod
    def of(cls, routine_id: str, title: str, note: Message) -> BrokenRoutine:
        return cls(routine_id, title, str(note), note)


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
                broken.append(BrokenRoutine.of(routine_id, title, message("library.no_file")))
                continue
            try:
                routine = load_routine(source)
            except RoutineError as e:
                broken.append(BrokenRoutine(routine_id, title, str(e.problems[0]), e.problems[0].whole))
                continue
            if routine.id != routine_id:
                other = message("library.other_routine", file=str(source), routine=routine.id)
                broken.append(BrokenRoutine.of(routine_id, title, other))
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


__all__ = [
    "BrokenRoutine",
    "LibraryStore",
    "RoutineCatalog",
    "register_bundled",
]
