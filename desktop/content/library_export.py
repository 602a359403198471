"""Exporting from the library: a routine or a playlist as a `.supple` bundle or a bare `.json` file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from desktop.content.atomic import replacing
from desktop.content.bundle import BUNDLE_SUFFIX, BundleError, CancelToken, Progress
from desktop.content.bundle_write import (
    check_out_folder,
    write_playlist_bundle,
    write_routine_bundle,
)
from desktop.content.bundled import BUNDLED_ROUTINE_ID
from desktop.content.playlist import PlaylistDocument, as_document, encode_playlist
from desktop.content.playlist_resolve import resolve_playlist
from desktop.content.routine import encode_routine
from desktop.domain import Playlist, Routine
from desktop.domain.messages import Message, message


def export_routine(
    routine: Routine, out: Path, *, progress: Progress | None = None, cancel: CancelToken | None = None
) -> Path:
    """A bundle with the clips (`.supple`), or the bare routine file (`.json`) naming them where they are."""
    if out.name.lower().endswith(".json"):
        return _write_text(out, encode_routine(routine, relative_to=out.parent.resolve()))
    return write_routine_bundle(routine, out, progress=progress, cancel=cancel)


def export_playlist(
    playlist: Playlist | PlaylistDocument,
    lookup: Callable[[str], Routine | None],
    out: Path,
    *,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> Path:
    """A bundle with every routine the playlist uses but the bundled one, or the bare playlist file."""
    doc = as_document(playlist)
    if out.name.lower().endswith(".json"):
        return _write_text(out, encode_playlist(doc))
    resolved = resolve_playlist(doc, lookup)
    if resolved.limit_problem is not None:
        raise BundleError(message("export.too_long", out=str(out), reason=str(resolved.limit_problem)))
    if resolved.missing:
        first = resolved.missing[0]
        raise BundleError(
            message(
                "export.missing_item",
                out=str(out),
                item=first.item_index + 1,
                reason=first.note or first.reason,
            )
        )
    used = {item.routine_id for item in doc.items} - {BUNDLED_ROUTINE_ID}
    routines = [r for r in map(lookup, sorted(used)) if r is not None]
    return write_playlist_bundle(doc, routines, out, progress=progress, cancel=cancel)


def lone_routine_note(out: Path) -> Message:
    """What to know about a routine exported as a lone `.json` file."""
    bundle = out.name[: -len(".json")].removesuffix(".supple") + BUNDLE_SUFFIX
    return message("export.lone_routine", name=out.name, bundle=bundle)


def _write_text(out: Path, text: str) -> Path:
    check_out_folder(out)
    with replacing(out) as temp:
        temp.write_text(text, encoding="utf-8", newline="\n")
    return out


__all__ = [
    "export_playlist",
    "export_routine",
    "lone_routine_note",
]
