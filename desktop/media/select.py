"""Choose the video backend: libVLC when it loads, else Qt Multimedia, or the one asked for."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QObject

from desktop.media.base import VideoBackend
from desktop.media.vlc_loader import install_hint, load_vlc

log = logging.getLogger(__name__)

CHOICES = ("auto", "vlc", "qt")


@dataclass
class BackendChoice:
    backend: VideoBackend
    #: Said once to the user when the preferred backend could not be used, else "".
    notice: str = ""


def create_backend(choice: str = "auto", parent: QObject | None = None) -> BackendChoice:
    if choice not in CHOICES:
        raise ValueError(f"unknown backend {choice!r}; choose one of {', '.join(CHOICES)}")
    notice = ""
    if choice in ("auto", "vlc"):
        loaded = load_vlc()
        if loaded.module is not None:
            from desktop.media.vlc_backend import VlcBackend

            try:
                return BackendChoice(VlcBackend(loaded, parent))
            except Exception as exc:  # a libVLC that loads but cannot make a player
                log.exception("libVLC player could not be created")
                loaded_error = f"libVLC could not create a player ({exc})"
        else:
            loaded_error = loaded.error
        notice = (
            f"Playing with Qt Multimedia because libVLC is not available: {loaded_error}. "
            f"For the best playback install VLC: {install_hint()}"
        )
        log.warning(notice)
    from desktop.media.qt_backend import QtBackend

    return BackendChoice(QtBackend(parent), notice)
