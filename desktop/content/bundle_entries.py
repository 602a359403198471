"""Checking a bundle's entries before anything is extracted: names, types, declared sizes, overlaps.

Every bundle is hostile until proven otherwise (see bundle.py): a name that is unsafe anywhere, a
link or a device, a duplicate or a name that differs from another only in case or normalisation,
an encrypted or unusually compressed entry, and sizes past the limits are refused here.
"""

from __future__ import annotations

import re
import stat
import unicodedata
import zipfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Final

from desktop.content.bundle import (
    DEFAULT_LIMITS,
    WINDOWS_RESERVED,
    BundleError,
    BundleLimits,
    format_bytes,
    shown_name,
)
from desktop.domain.messages import Message, message

_LOCAL_HEADER: Final = 30
_DRIVE: Final = re.compile(r"^[A-Za-z]:")
#: The longest file or folder name most file systems store, in bytes.
_MAX_PART_BYTES: Final = 255


def open_bundle_zip(bundle: Path) -> zipfile.ZipFile:
    """The bundle opened as a zip file; anything that is not one is a BundleError saying why."""
    try:
        info = bundle.stat()
        if not stat.S_ISREG(info.st_mode):
            raise BundleError(message("bundle.not_a_file", bundle=str(bundle)))
        return zipfile.ZipFile(bundle)
    except FileNotFoundError:
        raise BundleError(message("bundle.missing", bundle=str(bundle))) from None
    except UnicodeDecodeError as e:  # before ValueError, of which it is one
        raise BundleError(
            f"{bundle}: entry {_shown_bytes(e.object)} has a name that is marked as UTF-8 but is not valid "
            f"UTF-8 ({e.reason}); this bundle was not made by Supple or was changed after"
        ) from None
    except NotImplementedError as e:
        raise BundleError(message("bundle.zip_feature", bundle=str(bundle), reason=str(e))) from None
    except (zipfile.BadZipFile, EOFError, ValueError, OverflowError) as e:
        raise BundleError(message("bundle.not_a_bundle", bundle=str(bundle), reason=str(e))) from None
    except OSError as e:
        raise BundleError(
            message("bundle.unreadable", bundle=str(bundle), reason=str(e.strerror or e))
        ) from None


def check_entries(zf: zipfile.ZipFile, bundle: Path, limits: BundleLimits) -> list[zipfile.ZipInfo]:
    """The file entries to extract, in archive order, after checking every entry; else BundleError."""
    infos = zf.infolist()
    if not infos:
        raise BundleError(message("bundle.empty", bundle=str(bundle)))
    if len(infos) > limits.max_entries:
        raise BundleError(
            message("bundle.too_many", bundle=str(bundle), count=len(infos), limit=limits.max_entries)
        )
    seen: dict[str, str] = {}
    files: list[zipfile.ZipInfo] = []
    for info in infos:
        name = info.orig_filename
        problem = name_problem(name, limits) or _type_problem(info) or _collision(name, seen)
        if problem is None and not info.is_dir():
            problem = _size_problem(info, limits)
        if problem is not None:
            raise BundleError(
                message("bundle.entry", bundle=str(bundle), entry=shown_name(name), problem=problem)
            )
        seen[_fold(name.rstrip("/"))] = name
        if not info.is_dir():
            files.append(info)
    _check_folders(files, seen, bundle)
    _check_totals(zf, files, bundle, limits)
    return files


def name_problem(name: str, limits: BundleLimits = DEFAULT_LIMITS) -> Message | None:
    """Why an entry name is unsafe to extract anywhere, or None."""
    if "\x00" in name:
        return message("entry.nul")
    if "\\" in name:
        return message("entry.backslash")
    if name.startswith("/"):
        return message("entry.absolute")
    if _DRIVE.match(name):
        return message("entry.drive")
    if ":" in name:
        return message("entry.colon")
    if any(ord(c) < 32 or ord(c) == 127 for c in name):
        return message("entry.control")
    if len(name) > limits.max_name_length:
        return message("entry.long_name", limit=limits.max_name_length)
    parts = name[:-1].split("/") if name.endswith("/") else name.split("/")
    if ".." in parts:
        return message("entry.dotdot")
    if any(part in ("", ".") for part in parts):
        return message("entry.empty_part")
    for part in parts:
        if WINDOWS_RESERVED.fullmatch(part) or part.endswith((".", " ")):
            return message("entry.windows_name", part=part)
        if len(part.encode("utf-8", "surrogatepass")) > _MAX_PART_BYTES:
            return message("entry.long_part", limit=_MAX_PART_BYTES)
    return None


def _type_problem(info: zipfile.ZipInfo) -> Message | None:
    """Symbolic links and device files are refused whatever system wrote the bundle."""
    mode = info.external_attr >> 16
    kind = stat.S_IFMT(mode)
    if kind == stat.S_IFLNK:
        return message("entry.symlink")
    if kind not in (0, stat.S_IFREG, stat.S_IFDIR):
        return message("entry.special")
    if (info.is_dir() and kind == stat.S_IFREG) or (not info.is_dir() and kind == stat.S_IFDIR):
        return message("entry.folder_and_file")
    if info.flag_bits & 0x1:
        return message("entry.encrypted")
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        return message("entry.compression", method=info.compress_type)
    return None


def _collision(name: str, seen: Mapping[str, str]) -> Message | None:
    other = seen.get(_fold(name.rstrip("/")))
    if other is None:
        return None
    if other == name:
        return message("entry.twice")
    a, b = name.rstrip("/"), other.rstrip("/")
    if a == b:
        return message("entry.file_and_folder", other=shown_name(other))
    same_letters = _nfc(a) == _nfc(b)
    same_but_case = a.casefold() == b.casefold()
    if same_letters:
        reason = message("entry.differs_in_encoding")
    elif same_but_case:
        reason = message("entry.differs_in_case")
    else:
        reason = message("entry.differs_in_both")
    return message("entry.differs", other=shown_name(other), reason=reason)


def _nfc(name: str) -> str:
    return unicodedata.normalize("NFC", name)


def _fold(name: str) -> str:
    """The form two names share if some file system would store them as the same file."""
    return _nfc(_nfc(name).casefold())


def _size_problem(info: zipfile.ZipInfo, limits: BundleLimits) -> Message | None:
    cap = entry_cap(info, limits)
    if info.file_size > cap:
        return message("entry.too_big", size=format_bytes(info.file_size), limit=format_bytes(cap))
    if info.file_size > limits.ratio_floor and info.file_size > limits.max_ratio * max(info.compress_size, 1):
        return ratio_problem(info.file_size, info.compress_size, limits)
    return None


def entry_cap(info: zipfile.ZipInfo, limits: BundleLimits) -> int:
    """The most bytes this entry may unpack to: JSON files have a cap of their own."""
    json_file = info.orig_filename.lower().endswith(".json")
    return limits.max_json_bytes if json_file else limits.max_entry_bytes


def ratio_problem(size: int, compressed: int, limits: BundleLimits) -> Message:
    """What to say of an entry that unpacks `size` bytes from `compressed`, past `max_ratio`."""
    return message(
        "entry.bomb", size=format_bytes(size), compressed=format_bytes(compressed), ratio=limits.max_ratio
    )


def _check_folders(files: Sequence[zipfile.ZipInfo], seen: Mapping[str, str], bundle: Path) -> None:
    """A file may not share its name with a folder that another entry needs."""
    for info in files:
        parts = info.orig_filename.split("/")
        for depth in range(1, len(parts)):
            folder = "/".join(parts[:depth])
            clash = seen.get(_fold(folder))
            if clash is not None and not clash.endswith("/"):
                raise BundleError(
                    message(
                        "bundle.folder_clash",
                        bundle=str(bundle),
                        entry=shown_name(info.orig_filename),
                        file=shown_name(clash),
                    )
                )


def _check_totals(
    zf: zipfile.ZipFile, files: Sequence[zipfile.ZipInfo], bundle: Path, limits: BundleLimits
) -> None:
    declared = sum(info.file_size for info in files)
    if declared > limits.max_total_bytes:
        raise BundleError(
            message(
                "bundle.too_big",
                bundle=str(bundle),
                size=format_bytes(declared),
                limit=format_bytes(limits.max_total_bytes),
            )
        )
    # Entries whose data overlap reuse one compressed stream many times (a "better zip bomb").
    ordered = sorted(zf.infolist(), key=lambda i: i.header_offset)
    end_of_data = getattr(zf, "start_dir", None)
    for info, following in zip(ordered, [*ordered[1:], None], strict=True):
        limit = following.header_offset if following is not None else end_of_data
        if limit is not None and info.header_offset + _LOCAL_HEADER + info.compress_size > limit:
            raise BundleError(
                message("bundle.overlap", bundle=str(bundle), entry=shown_name(info.orig_filename))
            )


def _shown_bytes(raw: object) -> str:
    """A name that is not text, shown as its bytes."""
    return repr(bytes(raw)) if isinstance(raw, bytes | bytearray) else repr(raw)
