"""The library view against a real store: listing, thumbnails, search as you type, filters, keys."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QApplication

from desktop.content import BUNDLED_ROUTINE_ID
from desktop.content.library import RoutineCatalog, register_bundled
from desktop.content.library_import import import_path
from desktop.domain import PlaylistItem, Routine
from desktop.paths import data_paths, resource
from desktop.qt.items_mime import ITEMS_MIME, items_from_mime
from desktop.qt.library_view import LibraryView
from desktop.qt.thumbnails import THUMB
from desktop.store import Origin, Store, open_store
from tests.qt.writes import settle_writes

PELICAN = [
    ("pelican", "Pelican", ["Flap the wings slowly"]),
    ("heron", "Heron stand", ["Balance on one leg"]),
]


#: A fake clip: it starts like an MP4 file (an `ftyp` box), which is all importing checks; never decoded here.
FAKE_CLIP = b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00fake clip"


def write_birds(folder: Path) -> Path:
    """A small routine: fake clips (not decoded here) and one real poster."""
    (folder / "clips").mkdir(parents=True)
    (folder / "clips" / "a.mp4").write_bytes(FAKE_CLIP)
    shutil.copy(resource("clips", "scorpion-3.png"), folder / "clips" / "a.png")
    doc = {
        "format": "supple.routine/1",
        "id": "birds",
        "title": "Birds",
        "summary": "Balance drills.",
        "tags": ["balance", "morning"],
        "clips": {"a": {"file": "clips/a.mp4", "poster": "clips/a.png"}},
        "steps": [{"id": i, "title": t, "cues": c, "clip": "a", "hold": 20} for i, t, c in PELICAN],
    }
    path = folder / "birds.supple.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def empty_clipboard_after() -> Iterator[None]:
    """Qt's offscreen platform crashes at exit when the clipboard still holds mime data set from
    Python (not so under X11), so every test leaves it empty."""
    yield
    QApplication.clipboard().clear()


@pytest.fixture
def store(tmp_path: Path, data_dir: Path) -> Iterator[Store]:
    paths = data_paths()
    with open_store(paths) as s:
        register_bundled(s)
        import_path(paths, s, write_birds(tmp_path / "birds"))
        yield s


@pytest.fixture
def view(qtbot, store: Store) -> LibraryView:
    v = LibraryView(RoutineCatalog.load(store), store.favourites)
    qtbot.addWidget(v)
    v.show()
    qtbot.waitExposed(v)
    v.activateWindow()
    return v


def shown(view: LibraryView) -> list[tuple[str, str | None]]:
    return view.visible_rows()


def test_every_routine_is_listed_with_its_steps(view: LibraryView, store: Store) -> None:
    assert store.library.get(BUNDLED_ROUTINE_ID) is not None
    assert store.library.get(BUNDLED_ROUTINE_ID).origin is Origin.BUNDLED
    rows = shown(view)
    assert [r for r in rows if r[1] is None] == [("birds", None), (BUNDLED_ROUTINE_ID, None)]
    assert ("birds", "pelican") in rows and (BUNDLED_ROUTINE_ID, "foot-to-hand") in rows
    birds = view.index_of("birds")
    assert "Birds" in birds.data() and "balance, morning" in birds.data()
    assert view.status.text() == "2 routines"


def _centre(icon: QIcon) -> QColor:
    image = icon.pixmap(THUMB).toImage()
    return image.pixelColor(image.width() // 2, image.height() // 2)


def test_thumbnails_are_the_clip_posters(view: LibraryView) -> None:
    icon = view.index_of("birds", "pelican").data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(icon, QIcon) and not icon.isNull()
    assert _centre(icon) != QColor(Qt.GlobalColor.darkGray)  # a picture, not the empty tile


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("pelican", [("birds", None), ("birds", "pelican")]),  # a step title
        ("WINGS", [("birds", None), ("birds", "pelican")]),  # a cue, any case
        ("balance heron", [("birds", None), ("birds", "heron")]),  # a tag and a step, together
        ("morning", [("birds", None), ("birds", "pelican"), ("birds", "heron")]),  # a tag: every step
        ("penguin", []),
    ],
)
def test_search_as_you_type(
    qtbot, view: LibraryView, typed: str, expected: list[tuple[str, str | None]]
) -> None:
    qtbot.keyClicks(view.search, typed)
    assert shown(view) == expected
    view.search.clear()
    assert len(shown(view)) == 2 + 2 + 5


def test_search_matches_the_bundled_routine_cues(qtbot, view: LibraryView) -> None:
    qtbot.keyClicks(view.search, "towel")  # in the Scorpion Stretch's first cue
    rows = shown(view)
    assert all(r[0] == BUNDLED_ROUTINE_ID for r in rows)
    assert (BUNDLED_ROUTINE_ID, "hip-off-floor") in rows


def test_filter_by_tag(view: LibraryView) -> None:
    view.tag_box.setCurrentIndex(view.tag_box.findData("warm-up"))
    assert {r[0] for r in shown(view)} == {BUNDLED_ROUTINE_ID}
    view.tag_box.setCurrentIndex(view.tag_box.findData("balance"))
    assert {r[0] for r in shown(view)} == {"birds"}
    view.tag_box.setCurrentIndex(0)
    assert {r[0] for r in shown(view)} == {"birds", BUNDLED_ROUTINE_ID}


def test_filter_by_favourites_and_toggle_them_with_ctrl_d(qtbot, view: LibraryView, store: Store) -> None:
    store.favourites.add("birds", "heron")  # written behind the view's back: it reads them again
    view.favourites.reload()
    view.favourites_box.setChecked(True)
    assert shown(view) == [("birds", None), ("birds", "heron")]
    view.favourites_box.setChecked(False)
    view.tree.setFocus()
    view.tree.setCurrentIndex(view.index_of(BUNDLED_ROUTINE_ID))
    with qtbot.waitSignal(view.favouritesChanged):
        qtbot.keyClick(view.tree, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    settle_writes()
    assert store.favourites.contains(BUNDLED_ROUTINE_ID)
    assert view.index_of(BUNDLED_ROUTINE_ID).data().startswith("★ ")
    view.favourites_box.setChecked(True)
    assert {r[0] for r in shown(view)} == {"birds", BUNDLED_ROUTINE_ID}
    # A starred routine is listed, but not its unstarred steps.
    assert [r for r in shown(view) if r[0] == BUNDLED_ROUTINE_ID] == [(BUNDLED_ROUTINE_ID, None)]


def test_the_keyboard_opens_plays_adds_and_copies(qtbot, view: LibraryView) -> None:
    view.tree.setFocus()
    view.focus_search()  # the window's Ctrl+F (tests/qt/test_window_menus.py)
    assert view.search.hasFocus()
    qtbot.keyClicks(view.search, "heron")
    qtbot.keyClick(view.search, Qt.Key.Key_Down)
    assert view.tree.hasFocus()
    view.tree.setCurrentIndex(view.index_of("birds", "heron"))
    with qtbot.waitSignal(view.openRoutine) as opened:
        qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    assert isinstance(opened.args[0], Routine) and opened.args[0].id == "birds"
    with qtbot.waitSignal(view.playRoutine) as played:
        qtbot.keyClick(view.tree, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert played.args[0].id == "birds"
    with qtbot.waitSignal(view.addToPlaylist) as added:
        qtbot.keyClick(view.tree, Qt.Key.Key_Insert)
    assert added.args[0] == [PlaylistItem("birds", "heron")]
    qtbot.keyClick(view.tree, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert items_from_mime(QApplication.clipboard().mimeData()) == [PlaylistItem("birds", "heron")]
    qtbot.keyClick(view.search, Qt.Key.Key_Escape)
    assert view.search.text() == ""


def test_dragging_carries_playlist_items(view: LibraryView) -> None:
    indexes = [
        view.proxy.mapToSource(view.index_of("birds")),
        view.proxy.mapToSource(view.index_of("birds", "heron")),
    ]
    mime = view.model.mimeData(indexes)
    assert mime.hasFormat(ITEMS_MIME)
    assert items_from_mime(mime) == [PlaylistItem("birds"), PlaylistItem("birds", "heron")]
    assert view.model.supportedDragActions() == Qt.DropAction.CopyAction


def test_a_routine_whose_file_is_gone_is_shown_but_cannot_be_used(qtbot, store: Store) -> None:
    entry = store.library.get("birds")
    assert entry is not None and entry.source is not None
    entry.source.unlink()
    v = LibraryView(RoutineCatalog.load(store), store.favourites)
    qtbot.addWidget(v)
    broken = v.index_of("birds")
    assert broken.isValid()
    assert "cannot be loaded" in broken.data()
    assert "does not exist" in broken.data(Qt.ItemDataRole.ToolTipRole)
    assert not (v.proxy.flags(broken) & Qt.ItemFlag.ItemIsEnabled)
    v.tree.setCurrentIndex(broken)  # a disabled row cannot become current: nothing to open or play
    assert v.tree.currentIndex() != broken
    assert v.current_routine() is None or v.current_routine().id != "birds"


def test_without_a_store_the_bundled_routine_is_still_there(qtbot) -> None:
    v = LibraryView(RoutineCatalog.load(None))
    qtbot.addWidget(v)
    assert [r for r in v.visible_rows() if r[1] is None] == [(BUNDLED_ROUTINE_ID, None)]
    assert not v.favourites_box.isEnabled()
    v.toggle_favourite()  # nothing to do, nothing raised
    assert v.index_of("nope") == QModelIndex()


def test_the_favourite_button_shows_the_chosen_rows_state(qtbot, view: LibraryView, store: Store) -> None:
    view.tree.setCurrentIndex(view.index_of("birds"))
    assert view.favourite_button.isCheckable() and not view.favourite_button.isChecked()
    with qtbot.waitSignal(view.favouritesChanged):  # written in a Task, off the GUI thread
        view.favourite_button.click()
    assert store.favourites.contains("birds")
    assert view.favourite_button.isChecked() and view.favourite_button.text().startswith("★")
    view.tree.setCurrentIndex(view.index_of(BUNDLED_ROUTINE_ID))
    assert not view.favourite_button.isChecked()
    view.tree.setCurrentIndex(view.index_of("birds"))
    with qtbot.waitSignal(view.favouritesChanged):
        view.favourite_button.click()
    assert not store.favourites.contains("birds") and not view.favourite_button.isChecked()
