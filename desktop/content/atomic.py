"""Files written whole or not at all: a temporary file beside the target, renamed over it."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def usual_file_mode() -> int:
    """The mode a new file gets from `open()` (0666 less the umask); `mkstemp` makes 0600 files.

    Linux says the umask in /proc; elsewhere it is read by setting it, which is brief but not
    thread-safe, so that is the fallback.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            mask = next(int(line.split()[1], 8) for line in status if line.startswith("Umask:"))
    except (OSError, StopIteration, ValueError, IndexError):
        mask = os.umask(0o022)
        os.umask(mask)
    return 0o666 & ~mask


@contextmanager
def replacing(target: Path, suffix: str = ".part") -> Iterator[Path]:
    """A temporary path beside `target` for the block to write; when the block ends without an
    error it gets the usual file mode and is renamed over `target`, else it is removed: `target`
    is whole, or as it was."""
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=suffix, dir=target.parent)
    except OSError as e:  # name the file asked for, not the temporary one
        raise OSError(e.errno, e.strerror, str(target)) from None
    os.close(handle)
    temp = Path(name)
    try:
        yield temp
        os.chmod(temp, usual_file_mode())
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)
