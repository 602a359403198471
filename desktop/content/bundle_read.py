"""Reading a bundle: check its entries, extract them into a staging folder, then validate what came out.

The routine or playlist is validated with the same decoder as any file, and every clip and poster
it names must be an entry of the bundle inside the routine's own folder. Extraction goes into a
folder the caller makes (inside the data folder, so that moving the result into the library is one
rename) and that the caller removes on failure.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.content.bundle import (
    DEFAULT_LIMITS,
    ROUTINES_FOLDER,
    BundleError,
    BundleLimits,
    CancelToken,
    Kind,
    Progress,
    check_cancel,
    shown_name,
)
from desktop.content.bundle_entries import check_entries, open_bundle_zip
from desktop.content.bundle_extract import extract_entries
from desktop.content.clip_files import clip_texts, media_problems
from desktop.content.jsonfile import decode_utf8, parse_json
from desktop.content.playlist import PLAYLIST_FORMAT, PlaylistDocument, load_playlist
from desktop.content.problems import Problem, RoutineError, format_path
from desktop.content.routine import FORMATS as ROUTINE_FORMATS
from desktop.content.routine import load_routine
from desktop.content.semantics import resolve_clip_path
from desktop.domain import Routine
from desktop.domain.messages import message
from desktop.domain.messages import text as plain


@dataclass(frozen=True, slots=True)
class StagedRoutine:
    """A routine validated in the staging folder: `folder` holds `file` and its clips."""

    routine: Routine
    folder: Path
    file: Path


@dataclass(frozen=True, slots=True)
class BundleContents:
    """A bundle extracted and validated in a staging folder, not yet in the library."""

    bundle: Path
    kind: Kind
    routines: tuple[StagedRoutine, ...]
    playlist: PlaylistDocument | None = None


def read_bundle(
    bundle: Path,
    staging: Path,
    *,
    limits: BundleLimits = DEFAULT_LIMITS,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> BundleContents:
    """Check, extract into the empty folder `staging` and validate a bundle; raises BundleError.

    On an error, `staging` may hold part of the bundle: the caller removes it.
    """
    with open_bundle_zip(bundle) as zf:
        entries = check_entries(zf, bundle, limits)
        files = extract_entries(zf, entries, staging, bundle, limits, progress, cancel)
    check_cancel(cancel, f"importing {bundle}")
    return _validate(bundle, staging, files)


# -- validating ------------------------------------------------------------------------------------


def _validate(bundle: Path, staging: Path, files: Sequence[str]) -> BundleContents:
    top = [name for name in files if "/" not in name and name.lower().endswith(".json")]
    if not top:
        raise BundleError(message("bundle.no_main", bundle=str(bundle)))
    if len(top) > 1:
        listed = ", ".join(shown_name(n) for n in sorted(top))
        raise BundleError(message("bundle.two_mains", bundle=str(bundle), files=listed))
    main = top[0]
    kind = _kind(bundle, staging / main, main)
    if kind == "routine":
        staged = _stage_routine(bundle, staging, "", main)
        _no_strangers(bundle, files, {main, *_routine_files(staged, staging)})
        return BundleContents(bundle, "routine", (staged,))
    return _playlist_contents(bundle, staging, files, main)


def _kind(bundle: Path, path: Path, entry: str) -> Kind:
    """Which format the top-level file says it is, before decoding it in full."""
    try:
        document = parse_json(decode_utf8(path.read_bytes(), path), path)
    except RoutineError as e:
        invalid = message("bundle.file_invalid", bundle=str(bundle), entry=shown_name(entry))
        raise BundleError(invalid, _local(e, bundle, path.parent)) from None
    found = document.get("format") if isinstance(document, dict) else None
    if found in ROUTINE_FORMATS:
        return "routine"
    if found == PLAYLIST_FORMAT:
        return "playlist"
    raise BundleError(
        message(
            "bundle.unknown_format",
            bundle=str(bundle),
            entry=shown_name(entry),
            routine=_routine_formats(),
            playlist=PLAYLIST_FORMAT,
            found=repr(found),
        )
    )


def _stage_routine(bundle: Path, staging: Path, folder: str, entry: str) -> StagedRoutine:
    """Decode one routine in the staging folder; its clips must be bundle entries in its folder."""
    path = staging / entry
    base = staging / folder if folder else staging
    _check_clip_paths(bundle, path, entry, base)
    try:
        routine = load_routine(path)
    except RoutineError as e:
        invalid = message("bundle.routine_invalid", bundle=str(bundle), entry=shown_name(entry))
        raise BundleError(invalid, _local(e, bundle, staging)) from None
    impostors = media_problems(routine)
    if impostors:
        first = impostors[0]
        inner = first.path.relative_to(staging.resolve()).as_posix()
        raise BundleError(
            message(
                "bundle.not_a_picture" if first.field == "poster" else "bundle.not_a_video",
                bundle=str(bundle),
                inner=shown_name(inner),
                path=first.json_path,
                entry=shown_name(entry),
            )
        )
    return StagedRoutine(routine, base, path)


def _check_clip_paths(bundle: Path, path: Path, entry: str, base: Path) -> None:
    """Every clip and poster path must stay inside the routine's folder of the bundle.

    Checked on the raw document, before decoding, so that a path to a file that happens to exist
    on this computer (`/etc/hostname`, `../../x.mp4`) is refused as such and never read.
    """
    try:
        document = parse_json(decode_utf8(path.read_bytes(), path), path)
    except RoutineError:
        return  # decoding reports it with the other problems
    root = base.resolve()
    for clip_id, field, text in clip_texts(document):
        try:
            inside = resolve_clip_path(base, text).is_relative_to(root)
        except (OSError, RuntimeError, ValueError):
            inside = False
        if not inside:
            raise BundleError(
                message(
                    "bundle.clip_outside",
                    bundle=str(bundle),
                    entry=shown_name(entry),
                    path=format_path(("clips", clip_id, field)),
                    text=repr(text),
                )
            )


def _routine_files(staged: StagedRoutine, staging: Path) -> set[str]:
    """The bundle names of the clips and posters a staged routine uses."""
    root = staging.resolve()
    return {
        file.resolve().relative_to(root).as_posix()
        for clip in staged.routine.clips.values()
        for file in (clip.file, clip.poster)
        if file is not None
    }


def _playlist_contents(bundle: Path, staging: Path, files: Sequence[str], main: str) -> BundleContents:
    try:
        playlist = load_playlist(staging / main)
    except RoutineError as e:
        invalid = message("bundle.playlist_invalid", bundle=str(bundle), entry=shown_name(main))
        raise BundleError(invalid, _local(e, bundle, staging)) from None
    folders: dict[str, list[str]] = {}
    for name in files:
        if name == main:
            continue
        parts = name.split("/")
        if len(parts) < 3 or parts[0] != ROUTINES_FOLDER:
            raise BundleError(
                message(
                    "bundle.not_in_playlist",
                    bundle=str(bundle),
                    entry=shown_name(name),
                    folder=ROUTINES_FOLDER,
                )
            )
        folders.setdefault(parts[1], []).append(name)
    staged: list[StagedRoutine] = []
    expected: set[str] = {main}
    for folder_name in sorted(folders):
        folder = f"{ROUTINES_FOLDER}/{folder_name}"
        routine_files = [n for n in folders[folder_name] if n.count("/") == 2 and n.lower().endswith(".json")]
        if len(routine_files) != 1:
            raise BundleError(
                message("bundle.one_routine", bundle=str(bundle), folder=shown_name(folder + "/"))
            )
        one = _stage_routine(bundle, staging, folder, routine_files[0])
        if one.routine.id != folder_name:
            raise BundleError(
                message(
                    "bundle.wrong_folder",
                    bundle=str(bundle),
                    folder=shown_name(folder + "/"),
                    id=one.routine.id,
                    routines=ROUTINES_FOLDER,
                )
            )
        staged.append(one)
        expected |= {routine_files[0], *_routine_files(one, staging)}
    _no_strangers(bundle, files, expected)
    return BundleContents(bundle, "playlist", tuple(staged), playlist)


def _no_strangers(bundle: Path, files: Sequence[str], expected: set[str]) -> None:
    """Every entry must be the main file, a routine file, or a clip or poster a routine names."""
    for name in files:
        if name not in expected:
            raise BundleError(message("bundle.stranger", bundle=str(bundle), entry=shown_name(name)))


def _local(error: RoutineError, bundle: Path, staging: Path) -> list[Problem]:
    """Problems as the bundle's author would see them: named inside the bundle, not the staging folder."""
    root = str(staging.resolve())
    out = []
    for p in error.problems:
        try:
            inner = p.file.resolve().relative_to(staging.resolve()).as_posix()
        except (ValueError, OSError):
            inner = p.file.name
        english = p.message.replace(root + os.sep, "")
        # a message naming a file of the staging folder stays English, with the file named within
        note = p.said if english == p.message else plain(english)
        out.append(Problem(Path(f"{bundle.name}/{inner}"), p.path, english, note))
    return out


def _routine_formats() -> str:
    return " or ".join(f'"{fmt}"' for fmt in ROUTINE_FORMATS)
