"""`.supple` bundles: a zip of one routine or playlist file and every clip and poster it needs.

Layout (written by `write_routine_bundle` / `write_playlist_bundle`, expected by `read_bundle`)::

    morning-hips.supple.json                 a routine bundle: the routine at the top level,
    clips/bridge.mp4, clips/bridge.png       its clips beside it, as the routine names them

    warm-up.supple-playlist.json             a playlist bundle: the playlist at the top level,
    routines/<routine id>/<id>.supple.json   and each routine it uses in a folder of its own
    routines/<routine id>/clips/...          (the routine that ships with Supple is left out)

Every bundle is hostile until proven otherwise. Before anything is written, each entry's name and
type is checked (no absolute paths, `..`, backslashes, drive letters, colons, NUL or control
characters, names Windows cannot store, symbolic links or other special files, duplicates or
names that differ only in case, encrypted or unusually compressed entries), as are the number of
entries and the sizes the archive declares. While extracting, the bytes actually written are
counted (header sizes can lie) against a total cap, a per-entry cap and a compression-ratio cap,
and a cancel token is checked between chunks. Then the routine or playlist is validated with the
same decoder as any file, and every clip and poster it names must be an entry of the bundle inside
the routine's own folder. Extraction goes into a folder the caller makes (inside the data folder,
so that moving the result into the library is one rename) and that the caller removes on failure.

This module holds what the parts share (the limits, the errors, the cancel token); the parts are
bundle_write.py (writing), bundle_entries.py (checking names, types and sizes), bundle_extract.py
(extraction with counting) and bundle_read.py (reading: staging and validation), with the checks
of clip and poster files in clip_files.py.
"""

from __future__ import annotations

import os
import re
import shutil
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Final, Literal

from desktop.content.jsonfile import MAX_FILE_BYTES
from desktop.content.problems import Problem
from desktop.domain.messages import Message, text

BUNDLE_SUFFIX: Final = ".supple"
ROUTINES_FOLDER: Final = "routines"
CLIPS_FOLDER: Final = "clips"
CHUNK: Final = 1 << 16
#: Names Windows cannot store as a file, whatever their extension: bundles neither hold nor make them.
WINDOWS_RESERVED: Final = re.compile(r"(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?", re.IGNORECASE)

Progress = Callable[[int, int], None]
"""Called with (bytes done, bytes expected) while a bundle is written or extracted."""

Kind = Literal["routine", "playlist"]


@dataclass(frozen=True, slots=True)
class BundleLimits:
    """What a bundle may hold. The defaults leave room for a few dozen HD clips."""

    max_entries: int = 1000
    max_total_bytes: int = 1 << 30
    max_entry_bytes: int = 512 << 20
    max_json_bytes: int = MAX_FILE_BYTES
    #: Uncompressed bytes per compressed byte; video and images barely compress, JSON ~10:1.
    max_ratio: int = 100
    #: The ratio is only judged once an entry has given this many bytes (tiny files compress oddly).
    ratio_floor: int = 1 << 20
    max_name_length: int = 512


DEFAULT_LIMITS: Final = BundleLimits()


class BundleError(Exception):
    """A bundle that cannot be written or imported; the message names the bundle and the entry."""

    def __init__(self, message: str | Message, problems: Sequence[Problem] = ()) -> None:
        self.problems = list(problems)
        super().__init__("\n".join([str(message), *(f"  {p}" for p in self.problems)]))
        self.message = str(message)
        #: `message` for the window to translate
        self.note = text(message)


class BundleCancelled(BundleError):
    """The person cancelled; nothing was changed."""


class BundleConflict(BundleError):
    """The library already has a different routine (or playlist) with an id from the bundle;
    importing again with `replace` overwrites it."""


class CancelToken:
    """Set from any thread; long operations check it between chunks and stop with BundleCancelled."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()


def check_cancel(cancel: CancelToken | None, what: str) -> None:
    """Stop with BundleCancelled, saying `what` was cancelled, once `cancel` has been set."""
    if cancel is not None and cancel.cancelled:
        raise BundleCancelled(f"{what}: cancelled; nothing was changed")


def create_new_file(path: Path) -> BinaryIO:
    """A new file, never an existing one or a link's target."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    return os.fdopen(os.open(path, flags, 0o644), "wb")


def shown_name(name: str) -> str:
    """A hostile name, printable on one line."""
    return f'"{name}"' if name.isprintable() else repr(name)


def format_bytes(n: int) -> str:
    """A size as messages show it: `1.5 MiB`, `512 bytes`."""
    for unit, size in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if n >= size:
            return f"{n / size:.1f} {unit}"
    return f"{n:,} bytes"


def remove_tree(path: Path) -> None:
    """Remove a staging folder whatever is in it (read-only files included)."""
    if path.exists():
        shutil.rmtree(path, ignore_errors=True)
