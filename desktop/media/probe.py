"""Cheap checks of a clip file before it is handed to a decoder (no Qt, no decoding).

A truncated MP4/MOV is told by its top-level boxes: the last one claims more bytes than the file
has. Decoders would otherwise play what is there and loop it as if nothing were wrong.
"""

from __future__ import annotations

import struct
from pathlib import Path

_MP4_SUFFIXES = {".mp4", ".m4v", ".mov", ".m4a", ".3gp"}
_KNOWN_BOXES = {
    b"ftyp",
    b"moov",
    b"mdat",
    b"free",
    b"skip",
    b"wide",
    b"uuid",
    b"meta",
    b"moof",
    b"mfra",
    b"sidx",
    b"styp",
    b"pdin",
}


def _looks_like_text(head: bytes) -> bool:
    """Video files are binary from their first bytes; text (a note, an HTML error page) is not."""
    if not head or b"\x00" in head:
        return False
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return all(ch.isprintable() or ch in "\r\n\t" for ch in text)


def content_problem(path: Path) -> str | None:
    """A message when a clip file is plainly not a video (text), or a damaged MP4/MOV; else None."""
    try:
        with path.open("rb") as f:
            head = f.read(512)
    except OSError as exc:
        return f"{path}: cannot be read ({exc.strerror})"
    if _looks_like_text(head):
        return f"{path}: this is not a video file (it contains text)"
    return container_problem(path)


def container_problem(path: Path) -> str | None:
    """A message when an MP4/MOV file is visibly damaged, else None (also for other formats)."""
    if path.suffix.lower() not in _MP4_SUFFIXES:
        return None
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            head = f.read(8)
            if len(head) < 8 or head[4:8] not in _KNOWN_BOXES:
                return None  # not an ISO-BMFF file at all: let the decoder say what it is
            offset = 0
            seen_moov = False
            while offset < size:
                f.seek(offset)
                header = f.read(16)
                if len(header) < 8:
                    return f"{path}: the file is truncated (it ends inside a box header at byte {offset})"
                box_size, kind = struct.unpack(">I4s", header[:8])
                if box_size == 1:
                    if len(header) < 16:
                        return f"{path}: the file is truncated at byte {offset}"
                    box_size = struct.unpack(">Q", header[8:16])[0]
                elif box_size == 0:
                    box_size = size - offset
                if box_size < 8:
                    return f"{path}: the file is damaged (a box at byte {offset} has an impossible size)"
                if offset + box_size > size:
                    missing = offset + box_size - size
                    return (
                        f"{path}: the file is truncated: its '{kind.decode('latin-1')}' data needs "
                        f"{missing:,} more bytes than the file has (was the download or copy cut short?)"
                    )
                seen_moov = seen_moov or kind == b"moov"
                offset += box_size
            if not seen_moov:
                return f"{path}: the file has no 'moov' index, so it cannot be played (is it complete?)"
    except OSError as exc:
        return f"{path}: cannot be read ({exc.strerror})"
    return None
