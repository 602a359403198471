"""Put the main window on a screen of a given size and report whatever does not fit.

Run in a process of its own, since the screen is fixed when the QApplication starts:

    python -m tests.qt.layout 1024x700 [--scale 2]

It uses Qt's offscreen platform with a one-screen configuration file, applies Supple's theme, opens
the bundled routine, shows the Library and the Playlist, sets long status texts, and prints a JSON
list of problems (an empty list when everything fits):
- a visible widget of the central area or a dock that lies outside the screen's available geometry;
- a QLabel whose text does not fit and is neither word-wrapped nor elided with "…".
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

LONG_PATH = "/home/someone/Documents/exports/physio/2026/a-rather-long-folder-name/scorpion-stretch.supple"
LONG_STATUS = f"Exported the Scorpion Stretch to {LONG_PATH}. Steps done so far are saved in your history."


def run(size: str, scale: float = 1.0, pseudo: str | None = None) -> list[str]:
    """Run this module in a subprocess on a `size` screen ("1024x700"); returns its problems.

    `pseudo` names a pseudo-locale (tests/qt/pseudo.py) to translate the window with."""
    width, height = (int(v) for v in size.split("x"))
    with tempfile.TemporaryDirectory(prefix="supple-layout-") as tmp:
        config = Path(tmp) / "screen.json"
        config.write_text(json.dumps({"screens": [
            {"name": "layout", "x": 0, "y": 0, "width": width, "height": height,
             "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
        ]}))  # fmt: skip
        env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", QT_SCALE_FACTOR=f"{scale:g}")
        env["SUPPLE_DATA_DIR"] = str(Path(tmp) / "data")
        env["PYTHONPATH"] = os.pathsep.join(
            [str(Path(__file__).resolve().parents[2]), env.get("PYTHONPATH", "")]
        )
        out = subprocess.run(
            [
                sys.executable,
                "-m",
                "tests.qt.layout",
                size,
                "--settings",
                str(Path(tmp) / "settings.ini"),
                *(["--pseudo", pseudo] if pseudo else []),
            ],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
    if out.returncode != 0:
        raise AssertionError(f"the layout check failed to run:\n{out.stdout}\n{out.stderr}")
    problems: list[str] = json.loads(out.stdout.strip().splitlines()[-1])
    return problems


def _name(widget: Any) -> str:
    return f"{type(widget).__name__}({widget.objectName() or '-'})"


def _in_scroll_area(widget: Any) -> bool:
    """Widgets inside a scroll area's viewport may lie beyond it: the area scrolls to them."""
    from PySide6.QtWidgets import QAbstractScrollArea

    parent = widget.parentWidget()
    while parent is not None:
        grand = parent.parentWidget()
        if isinstance(grand, QAbstractScrollArea) and grand.viewport() is parent:
            return True
        parent = grand
    return False


def label_cut(label: Any) -> str | None:
    """Why a visible QLabel's text is cut, or None when it shows all of it (or ends in "…")."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import Qt as GuiQt

    text = label.text()
    if not text or label.textFormat() == Qt.TextFormat.RichText or text.endswith("…"):
        return None
    if label.textFormat() != Qt.TextFormat.PlainText and GuiQt.mightBeRichText(text):
        return None
    room = label.contentsRect().adjusted(label.margin(), label.margin(), -label.margin(), -label.margin())
    metrics = label.fontMetrics()
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + 1:
            return f"{_name(label)} {text!r}: needs {needed} px of height, has {label.height()}"
        return None
    shown = text.replace("&&", "\0").replace("&", "").replace("\0", "&") if label.buddy() else text
    needed = max(metrics.horizontalAdvance(line) for line in shown.splitlines())
    if needed > room.width() + 1:
        return f"{_name(label)} {text!r}: needs {needed} px, has {room.width()} (neither wrapped nor elided)"
    return None


def problems(window: Any) -> list[str]:
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QLabel, QWidget

    found: list[str] = []
    screen = window.screen().availableGeometry()
    if not screen.contains(window.frameGeometry()):
        found.append(f"the window {window.frameGeometry()} is not inside the screen {screen}")
    roots = [window.centralWidget(), window.library_dock, window.playlist_dock, window.statusBar()]
    for root in roots:
        if not root.isVisible():
            continue
        for widget in [root, *root.findChildren(QWidget)]:
            if not widget.isVisible() or widget.isWindow() or _in_scroll_area(widget):
                continue
            if widget.visibleRegion().isEmpty():
                continue  # a dock behind another's tab is moved out of the way rather than hidden
            rect = QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())
            if not screen.contains(rect):
                found.append(f"{_name(widget)} at {rect} is not inside the screen {screen}")
            if isinstance(widget, QLabel):
                cut = label_cut(widget)
                if cut:
                    found.append(cut)
    return found


def main(argv: list[str]) -> int:
    from PySide6.QtWidgets import QApplication

    from desktop.content import bundled_routine_path, load_routine
    from desktop.paths import ui_dir
    from desktop.qt.i18n import install_translators
    from desktop.qt.main_window import MainWindow
    from desktop.qt.settings import Settings
    from desktop.qt.theme import apply_theme
    from tests.qt.pseudo import PseudoTranslator

    app = QApplication([argv[0]])
    translators = install_translators(app, None, language="en")
    if "--pseudo" in argv:
        base = translators[0] if translators else None
        translators.append(PseudoTranslator(argv[argv.index("--pseudo") + 1], base))
        app.installTranslator(translators[-1])
    apply_theme(app, (ui_dir() / "theme.qss").read_text(encoding="utf-8"))
    settings = Settings(argv[argv.index("--settings") + 1])
    window = MainWindow(settings)
    window.show()
    window.set_routine(load_routine(bundled_routine_path()))
    found: list[str] = []

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    def check(when: str) -> None:
        settle()
        found.extend(f"{when}: {p}" for p in problems(window))

    check("first view")
    for part in (window.ui.stepList, window.ui.timerPanel, window.ui.transportBar):
        if not part.isVisible() or part.visibleRegion().isEmpty():
            found.append(f"first view: {_name(part)} is not shown")
    window.library_dock.show()
    window.playlist_dock.show()
    window.statusBar().showMessage(LONG_STATUS)
    window.library.status.setText(LONG_STATUS)
    window.ui.timerPanel.show_idle("Session ended", "–", "", "Steps done so far are saved in your history.")
    window.ui.clipLabel.setText(
        app.translate(
            "MainWindow", "Hip off the floor, knee bent to the side · scorpion-stretch-progression-5.mp4"
        )
    )
    for dock in (window.library_dock, window.playlist_dock):
        dock.raise_()
        check(f"{dock.windowTitle()} open")
    window.toggle_history()
    check("History open")
    from desktop.qt.settings_dialog import SettingsDialog

    dialog = SettingsDialog(settings, window.session.cues, window, key_map=window.key_map)
    dialog.show()
    settle()
    free = window.screen().availableGeometry()
    if dialog.frameGeometry().height() > free.height() or dialog.frameGeometry().width() > free.width():
        found.append(
            f"Preferences: {dialog.frameGeometry().size().toTuple()} does not fit {free.size().toTuple()}"
        )
    dialog.reject()
    window.session.cues.close()  # the speech thread ends before the application does
    window.close()
    settle()
    print(json.dumps(sorted(set(found))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
