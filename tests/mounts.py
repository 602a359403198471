"""Real file-system conditions for the store's tests: a small tmpfs that fills up, read-only mounts.

Tests run as root, here and in CI, and root ignores file permissions: `chmod` makes nothing
read-only for it. Mounts do, for everyone. Mounting needs root (CAP_SYS_ADMIN); when the system
refuses, the test fails with the reason: it is never skipped.
"""

from __future__ import annotations

import errno
import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def _run(*command: str) -> None:
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.fail(f"`{' '.join(command)}` was refused ({done.stderr.strip() or done.returncode}); "
                    "these tests need root and mount(8)")  # fmt: skip


@contextmanager
def tmpfs(folder: Path, size: str = "2m") -> Iterator[Path]:
    """`folder` as a fresh tmpfs of `size` bytes (mount(8) syntax: 2m), unmounted afterwards."""
    folder.mkdir(parents=True, exist_ok=True)
    _run("mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(folder))
    try:
        yield folder
    finally:
        subprocess.run(["umount", "--lazy", str(folder)], check=False)


def remount(folder: Path, *, read_only: bool) -> None:
    """Switch the tmpfs mounted at `folder` to read-only or back."""
    _run("mount", "-o", f"remount,{'ro' if read_only else 'rw'}", str(folder))


@contextmanager
def read_only_file(path: Path) -> Iterator[Path]:
    """`path` (a file) read-only for everyone, root included: a read-only bind mount over it."""
    _run("mount", "--bind", str(path), str(path))
    try:
        _run("mount", "-o", "remount,bind,ro", str(path))
        yield path
    finally:
        subprocess.run(["umount", "--lazy", str(path)], check=False)


def fill(folder: Path) -> Path:
    """Write a file into `folder` until its file system has no byte left; returns the file."""
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        for chunk in (1 << 16, 1 << 12, 1):
            try:
                while True:
                    os.write(fd, b"\0" * chunk)
            except OSError as exc:
                assert exc.errno == errno.ENOSPC, exc
    finally:
        os.close(fd)
    return filler
