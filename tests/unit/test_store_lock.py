"""InstanceLock: one holder at a time; a killed holder never blocks the next start."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.paths import data_paths
from desktop.store import InstanceLock, InstanceLockedError


def test_a_second_holder_is_refused_until_the_first_releases(tmp_path: Path) -> None:
    paths = data_paths(tmp_path)
    first = InstanceLock.for_paths(paths)
    first.acquire()
    second = InstanceLock.for_paths(paths)
    with pytest.raises(InstanceLockedError) as refused:
        second.acquire()
    assert refused.value.holder == str(os.getpid())
    assert not second.held
    first.release()
    with second:
        assert second.held
    assert not second.held


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_lock_held_by_a_killed_process_is_free(tmp_path: Path) -> None:
    with subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from pathlib import Path\n"
            "from desktop.store.lock import InstanceLock\n"
            f"InstanceLock(Path({str(tmp_path / 'supple.lock')!r})).acquire()\n"
            "print('held', flush=True)\n"
            "time.sleep(60)\n",
        ],
        stdout=subprocess.PIPE,
        text=True,
    ) as holder:
        try:
            assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
            with pytest.raises(InstanceLockedError) as refused:
                InstanceLock(tmp_path / "supple.lock").acquire()
            assert refused.value.holder == str(holder.pid)
        finally:
            holder.send_signal(signal.SIGKILL)
            holder.wait()
    lock = InstanceLock(tmp_path / "supple.lock")
    lock.acquire()
    assert lock.held
    lock.release()


def test_a_read_only_data_folder_is_locked_with_the_lock_file_left_there_or_not_at_all(
    tmp_path: Path,
) -> None:
    """Nothing can be written in a read-only folder, so two instances cannot harm it; an existing
    lock file is still locked (read-only), so a second Supple hands over as usual."""
    from tests.mounts import remount, tmpfs

    with tmpfs(tmp_path / "mnt", "1m") as mnt:
        with_file, without = data_paths(mnt / "with-file"), data_paths(mnt / "without")
        with_file.root.mkdir()
        without.root.mkdir()
        with InstanceLock.for_paths(with_file):
            pass  # leaves supple.lock behind, as every run does
        remount(mnt, read_only=True)
        try:
            first, second = InstanceLock.for_paths(with_file), InstanceLock.for_paths(with_file)
            first.acquire()
            assert first.held
            with pytest.raises(InstanceLockedError):
                second.acquire()
            first.release()
            lone = InstanceLock.for_paths(without)
            lone.acquire()  # no file and none can be made: no lock, and no error
            assert not lone.held and not (without.root / "supple.lock").exists()
        finally:
            remount(mnt, read_only=False)
