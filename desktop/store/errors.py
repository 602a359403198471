"""Errors the store raises; every message is written for the person using the app."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

#: SQLite's primary result codes, in words. Extended codes (e.g. SQLITE_IOERR_WRITE) keep their
#: primary code in the low byte.
_SQLITE_REASONS = {
    3: "permission was denied",  # SQLITE_PERM
    5: "the database is busy: another program is writing to it",  # SQLITE_BUSY
    6: "the database is locked",  # SQLITE_LOCKED
    7: "there is not enough memory",  # SQLITE_NOMEM
    8: "the database cannot be written (it is read-only)",  # SQLITE_READONLY
    10: "the disk could not be read or written",  # SQLITE_IOERR
    11: "the database file is damaged",  # SQLITE_CORRUPT
    13: "the disk is full",  # SQLITE_FULL
    14: "the database file could not be opened",  # SQLITE_CANTOPEN
    19: "the record broke one of the database's rules",  # SQLITE_CONSTRAINT
    26: "the file is not a database",  # SQLITE_NOTADB
}
_OS_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EROFS: "the file system is read-only",
    errno.EACCES: "permission was denied",
    errno.EPERM: "the operation is not permitted",
    errno.ELOOP: "the path is a loop of symbolic links",
    errno.EISDIR: "it is a folder, not a file",
    errno.ENOTDIR: "a part of the path is a file, not a folder",
    errno.ENOENT: "it does not exist",
}


def plain_reason(exc: BaseException) -> str:
    """Why a store operation failed, in words for a person.

    Never SQL text, bound parameters or a library's help link: SQLAlchemy puts all three in its
    messages, so its errors are described by the driver's error they wrap (``.orig``).
    """
    orig = getattr(exc, "orig", None)
    if isinstance(orig, BaseException):
        exc = orig
    if isinstance(exc, StoreError):
        return str(exc).rstrip(".")
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        if isinstance(code, int) and (code & 0xFF) in _SQLITE_REASONS:
            return _SQLITE_REASONS[code & 0xFF]
        return str(exc).splitlines()[0] if str(exc) else "the database reported an error"
    if isinstance(exc, OSError):
        reason = _OS_REASONS.get(exc.errno or 0, exc.strerror or "the file system refused")
        return f"{reason} ({exc.filename})" if exc.filename else reason
    return f"an unexpected error ({type(exc).__name__})"


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
    """A history write failed; `item` is what could not be saved, `__cause__` says why.

    The message is for the person: `what` names the item ("the step \u201cReach\u201d") and the
    reason is `plain_reason`'s."""

    def __init__(self, item: object, cause: BaseException, what: str = "") -> None:
        self.item = item
        self.reason = plain_reason(cause)
        super().__init__(f"Could not save {what or 'a record'} to history: {self.reason}.")
