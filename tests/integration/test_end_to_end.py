"""The real `supple` on a real X screen (Xvfb): the window shows the clip and the picture moves."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.numbered_clips import BACKGROUND, make_numbered_clip, read_number

ROOT = Path(__file__).resolve().parents[2]


def wait_for_event(report: Path, event: str, proc: subprocess.Popen[bytes], timeout: float = 60) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"supple exited with {proc.returncode} before '{event}'")
        if report.exists():
            for line in report.read_text().splitlines():
                entry = json.loads(line)
                if entry["event"] == event:
                    return entry
        time.sleep(0.1)
    raise AssertionError(f"no '{event}' from supple within {timeout} s")


def video_crop(shot: QImage) -> QImage:
    """The part of the screen showing the clip: the bounding box of its teal background."""
    xs, ys = [], []
    for y in range(0, shot.height(), 4):
        for x in range(0, shot.width(), 4):
            c = shot.pixelColor(x, y)
            if (
                abs(c.red() - BACKGROUND[0]) < 25
                and abs(c.green() - BACKGROUND[1]) < 25
                and abs(c.blue() - BACKGROUND[2]) < 25
            ):
                xs.append(x)
                ys.append(y)
    assert len(xs) > 2000, "the clip is not on the screen"
    return shot.copy(min(xs), min(ys), max(xs) - min(xs) + 1, max(ys) - min(ys) + 1)


@pytest.mark.parametrize("backend", ["vlc", "qt"])
def test_supple_plays_a_clip_on_a_real_screen(
    xvfb_display: str, tmp_path: Path, backend: str, request
) -> None:
    if backend == "vlc":
        request.getfixturevalue("require_vlc")
    clip = make_numbered_clip(tmp_path / "numbered.mp4", frames=90, size=(480, 270))
    report = tmp_path / "startup.jsonl"
    data = tmp_path / "data"
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update(DISPLAY=xvfb_display, SUPPLE_STARTUP_REPORT=str(report))
    supple = Path(sys.executable).with_name("supple")
    proc = subprocess.Popen(
        [str(supple), "--data-dir", str(data), "--backend", backend, str(clip)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        wait_for_event(report, "first-frame", proc)
        time.sleep(0.5)
        shots = [tmp_path / "shot-1.png", tmp_path / "shot-2.png"]
        subprocess.run(
            [sys.executable, str(ROOT / "tests" / "grab_screen.py"), "0.7", *map(str, shots)],
            env=env,
            check=True,
            timeout=60,
        )
        numbers = [read_number(video_crop(QImage(str(s)))) for s in shots]
        assert None not in numbers, f"the video area does not show the clip's frames: {numbers}"
        assert numbers[0] != numbers[1], "the picture did not change between the two grabs"
        assert proc.poll() is None, "supple died while playing"
    finally:
        proc.send_signal(signal.SIGTERM)
        output = proc.communicate(timeout=20)[0].decode(errors="replace")
    assert proc.returncode == 0, output
    log = (data / "logs" / "supple.log").read_text()
    assert "video backend: " + ("libVLC" if backend == "vlc" else "Qt Multimedia") in log
    settings = (data / "settings.ini").read_text()
    assert "[window]" in settings and "geometry=@ByteArray" in settings, "the layout was not saved on SIGTERM"
