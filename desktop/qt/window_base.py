"""What every part of the main window may use of the others (for the type checker only).

MainWindow (desktop/qt/main_window.py) is composed of mixins, one per area: panels, files,
playback and session. At run time each mixin is a plain class and MainWindow brings them together
over QMainWindow; for the type checker each derives from `WindowBase`, which declares the window's
shared state and the methods one area calls in another, so each file type-checks on its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from PySide6.QtGui import QShortcut
    from PySide6.QtWidgets import QDockWidget, QMainWindow

    from desktop.domain import Clip, Routine, Segment, Step
    from desktop.domain.messages import Message
    from desktop.engine.plan import PlanItem
    from desktop.media.base import VideoBackend
    from desktop.paths import DataPaths
    from desktop.qt.favourites import FavouritesModel
    from desktop.qt.forms.ui_main_window import Ui_MainWindow
    from desktop.qt.history_view import HistoryView
    from desktop.qt.ladder_control import LadderControl
    from desktop.qt.library_view import LibraryView
    from desktop.qt.loop_marks import LoopMarksController
    from desktop.qt.loop_timeline import LoopTimeline
    from desktop.qt.playlist_builder import PlaylistBuilder
    from desktop.qt.session_controller import SessionController
    from desktop.qt.session_summary import SummaryControl
    from desktop.qt.settings import Settings
    from desktop.qt.shortcuts import KeyMap
    from desktop.store import Store

    class WindowBase(QMainWindow):
        ui: Ui_MainWindow
        settings: Settings
        session: SessionController
        backend: VideoBackend | None
        store: Store | None
        store_attached: bool
        paths: DataPaths | None
        routine: Routine | None
        current_row: int
        favourites: FavouritesModel
        ladder: LadderControl
        summary: SummaryControl
        library: LibraryView
        playlists: PlaylistBuilder
        library_dock: QDockWidget
        playlist_dock: QDockWidget
        history_dock: QDockWidget | None
        history_view: HistoryView | None
        _plan_items: list[PlanItem] | None
        _session_rows: list[int] | None
        _start_over: bool
        _ending: bool
        _ducked: bool
        _playing: tuple[Path, Segment | None] | None
        _clip_problems: dict[str, Message]
        _escape: QShortcut
        key_map: KeyMap
        timeline: LoopTimeline
        loop_marks: LoopMarksController

        def set_routine(self, routine: Routine, clip_problems: dict[str, Message] | None = None) -> None: ...
        def start_session(self, from_step: int = 0) -> None: ...
        def show_dock(self, dock: QDockWidget) -> None: ...
        def toggle_dock(self, dock: QDockWidget, focus: Callable[[], None]) -> None: ...
        def preview_step(self, routine: Routine, step: Step) -> None: ...
        def end_session(self) -> None: ...
        def _play(self, clip: Clip, segment: Segment | None, *, mirrored: bool, title: str) -> None: ...
        def _show_favourites(self) -> None: ...
        def _favourites_available(self) -> bool:
            raise NotImplementedError

        def _session_paused(self) -> bool:
            raise NotImplementedError

        def _session_row(self) -> int:
            raise NotImplementedError

        def _update_timer(self) -> None: ...
        def _apply_rate(self) -> None: ...
        def _show_timeline(self, browsing: bool) -> None: ...
        def _update_play_icon(self, state: str) -> None: ...
        def _clip_volume(self) -> int:
            raise NotImplementedError

else:
    WindowBase = object
