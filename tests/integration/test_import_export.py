"""Export from one data folder, import into an empty one: the same playlist, routines and clip bytes.

Real SQLite stores, real clips (the bundled Scorpion Stretch ones) and the command-line functions.
"""

from __future__ import annotations

import dataclasses
import io
import json
import shutil
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.content import BUNDLED_ROUTINE_ID, load_routine
from desktop.content.bundle_read import read_bundle
from desktop.content.library import RoutineCatalog
from desktop.content.library_cli import export_item, import_file
from desktop.content.library_export import export_playlist
from desktop.content.library_import import import_path
from desktop.content.playlist import Block, PlaylistDocument, load_playlist
from desktop.content.playlist_resolve import resolve_playlist
from desktop.domain import Playlist, PlaylistItem, Routine, Segment, Side, Sides, StepOverrides
from desktop.paths import DataPaths, data_paths, resource
from desktop.store import InstanceLock, Origin, Store, open_store

PLAYLIST = Playlist(
    id="warm-up",
    title="Warm-up",
    items=(
        PlaylistItem(
            "morning-hips", "lift", StepOverrides(sets=1, speed=0.75, mirror_side=Side.RIGHT), rounds=2
        ),
        PlaylistItem(BUNDLED_ROUTINE_ID, "hips-at-90", StepOverrides(hold=20, sides=Sides.LEFT)),
        PlaylistItem("morning-hips"),
        PlaylistItem("morning-hips", "reach", StepOverrides(segment=Segment(1, 3))),
    ),
)


def write_routine(folder: Path) -> Path:
    """A routine with two real clips and posters, in `folder`."""
    clips = folder / "media"
    clips.mkdir(parents=True)
    for n in (1, 2):
        for suffix in (".mp4", ".png"):
            shutil.copy(resource("clips", f"scorpion-{n}{suffix}"), clips / f"scorpion-{n}{suffix}")
    doc = {
        "format": "supple.routine/1",
        "id": "morning-hips",
        "title": "Morning hips",
        "tags": ["hips", "morning"],
        "clips": {
            "p1": {"file": "media/scorpion-1.mp4", "poster": "media/scorpion-1.png"},
            "p2": {"file": "media/scorpion-2.mp4", "poster": "media/scorpion-2.png"},
        },
        "steps": [
            {"id": "lift", "title": "Lift", "clip": "p1", "sides": "both", "reps": 4, "rep_seconds": 2},
            {"id": "reach", "title": "Reach", "clip": "p2", "segment": [0, 4], "hold": 15, "rest": 5},
        ],
    }
    path = folder / "morning-hips.supple.json"
    path.write_text(json.dumps(doc, indent=2), encoding="utf-8")
    return path


@pytest.fixture
def source(tmp_path: Path, data_dir: Path) -> Iterator[tuple[DataPaths, Store]]:
    """Data folder A with the routine imported and the playlist saved."""
    paths = data_paths()
    with open_store(paths) as store:
        import_path(paths, store, write_routine(tmp_path / "authoring"))
        store.playlists.save(PLAYLIST)
        yield paths, store


def empty_folder(tmp_path: Path, name: str) -> DataPaths:
    return data_paths(tmp_path / name)


def same_routine(a: Routine, b: Routine) -> None:
    strip = {"source": None, "clips": {}}
    assert dataclasses.replace(a, **strip) == dataclasses.replace(b, **strip)
    assert a.clips.keys() == b.clips.keys()
    for clip_id in a.clips:
        ca, cb = a.clips[clip_id], b.clips[clip_id]
        assert ca.file.read_bytes() == cb.file.read_bytes()
        assert (ca.poster is None) == (cb.poster is None)
        if ca.poster is not None and cb.poster is not None:
            assert ca.poster.read_bytes() == cb.poster.read_bytes()


def test_a_playlist_bundle_carries_everything_into_an_empty_data_folder(
    tmp_path: Path, source: tuple[DataPaths, Store]
) -> None:
    paths_a, store_a = source
    out = io.StringIO()
    bundle = tmp_path / "warm-up.supple"
    assert export_item(paths_a, "warm-up", bundle, out) == 0, out.getvalue()
    assert out.getvalue() == f'exported the playlist "Warm-up" to {bundle}\n'
    with zipfile.ZipFile(bundle) as zf:
        names = zf.namelist()
    assert names[0] == "warm-up.supple-playlist.json"
    assert all(n.startswith("routines/morning-hips/") for n in names[1:])  # never the bundled routine

    paths_b = empty_folder(tmp_path, "b")
    out = io.StringIO()
    assert import_file(paths_b, bundle, out) == 0, out.getvalue()
    assert 'imported the playlist "Warm-up" (4 items) with 1 new routine' in out.getvalue()
    with open_store(paths_b) as store_b:
        assert store_b.playlists.get("warm-up") == PLAYLIST
        [entry] = store_b.library.entries()
        assert (entry.id, entry.origin) == ("morning-hips", Origin.IMPORTED)
        assert entry.source == paths_b.library / "morning-hips" / "morning-hips.supple.json"
        same_routine(load_routine(entry.source), RoutineCatalog.load(store_a)("morning-hips"))
    assert not list(paths_b.root.glob(".import-*"))


def test_a_routine_bundle_round_trips_byte_for_byte(tmp_path: Path, source: tuple[DataPaths, Store]) -> None:
    paths_a, store_a = source
    first = tmp_path / "hips.supple"
    assert export_item(paths_a, "morning-hips", first, io.StringIO()) == 0
    paths_c = empty_folder(tmp_path, "c")
    assert import_file(paths_c, first, io.StringIO()) == 0
    again = tmp_path / "again.supple"
    assert export_item(paths_c, "morning-hips", again, io.StringIO()) == 0
    assert first.read_bytes() == again.read_bytes()
    with open_store(paths_c, read_only=True) as store_c:
        [entry] = store_c.library.entries()
        assert entry.source is not None
        same_routine(load_routine(entry.source), RoutineCatalog.load(store_a)("morning-hips"))


def test_blocks_travel_in_the_playlist_file(tmp_path: Path, source: tuple[DataPaths, Store]) -> None:
    _, store_a = source
    doc = PlaylistDocument(PLAYLIST, (Block(0, 1, 3),))
    bundle = export_playlist(doc, RoutineCatalog.load(store_a), tmp_path / "blocks.supple")
    contents = read_bundle(bundle, tmp_path / "staging")
    assert contents.playlist == doc
    assert [r.routine.id for r in contents.routines] == ["morning-hips"]


def test_blocks_survive_an_import_into_the_store(tmp_path: Path, source: tuple[DataPaths, Store]) -> None:
    _, store_a = source
    doc = PlaylistDocument(PLAYLIST, (Block(0, 1, 3),))
    bundle = export_playlist(doc, RoutineCatalog.load(store_a), tmp_path / "blocks.supple")
    paths_b = empty_folder(tmp_path, "b")
    assert import_file(paths_b, bundle, io.StringIO()) == 0
    with open_store(paths_b) as store_b:
        assert store_b.playlists.get("warm-up") == doc.playlist


def test_a_saved_playlists_blocks_are_exported_and_compared_on_import(
    tmp_path: Path, source: tuple[DataPaths, Store]
) -> None:
    paths_a, store_a = source
    blocked = dataclasses.replace(PLAYLIST, blocks=(Block(1, 3, 2),))
    store_a.playlists.save(blocked)
    bare, bundle = tmp_path / "warm-up.supple-playlist.json", tmp_path / "warm-up.supple"
    assert export_item(paths_a, "warm-up", bare, io.StringIO()) == 0
    assert export_item(paths_a, "warm-up", bundle, io.StringIO()) == 0
    assert load_playlist(bare).playlist == blocked
    assert read_bundle(bundle, tmp_path / "staging").playlist == PlaylistDocument(blocked)

    paths_b = empty_folder(tmp_path, "b")
    with open_store(paths_b) as store_b:
        store_b.playlists.save(PLAYLIST)  # the same items, but no blocks: a different playlist
    out = io.StringIO()
    assert import_file(paths_b, bundle, out) == 1
    assert 'you already have a different playlist "warm-up"' in out.getvalue()
    assert import_file(paths_b, bundle, io.StringIO(), replace=True) == 0
    with open_store(paths_b) as store_b:
        assert store_b.playlists.get("warm-up") == blocked


def test_bare_files_export_and_import(tmp_path: Path, source: tuple[DataPaths, Store]) -> None:
    paths_a, _ = source
    (tmp_path / "out").mkdir()
    routine_file = tmp_path / "out" / "hips.supple.json"
    playlist_file = tmp_path / "out" / "warm-up.supple-playlist.json"
    assert export_item(paths_a, "morning-hips", routine_file, io.StringIO()) == 0
    assert export_item(paths_a, "warm-up", playlist_file, io.StringIO()) == 0
    exported = load_routine(routine_file)  # its clip paths point at data folder A's library
    assert exported.clips["p1"].file == paths_a.library / "morning-hips" / "clips" / "scorpion-1.mp4"
    assert load_playlist(playlist_file).playlist == PLAYLIST

    paths_d = empty_folder(tmp_path, "d")
    out = io.StringIO()
    assert import_file(paths_d, playlist_file, out) == 1  # its routine is not in folder D yet
    assert (
        'item 1 of the playlist cannot be played: the routine "morning-hips" is not in the library'
        in out.getvalue()
    )
    assert import_file(paths_d, routine_file, out) == 0  # a routine file brings copies of its clips
    assert import_file(paths_d, playlist_file, out) == 0
    with open_store(paths_d, read_only=True) as store_d:
        assert store_d.playlists.get("warm-up") == PLAYLIST
        [entry] = store_d.library.entries()
        assert entry.source is not None and entry.source.is_relative_to(paths_d.library)
        copied = load_routine(entry.source)
        assert copied.clips["p1"].file.read_bytes() == exported.clips["p1"].file.read_bytes()


def test_the_bundled_routine_can_be_exported_from_a_folder_without_a_database(tmp_path: Path) -> None:
    paths = empty_folder(tmp_path, "fresh")
    out = io.StringIO()
    assert export_item(paths, BUNDLED_ROUTINE_ID, tmp_path / "s.supple", out) == 0
    assert not paths.root.exists()  # exporting wrote nothing into the data folder
    with zipfile.ZipFile(tmp_path / "s.supple") as zf:
        assert len([n for n in zf.namelist() if n.endswith(".mp4")]) == 5


def test_command_line_errors_have_one_line_and_their_exit_status(
    tmp_path: Path, source: tuple[DataPaths, Store]
) -> None:
    paths_a, _ = source

    def run(func: object, *args: object) -> tuple[int, str]:
        out = io.StringIO()
        status = func(*args, out)
        return status, out.getvalue()

    assert run(import_file, paths_a, tmp_path / "nope.supple") == (
        2,
        f"supple import: {tmp_path / 'nope.supple'}: no such file\n",
    )
    status, text = run(export_item, paths_a, "warm-up", tmp_path / "x.zip")
    assert status == 2 and "name the file *.supple" in text and text.count("\n") == 1
    status, text = run(export_item, paths_a, "nothing", tmp_path / "x.supple")
    assert (
        status == 1
        and 'there is no routine or playlist "nothing" (known: morning-hips, scorpion-stretch, warm-up)'
        in text
    )
    broken = tmp_path / "broken.supple"
    broken.write_bytes(b"PK\x03\x04 not really")
    status, text = run(import_file, empty_folder(tmp_path, "e"), broken)
    assert status == 1 and text.startswith("supple import: ") and text.count("\n") == 1


def test_import_refuses_while_the_app_holds_the_data_folder(
    tmp_path: Path, source: tuple[DataPaths, Store]
) -> None:
    paths_a, _ = source
    bundle = tmp_path / "hips.supple"
    assert export_item(paths_a, "morning-hips", bundle, io.StringIO()) == 0
    paths_f = empty_folder(tmp_path, "f")
    with InstanceLock.for_paths(paths_f):
        out = io.StringIO()
        assert import_file(paths_f, bundle, out) == 2
        assert "Supple is already running with this data folder" in out.getvalue()
    assert not paths_f.library.exists()


@pytest.mark.parametrize("name", ["hips.supple", "hips.supple.json", "warm-up.json"])
def test_exports_get_the_usual_file_mode(tmp_path: Path, source: tuple[DataPaths, Store], name: str) -> None:
    import os

    paths_a, _store = source
    item = "warm-up" if name.startswith("warm-up") else "morning-hips"
    old = os.umask(0o022)
    try:
        assert export_item(paths_a, item, tmp_path / name, io.StringIO()) == 0
    finally:
        os.umask(old)
    assert (tmp_path / name).stat().st_mode & 0o777 == 0o644


def test_a_routine_exported_alone_notes_that_its_clips_are_not_inside(
    tmp_path: Path, source: tuple[DataPaths, Store]
) -> None:
    paths_a, _store = source
    out, err = io.StringIO(), io.StringIO()
    assert export_item(paths_a, "morning-hips", tmp_path / "hips.supple.json", out, err=err) == 0
    assert "not inside" in err.getvalue() and "hips.supple" in err.getvalue()
    err = io.StringIO()
    assert export_item(paths_a, "morning-hips", tmp_path / "hips.supple", out, err=err) == 0
    assert err.getvalue() == ""


def test_the_bundled_ladder_keeps_its_levels_through_a_bundle_and_in_a_playlist(tmp_path: Path) -> None:
    bundle = tmp_path / "ladder.supple"
    assert export_item(empty_folder(tmp_path, "fresh"), BUNDLED_ROUTINE_ID, bundle, io.StringIO()) == 0
    with zipfile.ZipFile(bundle) as zf:
        written = json.loads(zf.read(f"{BUNDLED_ROUTINE_ID}.supple.json"))
    assert written["format"] == "supple.routine/2"

    staged = read_bundle(bundle, tmp_path / "staging").routines[0].routine

    assert [step.level for step in staged.steps] == [1, 2, 3, 4, 5]
    paths = empty_folder(tmp_path, "b")
    assert import_file(paths, bundle, io.StringIO()) == 0
    with open_store(paths) as store:
        catalog = RoutineCatalog.load(store)
        assert catalog(BUNDLED_ROUTINE_ID).step("hips-at-90").level == 2
        whole = Playlist("ladder", "Ladder", (PlaylistItem(BUNDLED_ROUTINE_ID),))
        resolved = resolve_playlist(whole, catalog)
    assert not resolved.missing
    assert [play.step.level for play in resolved.steps] == [1, 2, 3, 4, 5]
