"""The store on file systems that refuse: read-only folders and files, a full disk, unusable paths.

Read-only and full are real (mounts; see tests/mounts.py), so they hold for root too.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.domain import Outcome, SessionRecord, Side
from desktop.paths import DataPaths, data_paths
from desktop.store import HistoryWriteError, ReadOnlyStoreError, StoreError, open_store, print_history
from desktop.store.store import MARKER_NAME
from tests.mounts import fill, read_only_file, remount, tmpfs

T0 = datetime(2026, 5, 9, 7, 30, tzinfo=UTC)
SUPPLE = [sys.executable, "-m", "desktop"]
#: What a message for a person must never contain: SQL, bound parameters, SQLAlchemy's help links.
LEAKS = ("[SQL", "[parameters", "sqlalche.me", "INSERT INTO", "SELECT ", "Background on this error")


def record(session_id: str, n: int) -> SessionRecord:
    t = T0 + timedelta(seconds=30 * n)
    return SessionRecord("hips", f"s{n}", Side.LEFT, 1, Outcome.DONE, 30.0, 30.0, None, t, t, session_id)


def write_history(paths: DataPaths, count: int) -> None:
    with open_store(paths) as store:
        sid = store.history.start_session("Morning", started_at=T0)
        for n in range(count):
            store.history.record_step(record(sid, n))


def history_json(data: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*SUPPLE, "--data-dir", str(data), "history", "--format", "json"],
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.fixture
def mounted(tmp_path: Path) -> Iterator[DataPaths]:
    """A data folder on its own small tmpfs."""
    with tmpfs(tmp_path / "mnt", "2m") as folder:
        yield data_paths(folder / "data").ensure()


# -- read-only ------------------------------------------------------------------------------------


def assert_read_only_with_history(paths: DataPaths, steps: set[str], where: str) -> None:
    with open_store(paths) as store:
        assert store.read_only
        assert store.notice is not None
        assert "History cannot be saved" in str(store.notice) and where in str(store.notice)
        assert {e.record.step_id for e in store.history.entries()} == steps
        with pytest.raises(ReadOnlyStoreError):
            store.history_writer()
        with pytest.raises(ReadOnlyStoreError):
            store.history.start_session("refused")
    out, err = io.StringIO(), io.StringIO()
    assert print_history(paths, "csv", out, err) == 0, err.getvalue()
    assert len(out.getvalue().splitlines()) == 1 + len(steps)
    cli = history_json(paths.root)
    assert cli.returncode == 0, cli.stderr
    assert {row["step_id"] for row in json.loads(cli.stdout)} == steps


def test_a_read_only_data_folder_opens_read_only_and_shows_history(mounted: DataPaths) -> None:
    write_history(mounted, 3)
    assert not Path(f"{mounted.database}-shm").exists()  # closed cleanly: SQLite removed -wal and -shm
    remount(mounted.root.parent, read_only=True)
    try:
        assert_read_only_with_history(
            mounted, {"s0", "s1", "s2"}, f"the data folder {mounted.root} is read-only"
        )
    finally:
        remount(mounted.root.parent, read_only=False)


def crash_with_records_in_the_wal(paths: DataPaths, count: int) -> None:
    """A process that records and is killed: the records are only in the -wal."""
    code = (
        "import os, sys\n"
        "from tests.integration.test_store_filesystem import record, T0\n"
        "from desktop.paths import data_paths\n"
        "from desktop.store import open_store\n"
        "store = open_store(data_paths(sys.argv[1]))\n"
        "sid = store.history.start_session('Crashed', started_at=T0)\n"
        "for n in range(int(sys.argv[2])):\n"
        "    store.history.record_step(record(sid, n))\n"
        "os._exit(9)\n"
    )
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    done = subprocess.run([sys.executable, "-c", code, str(paths.root), str(count)], env=env, check=False)
    assert done.returncode == 9
    assert os.path.getsize(f"{paths.database}-wal") > 0 and (paths.root / MARKER_NAME).exists()


@pytest.mark.parametrize("shm", [True, False], ids=["with its -shm", "without a -shm"])
def test_a_read_only_folder_after_a_crash_shows_the_records_still_in_the_wal(
    mounted: DataPaths, shm: bool
) -> None:
    write_history(mounted, 0)
    crash_with_records_in_the_wal(mounted, 4)
    if not shm:
        Path(f"{mounted.database}-shm").unlink()  # e.g. copied by a tool that skips it
    remount(mounted.root.parent, read_only=True)
    try:
        assert_read_only_with_history(mounted, {"s0", "s1", "s2", "s3"}, "is read-only")
    finally:
        remount(mounted.root.parent, read_only=False)


def test_a_read_only_database_file_opens_read_only_and_shows_history(mounted: DataPaths) -> None:
    write_history(mounted, 2)
    with read_only_file(mounted.database):
        assert_read_only_with_history(
            mounted, {"s0", "s1"}, f"the database file {mounted.database} is read-only"
        )


def test_a_read_only_folder_without_a_database_says_so(mounted: DataPaths) -> None:
    remount(mounted.root.parent, read_only=True)
    try:
        with pytest.raises(StoreError, match=r"History cannot be saved: the data folder .* is read-only"):
            open_store(mounted)
    finally:
        remount(mounted.root.parent, read_only=False)


# -- a full disk ----------------------------------------------------------------------------------


def test_a_full_disk_is_reported_for_each_step_not_saved_and_the_writer_recovers(mounted: DataPaths) -> None:
    errors: list[HistoryWriteError] = []
    with open_store(mounted) as store:
        writer = store.history_writer(on_error=errors.append)
        sid = writer.start_session("Morning", started_at=T0)
        writer.submit(record(sid, 0))
        assert writer.flush(timeout=30) and not errors
        filler = fill(mounted.root.parent)
        for n in range(1, 4):
            writer.submit(record(sid, n))
        assert writer.flush(timeout=30)
        assert len(errors) == 3 == writer.failed_records
        assert [e.item for e in errors] == [record(sid, n) for n in range(1, 4)]
        message = str(errors[0])
        assert message == "Could not save step s1 (left side, set 1) to history: the disk is full."
        assert not any(leak in message for leak in LEAKS)
        filler.unlink()  # space again: the writer goes on
        writer.submit(record(sid, 4))
        assert writer.flush(timeout=30)
        assert len(errors) == 3
        assert [e.record.step_id for e in store.history.entries(newest_first=False)] == ["s0", "s4"]


# -- unusable paths ---------------------------------------------------------------------------------


def make_folder_database(data: Path) -> str:
    (data / "supple.sqlite3").mkdir(parents=True)
    return "is a folder, not a file"


def make_database_loop(data: Path) -> str:
    data.mkdir(parents=True)
    (data / "supple.sqlite3").symlink_to(data / "supple.sqlite3")
    return "is a loop of symbolic links"


def make_file_data_dir(data: Path) -> str:
    data.write_text("not a folder")
    return "is a file, not a folder"


@pytest.mark.parametrize("make", [make_folder_database, make_database_loop, make_file_data_dir])
def test_an_unusable_path_gets_a_message_that_says_what_is_wrong(tmp_path: Path, make) -> None:
    data = tmp_path / "data"
    wrong = make(data)
    paths = data_paths(data)
    with pytest.raises(StoreError, match=wrong):
        open_store(paths)
    with pytest.raises(StoreError, match=wrong):
        open_store(paths, read_only=True)
    out, err = io.StringIO(), io.StringIO()
    assert print_history(paths, "table", out, err) == 2
    assert wrong in err.getvalue() and out.getvalue() == ""
    cli = subprocess.run(
        [*SUPPLE, "--data-dir", str(data), "history"], capture_output=True, text=True, timeout=60
    )
    assert cli.returncode == 2 and cli.stdout == ""
    lines = cli.stderr.strip().splitlines()
    assert len(lines) == 1 and wrong in lines[0], cli.stderr
    assert "No history yet" not in cli.stderr and "disk I/O error" not in cli.stderr
