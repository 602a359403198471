"""Clip posters as list thumbnails, for the library and the playlist builder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPixmap

from desktop.domain import Routine

THUMB = QSize(96, 54)


class Thumbnails:
    """Clip posters scaled to thumbnails, each file read once per owner (a model)."""

    def __init__(self) -> None:
        self._icons: dict[Path | None, QIcon] = {}

    def __call__(self, path: Path | None) -> QIcon:
        icon = self._icons.get(path)
        if icon is None:
            icon = self._icons[path] = _thumbnail(path)
        return icon


def _thumbnail(path: Path | None) -> QIcon:
    """A clip's poster scaled to a thumbnail, or a plain grey tile when there is none."""
    pixmap = QPixmap(THUMB)
    pixmap.fill(Qt.GlobalColor.darkGray)
    if path is not None and path.is_file():
        image = QImage(str(path))
        if not image.isNull():
            scaled = image.scaled(
                THUMB, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
            pixmap = QPixmap.fromImage(scaled)
    return QIcon(pixmap)


def poster_for(routine: Routine, clip_id: str) -> Path | None:
    clip = routine.clips.get(clip_id)
    return clip.poster if clip is not None else None
