"""The clip and poster files a routine names, checked before any is copied into the library or a bundle.

A routine can name any file, and whatever it names is copied into the library and from there into
every bundle exported: each must be what it claims by its first bytes (see signatures.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from desktop.content import signatures
from desktop.content.problems import Problem, format_path
from desktop.domain import Routine
from desktop.domain.messages import Message


def media_file_problem(path: Path, *, poster: bool = False) -> str | None:
    """Why `path` may not be copied as a clip (or a poster), or None: the container-signature check
    of desktop/content/signatures.py, which validation uses too, so both say the same.

    A routine can name any file, and whatever it names is copied into the library and from there
    into every bundle exported: it must be a regular file outside /proc, /sys and /dev (after
    following links) whose first bytes are those of a video (or a picture).
    """
    problem = media_file_message(path, poster=poster)
    return None if problem is None else str(problem)


def media_file_message(path: Path, *, poster: bool = False) -> Message | None:
    """`media_file_problem` as a message for the window."""
    kind = signatures.Kind.IMAGE if poster else signatures.Kind.VIDEO
    return signatures.file_message(path, kind, "poster image" if poster else "clip file")


@dataclass(frozen=True, slots=True)
class MediaProblem:
    """A clip or poster file that may not be copied: which, where it points, and why."""

    clip_id: str
    field: Literal["file", "poster"]
    path: Path
    reason: str
    note: Message | None = None  # `reason` for the window to translate

    @property
    def json_path(self) -> str:
        return format_path(("clips", self.clip_id, self.field))

    def problem(self, file: Path) -> Problem:
        return Problem(file, self.json_path, self.reason, self.note)


def media_problems(routine: Routine) -> list[MediaProblem]:
    """`media_file_problem` for every clip and poster of `routine`, in clip id order."""
    out = []
    for clip_id in sorted(routine.clips):
        clip = routine.clips[clip_id]
        for field, path in (("file", clip.file), ("poster", clip.poster)):
            if path is None:
                continue
            note = media_file_message(path, poster=field == "poster")
            if note is not None:
                which: Literal["file", "poster"] = "poster" if field == "poster" else "file"
                out.append(MediaProblem(clip_id, which, path, str(note), note))
    return out


def clip_texts(document: object) -> Iterator[tuple[str, str, str]]:
    """(clip id, "file" or "poster", the path as written) for each clip path of a raw routine document."""
    clips = document.get("clips") if isinstance(document, dict) else None
    for clip_id, clip in (clips if isinstance(clips, dict) else {}).items():
        for field in ("file", "poster"):
            text = clip.get(field) if isinstance(clip, dict) else None
            if isinstance(text, str) and text:
                yield clip_id, field, text
