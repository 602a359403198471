"""The local SQLite store: library, favourites, playlists and history. No Qt.

Open it with `open_store(paths)` once the window is shown (SQLAlchemy costs ~220 ms to import);
importing this package itself loads nothing heavy: the names below resolve on first use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.store.errors import (
        BackupError,
        HistoryWriteError,
        MigrationError,
        NewerDatabaseError,
        ReadOnlyStoreError,
        StoreError,
    )
    from desktop.store.history_cli import print_history
    from desktop.store.lock import InstanceLock, InstanceLockedError
    from desktop.store.schema import HEAD_REVISION, KNOWN_REVISIONS
    from desktop.store.store import Store, open_store
    from desktop.store.values import (
        BackupInfo,
        Favourite,
        HistoryEntry,
        LibraryEntry,
        Origin,
        PlayedSession,
        RecoveryReport,
    )
    from desktop.store.writer import HistoryWriter

_EXPORTS = {
    "BackupError": "errors",
    "HistoryWriteError": "errors",
    "MigrationError": "errors",
    "NewerDatabaseError": "errors",
    "ReadOnlyStoreError": "errors",
    "StoreError": "errors",
    "print_history": "history_cli",
    "InstanceLock": "lock",
    "InstanceLockedError": "lock",
    "HEAD_REVISION": "schema",
    "KNOWN_REVISIONS": "schema",
    "Store": "store",
    "open_store": "store",
    "BackupInfo": "values",
    "Favourite": "values",
    "HistoryEntry": "values",
    "LibraryEntry": "values",
    "Origin": "values",
    "PlayedSession": "values",
    "RecoveryReport": "values",
    "HistoryWriter": "writer",
}


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


__all__ = [
    "HEAD_REVISION",
    "KNOWN_REVISIONS",
    "BackupError",
    "BackupInfo",
    "Favourite",
    "HistoryEntry",
    "HistoryWriteError",
    "HistoryWriter",
    "InstanceLock",
    "InstanceLockedError",
    "LibraryEntry",
    "MigrationError",
    "NewerDatabaseError",
    "Origin",
    "PlayedSession",
    "ReadOnlyStoreError",
    "RecoveryReport",
    "Store",
    "StoreError",
    "open_store",
    "print_history",
]
