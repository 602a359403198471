"""Clips whose frames carry their own number, for tests and benchmarks of the video backends.

Each frame is a teal picture with a row of BITS black/white blocks that spell the frame number
in binary (most significant bit first), big enough to survive lossy coding and scaling.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

BITS = 10
BACKGROUND = (0, 150, 150)
_BAND = (0.35, 0.65)  # vertical extent of the bit band, as fractions of the height


def _frame_bytes(number: int, width: int, height: int) -> bytes:
    block = width // (BITS + 2)
    bg = bytes(BACKGROUND)
    bg_row = bg * width
    row = bytearray(bg_row)
    for bit in range(BITS):
        on = (number >> (BITS - 1 - bit)) & 1
        colour = b"\xff\xff\xff" if on else b"\x00\x00\x00"
        x0 = (bit + 1) * block
        row[x0 * 3 : (x0 + block) * 3] = colour * block
    band_top, band_bottom = int(height * _BAND[0]), int(height * _BAND[1])
    return bg_row * band_top + bytes(row) * (band_bottom - band_top) + bg_row * (height - band_bottom)


def make_numbered_clip(
    path: Path,
    frames: int = 60,
    fps: int = 30,
    size: tuple[int, int] = (320, 180),
    codec: str = "h264",
    bframes: bool = False,
    start: int = 0,
    sound: bool = False,
    vfr_after: int | None = None,
) -> Path:
    """Encode `frames` frames numbered from `start`, with the ffmpeg that imageio-ffmpeg ships
    (and, with `sound`, a 440 Hz tone as long as the clip). The container follows the suffix.

    With `vfr_after`, the frames from that one on come at a third of the rate (a variable-frame-rate
    clip, as phones record).
    """
    import imageio_ffmpeg

    width, height = size
    if codec == "h264":
        vcodec = ["-c:v", "libx264", "-preset", "veryfast", "-crf", "18", "-pix_fmt", "yuv420p", "-g", "15"]
        vcodec += ["-bf", "3", "-b_strategy", "0"] if bframes else ["-bf", "0", "-sc_threshold", "0"]
        vcodec += ["-movflags", "+faststart"] if path.suffix.lower() in (".mp4", ".mov") else []
    elif codec == "vp9":
        vcodec = ["-c:v", "libvpx-vp9", "-b:v", "0", "-crf", "30", "-deadline", "realtime", "-g", "15"]
        vcodec += ["-pix_fmt", "yuv420p"]
    else:
        raise ValueError(codec)
    if vfr_after is not None:
        late = f"{vfr_after}/{fps}+(N-{vfr_after})*3/{fps}"
        vcodec += ["-vf", f"setpts='if(lt(N,{vfr_after}),N/{fps},{late})/TB'", "-fps_mode", "vfr"]
    audio = ["-an"]
    if sound:
        tone = f"sine=frequency=440:duration={frames / fps}"
        audio = ["-f", "lavfi", "-i", tone, "-c:a", "aac" if codec == "h264" else "libopus", "-shortest"]
    cmd = [
        imageio_ffmpeg.get_ffmpeg_exe(), "-loglevel", "error", "-y",
        "-f", "rawvideo", "-pix_fmt", "rgb24", "-s", f"{width}x{height}", "-r", str(fps), "-i", "-",
        *(audio if sound else []), *vcodec, "-threads", "2", *([] if sound else audio), str(path),
    ]  # fmt: skip
    data = b"".join(_frame_bytes(n, width, height) for n in range(start, start + frames))
    subprocess.run(cmd, input=data, check=True, capture_output=True)
    return path


def read_number(image: object) -> int | None:
    """The frame number drawn in a QImage, or None when the picture is not a numbered frame."""
    from PySide6.QtGui import QImage

    assert isinstance(image, QImage)
    width, height = image.width(), image.height()
    if width < BITS * 4 or height < 8:
        return None
    y = int(height * (_BAND[0] + _BAND[1]) / 2)
    block = width / (BITS + 2)
    # The background left of the band must be teal, or this is not one of our frames.
    edge = image.pixelColor(int(block / 2), y)
    if not (edge.green() > 100 and edge.red() < 60):
        return None
    number = 0
    for bit in range(BITS):
        x = int((bit + 1.5) * block)
        c = image.pixelColor(x, y)
        luma = (c.red() + c.green() + c.blue()) / 3
        if 60 < luma < 195:
            return None  # between black and white: a blend of two frames, or not ours
        number = (number << 1) | (1 if luma >= 128 else 0)
    return number
