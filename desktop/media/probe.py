"""Cheap checks of a clip file before it is handed to a decoder (no Qt, no decoding, no FFmpeg).

A truncated MP4/MOV is told by its top-level boxes (desktop.content.media_info); text (a note,
an HTML error page saved under a video's name) by its first bytes.
"""

from __future__ import annotations

from pathlib import Path

from desktop.content.media_info import truncation_message
from desktop.domain.messages import message
from desktop.media.notes import clip_problem


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
        return clip_problem(path, message("clip.unreadable", reason=str(exc.strerror)))
    if _looks_like_text(head):
        return clip_problem(path, message("clip.text"))
    return container_problem(path)


def container_problem(path: Path) -> str | None:
    """A message when an MP4/MOV file is visibly damaged, else None (also for other formats)."""
    problem = truncation_message(path)
    return clip_problem(path, problem) if problem is not None else None
