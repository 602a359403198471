"""The window fits its screen: every widget on it, no text cut off without an ellipsis."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize

from desktop.content.adhoc import routine_for_clip
from desktop.qt.main_window import MainWindow
from tests.qt.layout import run


@pytest.mark.parametrize("size", ["1024x700", "1280x800", "1920x1080"])
def test_the_window_fits_the_screen_with_both_docks_and_long_texts(size: str) -> None:
    assert run(size) == []


def test_at_double_scale_on_a_full_hd_screen_everything_fits() -> None:
    """960x540 device-independent pixels: the first view with the steps and the timer, then the
    Library and the Playlist (tabbed, since stacked they need more height) and Preferences."""
    assert run("1920x1080", scale=2) == []


def test_a_narrow_transport_elides_the_clip_and_keeps_the_volume_slider_usable(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    clip = tmp_path / "hip-off-the-floor-knee-bent-to-the-side-scorpion-stretch-progression-5.mp4"
    clip.write_bytes(b"\x00" * 64)
    window.set_routine(routine_for_clip(clip))
    window.resize(QSize(900, 600))
    window.library_dock.show()
    qtbot.waitUntil(lambda: window.ui.videoPane.width() < 500)
    label = window.ui.clipLabel
    assert label.full_text() == clip.name
    assert label.text().endswith("…")
    assert label.fontMetrics().horizontalAdvance(label.text()) <= label.contentsRect().width()
    assert window.ui.volumeSlider.width() >= 64


def test_a_window_saved_on_a_larger_screen_opens_inside_this_one(qtbot, settings) -> None:
    big = MainWindow(settings)
    qtbot.addWidget(big)
    big.setGeometry(600, 400, 2400, 1500)
    big.save_layout()
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    screen = window.screen().availableGeometry()
    qtbot.waitUntil(lambda: screen.contains(window.frameGeometry()))


def test_strings_40_percent_longer_are_never_cut_at_1280x800() -> None:
    """A pseudo-locale lengthens every string by 40% (German runs that much over English)."""
    assert run("1280x800", pseudo="long") == []


def test_docks_too_tall_to_stack_on_the_screen_share_it_as_tabs_until_there_is_room(
    qtbot, window: MainWindow
) -> None:
    """On 1920x1080 at 200% the Library and Playlist cannot be stacked; here a tall Library stands in."""
    screen = window.screen().availableGeometry()
    window.library.setMinimumHeight(screen.height())
    window.library_dock.show()
    window.playlist_dock.show()
    qtbot.waitUntil(lambda: window.tabifiedDockWidgets(window.library_dock) == [window.playlist_dock])
    qtbot.waitUntil(lambda: not window.playlist_dock.visibleRegion().isEmpty())  # the one opened last
    window.library.setMinimumHeight(0)
    window._fit_docks()  # as when the window moves to another screen
    assert window.tabifiedDockWidgets(window.library_dock) == []
    qtbot.waitUntil(lambda: not window.library.tree.visibleRegion().isEmpty())
    assert not window.playlists.view.visibleRegion().isEmpty()
