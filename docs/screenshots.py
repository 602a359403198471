"""Take the screenshots in docs/ of each main view of the real app, on a private Xvfb screen.

    .venv/bin/python docs/screenshots.py                      # every view, 1280x800
    .venv/bin/python docs/screenshots.py --size 1024x700 --docks-only
    .venv/bin/python docs/screenshots.py --ladder-only        # the ladder and the session summary
    .venv/bin/python docs/screenshots.py --history-only      # the history view, its two tabs
    .venv/bin/python docs/screenshots.py --editor-only       # the routine editor

Browsing a step, a session in progress, full screen with the timer overlay, a broken clip, the
routine library, the playlist builder, the window with both panels open at the screen's size, a
ladder routine at level 2 and the summary after a session (with a level suggestion, from three
easy sessions on the days before).
A window manager (openbox, when installed) runs on the screen, so placement, title bars and full
screen behave as on a desktop, and each shot is of the whole screen.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.xvfb import Xvfb  # noqa: E402

OUT = ROOT / "docs"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="1280x800", help="the screen, WIDTHxHEIGHT")
    parser.add_argument("--docks-only", action="store_true", help="only the window with both panels open")
    parser.add_argument("--ladder-only", action="store_true", help="only the ladder and the session summary")
    parser.add_argument(
        "--history-only", action="store_true", help="only the history view, over three months of sessions"
    )
    parser.add_argument(
        "--editor-only", action="store_true", help="only the routine editor, on a copy of the bundled routine"
    )
    parser.add_argument("--timeline-only", action="store_true", help="only a clip with a loop marked on it")
    parser.add_argument(
        "--main-only",
        metavar="NAME",
        help="only a session in progress, as docs/screenshot-main-NAME.png (with --theme and --language)",
    )
    parser.add_argument("--theme", choices=["light", "dark", "high-contrast"], help="the theme to show")
    parser.add_argument("--language", help="the interface and routine language, such as de")
    args = parser.parse_args()
    with Xvfb(f"{args.size}x24") as display, tempfile.TemporaryDirectory() as tmp:
        os.environ["DISPLAY"] = display
        os.environ.pop("QT_QPA_PLATFORM", None)
        wm = None
        if shutil.which("openbox"):
            wm = subprocess.Popen(["openbox"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(1.0)
        try:
            return _take(args, tmp)
        finally:
            if wm is not None:
                wm.terminate()
                wm.wait(5)


def _take(args: argparse.Namespace, tmp: str) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QGuiApplication

    from desktop.app import Application
    from desktop.content import bundled_routine_path
    from desktop.domain import PlaylistItem, StepOverrides
    from desktop.paths import data_paths

    _seed_ladder_history(tmp)
    _choose(tmp, args.theme, args.language)
    opts = argparse.Namespace(data_dir=tmp, backend="auto", file=None, play=False)
    paths = data_paths(tmp).ensure()
    if args.history_only:
        from desktop.store import open_store
        from tests.history_data import fill_history

        open_store(paths).close()
        fill_history(paths.database, 110, 12)
    app = Application(opts, paths)
    window = app.window
    broken = Path(tmp, "warm-up.mp4")
    broken.write_text("not a video\n" * 100)

    def shot(name: str) -> None:
        screen = QGuiApplication.primaryScreen()
        screen.grabWindow(0).save(str(OUT / name))  # the whole screen: title bar and all
        print("wrote", OUT / name)

    def both_docks() -> None:
        window.library_dock.show()
        window.playlist_dock.show()

    def choose_a_ladder_session_with_a_note() -> None:
        view = window.history_view
        assert view is not None
        for row in range(view.model.rowCount()):
            session = view.model.summary(row).session  # type: ignore[union-attr]
            if session.level is not None and session.note:
                view.table.selectRow(row)
                return

    if args.history_only:
        for at, action in [
            (4000, window.toggle_history),
            (6000, choose_a_ladder_session_with_a_note),
            (7000, lambda: shot("screenshot-history.png")),
            (7100, lambda: window.history_view and window.history_view.tabs.setCurrentIndex(1)),
            (9000, lambda: shot("screenshot-history-progress.png")),
            (9100, window.close),
        ]:
            QTimer.singleShot(at, action)
        return app.exec()

    if args.editor_only:
        name = "screenshot-editor.png" if args.size == "1280x800" else f"screenshot-editor-{args.size}.png"
        QTimer.singleShot(2500, lambda: _editor_when_store_is_open(window, lambda: shot(name)))
        return app.exec()

    if args.timeline_only:
        for at, action in timeline_steps(window):
            QTimer.singleShot(at, action)
        QTimer.singleShot(7000, lambda: shot("screenshot-timeline.png"))
        QTimer.singleShot(7200, window.close)
        return app.exec()

    if args.docks_only:
        for at, action in [
            (2500, lambda: window.ui.stepList.setCurrentRow(1)),
            (3000, both_docks),
            (5000, lambda: shot(f"screenshot-docks-{args.size}.png")),
            (5200, window.close),
        ]:
            QTimer.singleShot(at, action)
        return app.exec()

    def summary_answers() -> None:
        summary = window.summary.widget
        summary.pain.setCurrentIndex(summary.pain.findData(1))
        summary.effort.setCurrentIndex(summary.effort.findData(4))
        summary.note.setPlainText("Looser than last week. Left hip still a little tight on the reach.")

    def quick_session() -> None:
        """A session at level 2 played through in seconds: its clock runs 30 times as fast."""
        window.session.clock_factory = _FastClock
        window.start_session(from_step=0)

    ladder = [
        (500, lambda: window.ui.stepList.setCurrentRow(1)),
        (2500, lambda: shot("screenshot-ladder.png")),
        (2700, quick_session),
        (11500, summary_answers),
        (13000, lambda: shot("screenshot-summary.png")),
    ]

    def ladder_when_store_is_open(then: float | None = None) -> None:
        """The ladder's level comes from the store, which opens in the background: wait for it."""
        if window.store is None:
            QTimer.singleShot(200, lambda: ladder_when_store_is_open(then))
            return
        for at, action in ladder:
            QTimer.singleShot(at, action)
        if then is not None:
            QTimer.singleShot(int(then), window.close)

    if args.ladder_only:
        QTimer.singleShot(2500, lambda: ladder_when_store_is_open(13500))
        return app.exec()

    if args.main_only:
        for at, action in [
            (2500, lambda: window.ui.stepList.setCurrentRow(2)),
            (3000, lambda: window.start_session(from_step=2)),
            (13000, lambda: shot(f"screenshot-main-{args.main_only}.png")),
            (13200, window.close),
        ]:
            QTimer.singleShot(at, action)
        return app.exec()

    steps = [
        (2500, lambda: window.ui.stepList.setCurrentRow(2)),
        (5000, lambda: shot("screenshot-browse.png")),
        (5200, lambda: window.start_session(from_step=2)),
        (15500, lambda: shot("screenshot-main.png")),
        (15700, lambda: window.ui.actionFullScreen.setChecked(True)),
        (17500, lambda: shot("screenshot-fullscreen.png")),
        (17700, lambda: window.ui.actionFullScreen.setChecked(False)),
        (17900, window.end_session),
        (18100, lambda: window.open_path(broken)),
        (20000, lambda: shot("screenshot-error.png")),
        (20100, lambda: window.open_path(bundled_routine_path())),
        (20200, lambda: window.library_dock.show()),
        (20300, lambda: window.library_dock.raise_()),
        (21500, lambda: shot("screenshot-library.png")),
        (
            21600,
            lambda: window.playlists.add_items(
                [
                    PlaylistItem("scorpion-stretch", "hip-off-floor"),
                    PlaylistItem("scorpion-stretch", "foot-to-floor", StepOverrides(hold=20, sets=1)),
                    PlaylistItem("scorpion-stretch", "foot-to-hand", rounds=2),
                ]
            ),
        ),
        (21800, lambda: window.playlist_dock.show()),
        (21900, lambda: window.playlist_dock.raise_()),
        (22500, lambda: shot("screenshot-playlist.png")),
        (22600, both_docks),
        (24000, lambda: shot(f"screenshot-docks-{args.size}.png")),
        (24100, lambda: window.library_dock.hide()),
        (24200, lambda: window.playlist_dock.hide()),
        (24300, lambda: window.open_path(bundled_routine_path())),
        (24500, lambda: ladder_when_store_is_open(13500)),
    ]
    for at, action in steps:
        QTimer.singleShot(at, action)
    return app.exec()


def _editor_when_store_is_open(window: Any, shoot: Callable[[], None]) -> None:
    """The routine editor on a copy of the bundled routine, its second step chosen and its loop
    playing, with one problem shown beside its field (a step title left empty)."""
    from PySide6.QtCore import QTimer

    from desktop.content import bundled_routine_path, load_routine

    if window.store is None:
        QTimer.singleShot(200, lambda: _editor_when_store_is_open(window, shoot))
        return
    window.edit_routine(load_routine(bundled_routine_path()))
    editor = window.routine_editor
    editor.step_list.setCurrentRow(1)
    editor.play_loop_button.click()
    editor.model.set_step_field(1, "title", "")
    editor.step_title.setFocus()
    window.ask_unsaved_routine = lambda: "discard"
    for at, action in [(2500, shoot), (4000, window.close)]:
        QTimer.singleShot(at, action)


def _choose(folder: str, theme: str | None, language: str | None) -> None:
    """Preferences as a person would have set them, before Supple starts."""
    from desktop.paths import data_paths
    from desktop.qt.settings import OPTIONS, Settings

    settings = Settings(str(data_paths(folder).ensure().settings))
    if theme:
        settings.set(OPTIONS.theme, theme)
    if language:
        settings.set(OPTIONS.language, language)
    settings.sync()


class _FastClock:
    def now(self) -> float:
        return time.monotonic() * 30


def _seed_ladder_history(folder: str) -> None:
    """The Scorpion Stretch at level 2 since four days ago, then three easy sessions a day apart."""
    from datetime import timedelta

    from desktop.content import BUNDLED_ROUTINE_ID
    from desktop.domain.wall_clock import utc_now
    from desktop.paths import data_paths
    from desktop.store import open_store

    moment = [utc_now() - timedelta(days=4)]
    with open_store(data_paths(folder).ensure(), now=lambda: moment[0]) as store:
        store.levels.set_level(BUNDLED_ROUTINE_ID, 2)
        for days, (pain, effort) in zip((3, 2, 1), ((1, 4), (0, 5), (2, 4)), strict=True):
            moment[0] = utc_now() - timedelta(days=days)
            sid = store.history.start_session("Scorpion Stretch", routine_id=BUNDLED_ROUTINE_ID, level=2)
            store.history.end_session(sid, moment[0] + timedelta(minutes=9))
            store.history.set_feeling(sid, pain=pain, effort=effort, note=None)


def timeline_steps(window: object) -> list[tuple[int, object]]:
    """A clip opened on its own, a loop marked on it, and its out handle being dragged (the magnifier)."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    from desktop.content.bundled import bundled_routine_path

    clip = bundled_routine_path().parent.parent / "clips" / "scorpion-3.mp4"
    timeline = window.timeline  # type: ignore[attr-defined]

    def drag_out() -> None:
        y = int(timeline._bar().center().y())
        QTest.mousePress(timeline, Qt.MouseButton.LeftButton, pos=QPoint(round(timeline.handle_x("out")), y))
        QTest.mouseMove(timeline, QPoint(round(timeline.handle_x("out") - 6), y))

    return [
        (500, lambda: window.open_path(clip)),  # type: ignore[attr-defined]
        (4000, lambda: window.loop_marks.mark_frame("in", 48)),  # type: ignore[attr-defined]
        (4100, lambda: window.loop_marks.mark_frame("out", 131)),  # type: ignore[attr-defined]
        (6500, drag_out),
    ]


if __name__ == "__main__":
    raise SystemExit(main())
