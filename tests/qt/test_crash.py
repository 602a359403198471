"""The excepthook logs an unexpected exception and shows a dialog; the app keeps running."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from desktop.qt.crash import CrashReporter


def test_hook_logs_and_shows_a_dialog(qtbot, tmp_path: Path, caplog) -> None:
    reporter = CrashReporter(tmp_path / "supple.log")
    try:
        raise ValueError("the step list lost its place")
    except ValueError:
        exc_info = sys.exc_info()
    with caplog.at_level(logging.CRITICAL, logger="supple.crash"):
        reporter.hook(*exc_info)
    assert "the step list lost its place" in caplog.text
    box = reporter.last_box
    assert box is not None
    qtbot.addWidget(box)
    qtbot.waitUntil(box.isVisible)
    assert "ValueError: the step list lost its place" in box.text()
    assert str(tmp_path / "supple.log") in box.informativeText()
    assert "Traceback" in box.detailedText()
    box.close()
