"""Choose the video backend: libVLC when it loads, else Qt Multimedia, or the one asked for.

Importing this module loads neither Qt nor libVLC, so the command line can offer BackendName's
values (CHOICES) without slowing start-up; create_backend() imports what it needs.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from desktop.media.vlc_loader import install_hint, load_vlc

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

    from desktop.media.base import VideoBackend

log = logging.getLogger(__name__)


class BackendName(StrEnum):
    """The values of --backend."""

    AUTO = "auto"  # libVLC when it loads, else Qt Multimedia
    VLC = "vlc"
    QT = "qt"


CHOICES: tuple[str, ...] = tuple(name.value for name in BackendName)


@dataclass
class BackendChoice:
    backend: VideoBackend
    #: Said once to the user when the preferred backend could not be used, else "".
    notice: str = ""


def create_backend(choice: str = BackendName.AUTO, parent: QObject | None = None) -> BackendChoice:
    if choice not in CHOICES:
        raise ValueError(f"unknown backend {choice!r}; choose one of {', '.join(CHOICES)}")
    notice = ""
    if choice in (BackendName.AUTO, BackendName.VLC):
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
