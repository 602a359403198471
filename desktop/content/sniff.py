"""Is a file a video or a picture? Judged by its first bytes, never by its name.

Deliberately minimal: the container signatures every clip and poster must show before Supple
copies it into the library or into a bundle. Only regular files are opened, without blocking,
so a FIFO or a device never stalls the caller.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

_HEAD = 12
_EBML: bytes = b"\x1a\x45\xdf\xa3"  # Matroska and WebM
_PNG: bytes = b"\x89PNG\r\n\x1a\n"
_JPEG: bytes = b"\xff\xd8\xff"


def _head(path: Path) -> bytes:
    """The first bytes of a regular file; empty for anything else or a file that cannot be read."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except (OSError, ValueError):
        return b""
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return b""
        return os.read(fd, _HEAD)
    except OSError:
        return b""
    finally:
        os.close(fd)


def _riff(head: bytes, form: bytes) -> bool:
    return head[:4] == b"RIFF" and head[8:12] == form


def is_video_head(head: bytes) -> bool:
    """MP4/MOV (an `ftyp` box first), Matroska/WebM (EBML) or AVI (RIFF....AVI )."""
    return head[4:8] == b"ftyp" or head.startswith(_EBML) or _riff(head, b"AVI ")


def is_image_head(head: bytes) -> bool:
    """PNG, JPEG or WebP (RIFF....WEBP)."""
    return head.startswith(_PNG) or head.startswith(_JPEG) or _riff(head, b"WEBP")


def is_video_file(path: Path) -> bool:
    return is_video_head(_head(path))


def is_image_file(path: Path) -> bool:
    return is_image_head(_head(path))


#: Said to a person when a file fails the check.
VIDEO_KINDS = "MP4, MOV, Matroska, WebM or AVI"
IMAGE_KINDS = "PNG, JPEG or WebP"
