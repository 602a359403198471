"""Favourites as one object the window and the Library share: the store holds them, and every
change made through this object is announced by `changed`, so each view shows the same stars."""

from __future__ import annotations

import logging
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

Key = tuple[str, str | None]  # (routine id, step id or None for the whole routine)


class FavouritesRepo(Protocol):
    def add(self, routine_id: str, step_id: str | None = None) -> bool: ...
    def remove(self, routine_id: str, step_id: str | None = None) -> bool: ...
    def entries(self) -> list[Any]: ...


class FavouritesModel(QObject):
    """Signals:
    changed(): a favourite was added or removed, or another store was attached.
    """

    changed = Signal()

    def __init__(self, repo: FavouritesRepo | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.repo = repo

    def set_repo(self, repo: FavouritesRepo | None) -> None:
        self.repo = repo
        self.changed.emit()

    @property
    def available(self) -> bool:
        return self.repo is not None

    def marked(self) -> set[Key]:
        if self.repo is None:
            return set()
        return {(f.routine_id, f.step_id) for f in self.repo.entries()}

    def contains(self, routine_id: str, step_id: str | None = None) -> bool:
        return (routine_id, step_id) in self.marked()

    def set(self, routine_id: str, step_id: str | None, on: bool) -> None:
        """Star or unstar; the store's errors (read-only, damaged) are raised, after no change."""
        if self.repo is None:
            return
        changed = (self.repo.add if on else self.repo.remove)(routine_id, step_id)
        if changed:
            self.changed.emit()

    def toggle(self, routine_id: str, step_id: str | None = None) -> bool:
        """Star when not starred, else unstar; returns the new state."""
        on = not self.contains(routine_id, step_id)
        self.set(routine_id, step_id, on)
        return on

    # The store repository's own names, so the model stands wherever a repository did.
    def add(self, routine_id: str, step_id: str | None = None) -> bool:
        before = self.contains(routine_id, step_id)
        self.set(routine_id, step_id, True)
        return not before

    def remove(self, routine_id: str, step_id: str | None = None) -> bool:
        before = self.contains(routine_id, step_id)
        self.set(routine_id, step_id, False)
        return before

    def entries(self) -> list[Any]:
        return [] if self.repo is None else self.repo.entries()
