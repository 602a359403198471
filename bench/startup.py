"""Start-up and memory: process start to window shown and to the first video frame painted, and
the peak memory while playing, per backend, against bare players measured in the same run.

    .venv/bin/python bench/startup.py [--runs 5] [--file ROUTINE_OR_CLIP] [--play-seconds 3]

Runs the real `supple` on a private Xvfb screen, reads the milestones the app writes to
SUPPLE_STARTUP_REPORT, and times `python -c "import PySide6.QtWidgets"` in each round of the same
run as the reference of the times. Memory is the whole of what was started: the proportional set size (PSS)
of the process plus every process it starts, sampled every 50 ms from launch until --play-seconds
after the first frame; the peak of that sum is reported (and the process's own VmHWM). The memory
references (bench/references.py) play the first clip of the same routine and are measured the
same way: libVLC alone with memory callbacks, libVLC drawing into its own X11 window in a bare
PySide6 window, and a bare QMediaPlayer with a QVideoSink. Each figure is the median of --runs;
runs of Supple and of the references alternate, so that the load of a shared machine falls on
both alike. Supple's modules are compiled to bytecode first, as an installed Supple has them.
Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import shutil
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

#: Memory references, by the backend they stand for: (kind in bench/references.py, label).
REFERENCES = {
    "vlc": [
        ("vlc-callbacks", "libVLC alone, memory callbacks"),
        ("vlc-window", "libVLC in its own X11 window, bare PySide6 window"),
    ],
    "qt": [("qt-sink", "bare QMediaPlayer + QVideoSink")],
}


def time_reference(runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import PySide6.QtWidgets"], check=True)
        out.append(time.perf_counter() - t0)
    return out


def tree(pid: int) -> list[int]:
    """`pid` and every process under it."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo += children.get(p, [])
    return out


def pss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


#: Where the memory of a process is, by mapping (bench/startup.py --breakdown): label, test of a
#: mapping's name. Anonymous memory is everything allocated (Python's objects and modules, Qt's
#: widgets and images, libVLC's decoder and pictures): which of them owns it the mapping cannot tell.
KINDS_OF_MEMORY = (
    (
        "allocated (heap and anonymous)",
        lambda name: name in ("[heap]", "", "[stack]") or name.startswith("[anon"),
    ),
    (
        "picture buffers (shared mappings)",
        lambda name: name.startswith("/dev/zero") or name.startswith("/memfd:"),
    ),
    ("Qt and PySide6 libraries", lambda name: "PySide6" in name or "shiboken6" in name),
    (
        "libVLC, FFmpeg and codecs",
        lambda name: (
            "/vlc/" in name or "libvlc" in name or "av.libs" in name or "/libav" in name or "/libsw" in name
        ),
    ),
    ("Python and its modules' libraries", lambda name: "python3" in name),
    ("other libraries and files", lambda name: True),
)


def memory_by_kind(pids: list[int]) -> dict[str, float]:
    """PSS in MB of the processes `pids`, by KINDS_OF_MEMORY."""
    out = dict.fromkeys((label for label, _ in KINDS_OF_MEMORY), 0.0)
    for pid in pids:
        try:
            text = Path(f"/proc/{pid}/smaps").read_text()
        except OSError:
            continue
        name = ""
        for line in text.splitlines():
            head = line.split(maxsplit=5)
            if len(head) >= 5 and "-" in head[0] and not head[0].endswith(":"):
                name = head[5].strip() if len(head) > 5 else ""
            elif line.startswith("Pss:"):
                label = next(label for label, test in KINDS_OF_MEMORY if test(name))
                out[label] += int(line.split()[1]) / 1024
    return out


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def launch(cmd: list[str], display: str, play_seconds: float, data: Path | None = None) -> dict[str, float]:
    """Run `cmd` until `play_seconds` after its first frame; its milestones and peak memory.

    `{tmp}` in `cmd` is a fresh folder: a copy of `data` when given."""
    with tempfile.TemporaryDirectory() as tmp:
        if data is not None:
            shutil.copytree(data, tmp, dirs_exist_ok=True)
        report = Path(tmp) / "report.jsonl"
        env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
        env.update(DISPLAY=display, SUPPLE_STARTUP_REPORT=str(report), SUPPLE_VLC_ARGS="--aout=dummy")
        cmd = [part.replace("{tmp}", tmp) for part in cmd]
        t0 = time.time()
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        events: dict[str, float] = {}
        peak = 0.0
        deadline = time.monotonic() + 60
        stop_at: float | None = None
        while proc.poll() is None and time.monotonic() < (stop_at or deadline):
            time.sleep(0.05)
            peak = max(peak, sum(pss_mb(p) for p in tree(proc.pid)))
            if stop_at is None and report.exists():
                for line in report.read_text().splitlines():
                    entry = json.loads(line)
                    events.setdefault(entry["event"], entry["t"] - t0)
                if "first-frame" in events:
                    stop_at = time.monotonic() + play_seconds
        rss = peak_rss_mb(proc.pid) if proc.poll() is None else float("nan")
        kinds = memory_by_kind(tree(proc.pid)) if proc.poll() is None else {}
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        return {
            "window": events.get("window-shown", float("nan")),
            "frame": events.get("first-frame", float("nan")),
            "pss": peak if stop_at is not None else float("nan"),
            "rss": rss,
            **{f"kind:{label}": mb for label, mb in kinds.items()},
        }


def first_clip(target: Path | None) -> Path:
    """The clip Supple shows first for `target` (the bundled routine when None)."""
    if target is not None and not target.name.endswith(".json"):
        return target
    from desktop.content import load_routine
    from desktop.content.bundled import bundled_routine_path

    routine = load_routine(target or bundled_routine_path())
    return Path(routine.clips[routine.steps[0].clip].file)


def used_data_folder(folder: Path, target: Path | None) -> Path:
    """A data folder as Supple leaves it after the routine was played once: its database made and
    checked, and the frames of the routine's clips read (desktop.content.frames_cache)."""
    from desktop.content import clip_identity, load_routine
    from desktop.content.bundled import bundled_routine_path
    from desktop.paths import data_paths
    from desktop.store import open_store

    paths = data_paths(str(folder))
    paths.ensure()
    for _ in range(2):  # the second start finds the database made and today's backup written
        open_store(paths).close()
    clip_identity.use_cache(paths.cache / "clip-frames")
    if target is not None and not target.name.endswith(".json"):
        clip_identity.clip_frames(target)
    else:
        for clip in load_routine(target or bundled_routine_path()).clips.values():
            clip_identity.clip_frames(Path(clip.file))
    return folder


def med(runs: list[dict[str, float]], key: str) -> float:
    return statistics.median(r[key] for r in runs)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--file", type=Path, default=None, help="routine or clip (default: the bundled routine)")
    ap.add_argument("--play-seconds", type=float, default=3.0, help="how long to play after the first frame")
    ap.add_argument("--backends", default="vlc,qt")
    ap.add_argument(
        "--breakdown", action="store_true", help="also print where the memory is, by kind of mapping"
    )
    ap.add_argument(
        "--first-start",
        action="store_true",
        help="start with an empty data folder (default: one Supple has opened before, the usual start)",
    )
    opts = ap.parse_args()
    backends = opts.backends.split(",")
    # Supple's bytecode, as an installed Supple has it: with PYTHONDONTWRITEBYTECODE set (or a
    # source tree Python cannot write to), every start would compile each changed module again.
    compileall.compile_dir(ROOT / "desktop", quiet=1)
    clip = first_clip(opts.file)
    supple = str(Path(sys.executable).with_name("supple"))
    refs_py = str(ROOT / "bench" / "references.py")
    results: dict[str, list[dict[str, float]]] = {}
    data = (
        None
        if opts.first_start
        else used_data_folder(Path(tempfile.mkdtemp(prefix="supple-bench-data-")), opts.file)
    )
    with Xvfb("1280x800x24") as display:
        times: list[float] = []
        for _ in range(opts.runs):
            times += time_reference(1)  # in each round, so that it meets the same load as the others
            for backend in backends:
                cmd = [supple, "--data-dir", "{tmp}", "--backend", backend]
                if opts.file is not None:
                    cmd.append(str(opts.file))
                results.setdefault(backend, []).append(launch(cmd, display, opts.play_seconds, data))
                for kind, _label in REFERENCES[backend]:
                    cmd = [sys.executable, refs_py, kind, str(clip)]
                    results.setdefault(kind, []).append(launch(cmd, display, opts.play_seconds))
    reference = statistics.median(times)
    what = opts.file.name if opts.file else "bundled routine"
    what += ", first start" if opts.first_start else ", a data folder opened before"
    print(f"\nStart-up and memory of `supple` ({what}), median of {opts.runs} runs, Xvfb 1280x800\n")
    print(
        "| backend | window shown | ×ref | first frame painted | ×ref "
        "| peak PSS while playing (process + children) | ×memory ref | peak RSS (VmHWM) |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    print(
        f'| reference: `python -c "import PySide6.QtWidgets"` | {reference * 1000:.0f} ms | 1.00 | | | | | |'
    )
    for backend in backends:
        runs = results[backend]
        window, frame, pss = med(runs, "window"), med(runs, "frame"), med(runs, "pss")
        ratios = " / ".join(f"{pss / med(results[kind], 'pss'):.2f}" for kind, _ in REFERENCES[backend])
        print(
            f"| {backend} | {window * 1000:.0f} ms | {window / reference:.2f} | {frame * 1000:.0f} ms "
            f"| {frame / reference:.2f} | {pss:.0f} MB | {ratios} | {med(runs, 'rss'):.0f} MB |"
        )
        for kind, label in REFERENCES[backend]:
            runs = results[kind]
            frame, pss = med(runs, "frame"), med(runs, "pss")
            print(
                f"| memory ref ({backend}): {label} | | | {frame * 1000:.0f} ms | {frame / reference:.2f} "
                f"| {pss:.0f} MB | | {med(runs, 'rss'):.0f} MB |"
            )
    print(
        f"\n×memory ref: Supple's peak PSS over each reference's, in the order listed under it; "
        f"memory references play {clip.name}."
    )
    if opts.breakdown:
        print_breakdown(results, backends)
    return 0


def print_breakdown(results: dict[str, list[dict[str, float]]], backends: list[str]) -> None:
    """Where the memory is at the end of each run (--play-seconds after the first frame)."""
    rows = [(backend, backend) for backend in backends]
    for backend in backends:
        rows += [(kind, f"ref: {label}") for kind, label in REFERENCES[backend]]
    print("\nWhere the memory is at the end of the run (PSS in MB, median of the runs):\n")
    labels = [label for label, _ in KINDS_OF_MEMORY]
    print("| | " + " | ".join(labels) + " | total |")
    print("|---|" + "---:|" * (len(labels) + 1))
    for key, name in rows:
        values = [
            statistics.median(r.get(f"kind:{label}", float("nan")) for r in results[key]) for label in labels
        ]
        print(f"| {name} | " + " | ".join(f"{v:.1f}" for v in values) + f" | {sum(values):.1f} |")


if __name__ == "__main__":
    raise SystemExit(main())
