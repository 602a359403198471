"""The playlist builder, driven by drag and drop and by the keyboard, saving through the real store."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QMimeData, QModelIndex, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from desktop.content import BUNDLED_ROUTINE_ID
from desktop.content.library import RoutineCatalog, register_bundled
from desktop.content.playlist import Block
from desktop.content.playlist_resolve import ResolvedPlaylist
from desktop.domain import PlaylistItem, StepOverrides
from desktop.paths import data_paths
from desktop.qt.items_mime import ITEMS_MIME, items_to_mime
from desktop.qt.library_view import LibraryView
from desktop.qt.playlist_builder import PlaylistBuilder, playlist_id_for
from desktop.qt.playlist_model import ROWS_MIME
from desktop.store import Store, open_store

R = BUNDLED_ROUTINE_ID
STEPS = ["hip-off-floor", "hips-at-90", "foot-to-floor", "foot-reach", "foot-to-hand"]


@pytest.fixture(autouse=True)
def empty_clipboard_after() -> Iterator[None]:
    """Qt's offscreen platform crashes at exit when the clipboard still holds mime data set from
    Python (not so under X11), so every test leaves it empty."""
    yield
    QApplication.clipboard().clear()


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    with open_store(data_paths()) as s:
        register_bundled(s)
        yield s


@pytest.fixture
def catalog(store: Store) -> RoutineCatalog:
    return RoutineCatalog.load(store)


@pytest.fixture
def builder(qtbot, store: Store, catalog: RoutineCatalog) -> PlaylistBuilder:
    b = PlaylistBuilder(store, catalog)
    b.confirm = lambda title, text: True
    qtbot.addWidget(b)
    b.resize(900, 600)
    b.show()
    qtbot.waitExposed(b)
    b.activateWindow()
    return b


def ids(b: PlaylistBuilder) -> list[str | None]:
    return [i.step_id for i in b.document.items]


def fill(b: PlaylistBuilder, *steps: str) -> None:
    b.add_items([PlaylistItem(R, s) for s in steps], at=b.model.rowCount())
    b.model.undo_stack.clear()


def save(qtbot, b: PlaylistBuilder) -> None:
    """Save, and wait for the store to have it (the write runs in a Task)."""
    with qtbot.waitSignal(b.playlistSaved):
        assert b.save() is not None


def focus_row(qtbot, b: PlaylistBuilder, row: int) -> None:
    """Focus the list with only `row` chosen (through the selection model: setCurrentIndex would
    read the modifier keys an earlier key click left behind)."""
    b.view.setFocus()
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
    b.view.selectionModel().setCurrentIndex(b.model.index(row, 0), flags)
    qtbot.waitUntil(b.view.hasFocus)
    assert b.view_rows() == [row]


def drop(b: PlaylistBuilder, mime: QMimeData, pos: QPoint, actions: Qt.DropAction) -> bool:
    """What Qt delivers to the list's viewport when a drag offering `actions` enters, moves to
    `pos` and is released; True when the list took the drop."""
    viewport = b.view.viewport()
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(pos, actions, mime, buttons, modifiers)
    QApplication.sendEvent(viewport, enter)
    if not enter.isAccepted():
        return False
    QApplication.sendEvent(viewport, QDragMoveEvent(pos, actions, mime, buttons, modifiers))
    released = QDropEvent(QPointF(pos), actions, mime, buttons, modifiers)
    QApplication.sendEvent(viewport, released)
    if released.isAccepted():
        # A move inside the list is reported back as a copy, so that Qt does not remove the rows again.
        assert released.dropAction() == Qt.DropAction.CopyAction
    return released.isAccepted()


#: What a drag from a playlist offers (a library offers only CopyAction).
FROM_A_PLAYLIST = Qt.DropAction.MoveAction | Qt.DropAction.CopyAction


def lower_half(b: PlaylistBuilder, row: int) -> QPoint:
    rect = b.view.visualRect(b.model.index(row, 0))
    return QPoint(rect.center().x(), rect.bottom() - 2)


def upper_half(b: PlaylistBuilder, row: int) -> QPoint:
    rect = b.view.visualRect(b.model.index(row, 0))
    return QPoint(rect.center().x(), rect.top() + 2)


# -- drag and drop


def test_dropping_library_rows_on_the_model_inserts_them_as_one_undo_step(
    qtbot,
    builder: PlaylistBuilder,
    catalog: RoutineCatalog,
) -> None:
    library = LibraryView(catalog)
    qtbot.addWidget(library)
    source = [library.proxy.mapToSource(library.index_of(R, s)) for s in ("foot-reach", "hips-at-90")]
    mime = library.model.mimeData(source)
    fill(builder, "hip-off-floor")
    assert builder.model.canDropMimeData(mime, Qt.DropAction.CopyAction, 0, 0, QModelIndex())
    assert builder.model.dropMimeData(mime, Qt.DropAction.CopyAction, 0, 0, QModelIndex())
    assert ids(builder) == ["foot-reach", "hips-at-90", "hip-off-floor"]
    assert builder.view_rows() == [0, 1]  # what was dropped is selected
    builder.model.undo_stack.undo()
    assert ids(builder) == ["hip-off-floor"]


def test_dropping_a_whole_routine_adds_it_as_one_item(builder: PlaylistBuilder) -> None:
    builder.model.dropMimeData(
        items_to_mime([PlaylistItem(R)]), Qt.DropAction.CopyAction, -1, 0, QModelIndex()
    )
    assert builder.document.items == (PlaylistItem(R),)
    assert "whole routine, 5 steps" in builder.model.index(0, 0).data()


def test_the_list_places_a_drop_by_the_pointer(qtbot, builder: PlaylistBuilder) -> None:
    fill(builder, "hip-off-floor", "hips-at-90")
    drop(
        builder,
        items_to_mime([PlaylistItem(R, "foot-reach")]),
        lower_half(builder, 0),
        Qt.DropAction.CopyAction,
    )
    assert ids(builder) == ["hip-off-floor", "foot-reach", "hips-at-90"]
    drop(
        builder,
        items_to_mime([PlaylistItem(R, "foot-to-hand")]),
        upper_half(builder, 0),
        Qt.DropAction.CopyAction,
    )
    assert ids(builder) == ["foot-to-hand", "hip-off-floor", "foot-reach", "hips-at-90"]
    below_everything = QPoint(10, builder.view.viewport().height() - 2)
    drop(
        builder, items_to_mime([PlaylistItem(R, "foot-to-floor")]), below_everything, Qt.DropAction.CopyAction
    )
    assert ids(builder)[-1] == "foot-to-floor"


def test_rows_dragged_inside_the_list_are_moved_not_copied(qtbot, builder: PlaylistBuilder) -> None:
    fill(builder, "hip-off-floor", "hips-at-90", "foot-to-floor")
    mime = builder.model.mimeData([builder.model.index(0, 0)])
    assert mime.hasFormat(ROWS_MIME) and mime.hasFormat(ITEMS_MIME)
    assert drop(builder, mime, lower_half(builder, 2), FROM_A_PLAYLIST)
    assert ids(builder) == ["hips-at-90", "foot-to-floor", "hip-off-floor"]
    assert builder.model.undo_stack.count() == 1
    # Straight through the model too, as Qt's own item views call it:
    mime = builder.model.mimeData([builder.model.index(2, 0)])
    builder.model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert ids(builder) == ["hip-off-floor", "hips-at-90", "foot-to-floor"]
    assert builder.model.rowCount() == 3


def test_rows_from_another_playlist_are_copied(
    qtbot, builder: PlaylistBuilder, store: Store, catalog: RoutineCatalog
) -> None:
    other = PlaylistBuilder(store, catalog)
    qtbot.addWidget(other)
    fill(other, "foot-to-hand")
    fill(builder, "hip-off-floor")
    assert drop(
        builder, other.model.mimeData([other.model.index(0, 0)]), lower_half(builder, 0), FROM_A_PLAYLIST
    )
    assert ids(builder) == ["hip-off-floor", "foot-to-hand"]
    assert ids(other) == ["foot-to-hand"]


def test_a_drop_into_a_repeated_block_joins_it(qtbot, builder: PlaylistBuilder) -> None:
    fill(builder, "hip-off-floor", "hips-at-90", "foot-to-floor")
    builder.model.group([0, 1], 3)
    drop(
        builder,
        items_to_mime([PlaylistItem(R, "foot-reach")]),
        lower_half(builder, 0),
        Qt.DropAction.CopyAction,
    )
    assert builder.document.blocks == (Block(0, 2, 3),)
    assert builder.model.index(0, 0).data().startswith("┏ ⟳×3 1.")


def test_foreign_drops_are_ignored(builder: PlaylistBuilder) -> None:
    mime = QMimeData()
    mime.setText("hello")
    assert not builder.model.canDropMimeData(mime, Qt.DropAction.CopyAction, 0, 0, QModelIndex())
    assert not builder.model.dropMimeData(mime, Qt.DropAction.CopyAction, 0, 0, QModelIndex())
    assert not drop(builder, mime, QPoint(5, 5), Qt.DropAction.CopyAction)  # refused as it enters
    broken = QMimeData()
    broken.setData(ITEMS_MIME, b"[not json")
    drop(builder, broken, QPoint(5, 5), Qt.DropAction.CopyAction)
    assert builder.model.rowCount() == 0
    assert builder.model.undo_stack.count() == 0


# -- the keyboard


def test_delete_duplicate_and_move_with_keys(qtbot, builder: PlaylistBuilder) -> None:
    fill(builder, "hip-off-floor", "hips-at-90", "foot-to-floor")
    focus_row(qtbot, builder, 0)
    qtbot.keyClick(
        builder.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    )
    assert ids(builder) == ["hip-off-floor", "hip-off-floor", "hips-at-90", "foot-to-floor"]
    assert builder.view_rows() == [1]
    qtbot.keyClick(builder.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(builder.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert ids(builder) == ["hip-off-floor", "hips-at-90", "foot-to-floor", "hip-off-floor"]
    qtbot.keyClick(builder.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # at the end: stays
    assert builder.view_rows() == [3]
    qtbot.keyClick(builder.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert ids(builder) == ["hip-off-floor", "hips-at-90", "hip-off-floor", "foot-to-floor"]
    qtbot.keyClick(builder.view, Qt.Key.Key_Delete)
    assert ids(builder) == ["hip-off-floor", "hips-at-90", "foot-to-floor"]
    assert builder.model.undo_stack.count() == 5  # the move that could not happen is no step
    for _ in range(4):
        qtbot.keyClick(builder.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ids(builder) == ["hip-off-floor", "hip-off-floor", "hips-at-90", "foot-to-floor"]
    assert builder.model.undo_stack.index() == 1  # everything but the duplicate undone
    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(builder.view, Qt.Key.Key_Z, redo)
    assert ids(builder) == ["hip-off-floor", "hips-at-90", "hip-off-floor", "foot-to-floor"]
    qtbot.keyClick(builder.view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert ids(builder) == ["hip-off-floor", "hips-at-90", "foot-to-floor", "hip-off-floor"]


def test_undo_restores_the_selection(qtbot, builder: PlaylistBuilder) -> None:
    fill(builder, "hip-off-floor", "hips-at-90", "foot-to-floor")
    focus_row(qtbot, builder, 2)
    qtbot.keyClick(builder.view, Qt.Key.Key_Delete)
    assert builder.view_rows() == [1]
    qtbot.keyClick(builder.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert builder.view_rows() == [2]


def test_ctrl_g_repeats_items_as_a_block(qtbot, builder: PlaylistBuilder) -> None:
    fill(builder, "hip-off-floor", "hips-at-90", "foot-to-floor")
    focus_row(qtbot, builder, 0)
    qtbot.keyClick(builder.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert builder.view_rows() == [0, 1]
    before = builder.model.resolved.total_seconds
    qtbot.keyClick(builder.view, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert builder.document.blocks == (Block(0, 1, 2),)
    qtbot.keyClick(builder.view, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert builder.document.blocks == (Block(0, 1, 3),)
    assert builder.model.resolved.total_seconds > before
    assert [s.step.id for s in builder.model.resolved.steps] == [*(STEPS[:2] * 3), "foot-to-floor"]
    assert builder.editor.block_spin.isVisibleTo(builder) and builder.editor.block_spin.value() == 3
    builder.editor.block_spin.setValue(4)
    assert builder.document.blocks == (Block(0, 1, 4),)
    qtbot.keyClick(
        builder.view, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert builder.document.blocks == ()
    focus_row(qtbot, builder, 1)
    qtbot.keyClick(builder.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(builder.view, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    focus_row(qtbot, builder, 0)
    qtbot.keyClick(builder.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(builder.view, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)  # overlaps: refused, said
    assert builder.document.blocks == (Block(1, 2, 2),)
    assert "overlap" in builder.status.text()


def test_return_edits_the_item_and_changes_are_one_undo_step_per_field(
    qtbot, builder: PlaylistBuilder
) -> None:
    fill(builder, "hips-at-90", "foot-to-floor")
    focus_row(qtbot, builder, 0)
    total = builder.total_label.text()
    qtbot.keyClick(builder.view, Qt.Key.Key_Return)
    assert builder.editor.work_box.hasFocus()
    editor = builder.editor
    assert editor.sets_spin.value() == 2 and not editor.sets_spin.isEnabled()  # the step's own value
    qtbot.keyClick(editor.work_box, Qt.Key.Key_Down)  # "Hold"
    assert builder.document.items[0].overrides.hold == 30.0
    editor.sets_check.setChecked(True)
    for value in (3, 4, 5):
        editor.sets_spin.setValue(value)
    editor.speed_check.setChecked(True)
    editor.speed_spin.setValue(0.5)
    assert builder.document.items[0].overrides == StepOverrides(hold=30.0, sets=5, speed=0.5)
    assert builder.total_label.text() != total
    assert "speed 0.5×" in builder.model.index(0, 0).data()
    stack = builder.model.undo_stack
    stack.undo()  # the speed, at once
    assert builder.document.items[0].overrides == StepOverrides(hold=30.0, sets=5)
    stack.undo()  # switching sets on and every value after it: one field, one step
    assert builder.document.items[0].overrides == StepOverrides(hold=30.0)
    stack.undo()
    assert builder.document.items[0].overrides == StepOverrides()
    qtbot.keyClick(editor.work_box, Qt.Key.Key_Escape)
    assert builder.view.hasFocus()


def test_editing_the_rounds_of_an_item_and_a_loop(qtbot, builder: PlaylistBuilder) -> None:
    fill(builder, "hips-at-90")
    focus_row(qtbot, builder, 0)
    builder.editor.rounds_spin.setValue(3)
    builder.editor.segment_check.setChecked(True)
    builder.editor.start_spin.setValue(1)
    builder.editor.end_spin.setValue(3)
    item = builder.document.items[0]
    assert item.rounds == 3
    assert item.overrides.segment is not None and (
        item.overrides.segment.start,
        item.overrides.segment.end,
    ) == (1, 3)
    assert len(builder.model.resolved.steps) == 3


def test_copy_and_paste_between_library_and_playlist(
    qtbot, builder: PlaylistBuilder, catalog: RoutineCatalog
) -> None:
    library = LibraryView(catalog)
    qtbot.addWidget(library)
    library.show()
    library.tree.setCurrentIndex(library.index_of(R, "foot-reach"))
    library.copy_selected()
    fill(builder, "hip-off-floor")
    focus_row(qtbot, builder, 0)
    qtbot.keyClick(builder.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert ids(builder) == ["hip-off-floor", "foot-reach"]
    qtbot.keyClick(builder.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(builder.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert ids(builder) == ["hip-off-floor", "foot-reach", "foot-reach"]
    library.addToPlaylist.connect(builder.add_items)
    library.tree.setCurrentIndex(library.index_of(R))
    library.add_selected()
    assert builder.document.items[-1] == PlaylistItem(R)


def test_ctrl_return_plays_the_resolved_playlist(qtbot, builder: PlaylistBuilder) -> None:
    fill(builder, "hips-at-90")
    builder.add_items([PlaylistItem("gone-routine")], at=0)
    focus_row(qtbot, builder, 0)
    assert "⚠" in builder.model.index(0, 0).data()
    assert "1 item cannot be played" in builder.total_label.text()
    with qtbot.waitSignal(builder.playPlaylist) as played:
        qtbot.keyClick(builder.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    resolved = played.args[0]
    assert isinstance(resolved, ResolvedPlaylist)
    assert [s.step.id for s in resolved.steps] == ["hips-at-90"]
    assert [m.routine_id for m in resolved.missing] == ["gone-routine"]
    assert resolved.plan_items()[0].routine_id == R


def test_playing_nothing_says_so(qtbot, builder: PlaylistBuilder) -> None:
    with qtbot.assertNotEmitted(builder.playPlaylist):
        builder.play()
    assert "nothing to play" in builder.status.text()


# -- saving through the store


def test_save_rename_reopen_and_delete_through_the_store(
    qtbot, builder: PlaylistBuilder, store: Store, catalog: RoutineCatalog
) -> None:
    fill(builder, "hip-off-floor", "foot-to-hand")
    builder.model.set_item(1, PlaylistItem(R, "foot-to-hand", StepOverrides(sets=1, speed=1.5), rounds=2))
    qtbot.keyClick(builder, Qt.Key.Key_F2)
    assert builder.title_edit.hasFocus()
    qtbot.keyClicks(builder.title_edit, "Morning warm-up")
    qtbot.keyClick(builder.title_edit, Qt.Key.Key_Return)
    assert builder.document.title == "Morning warm-up"
    assert builder.modified
    with qtbot.waitSignal(builder.playlistSaved) as saved:
        qtbot.keyClick(builder.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert saved.args == ["morning-warm-up"]
    assert not builder.modified
    stored = store.playlists.get("morning-warm-up")
    assert stored is not None and stored == builder.document.playlist

    reopened = PlaylistBuilder(store, catalog)  # as after a restart
    qtbot.addWidget(reopened)
    assert reopened.saved_box.findData("morning-warm-up") >= 0
    assert reopened.open_playlist("morning-warm-up")
    assert reopened.document.playlist == stored
    assert reopened.model.resolved.total_seconds == builder.model.resolved.total_seconds

    builder.title_edit.setText("Evening")
    builder.title_edit.editingFinished.emit()
    save(qtbot, builder)
    assert store.playlists.get("morning-warm-up").title == "Evening"
    assert [p.id for p in store.playlists.entries()] == ["morning-warm-up"]  # renamed, same id

    with qtbot.waitSignal(builder.playlistDeleted):
        qtbot.keyClick(
            builder.view,
            Qt.Key.Key_Delete,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert store.playlists.entries() == []
    assert builder.document.items == ()


def test_undo_after_saving_keeps_the_playlist_it_saved(qtbot, builder: PlaylistBuilder, store: Store) -> None:
    fill(builder, "hip-off-floor")
    builder.title_edit.setText("Morning warm-up")
    builder.title_edit.editingFinished.emit()
    save(qtbot, builder)
    qtbot.keyClick(builder.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert builder.document.title == "New playlist"  # the rename is undone...
    assert builder.document.id == "morning-warm-up"  # ...not where it is saved
    builder.model.insert(1, [PlaylistItem(R, "foot-to-hand")])
    qtbot.keyClick(builder.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(builder.view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    save(qtbot, builder)
    assert [(p.id, len(p.items)) for p in store.playlists.entries()] == [("morning-warm-up", 2)]


def test_leaving_unsaved_changes_asks_first(qtbot, builder: PlaylistBuilder) -> None:
    fill(builder, "hip-off-floor")
    builder.model.remove([0])
    asked: list[str] = []
    builder.confirm = lambda title, text: asked.append(title) is not None  # says no
    qtbot.keyClick(builder, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["Unsaved changes"]
    assert builder.modified  # still here
    builder.confirm = lambda title, text: True
    builder.new_playlist()
    assert not builder.modified and builder.document.items == ()


def test_saving_without_a_store_says_why(qtbot, catalog: RoutineCatalog) -> None:
    b = PlaylistBuilder(None, catalog)
    qtbot.addWidget(b)
    assert b.save() is None
    assert "cannot be saved" in b.status.text()
    assert not b.save_button.isEnabled()


def test_new_playlist_ids_are_unique() -> None:
    assert playlist_id_for("Morning warm-up!", set()) == "morning-warm-up"
    assert playlist_id_for("Morning warm-up", {"morning-warm-up"}) == "morning-warm-up-2"
    assert playlist_id_for("★★★", set()) == "playlist"


def test_blocks_are_saved_and_opened_with_the_playlist(
    qtbot, builder: PlaylistBuilder, store: Store, catalog: RoutineCatalog
) -> None:
    fill(builder, "hip-off-floor", "hips-at-90")
    builder.model.group([0, 1], 3)
    save(qtbot, builder)  # a first save: the playlist takes its id from its name, blocks and all
    saved = store.playlists.get(builder.document.id)
    assert saved is not None and saved.blocks == (Block(0, 1, 3),)
    assert saved == builder.document.playlist

    reopened = PlaylistBuilder(store, catalog)  # as after a restart
    qtbot.addWidget(reopened)
    assert reopened.open_playlist(saved.id)
    assert reopened.document.blocks == (Block(0, 1, 3),)
    assert reopened.model.block_at(1) == Block(0, 1, 3)
    assert len(reopened.model.resolved.steps) == 6  # the block plays three times

    reopened.model.ungroup(0)
    save(qtbot, reopened)
    assert store.playlists.get(saved.id) == dataclasses.replace(saved, blocks=())


def test_with_an_item_chosen_every_control_is_named_and_tab_walks_them_in_reading_order(
    qtbot, builder: PlaylistBuilder
) -> None:
    from tests.qt.keyboard import out_of_reading_order, reading_first, tab_controls, tab_walk
    from tests.qt.test_accessibility import unnamed_controls

    fill(builder, "hip-off-the-floor", "hips-at-90")
    focus_row(qtbot, builder, 0)
    assert builder.editor.isVisible()
    assert unnamed_controls(builder, at_least=10) == []
    controls = tab_controls(builder)
    first = reading_first(controls, builder)

    walk = tab_walk(builder, first)

    assert set(walk) == set(controls) and any(builder.editor.isAncestorOf(w) for w in walk)
    assert out_of_reading_order(walk, first) == []
