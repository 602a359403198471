"""Supple's look: colours in a palette, shapes in ui/theme.qss.

The style sheet says how things are shaped and takes its colours from the palette where it can
(`palette(highlight)`), so the palette decides, for every state: the Disabled group greys out the
text of whatever is disabled (menu items, tool buttons, fields) and Highlight marks the keyboard
focus. A light or a high-contrast theme is another palette.
"""

from __future__ import annotations

from PySide6.QtCore import QDir
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from desktop.paths import resource, ui_dir

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

DARK: dict[Role, str] = {
    Role.Window: "#1b1f23",
    Role.WindowText: "#e3e7ea",
    Role.Base: "#1f2428",
    Role.AlternateBase: "#232a2f",
    Role.Text: "#e3e7ea",
    Role.Button: "#2d353b",
    Role.ButtonText: "#e3e7ea",
    Role.BrightText: "#ffffff",
    Role.Highlight: "#4fc3f7",
    Role.HighlightedText: "#0d1114",
    Role.ToolTipBase: "#23292e",
    Role.ToolTipText: "#e3e7ea",
    Role.PlaceholderText: "#7d8a93",
    Role.Link: "#4fc3f7",
    Role.Light: "#3a444c",
    Role.Midlight: "#333b42",
    Role.Mid: "#2b3238",
    Role.Dark: "#14181b",
    Role.Shadow: "#0d1114",
}
#: What changes when a widget is disabled: its text fades towards the background.
DARK_DISABLED: dict[Role, str] = {
    Role.WindowText: "#66727a",
    Role.Text: "#66727a",
    Role.ButtonText: "#66727a",
    Role.Highlight: "#2b3238",
    Role.HighlightedText: "#66727a",
}


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in DARK.items():
        palette.setColor(role, QColor(colour))
    for role, colour in DARK_DISABLED.items():
        palette.setColor(Group.Disabled, role, QColor(colour))
    return palette


def apply_theme(app: QApplication, style_sheet: str | None = None) -> None:
    """The palette first: the style sheet's palette(...) colours are read from it.

    The style sheet is ui/theme.qss unless given; its `icons:` images are resources/icons.
    """
    QDir.addSearchPath("icons", str(resource("icons")))
    if style_sheet is None:
        theme = ui_dir() / "theme.qss"
        style_sheet = theme.read_text(encoding="utf-8") if theme.is_file() else ""
    app.setPalette(dark_palette())
    app.setStyleSheet(style_sheet)
