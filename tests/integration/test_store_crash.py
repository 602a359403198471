"""kill -9 at random moments loses no acknowledged step record and never corrupts the file;
two processes writing at once wait for each other instead of failing with "database is locked"."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.paths import data_paths
from desktop.store import open_store

HELPER = Path(__file__).with_name("store_crash_writer.py")
ITERATIONS = 20

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")


def acknowledged(stdout: str) -> set[int]:
    """Ids on complete lines; a line cut off by the kill is not an acknowledgement."""
    complete = stdout.split("\n")[:-1]
    return {int(line) for line in complete if line.isdigit()}


def stored_ids(db: Path) -> set[int]:
    conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return {r[0] for r in conn.execute("SELECT id FROM step_records")}
    finally:
        conn.close()


def spawn(data: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(HELPER), str(data), *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_sigkill_at_random_moments_loses_no_acknowledged_record(tmp_path: Path) -> None:
    data = tmp_path / "data"
    seed = int.from_bytes(os.urandom(4), "big")
    rng = random.Random(seed)
    acked: set[int] = set()
    for i in range(ITERATIONS):
        mode = ("sync", "writer")[i % 2]
        with spawn(data, mode) as child:
            if i % 4 == 3:
                time.sleep(rng.uniform(0.0, 0.6))  # anywhere from start-up (backup, checks) onwards
            else:
                assert child.stdout is not None and child.stdout.readline() == "ready\n"
                time.sleep(rng.uniform(0.0, 0.25))
            child.send_signal(signal.SIGKILL)
            out, err = child.communicate()
        assert child.returncode == -signal.SIGKILL, err
        acked |= acknowledged(out)
        if data.joinpath("supple.sqlite3").exists():
            missing = acked - stored_ids(data / "supple.sqlite3")
            assert not missing, (
                f"seed {seed}, iteration {i} ({mode}): acknowledged but lost: {sorted(missing)}"
            )
    assert len(acked) > ITERATIONS, "the children hardly wrote anything: the test proved nothing"
    with open_store(data_paths(data)) as store:
        assert store.recovery is None
        assert acked <= {e.id for e in store.history.iter_entries()}


def test_two_processes_writing_at_once_do_not_fail_with_database_is_locked(tmp_path: Path) -> None:
    data = tmp_path / "data"
    open_store(data_paths(data).ensure()).close()
    children = [spawn(data, "sync", "200", "--wait"), spawn(data, "writer", "200", "--wait")]
    try:
        for child in children:
            assert child.stdout is not None and child.stdout.readline() == "ready\n"
        for child in children:  # both start writing at the same moment
            assert child.stdin is not None
            child.stdin.write("go\n")
            child.stdin.flush()
        results = [child.communicate(timeout=60) for child in children]
    finally:
        for child in children:
            if child.poll() is None:
                child.kill()
            child.wait()
    ids: list[set[int]] = []
    for child, (out, err) in zip(children, results, strict=True):
        assert child.returncode == 0, err
        assert "locked" not in err and "error" not in out
        assert out.endswith("done\n")
        ids.append(acknowledged(out))
    assert len(ids[0]) == len(ids[1]) == 200 and not ids[0] & ids[1]
    assert stored_ids(data / "supple.sqlite3") == ids[0] | ids[1]
