"""Supple's look: colours in a palette, shapes in ui/theme.qss.

Every colour of the chrome is a palette role: the style sheet names roles (`palette(highlight)`),
never colours, so a theme is a palette and nothing else, and a test can compute the contrast of
each pair of roles that text is drawn with. The Disabled group greys out the text of whatever is
disabled; Highlight marks the keyboard focus; Accent fills the push buttons, with BrightText on it.
What is painted in code (transport icons, the timer ring) reads the same palette, plus the phase
colours below, one set per theme.

The theme follows the system's colour scheme (Qt reports it; Xvfb reports none, and then Supple
is dark) and switches live when it changes, unless Settings names one.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QDir, QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from desktop.paths import resource, ui_dir

Role = QPalette.ColorRole
Group = QPalette.ColorGroup


class ThemeChoice(StrEnum):
    """What Settings offers; SYSTEM follows the desktop's light or dark scheme."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"
    HIGH_CONTRAST = "high-contrast"


class Theme(StrEnum):
    """A palette Supple has."""

    LIGHT = "light"
    DARK = "dark"
    HIGH_CONTRAST = "high-contrast"


PALETTES: dict[Theme, dict[Role, str]] = {
    Theme.DARK: {
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
        Role.PlaceholderText: "#9aa7b0",
        Role.Link: "#4fc3f7",
        Role.LinkVisited: "#b39ddb",
        Role.Accent: "#2f6f8f",
        Role.Light: "#3a444c",
        Role.Midlight: "#333b42",
        Role.Mid: "#2b3238",
        Role.Dark: "#14181b",
        Role.Shadow: "#0d1114",
    },
    Theme.LIGHT: {
        Role.Window: "#f4f6f7",
        Role.WindowText: "#1b1f23",
        Role.Base: "#ffffff",
        Role.AlternateBase: "#eef2f4",
        Role.Text: "#1b1f23",
        Role.Button: "#e3e8eb",
        Role.ButtonText: "#1b1f23",
        Role.BrightText: "#ffffff",
        Role.Highlight: "#0b6e99",
        Role.HighlightedText: "#ffffff",
        Role.ToolTipBase: "#ffffff",
        Role.ToolTipText: "#1b1f23",
        Role.PlaceholderText: "#56636b",
        Role.Link: "#0b5f86",
        Role.LinkVisited: "#5e35b1",
        Role.Accent: "#1f6f99",
        Role.Light: "#ffffff",
        Role.Midlight: "#e9eef1",
        Role.Mid: "#c3ccd2",
        Role.Dark: "#9aa5ad",
        Role.Shadow: "#6f7b83",
    },
    Theme.HIGH_CONTRAST: {
        Role.Window: "#000000",
        Role.WindowText: "#ffffff",
        Role.Base: "#000000",
        Role.AlternateBase: "#141414",
        Role.Text: "#ffffff",
        Role.Button: "#000000",
        Role.ButtonText: "#ffffff",
        Role.BrightText: "#000000",
        Role.Highlight: "#ffff00",
        Role.HighlightedText: "#000000",
        Role.ToolTipBase: "#000000",
        Role.ToolTipText: "#ffffff",
        Role.PlaceholderText: "#e0e0e0",
        Role.Link: "#80d8ff",
        Role.LinkVisited: "#ea80fc",
        Role.Accent: "#ffff00",
        Role.Light: "#ffffff",
        Role.Midlight: "#3d3d3d",
        Role.Mid: "#ffffff",
        Role.Dark: "#ffffff",
        Role.Shadow: "#ffffff",
    },
}

#: What changes when a widget is disabled: its text fades towards the background.
DISABLED: dict[Theme, dict[Role, str]] = {
    Theme.DARK: {
        Role.WindowText: "#66727a",
        Role.Text: "#66727a",
        Role.ButtonText: "#66727a",
        Role.BrightText: "#66727a",
        Role.Highlight: "#2b3238",
        Role.HighlightedText: "#66727a",
        Role.Accent: "#2a3136",
    },
    Theme.LIGHT: {
        Role.WindowText: "#9aa5ad",
        Role.Text: "#9aa5ad",
        Role.ButtonText: "#9aa5ad",
        Role.BrightText: "#eef2f4",
        Role.Highlight: "#d5dde2",
        Role.HighlightedText: "#9aa5ad",
        Role.Accent: "#b7c3ca",
    },
    Theme.HIGH_CONTRAST: {
        Role.WindowText: "#8c8c8c",
        Role.Text: "#8c8c8c",
        Role.ButtonText: "#8c8c8c",
        Role.BrightText: "#000000",
        Role.Highlight: "#5c5c5c",
        Role.HighlightedText: "#000000",
        Role.Accent: "#8c8c8c",
    },
}

#: The pairs (text role, background role) that text is drawn with; every theme's contrast is tested
#: on these (WCAG AA: 4.5:1 for normal text; the high-contrast theme meets AAA, 7:1).
TEXT_PAIRS: tuple[tuple[Role, Role], ...] = (
    (Role.WindowText, Role.Window),
    (Role.WindowText, Role.Base),
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),
    (Role.ButtonText, Role.Button),
    (Role.ButtonText, Role.Window),
    (Role.HighlightedText, Role.Highlight),
    (Role.ToolTipText, Role.ToolTipBase),
    (Role.PlaceholderText, Role.Base),
    (Role.PlaceholderText, Role.Window),
    (Role.PlaceholderText, Role.AlternateBase),
    (Role.BrightText, Role.Accent),
    (Role.Link, Role.Base),
    (Role.Link, Role.Window),
)

#: The timer ring's colour for each kind of phase, per theme (non-text graphics: 3:1 against Window).
PHASE_COLOURS: dict[Theme, dict[str, str]] = {
    Theme.DARK: {
        "work": "#4fc3f7",
        "prepare": "#ffd54f",
        "switch": "#ffb74d",
        "rest": "#81c784",
        "idle": "#78909c",
    },
    Theme.LIGHT: {
        "work": "#0277bd",
        "prepare": "#a66b00",
        "switch": "#d84315",
        "rest": "#2e7d32",
        "idle": "#607d8b",
    },
    Theme.HIGH_CONTRAST: {
        "work": "#00e5ff",
        "prepare": "#ffff00",
        "switch": "#ffab40",
        "rest": "#69f0ae",
        "idle": "#ffffff",
    },
}

_current = Theme.DARK


def current_theme() -> Theme:
    """The theme applied last (dark until one is)."""
    return _current


def phase_colour(kind: str) -> QColor:
    colours = PHASE_COLOURS[_current]
    return QColor(colours.get(kind, colours["work"]))


def palette_for(theme: Theme) -> QPalette:
    palette = QPalette()
    for role, colour in PALETTES[theme].items():
        palette.setColor(role, QColor(colour))
    for role, colour in DISABLED[theme].items():
        palette.setColor(Group.Disabled, role, QColor(colour))
    return palette


def resolve(choice: ThemeChoice | str, scheme: Qt.ColorScheme) -> Theme:
    """The theme a choice means under the system's colour scheme (Unknown counts as dark)."""
    try:
        chosen = ThemeChoice(choice)
    except ValueError:
        chosen = ThemeChoice.SYSTEM
    if chosen is ThemeChoice.SYSTEM:
        return Theme.LIGHT if scheme == Qt.ColorScheme.Light else Theme.DARK
    return Theme(chosen.value)


def style_sheet() -> str:
    theme = ui_dir() / "theme.qss"
    return theme.read_text(encoding="utf-8") if theme.is_file() else ""


def apply_theme(app: QApplication, style_sheet_text: str | None = None, theme: Theme = Theme.DARK) -> None:
    """The palette first: the style sheet's palette(...) colours are read from it.

    The style sheet is ui/theme.qss unless given; its `icons:` images are resources/icons.
    """
    global _current
    icons = resource("icons")
    # The theme's own variants of the style sheet's images first (dark uses the plain ones).
    QDir.setSearchPaths("icons", [str(icons / theme.value), str(icons)])
    _current = theme
    app.setPalette(palette_for(theme))
    app.setStyleSheet(style_sheet() if style_sheet_text is None else style_sheet_text)


class ThemeFollower(QObject):
    """Keeps the application's theme what the person chose, following the system's colour scheme
    live when they chose System.

    Signals:
        applied(str): the theme now applied (a `Theme` value), after each change.
    """

    applied = Signal(str)

    def __init__(self, app: QApplication, choice: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._choice = choice
        self._sheet = style_sheet()
        hints = QGuiApplication.styleHints()
        self._scheme = hints.colorScheme()
        hints.colorSchemeChanged.connect(self._scheme_changed)
        self._apply()

    @property
    def theme(self) -> Theme:
        return _current

    def choose(self, choice: str) -> None:
        if choice != self._choice:
            self._choice = choice
            self._apply()

    def _scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        # The signal's value: some platforms announce a scheme that colorScheme() does not report yet.
        self._scheme = scheme
        self._apply()

    def _apply(self) -> None:
        theme = resolve(self._choice, self._scheme)
        if theme is _current and self._app.styleSheet():
            return
        apply_theme(self._app, self._sheet, theme)
        self.applied.emit(theme.value)
