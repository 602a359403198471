"""Start-up: process start to window shown and to the first video frame painted, per backend.

    .venv/bin/python bench/startup.py [--runs 5] [--file ROUTINE_OR_CLIP]

Runs the real `supple` on a private Xvfb screen, reads the milestones the app writes to
SUPPLE_STARTUP_REPORT, and times `python -c "import PySide6.QtWidgets"` in the same run as the
reference. Peak memory is the process's VmHWM after 3 s of playing. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.xvfb import Xvfb  # noqa: E402


def time_reference(runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import PySide6.QtWidgets"], check=True)
        out.append(time.perf_counter() - t0)
    return out


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def one_run(display: str, backend: str, target: Path | None) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.jsonl"
        env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
        env.update(DISPLAY=display, SUPPLE_STARTUP_REPORT=str(report), SUPPLE_VLC_ARGS="--aout=dummy")
        cmd = [str(Path(sys.executable).with_name("supple")), "--data-dir", tmp, "--backend", backend]
        if target is not None:
            cmd.append(str(target))
        t0 = time.time()
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        events: dict[str, float] = {}
        deadline = time.monotonic() + 60
        while "first-frame" not in events and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.02)
            if report.exists():
                for line in report.read_text().splitlines():
                    entry = json.loads(line)
                    events[entry["event"]] = entry["t"] - t0
        time.sleep(3)
        rss = peak_rss_mb(proc.pid) if proc.poll() is None else float("nan")
        proc.send_signal(signal.SIGTERM)
        proc.wait(20)
        return {
            "window": events.get("window-shown", float("nan")),
            "frame": events.get("first-frame", float("nan")),
            "rss": rss,
        }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--file", type=Path, default=None, help="routine or clip (default: the bundled routine)")
    opts = ap.parse_args()
    reference = statistics.median(time_reference(opts.runs))
    rows = []
    with Xvfb("1280x800x24") as display:
        for backend in ("vlc", "qt"):
            runs = [one_run(display, backend, opts.file) for _ in range(opts.runs)]
            window = statistics.median(r["window"] for r in runs)
            frame = statistics.median(r["frame"] for r in runs)
            rss = statistics.median(r["rss"] for r in runs)
            rows.append((backend, window, frame, rss))
    what = opts.file.name if opts.file else "bundled routine"
    print(f"\nStart-up of `supple` ({what}), median of {opts.runs} runs, Xvfb 1280x800\n")
    print("| backend | window shown | ×ref | first frame painted | ×ref | peak RSS while playing |")
    print("|---|---:|---:|---:|---:|---:|")
    print(f'| reference: `python -c "import PySide6.QtWidgets"` | {reference * 1000:.0f} ms | 1.00 | | | |')
    for backend, window, frame, rss in rows:
        print(
            f"| {backend} | {window * 1000:.0f} ms | {window / reference:.2f} | {frame * 1000:.0f} ms "
            f"| {frame / reference:.2f} | {rss:.0f} MB |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
