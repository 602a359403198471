"""Writing `.supple` bundles (the layout is in bundle.py): always the same bytes for the same routine,
written beside the target and renamed over it when whole."""

from __future__ import annotations

import dataclasses
import re
import stat
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from types import MappingProxyType
from typing import Final

from desktop.content.atomic import replacing
from desktop.content.bundle import (
    CHUNK,
    CLIPS_FOLDER,
    ROUTINES_FOLDER,
    WINDOWS_RESERVED,
    BundleError,
    CancelToken,
    Progress,
    check_cancel,
    create_new_file,
    shown_name,
)
from desktop.content.clip_files import media_problems
from desktop.content.playlist import PLAYLIST_SUFFIX, PlaylistDocument, encode_playlist
from desktop.content.routine import ROUTINE_SUFFIX, encode_routine
from desktop.domain import Clip, Routine
from desktop.domain.messages import message

#: Fixed metadata so that the same routine always gives the same bytes.
_ZIP_EPOCH: Final = (1980, 1, 1, 0, 0, 0)
_FILE_ATTRIBUTES: Final = (stat.S_IFREG | 0o644) << 16
_UNIX: Final = 3
_SAFE_NAME: Final = re.compile(r"[^A-Za-z0-9._-]+")
_STORED_SUFFIXES: Final = frozenset(
    {".mp4", ".m4v", ".mov", ".mkv", ".webm", ".avi", ".png", ".jpg", ".jpeg", ".webp"}
)


def _check_export_media(routine: Routine, out: Path) -> None:
    """A bundle never ships a file that is not a clip or a poster by its first bytes."""
    problems = media_problems(routine)
    if problems:
        file = routine.source or Path(routine.id + ROUTINE_SUFFIX)
        raise BundleError(
            message("export.not_media", out=str(out), id=routine.id), [p.problem(file) for p in problems]
        )


@dataclass(frozen=True, slots=True)
class BundleEntry:
    """One file to write: its name in the bundle and its bytes or the file they come from."""

    name: str
    data: bytes | Path

    @property
    def size(self) -> int:
        return len(self.data) if isinstance(self.data, bytes) else self.data.stat().st_size


def write_routine_bundle(
    routine: Routine,
    out: Path,
    *,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> Path:
    """Write `routine` and its clips and posters to the bundle `out` (replaced at once when done)."""
    _check_export_media(routine, out)
    return _write_zip(out, routine_bundle_entries(routine, ""), progress, cancel)


def write_playlist_bundle(
    playlist: PlaylistDocument,
    routines: Iterable[Routine],
    out: Path,
    *,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> Path:
    """Write the playlist and the given routines (each in `routines/<id>/`) to the bundle `out`."""
    entries = [BundleEntry(playlist.id + PLAYLIST_SUFFIX, encode_playlist(playlist).encode("utf-8"))]
    for routine in sorted(routines, key=lambda r: r.id):
        _check_export_media(routine, out)
        entries += routine_bundle_entries(routine, f"{ROUTINES_FOLDER}/{routine.id}/")
    return _write_zip(out, entries, progress, cancel)


def routine_bundle_entries(routine: Routine, prefix: str) -> list[BundleEntry]:
    """The routine file, its clip paths rewritten to `clips/<name>`, then the clips by name."""
    names = bundle_clip_names(routine)
    clips = {
        clip_id: Clip(
            clip_id,
            Path(names[clip.file]),
            None if clip.poster is None else Path(names[clip.poster]),
        )
        for clip_id, clip in routine.clips.items()
    }
    portable = dataclasses.replace(routine, clips=MappingProxyType(clips), source=None)
    text = encode_routine(portable, relative_to=Path("."))
    entries = [BundleEntry(prefix + routine.id + ROUTINE_SUFFIX, text.encode("utf-8"))]
    entries += [
        BundleEntry(prefix + name, source) for source, name in sorted(names.items(), key=lambda p: p[1])
    ]
    return entries


def bundle_clip_names(routine: Routine) -> dict[Path, str]:
    """Each clip and poster file -> `clips/<name>`: its own name made safe, prefixed with the
    clip id when two files would share a name (ignoring case)."""
    names: dict[Path, str] = {}
    taken: set[str] = set()
    for clip_id in sorted(routine.clips):
        clip = routine.clips[clip_id]
        for path in (clip.file, clip.poster):
            if path is None or path in names:
                continue
            name = _safe_file_name(path.name, clip_id)
            candidate, n = name, 1
            while candidate.casefold() in taken:
                n += 1
                candidate = f"{clip_id}-{name}" if n == 2 else f"{clip_id}-{n}-{name}"
            taken.add(candidate.casefold())
            names[path] = f"{CLIPS_FOLDER}/{candidate}"
    return names


def _safe_file_name(name: str, fallback: str) -> str:
    safe = _SAFE_NAME.sub("-", name).lstrip(".-")
    stem = safe.split(".", 1)[0]
    if not stem or WINDOWS_RESERVED.fullmatch(safe):
        safe = f"{fallback}-{safe}" if safe else fallback
    return safe[:120]


def _write_zip(
    out: Path, entries: Sequence[BundleEntry], progress: Progress | None, cancel: CancelToken | None
) -> Path:
    """Write the entries in order to a temporary file beside `out`, then rename it over `out`."""
    what = f"writing {out}"
    try:
        total = sum(entry.size for entry in entries)
    except OSError as e:
        raise BundleError(message("export.unreadable", out=str(out), reason=str(e))) from None
    check_out_folder(out)
    try:
        with replacing(out) as temp, temp.open("w+b") as raw, zipfile.ZipFile(raw, "w") as zf:
            done = 0
            for entry in entries:
                check_cancel(cancel, what)
                done = _write_entry(zf, entry, done, total, progress, cancel, what)
    except OSError as e:
        raise BundleError(message("export.unwritable", out=str(out), reason=str(e.strerror or e))) from None
    return out


def check_out_folder(out: Path) -> None:
    """The folder to write `out` in must exist: a mistyped path should not grow a tree of folders."""
    folder = out.parent
    if not folder.is_dir():
        code = "export.not_a_folder" if folder.exists() else "export.no_folder"
        raise BundleError(message(code, out=str(out), folder=shown_name(str(folder))))


def _write_entry(
    zf: zipfile.ZipFile,
    entry: BundleEntry,
    done: int,
    total: int,
    progress: Progress | None,
    cancel: CancelToken | None,
    what: str,
) -> int:
    info = zipfile.ZipInfo(entry.name, date_time=_ZIP_EPOCH)
    info.create_system = _UNIX
    info.external_attr = _FILE_ATTRIBUTES
    stored = PurePosixPath(entry.name).suffix.lower() in _STORED_SUFFIXES  # already compressed
    info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    info.file_size = entry.size
    with zf.open(info, "w") as dest:
        for chunk in _chunks(entry.data):
            dest.write(chunk)
            done += len(chunk)
            if progress is not None:
                progress(done, total)
            check_cancel(cancel, what)
    return done


def write_entries(
    folder: Path,
    entries: Sequence[BundleEntry],
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> None:
    """Write entries as files under `folder`, as extracting their bundle would (for plain-file imports)."""
    total = sum(entry.size for entry in entries)
    done = 0
    for entry in entries:
        target = folder.joinpath(*entry.name.split("/"))
        target.parent.mkdir(parents=True, exist_ok=True)
        with create_new_file(target) as dest:
            for chunk in _chunks(entry.data):
                dest.write(chunk)
                done += len(chunk)
                if progress is not None:
                    progress(done, total)
                check_cancel(cancel, f"copying {entry.name}")


def _chunks(data: bytes | Path) -> Iterator[bytes]:
    if isinstance(data, bytes):
        for start in range(0, len(data), CHUNK):
            yield data[start : start + CHUNK]
        return
    with data.open("rb") as f:
        while chunk := f.read(CHUNK):
            yield chunk
