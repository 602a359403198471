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
"""

from __future__ import annotations

import dataclasses
import os
import re
import shutil
import stat
import tempfile
import threading
import unicodedata
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from types import MappingProxyType
from typing import IO, BinaryIO, Final, Literal

from desktop.content import signatures
from desktop.content.jsonfile import MAX_FILE_BYTES, decode_utf8, parse_json
from desktop.content.playlist import PLAYLIST_FORMAT, PLAYLIST_SUFFIX, PlaylistDocument, load_playlist
from desktop.content.problems import Problem, RoutineError, format_path
from desktop.content.routine import FORMAT as ROUTINE_FORMAT
from desktop.content.routine import ROUTINE_SUFFIX, encode_routine, load_routine
from desktop.content.semantics import resolve_clip_path
from desktop.domain import Clip, Routine

BUNDLE_SUFFIX: Final = ".supple"
ROUTINES_FOLDER: Final = "routines"
CLIPS_FOLDER: Final = "clips"
CHUNK: Final = 1 << 16
#: Fixed metadata so that the same routine always gives the same bytes.
_ZIP_EPOCH: Final = (1980, 1, 1, 0, 0, 0)
_FILE_ATTRIBUTES: Final = (stat.S_IFREG | 0o644) << 16
_UNIX: Final = 3
_LOCAL_HEADER: Final = 30
_WINDOWS_RESERVED: Final = re.compile(r"(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?", re.IGNORECASE)
_DRIVE: Final = re.compile(r"^[A-Za-z]:")
_SAFE_NAME: Final = re.compile(r"[^A-Za-z0-9._-]+")
_STORED_SUFFIXES: Final = frozenset(
    {".mp4", ".m4v", ".mov", ".mkv", ".webm", ".png", ".jpg", ".jpeg", ".webp"}
)
#: The longest file or folder name most file systems store, in bytes.
_MAX_PART_BYTES: Final = 255
#: The system's virtual files: never a clip, whatever they hold.
_SYSTEM_FOLDERS: Final = (Path("/proc"), Path("/sys"), Path("/dev"))

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

    def __init__(self, message: str, problems: Sequence[Problem] = ()) -> None:
        self.problems = list(problems)
        super().__init__("\n".join([message, *(f"  {p}" for p in self.problems)]))
        self.message = message


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


def _check_cancel(cancel: CancelToken | None, what: str) -> None:
    if cancel is not None and cancel.cancelled:
        raise BundleCancelled(f"{what}: cancelled; nothing was changed")


# -- clips and posters -----------------------------------------------------------------------------


def media_file_problem(path: Path, *, poster: bool = False) -> str | None:
    """Why `path` may not be copied as a clip (or a poster), or None: the container-signature check
    of desktop/content/signatures.py, which validation uses too, so both say the same.

    A routine can name any file, and whatever it names is copied into the library and from there
    into every bundle exported: it must be a regular file outside /proc, /sys and /dev (after
    following links) whose first bytes are those of a video (or a picture).
    """
    kind = signatures.Kind.IMAGE if poster else signatures.Kind.VIDEO
    return signatures.file_problem(path, kind, "poster image" if poster else "clip file")


@dataclass(frozen=True, slots=True)
class MediaProblem:
    """A clip or poster file that may not be copied: which, where it points, and why."""

    clip_id: str
    field: Literal["file", "poster"]
    path: Path
    reason: str

    @property
    def json_path(self) -> str:
        return format_path(("clips", self.clip_id, self.field))

    def problem(self, file: Path) -> Problem:
        return Problem(file, self.json_path, self.reason)


def media_problems(routine: Routine) -> list[MediaProblem]:
    """`media_file_problem` for every clip and poster of `routine`, in clip id order."""
    out = []
    for clip_id in sorted(routine.clips):
        clip = routine.clips[clip_id]
        for field, path in (("file", clip.file), ("poster", clip.poster)):
            if path is None:
                continue
            reason = media_file_problem(path, poster=field == "poster")
            if reason is not None:
                out.append(MediaProblem(clip_id, "poster" if field == "poster" else "file", path, reason))
    return out


def _check_export_media(routine: Routine, out: Path) -> None:
    """A bundle never ships a file that is not a clip or a poster by its first bytes."""
    problems = media_problems(routine)
    if problems:
        file = routine.source or Path(routine.id + ROUTINE_SUFFIX)
        raise BundleError(
            f'{out}: the routine "{routine.id}" cannot be exported: it names files that are not '
            "clips or posters",
            [p.problem(file) for p in problems],
        )


def clip_texts(document: object) -> Iterator[tuple[str, str, str]]:
    """(clip id, "file" or "poster", the path as written) for each clip path of a raw routine document."""
    clips = document.get("clips") if isinstance(document, dict) else None
    for clip_id, clip in (clips if isinstance(clips, dict) else {}).items():
        for field in ("file", "poster"):
            text = clip.get(field) if isinstance(clip, dict) else None
            if isinstance(text, str) and text:
                yield clip_id, field, text


# -- writing ---------------------------------------------------------------------------------------


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
    from desktop.content.playlist import encode_playlist

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
    if not stem or _WINDOWS_RESERVED.fullmatch(safe):
        safe = f"{fallback}-{safe}" if safe else fallback
    return safe[:120]


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


def _write_zip(
    out: Path, entries: Sequence[BundleEntry], progress: Progress | None, cancel: CancelToken | None
) -> Path:
    """Write the entries in order to a temporary file beside `out`, then rename it over `out`."""
    what = f"writing {out}"
    try:
        total = sum(entry.size for entry in entries)
    except OSError as e:
        raise BundleError(f"{out}: a file to bundle cannot be read: {e}") from None
    check_out_folder(out)
    handle, temp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "w+b") as raw, zipfile.ZipFile(raw, "w") as zf:
            done = 0
            for entry in entries:
                _check_cancel(cancel, what)
                done = _write_entry(zf, entry, done, total, progress, cancel, what)
        os.chmod(temp, usual_file_mode())
        os.replace(temp, out)
    except OSError as e:
        temp.unlink(missing_ok=True)
        raise BundleError(f"{out}: the bundle cannot be written: {e.strerror or e}") from None
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return out


def check_out_folder(out: Path) -> None:
    """The folder to write `out` in must exist: a mistyped path should not grow a tree of folders."""
    folder = out.parent
    if not folder.is_dir():
        what = "is not a folder" if folder.exists() else "does not exist"
        raise BundleError(f"{out}: the folder {_shown(str(folder))} {what}; nothing was written")


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
            _check_cancel(cancel, what)
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
        with _create(target) as dest:
            for chunk in _chunks(entry.data):
                dest.write(chunk)
                done += len(chunk)
                if progress is not None:
                    progress(done, total)
                _check_cancel(cancel, f"copying {entry.name}")


def _chunks(data: bytes | Path) -> Iterator[bytes]:
    if isinstance(data, bytes):
        for start in range(0, len(data), CHUNK):
            yield data[start : start + CHUNK]
        return
    with data.open("rb") as f:
        while chunk := f.read(CHUNK):
            yield chunk


# -- reading ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StagedRoutine:
    """A routine validated in the staging folder: `folder` holds `file` and its clips."""

    routine: Routine
    folder: Path
    file: Path


@dataclass(frozen=True, slots=True)
class BundleContents:
    """A bundle extracted and validated in a staging folder, not yet in the library."""

    bundle: Path
    kind: Kind
    routines: tuple[StagedRoutine, ...]
    playlist: PlaylistDocument | None = None


def read_bundle(
    bundle: Path,
    staging: Path,
    *,
    limits: BundleLimits = DEFAULT_LIMITS,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> BundleContents:
    """Check, extract into the empty folder `staging` and validate a bundle; raises BundleError.

    On an error, `staging` may hold part of the bundle: the caller removes it.
    """
    with _open_zip(bundle) as zf:
        entries = check_entries(zf, bundle, limits)
        files = extract_entries(zf, entries, staging, bundle, limits, progress, cancel)
    _check_cancel(cancel, f"importing {bundle}")
    return _validate(bundle, staging, files)


def _open_zip(bundle: Path) -> zipfile.ZipFile:
    try:
        info = bundle.stat()
        if not stat.S_ISREG(info.st_mode):
            raise BundleError(f"{bundle}: this is not a file")
        return zipfile.ZipFile(bundle)
    except FileNotFoundError:
        raise BundleError(f"{bundle}: the file does not exist") from None
    except UnicodeDecodeError as e:  # before ValueError, of which it is one
        raise BundleError(
            f"{bundle}: entry {_shown_bytes(e.object)} has a name that is marked as UTF-8 but is not valid "
            f"UTF-8 ({e.reason}); this bundle was not made by Supple or was changed after"
        ) from None
    except NotImplementedError as e:
        raise BundleError(f"{bundle}: this zip file uses a feature Supple does not read ({e})") from None
    except (zipfile.BadZipFile, EOFError, ValueError, OverflowError) as e:
        raise BundleError(
            f"{bundle}: this is not a Supple bundle, or it was cut short ({e}); export it again"
        ) from None
    except OSError as e:
        raise BundleError(f"{bundle}: the file cannot be read: {e.strerror or e}") from None


def check_entries(zf: zipfile.ZipFile, bundle: Path, limits: BundleLimits) -> list[zipfile.ZipInfo]:
    """The file entries to extract, in archive order, after checking every entry; else BundleError."""
    infos = zf.infolist()
    if not infos:
        raise BundleError(f"{bundle}: the bundle is empty")
    if len(infos) > limits.max_entries:
        raise BundleError(
            f"{bundle}: the bundle has {len(infos)} entries, more than the {limits.max_entries} allowed"
        )
    seen: dict[str, str] = {}
    files: list[zipfile.ZipInfo] = []
    for info in infos:
        name = info.orig_filename
        problem = name_problem(name, limits) or _type_problem(info) or _collision(name, seen)
        if problem is None and not info.is_dir():
            problem = _size_problem(info, limits)
        if problem is not None:
            raise BundleError(f"{bundle}: entry {_shown(name)} {problem}")
        seen[_fold(name.rstrip("/"))] = name
        if not info.is_dir():
            files.append(info)
    _check_folders(files, seen, bundle)
    _check_totals(zf, files, bundle, limits)
    return files


def name_problem(name: str, limits: BundleLimits = DEFAULT_LIMITS) -> str | None:
    """Why an entry name is unsafe to extract anywhere, or None."""
    if "\x00" in name:
        return "has a NUL character in its name"
    if "\\" in name:
        return "uses backslashes in its name; a bundle uses forward slashes only"
    if name.startswith("/"):
        return "is an absolute path; names in a bundle must be relative"
    if _DRIVE.match(name):
        return "starts with a drive letter; names in a bundle must be relative"
    if ":" in name:
        return "has a colon in its name"
    if any(ord(c) < 32 or ord(c) == 127 for c in name):
        return "has a control character in its name"
    if len(name) > limits.max_name_length:
        return f"has a name longer than {limits.max_name_length} characters"
    parts = name[:-1].split("/") if name.endswith("/") else name.split("/")
    if ".." in parts:
        return 'points outside the bundle with ".."'
    if any(part in ("", ".") for part in parts):
        return 'has an empty or "." part in its name'
    for part in parts:
        if _WINDOWS_RESERVED.fullmatch(part) or part.endswith((".", " ")):
            return f'has a part, "{part}", that Windows cannot store as a file name'
        if len(part.encode("utf-8", "surrogatepass")) > _MAX_PART_BYTES:
            return f"has a part longer than {_MAX_PART_BYTES} bytes, which file systems cannot store"
    return None


def _type_problem(info: zipfile.ZipInfo) -> str | None:
    """Symbolic links and device files are refused whatever system wrote the bundle."""
    mode = info.external_attr >> 16
    kind = stat.S_IFMT(mode)
    if kind == stat.S_IFLNK:
        return "is a symbolic link; a bundle may hold only plain files"
    if kind not in (0, stat.S_IFREG, stat.S_IFDIR):
        return "is a special file (not a plain file); a bundle may hold only plain files"
    if (info.is_dir() and kind == stat.S_IFREG) or (not info.is_dir() and kind == stat.S_IFDIR):
        return "is marked both as a folder and as a file"
    if info.flag_bits & 0x1:
        return "is encrypted; Supple bundles are never encrypted"
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        return f"uses a compression method Supple does not read ({info.compress_type})"
    return None


def _collision(name: str, seen: Mapping[str, str]) -> str | None:
    other = seen.get(_fold(name.rstrip("/")))
    if other is None:
        return None
    if other == name:
        return "appears twice in the bundle"
    a, b = name.rstrip("/"), other.rstrip("/")
    if a == b:
        return f"has the name of the entry {_shown(other)}, one as a file and one as a folder"
    same_letters = _nfc(a) == _nfc(b)
    same_but_case = a.casefold() == b.casefold()
    if same_letters:
        reason = (
            "only in how its accented letters are encoded (Unicode normalisation: "
            "composed or decomposed characters)"
        )
    elif same_but_case:
        reason = "only in upper and lower case"
    else:
        reason = (
            "only in upper and lower case and in how its accented letters are encoded (Unicode normalisation)"
        )
    return f"differs from the entry {_shown(other)} {reason}; some systems would store both as one file"


def _nfc(name: str) -> str:
    return unicodedata.normalize("NFC", name)


def _fold(name: str) -> str:
    """The form two names share if some file system would store them as the same file."""
    return _nfc(_nfc(name).casefold())


def _size_problem(info: zipfile.ZipInfo, limits: BundleLimits) -> str | None:
    cap = _entry_cap(info, limits)
    if info.file_size > cap:
        return f"says it unpacks to {_bytes(info.file_size)}, more than the {_bytes(cap)} allowed"
    if info.file_size > limits.ratio_floor and info.file_size > limits.max_ratio * max(info.compress_size, 1):
        return _ratio_problem(info.file_size, info.compress_size, limits)
    return None


def _entry_cap(info: zipfile.ZipInfo, limits: BundleLimits) -> int:
    json_file = info.orig_filename.lower().endswith(".json")
    return limits.max_json_bytes if json_file else limits.max_entry_bytes


def _ratio_problem(size: int, compressed: int, limits: BundleLimits) -> str:
    return (
        f"unpacks {_bytes(size)} from {_bytes(compressed)}, compressed more than "
        f"{limits.max_ratio} to 1: this looks like a zip bomb"
    )


def _check_folders(files: Sequence[zipfile.ZipInfo], seen: Mapping[str, str], bundle: Path) -> None:
    """A file may not share its name with a folder that another entry needs."""
    for info in files:
        parts = info.orig_filename.split("/")
        for depth in range(1, len(parts)):
            folder = "/".join(parts[:depth])
            clash = seen.get(_fold(folder))
            if clash is not None and not clash.endswith("/"):
                raise BundleError(
                    f"{bundle}: entry {_shown(info.orig_filename)} needs a folder named like the file {_shown(clash)}"
                )


def _check_totals(
    zf: zipfile.ZipFile, files: Sequence[zipfile.ZipInfo], bundle: Path, limits: BundleLimits
) -> None:
    declared = sum(info.file_size for info in files)
    if declared > limits.max_total_bytes:
        raise BundleError(
            f"{bundle}: the bundle says it unpacks to {_bytes(declared)}, more than the "
            f"{_bytes(limits.max_total_bytes)} allowed"
        )
    # Entries whose data overlap reuse one compressed stream many times (a "better zip bomb").
    ordered = sorted(zf.infolist(), key=lambda i: i.header_offset)
    end_of_data = getattr(zf, "start_dir", None)
    for info, following in zip(ordered, [*ordered[1:], None], strict=True):
        limit = following.header_offset if following is not None else end_of_data
        if limit is not None and info.header_offset + _LOCAL_HEADER + info.compress_size > limit:
            raise BundleError(f"{bundle}: entry {_shown(info.orig_filename)} overlaps another entry's data")


def extract_entries(
    zf: zipfile.ZipFile,
    files: Sequence[zipfile.ZipInfo],
    staging: Path,
    bundle: Path,
    limits: BundleLimits,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> list[str]:
    """Stream the checked entries into `staging`, counting the bytes really written."""
    root = staging.resolve()
    expected = sum(info.file_size for info in files)
    counter = _Counter(bundle, limits, expected, progress, cancel)
    names: list[str] = []
    for info in files:
        target = root.joinpath(*info.orig_filename.split("/"))
        if not target.resolve().is_relative_to(root):  # the name checks make this impossible; belt and braces
            raise BundleError(f"{bundle}: entry {_shown(info.orig_filename)} points outside the bundle")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(info) as src, _create(target) as dest:
                counter.copy(info, src, dest)
        except BundleError:
            raise
        except (zipfile.BadZipFile, EOFError, ValueError, OSError, RuntimeError, zlib.error) as e:
            if isinstance(e, OSError) and not isinstance(e, zipfile.BadZipFile) and e.errno is not None:
                raise BundleError(
                    f"{bundle}: entry {_shown(info.orig_filename)} cannot be written: {e.strerror}"
                ) from None
            raise BundleError(
                f"{bundle}: entry {_shown(info.orig_filename)} is damaged ({e}); the bundle was cut short "
                "or changed after it was made"
            ) from None
        names.append(info.orig_filename)
    return names


def _create(path: Path) -> BinaryIO:
    """A new file, never an existing one or a link's target."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    return os.fdopen(os.open(path, flags, 0o644), "wb")


class _Counter:
    """Counts the bytes extracted, entry by entry and in all, and stops at the first limit."""

    def __init__(
        self,
        bundle: Path,
        limits: BundleLimits,
        expected: int,
        progress: Progress | None,
        cancel: CancelToken | None,
    ) -> None:
        self.bundle = bundle
        self.limits = limits
        self.expected = expected
        self.progress = progress
        self.cancel = cancel
        self.total = 0

    def copy(self, info: zipfile.ZipInfo, src: IO[bytes], dest: BinaryIO) -> None:
        cap = _entry_cap(info, self.limits)
        written = 0
        while chunk := src.read(CHUNK):
            written += len(chunk)
            self.total += len(chunk)
            problem = self._problem(info, written, cap)
            if problem is not None:
                raise BundleError(f"{self.bundle}: entry {_shown(info.orig_filename)} {problem}")
            dest.write(chunk)
            if self.progress is not None:
                self.progress(self.total, max(self.expected, self.total))
            _check_cancel(self.cancel, f"importing {self.bundle}")

    def _problem(self, info: zipfile.ZipInfo, written: int, cap: int) -> str | None:
        limits = self.limits
        if written > cap:
            return f"unpacks to more than the {_bytes(cap)} allowed"
        if self.total > limits.max_total_bytes:
            return f"takes the bundle past the {_bytes(limits.max_total_bytes)} it may unpack to"
        if written > limits.ratio_floor and written > limits.max_ratio * max(info.compress_size, 1):
            return _ratio_problem(written, info.compress_size, limits)
        return None


# -- validating ------------------------------------------------------------------------------------


def _validate(bundle: Path, staging: Path, files: Sequence[str]) -> BundleContents:
    top = [name for name in files if "/" not in name and name.lower().endswith(".json")]
    if not top:
        raise BundleError(f"{bundle}: the bundle holds no routine or playlist file at its top level")
    if len(top) > 1:
        shown = ", ".join(_shown(n) for n in sorted(top))
        raise BundleError(
            f"{bundle}: the bundle holds more than one file at its top level ({shown}); expected one"
        )
    main = top[0]
    kind = _kind(bundle, staging / main, main)
    if kind == "routine":
        staged = _stage_routine(bundle, staging, "", main)
        _no_strangers(bundle, files, {main, *_routine_files(staged, staging)})
        return BundleContents(bundle, "routine", (staged,))
    return _playlist_contents(bundle, staging, files, main)


def _kind(bundle: Path, path: Path, entry: str) -> Kind:
    """Which format the top-level file says it is, before decoding it in full."""
    try:
        document = parse_json(decode_utf8(path.read_bytes(), path), path)
    except RoutineError as e:
        raise BundleError(
            f"{bundle}: the file {_shown(entry)} in it is not valid", _local(e, bundle, path.parent)
        ) from None
    found = document.get("format") if isinstance(document, dict) else None
    if found == ROUTINE_FORMAT:
        return "routine"
    if found == PLAYLIST_FORMAT:
        return "playlist"
    raise BundleError(
        f'{bundle}: the file {_shown(entry)} in it is neither a routine ("{ROUTINE_FORMAT}") '
        f'nor a playlist ("{PLAYLIST_FORMAT}"); its "format" is {found!r}'
    )


def _stage_routine(bundle: Path, staging: Path, folder: str, entry: str) -> StagedRoutine:
    """Decode one routine in the staging folder; its clips must be bundle entries in its folder."""
    path = staging / entry
    base = staging / folder if folder else staging
    _check_clip_paths(bundle, path, entry, base)
    try:
        routine = load_routine(path)
    except RoutineError as e:
        raise BundleError(
            f"{bundle}: the routine {_shown(entry)} in it is not valid", _local(e, bundle, staging)
        ) from None
    impostors = media_problems(routine)
    if impostors:
        first = impostors[0]
        inner = first.path.relative_to(staging.resolve()).as_posix()
        kind = "a picture" if first.field == "poster" else "a video"
        raise BundleError(
            f"{bundle}: entry {_shown(inner)} is not {kind} ({first.json_path} of the routine "
            f"{_shown(entry)}); a bundle holds only clips and posters"
        )
    return StagedRoutine(routine, base, path)


def _check_clip_paths(bundle: Path, path: Path, entry: str, base: Path) -> None:
    """Every clip and poster path must stay inside the routine's folder of the bundle.

    Checked on the raw document, before decoding, so that a path to a file that happens to exist
    on this computer (`/etc/hostname`, `../../x.mp4`) is refused as such and never read.
    """
    try:
        document = parse_json(decode_utf8(path.read_bytes(), path), path)
    except RoutineError:
        return  # decoding reports it with the other problems
    root = base.resolve()
    for clip_id, field, text in clip_texts(document):
        try:
            inside = resolve_clip_path(base, text).is_relative_to(root)
        except (OSError, RuntimeError, ValueError):
            inside = False
        if not inside:
            raise BundleError(
                f"{bundle}: the routine {_shown(entry)} uses a clip outside its folder in the bundle "
                f"({format_path(('clips', clip_id, field))} is {text!r}); every clip must come in the "
                "bundle beside it"
            )


def _routine_files(staged: StagedRoutine, staging: Path) -> set[str]:
    """The bundle names of the clips and posters a staged routine uses."""
    root = staging.resolve()
    return {
        file.resolve().relative_to(root).as_posix()
        for clip in staged.routine.clips.values()
        for file in (clip.file, clip.poster)
        if file is not None
    }


def _playlist_contents(bundle: Path, staging: Path, files: Sequence[str], main: str) -> BundleContents:
    try:
        playlist = load_playlist(staging / main)
    except RoutineError as e:
        raise BundleError(
            f"{bundle}: the playlist {_shown(main)} in it is not valid", _local(e, bundle, staging)
        ) from None
    folders: dict[str, list[str]] = {}
    for name in files:
        if name == main:
            continue
        parts = name.split("/")
        if len(parts) < 3 or parts[0] != ROUTINES_FOLDER:
            raise BundleError(
                f"{bundle}: entry {_shown(name)} is not part of the playlist; a playlist bundle holds "
                f"its routines in {ROUTINES_FOLDER}/<routine id>/"
            )
        folders.setdefault(parts[1], []).append(name)
    staged: list[StagedRoutine] = []
    expected: set[str] = {main}
    for folder_name in sorted(folders):
        folder = f"{ROUTINES_FOLDER}/{folder_name}"
        routine_files = [n for n in folders[folder_name] if n.count("/") == 2 and n.lower().endswith(".json")]
        if len(routine_files) != 1:
            raise BundleError(
                f"{bundle}: the folder {_shown(folder + '/')} must hold exactly one routine file"
            )
        one = _stage_routine(bundle, staging, folder, routine_files[0])
        if one.routine.id != folder_name:
            raise BundleError(
                f'{bundle}: the routine in {_shown(folder + "/")} has the id "{one.routine.id}"; '
                f'it must be in a folder named after it ("{ROUTINES_FOLDER}/{one.routine.id}/")'
            )
        staged.append(one)
        expected |= {routine_files[0], *_routine_files(one, staging)}
    _no_strangers(bundle, files, expected)
    return BundleContents(bundle, "playlist", tuple(staged), playlist)


def _no_strangers(bundle: Path, files: Sequence[str], expected: set[str]) -> None:
    """Every entry must be the main file, a routine file, or a clip or poster a routine names."""
    for name in files:
        if name not in expected:
            raise BundleError(
                f"{bundle}: entry {_shown(name)} is not used by the routine or playlist in the bundle; "
                "a bundle holds only the files they name"
            )


def _local(error: RoutineError, bundle: Path, staging: Path) -> list[Problem]:
    """Problems as the bundle's author would see them: named inside the bundle, not the staging folder."""
    root = str(staging.resolve())
    out = []
    for p in error.problems:
        try:
            inner = p.file.resolve().relative_to(staging.resolve()).as_posix()
        except (ValueError, OSError):
            inner = p.file.name
        out.append(Problem(Path(f"{bundle.name}/{inner}"), p.path, p.message.replace(root + os.sep, "")))
    return out


def _shown(name: str) -> str:
    """A hostile name, printable on one line."""
    return f'"{name}"' if name.isprintable() else repr(name)


def _shown_bytes(raw: object) -> str:
    """A name that is not text, shown as its bytes."""
    return repr(bytes(raw)) if isinstance(raw, bytes | bytearray) else repr(raw)


def _bytes(n: int) -> str:
    for unit, size in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if n >= size:
            return f"{n / size:.1f} {unit}"
    return f"{n:,} bytes"


def remove_tree(path: Path) -> None:
    """Remove a staging folder whatever is in it (read-only files included)."""
    if path.exists():
        shutil.rmtree(path, ignore_errors=True)
