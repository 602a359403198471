"""Favourites as one object the window and the Library share: the store holds them, and every
change made through this object is announced by `changed`, so each view shows the same stars.

The model keeps what is starred in memory (read from the store when it is attached) and writes
each change to the store in a serial Task (desktop/qt/tasks.py), so a star never waits on the
database; a write that fails puts the star back as it was and is reported.
"""

from __future__ import annotations

import logging
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal

from desktop.qt.tasks import FailureHandler, Task, TaskContext

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
        self._marked = self._read(repo)

    @staticmethod
    def _read(repo: FavouritesRepo | None) -> set[Key]:
        return set() if repo is None else {(f.routine_id, f.step_id) for f in repo.entries()}

    def set_repo(self, repo: FavouritesRepo | None) -> None:
        self.repo = repo
        self._marked = self._read(repo)
        self.changed.emit()

    @property
    def available(self) -> bool:
        return self.repo is not None

    def marked(self) -> set[Key]:
        return set(self._marked)

    def reload(self) -> None:
        """Read the favourites from the store again (after something else changed it)."""
        self._marked = self._read(self.repo)
        self.changed.emit()

    def contains(self, routine_id: str, step_id: str | None = None) -> bool:
        return (routine_id, step_id) in self.marked()

    def set(
        self, routine_id: str, step_id: str | None, on: bool, on_failure: FailureHandler | None = None
    ) -> Task[bool] | None:
        """Star or unstar at once; the store is written in a serial Task (returned, None when
        nothing changes). A read-only store raises at once; a write that fails later (disk full,
        damage) puts the star back and goes to `on_failure`, else to `Task.report_failure`."""
        repo, key = self.repo, (routine_id, step_id)
        if repo is None or (key in self._marked) == on:
            return None
        if getattr(repo, "read_only", False):
            from desktop.store.errors import ReadOnlyStoreError

            raise ReadOnlyStoreError()  # known at once: nothing changes, the caller says so
        (self._marked.add if on else self._marked.discard)(key)
        self.changed.emit()

        def write(_ctx: TaskContext) -> bool:
            return (repo.add if on else repo.remove)(routine_id, step_id)

        def undo(error: BaseException) -> None:
            (self._marked.discard if on else self._marked.add)(key)
            self.changed.emit()
            report = on_failure or Task.report_failure
            if report is not None:
                report(error)
            else:
                log.error("favourite not saved", exc_info=error)

        return Task(self, write, name="favourite", serial=True).on_failure(undo).start()

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
