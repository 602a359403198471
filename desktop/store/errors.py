"""Errors the store raises; every message is written for the person using the app."""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """Base class for everything the store raises on purpose."""


class NewerDatabaseError(StoreError):
    """The database was written by a newer Supple; this version must not change it."""

    def __init__(self, path: Path, revision: str, known: tuple[str, ...]) -> None:
        self.path = path
        self.revision = revision
        self.known = known
        super().__init__(
            f"The database {path} was written by a newer version of Supple "
            f"(schema revision {revision!r}; this version knows revisions up to {known[-1]!r}). "
            "Supple will not change it. Install the newer version to keep recording, "
            "or open it read-only to look at your history."
        )


class ReadOnlyStoreError(StoreError):
    """A write was attempted on a store opened read-only."""

    def __init__(self) -> None:
        super().__init__("The store is open read-only: nothing can be saved in this mode.")


class BackupError(StoreError):
    """A backup could not be written or did not verify."""


class MigrationError(StoreError):
    """Upgrading the database schema failed; the database was left as it was."""


class HistoryWriteError(StoreError):
    """A history write failed; `item` is what could not be saved, `__cause__` says why."""

    def __init__(self, item: object, cause: BaseException) -> None:
        self.item = item
        super().__init__(f"Could not save {item!r} to history: {cause}")
