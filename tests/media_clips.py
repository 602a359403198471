"""Small clips of known content for the media tests, made with the ffmpeg imageio-ffmpeg ships,
and ways to make their headers lie about their length."""

from __future__ import annotations

import struct
import subprocess
from pathlib import Path

#: Encoder options by name: (codec arguments, container format).
ENCODINGS: dict[str, list[str]] = {
    "h264": ["-c:v", "libx264", "-preset", "ultrafast", "-bf", "0", "-pix_fmt", "yuv420p"],
    "h264-bframes": ["-c:v", "libx264", "-preset", "ultrafast", "-bf", "3", "-pix_fmt", "yuv420p"],
    "hevc": ["-c:v", "libx265", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-x265-params", "log-level=error"],
    "vp9": ["-c:v", "libvpx-vp9", "-deadline", "realtime", "-b:v", "200k", "-pix_fmt", "yuv420p"],
    "av1": ["-c:v", "libaom-av1", "-cpu-used", "8", "-pix_fmt", "yuv420p"],
    "mjpeg": ["-c:v", "mjpeg"],
    "mpeg4": ["-c:v", "mpeg4"],
}  # fmt: skip


def make_clip(
    path: Path, frames: int, fps: int, encoding: str = "h264", *, vfr_after: int | None = None
) -> Path:
    """`frames` frames of ffmpeg's test pattern at `fps`, 96x64; the container follows the suffix.

    With `vfr_after`, the frames from that one on come at a third of the rate (a variable-frame-rate
    clip, as phones record).
    """
    from imageio_ffmpeg import get_ffmpeg_exe

    path.parent.mkdir(parents=True, exist_ok=True)
    timing: list[str] = []
    if vfr_after is not None:
        late = f"{vfr_after}/{fps}+(N-{vfr_after})*3/{fps}"
        timing = ["-vf", f"setpts='if(lt(N,{vfr_after}),N/{fps},{late})/TB'", "-fps_mode", "vfr"]
    cmd = [
        get_ffmpeg_exe(), "-loglevel", "error", "-y",
        "-f", "lavfi", "-i", f"testsrc=size=96x64:rate={fps}",
        "-frames:v", str(frames), *timing, *ENCODINGS[encoding], "-threads", "1", "-an", str(path),
    ]  # fmt: skip
    subprocess.run(cmd, check=True, capture_output=True)
    return path


def overstate_mp4(path: Path, seconds: float) -> Path:
    """Make the movie header (`mvhd`) of an MP4/MOV say it lasts `seconds`; the rest is untouched."""
    data = bytearray(path.read_bytes())
    body = data.index(b"mvhd") + 4
    if data[body] == 0:
        (timescale,) = struct.unpack_from(">I", data, body + 12)
        struct.pack_into(">I", data, body + 16, round(seconds * timescale))
    else:
        (timescale,) = struct.unpack_from(">I", data, body + 20)
        struct.pack_into(">Q", data, body + 24, round(seconds * timescale))
    path.write_bytes(data)
    return path


def overstate_matroska(path: Path, seconds: float) -> Path:
    """Make the Segment Info's Duration element of an MKV/WebM say it lasts `seconds`."""
    data = bytearray(path.read_bytes())
    at = data.index(b"\x44\x89")  # the Duration element's ID, in units of TimestampScale (1 ms)
    size = data[at + 2]
    if size == 0x88:
        struct.pack_into(">d", data, at + 3, seconds * 1000)
    elif size == 0x84:
        struct.pack_into(">f", data, at + 3, seconds * 1000)
    else:
        raise ValueError(f"unexpected Duration size byte {size:#x} in {path}")
    path.write_bytes(data)
    return path
