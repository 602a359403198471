"""Bare players that Supple is measured against: each plays one clip in a fresh process.

    .venv/bin/python bench/references.py KIND CLIP [--report FILE]

KIND is one of:

- `vlc-callbacks`: libVLC alone, decoding into memory buffers through its callbacks (the same
  player as bench/loop_seam.py's reference), in a process with PySide6 imported and a QApplication;
- `vlc-window`: libVLC drawing into its own X11 window, a bare PySide6 QWidget (what a user gets
  from VLC itself, without its interface);
- `qt-sink`: a bare QMediaPlayer playing into a QVideoSink (no conversion, no painting).

Each loops the clip and writes the same `first-frame` milestone as Supple's SUPPLE_STARTUP_REPORT
(wall-clock seconds, one JSON line) to --report, so bench/startup.py times and measures them the
same way it does Supple. They run until they are sent SIGTERM.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

KINDS = ("vlc-callbacks", "vlc-window", "qt-sink")


def mark(report: str | None, event: str) -> None:
    if report:
        with open(report, "a", encoding="utf-8") as f:
            f.write(json.dumps({"event": event, "t": time.time()}) + "\n")


def run(kind: str, clip: Path, report: str | None) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication([sys.argv[0]])
    signal.signal(signal.SIGTERM, lambda *_: app.quit())
    ticker = QTimer()  # lets Python run the signal handler
    ticker.timeout.connect(lambda: None)
    ticker.start(100)
    seen = [False]
    keep: list[Any] = []

    def first() -> None:
        if not seen[0]:
            seen[0] = True
            mark(report, "first-frame")

    if kind == "vlc-callbacks":
        from bench.loop_seam import PlainVlc

        # The display callback runs on libVLC's thread: only a flag is set there.
        plain = PlainVlc(clip, lambda buf: None if seen[0] else first(), repeat=True)
        keep.append(plain)
    elif kind == "vlc-window":
        import vlc

        widget = QWidget()
        widget.resize(960, 540)
        widget.show()
        instance = vlc.Instance(["--quiet", "--aout=dummy", "--no-video-title-show", "--no-osd"])
        player = instance.media_player_new()
        player.set_xwindow(int(widget.winId()))
        media = instance.media_new_path(str(clip))
        media.add_option(":input-repeat=65535")
        player.set_media(media)
        player.play()
        keep += [widget, instance, player, media]

        def poll() -> None:
            # libVLC draws by itself: its clock moving past 0 is the first picture shown.
            if player.get_time() > 0:
                first()
            else:
                QTimer.singleShot(10, poll)

        poll()
    elif kind == "qt-sink":
        from PySide6.QtCore import QUrl
        from PySide6.QtMultimedia import QMediaPlayer, QVideoSink

        player = QMediaPlayer()
        sink = QVideoSink()
        player.setVideoSink(sink)
        player.setLoops(QMediaPlayer.Loops.Infinite)
        sink.videoFrameChanged.connect(lambda _frame: first())
        player.setSource(QUrl.fromLocalFile(str(clip)))
        player.play()
        keep += [player, sink]
    else:
        raise SystemExit(f"unknown reference {kind!r}; choose one of {', '.join(KINDS)}")
    status = app.exec()
    if kind == "vlc-callbacks":
        keep[0].close()
    return status


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("kind", choices=KINDS)
    ap.add_argument("clip", type=Path)
    ap.add_argument("--report", default=os.environ.get("SUPPLE_STARTUP_REPORT"))
    opts = ap.parse_args()
    return run(opts.kind, opts.clip, opts.report)


if __name__ == "__main__":
    raise SystemExit(main())
