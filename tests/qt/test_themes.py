"""Light, dark and high-contrast themes: colours only in the palette, readable text in each, and
the system's colour scheme followed live."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from desktop.paths import ui_dir
from desktop.qt.settings import OPTIONS
from desktop.qt.settings_dialog import SettingsDialog
from desktop.qt.theme import (
    PALETTES,
    PHASE_COLOURS,
    TEXT_PAIRS,
    Theme,
    ThemeChoice,
    ThemeFollower,
    current_theme,
    palette_for,
    resolve,
)

Role = QPalette.ColorRole


def luminance(colour: QColor) -> float:
    """WCAG 2.x relative luminance."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def set_system_scheme(scheme: Qt.ColorScheme) -> None:
    """As the desktop would: Qt's request, announced by hand where the platform (offscreen, or xcb
    without a desktop's platform theme) ignores requests and keeps reporting no scheme."""
    hints = QGuiApplication.styleHints()
    hints.setColorScheme(scheme)
    if hints.colorScheme() != scheme:
        hints.colorSchemeChanged.emit(scheme)


@pytest.fixture
def scheme(qapp: QApplication) -> Iterator[None]:
    """The system's colour scheme, which tests set (Xvfb and offscreen report none); restored after."""
    palette, sheet = qapp.palette(), qapp.styleSheet()
    yield
    set_system_scheme(Qt.ColorScheme.Unknown)
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)


@pytest.mark.parametrize("theme", list(Theme))
def test_every_text_colour_meets_wcag_aa_on_its_background(theme: Theme) -> None:
    palette = palette_for(theme)
    needed = 7.0 if theme is Theme.HIGH_CONTRAST else 4.5  # AAA for high contrast, AA otherwise
    low = {
        f"{text.name} on {back.name}": round(contrast(palette.color(text), palette.color(back)), 2)
        for text, back in TEXT_PAIRS
        if contrast(palette.color(text), palette.color(back)) < needed
    }
    assert low == {}


@pytest.mark.parametrize("theme", list(Theme))
def test_the_timer_ring_colours_stand_out_from_the_panel(theme: Theme) -> None:
    panel = QColor(PALETTES[theme][Role.Base])
    low = {kind: contrast(QColor(c), panel) for kind, c in PHASE_COLOURS[theme].items()}
    assert all(ratio >= 3.0 for ratio in low.values()), low  # WCAG 1.4.11, graphics


def test_the_style_sheet_names_no_colour_only_palette_roles() -> None:
    sheet = re.sub(r"/\*.*?\*/", "", (ui_dir() / "theme.qss").read_text(encoding="utf-8"), flags=re.S)
    values = re.findall(r":\s*([^;{}]+);", sheet)
    names = {name.lower() for name in QColor.colorNames()} - {"transparent"}
    found = [
        value
        for value in values
        if re.search(r"#[0-9a-fA-F]{3,8}\b|\b(rgba?|hsla?|hsva?)\s*\(", value)
        or names & {word.lower() for word in re.findall(r"[A-Za-z]+", re.sub(r"palette\([^)]*\)", "", value))}
    ]
    assert found == []


@pytest.mark.parametrize(
    ("choice", "scheme_now", "theme"),
    [
        (ThemeChoice.SYSTEM, Qt.ColorScheme.Light, Theme.LIGHT),
        (ThemeChoice.SYSTEM, Qt.ColorScheme.Dark, Theme.DARK),
        (ThemeChoice.SYSTEM, Qt.ColorScheme.Unknown, Theme.DARK),
        (ThemeChoice.LIGHT, Qt.ColorScheme.Dark, Theme.LIGHT),
        (ThemeChoice.DARK, Qt.ColorScheme.Light, Theme.DARK),
        (ThemeChoice.HIGH_CONTRAST, Qt.ColorScheme.Light, Theme.HIGH_CONTRAST),
        ("no-such-theme", Qt.ColorScheme.Light, Theme.LIGHT),
    ],
)
def test_a_choice_resolves_under_the_system_scheme(
    choice: str, scheme_now: Qt.ColorScheme, theme: Theme
) -> None:
    assert resolve(choice, scheme_now) is theme


def test_the_system_scheme_is_followed_live_and_a_choice_overrides_it(
    qapp: QApplication, scheme: None
) -> None:
    set_system_scheme(Qt.ColorScheme.Dark)
    follower = ThemeFollower(qapp, ThemeChoice.SYSTEM.value)
    applied: list[str] = []
    follower.applied.connect(applied.append)
    assert current_theme() is Theme.DARK
    set_system_scheme(Qt.ColorScheme.Light)
    assert current_theme() is Theme.LIGHT and applied == ["light"]
    assert qapp.palette().color(Role.Window) == QColor(PALETTES[Theme.LIGHT][Role.Window])
    follower.choose(ThemeChoice.HIGH_CONTRAST.value)
    set_system_scheme(Qt.ColorScheme.Dark)  # a chosen theme stays
    assert current_theme() is Theme.HIGH_CONTRAST and applied == ["light", "high-contrast"]
    follower.choose(ThemeChoice.SYSTEM.value)
    assert current_theme() is Theme.DARK and applied[-1] == "dark"


def _ink(image, rect=None) -> set[str]:
    rect = rect or image.rect()
    return {
        image.pixelColor(x, y).name()
        for x in range(rect.left(), rect.right() + 1)
        for y in range(rect.top(), rect.bottom() + 1)
        if image.pixelColor(x, y).alpha() == 255
    }


def test_the_window_redraws_its_icons_and_ring_in_the_new_theme(qapp, qtbot, scheme: None, window) -> None:
    set_system_scheme(Qt.ColorScheme.Dark)
    follower = ThemeFollower(qapp, ThemeChoice.SYSTEM.value)
    window.ui.timerPanel.ring.set_state("0:30", 0.5, "work")
    dark_icon = window.ui.playButton.icon().pixmap(28, 28).toImage()
    dark_ring = window.ui.timerPanel.ring.grab().toImage()
    set_system_scheme(Qt.ColorScheme.Light)
    qtbot.waitUntil(lambda: current_theme() is Theme.LIGHT)
    qapp.processEvents()
    light_icon = window.ui.playButton.icon().pixmap(28, 28).toImage()
    light_ring = window.ui.timerPanel.ring.grab().toImage()
    light_text = QColor(PALETTES[Theme.LIGHT][Role.ButtonText]).name()
    dark_text = QColor(PALETTES[Theme.DARK][Role.ButtonText]).name()
    assert dark_text in _ink(dark_icon) and light_text not in _ink(dark_icon)
    assert light_text in _ink(light_icon) and dark_text not in _ink(light_icon)
    assert QColor(PHASE_COLOURS[Theme.LIGHT]["work"]).name() in _ink(light_ring)
    assert QColor(PHASE_COLOURS[Theme.DARK]["work"]).name() in _ink(dark_ring)
    del follower


def test_preferences_keep_the_theme_chosen(qtbot, settings) -> None:
    from desktop.qt.cues import CuePlayer

    cues = CuePlayer(settings)
    dialog = SettingsDialog(settings, cues)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.speech.isEnabled())  # the speech engine answered
    assert dialog.theme.currentData() == "system"
    dialog.theme.setCurrentIndex(dialog.theme.findData("high-contrast"))
    changed: list[str] = []
    settings.changed.connect(changed.append)
    dialog.accept()
    assert settings.get(OPTIONS.theme) == "high-contrast" and OPTIONS.theme.key in changed
    cues.close()
