"""Importing and exporting from the library view and the builder: on a worker thread, with a
progress dialog whose Cancel stops it, and the store and data folder unchanged on failure."""

from __future__ import annotations

import json
import threading
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

import desktop.qt.library_transfer as library_transfer
from desktop.content import BUNDLED_ROUTINE_ID
from desktop.content.bundle import BundleCancelled, CancelToken
from desktop.content.bundle_read import read_bundle
from desktop.content.library import RoutineCatalog, register_bundled
from desktop.content.library_import import import_path
from desktop.content.playlist import Block
from desktop.domain import PlaylistItem
from desktop.paths import DataPaths, data_paths
from desktop.qt.library_view import LibraryView
from desktop.qt.playlist_builder import PlaylistBuilder
from desktop.qt.tasks import Task, TaskContext
from desktop.store import Store, open_store
from tests.qt.test_library_view import FAKE_CLIP, write_birds

WAIT_MS = 20_000


@pytest.fixture
def store(paths: DataPaths) -> Iterator[Store]:
    with open_store(paths) as s:
        register_bundled(s)
        yield s


@pytest.fixture
def view(qtbot, store: Store, paths: DataPaths) -> LibraryView:
    v = LibraryView()
    v.set_store(store, paths)
    qtbot.addWidget(v)
    v.show()
    qtbot.waitExposed(v)
    v.activateWindow()
    return v


@pytest.fixture
def birds_bundle(tmp_path: Path) -> Path:
    """The birds routine as a bundle, made in a data folder of its own."""
    other = data_paths(tmp_path / "elsewhere")
    with open_store(other) as s:
        import_path(other, s, write_birds(tmp_path / "birds"))
        routine = RoutineCatalog.load(s)("birds")
    assert routine is not None
    out = tmp_path / "birds.supple"
    library_transfer.export_routine(routine, out)
    return out


def test_an_import_runs_in_the_background_and_refreshes_the_view(
    qtbot, view: LibraryView, birds_bundle: Path, store: Store
) -> None:
    assert ("birds", None) not in view.visible_rows()
    view.choose_import = lambda: birds_bundle
    with qtbot.waitSignal(view.libraryChanged, timeout=WAIT_MS) as changed:
        view.import_button.click()
    assert changed.args[0].routines[0].id == "birds"
    assert ("birds", "heron") in view.visible_rows()
    assert store.library.get("birds") is not None
    assert view.status.text() == 'Imported the routine "Birds" (2 steps).'
    assert view.task is None


def test_a_conflict_asks_before_replacing(
    qtbot, view: LibraryView, birds_bundle: Path, tmp_path: Path, paths: DataPaths
) -> None:
    with qtbot.waitSignal(view.libraryChanged, timeout=WAIT_MS):
        view.import_from(birds_bundle)
    changed = tmp_path / "changed.supple"
    with zipfile.ZipFile(birds_bundle) as src, zipfile.ZipFile(changed, "w") as dst:
        for info in src.infolist():
            data = FAKE_CLIP + b"changed" if info.filename.endswith(".mp4") else src.read(info)
            dst.writestr(info, data)
    questions: list[str] = []
    view.confirm = lambda title, text: questions.append(text) is None and False  # no
    task = view.import_from(changed)
    assert task is not None
    settle(task)
    assert 'already has a different routine "birds"' in questions[0]
    assert view.status.text() == "Nothing was imported."
    assert (paths.library / "birds" / "clips" / "a.mp4").read_bytes() == FAKE_CLIP
    view.confirm = lambda title, text: True
    with qtbot.waitSignal(view.libraryChanged, timeout=WAIT_MS):
        view.import_from(changed)
    assert (paths.library / "birds" / "clips" / "a.mp4").read_bytes() == FAKE_CLIP + b"changed"


def settle(task: Any) -> None:
    """Wait for a task's worker to end, then deliver what it posted to the GUI thread.

    (waitSignal on `task.finished` would race: the signal comes from the worker thread, and the
    view's own slot may not have run yet when the wait ends.)
    """
    assert task.wait(WAIT_MS / 1000)
    QApplication.sendPostedEvents()
    QApplication.processEvents()


def test_a_refused_bundle_is_shown_and_changes_nothing(
    qtbot, view: LibraryView, tmp_path: Path, store: Store, paths: DataPaths
) -> None:
    evil = tmp_path / "evil.supple"
    with zipfile.ZipFile(evil, "w") as zf:
        zf.writestr("../../evil.supple.json", "{}")
    before = sorted(p.name for p in paths.root.iterdir())
    task = view.import_from(evil)
    assert task is not None
    settle(task)
    assert 'points outside the bundle with ".."' in view.status.text()
    assert view.error_box is not None and view.error_box.isVisible()
    assert 'entry "../../evil.supple.json"' in view.error_box.text()
    view.error_box.close()
    assert sorted(p.name for p in paths.root.iterdir()) == before
    assert [e.id for e in store.library.entries()] == [BUNDLED_ROUTINE_ID]


def test_cancel_in_the_progress_dialog_stops_the_import(
    qtbot,
    view: LibraryView,
    birds_bundle: Path,
    store: Store,
    monkeypatch: pytest.MonkeyPatch,
    paths: DataPaths,
) -> None:
    """The worker is held at its first progress report until Cancel is pressed: no race."""
    real = library_transfer.import_path
    pressed = threading.Event()
    reported = threading.Event()

    def held(*args: Any, progress: Any, cancel: CancelToken, **kwargs: Any) -> Any:
        def report(done: int, total: int) -> None:
            progress(done, total)
            reported.set()
            pressed.wait(WAIT_MS / 1000)

        return real(*args, progress=report, cancel=cancel, **kwargs)

    monkeypatch.setattr(library_transfer, "import_path", held)
    task = view.import_from(birds_bundle)
    assert task is not None
    # (waiting for task.progressed here would race: the worker may report before we connect)
    qtbot.waitUntil(reported.is_set, timeout=WAIT_MS)
    ends: list[tuple[object, object]] = []
    task.finished.connect(lambda result, error: ends.append((result, error)))
    assert task.dialog is not None
    task.dialog.findChild(QPushButton).click()  # the dialog's Cancel button
    pressed.set()
    settle(task)
    assert isinstance(ends[0][1], BundleCancelled)
    assert view.status.text() == "Import cancelled; nothing was changed."
    assert store.library.get("birds") is None
    assert not paths.library.exists()
    assert not list(paths.root.glob(".import-*"))


def test_a_task_with_a_progress_dialog_reports_progress_and_its_result(qtbot) -> None:
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)

    def work(context: TaskContext) -> str:
        for done in range(0, 3_000_001, 1000):
            context.progress(done, 3_000_000)  # thousands of reports, at most a thousand signals
        return "done"

    task = Task(parent, work, progress_label="Working")
    assert task.dialog is not None and task.dialog.labelText() == "Working"
    seen: list[int] = []
    task.progressed.connect(lambda done, total: seen.append(done))
    results: list[str] = []
    task.on_success(results.append).start()
    settle(task)
    assert results == ["done"]
    qtbot.waitUntil(lambda: len(seen) > 0)
    assert len(seen) <= 1001 and seen == sorted(seen)


def test_exporting_a_routine_from_the_library(qtbot, view: LibraryView, tmp_path: Path) -> None:
    view.tree.setCurrentIndex(view.index_of(BUNDLED_ROUTINE_ID))
    out = tmp_path / "scorpion.supple"
    view.choose_export = lambda routine: out
    task = view.export_current()
    assert task is not None
    settle(task)
    assert view.status.text() == f'Exported "Scorpion Stretch" to {out}.'
    contents = read_bundle(out, tmp_path / "check")
    assert contents.routines[0].routine.id == BUNDLED_ROUTINE_ID


@pytest.mark.parametrize("take_bundle", [True, False])
def test_exporting_a_routine_file_alone_offers_the_bundle(
    qtbot, view: LibraryView, tmp_path: Path, take_bundle: bool
) -> None:
    import os

    view.tree.setCurrentIndex(view.index_of(BUNDLED_ROUTINE_ID))
    view.choose_export = lambda routine: tmp_path / "scorpion.supple.json"
    asked: list[str] = []
    view.confirm = lambda title, text: asked.append(text) or take_bundle
    old = os.umask(0o027)
    try:
        assert view.export_current() is not None
        qtbot.waitUntil(lambda: view.task is None, timeout=WAIT_MS)  # a lone file is written at once
    finally:
        os.umask(old)
    assert len(asked) == 1 and "not inside" in asked[0] and "scorpion.supple" in asked[0]
    written = tmp_path / ("scorpion.supple" if take_bundle else "scorpion.supple.json")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("scorpion")] == [written.name]
    assert written.stat().st_mode & 0o777 == 0o640


def test_exporting_a_playlist_from_the_builder_keeps_its_blocks(qtbot, store: Store, tmp_path: Path) -> None:
    builder = PlaylistBuilder(store, RoutineCatalog.load(store))
    qtbot.addWidget(builder)
    builder.add_items([PlaylistItem(BUNDLED_ROUTINE_ID, "hips-at-90"), PlaylistItem(BUNDLED_ROUTINE_ID)])
    builder.model.group([0, 1], 4)
    out = tmp_path / "warm-up.supple"
    builder.choose_export = lambda doc: out
    with qtbot.waitSignal(builder.playlistExported, timeout=WAIT_MS) as exported:
        builder.export()
    assert exported.args == [str(out)]
    contents = read_bundle(out, tmp_path / "check")
    assert contents.playlist == builder.document
    assert contents.playlist is not None and contents.playlist.blocks == (Block(0, 1, 4),)
    assert contents.routines == ()  # the bundled routine never travels


def test_importing_needs_the_store(qtbot, tmp_path: Path) -> None:
    v = LibraryView(RoutineCatalog.load(None))
    qtbot.addWidget(v)
    assert not v.import_button.isEnabled()
    assert v.import_from(tmp_path / "x.supple") is None
    assert "needs the database" in v.status.text()
    time.sleep(0)  # nothing was started


def test_a_read_only_store_shows_the_library_but_imports_and_favourites_are_refused(
    qtbot,
    store: Store,
    paths: DataPaths,
    birds_bundle: Path,
) -> None:
    with open_store(paths, read_only=True) as read_only:
        v = LibraryView()
        qtbot.addWidget(v)
        v.set_store(read_only, paths)
        assert (BUNDLED_ROUTINE_ID, None) in v.visible_rows()
        assert not v.import_button.isEnabled()
        assert v.import_from(birds_bundle) is None
        v.tree.setCurrentIndex(v.index_of(BUNDLED_ROUTINE_ID))
        assert v.toggle_favourite() is None  # refused at once: the store is read-only
        assert "could not be saved" in v.status.text() and "read-only" in v.status.text()
        assert v.error_box is not None and "read-only" in v.error_box.text()
        v.error_box.close()
        assert not v.index_of(BUNDLED_ROUTINE_ID).data().startswith("★")  # the star stays off
        assert not v.favourite_button.isChecked()
    assert not store.favourites.entries()


@pytest.fixture
def outside_routine(tmp_path: Path) -> tuple[Path, Path]:
    """A routine file whose clip is named by an absolute path outside its folder: (routine, clip)."""
    clip = tmp_path / "videos" / "heron.mp4"
    clip.parent.mkdir()
    clip.write_bytes(FAKE_CLIP)
    routine = tmp_path / "downloads" / "heron" / "heron.supple.json"
    routine.parent.mkdir(parents=True)
    routine.write_text(
        json.dumps({
            "format": "supple.routine/1", "id": "heron", "title": "Heron",
            "clips": {"a": {"file": str(clip)}},
            "steps": [{"id": "stand", "title": "Stand", "clip": "a", "hold": 20}],
        }),
        encoding="utf-8",
    )  # fmt: skip
    return routine, clip


def test_clips_from_outside_the_routine_folder_are_copied_only_when_confirmed(
    qtbot, view: LibraryView, outside_routine: tuple[Path, Path], store: Store, paths: DataPaths
) -> None:
    routine, clip = outside_routine
    asked: list[tuple[Path, list[Path]]] = []
    view.confirm_outside = lambda path, files: asked.append((path, list(files))) is None and False  # no
    task = view.import_from(routine)
    assert task is not None
    settle(task)
    assert asked == [(routine, [clip])]
    assert view.status.text() == "Nothing was imported: the routine uses files from outside its folder."
    assert store.library.get("heron") is None
    assert not paths.library.exists()
    assert view.error_box is None  # a question, not an error

    view.confirm_outside = lambda path, files: asked.append((path, list(files))) is None  # yes
    with qtbot.waitSignal(view.libraryChanged, timeout=WAIT_MS):
        view.import_from(routine)
    assert len(asked) == 2
    assert (paths.library / "heron" / "clips" / "heron.mp4").read_bytes() == FAKE_CLIP
    assert ("heron", "stand") in view.visible_rows()


def test_a_confirmed_file_that_is_not_a_video_is_still_refused(
    qtbot, view: LibraryView, outside_routine: tuple[Path, Path], store: Store, paths: DataPaths
) -> None:
    routine, clip = outside_routine
    clip.write_bytes(b"-----BEGIN OPENSSH PRIVATE KEY-----\n")
    view.confirm_outside = lambda path, files: True
    changed: list[object] = []
    view.libraryChanged.connect(changed.append)
    view.import_from(routine)
    qtbot.waitUntil(lambda: view.task is None and view.error_box is not None, timeout=WAIT_MS)
    assert view.error_box is not None
    assert "the file is not valid" in view.status.text()
    assert "clips.a.file" in view.error_box.text() and "is not a video" in view.error_box.text()
    view.error_box.close()
    assert changed == []
    assert store.library.get("heron") is None
    assert not paths.library.exists()


def test_the_question_lists_the_outside_files_and_defaults_to_no(
    qtbot, view: LibraryView, tmp_path: Path
) -> None:
    files = [tmp_path / "videos" / "heron.mp4", Path("/home/someone/.ssh/id_ed25519")]
    box = library_transfer.outside_clips_box(view, tmp_path / "heron.supple.json", files)
    qtbot.addWidget(box)
    text = box.text()
    assert text.startswith("heron.supple.json uses 2 files from outside its folder:")
    assert all(str(f) in text for f in files)
    assert "every bundle you export" in text
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
