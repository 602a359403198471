"""Which routines the library keeps, and as what: the rule the window applies once a routine opens.

Favourites and history refer to a routine by its library row, so every routine opened from a file
is registered: as bundled when its file lies in Supple's own resources, else as imported. Routines
Supple makes for itself (desktop/content/adhoc.py) are never registered.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from desktop.content.adhoc import is_transient
from desktop.domain import Routine
from desktop.paths import resources_dir
from desktop.store.values import LibraryEntry, Origin


class RegistrationRepo(Protocol):
    def add(self, routine: Routine, origin: Origin, source: Path | None = None) -> LibraryEntry: ...
    def get(self, routine_id: str) -> LibraryEntry | None: ...


def origin_of(routine: Routine) -> Origin:
    """Bundled when the routine's file is one of Supple's own resources, else imported."""
    source = routine.source
    bundled = source is not None and source.resolve().is_relative_to(resources_dir().resolve())
    return Origin.BUNDLED if bundled else Origin.IMPORTED


def needs_registration(routine: Routine) -> bool:
    return not is_transient(routine)


def register_opened(library: RegistrationRepo, routine: Routine) -> bool:
    """Add `routine` to the library, or refresh its title; True when the store was written."""
    if not needs_registration(routine):
        return False
    entry = library.get(routine.id)
    if entry is not None and entry.title == routine.title:
        return False
    library.add(routine, origin_of(routine), routine.source)
    return True
