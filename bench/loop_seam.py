"""Loop seams: what each video backend shows where a loop wraps, for 720p30 numbered clips.

    .venv/bin/python bench/loop_seam.py [--loops 200] [--frames 6] [--rate 1.0] [--cpu-runs 3]

Each clip's frames carry their own number (tests/numbered_clips.py), so the frames really shown
are read back from the pictures the backend emits (frameReady). For each backend (libVLC, Qt
Multimedia) and clip kind (H.264 without B-frames, H.264 with B-frames, VP9; 1280x720, 30 fps)
it loops a whole clip of --frames frames and a segment of --frames frames in the middle of a
30-frame clip until --loops wraps have been seen, and reports per wrap:

- boundary error, in frames: |last frame shown before the wrap - (B-1)| + |first after it - A|;
- hold, in ms: from the delivery of the last frame before the wrap to the delivery of the first
  one after it (one frame interval is 33.3 ms at 1x);
- anomalies: frames shown out of order or outside [A, B) anywhere (not only at wraps), and the
  start (the first frame shown must be A).

The reference row is libVLC's own whole-clip loop (`:input-repeat`), read straight from its
memory callbacks (the time of libVLC's display call), measured in the same run.

Loops marked with I and O (as the window does it: the clip's frames read with PyAV, the marks
placed on frames, their segment loaded) on an MKV (H.264 with B-frames), a WebM (VP9) and a
variable-frame-rate MP4 (frames 15 on at a third of the rate; the loop spans the change), each of
MARKED_FRAMES frames at 720p: the whole clip plays, O is "pressed" on the out frame, and the rows
give the boundary error, the last frame's hold against its own frame interval, and the time from
pressing O to the first wrap of the new loop as a ratio to one loop's length (1.0 would be a loop
that starts at once; the in frame is shown first, so the first wrap comes a loop later), and the
time from pressing O to the in frame's first showing (O is pressed on the out frame: a backend
that takes the new loop on live shows the in frame one frame interval later, without a new load).

CPU is the process's CPU time over wall time while a backend plays a 15 s 720p30 clip (each run
in a fresh process; no painting, frames are only emitted), peak memory its VmHWM; median of
--cpu-runs runs. The reference is libVLC alone decoding the same clip into memory buffers in the
same kind of process (PySide6 imported, a QApplication made), without any of Supple's logic.
Prints Markdown tables.
"""

from __future__ import annotations

import argparse
import ctypes
import itertools
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("VLC_VERBOSE", "-1")
os.environ.setdefault("SUPPLE_VLC_ARGS", "--aout=dummy")

FPS = 30
SIZE = (1280, 720)
KINDS = {
    "H.264": dict(codec="h264", bframes=False, suffix=".mp4"),
    "H.264 B-frames": dict(codec="h264", bframes=True, suffix=".mp4"),
    "VP9": dict(codec="vp9", bframes=False, suffix=".webm"),
}
SEGMENT_CLIP_FRAMES = 30
#: name: (suffix, codec, B-frames, first frame of the slow part of a variable-rate clip)
MARKED_KINDS = {
    "MKV H.264 B-frames": (".mkv", "h264", True, None),
    "WebM VP9": (".webm", "vp9", False, None),
    "MP4 variable frame rate": (".mp4", "h264", False, 15),
}
MARKED_FRAMES = 30
MARKED_IN, MARKED_OUT = 9, 20


def make_app() -> Any:
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QApplication

    # As the app does (desktop/app.py): QVideoFrame.toImage() then converts on the CPU.
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ForceRasterWidgets)
    return QApplication.instance() or QApplication([sys.argv[0]])


def wait(ms: int) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop, loop.quit)  # (the context object: see bench/soak.py wait)
    loop.exec()


def make_backend(name: str) -> Any:
    if name == "vlc":
        from desktop.media.vlc_backend import VlcBackend
        from desktop.media.vlc_loader import load_vlc

        loaded = load_vlc()
        if loaded.module is None:
            raise SystemExit(f"libVLC is not available: {loaded.error}")
        return VlcBackend(loaded)
    from desktop.media.qt_backend import QtBackend

    return QtBackend()


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def analyse(shown: list[tuple[float, int | None]], first: int, last: int) -> dict[str, Any]:
    """Wraps (a frame number lower than or equal to the one before) and everything else amiss."""
    errors: list[int] = []
    holds: list[float] = []
    intervals: list[float] = []
    anomalies = 0
    start_ok = bool(shown) and shown[0][1] == first
    for (t0, prev), (t1, cur) in itertools.pairwise(shown):
        if prev is None or cur is None:
            anomalies += 1
            continue
        if not first <= cur <= last:
            anomalies += 1
        if cur <= prev:
            errors.append(abs(prev - last) + abs(cur - first))
            holds.append((t1 - t0) * 1000)
        elif cur == prev + 1:
            intervals.append((t1 - t0) * 1000)
        else:
            anomalies += 1
    return {
        "loops": len(errors),
        "start_ok": start_ok,
        "errors": errors,
        "holds": holds,
        "intervals": intervals,
        "anomalies": anomalies,
    }


def run_backend(
    name: str, clip: Path, segment: tuple[int, int] | None, loops: int, rate: float
) -> dict[str, Any]:
    from desktop.domain import Segment
    from tests.numbered_clips import read_number

    first, end = segment if segment else (0, None)
    backend = make_backend(name)
    shown: list[tuple[float, int | None]] = []
    wraps = [0]

    def on_frame(image: Any) -> None:
        n = read_number(image)
        if shown and n is not None and shown[-1][1] is not None and n <= shown[-1][1]:
            wraps[0] += 1
        shown.append((time.monotonic(), n))

    backend.frameReady.connect(on_frame)
    backend.set_rate(rate)
    backend.load(clip, Segment(first / FPS, end / FPS) if end is not None else None)
    frames = (end - first) if end else None
    deadline = time.monotonic() + 60 + loops * (frames or 10) / (FPS * rate) * 2
    while wraps[0] < loops and time.monotonic() < deadline:
        wait(50)
    backend.close()
    backend.deleteLater()
    wait(100)
    return analyse(shown, first, (end - 1) if end else clip_frames(clip) - 1)


def run_marked(name: str, clip: Path, loops: int) -> dict[str, Any]:
    """Play the whole clip, press O on MARKED_OUT with the in mark on MARKED_IN, and watch the loop."""
    from desktop.content.clip_identity import clip_frames as read_frames
    from desktop.domain.marks import ClipFrames, Marks, place
    from tests.numbered_clips import read_number

    frames = read_frames(clip)
    assert isinstance(frames, ClipFrames), frames
    marks = place(Marks(), "in", MARKED_IN, frames, clip).marks
    backend = make_backend(name)
    shown: list[tuple[float, int | None]] = []
    pressed: list[float] = []

    def on_frame(image: Any) -> None:
        n = read_number(image)
        shown.append((time.monotonic(), n))
        if not pressed and n == MARKED_OUT:  # O, as the window does it: place the mark, play its loop
            loop = place(marks, "out", n, frames, clip).marks.loop(clip, frames)
            assert loop is not None
            pressed.append(time.monotonic())
            shown.clear()
            backend.play_loop(clip, loop.segment)

    backend.frameReady.connect(on_frame)
    backend.load(clip)
    loop_s = frames.end(MARKED_OUT) - frames.start(MARKED_IN)
    deadline = time.monotonic() + 60 + loops * loop_s * 2
    while time.monotonic() < deadline:
        numbers = [n for _, n in shown]
        if (
            sum(1 for a, b in itertools.pairwise(numbers) if a is not None and b is not None and b <= a)
            >= loops
        ):
            break
        wait(50)
    backend.close()
    backend.deleteLater()
    wait(100)
    result = analyse(shown, MARKED_IN, MARKED_OUT)
    first_wrap = next(
        (t1 for (_, a), (t1, b) in itertools.pairwise(shown) if a == MARKED_OUT and b == MARKED_IN), None
    )
    result["o_to_wrap"] = (first_wrap - pressed[0]) / loop_s if first_wrap is not None and pressed else None
    first_in = next((t for t, n in shown if n == MARKED_IN), None)
    result["o_to_in_ms"] = (first_in - pressed[0]) * 1000 if first_in is not None and pressed else None
    result["own_interval_ms"] = (frames.end(MARKED_OUT) - frames.start(MARKED_OUT)) * 1000
    result["variable"] = frames.variable
    return result


def clip_frames(clip: Path) -> int:
    return int(clip.stem.rsplit("-", 1)[-1])


class PlainVlc:
    """libVLC alone, with memory callbacks into three RV32 buffers and none of Supple's logic:
    `on_display(buffer)` is called from libVLC's display call."""

    def __init__(self, clip: Path, on_display: Any, repeat: bool = False) -> None:
        import vlc

        from desktop.media.vlc_loader import INSTANCE_ARGS
        from desktop.media.vlc_output import FORMAT_CB  # a writable chroma (it explains why)

        self.instance = vlc.Instance([*INSTANCE_ARGS, "--aout=dummy"])
        self.player = self.instance.media_player_new()
        width, height = SIZE
        buffers = [(ctypes.c_ubyte * (width * 4 * (height + 16)))() for _ in range(3)]
        state = {"next": 0}
        lock = threading.Lock()

        def on_format(opaque: Any, chroma: Any, w: Any, h: Any, pitches: Any, lines: Any) -> int:
            ctypes.memmove(chroma, b"RV32", 4)
            w[0], h[0] = width, height
            pitches[0], lines[0] = width * 4, height
            return 1

        def on_lock(opaque: Any, planes: Any) -> Any:
            with lock:
                i = state["next"]
                state["next"] = (i + 1) % len(buffers)
            planes[0] = ctypes.addressof(buffers[i])
            return ctypes.c_void_p(i + 1).value

        self._keep = [
            FORMAT_CB(on_format),
            vlc.CallbackDecorators.VideoCleanupCb(lambda opaque: None),
            vlc.CallbackDecorators.VideoLockCb(on_lock),
            vlc.CallbackDecorators.VideoUnlockCb(lambda opaque, picture, planes: None),
            vlc.CallbackDecorators.VideoDisplayCb(
                lambda opaque, picture: on_display(buffers[(picture or 1) - 1])
            ),
        ]
        cb = self._keep
        self.player.video_set_format_callbacks(
            ctypes.cast(cb[0], vlc.CallbackDecorators.VideoFormatCb), cb[1]
        )
        self.player.video_set_callbacks(cb[2], cb[3], cb[4], None)
        media = self.instance.media_new_path(str(clip))
        if repeat:
            media.add_option(":input-repeat=65535")
        self.player.set_media(media)
        self.player.play()

    def close(self) -> None:
        self.player.stop()
        self.player.release()
        self.instance.release()


def buffer_number(buf: Any) -> int:
    """The frame number drawn in an RV32 buffer of SIZE (as tests/numbered_clips.read_number)."""
    from tests.numbered_clips import BITS

    width, height = SIZE
    y = int(height * 0.5)
    block = width / (BITS + 2)
    n = 0
    for bit in range(BITS):
        o = (y * width + int((bit + 1.5) * block)) * 4
        n = (n << 1) | (1 if (buf[o] + buf[o + 1] + buf[o + 2]) / 3 >= 128 else 0)
    return n


def run_input_repeat(clip: Path, loops: int) -> dict[str, Any]:
    """libVLC's own whole-clip loop, read from its memory callbacks (no backend involved)."""
    shown: list[tuple[float, int | None]] = []
    plain = PlainVlc(clip, lambda buf: shown.append((time.monotonic(), buffer_number(buf))), repeat=True)
    frames = clip_frames(clip)
    deadline = time.monotonic() + 30 + loops * frames / FPS * 2
    while time.monotonic() < deadline:
        time.sleep(0.2)
        numbers = [n for _, n in shown]
        if (
            sum(1 for a, b in itertools.pairwise(numbers) if a is not None and b is not None and b <= a)
            >= loops
        ):
            break
    plain.close()
    return analyse(list(shown), 0, frames - 1)


def cpu_child(name: str, clip: str, seconds: float) -> None:
    """Play `clip` for `seconds` in this fresh process; print CPU share and peak memory as JSON."""
    app = make_app()
    count = [0]
    if name == "ref":
        backend = PlainVlc(Path(clip), lambda buf: count.__setitem__(0, count[0] + 1))
    else:
        backend = make_backend(name)
        backend.frameReady.connect(lambda image: count.__setitem__(0, count[0] + 1))
        backend.load(Path(clip))
    while count[0] < 5:
        wait(20)
    t0, c0 = time.monotonic(), time.process_time()
    frames0 = count[0]
    while time.monotonic() - t0 < seconds:
        wait(100)
    wall, cpu = time.monotonic() - t0, time.process_time() - c0
    hwm = next(
        int(line.split()[1]) / 1024
        for line in Path("/proc/self/status").read_text().splitlines()
        if line.startswith("VmHWM:")
    )
    frames = count[0] - frames0
    backend.close()
    del app
    print(json.dumps({"cpu": cpu / wall, "hwm_mb": hwm, "fps": frames / wall}))


def ms3(values: list[float]) -> str:
    if not values:
        return "-"
    return f"{statistics.median(values):.1f} / {pct(values, 0.95):.1f} / {max(values):.1f}"


def fr3(values: list[int]) -> str:
    if not values:
        return "-"
    return f"{statistics.median(values):g} / {pct([float(v) for v in values], 0.95):g} / {max(values)}"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--loops", type=int, default=200)
    parser.add_argument("--frames", type=int, default=6, help="frames in each loop")
    parser.add_argument("--rate", type=float, default=1.0)
    parser.add_argument("--cpu-runs", type=int, default=3)
    parser.add_argument("--cpu-seconds", type=float, default=15.0)
    parser.add_argument("--backends", default="vlc,qt")
    parser.add_argument("--marked-loops", type=int, default=100, help="loops per row of marked loops")
    parser.add_argument(
        "--only-marked", action="store_true", help="only the rows of loops marked with I and O"
    )
    parser.add_argument("--cpu-child", nargs=2, metavar=("BACKEND", "CLIP"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.cpu_child:
        cpu_child(args.cpu_child[0], args.cpu_child[1], args.cpu_seconds)
        return

    from tests.numbered_clips import make_numbered_clip

    make_app()
    backends = args.backends.split(",")
    folder = Path(tempfile.mkdtemp(prefix="loop-seam-"))
    print(f"Encoding 720p30 numbered clips in {folder} ...", file=sys.stderr)
    clips: dict[str, dict[int, Path]] = {}
    for kind, spec in KINDS.items():
        tag = str(spec["codec"]) + ("b" if spec["bframes"] else "")
        clips[kind] = {
            n: make_numbered_clip(
                folder / f"{tag}-{n}{spec['suffix']}", frames=n, size=SIZE,
                codec=str(spec["codec"]), bframes=bool(spec["bframes"]),
            )
            for n in (args.frames, SEGMENT_CLIP_FRAMES)
        }  # fmt: skip
    cpu_clip = make_numbered_clip(folder / f"cpu-{int(15 * FPS)}.mp4", frames=int(15 * FPS), size=SIZE)

    a = (SEGMENT_CLIP_FRAMES - args.frames) // 2
    rows = []
    labels = {"vlc": "libVLC (this backend)", "qt": "Qt Multimedia"}
    marked_clips = {
        kind: make_numbered_clip(
            folder / f"marked-{MARKED_FRAMES}{suffix}", frames=MARKED_FRAMES, size=SIZE, codec=codec,
            bframes=bframes, vfr_after=vfr,
        )
        for kind, (suffix, codec, bframes, vfr) in MARKED_KINDS.items()
    }  # fmt: skip
    marked_rows = []
    for name in backends:
        for kind, clip in marked_clips.items():
            print(f"{labels[name]}, {kind}, marked with I and O ...", file=sys.stderr)
            t0 = time.monotonic()
            marked_rows.append(
                (labels[name], kind, run_marked(name, clip, args.marked_loops), time.monotonic() - t0)
            )
    print_marked(marked_rows, args.marked_loops)
    if args.only_marked:
        return
    for name in backends:
        for kind in KINDS:
            for loop, clip, segment in (
                (f"whole clip [0, {args.frames})", clips[kind][args.frames], None),
                (f"segment [{a}, {a + args.frames})", clips[kind][SEGMENT_CLIP_FRAMES], (a, a + args.frames)),
            ):
                print(f"{labels[name]}, {kind}, {loop} ...", file=sys.stderr)
                t0 = time.monotonic()
                r = run_backend(name, clip, segment, args.loops, args.rate)
                rows.append((labels[name], kind, loop, args.rate, r, time.monotonic() - t0))
    if "vlc" in backends:
        for kind in KINDS:
            print(f"libVLC :input-repeat, {kind} ...", file=sys.stderr)
            t0 = time.monotonic()
            r = run_input_repeat(clips[kind][args.frames], args.loops)
            rows.append(
                (
                    "libVLC `:input-repeat` (reference)",
                    kind,
                    f"whole clip [0, {args.frames})",
                    1.0,
                    r,
                    time.monotonic() - t0,
                )
            )

    print(f"\n### Loop seams, 720p30, {args.loops} loops per row\n")
    print(
        "| backend | clip | loop | rate | loops | boundary error, frames (median / p95 / max) "
        "| last-frame hold, ms (median / p95 / max) | frame interval in the loop, ms (median / p95) "
        "| other anomalies | starts on A |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    for label, kind, loop, rate, r, _ in rows:
        iv = r["intervals"]
        ivs = f"{statistics.median(iv):.1f} / {pct(iv, 0.95):.1f}" if iv else "-"
        print(
            f"| {label} | {kind} | {loop} | {rate:g}x | {r['loops']} | {fr3(r['errors'])} | {ms3(r['holds'])} "
            f"| {ivs} | {r['anomalies']} | {'yes' if r['start_ok'] else 'no'} |"
        )
    print("\nOne frame interval is 33.3 ms at 1x. Hold: delivery of the last frame before the wrap to"
          " delivery of the first after it; the reference row uses libVLC's display call instead.")  # fmt: skip

    print(
        f"\n### CPU and memory, 720p30 H.264 clip played {args.cpu_seconds:g} s (median of {args.cpu_runs})\n"
    )
    print("| backend | CPU, share of one core | ×ref | peak memory (VmHWM), MB | ×ref | frames per second |")
    print("|---|---|---|---|---|---|")
    ref: dict[str, float] = {}
    labels["ref"] = "reference: libVLC alone, memory callbacks, no Supple logic"
    for name in ["ref", *backends]:
        results = []
        for _ in range(args.cpu_runs):
            out = subprocess.run(
                [sys.executable, __file__, "--cpu-child", name, str(cpu_clip), "--cpu-seconds", str(args.cpu_seconds)],
                capture_output=True, text=True, check=True,
            )  # fmt: skip
            results.append(json.loads(out.stdout.strip().splitlines()[-1]))
        cpu = statistics.median(r["cpu"] for r in results)
        hwm = statistics.median(r["hwm_mb"] for r in results)
        fps = statistics.median(r["fps"] for r in results)
        ref = ref or {"cpu": cpu, "hwm": hwm}
        print(
            f"| {labels[name]} | {cpu * 100:.1f}% | {cpu / ref['cpu']:.2f} | {hwm:.0f} | {hwm / ref['hwm']:.2f} "
            f"| {fps:.1f} |"
        )
    print(f"\nTotal run time {sum(r[5] for r in rows) / 60:.1f} min for the seam rows.", file=sys.stderr)


def print_marked(rows: list[tuple[str, str, dict[str, Any], float]], loops: int) -> None:
    print(
        f"\n### Loops marked with I and O, frames {MARKED_IN}-{MARKED_OUT} (inclusive), 720p, {loops} loops per row\n"
    )
    print(
        "| backend | clip | loops | boundary error, frames (median / p95 / max) "
        "| last-frame hold, ms (median / p95 / max) | the out frame's own interval, ms | median hold within it "
        "| other anomalies | starts on the in frame | O to first wrap, × loop length | O to the in frame, ms |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for label, kind, r, _ in rows:
        own = r["own_interval_ms"]
        within = bool(r["holds"]) and abs(statistics.median(r["holds"]) - own) <= own / 2
        ratio = f"{r['o_to_wrap']:.2f}" if r["o_to_wrap"] is not None else "never"
        to_in = f"{r['o_to_in_ms']:.0f}" if r["o_to_in_ms"] is not None else "never"
        print(
            f"| {label} | {kind} | {r['loops']} | {fr3(r['errors'])} | {ms3(r['holds'])} | {own:.1f} "
            f"| {'yes' if within else 'no'} | {r['anomalies']} | {'yes' if r['start_ok'] else 'no'} | {ratio} "
            f"| {to_in} |"
        )
    print(
        "\nWithin: the median hold of the out frame is its own interval give or take half of it (a frame"
        " dropped or shown twice would be off by a whole interval)."
    )


if __name__ == "__main__":
    main()
