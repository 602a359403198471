"""Helpers for the content tests: real MP4 clips made with ffmpeg, and small routine documents."""

from __future__ import annotations

import copy
import json
import subprocess
from pathlib import Path
from typing import Any

import imageio_ffmpeg

_MINIMAL: dict[str, Any] = {
    "format": "supple.routine/1",
    "id": "test-routine",
    "title": "Test routine",
    "clips": {"p1": {"file": "clips/p1.mp4"}},
    "steps": [{"id": "one", "title": "One", "clip": "p1", "hold": 10}],
}


def make_mp4(path: Path, seconds: float, *, faststart: bool = True, container: str = "mp4") -> Path:
    """A small testsrc clip of `seconds`, H.264 in an MP4 (or MOV) file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    cmd = [
        imageio_ffmpeg.get_ffmpeg_exe(), "-loglevel", "error", "-y",
        "-f", "lavfi", "-i", f"testsrc=duration={seconds}:size=96x64:rate=30",
        "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-threads", "1",
        *(["-movflags", "+faststart"] if faststart else []),
        "-f", container, str(path),
    ]  # fmt: skip
    subprocess.run(cmd, check=True, capture_output=True)
    return path


def make_webm(path: Path, seconds: float) -> Path:
    cmd = [
        imageio_ffmpeg.get_ffmpeg_exe(), "-loglevel", "error", "-y",
        "-f", "lavfi", "-i", f"testsrc=duration={seconds}:size=96x64:rate=30",
        "-c:v", "libvpx", "-b:v", "100k", "-threads", "1", str(path),
    ]  # fmt: skip
    subprocess.run(cmd, check=True, capture_output=True)
    return path


def minimal_routine() -> dict[str, Any]:
    """A valid routine with one clip, `clips/p1.mp4`, and one held step; a fresh copy each call."""
    return copy.deepcopy(_MINIMAL)


def write_json(path: Path, document: object) -> Path:
    path.write_text(json.dumps(document, indent=2), encoding="utf-8")
    return path
