"""InstanceLock: one running Supple per data folder, held with an OS file lock.

The operating system releases the lock when the holding process dies, however it dies, so a lock
left by a killed process never blocks the next start (unlike a pid file). POSIX uses
``fcntl.flock``; Windows uses ``msvcrt.locking`` on the first byte.
"""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path
from types import TracebackType

from desktop.paths import DataPaths
from desktop.store.errors import StoreError

LOCK_NAME = "supple.lock"
_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}


class InstanceLockedError(StoreError):
    """Another live process holds the lock."""

    def __init__(self, path: Path, holder: str) -> None:
        self.path = path
        self.holder = holder
        who = f" (process {holder})" if holder else ""
        super().__init__(f"Supple is already running with this data folder{who}: {path.parent}")


class InstanceLock:
    """A non-blocking exclusive lock on ``<data folder>/supple.lock``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    @classmethod
    def for_paths(cls, paths: DataPaths) -> InstanceLock:
        return cls(paths.root / LOCK_NAME)

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        """Take the lock or raise InstanceLockedError at once."""
        if self._fd is not None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        writable = True
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            if exc.errno not in _READ_ONLY:
                raise
            # A read-only data folder: nothing can be written there, so two instances cannot
            # harm it; lock the file if an earlier run left one, else go on without a lock.
            try:
                fd = os.open(self.path, os.O_RDONLY)
            except OSError:
                return
            writable = False
        try:
            _lock(fd)
        except OSError:
            holder = _read_holder(fd)
            os.close(fd)
            raise InstanceLockedError(self.path, holder) from None
        if writable:
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, b" " + str(os.getpid()).encode() + b"\n")  # byte 0 is the locked one on Windows
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.release()


def _read_holder(fd: int) -> str:
    try:
        os.lseek(fd, 1, os.SEEK_SET)
        return os.read(fd, 32).decode(errors="replace").strip()
    except OSError:
        return ""


if sys.platform == "win32":
    import msvcrt

    def _lock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
