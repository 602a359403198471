"""Extracting checked entries, counting the bytes really written (header sizes can lie) against
the limits, and checking for a cancel between chunks."""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import IO, BinaryIO

from desktop.content.bundle import (
    CHUNK,
    BundleError,
    BundleLimits,
    CancelToken,
    Progress,
    check_cancel,
    create_new_file,
    format_bytes,
    shown_name,
)
from desktop.content.bundle_entries import entry_cap, ratio_problem
from desktop.domain.messages import Message, message


def extract_entries(
    zf: zipfile.ZipFile,
    files: Sequence[zipfile.ZipInfo],
    staging: Path,
    bundle: Path,
    limits: BundleLimits,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> list[str]:
    """Stream the checked entries into `staging`, counting the bytes really written."""
    root = staging.resolve()
    expected = sum(info.file_size for info in files)
    counter = _Counter(bundle, limits, expected, progress, cancel)
    names: list[str] = []
    for info in files:
        target = root.joinpath(*info.orig_filename.split("/"))
        if not target.resolve().is_relative_to(root):  # the name checks make this impossible; belt and braces
            raise BundleError(
                message(
                    "bundle.entry",
                    bundle=str(bundle),
                    entry=shown_name(info.orig_filename),
                    problem=message("entry.outside"),
                )
            )
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(info) as src, create_new_file(target) as dest:
                counter.copy(info, src, dest)
        except BundleError:
            raise
        except (zipfile.BadZipFile, EOFError, ValueError, OSError, RuntimeError, zlib.error) as e:
            if isinstance(e, OSError) and not isinstance(e, zipfile.BadZipFile) and e.errno is not None:
                unwritable = message("entry.unwritable", reason=str(e.strerror))
                raise BundleError(
                    message(
                        "bundle.entry",
                        bundle=str(bundle),
                        entry=shown_name(info.orig_filename),
                        problem=unwritable,
                    )
                ) from None
            damaged = message("entry.damaged", reason=str(e))
            raise BundleError(
                message(
                    "bundle.entry", bundle=str(bundle), entry=shown_name(info.orig_filename), problem=damaged
                )
            ) from None
        names.append(info.orig_filename)
    return names


class _Counter:
    """Counts the bytes extracted, entry by entry and in all, and stops at the first limit."""

    def __init__(
        self,
        bundle: Path,
        limits: BundleLimits,
        expected: int,
        progress: Progress | None,
        cancel: CancelToken | None,
    ) -> None:
        self.bundle = bundle
        self.limits = limits
        self.expected = expected
        self.progress = progress
        self.cancel = cancel
        self.total = 0

    def copy(self, info: zipfile.ZipInfo, src: IO[bytes], dest: BinaryIO) -> None:
        cap = entry_cap(info, self.limits)
        written = 0
        while chunk := src.read(CHUNK):
            written += len(chunk)
            self.total += len(chunk)
            problem = self._problem(info, written, cap)
            if problem is not None:
                raise BundleError(
                    message(
                        "bundle.entry",
                        bundle=str(self.bundle),
                        entry=shown_name(info.orig_filename),
                        problem=problem,
                    )
                )
            dest.write(chunk)
            if self.progress is not None:
                self.progress(self.total, max(self.expected, self.total))
            check_cancel(self.cancel, f"importing {self.bundle}")

    def _problem(self, info: zipfile.ZipInfo, written: int, cap: int) -> Message | None:
        limits = self.limits
        if written > cap:
            return message("entry.unpacks_past", limit=format_bytes(cap))
        if self.total > limits.max_total_bytes:
            return message("entry.bundle_past", limit=format_bytes(limits.max_total_bytes))
        if written > limits.ratio_floor and written > limits.max_ratio * max(info.compress_size, 1):
            return ratio_problem(written, info.compress_size, limits)
        return None
