"""The real `supple` process: backend fallback, one instance per data folder, --play and history."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.numbered_clips import make_numbered_clip

SUPPLE = str(Path(sys.executable).with_name("supple"))


def events(report: Path) -> list[dict]:
    return [json.loads(line) for line in report.read_text().splitlines()] if report.exists() else []


def wait_for(predicate, proc: subprocess.Popen[bytes] | None = None, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if proc is not None and proc.poll() is not None:
            raise AssertionError(
                f"supple exited with {proc.returncode}: {proc.stdout.read().decode() if proc.stdout else ''}"
            )
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.1)


def start(data: Path, *args: str, report: Path | None = None, **env: str) -> subprocess.Popen[bytes]:
    full_env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **env)
    if report is not None:
        full_env["SUPPLE_STARTUP_REPORT"] = str(report)
    return subprocess.Popen([SUPPLE, "--data-dir", str(data), *args], env=full_env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)  # fmt: skip


def stop(proc: subprocess.Popen[bytes]) -> str:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
    out = proc.communicate(timeout=30)[0].decode(errors="replace")
    assert proc.returncode == 0, out
    return out


@pytest.fixture(scope="module")
def clip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_numbered_clip(tmp_path_factory.mktemp("app") / "demo.mp4", frames=60)


def test_without_a_loadable_libvlc_it_plays_on_qt_and_says_so_once(tmp_path: Path, clip: Path) -> None:
    data = tmp_path / "data"
    for run in (1, 2):
        report = tmp_path / f"report-{run}.jsonl"
        # A wrong PYTHON_VLC_LIB_PATH makes python-vlc call sys.exit(1) at import.
        proc = start(data, str(clip), report=report, PYTHON_VLC_LIB_PATH="/nonexistent/libvlc.so.5")
        wait_for(lambda r=report: any(e["event"] == "first-frame" for e in events(r)), proc)
        stop(proc)
        seen = events(report)
        assert [e["name"] for e in seen if e["event"] == "backend"] == ["Qt Multimedia"]
        shown = [e for e in seen if e["event"] == "notice-shown"]
        assert len(shown) == (1 if run == 1 else 0)
    log = (data / "logs" / "supple.log").read_text()
    assert "Playing with Qt Multimedia because libVLC is not available" in log
    assert "install VLC" in log


def test_a_second_launch_hands_its_file_over_and_a_killed_one_never_blocks(
    tmp_path: Path, clip: Path
) -> None:
    data = tmp_path / "data"
    report = tmp_path / "first.jsonl"
    first = start(data, "--backend", "qt", report=report)
    wait_for(lambda: any(e["event"] == "store-open" for e in events(report)), first)
    second = subprocess.run([SUPPLE, "--data-dir", str(data), str(clip)], env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
                            capture_output=True, text=True, timeout=60)  # fmt: skip
    assert second.returncode == 0, second.stdout + second.stderr
    log = data / "logs" / "supple.log"
    wait_for(lambda: f"another launch asked to open {clip}" in log.read_text(), first)
    first.kill()  # SIGKILL: the lock file and the socket are left behind
    first.communicate(timeout=10)
    assert (data / "supple.lock").exists()
    report = tmp_path / "third.jsonl"
    third = start(data, "--backend", "qt", str(clip), report=report)
    wait_for(lambda: any(e["event"] == "store-open" for e in events(report)), third)
    stop(third)


def test_play_runs_the_session_and_history_lists_every_piece(tmp_path: Path, clip: Path) -> None:
    (tmp_path / clip.name).write_bytes(clip.read_bytes())
    routine = tmp_path / "quick.supple.json"
    routine.write_text(json.dumps({
        "format": "supple.routine/1", "id": "quick", "title": "Quick check",
        "clips": {"c": {"file": clip.name}},
        "steps": [{"id": "reach", "title": "Reach", "clip": "c", "hold": 1, "sides": "both", "prepare": 0}],
    }))  # fmt: skip
    data = tmp_path / "data"
    proc = start(data, "--backend", "qt", "--play", str(routine))

    def history() -> list[dict]:
        out = subprocess.run([SUPPLE, "--data-dir", str(data), "history", "--format", "json"],
                             capture_output=True, text=True, timeout=60)  # fmt: skip
        return json.loads(out.stdout) if out.returncode == 0 and out.stdout.strip() else []

    wait_for(lambda: len(history()) >= 2, proc, timeout=90)
    stop(proc)
    rows = history()
    assert [(r["step_id"], r["side"], r["outcome"]) for r in rows] == [
        ("reach", "left", "done"),
        ("reach", "right", "done"),
    ]
    assert all(r["routine_id"] == "quick" and r["session_title"] == "Quick check" for r in rows)
    assert all(0.9 <= r["actual_seconds"] <= 1.5 for r in rows)


def test_the_store_is_checked_after_the_first_frame_and_damage_from_before_is_repaired(
    tmp_path: Path, clip: Path
) -> None:
    """The quick check that finds damage left after a clean shutdown waits for the first frame."""
    import sqlite3

    from desktop.paths import data_paths
    from desktop.store import open_store

    data = tmp_path / "data"
    paths = data_paths(data).ensure()
    open_store(paths).close()
    open_store(paths).close()  # the second start made the first backup
    conn = sqlite3.connect(paths.database)
    page_size, root = (
        conn.execute("PRAGMA page_size").fetchone()[0],
        conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'step_records'").fetchone()[0],
    )
    conn.close()
    with paths.database.open("r+b") as f:  # damage after a clean shutdown: a zeroed page
        f.seek((root - 1) * page_size)
        f.write(bytes(page_size))

    report = tmp_path / "report.jsonl"
    proc = start(data, "--backend", "qt", str(clip), report=report)
    wait_for(lambda: any(e["event"] == "store-open" for e in events(report)), proc)
    out = stop(proc)
    assert list(data.glob("supple.sqlite3.corrupt-*")), out  # set aside, the backup restored
    assert "database recovered" in (data / "logs" / "supple.log").read_text()
    t = {e["event"]: e["t"] for e in events(report)}
    assert t["first-frame"] <= t["store-check"] <= t["store-open"]


@pytest.mark.parametrize("backend", ["vlc", "qt"])
def test_nothing_the_first_frame_does_not_need_is_loaded_before_it(
    request: pytest.FixtureRequest, tmp_path: Path, backend: str
) -> None:
    """The bundled routine's first frame: no SQLAlchemy (the store opens after it), no jsonschema
    (the bundled routine's schema check is known), no PyAV; and the window shows before QtNetwork
    (remote control is off: its server is made when it is turned on)."""
    from desktop.app import DEFERRED_LIBRARIES

    if backend == "vlc":
        request.getfixturevalue("require_vlc")
    report = tmp_path / "report.jsonl"
    proc = start(tmp_path / "data", "--backend", backend, report=report, SUPPLE_VLC_ARGS="--aout=dummy")
    wait_for(lambda: any(e["event"] == "store-open" for e in events(report)), proc)
    stop(proc)
    loaded = {e["event"]: e["loaded"] for e in events(report)}
    assert loaded["window-shown"] == []
    assert [name for name in loaded["first-frame"] if name in DEFERRED_LIBRARIES] == []
    assert "sqlalchemy" in loaded["store-open"]


def test_a_second_start_knows_the_clips_frames_without_pyav(tmp_path: Path, clip: Path) -> None:
    """The first start reads the clip's frames with PyAV and keeps them in the data folder; the next
    one on the same folder reads them from there, and never imports PyAV."""
    data, loaded = tmp_path / "data", []
    for run in (1, 2):
        report = tmp_path / f"report-{run}.jsonl"
        proc = start(data, "--backend", "qt", str(clip), report=report)
        wait_for(lambda r=report: any(e["event"] == "clip-read" for e in events(r)), proc)
        stop(proc)
        loaded.append({e["event"]: e["loaded"] for e in events(report)}["clip-read"])
    assert "av" in loaded[0] and "av" not in loaded[1]
    assert len(list((data / "cache" / "clip-frames").glob("*.json"))) == 1


def test_a_read_only_data_folder_still_opens_the_window_and_says_history_cannot_be_saved(
    tmp_path: Path, clip: Path
) -> None:
    from desktop.paths import data_paths
    from tests.integration.test_store_filesystem import write_history
    from tests.mounts import remount, tmpfs

    with tmpfs(tmp_path / "mnt", "4m") as mnt:
        paths = data_paths(mnt / "data").ensure()
        write_history(paths, 2)
        (paths.logs / "supple.log").unlink(missing_ok=True)
        remount(mnt, read_only=True)
        try:
            report = tmp_path / "report.jsonl"
            proc = start(paths.root, "--backend", "qt", str(clip), report=report)
            wait_for(lambda: any(e["event"] == "store-open" for e in events(report)), proc)
            out = stop(proc)
        finally:
            remount(mnt, read_only=False)
    assert f"History cannot be saved: the data folder {paths.root} is read-only" in out
    assert "Traceback" not in out and "Logging error" not in out, out


def test_without_a_display_it_says_so_in_one_line_and_exits_2(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    out = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(tmp_path / "data")], env=env,
                         capture_output=True, text=True, timeout=60)  # fmt: skip
    assert out.returncode == 2, out.stdout + out.stderr
    assert out.stderr.strip().splitlines() == [
        "supple: error: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set): "
        "start Supple in a desktop session"
    ]
    assert "Reinstalling" not in out.stdout + out.stderr
