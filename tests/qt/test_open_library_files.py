"""What the desktop opens with Supple (io.supple.Supple.desktop's MimeType): a `.supple` bundle or a
playlist file named on the command line, dropped or handed over is imported into the library;
routine files and clips open as before."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

import desktop.qt.library_transfer as library_transfer
from desktop.content import BUNDLED_ROUTINE_ID
from desktop.content.library import RoutineCatalog, register_bundled
from desktop.content.library_import import import_path
from desktop.paths import DataPaths, data_paths, resource
from desktop.qt.main_window import MainWindow
from desktop.qt.window_files import goes_to_library
from desktop.store import Store, open_store
from tests.qt.test_library_view import write_birds

WAIT_MS = 20_000


@pytest.fixture
def store(paths: DataPaths) -> Iterator[Store]:
    with open_store(paths) as s:
        register_bundled(s)
        yield s


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    other = data_paths(tmp_path / "elsewhere")
    with open_store(other) as s:
        import_path(other, s, write_birds(tmp_path / "birds"))
        routine = RoutineCatalog.load(s)("birds")
    assert routine is not None
    out = tmp_path / "Birds.SUPPLE"
    library_transfer.export_routine(routine, out)
    return out


@pytest.fixture
def playlist_file(tmp_path: Path) -> Path:
    doc = {
        "format": "supple.playlist/1",
        "id": "desk-break",
        "title": "Desk break",
        "items": [{"routine": BUNDLED_ROUTINE_ID}],
    }
    path = tmp_path / "desk break.json"  # not the usual name: its content says what it is
    path.write_text(json.dumps(doc, indent=2), encoding="utf-8")
    return path


def test_bundles_and_playlists_go_to_the_library_and_routines_and_clips_open(
    bundle: Path, playlist_file: Path, tmp_path: Path
) -> None:
    assert goes_to_library(bundle)
    assert goes_to_library(playlist_file)
    assert not goes_to_library(resource("routines", "scorpion-stretch.supple.json"))
    assert not goes_to_library(tmp_path / "missing.json")
    clip = tmp_path / "clip.mp4"
    clip.write_bytes(b"\0" * 64)
    assert not goes_to_library(clip)


def test_opening_a_bundle_imports_it(
    qtbot, window: MainWindow, store: Store, paths: DataPaths, bundle: Path
) -> None:
    window.set_store(store, paths)
    before = window.routine
    with qtbot.waitSignal(window.library.libraryChanged, timeout=WAIT_MS) as changed:
        assert window.open_path(bundle)
    assert changed.args[0].routines[0].id == "birds"
    assert store.library.get("birds") is not None
    assert window.library_dock.isVisible()
    assert window.routine is before, "importing does not replace what is open"


def test_opening_a_playlist_file_imports_it(
    qtbot, window: MainWindow, store: Store, paths: DataPaths, playlist_file: Path
) -> None:
    window.set_store(store, paths)
    with qtbot.waitSignal(window.library.libraryChanged, timeout=WAIT_MS):
        assert window.open_path(playlist_file)
    assert store.playlists.get("desk-break") is not None


def test_a_bundle_before_the_store_is_open_is_refused_with_a_message(
    window: MainWindow, bundle: Path
) -> None:
    assert not window.open_path(bundle)
    assert "database" in window.library.status.text()
