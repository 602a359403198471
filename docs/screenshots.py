"""Take the screenshots in docs/ of each main view of the real app, on a private Xvfb screen.

    .venv/bin/python docs/screenshots.py

Browsing a step, a session in progress, full screen with the timer overlay, a broken clip, the
routine library and the playlist builder.
Frames come from libVLC into our own video pane, so the window's own grab shows the real picture.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.xvfb import Xvfb  # noqa: E402

OUT = ROOT / "docs"


def main() -> int:
    with Xvfb("1280x800x24") as display, tempfile.TemporaryDirectory() as tmp:
        os.environ["DISPLAY"] = display
        os.environ.pop("QT_QPA_PLATFORM", None)
        from PySide6.QtCore import QTimer

        from desktop.app import Application
        from desktop.content import bundled_routine_path
        from desktop.domain import PlaylistItem, StepOverrides
        from desktop.paths import data_paths

        opts = argparse.Namespace(data_dir=tmp, backend="auto", file=None, play=False)
        app = Application(opts, data_paths(tmp).ensure())
        window = app.window
        broken = Path(tmp, "warm-up.mp4")
        broken.write_text("not a video\n" * 100)

        def shot(name: str) -> None:
            window.grab().save(str(OUT / name))
            print("wrote", OUT / name)

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
            (22100, lambda: window.resize(1280, 760)),
            (22500, lambda: shot("screenshot-playlist.png")),
            (22700, window.close),
        ]
        for at, action in steps:
            QTimer.singleShot(at, action)
        return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
