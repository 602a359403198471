"""The playlist item editor: labelled work fields that fit, inherited values in fields an item does
not change, visible spin box arrows, an empty playlist's hint, and the chosen item's clip shown."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QDoubleSpinBox, QLabel, QWidget

from desktop.content import BUNDLED_ROUTINE_ID, bundled_routine_path, load_routine
from desktop.domain import PlaylistItem, Segment, StepOverrides
from desktop.media.fake import FakeBackend
from desktop.qt.main_window import MainWindow
from desktop.qt.playlist_builder import PlaylistBuilder
from desktop.store import Store
from tests.qt.test_playlist_builder import R, builder, catalog, fill, focus_row, store

__all__ = ["builder", "catalog", "store"]


def test_the_work_fields_are_labelled_and_the_work_choice_is_never_cut(
    qtbot, builder: PlaylistBuilder
) -> None:
    fill(builder, "hip-off-floor")
    focus_row(qtbot, builder, 0)
    editor = builder.editor
    for spin, text in (
        (editor.hold_spin, "Hold"),
        (editor.reps_spin, "Repetitions"),
        (editor.pace_spin, "Seconds each"),
    ):
        label = editor.form.labelForField(spin)
        assert isinstance(label, QLabel) and label.text().replace("&", "") == text
        assert label.buddy() is spin
    for width in (300, 420, 900):
        builder.resize(width, 700)
        qtbot.waitUntil(lambda w=width: builder.width() == w or builder.minimumSizeHint().width() > w)
        box = editor.work_box
        longest = max(box.fontMetrics().horizontalAdvance(box.itemText(i)) for i in range(box.count()))
        assert box.width() >= box.sizeHint().width()
        assert box.width() > longest


def test_fields_an_item_does_not_change_show_what_it_inherits(
    qtbot, builder: PlaylistBuilder, catalog
) -> None:
    fill(builder, "hips-at-90")
    focus_row(qtbot, builder, 0)
    step = catalog(R).step("hips-at-90")
    editor = builder.editor
    editor.sets_check.setChecked(True)
    editor.sets_spin.setValue(step.sets + 3)
    editor.rest_check.setChecked(True)
    editor.rest_spin.setValue(step.rest + 7)
    assert builder.document.items[0].overrides.sets == step.sets + 3
    editor.sets_check.setChecked(False)
    editor.rest_check.setChecked(False)
    assert not editor.sets_spin.isEnabled() and editor.sets_spin.value() == step.sets
    assert not editor.rest_spin.isEnabled() and editor.rest_spin.value() == step.rest
    assert builder.document.items[0].overrides == StepOverrides()
    editor.work_box.setCurrentIndex(1)  # Hold
    editor.hold_spin.setValue(99)
    editor.work_box.setCurrentIndex(0)  # As the step
    expected = step.hold if step.hold else 30
    assert not editor.hold_spin.isEnabled() and editor.hold_spin.value() == expected


def bright_pixels(widget: QWidget, x0: int, x1: int) -> int:
    image = widget.grab().toImage()
    return sum(
        1
        for x in range(x0, x1)
        for y in range(3, image.height() - 3)
        if image.pixelColor(x, y).lightness() > 200
    )


@pytest.fixture
def themed() -> Iterator[None]:
    from desktop.qt.theme import apply_theme

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app)
    yield
    app.setStyleSheet("")


def test_spin_boxes_show_their_arrows(qtbot, themed: None) -> None:
    spin = QDoubleSpinBox()
    qtbot.addWidget(spin)
    spin.resize(160, 34)
    spin.show()
    qtbot.waitExposed(spin)
    assert bright_pixels(spin, spin.width() - 16, spin.width() - 4) >= 20  # the two arrows
    assert bright_pixels(spin, 40, 60) == 0  # the empty middle of the field: nothing bright


def test_an_empty_playlist_hints_and_hides_the_editor(qtbot, builder: PlaylistBuilder) -> None:
    assert builder.document.items == ()
    assert builder.empty_hint.isVisible() and "Library" in builder.empty_hint.text()
    assert not builder.editor.isVisible()
    fill(builder, "hip-off-floor")
    assert not builder.empty_hint.isVisible() and builder.editor.isVisible()
    builder.model.remove([0])
    assert builder.empty_hint.isVisible() and not builder.editor.isVisible()


def test_choosing_an_item_previews_its_clip(qtbot, builder: PlaylistBuilder) -> None:
    builder.add_items(
        [
            PlaylistItem(R, "hip-off-floor"),
            PlaylistItem(R, "foot-reach", StepOverrides(segment=Segment(1, 2))),
        ],
        at=0,
    )
    with qtbot.waitSignal(builder.previewItem) as preview:
        focus_row(qtbot, builder, 1)
    routine, step = preview.args
    assert routine.id == R and step.id == "foot-reach" and step.segment == Segment(1, 2)


def test_the_window_plays_the_chosen_items_clip(
    qtbot, window: MainWindow, fake: FakeBackend, store: Store
) -> None:
    window.set_store(store)
    scorpion = load_routine(bundled_routine_path())
    window.set_routine(scorpion)
    window.playlist_dock.show()
    window.playlists.add_items([PlaylistItem(BUNDLED_ROUTINE_ID, "foot-to-hand")], at=0)
    focus_row(qtbot, window.playlists, 0)
    step = scorpion.step("foot-to-hand")
    assert fake.current == scorpion.clip_for(step).file
    assert window.ui.stepList.currentRow() == -1  # the list's step is not what shows
    window.ui.stepList.setCurrentRow(0)  # choosing a step shows it again
    assert fake.current == scorpion.clip_for(scorpion.steps[0]).file


def test_the_editor_scrolls_rather_than_make_the_dock_tall(qtbot, builder: PlaylistBuilder) -> None:
    fill(builder, "hip-off-floor")
    focus_row(qtbot, builder, 0)
    # The whole builder may be shorter than the editor's form alone: a short screen holds it.
    assert builder.minimumSizeHint().height() < builder.editor.minimumSizeHint().height()
