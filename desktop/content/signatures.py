"""Is this file what a routine says it is? Clips must be video, posters images, told by their bytes.

A routine (or a bundle) from someone else names the files it uses. Without this check a clip of
`/proc/self/environ` or `~/.ssh/id_ed25519` is copied into the library on import and shipped in
the next export. So a clip or poster must be a regular file outside the kernel's pseudo-file
systems (after symbolic links are followed), and its first bytes must carry the signature of a
container the player accepts (MP4/MOV, Matroska/WebM, AVI) or an image format (PNG, JPEG, WebP).
The name's extension is not trusted. Only HEAD_BYTES are read, so this is cheap enough to run
on every load, and nothing is ever read from a FIFO or a device.
"""

from __future__ import annotations

import errno
import os
import stat
from enum import StrEnum
from pathlib import Path

from desktop.domain.messages import Message, message

#: Bytes read from the start of a file: every signature below lies within them.
HEAD_BYTES = 16
#: Pseudo-file systems: their files describe the running system (or are devices), never media.
SYSTEM_FOLDERS = (Path("/proc"), Path("/sys"), Path("/dev"))

# ISO-BMFF (MP4/MOV) top-level boxes a file starts with: `ftyp` in every modern file; QuickTime
# files from old cameras and editors start with one of the others.
_ISO_BOXES = {b"ftyp", b"moov", b"mdat", b"wide", b"free", b"skip", b"pnot"}


class Kind(StrEnum):
    """What a routine uses a file for."""

    VIDEO = "video"
    IMAGE = "image"


#: What each kind may be, for messages.
ACCEPTED = {Kind.VIDEO: "MP4, MOV, MKV, WebM or AVI", Kind.IMAGE: "PNG, JPEG or WebP"}


#: The words for a file, by what it is used for.
_NOUNS = {
    "clip file": "signature.clip_file",
    "poster image": "signature.poster_image",
    "video file": "signature.video_file",
    "image file": "signature.image_file",
}

_FORMAT_NAMES = {
    "mp4": "MP4/MOV",
    "matroska": "Matroska/WebM",
    "avi": "AVI",
    "png": "PNG",
    "jpeg": "JPEG",
    "webp": "WebP",
}


def sniff(head: bytes) -> str | None:
    """The format whose signature `head` (a file's first bytes) starts with, or None.

    One of "mp4" (also MOV), "matroska" (also WebM), "avi", "png", "jpeg", "webp".
    """
    if head[:4] == b"\x1a\x45\xdf\xa3":
        return "matroska"
    if head[:4] == b"RIFF" and head[8:12] == b"AVI ":
        return "avi"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    if head[:8] == b"\x89PNG\r\n\x1a\n":
        return "png"
    if head[:3] == b"\xff\xd8\xff":
        return "jpeg"
    if len(head) >= 8 and head[4:8] in _ISO_BOXES:
        size = int.from_bytes(head[:4], "big")
        if size in (0, 1) or size >= 8:  # 0: to the end of the file, 1: a 64-bit size follows
            return "mp4"
    return None


def kind_of(format_name: str | None) -> Kind | None:
    if format_name in ("mp4", "matroska", "avi"):
        return Kind.VIDEO
    if format_name in ("png", "jpeg", "webp"):
        return Kind.IMAGE
    return None


def head_problem(head: bytes, kind: Kind) -> str | None:
    """Why a file starting with `head` is not a `kind` file, or None. For bytes not yet on disk
    (a bundle's member) as well as for files: see `file_problem`."""
    problem = head_message(head, kind)
    return None if problem is None else str(problem)


def head_message(head: bytes, kind: Kind) -> Message | None:
    """`head_problem` as a message for the window."""
    if not head:
        return message("signature.empty")
    found = sniff(head)
    found_kind = kind_of(found)
    if found_kind == kind:
        return None
    if found is not None and found_kind is not None:
        return message(f"signature.{found_kind}_not_{kind}", format=_FORMAT_NAMES[found])
    return message(f"signature.not_{kind}", accepted=ACCEPTED[kind])


def system_folder(path: Path) -> Path | None:
    """/proc, /sys or /dev when `path`, after symbolic links are followed, lies in one of them."""
    real = Path(os.path.realpath(path))
    return next((f for f in SYSTEM_FOLDERS if real == f or real.is_relative_to(f)), None)


def file_problem(path: Path, kind: Kind, noun: str | None = None) -> str | None:
    """Why `path` cannot be used as a routine's `kind` file, or None when it can: `file_message`
    in English."""
    problem = file_message(path, kind, noun)
    return None if problem is None else str(problem)


def file_message(path: Path, kind: Kind, noun: str | None = None) -> Message | None:
    """Why `path` cannot be used as a routine's `kind` file, or None when it can.

    Refuses /proc, /sys and /dev (symbolic links are followed first), anything that is not a
    regular file (a folder, a FIFO, a device, a socket) and a file whose first bytes are not a
    `kind` signature. The message starts "the <noun> ..." (noun: "clip file", "poster image";
    by default "video file" or "image file") and ends with the path. Bundles use it too.
    """
    words = message(_NOUNS.get(noun or f"{kind} file", "signature.file"))
    where = str(path)
    try:
        folder = system_folder(path)
        if folder is not None:
            return message("signature.system_folder", noun=words, folder=str(folder), path=where)
        st = os.stat(path)  # follows symbolic links, as opening it would
    except FileNotFoundError:
        return message("signature.not_found", noun=words, path=where)
    except (OSError, ValueError) as e:  # a symlink loop, a name too long, a NUL character, ...
        if isinstance(e, OSError) and e.errno == errno.ELOOP:
            return message("signature.link_loop", noun=words, path=where)
        return message("signature.unreadable", noun=words, reason=_reason(e), path=where)
    if stat.S_ISDIR(st.st_mode):
        return message("signature.folder", noun=words, path=where)
    if not stat.S_ISREG(st.st_mode):
        return message("signature.not_regular", noun=words, path=where)
    try:
        head = _read_head(path)
    except OSError as e:
        return message("signature.unreadable", noun=words, reason=_reason(e), path=where)
    problem = head_message(head, kind)
    return (
        None if problem is None else message("signature.wrong_kind", noun=words, problem=problem, path=where)
    )


def _read_head(path: Path) -> bytes:
    """The first HEAD_BYTES, never blocking (O_NONBLOCK: a FIFO swapped in is not waited for)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(0, "it is no longer a regular file")
        return os.read(fd, HEAD_BYTES)
    finally:
        os.close(fd)


def _reason(e: BaseException) -> str:
    return e.strerror if isinstance(e, OSError) and e.strerror else str(e)


def is_kind_file(path: Path, kind: Kind) -> bool:
    """A regular file outside /proc, /sys and /dev whose first bytes are a `kind` signature."""
    return file_problem(path, kind) is None


def is_video_file(path: Path) -> bool:
    return is_kind_file(path, Kind.VIDEO)


def is_image_file(path: Path) -> bool:
    return is_kind_file(path, Kind.IMAGE)
