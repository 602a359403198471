"""The theme shows states: disabled things look disabled, and the keyboard focus is visible."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import QApplication, QCheckBox, QToolButton

from desktop.paths import ui_dir
from desktop.qt.main_window import MainWindow
from desktop.qt.theme import apply_theme


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[QApplication]:
    palette, sheet = qapp.palette(), qapp.styleSheet()
    apply_theme(qapp, (ui_dir() / "theme.qss").read_text(encoding="utf-8"))
    yield qapp
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)


def brightest(image: QImage, rect: QRect) -> int:
    """The lightness of the brightest pixel in `rect`: the text, on Supple's dark background."""
    return max(
        image.pixelColor(x, y).lightness()
        for x in range(rect.left(), rect.right() + 1)
        for y in range(rect.top(), rect.bottom() + 1)
    )


def test_the_palette_greys_out_disabled_text(themed: QApplication) -> None:
    palette = themed.palette()
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText, QPalette.ColorRole.Text):
        assert palette.color(QPalette.ColorGroup.Disabled, role) != palette.color(
            QPalette.ColorGroup.Active, role
        )


@pytest.mark.parametrize("kind", [QToolButton, QCheckBox])
def test_a_disabled_button_is_drawn_dimmer_than_an_enabled_one(
    qtbot, themed: QApplication, kind: type
) -> None:
    button = kind()
    qtbot.addWidget(button)
    button.setText("Restart Step")
    button.resize(button.sizeHint())
    enabled = button.grab().toImage()
    button.setEnabled(False)
    disabled = button.grab().toImage()
    assert brightest(disabled, disabled.rect()) < brightest(enabled, enabled.rect()) - 40


def test_session_menu_items_without_a_session_look_disabled(qtbot, themed: QApplication, settings) -> None:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    menu = window.ui.menuSession
    assert not window.ui.actionRestartStep.isEnabled()
    assert window.ui.actionStartSession.isEnabled()
    menu.ensurePolished()
    menu.resize(menu.sizeHint())
    image = menu.grab().toImage()
    enabled = brightest(image, menu.actionGeometry(window.ui.actionStartSession))
    for action in (window.ui.actionRestartStep, window.ui.actionAddTime, window.ui.actionEndSession):
        assert brightest(image, menu.actionGeometry(action)) < enabled - 40, action.text()


@pytest.mark.parametrize("name", ["loopButton", "sessionButton"])
def test_keyboard_focus_on_a_transport_button_is_visible(
    qtbot,
    themed: QApplication,
    window: MainWindow,
    clip,
    name: str,
) -> None:
    window.open_path(clip)
    button = getattr(window.ui, name)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.ui.videoPane.setFocus()
    unfocused = button.grab().toImage()
    button.setFocus(Qt.FocusReason.TabFocusReason)
    assert button.hasFocus()
    assert button.grab().toImage() != unfocused
