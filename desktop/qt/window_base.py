"""What every part of the main window may use of the others (for the type checker only).

MainWindow (desktop/qt/main_window.py) is composed of mixins, one per area: panels, files,
playback and session. At run time each mixin is a plain class; for the type checker it derives
from `WindowBase`, which declares the window's shared state and the methods one area calls in
another, so each file type-checks on its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.qt.main_window import MainWindow as WindowBase
else:
    WindowBase = object
