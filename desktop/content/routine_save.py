"""Routines made in the app (the routine editor): where they live in the library and how they are saved.

A routine made or edited in the app lives in ``<data folder>/library/_own/<routine id>/``: its file
``<routine id>.supple.json`` and, under ``clips/``, its clips and posters, each named by the SHA-256
of its bytes (``clips/3f2a….mp4``, a poster ``clips/9c41….png``). The ``_own`` folder cannot be
the folder of an imported routine (an id has no ``_``), and it tells the library which routines
are the person's own to edit; an imported or bundled one is duplicated first.

Saving is all or nothing. Each clip is copied once (a clip with the same bytes already there is
not copied again) into a temporary file in ``clips/`` that is renamed into place; the routine file
is written the same way, last, so it names only clips that are whole. Source files are only read.
When anything fails (a full disk, say), the files this save added are removed and the routine's
previous file, still in place, is the routine. Clips an earlier version named stay in ``clips/``
(the editor's undo may bring them back).
"""

from __future__ import annotations

import dataclasses
import os
import re
from collections.abc import Iterable
from contextlib import suppress
from pathlib import Path
from types import MappingProxyType

from desktop.content.atomic import replacing
from desktop.content.library import LibraryRepo
from desktop.content.routine import ROUTINE_SUFFIX, encode_routine, load_routine
from desktop.domain import Clip, Routine
from desktop.store.values import Origin

OWN_FOLDER = "_own"
CLIPS_FOLDER = "clips"
_CHUNK = 1 << 20


def own_root(library: Path) -> Path:
    return library / OWN_FOLDER


def own_file(library: Path, routine_id: str) -> Path:
    """Where the routine `routine_id` made in the app is saved."""
    return own_root(library) / routine_id / (routine_id + ROUTINE_SUFFIX)


def is_own(routine: Routine, library: Path) -> bool:
    """Whether `routine` was made in the app (and so may be edited in place)."""
    source = routine.source
    if source is None:
        return False
    with suppress(OSError):
        return source.resolve().is_relative_to(own_root(library).resolve())
    return False


def routine_id_for(title: str, taken: Iterable[str]) -> str:
    """An id from a title ("Knee rehab" -> "knee-rehab"), made unique with -2, -3..."""
    used = set(taken)
    base = re.sub(r"[^a-z0-9]+", "-", title.casefold()).strip("-")[:56].strip("-") or "routine"
    candidate, n = base, 1
    while candidate in used:
        n += 1
        candidate = f"{base}-{n}"
    return candidate


def content_name(path: Path) -> str:
    """The name a clip or poster has in the library: the SHA-256 of its bytes and its suffix."""
    import hashlib

    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest() + path.suffix.lower()


def save_own_routine(routine: Routine, library: Path, repo: LibraryRepo) -> Routine:
    """Save `routine` (clips anywhere, by absolute path) into the library and register it; returns
    the routine as read back from its new file. Raises OSError (and leaves the previous version)
    when a file cannot be written."""
    target = own_file(library, routine.id)
    folder = target.parent
    clips_folder = folder / CLIPS_FOLDER
    added: list[Path] = []
    made_folders = [p for p in (own_root(library), folder, clips_folder) if not p.exists()]
    previous = target.read_bytes() if target.is_file() else None
    try:
        clips_folder.mkdir(parents=True, exist_ok=True)
        clips = {
            clip_id: Clip(
                clip_id,
                _copy_in(clip.file, clips_folder, added),
                _copy_in(clip.poster, clips_folder, added) if clip.poster is not None else None,
            )
            for clip_id, clip in routine.clips.items()
        }
        saved = dataclasses.replace(routine, clips=MappingProxyType(clips), source=target)
        write_atomically(target, encode_routine(saved, relative_to=folder).encode("utf-8"))
        try:
            loaded = load_routine(target)
            repo.add(loaded, Origin.IMPORTED, target)
        except BaseException:
            if previous is not None:
                write_atomically(target, previous)
            else:
                target.unlink(missing_ok=True)
            raise
    except BaseException:
        for path in added:
            path.unlink(missing_ok=True)
        for made in reversed(made_folders):
            with suppress(OSError):
                made.rmdir()
        raise
    return loaded


def write_atomically(target: Path, data: bytes) -> None:
    """`data` at `target` whole or not at all: a temporary file beside it, flushed, then renamed."""
    with replacing(target) as temp, temp.open("wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())


def _copy_in(source: Path, clips_folder: Path, added: list[Path]) -> Path:
    """The library's copy of `source`, made now unless a file with the same bytes is there."""
    if source.parent == clips_folder and source.is_file():
        return source  # saved before: already the library's own copy, named by its content
    final = clips_folder / content_name(source)
    if final.is_file():
        return final
    with replacing(final) as temp, temp.open("wb") as out, source.open("rb") as src:
        while chunk := src.read(_CHUNK):
            out.write(chunk)
        out.flush()
        os.fsync(out.fileno())
    added.append(final)
    return final


__all__ = [
    "OWN_FOLDER",
    "content_name",
    "is_own",
    "own_file",
    "routine_id_for",
    "save_own_routine",
    "write_atomically",
]
