"""A playlist over the session limits is refused by import and by export, naming the limit."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.content import BUNDLED_ROUTINE_ID, bundled_routine_path, load_routine
from desktop.content.bundle import BundleError
from desktop.content.library import register_bundled
from desktop.content.library_export import export_playlist
from desktop.content.library_import import import_path
from desktop.content.playlist import encode_playlist
from desktop.domain import Block, Playlist, PlaylistItem
from desktop.paths import DataPaths
from desktop.store import Store


def too_long() -> Playlist:
    """Every step of the Scorpion Stretch, played a hundred times over: days, not hours."""
    routine = load_routine(bundled_routine_path())
    items = tuple(PlaylistItem(BUNDLED_ROUTINE_ID, step.id) for step in routine.steps)
    return Playlist("marathon", "Marathon", items=items, blocks=(Block(0, len(items) - 1, 100),))


def test_export_refuses_a_playlist_over_the_limits(tmp_path: Path) -> None:
    routine = load_routine(bundled_routine_path())
    with pytest.raises(BundleError, match=r"cannot be exported: the playlist lasts .* more than the 12 h"):
        export_playlist(too_long(), {BUNDLED_ROUTINE_ID: routine}.get, tmp_path / "marathon.supple")
    assert not (tmp_path / "marathon.supple").exists()


def test_import_refuses_a_playlist_over_the_limits(tmp_path: Path, paths: DataPaths, store: Store) -> None:
    file = tmp_path / "marathon.supple.json"
    file.write_text(encode_playlist(too_long()), encoding="utf-8")
    register_bundled(store)
    with pytest.raises(BundleError, match=r"cannot be played: the playlist lasts .* more than the 12 h"):
        import_path(paths, store, file)
    assert store.playlists.get("marathon") is None
